import { describe } from 'vitest';
import {
  neverDeliveredEach,
  neverReturnedEach,
  readEachAs,
  readsEach,
} from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 16: one sentence shape written across many
// languages, so a family read right in some languages is read right in all of them.

describe('customs clearance finished is not a customs hold (nb, sv, da, el, th, he)', () => {
  readsEach([
    ['Tollklarering fullført', 'IN_TRANSIT'],
    ['Förtullningen är klar', 'IN_TRANSIT'],
    ['Toldekspedition afsluttet', 'IN_TRANSIT'],
    ['Ο εκτελωνισμός ολοκληρώθηκε', 'IN_TRANSIT'],
    ['พิธีการศุลกากรเสร็จสิ้นแล้ว', 'IN_TRANSIT'],
    ['השחרור מהמכס הושלם', 'IN_TRANSIT'],
  ]);
});

describe('a delivery postponed or rescheduled is an exception (it, nl, ja, ko, zh, nb, da, hu, el)', () => {
  readsEach([
    ['La consegna è stata riprogrammata', 'EXCEPTION'],
    ['Bezorging is verplaatst naar morgen', 'EXCEPTION'],
    ['配達日が変更されました', 'EXCEPTION'],
    ['배송 일정이 변경되었습니다', 'EXCEPTION'],
    ['派送已改期', 'EXCEPTION'],
    ['Levering av pakken er utsatt', 'EXCEPTION'],
    ['Leveringen er udskudt', 'EXCEPTION'],
    ['A kézbesítés elhalasztva', 'EXCEPTION'],
    ['Η παράδοση αναβλήθηκε', 'EXCEPTION'],
  ]);
});

