import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 15: families among the training misses, written
// in other words than the corpus rows themselves.

describe('status-label translations: available for pickup, exception, pre-transit (ru, bg)', () => {
  readsEach([
    ['Заказ доступен для получения в пункте выдачи', 'WAITING_FOR_PICKUP'],
    ['Посылка доступна для самовывоза', 'WAITING_FOR_PICKUP'],
    ['Пратката е достъпна за вземане от офис', 'WAITING_FOR_PICKUP'],
    ['Исключение: повреждение упаковки', 'EXCEPTION'],
    ['Статус: изключение', 'EXCEPTION'],
    ['Статус посылки: предтранзитный', 'INFO_RECEIVED'],
    ['Предварителен транзит на пратката', 'INFO_RECEIVED'],
  ]);
  neverDeliveredEach([['Посылка пока не доступна для получения']]);
});

describe('Serbian reasons a delivery is ruled out, and a notice left', () => {
  readsEach([
    ['Primalac se odselio', 'EXCEPTION'],
    ['Адреса прималаца непозната', 'EXCEPTION'],
    ['Adresa primaoca nedovoljna', 'EXCEPTION'],
    ['Primalac otputovao', 'EXCEPTION'],
    ['Остављен извештај о приспећу', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('signed-for and delivery-process wordings (en, th, tr)', () => {
  readsEach([
    ['Package signed for at front door', 'DELIVERED'],
    ['Item signed', 'DELIVERED'],
    ['ผู้รับเซ็นรับพัสดุเรียบร้อย', 'DELIVERED'],
    ['Gönderiniz teslimat sürecinde', 'OUT_FOR_DELIVERY'],
  ]);
  neverDeliveredEach([
    ['Parcel not signed, card left'],
    ['Parcel signed by the sender for return'],
  ]);
});

// A mis-sort is a routing error (the training labels and "missorted" agree): an english2 probe that
// read the code list's 'MS - Mis-sort' as movement now reads it here.
describe('English mis-sorts and returns back at origin', () => {
  readsEach([
    ['MS - Mis-sort', 'EXCEPTION'],
    ['Parcel mis-sorted at hub', 'EXCEPTION'],
    ['Shipment reached back at origin', 'RETURNED_TO_SENDER'],
    ['Return undelivered to shipper', 'RETURNED_TO_SENDER'],
  ]);
});

describe('German and Russian exception reasons from a probe sweep', () => {
  readsEach([
    ['Zustellung nicht möglich: kein Briefkasten am Haus', 'EXCEPTION'],
    ['Sendung ist ein Klärfall', 'EXCEPTION'],
    ['Die Packstation ist voll', 'EXCEPTION'],
    ['Die Annahme der Sendung wurde abgelehnt', 'EXCEPTION'],
    ['Ablage am Wunschort erfolgt', 'DELIVERED'],
    ['Посылка задержана из-за ошибочной сортировки', 'EXCEPTION'],
    ['Адресат недоступен по телефону', 'EXCEPTION'],
    ['Вес посылки не совпадает с заявленным', 'EXCEPTION'],
  ]);
});

describe('German and Dutch notification e-mail wordings (round 15 sources)', () => {
  readsEach([
    ['Dein Paket ist fast da!', 'OUT_FOR_DELIVERY'],
    ['Ihre Bestellung ist bald da', 'IN_TRANSIT'],
    ['Das Paket wurde am vereinbarten Ablageort abgelegt', 'DELIVERED'],
    ['Levering vandaag tussen 14:00 en 16:00', 'OUT_FOR_DELIVERY'],
    ['Je bezorger onderweg: volg hem live', 'OUT_FOR_DELIVERY'],
    ['Levering gemist, we komen morgen terug', 'WAITING_FOR_PICKUP'],
    ['Bezorging vandaag niet mogelijk', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['Die Abstellung ist nicht erfolgt'],
    ['Ihr Paket ist fast da, wurde aber nicht zugestellt'],
  ]);
});

// 17TRACK's "Alert" status in its many translations stands alone as a whole message; inside a
// sentence the same word often introduces news that is not a problem, so only the bare word reads.
describe('a bare "alert" status word, and the same word inside a sentence', () => {
  readsEach([
    ['ALERTĂ', 'EXCEPTION'],
    ['Upozornění!', 'EXCEPTION'],
    ['Figyelmeztetés', 'EXCEPTION'],
    ['Тревога', 'EXCEPTION'],
  ]);
  neverDeliveredEach([['Upozornění: zásilka bude doručena zítra']]);
});

describe('Croatian, Slovenian, Romanian, Hungarian and Polish status labels (round 15)', () => {
  readsEach([
    ['Pošiljka je dostupna za preuzimanje', 'WAITING_FOR_PICKUP'],
    ['Status: iznimka', 'EXCEPTION'],
    ['Pošiljka je dostavljena natrag pošiljatelju', 'RETURNED_TO_SENDER'],
    ['Pošiljka u prometu', 'IN_TRANSIT'],
    ['Paket je na poti', 'IN_TRANSIT'],
    ['Coletul este în așteptarea ridicării', 'WAITING_FOR_PICKUP'],
    ['Coletul nu a fost trimis încă', 'INFO_RECEIVED'],
    ['Colet predat curierului', 'IN_TRANSIT'],
    ['A küldemény kézbesítetlen', 'EXCEPTION'],
    ['Kurier jeszcze nie przyjął paczki', 'INFO_RECEIVED'],
  ]);
});

describe('Latin American (Colombian) delivery problems and warehouse steps', () => {
  readsEach([
    ['Destinatario indica que no hizo el pedido', 'EXCEPTION'],
    ['El cliente se negó a recibir el paquete', 'EXCEPTION'],
    ['La dirección del destinatario no existe', 'EXCEPTION'],
    ['Envío fuera de cobertura', 'EXCEPTION'],
    ['Guía disponible para retiro en oficina', 'WAITING_FOR_PICKUP'],
    ['Asignado a mensajero para entrega', 'OUT_FOR_DELIVERY'],
    ['Guía en bodega destino', 'ARRIVED_AT_DESTINATION'],
    ['Mercancía retenida por la DIAN', 'HELD_BY_CUSTOMS'],
    ['Mercancía nacionalizada, en tránsito', 'IN_TRANSIT'],
  ]);
});

describe('standard event and reason names (UN/EDIFACT, UPU, India Post, Australia Post) in English', () => {
  readsEach([
    ['Notice (intimation) delivered to addressee', 'WAITING_FOR_PICKUP'],
    ['Parcel is at the depot closest to the receiver', 'ARRIVED_AT_DESTINATION'],
    ['Parcel returned to the local depot as undeliverable', 'EXCEPTION'],
    ['Delivery address is outside the area served', 'EXCEPTION'],
    ['Carton found to be empty on arrival', 'EXCEPTION'],
    ['Shipment held: further instructions required from shipper', 'EXCEPTION'],
    ['Consignment pilfered in transit', 'EXCEPTION'],
    ['Consignee cannot be located', 'EXCEPTION'],
    ['Prohibited items found in parcel', 'EXCEPTION'],
    ['Parcel is on its way back to the shipper', 'RETURNED_TO_SENDER'],
    ['Parcel given to the courier', 'IN_TRANSIT'],
    ['Addressee requested own collection', 'WAITING_FOR_PICKUP'],
    ['We are working to get your shipment back on track', 'EXCEPTION'],
  ]);
  neverDeliveredEach([['Parcel delivered to the transport company'], ['Intimation delivered']]);
});

describe('TrackShip-style labels and operator phrases (he, zh, vi, tr, ru, id, da)', () => {
  readsEach([
    ['כשל במסירה', 'EXCEPTION'],
    ['המשלוח הוחזר לשולח', 'RETURNED_TO_SENDER'],
    ['החבילה בתהליך מיון', 'IN_TRANSIT'],
    ['包裹已离开出口海关', 'IN_TRANSIT'],
    ['运单未上网', 'INFO_RECEIVED'],
    ['Đơn hàng đang phát hoàn', 'RETURNED_TO_SENDER'],
    ['Siparişiniz işleme alındı', 'INFO_RECEIVED'],
    ['Магазин обрабатывает ваш заказ', 'INFO_RECEIVED'],
    ['Order dibuat oleh penjual', 'INFO_RECEIVED'],
    ['Pakken er afsendt', 'IN_TRANSIT'],
  ]);
});

describe('probe sweeps of everyday wordings (fr, uk, ko, ar, ja)', () => {
  readsEach([
    ['Délai de garde du colis dépassé', 'EXCEPTION'],
    ["Nous n'avons pas encore reçu le colis de l'expéditeur", 'INFO_RECEIVED'],
    ['Адресу одержувача не знайдено', 'EXCEPTION'],
    ['고객님 부재로 문 앞 배송 완료', 'DELIVERED'],
    ['الشحنة بانتظار الاستلام من التاجر', 'INFO_RECEIVED'],
    ['العميل لا يرد على الهاتف', 'EXCEPTION'],
    ['ご本人様へお届けしました', 'DELIVERED'],
    ['保管期間満了のため', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['宅配ボックスへお届け予定'],
    ['ご本人様へお届けできませんでした'],
    ['문 앞 배송 예정'],
  ]);
});

describe('round 15b: Dutch, Polish, Italian and Portuguese families', () => {
  readsEach([
    ['Vandaag bezorgen we uw zending', 'OUT_FOR_DELIVERY'],
    ['De ophaaltermijn verloopt morgen', 'WAITING_FOR_PICKUP'],
    ['Bestelling nog niet verzonden', 'INFO_RECEIVED'],
    ['Douane afgehandeld, zending onderweg', 'IN_TRANSIT'],
    ['Paczka zostanie dziś doręczona', 'OUT_FOR_DELIVERY'],
    ['Uyarı', 'EXCEPTION'],
    ['Перевізник ще не прийняв посилку', 'INFO_RECEIVED'],
    ['Indirizzo del destinatario non corretto', 'EXCEPTION'],
    ['Impossibile rintracciare il destinatario', 'EXCEPTION'],
    ['Spedizione in fase di invio al mittente', 'RETURNED_TO_SENDER'],
    ['Il corriere sta per ritirare il pacco dal mittente', 'INFO_RECEIVED'],
    ['Pedido em ponto de retirada', 'WAITING_FOR_PICKUP'],
    ['Entrega não realizada: área de risco', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['Transferring to the shipping centre - please wait for further instructions'],
  ]);
});

describe('customs holds, carriers that received a parcel, and round 15c English families', () => {
  readsEach([
    ['Package held for customs clearance', 'HELD_BY_CUSTOMS'],
    ['Shipment held for clearance at destination', 'HELD_BY_CUSTOMS'],
    ['GLS hat dein Paket erhalten', 'IN_TRANSIT'],
    ['Destinatario fallecido', 'EXCEPTION'],
    ['Destinatário falecido', 'EXCEPTION'],
    ['Shipment misdirected', 'EXCEPTION'],
    ['Package blocked at hub', 'EXCEPTION'],
    ['Held by the delivery driver', 'EXCEPTION'],
    ['Not collected from the parcel shop', 'EXCEPTION'],
    ['Parcel reshipped', 'IN_TRANSIT'],
    ['Passed to our local delivery partner', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['Der Empfänger hat die Sendungsdaten erhalten'],
    ['DHL hat die Sendungsdaten erhalten'],
  ]);
});

// A reminder that the pickup period ends soon is still a parcel waiting; only the period over is
// an exception.
describe('pickup-period reminders and expiries', () => {
  readsEach([
    ['Reminder: the collection period for your parcel ends soon', 'WAITING_FOR_PICKUP'],
    ['Die Abholfrist Ihrer Sendung läuft bald ab', 'WAITING_FOR_PICKUP'],
    ['Le délai de retrait de votre colis expire bientôt', 'WAITING_FOR_PICKUP'],
    ['Termín pro vyzvednutí zásilky brzy vyprší', 'WAITING_FOR_PICKUP'],
    ['Termin odbioru wkrótce upłynie', 'WAITING_FOR_PICKUP'],
    ['The collection period has expired', 'EXCEPTION'],
    ['Le délai de retrait est expiré', 'EXCEPTION'],
  ]);
});

// A pickup notice that says what happens if the parcel is not collected waits for pickup; the
// return it names has not happened.
describe('pickup notices with a conditional return (de, ko)', () => {
  readsEach([
    [
      'Ihr Paket liegt im Paketshop bereit. Wird das Paket nicht innerhalb von 7 Tagen abgeholt, geht es zurück an den Absender.',
      'WAITING_FOR_PICKUP',
    ],
    ['편의점에 보관중입니다. 5일 이내 미수령시 반송 처리됩니다', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde nicht abgeholt und geht an den Absender zurück', 'RETURNED_TO_SENDER'],
  ]);
});

// Cross-border feeds hand a parcel "to the delivery partner in the destination country" with the
// same verb as a delivery: that is movement, never DELIVERED.
describe('handed over to a delivery partner, collected by the recipient, re-attempts (cross-language)', () => {
  readsEach([
    ['Příjemce vyzvedl zásilku z boxu', 'DELIVERED'],
    ['수령인이 무인택배함에서 물품을 수령했습니다', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['El paquete fue entregado a nuestro socio logístico local'],
    ['Spedizione consegnata al partner locale per la consegna'],
    ['Kargonuz dağıtım ortağımıza teslim edildi'],
    ['Encomenda entregue ao parceiro logístico no Brasil'],
    ['Colis livré à notre partenaire local'],
    ['Paczka dostarczona do partnera logistycznego'],
    ['Zásilka doručena přepravci v cílové zemi'],
    ['包裹已妥投至当地合作伙伴'],
    ['Kurýr vyzvedl zásilku u odesílatele'],
  ]);
  readsEach([
    ['Повторная попытка доставки состоится завтра', 'UNKNOWN'],
    ['Tentaremos entregar a encomenda amanhã', 'UNKNOWN'],
  ]);
});

describe('"delivered" to a sorting centre or hub is movement (de, ko, zh)', () => {
  neverDeliveredEach([
    ['Die Sendung wurde an das Paketzentrum zugestellt'],
    ['Die Sendung wurde im Briefzentrum zugestellt'],
    ['물류센터로 배송완료'],
    ['包裹已妥投至转运中心'],
  ]);
  readsEach([
    ['Die Sendung wurde dem Empfänger zugestellt', 'DELIVERED'],
    ['고객님께 배송완료', 'DELIVERED'],
    ['包裹已妥投', 'DELIVERED'],
  ]);
});

describe('"delivered" to a post office or a courier branch (pl, cs)', () => {
  readsEach([
    ['Paczka doręczona do placówki pocztowej, czeka na odbiór', 'WAITING_FOR_PICKUP'],
    ['Zásilka doručena na poštu k vyzvednutí', 'WAITING_FOR_PICKUP'],
    ['Paczka dostarczona do oddziału kurierskiego', 'IN_TRANSIT'],
  ]);
});

describe('delivery forecasts for tomorrow (ro, hu, ar, he)', () => {
  readsEach([
    ['Comanda va fi livrată mâine', 'IN_TRANSIT'],
    ['A küldeményt holnap kézbesítjük', 'IN_TRANSIT'],
    ['سيتم تسليم طلبك غدا', 'IN_TRANSIT'],
    ['החבילה תימסר מחר', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([['Coletul nu va fi livrat mâine']]);
});

describe('Polish export and import clearance (a probe family across 14 languages)', () => {
  readsEach([
    ['Odprawa eksportowa przesyłki zakończona', 'IN_TRANSIT'],
    ['Odprawa celna eksportowa w toku', 'IN_TRANSIT'],
    ['Odprawa celna w toku', 'HELD_BY_CUSTOMS'],
  ]);
});

// "The recipient's address is incomplete": a noun between the address and the fault is the
// usual order, and twelve languages knew only the two words side by side.
describe('an incomplete or wrong address with words between (12 languages)', () => {
  readsEach([
    ['Adresa clientului este incompletă', 'EXCEPTION'],
    ['Адресът на клиента е грешен', 'EXCEPTION'],
    ['Η διεύθυνση του πελάτη είναι λανθασμένη', 'EXCEPTION'],
    ['Адреса доставки неправильна', 'EXCEPTION'],
    ['ที่อยู่จัดส่งไม่ถูกต้อง', 'EXCEPTION'],
    ['הכתובת למשלוח שגויה', 'EXCEPTION'],
    ['Leveransadressen är felaktig', 'EXCEPTION'],
    ['Adressen til modtageren er forkert', 'EXCEPTION'],
    ['Adressen til mottaker er mangelfull', 'EXCEPTION'],
    ['Adresa doručení je chybná', 'EXCEPTION'],
    ['Adresa doručenia je nesprávna', 'EXCEPTION'],
    ['배송지 주소 불완전', 'EXCEPTION'],
    ['Ο παραλήπτης αρνήθηκε την παραλαβή', 'EXCEPTION'],
  ]);
  neverDeliveredEach([['Adresa příjemce byla opravena, zásilka bude doručena']]);
});

// "The recipient was not at home" is a delivery attempt: it waits for pickup (as in English and
// German), unless the same message says where the parcel went instead.
describe('the recipient was not at home (16 languages)', () => {
  readsEach([
    ['Destinatarul nu a fost acasă la livrare', 'WAITING_FOR_PICKUP'],
    ['Получателят не беше у дома', 'WAITING_FOR_PICKUP'],
    ['Ο παραλήπτης δεν ήταν στο σπίτι του', 'WAITING_FOR_PICKUP'],
    ['Отримувача не було вдома', 'WAITING_FOR_PICKUP'],
    ['Адресата не было дома', 'WAITING_FOR_PICKUP'],
    ['ผู้รับไม่อยู่บ้านขณะจัดส่ง', 'WAITING_FOR_PICKUP'],
    ['הנמענת לא הייתה בבית', 'WAITING_FOR_PICKUP'],
    ['Asiakas ei ollut kotona', 'WAITING_FOR_PICKUP'],
    ['Adresát nebyl doma', 'WAITING_FOR_PICKUP'],
    ['Adresát nebol doma', 'WAITING_FOR_PICKUP'],
    ['Primalac nije bila kod kuće', 'WAITING_FOR_PICKUP'],
    ['Müşteri evde yoktu', 'WAITING_FOR_PICKUP'],
    ["Le client n'était pas chez lui", 'WAITING_FOR_PICKUP'],
    ['El cliente no estaba en casa', 'WAITING_FOR_PICKUP'],
    ['Il cliente non era in casa', 'WAITING_FOR_PICKUP'],
    ['O cliente não estava em casa', 'WAITING_FOR_PICKUP'],
    ['Destinatarul nu a fost acasă, coletul a fost predat vecinului', 'DELIVERED'],
    ['Příjemce nebyl doma, zásilka předána sousedovi', 'DELIVERED'],
  ]);
});

describe('damage and delays in smaller languages (el, ar, sv, fi, bg, he, sk, sr)', () => {
  readsEach([
    ['Το δέμα έχει υποστεί ζημιά', 'EXCEPTION'],
    ['تضررت الشحنة', 'EXCEPTION'],
    ['Försändelsen skadades', 'EXCEPTION'],
    ['Paketti vaurioitui', 'EXCEPTION'],
    ['Доставката закъснява', 'EXCEPTION'],
    ['המשלוח מתעכב', 'EXCEPTION'],
    ['Doručenie mešká', 'EXCEPTION'],
    ['Isporuka kasni', 'EXCEPTION'],
  ]);
});

describe('waiting for you, returns, labels created and left with a neighbour (21 languages)', () => {
  readsEach([
    ['Comanda vă așteaptă la easybox', 'WAITING_FOR_PICKUP'],
    ['Η παραγγελία σας περιμένει στο κατάστημα', 'WAITING_FOR_PICKUP'],
    ['Đơn hàng đang chờ bạn đến lấy', 'WAITING_FOR_PICKUP'],
    ['ההזמנה ממתינה לך בנקודת האיסוף', 'WAITING_FOR_PICKUP'],
    ['Balík na vás čeká ve výdejním místě', 'WAITING_FOR_PICKUP'],
    ['Balík na vás čaká v Z-BOXe', 'WAITING_FOR_PICKUP'],
    ['Paket vas čeka u paketomatu', 'WAITING_FOR_PICKUP'],
    ['Поръчката се връща на подателя', 'RETURNED_TO_SENDER'],
    ['Expeditorul a creat AWB-ul', 'INFO_RECEIVED'],
    ['Pengirim sudah membuat label', 'INFO_RECEIVED'],
    ['Afsender har oprettet forsendelsen', 'INFO_RECEIVED'],
    ['Gönderici kargo etiketi oluşturdu', 'INFO_RECEIVED'],
    ['A küldeményt a szomszédnak adtuk', 'DELIVERED'],
    ['Coletul a fost predat la vecini', 'DELIVERED'],
    ['Пратката е предадена на съсед', 'DELIVERED'],
    ['Посилку залишено біля сусідів', 'DELIVERED'],
    ['Kargonuz komşunuza bırakıldı', 'DELIVERED'],
    ['Pakken holdes tilbake av tollvesenet', 'HELD_BY_CUSTOMS'],
  ]);
  neverDeliveredEach([
    ['Coletul nu a fost lăsat la vecin'],
    ['Посилку не залишено у сусіда'],
    ['Pošiljka nije ostavljena kod komšije'],
    ['Kargo komşuya bırakılamadı'],
  ]);
});

// Put into the letterbox is a delivery; a notice put into the letterbox is not. Both shapes are
// held together in each language so that one cannot be added without the other.
describe('a parcel or a notice in the letterbox (13 languages)', () => {
  readsEach([
    ['A küldeményt a postaládába tettük', 'DELIVERED'],
    ['Értesítőt a postaládába tettük', 'WAITING_FOR_PICKUP'],
    ['Plicul a fost depus în cutia poștală', 'DELIVERED'],
    ['Пратката е поставена в пощенската кутия', 'DELIVERED'],
    ['Известие е поставено в пощенската кутия', 'WAITING_FOR_PICKUP'],
    ['Η επιστολή τοποθετήθηκε στο γραμματοκιβώτιο', 'DELIVERED'],
    ['Лист покладено в поштову скриньку', 'DELIVERED'],
    ['Повідомлення покладено в поштову скриньку', 'WAITING_FOR_PICKUP'],
    ['Bưu phẩm đã bỏ vào hộp thư', 'DELIVERED'],
    ['Giấy báo phát đã bỏ vào hộp thư', 'WAITING_FOR_PICKUP'],
    ['Paket sudah dimasukkan ke kotak surat', 'DELIVERED'],
    ['تم وضع الطرد في صندوق البريد', 'DELIVERED'],
    ['הדואר הוכנס לתיבת הדואר', 'DELIVERED'],
    ['Balík byl vložen do schránky', 'DELIVERED'],
    ['Výzva k vyzvednutí byla vložena do schránky', 'WAITING_FOR_PICKUP'],
    ['Balík bol vložený do schránky', 'DELIVERED'],
    ['Paket je ubačen u poštansko sanduče', 'DELIVERED'],
  ]);
});

describe('collected from the sender (13 languages)', () => {
  readsEach([
    ['Куриерът прибра пратката от подателя', 'IN_TRANSIT'],
    ['Ο διανομέας παρέλαβε την αποστολή από τον αποστολέα', 'IN_TRANSIT'],
    ['Kurir sudah mengambil barang dari pengirim', 'IN_TRANSIT'],
    ['استلم السائق الطرد من المرسل', 'IN_TRANSIT'],
    ['השליח אסף את המשלוח מהשולח', 'IN_TRANSIT'],
    ['Chauffören har hämtat försändelsen hos avsändaren', 'IN_TRANSIT'],
    ['Chaufføren har afhentet forsendelsen hos afsenderen', 'IN_TRANSIT'],
    ['Bud har hentet sendingen hos avsenderen', 'IN_TRANSIT'],
    ['Kuriiri nouti paketin lähettäjältä', 'IN_TRANSIT'],
    ['Řidič převzal balík od odesílatele', 'IN_TRANSIT'],
    ['Vodič prevzal balík od odosielateľa', 'IN_TRANSIT'],
    ['Kurir je preuzeo paket od pošiljaoca', 'IN_TRANSIT'],
    ['Kurye paketi göndericiden teslim aldı', 'IN_TRANSIT'],
  ]);
});

describe('failed or cancelled deliveries and delivery offices (ro, el, sr, he, da, bg, nb)', () => {
  readsEach([
    ['Livrarea coletului a eșuat', 'EXCEPTION'],
    ['Η παράδοση του δέματος απέτυχε', 'EXCEPTION'],
    ['Isporuka nije uspela', 'EXCEPTION'],
    ['ההזמנה בוטלה', 'EXCEPTION'],
    ['Ordren er annulleret', 'EXCEPTION'],
    ['Narudžbina je otkazana', 'EXCEPTION'],
    ['Povrat pošiljke otkazan', 'IN_TRANSIT'],
    ['Пратката е в доставящия офис', 'ARRIVED_AT_DESTINATION'],
    ['Pakken er ankommet til leveringsterminalen i Oslo', 'ARRIVED_AT_DESTINATION'],
  ]);
});

describe('lockers and duties to pay (vi, ar, el, da, fi)', () => {
  readsEach([
    ['Đơn hàng đã đến tủ nhận hàng', 'WAITING_FOR_PICKUP'],
    ['طلبك متاح في الخزانة الذكية', 'WAITING_FOR_PICKUP'],
    ['Απαιτείται πληρωμή δασμών', 'HELD_BY_CUSTOMS'],
    ['Τελωνειακός έλεγχος ολοκληρώθηκε', 'IN_TRANSIT'],
    ['Der skal betales told før udlevering', 'HELD_BY_CUSTOMS'],
    ['Tolden er betalt', 'IN_TRANSIT'],
    ['Lähetyksestä maksettava tulli', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('a Hungarian negation with an article before the place', () => {
  neverDeliveredEach([
    ['A csomagot nem a szomszédnál hagytuk'],
    ['A küldeményt nem a postaládába tettük'],
  ]);
});

// An order being prepared is the seller's step; a shipment being prepared for delivery is the
// carrier's, and stays unread rather than reading as information received.
describe('orders being prepared and pickup points reached (13 languages)', () => {
  readsEach([
    ['Comanda dumneavoastră este în curs de pregătire', 'INFO_RECEIVED'],
    ['Поръчката се подготвя за изпращане', 'INFO_RECEIVED'],
    ['Η παραγγελία σας προετοιμάζεται', 'INFO_RECEIVED'],
    ['Đơn hàng đang được chuẩn bị bởi người bán', 'INFO_RECEIVED'],
    ['ההזמנה בהכנה במחסן', 'INFO_RECEIVED'],
    ['Din ordre klargøres', 'INFO_RECEIVED'],
    ['Objednávka se připravuje k odeslání', 'INFO_RECEIVED'],
    ['A csomag megérkezett az átvételi pontra', 'WAITING_FOR_PICKUP'],
    ['Zásielka je na odbernom mieste', 'WAITING_FOR_PICKUP'],
    ['Paket je stigao u paketomat', 'WAITING_FOR_PICKUP'],
    ['Zásilka se připravuje k doručení', 'UNKNOWN'],
    ['Пратката се подготвя за доставка', 'UNKNOWN'],
  ]);
});

describe('handed to the recipient (ro)', () => {
  readsEach([['Coletul a fost predat personal destinatarului', 'DELIVERED']]);
  neverDeliveredEach([
    ['Coletul nu a fost predat destinatarului'],
    ['Coletul va fi predat destinatarului mâine'],
  ]);
});
