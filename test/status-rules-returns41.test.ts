import { describe } from 'vitest';
import { neverDeliveredEach, neverReturnedEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 41: a return announced without a condition ("the
// shipment will be returned to sender", also after a refusal or failure stated as its reason) is a
// return in every language; one under a condition ("if not collected", "otherwise", "unless", "after
// the storage period", a deadline for collection) and one the recipient may request stay conditional.

describe('a planned return, French', () => {
  readsEach([
    ["Le colis sera retourné à l'expéditeur", 'RETURNED_TO_SENDER'],
    ["Votre colis sera retourné à l'expéditeur.", 'RETURNED_TO_SENDER'],
    ["Le colis va être retourné à l'expéditeur", 'RETURNED_TO_SENDER'],
    ["Votre colis va être renvoyé à l'expéditeur", 'RETURNED_TO_SENDER'],
    ["L'envoi sera renvoyé à son expéditeur", 'RETURNED_TO_SENDER'],
    ["Votre colis est en cours de retour vers l'expéditeur", 'RETURNED_TO_SENDER'],
    ["Refusé par le destinataire, le colis sera retourné à l'expéditeur", 'RETURNED_TO_SENDER'],
    ["Colis refusé par le destinataire. Il sera retourné à l'expéditeur.", 'RETURNED_TO_SENDER'],
    [
      "Délai de mise à disposition dépassé, votre colis va être retourné à l'expéditeur",
      'RETURNED_TO_SENDER',
    ],
    ["Colis non réclamé, il sera renvoyé à l'expéditeur", 'RETURNED_TO_SENDER'],
    [
      "Votre colis n'a pas été retiré dans le délai imparti. Il sera retourné à l'expéditeur.",
      'RETURNED_TO_SENDER',
    ],
    ['Retour expéditeur programmé', 'RETURNED_TO_SENDER'],
    ["Votre colis est en préparation pour son retour à l'expéditeur", 'RETURNED_TO_SENDER'],
    ["Le colis sera réexpédié à l'expéditeur", 'RETURNED_TO_SENDER'],
    ["Le colis sera renvoyé vers l'expéditeur", 'RETURNED_TO_SENDER'],
    ["Adresse incomplète : le colis sera retourné à l'expéditeur", 'RETURNED_TO_SENDER'],
    [
      "Destinataire inconnu à l'adresse, le colis va être retourné à l'expéditeur",
      'RETURNED_TO_SENDER',
    ],
    ["Les colis seront retournés à l'expéditeur", 'RETURNED_TO_SENDER'],
    ['Votre commande sera retournée au vendeur', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    "Si le colis n'est pas retiré sous 10 jours, il sera retourné à l'expéditeur",
    "Votre colis vous attend en point relais. S'il n'est pas retiré sous 14 jours, il sera retourné à l'expéditeur.",
    "Colis disponible en bureau de poste. Sans retrait de votre part avant le 12/03, il sera retourné à l'expéditeur.",
    "Votre colis est disponible au bureau de poste jusqu'au 12/03, sinon il sera retourné à l'expéditeur",
    "Faute de retrait sous 15 jours, le colis sera retourné à l'expéditeur",
    "À défaut de retrait, le colis sera renvoyé à l'expéditeur",
    "Passé ce délai, le colis sera retourné à l'expéditeur",
    "À l'issue du délai de garde, le colis sera retourné à l'expéditeur",
    "Au-delà de ce délai, votre colis sera retourné à l'expéditeur",
    "Si le destinataire ne le retire pas, le colis sera retourné à l'expéditeur",
    "Le colis sera retourné à l'expéditeur s'il n'est pas retiré avant le 12/03",
    "Le colis sera retourné à l'expéditeur en cas de non retrait",
    "Le colis sera retourné à l'expéditeur à moins que vous ne le retiriez",
    "Vous pouvez retourner le colis à l'expéditeur",
    'Retour possible sous 30 jours',
    'Étiquette de retour créée',
    "Le colis pourra être retourné à l'expéditeur",
    "Le colis ne sera pas retourné à l'expéditeur",
    "Le colis pourrait être retourné à l'expéditeur",
  ]);
});

describe('a planned return, Spanish', () => {
  readsEach([
    ['El envío será devuelto al remitente', 'RETURNED_TO_SENDER'],
    ['Su envío será devuelto al remitente.', 'RETURNED_TO_SENDER'],
    ['El paquete va a ser devuelto al remitente', 'RETURNED_TO_SENDER'],
    ['El pedido será devuelto al vendedor', 'RETURNED_TO_SENDER'],
    ['Rehusado por el destinatario, el envío será devuelto al remitente', 'RETURNED_TO_SENDER'],
    ['Destinatario desconocido. El envío será devuelto a origen.', 'RETURNED_TO_SENDER'],
    ['Plazo de recogida vencido, el paquete será devuelto al remitente', 'RETURNED_TO_SENDER'],
    ['Su envío se está preparando para la devolución al remitente', 'RETURNED_TO_SENDER'],
    ['Devolución al remitente programada', 'RETURNED_TO_SENDER'],
    ['Los paquetes serán devueltos al remitente', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    'Si no se recoge en 15 días, el envío será devuelto al remitente',
    'Su envío está disponible en la oficina. Si no lo recoge en 15 días será devuelto al remitente.',
    'En caso de no ser recogido, el envío será devuelto al remitente',
    'Transcurrido el plazo de recogida, el envío será devuelto al remitente',
    'El envío será devuelto al remitente si no se recoge antes del 12/03',
    'De lo contrario, el envío será devuelto al remitente',
    'Tiene 15 días para recoger su envío; pasado este plazo será devuelto al remitente',
    'Una vez finalizado el plazo, el paquete será devuelto al remitente',
    'A menos que lo recoja, el envío será devuelto al remitente',
    'Puede devolver el paquete al remitente',
    'Devolución gratuita en 30 días',
    'Etiqueta de devolución creada',
    'El envío podrá ser devuelto al remitente',
    'El envío no será devuelto al remitente',
  ]);
});

describe('a planned return, Italian', () => {
  readsEach([
    ['La spedizione sarà restituita al mittente', 'RETURNED_TO_SENDER'],
    ['Il pacco sarà restituito al mittente', 'RETURNED_TO_SENDER'],
    ['Il pacco verrà restituito al mittente', 'RETURNED_TO_SENDER'],
    ['La spedizione verrà rispedita al mittente', 'RETURNED_TO_SENDER'],
    ['Rifiutata dal destinatario, la spedizione sarà restituita al mittente', 'RETURNED_TO_SENDER'],
    ['Destinatario sconosciuto: il pacco verrà reso al mittente', 'RETURNED_TO_SENDER'],
    ['Giacenza scaduta, la spedizione sarà restituita al mittente', 'RETURNED_TO_SENDER'],
    ['La spedizione è in preparazione per il reso al mittente', 'RETURNED_TO_SENDER'],
    ['Il pacco sarà restituito al venditore', 'RETURNED_TO_SENDER'],
    ['I pacchi saranno restituiti al mittente', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    'Se non ritirata entro 10 giorni, la spedizione sarà restituita al mittente',
    "Il pacco è in giacenza presso l'ufficio postale. Se non ritirato entro 10 giorni sarà restituito al mittente.",
    'In caso di mancato ritiro la spedizione sarà restituita al mittente',
    'Trascorso il periodo di giacenza, il pacco sarà restituito al mittente',
    'Decorsi i termini di giacenza la spedizione verrà restituita al mittente',
    'Al termine della giacenza il pacco sarà restituito al mittente',
    'Altrimenti il pacco sarà restituito al mittente',
    'La spedizione sarà restituita al mittente se non ritirata entro il 12/03',
    'A meno che non venga ritirato, il pacco sarà restituito al mittente',
    'Puoi restituire il pacco al mittente',
    'Reso gratuito entro 30 giorni',
    'Etichetta di reso creata',
    'Il pacco potrà essere restituito al mittente',
    'Il pacco non sarà restituito al mittente',
  ]);
});

describe('a planned return, Russian', () => {
  readsEach([
    ['Отправление будет возвращено отправителю', 'RETURNED_TO_SENDER'],
    ['Посылка будет возвращена отправителю', 'RETURNED_TO_SENDER'],
    ['Заказ будет возвращён продавцу', 'RETURNED_TO_SENDER'],
    ['Отправление будет отправлено обратно отправителю', 'RETURNED_TO_SENDER'],
    [
      'Адресат отказался от получения, отправление будет возвращено отправителю',
      'RETURNED_TO_SENDER',
    ],
    ['Истёк срок хранения. Посылка будет возвращена отправителю', 'RETURNED_TO_SENDER'],
    ['Отправление готовится к возврату отправителю', 'RETURNED_TO_SENDER'],
    ['Запланирован возврат отправителю', 'RETURNED_TO_SENDER'],
    ['Посылки будут возвращены отправителю', 'RETURNED_TO_SENDER'],
    ['Заказ будет возвращен в интернет-магазин', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    'В случае неполучения отправление будет возвращено отправителю',
    'Если посылка не будет получена в течение 30 дней, она будет возвращена отправителю',
    'По истечении срока хранения отправление будет возвращено отправителю',
    'Посылка ожидает в отделении. По истечении срока хранения будет возвращена отправителю.',
    'Отправление будет возвращено отправителю, если его не заберут до 12.03',
    'Иначе посылка будет возвращена отправителю',
    'После окончания срока хранения посылка будет возвращена отправителю',
    'Если заказ не будет получен, он будет возвращён продавцу',
    'При неполучении отправление будет возвращено отправителю',
    'Вы можете вернуть посылку отправителю',
    'Возврат возможен в течение 14 дней',
    'Этикетка для возврата создана',
    'Отправление может быть возвращено отправителю',
    'Отправление не будет возвращено отправителю',
  ]);
});

describe('a planned return, Ukrainian', () => {
  readsEach([
    ['Відправлення буде повернуто відправнику', 'RETURNED_TO_SENDER'],
    ['Посилку буде повернуто відправнику', 'RETURNED_TO_SENDER'],
    ['Посилка буде повернена відправнику', 'RETURNED_TO_SENDER'],
    ['Замовлення буде повернуто продавцю', 'RETURNED_TO_SENDER'],
    [
      'Одержувач відмовився від отримання, відправлення буде повернуто відправнику',
      'RETURNED_TO_SENDER',
    ],
    ['Термін зберігання закінчився. Посилку буде повернуто відправнику', 'RETURNED_TO_SENDER'],
    ['Відправлення готується до повернення відправнику', 'RETURNED_TO_SENDER'],
    ['Заплановано повернення відправнику', 'RETURNED_TO_SENDER'],
    ['Посилки будуть повернуті відправнику', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    'У разі неотримання відправлення буде повернуто відправнику',
    'Якщо посилку не буде отримано протягом 5 днів, її буде повернуто відправнику',
    'Після закінчення терміну зберігання посилку буде повернуто відправнику',
    'Посилка очікує у відділенні. Після закінчення терміну зберігання буде повернута відправнику.',
    'Відправлення буде повернуто відправнику, якщо його не заберуть до 12.03',
    'Інакше посилку буде повернуто відправнику',
    'По закінченню терміну зберігання посилка буде повернута відправнику',
    'Ви можете повернути посилку відправнику',
    'Повернення можливе протягом 14 днів',
    'Відправлення може бути повернуто відправнику',
    'Відправлення не буде повернуто відправнику',
  ]);
});

describe('a planned return, Czech', () => {
  readsEach([
    ['Zásilka bude vrácena odesílateli', 'RETURNED_TO_SENDER'],
    ['Zásilka bude vrácena zpět odesílateli.', 'RETURNED_TO_SENDER'],
    ['Balík bude vrácen odesílateli', 'RETURNED_TO_SENDER'],
    ['Objednávka bude vrácena prodejci', 'RETURNED_TO_SENDER'],
    ['Adresát zásilku odmítl, zásilka bude vrácena odesílateli', 'RETURNED_TO_SENDER'],
    ['Uplynula úložní doba. Zásilka bude vrácena odesílateli.', 'RETURNED_TO_SENDER'],
    ['Zásilka se připravuje k vrácení odesílateli', 'RETURNED_TO_SENDER'],
    ['Zásilky budou vráceny odesílateli', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    'Pokud si zásilku nevyzvednete do 7 dnů, bude vrácena odesílateli',
    'Zásilka je připravena k vyzvednutí na poště. Pokud nebude vyzvednuta, bude vrácena odesílateli.',
    'V případě nevyzvednutí bude zásilka vrácena odesílateli',
    'Po uplynutí úložní doby bude zásilka vrácena odesílateli',
    'Jinak bude zásilka vrácena odesílateli',
    'Zásilka bude vrácena odesílateli, pokud si ji nevyzvednete do 12.03.',
    'Nevyzvednutá zásilka bude po uplynutí úložní doby vrácena odesílateli',
    'Zásilku můžete vrátit odesílateli',
    'Vrácení zboží je možné do 14 dnů',
    'Zásilka může být vrácena odesílateli',
    'Zásilka nebude vrácena odesílateli',
  ]);
});

describe('a planned return, Chinese', () => {
  readsEach([
    ['包裹将退回寄件人', 'RETURNED_TO_SENDER'],
    ['您的包裹将退回发件人', 'RETURNED_TO_SENDER'],
    ['快件将被退回寄件人', 'RETURNED_TO_SENDER'],
    ['收件人拒收，包裹将退回寄件人', 'RETURNED_TO_SENDER'],
    ['地址错误，快件将退回发件人', 'RETURNED_TO_SENDER'],
    ['包裹即将退回寄件人', 'RETURNED_TO_SENDER'],
    ['快件正在准备退回寄件人', 'RETURNED_TO_SENDER'],
    ['快件将返回寄件人', 'RETURNED_TO_SENDER'],
    ['包裹将退回卖家', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    '如未领取，包裹将退回寄件人',
    '快件已到达驿站，请及时领取，如未领取将退回寄件人',
    '若7天内未领取，包裹将退回寄件人',
    '逾期未领取将退回寄件人',
    '超过保管期限，包裹将退回寄件人',
    '保管期满后将退回寄件人',
    '否则包裹将退回寄件人',
    '如收件人拒收，快件将退回寄件人',
    '请于3月12日前领取，否则将退回寄件人',
    '您可以申请退货',
    '如需退货请联系卖家',
    '包裹可能退回寄件人',
  ]);
});

describe('a planned return, Vietnamese', () => {
  readsEach([
    ['Đơn hàng của bạn sẽ được hoàn về người bán', 'RETURNED_TO_SENDER'],
    ['Đơn hàng sẽ được hoàn trả cho người gửi', 'RETURNED_TO_SENDER'],
    ['Bưu phẩm sẽ được chuyển hoàn về người gửi', 'RETURNED_TO_SENDER'],
    ['Bưu gửi sẽ được trả lại người gửi', 'RETURNED_TO_SENDER'],
    ['Người nhận từ chối nhận hàng, đơn hàng sẽ được hoàn về người gửi', 'RETURNED_TO_SENDER'],
    ['Đơn hàng sẽ bị hoàn về người bán', 'RETURNED_TO_SENDER'],
    ['Đơn hàng đang được chuẩn bị hoàn về người gửi', 'RETURNED_TO_SENDER'],
    ['Kiện hàng sẽ được trả về người gửi', 'RETURNED_TO_SENDER'],
    ['Quá thời hạn lưu kho, đơn hàng sẽ được hoàn về người gửi', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    'Nếu không nhận hàng trong 3 ngày, đơn hàng sẽ được hoàn về người gửi',
    'Nếu không liên lạc được với người nhận, đơn hàng sẽ được hoàn về người bán',
    'Đơn hàng sẽ được hoàn về người gửi nếu không nhận hàng',
    'Sau 3 lần giao không thành công, đơn hàng sẽ được hoàn về người gửi',
    'Bưu gửi đang chờ phát tại bưu cục, nếu không nhận sẽ được chuyển hoàn',
    'Bạn có thể trả hàng trong vòng 7 ngày',
    'Đơn hàng có thể được hoàn về người gửi',
    'Đơn hàng sẽ không được hoàn về người gửi',
  ]);
});

describe('a planned return, Korean', () => {
  readsEach([
    ['물품이 발송인에게 반송될 예정입니다', 'RETURNED_TO_SENDER'],
    ['고객님의 상품이 보낸 분에게 반송될 예정입니다', 'RETURNED_TO_SENDER'],
    ['소포가 발송인에게 반송됩니다', 'RETURNED_TO_SENDER'],
    ['수취인 수취거절로 발송인에게 반송될 예정입니다', 'RETURNED_TO_SENDER'],
    ['주소불명으로 발송인에게 반송 예정', 'RETURNED_TO_SENDER'],
    ['보관기간 경과로 발송인에게 반송됩니다', 'RETURNED_TO_SENDER'],
    ['상품이 판매자에게 반품될 예정입니다', 'RETURNED_TO_SENDER'],
    ['발송인 반송 예정', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    '미수령 시 발송인에게 반송될 예정입니다',
    '보관기간 내 미수령 시 발송인에게 반송됩니다',
    '7일 이내에 수령하지 않으면 발송인에게 반송됩니다',
    '보관기간이 지나면 발송인에게 반송됩니다',
    '수취인 부재 시 발송인에게 반송될 수 있습니다',
    '우체국에 보관 중입니다. 미수령 시 발송인에게 반송됩니다',
    '반품 신청이 가능합니다',
    '반송될 수 있습니다',
  ]);
});

describe('a planned return, more forms (fr, es, it, ru, uk, cs, zh, vi, ko)', () => {
  readsEach([
    ["Le colis sera retourné à l'expéditeur sous 48h", 'RETURNED_TO_SENDER'],
    ["Retour à l'expéditeur : votre colis va être renvoyé", 'RETURNED_TO_SENDER'],
    ['Votre colis sera retourné à son expéditeur', 'RETURNED_TO_SENDER'],
    ["Le destinataire a refusé le colis. Il va être renvoyé à l'expéditeur.", 'RETURNED_TO_SENDER'],
    ['El envío será devuelto a origen', 'RETURNED_TO_SENDER'],
    ['Dirección incorrecta, el paquete será devuelto al remitente', 'RETURNED_TO_SENDER'],
    ['La spedizione verrà restituita al mittente', 'RETURNED_TO_SENDER'],
    ['Indirizzo errato, il pacco verrà restituito al mittente', 'RETURNED_TO_SENDER'],
    ['Отправление будет возвращено', 'RETURNED_TO_SENDER'],
    ['Неверный адрес, отправление будет возвращено отправителю', 'RETURNED_TO_SENDER'],
    ['Відправлення буде повернено відправнику', 'RETURNED_TO_SENDER'],
    ['Невірна адреса, посилку буде повернуто відправнику', 'RETURNED_TO_SENDER'],
    ['Zásilka bude vrácena zpět', 'RETURNED_TO_SENDER'],
    ['Neznámý adresát, zásilka bude vrácena odesílateli', 'RETURNED_TO_SENDER'],
    ['快件将退回', 'RETURNED_TO_SENDER'],
    ['包裹将被退回发件人', 'RETURNED_TO_SENDER'],
    ['收件人拒签，快件将退回寄件人', 'RETURNED_TO_SENDER'],
    ['Đơn hàng sẽ được chuyển hoàn', 'RETURNED_TO_SENDER'],
    ['Đơn hàng sẽ được trả về người gửi', 'RETURNED_TO_SENDER'],
    ['Khách hàng từ chối nhận, đơn hàng sẽ được chuyển hoàn', 'RETURNED_TO_SENDER'],
    ['상품이 발송인에게 반송 처리될 예정입니다', 'RETURNED_TO_SENDER'],
    ['반송 예정입니다', 'RETURNED_TO_SENDER'],
    ['수취거절로 반송될 예정입니다', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    "Si vous ne retirez pas votre colis avant le 12/03, il sera retourné à l'expéditeur",
    "Si personne ne vient le chercher, le colis sera retourné à l'expéditeur",
    "En cas de refus, le colis sera retourné à l'expéditeur",
    "En cas d'absence prolongée, le colis sera retourné à l'expéditeur",
    'En caso de rechazo, el envío será devuelto al remitente',
    'En caso de ausencia, el envío será devuelto al remitente',
    'In caso di rifiuto la spedizione sarà restituita al mittente',
    'In caso di assenza il pacco verrà restituito al mittente',
    'В случае отказа отправление будет возвращено отправителю',
    'В случае невостребованности посылка будет возвращена отправителю',
    'После истечения срока хранения посылка будет возвращена отправителю',
    'У разі відмови відправлення буде повернуто відправнику',
    'Після спливу терміну зберігання посилку буде повернуто відправнику',
    'Zásilka bude vrácena odesílateli, jinak ji můžete vyzvednout na poště',
    'V případě odmítnutí bude zásilka vrácena odesílateli',
    '如收件人拒签，快件将退回寄件人',
    '若逾期未取，包裹将退回寄件人',
    '到期后包裹将退回寄件人',
    'Nếu không liên hệ được, đơn hàng sẽ được chuyển hoàn',
    'Đơn hàng có thể được chuyển hoàn',
    '수취인 부재 시 발송인에게 반송됩니다',
    '수취 거절 시 반송됩니다',
    '보관기간 경과 후 발송인에게 반송됩니다',
    '보관기간 만료 후 반송됩니다',
  ]);
});

describe('a planned return, the languages that already read it (pt, pl, nl, de, tr, ja)', () => {
  readsEach([
    ['O objeto será devolvido ao remetente', 'RETURNED_TO_SENDER'],
    ['A encomenda vai ser devolvida ao remetente', 'RETURNED_TO_SENDER'],
    ['Recusado pelo destinatário, o objeto será devolvido ao remetente', 'RETURNED_TO_SENDER'],
    ['Przesyłka zostanie zwrócona do nadawcy', 'RETURNED_TO_SENDER'],
    ['Paczka zostanie odesłana do nadawcy', 'RETURNED_TO_SENDER'],
    ['Het pakket wordt teruggestuurd naar de afzender', 'RETURNED_TO_SENDER'],
    ['Het pakket zal worden teruggestuurd naar de afzender', 'RETURNED_TO_SENDER'],
    ['Die Sendung wird an den Absender zurückgesendet', 'RETURNED_TO_SENDER'],
    ['Das Paket wird an den Absender zurückgeschickt', 'RETURNED_TO_SENDER'],
    ['Gönderi göndericiye iade edilecek', 'RETURNED_TO_SENDER'],
    ['Alıcı kabul etmedi, gönderi göndericiye iade edilecek', 'RETURNED_TO_SENDER'],
    ['お荷物は差出人に返送されます', 'RETURNED_TO_SENDER'],
    ['差出人へ返送予定です', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    'Se não for retirado em 7 dias, o objeto será devolvido ao remetente',
    'Caso não seja retirado, o objeto será devolvido ao remetente',
    'Após o prazo de guarda, o objeto será devolvido ao remetente',
    'Jeśli przesyłka nie zostanie odebrana w ciągu 7 dni, zostanie zwrócona do nadawcy',
    'Po upływie terminu odbioru przesyłka zostanie zwrócona do nadawcy',
    'W przypadku nieodebrania przesyłka zostanie zwrócona do nadawcy',
    'Indien het pakket niet binnen 7 dagen wordt opgehaald, wordt het teruggestuurd naar de afzender',
    'Als het pakket niet wordt opgehaald, gaat het retour afzender',
    'Wenn die Sendung nicht innerhalb von 7 Tagen abgeholt wird, geht sie an den Absender zurück',
    'Falls das Paket nicht abgeholt wird, wird es an den Absender zurückgesendet',
    'Bei Nichtabholung wird die Sendung an den Absender zurückgesendet',
    'Gönderi 7 gün içinde teslim alınmazsa göndericiye iade edilecektir',
    'Aksi halde gönderi göndericiye iade edilecektir',
    '保管期限までにお受け取りがない場合は差出人に返送されます',
    'お受け取りがない場合は差出人へ返送いたします',
  ]);
});

describe('a planned return, a failed delivery as the condition (fr, es, it, ru, uk, cs, zh, vi, ko)', () => {
  neverReturnedEach([
    "Si le colis ne peut être livré, il sera retourné à l'expéditeur",
    "S'il ne peut pas être livré, le colis sera retourné à l'expéditeur",
    "Au cas où le colis ne serait pas livré, il sera retourné à l'expéditeur",
    "Si la livraison échoue, le colis sera retourné à l'expéditeur",
    'Si no se puede entregar, el envío será devuelto al remitente',
    'Si no es entregado, el envío será devuelto al remitente',
    'En caso de no poder ser entregado, será devuelto al remitente',
    'Qualora non fosse consegnato, sarà restituito',
    'Se non consegnato, il pacco sarà restituito al mittente',
    'Nel caso in cui non fosse consegnata, la spedizione sarà restituita al mittente',
    'Ove non consegnato, sarà restituito al mittente',
    'Если отправление не будет вручено, оно будет возвращено отправителю',
    'Если посылка не доставлена, она будет возвращена отправителю',
    'Якщо відправлення не буде вручено, його буде повернуто відправнику',
    'Pokud zásilka nebude doručena, bude vrácena odesílateli',
    '如无法派送，快件将退回寄件人',
    'Nếu không giao được, đơn hàng sẽ được hoàn về người gửi',
    '배달 불가 시 발송인에게 반송됩니다',
  ]);
});

describe('a planned return, a "then", "after" or deadline word beside a delivery leaves it standing (fr, es, it, ru, cs, zh, vi, ko)', () => {
  readsEach([
    ["Colis livré le 12/03. Réclamation possible jusqu'au 20/03", 'DELIVERED'],
    ['Votre colis a été livré. Au-delà de 48h, contactez le service client', 'DELIVERED'],
    [
      'Colis livré. Sans réponse de votre part, nous considérons la livraison conforme',
      'DELIVERED',
    ],
    ['배송완료되었습니다. 7일 후 자동 구매확정됩니다', 'DELIVERED'],
    ['배송이 완료되었습니다. 기한 내 리뷰를 작성해 주세요', 'DELIVERED'],
    ['Entregado. Después será enviada una encuesta', 'DELIVERED'],
    ['Consegnato. Dopodiché riceverai una email di conferma', 'DELIVERED'],
    ['Вручено адресату. Затем будет отправлено уведомление', 'DELIVERED'],
    ['Doručeno. Poté bude odeslána faktura', 'DELIVERED'],
    ['已签收，之后将发送评价邀请', 'DELIVERED'],
    ['Đã giao hàng thành công. Sau đó sẽ gửi khảo sát', 'DELIVERED'],
  ]);
  neverReturnedEach([
    "Colis à retirer jusqu'au 12/03. Il sera retourné à l'expéditeur.",
    '보관기간이 지나면 발송인에게 반송됩니다',
    '7일 후 발송인에게 반송될 예정입니다',
  ]);
});

describe('a planned return, a condition word after a delivery leaves it standing; a return the recipient may request is none (fr, es, it, ru, uk, zh, vi, ko)', () => {
  readsEach([
    ["Colis livré. S'il ne vous est pas parvenu, contactez-nous", 'DELIVERED'],
    [
      "Votre colis a été livré. Si personne n'était présent, il a été déposé chez un voisin",
      'DELIVERED',
    ],
    ['Entregado. En caso de que no lo haya recibido, contacte con nosotros', 'DELIVERED'],
    ['Entregado al destinatario. De lo contrario, contacte con atención al cliente', 'DELIVERED'],
    ["Consegnato. Qualora non l'avessi ricevuto, contattaci", 'DELIVERED'],
    ['Consegnata al destinatario. Altrimenti contatta il servizio clienti', 'DELIVERED'],
    ['Вручено. В случае несогласия обратитесь в отделение', 'DELIVERED'],
    ['Отримано. Ви можете повернути товар протягом 14 днів', 'DELIVERED'],
    ['已签收。如无法找到包裹，请联系派件员', 'DELIVERED'],
    ['已签收，倘若有问题请联系客服', 'DELIVERED'],
  ]);
  neverReturnedEach([
    'Giao hàng thành công. Bạn có thể trả hàng trong vòng 7 ngày',
    '배송완료. 반품 신청이 가능합니다',
  ]);
});

describe('a planned return, a storage period, a deadline or "then" before the return (fr, es, it, ru, uk, cs, zh, vi, ko)', () => {
  neverReturnedEach([
    "Vous avez 14 jours pour le récupérer, passé ce délai il sera retourné à l'expéditeur.",
    "Délai de retrait : 10 jours. Au-delà, le colis sera retourné à l'expéditeur.",
    "Colis à retirer avant le 15/03. Après cette date, il sera retourné à l'expéditeur.",
    "Votre colis est conservé 15 jours avant d'être retourné à l'expéditeur",
    "Votre colis sera conservé 15 jours puis retourné à l'expéditeur",
    "Sans nouvelles de votre part sous 8 jours, le colis sera retourné à l'expéditeur",
    "Le colis est à votre disposition jusqu'au 15/03. Il sera ensuite retourné à l'expéditeur.",
    'Tiene 7 días para recogerlo. Después será devuelto al remitente.',
    'El envío permanecerá en la oficina 15 días antes de ser devuelto al remitente',
    'Si no es recogido antes del 15/03 será devuelto a origen',
    'Pasados 15 días sin recoger, el envío será devuelto al remitente',
    'Hai 10 giorni per ritirarlo, dopodiché sarà restituito al mittente',
    'La spedizione resterà in giacenza 10 giorni, poi verrà restituita al mittente',
    'Se non verrà ritirata, la spedizione sarà restituita al mittente',
    'Decorsi 10 giorni la spedizione sarà restituita al mittente',
    'Срок хранения 30 дней, затем отправление будет возвращено отправителю',
    'Посылка хранится 7 дней, после чего будет возвращена отправителю',
    'Заберите посылку до 12.03, иначе она будет возвращена отправителю',
    'Термін безкоштовного зберігання 5 днів, після цього посилку буде повернуто відправнику',
    'Заберіть посилку до 12.03, інакше її буде повернуто відправнику',
    'Якщо не заберете посилку, вона буде повернута відправнику',
    'Úložní doba je 7 dní, poté bude zásilka vrácena odesílateli',
    'Vyzvedněte si zásilku do 12.03., jinak bude vrácena odesílateli',
    'Zásilka bude uložena 7 dní a poté vrácena odesílateli',
    '快件在驿站保管7天，逾期将退回寄件人',
    '请在3天内取件，超过期限将退回寄件人',
    '包裹保留5天，之后将退回寄件人',
    '未按时领取的包裹将退回寄件人',
    'Vui lòng nhận hàng trước 12/03, sau thời gian này đơn hàng sẽ được hoàn về người gửi',
    'Đơn hàng được lưu 3 ngày, sau đó sẽ được chuyển hoàn',
    'Nếu quá hạn, đơn hàng sẽ được hoàn về người gửi',
    '보관기간은 7일이며 이후 발송인에게 반송됩니다',
    '기한 내 찾아가지 않으시면 발송인에게 반송됩니다',
    '7일 후 발송인에게 반송될 예정입니다',
    '기한 내 미수령 물품은 반송됩니다',
  ]);
});

describe('a conditional return beside a denied delivery is no delivery (it)', () => {
  neverDeliveredEach([
    ['Qualora non fosse consegnato, sarà restituito'],
    ['Nel caso in cui non fosse consegnata, la spedizione sarà restituita al mittente'],
  ]);
});

describe('a planned return in the simple future, Spanish', () => {
  readsEach([
    ['Se devolverá al remitente', 'RETURNED_TO_SENDER'],
    ['El paquete se devolverá al remitente', 'RETURNED_TO_SENDER'],
    ['Lo devolveremos al remitente', 'RETURNED_TO_SENDER'],
  ]);
  neverReturnedEach([
    'Si no se recoge, se devolverá al remitente',
    'En caso de ausencia, se devolverá al remitente',
    'Se devolverá el importe',
  ]);
});