describe('delivered to a wrong address is never a delivery (ja, ko, ar, he, zh)', () => {
  readsEach([
    ['間違った住所に配達されました', 'EXCEPTION'],
    ['잘못된 주소로 배송되었습니다', 'EXCEPTION'],
    ['تم تسليم الشحنة إلى عنوان خاطئ', 'EXCEPTION'],
    ['החבילה נמסרה לכתובת לא נכונה', 'EXCEPTION'],
    ['包裹被投递到错误的地址', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['誤った宛先に配達'],
    ['주소가 잘못 기재되어 배송 완료'],
    ['送错地址已签收'],
  ]);
});

describe('cross-border steps: left the origin country, handed to an airline, import clearance started', () => {
  readsEach([
    ['Sendingen har forlatt avsenderlandet', 'IN_TRANSIT'],
    ['המשלוח יצא מארץ המוצא', 'IN_TRANSIT'],
    ['A küldeményt átadtuk a légitársaságnak', 'IN_TRANSIT'],
    ['Пратката е предадена на авиокомпания', 'IN_TRANSIT'],
    ['Το δέμα παραδόθηκε στην αεροπορική εταιρεία', 'IN_TRANSIT'],
    ['Bưu kiện đã đến nước đến', 'ARRIVED_AT_DESTINATION'],
    ['Bắt đầu thông quan nhập khẩu', 'HELD_BY_CUSTOMS'],
    ['Desembaraço de importação em andamento', 'HELD_BY_CUSTOMS'],
    ['Bylo zahájeno celní řízení', 'HELD_BY_CUSTOMS'],
  ]);
  neverDeliveredEach([['Παραδόθηκε στο αεροδρόμιο αναχώρησης']]);
});

describe('a notification delivered is not the parcel delivered (de, fr, es, it, pt, nl, pl, ru, nb, sv, da)', () => {
  neverDeliveredEach([
    ['SMS-Benachrichtigung wurde an den Empfänger zugestellt'],
    ['Notification SMS remise au destinataire'],
    ['Notificación entregada al destinatario'],
    ['Notifica consegnata al destinatario'],
    ['Notificação foi entregue ao destinatário'],
    ['Melding is bezorgd bij de ontvanger'],
    ['Powiadomienie SMS zostało doręczone do odbiorcy'],
    ['СМС-уведомление доставлено получателю'],
    ['Leveringsvarsel levert til mottaker'],
    ['Avisering levererad till mottagaren'],
    ['SMS leveret til modtageren'],
  ]);
  readsEach([
    ['Benachrichtigung: Sendung wurde zugestellt', 'DELIVERED'],
    ['SMS: Paczka doręczona', 'DELIVERED'],
  ]);
});

describe('a return delivered to the sender, and a neighbour (he, th)', () => {
  readsEach([
    ['ההחזרה נמסרה לשולח', 'RETURNED_TO_SENDER'],
    ['החבילה הוחזרה ונמסרה לשולח', 'RETURNED_TO_SENDER'],
    ['ส่งให้เพื่อนบ้านแล้ว', 'DELIVERED'],
  ]);
});

describe('delivered to a ParcelShop waits for pickup in every language GLS and DPD use it', () => {
  readsEach([
    ['Paket je dostavljen u GLS ParcelShop', 'WAITING_FOR_PICKUP'],
    ['Paket je bil dostavljen v ParcelShop', 'WAITING_FOR_PICKUP'],
    ['A encomenda foi entregue no ParcelShop GLS', 'WAITING_FOR_PICKUP'],
    ['Пратката е доставена в GLS ParcelShop', 'WAITING_FOR_PICKUP'],
    ['Το δέμα παραδόθηκε στο GLS ParcelShop', 'WAITING_FOR_PICKUP'],
    ['Lähetys on toimitettu ParcelShopiin', 'WAITING_FOR_PICKUP'],
    ['Pakken er levert til GLS ParcelShop', 'WAITING_FOR_PICKUP'],
    ['Försändelsen har levererats till ParcelShop', 'WAITING_FOR_PICKUP'],
    ['Посылка доставлена в пункт ParcelShop', 'WAITING_FOR_PICKUP'],
    ['Посилку доставлено до GLS ParcelShop', 'WAITING_FOR_PICKUP'],
    ["Kargo ParcelShop'a teslim edildi", 'WAITING_FOR_PICKUP'],
    ['Paket telah diantar ke ParcelShop', 'WAITING_FOR_PICKUP'],
    ['Pakken er leveret til GLS PakkeShop', 'WAITING_FOR_PICKUP'],
    ['Zásilka byla doručena na Pickup místo', 'WAITING_FOR_PICKUP'],
  ]);
  readsEach([
    ['Odebrano z ParcelShop', 'DELIVERED'],
    ['Vyzvednuto v ParcelShopu', 'DELIVERED'],
  ]);
});

describe('handed over to customs, released by customs, back from customs (UPU EME, EDC)', () => {
  readsEach([
    ['Sendingen er overlevert til tollen', 'HELD_BY_CUSTOMS'],
    ['Forsendelsen er overdraget til told', 'HELD_BY_CUSTOMS'],
    ['A küldeményt átadtuk a vámhatóságnak', 'HELD_BY_CUSTOMS'],
    ['Försändelsen har släppts av tullen', 'IN_TRANSIT'],
    ['A csomagot vámhatóság által kiadva továbbítjuk', 'IN_TRANSIT'],
    ['Το δέμα αποδεσμεύτηκε από το τελωνείο', 'IN_TRANSIT'],
    ['أفرجت عنها الجمارك', 'IN_TRANSIT'],
    ['Sendung vom Zoll zurückerhalten', 'IN_TRANSIT'],
    ['Przesyłka zwrócona z urzędu celnego', 'IN_TRANSIT'],
    ['Zásilka vrácena z celnice', 'IN_TRANSIT'],
    ['税関から返却されました', 'IN_TRANSIT'],
    ['세관에서 반환됨', 'IN_TRANSIT'],
  ]);
  readsEach([
    ['Die Sendung wurde vom Zoll zurück an den Absender geschickt', 'RETURNED_TO_SENDER'],
  ]);
});

describe('a negator of a language merely in play denies only its own phrases', () => {
  readsEach([
    ['Din pakke er nu leveret', 'DELIVERED'],
    ['Din pakke er nu levert', 'DELIVERED'],
    ['Ditt paket är nu levererat vid din dörr', 'DELIVERED'],
    ['Coletul nu a fost livrat', 'EXCEPTION'],
    ['Balík nemohol byť doručený, pretože adresát nebol zastihnutý', 'EXCEPTION'],
  ]);
});

describe('Chinese traces: a failed sign-off, and signed for at a collection point or e栈 locker', () => {
  readsEach([
    ['分部公司 失败签收录入', 'EXCEPTION'],
    ['投递并签收，签收人：他人收 小区邮政代收', 'WAITING_FOR_PICKUP'],
    ['投递并签收，签收人：他人收 放e栈', 'WAITING_FOR_PICKUP'],
    ['已签收，签收人：本人', 'DELIVERED'],
  ]);
});

describe('round-16 training misses, as families (bg, hr, id, pt, th, es, he, da, sv)', () => {
  readsEach([
    ['Пратката е изоставена от получателя', 'EXCEPTION'],
    ['Изтекъл срок на съхранение в офиса', 'EXCEPTION'],
    ['Пратката е оставена в автомат', 'WAITING_FOR_PICKUP'],
    ['Pošiljka ima novi datum dostave', 'EXCEPTION'],
    ['Potrebne su dodatne informacije o adresi primatelja', 'EXCEPTION'],
    ['Paket je proslijeđen na novu adresu', 'IN_TRANSIT'],
    ['Paket nije uručen jer primatelj nije bio prisutan', 'WAITING_FOR_PICKUP'],
    ['Paket je smješten u paketomat', 'WAITING_FOR_PICKUP'],
    ['Alamat penerima tidak dikenal', 'EXCEPTION'],
    ['Penerima sedang tidak dirumah', 'WAITING_FOR_PICKUP'],
    ['Paket keluar ke hub tujuan', 'IN_TRANSIT'],
    ['Mercadoria danificada no transporte', 'EXCEPTION'],
    ['Encomenda em espera levantamento na loja', 'WAITING_FOR_PICKUP'],
    ['Encomenda transferida para outra unidade', 'IN_TRANSIT'],
    ['Paquete en espera de retiro en sucursal', 'WAITING_FOR_PICKUP'],
    ['Pakken kan nu hentes i pakkeshoppen', 'WAITING_FOR_PICKUP'],
    ['Hämta med kod i appen', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('pickup notices with a return condition, collected by the recipient, refused (hu, ar, ja, cs, ro, el, sv)', () => {
  readsEach([
    [
      'A csomag átvehető a postán. Ha 5 napon belül nem veszi át, visszaküldjük a feladónak',
      'WAITING_FOR_PICKUP',
    ],
    [
      'الشحنة جاهزة للاستلام. إذا لم يتم استلامها خلال 7 أيام سيتم إعادتها إلى المرسل',
      'WAITING_FOR_PICKUP',
    ],
    ['Příjemce si zásilku vyzvedl na výdejním místě', 'DELIVERED'],
    ['Destinatarul a ridicat coletul din easybox', 'DELIVERED'],
    ['Ο παραλήπτης παρέλαβε την αποστολή', 'DELIVERED'],
    ['お客様が受け取りを拒否されました', 'EXCEPTION'],
    ['Mottagaren har vägrat ta emot försändelsen', 'EXCEPTION'],
  ]);
});

describe('loaded on the delivery vehicle, the driver on the way to you', () => {
  readsEach([
    ['Przesyłkę załadowano do samochodu kuriera', 'OUT_FOR_DELIVERY'],
    ['Zásilka byla naložena do doručovacího vozidla', 'OUT_FOR_DELIVERY'],
    ['Отправление погружено в машину курьера', 'OUT_FOR_DELIVERY'],
    ['Посилку завантажено в авто кур’єра', 'OUT_FOR_DELIVERY'],
    ['배송차량에 상차 완료', 'OUT_FOR_DELIVERY'],
    ['快件已装上派送车', 'OUT_FOR_DELIVERY'],
    ['Ditt paket är lastat i budbilen', 'OUT_FOR_DELIVERY'],
    ['A csomag a futár autójában van', 'OUT_FOR_DELIVERY'],
    ['Η αποστολή φορτώθηκε στο όχημα διανομής', 'OUT_FOR_DELIVERY'],
    ['الشحنة في سيارة التوصيل', 'OUT_FOR_DELIVERY'],
    ['Kiện hàng đã lên xe giao hàng', 'OUT_FOR_DELIVERY'],
    ['Пратката е в автомобила за доставка', 'OUT_FOR_DELIVERY'],
    ['החבילה ברכב החלוקה', 'OUT_FOR_DELIVERY'],
    ['Paket je u dostavnom vozilu', 'OUT_FOR_DELIVERY'],
    ['Kurye size doğru yolda, lütfen adreste olun', 'OUT_FOR_DELIVERY'],
    ['Csomagodat személyesen veheted át munkatársunktól', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('Chinese courier traces: the courier picked it up, brings it to you, customs review passed', () => {
  readsEach([
    ['您的极兔小哥 张三(13100000000) 已取件，如需联系网点请拨打', 'IN_TRANSIT'],
    ['极兔小哥 李四 正带着包裹来见您', 'OUT_FOR_DELIVERY'],
    ['您的邮件已通过海关的审核', 'IN_TRANSIT'],
    ['您的快件已取件，感谢使用', 'DELIVERED'],
    ['Held for export customs inspection', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('a slip this round made and undid: 宛先 alone is no wrong-address word', () => {
  readsEach([
    ['宛先に配達しました', 'DELIVERED'],
    ['誤った宛先に配達しました', 'EXCEPTION'],
  ]);
});

describe('English fixture rows of round 16, as families', () => {
  readsEach([
    ['Tracking number not found. Please check the number and try again.', 'UNKNOWN'],
    ['Not delivered, returned to the distribution centre', 'EXCEPTION'],
    ['Your parcel is at the access point and is scheduled to be tendered to UPS', 'IN_TRANSIT'],
    ['Customs has given a release status to the shipment', 'IN_TRANSIT'],
    ['Delivery attempted, we will try again tomorrow', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('the recipient can collect it now (pickup, never a delivery)', () => {
  readsEach([
    ['Su pedido puede ser recogido en la oficina', 'WAITING_FOR_PICKUP'],
    ["L'ordine può essere ritirato presso il punto", 'WAITING_FOR_PICKUP'],
    ['O pedido pode ser retirado na agência', 'WAITING_FOR_PICKUP'],
    ['Je pakket kan worden opgehaald bij het servicepunt', 'WAITING_FOR_PICKUP'],
    ['Zásilku si můžete vyzvednout na poště', 'WAITING_FOR_PICKUP'],
    ['Отправление может быть получено адресатом', 'WAITING_FOR_PICKUP'],
    ['Пратката може да бъде получена от получателя в офис', 'WAITING_FOR_PICKUP'],
    ['Paket bisa diambil oleh penerima di gerai', 'WAITING_FOR_PICKUP'],
    ['Sendingen har ankommet utleveringsterminalen', 'ARRIVED_AT_DESTINATION'],
  ]);
  neverDeliveredEach([['El paquete puede ser recogido por el transportista']]);
});

describe('a delivery stopped or suspended is an exception (21 languages)', () => {
  readsEach([
    ['La consegna è stata sospesa', 'EXCEPTION'],
    ['Entrega suspensa pelo remetente', 'EXCEPTION'],
    ['De bezorging is tegengehouden', 'EXCEPTION'],
    ['Doručení zásilky bylo zastaveno', 'EXCEPTION'],
    ['Доставка отправления приостановлена', 'EXCEPTION'],
    ['Доставку посилки зупинено', 'EXCEPTION'],
    ['Teslimat geçici olarak durduruldu', 'EXCEPTION'],
    ['배송중지 요청', 'EXCEPTION'],
    ['Leveransen har stoppats', 'EXCEPTION'],
    ['Toimitus on keskeytetty', 'EXCEPTION'],
    ['A kézbesítés felfüggesztve', 'EXCEPTION'],
    ['Livrarea coletului a fost suspendată', 'EXCEPTION'],
    ['Η παράδοση της αποστολής ανεστάλη', 'EXCEPTION'],
    ['Dostava pošiljke je obustavljena', 'EXCEPTION'],
  ]);
});

describe('a delivery event name with what happened to it is no delivery (cs, ru, pl, uk, sk)', () => {
  neverDeliveredEach([
    ['Doručení zásilky se zpozdí'],
    ['Doručení zásilky bylo naplánováno na pondělí'],
    ['Вручение отправления отменено'],
    ['Вручение приостановлено'],
    ['Doręczenie przesyłki zostało opóźnione'],
    ['Dostarczenie paczki opóźnione'],
    ['Вручення посилки перенесено'],
    ['Doručenie zásielky bolo odložené'],
    ['Doručenie zásielky je oneskorené'],
  ]);
  readsEach([
    ['Doručení zásilky', 'DELIVERED'],
    ['Doręczenie przesyłki', 'DELIVERED'],
  ]);
});

describe('delivered to a sorting centre or a post office is no delivery to the recipient (18 languages)', () => {
  neverDeliveredEach([
    ['Coletul a fost livrat la centrul de sortare din Cluj'],
    ['Kézbesítve a válogatóközpontba'],
    ['تم التسليم إلى مركز الفرز الرئيسي'],
    ['Bưu kiện đã giao đến trung tâm phân loại'],
    ['Paket diantar ke pusat sortir Jakarta'],
    ['החבילה נמסרה למרכז המיון'],
    ['東京の仕分けセンターに配達されました'],
    ['Lähetys toimitettu lajittelukeskukseen'],
    ['Pakken er levert til terminalen'],
    ['Paketet har levererats till terminalen'],
    ['Pakken er leveret til terminalen i Brøndby'],
    ['A csomagot kézbesítve a postára'],
    ['Το δέμα παραδόθηκε στο ταχυδρομικό κατάστημα'],
    ['Pošiljka je dostavljena u poštanski ured Split'],
    ["Il pacco è stato consegnato all'ufficio postale di zona"],
    ['Посилку доставлено у поштове відділення №5'],
    ['邮件已投递到邮局'],
    ['우체국으로 배송완료'],
  ]);
  readsEach([
    ['Coletul a fost livrat destinatarului', 'DELIVERED'],
    ['Sendingen er levert til mottaker', 'DELIVERED'],
  ]);
});

describe('delivered to a warehouse is no delivery to the recipient (cs, sk, ko, nb, sv, da, fi, hu, vi)', () => {
  neverDeliveredEach([
    ['Zásilka byla doručena do skladu dopravce'],
    ['Zásielka bola doručená do skladu'],
    ['물류 창고로 배송 완료'],
    ['Sendingen er levert til lageret'],
    ['Försändelsen levererat till lager i Malmö'],
    ['Forsendelsen er leveret til lageret'],
    ['Lähetys toimitettu varastoon'],
    ['Kézbesítve a raktárba'],
    ['Hàng đã giao tới kho trung chuyển'],
  ]);
});

describe('back at the terminal, and a cash-on-delivery amount paid to the sender, are no return', () => {
  readsEach([
    ['Paketet har returnerats till avsändaren', 'RETURNED_TO_SENDER'],
    ['Pakken er returnert til avsender', 'RETURNED_TO_SENDER'],
  ]);
  const notReturns = [
    'Sendingen er returnert til terminalen',
    'Försändelsen returnerades till terminalen',
    'Pakken er returneret til depotet i Kolding',
    'Lähetys palautettu terminaaliin',
    'Importe del contrarreembolso transferido al remitente',
    'Pobranie zostało przekazane nadawcy',
    'Наложенный платёж перечислен отправителю',
    'Післяплату перераховано відправнику',
    'Наложеният платеж е изплатен на подателя',
  ];
  neverReturnedEach(notReturns);
});

describe('the sender registered the shipment, or it waits for the sender to hand it over (INFO_RECEIVED)', () => {
  readEachAs('INFO_RECEIVED', [
    'El remitente ha registrado su envío',
    'O remetente cadastrou o envio',
    'Відправник створив відправлення',
    'Gönderici gönderiyi oluşturdu',
    '出荷情報を登録しました',
    '운송장 등록 완료',
    '寄件人已登记',
    'Avsender har registrert sendingen din',
    'Afsenderen har registreret pakken',
    'Lähettäjä on rekisteröinyt lähetyksen tiedot',
    'Expeditorul a înregistrat coletul',
    'Ο αποστολέας καταχώρησε τα στοιχεία',
    'قام المرسل بتسجيل الطلب',
    'Подателят регистрира товарителница',
    'השולח רשם את ההזמנה',
    'Pošiljatelj je registrirao pošiljku u sustavu',
    'Warten auf Übergabe durch den Absender',
    'Oczekiwanie na nadanie przez nadawcę',
    'Čeká se na předání zásilky od odesílatele',
    'Väntar på att avsändaren lämnar in försändelsen',
    'Menunggu penyerahan barang dari pengirim',
    'Chờ người gửi bàn giao hàng cho bưu cục',
  ]);
});

describe('no access to the building is an exception (16 languages)', () => {
  readEachAs('EXCEPTION', [
    "Livraison impossible : pas d'accès à la résidence",
    'Sin acceso a la dirección indicada',
    "Impossibile accedere all'indirizzo",
    'Sem acesso ao local de entrega',
    'Nepřístupná adresa příjemce',
    'Adrese erişim yok',
    'Ingen tilgang til adressen',
    'Ingen åtkomst till porten',
    'Ingen adgang til opgangen',
    'Acces imposibil la adresă',
    'Δεν υπάρχει πρόσβαση στη διεύθυνση',
    'لا يمكن الوصول إلى العنوان',
    'Tidak ada akses ke lokasi',
    'אין גישה לכתובת',
  ]);
});

describe('recipient moved (ar, vi); business closed at the attempt, as the corpus labels it (fr, es, it, ro, zh)', () => {
  readEachAs('EXCEPTION', ['المستلم انتقل من العنوان المسجل', 'Người nhận đã chuyển đi nơi khác']);
  readEachAs('WAITING_FOR_PICKUP', [
    'Livraison impossible, commerce fermé',
    'Negocio cerrado en horario de reparto',
    'Consegna non effettuata: negozio chiuso',
    'Firma închisă la momentul livrării',
    '单位休息，无法派送',
  ]);
});

// Tried and withdrawn this round: 'left at the door' as a delivery in 17 languages made these
// notice-left wordings read DELIVERED in ten of them. They hold the line for the next try.
describe('a notice left at the door or in the mailbox is never a delivery (19 languages)', () => {
  neverDeliveredEach([
    ['Aviso dejado en la puerta'],
    ['Aviso deixado na porta'],
    ['Kaart voor de deur gezet'],
    ['Awizo pozostawiono pod drzwiami'],
    ['Oznámení ponecháno u dveří'],
    ['Повідомлення залишено біля дверей'],
    ['Avi lämnat utanför dörren'],
    ['Seddel stillet ved døren'],
    ['Értesítő az ajtó elé letéve'],
    ['Aviz lăsat la ușă'],
    ['Ειδοποίηση αφέθηκε στην πόρτα'],
    ['Thông báo để trước cửa'],
    ['Kartu pemberitahuan diletakkan di depan pintu'],
    ['Известие оставено пред вратата'],
    ['ใบแจ้งวางไว้หน้าประตู'],
    ['부재중 안내문 우편함에 투입'],
    ['取件通知已投入信箱'],
    ['Не оставена пред вратата'],
    ['Nie pozostawiono pod drzwiami'],
  ]);
});

describe('recipient unreachable by phone, invalid phone number (18 languages)', () => {
  readEachAs('EXCEPTION', [
    'Brak kontaktu z odbiorcą przesyłki',
    'Adresát nebyl telefonicky zastižen',
    'Chybné telefonní číslo příjemce',
    'お客様と連絡が取れませんでした',
    'Fikk ikke kontakt med mottakeren',
    'Kunde inte nå mottagaren per telefon',
    'Forkert telefonnummer på modtageren',
    'Virheellinen puhelinnumero',
    'A címzett nem volt elérhető telefonon',
    'Destinatarul nu a putut fi contactat telefonic',
    'Δεν ήταν δυνατή η επικοινωνία με τον πελάτη',
    'Грешен телефонен номер на получателя',
    'לא ניתן ליצור קשר עם הלקוח',
    'Primatelj nije dostupan na telefon',
    'Número de telefone incorreto',
    'Onjuist telefoonnummer opgegeven',
    'Неправильний номер телефону одержувача',
    'Nomor telepon salah, tidak dapat dihubungi',
  ]);
});

describe('handed to the courier for delivery (el read DELIVERED; de, ja, nb, sv, da, hu, ar, vi)', () => {
  readEachAs('OUT_FOR_DELIVERY', [
    'Το δέμα παραδόθηκε στον διανομέα για παράδοση',
    'Die Sendung wurde dem Zusteller übergeben',
    '配達担当者に引き渡しました',
    'Pakken er gitt til sjåføren for levering',
    'Paketet har lämnats till budet för leverans',
    'Pakken er overgivet til chaufføren til levering',
    'Csomagját átadtuk a futárnak kézbesítésre',
    'تم تسليم الشحنة للمندوب للتوصيل اليوم',
    'Đơn hàng đã giao cho nhân viên giao hàng',
  ]);
  readsEach([['Το δέμα παραδόθηκε στον παραλήπτη', 'DELIVERED']]);
});
