import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 11: word order. The delivery, collection, hand-over
// and arrival words with the place, recipient, negation or time before or after them ("Point Relais :
// colis livré", "En taquilla: entregado", "Consegna in locker effettuata", "No cacifo: entregue",
// "Στη θυρίδα: παραδόθηκε", "ללוקר נמסר"), beside real deliveries with the same words ("Point relais
// complet, colis livré à votre domicile", "Taquilla llena, entregado a vecino").

describe('French probes (romance11)', () => {
  readsEach([
    ['Point Relais : colis livré', 'WAITING_FOR_PICKUP'],
    ['Point Relais - colis livré', 'WAITING_FOR_PICKUP'],
    ['En point relais, colis livré', 'WAITING_FOR_PICKUP'],
    ['Au Point Retrait, votre colis a été livré', 'WAITING_FOR_PICKUP'],
    ['Dans votre Pickup Station, colis livré', 'WAITING_FOR_PICKUP'],
    ['Dans la consigne Pickup, colis déposé', 'WAITING_FOR_PICKUP'],
    ['En consigne : colis déposé', 'WAITING_FOR_PICKUP'],
    ['Au bureau de poste, votre colis est disponible', 'WAITING_FOR_PICKUP'],
    ['Livraison en point relais effectuée', 'WAITING_FOR_PICKUP'],
    ['Livraison au point relais effectuée', 'WAITING_FOR_PICKUP'],
    ['Livraison en Point Pickup effectuée', 'WAITING_FOR_PICKUP'],
    ['Livraison en consigne effectuée', 'WAITING_FOR_PICKUP'],
    ['Livraison en relais réussie', 'WAITING_FOR_PICKUP'],
    ['Colis livré en Point Relais', 'WAITING_FOR_PICKUP'],
    ['Colis livré au bureau de poste', 'WAITING_FOR_PICKUP'],
    ['Colis livré en Locker', 'WAITING_FOR_PICKUP'],
    ['Votre colis est livré dans le casier Pickup Station', 'WAITING_FOR_PICKUP'],
    ['Votre colis a été livré chez votre commerçant Relais Colis', 'WAITING_FOR_PICKUP'],
    ['Livré en point de retrait', 'WAITING_FOR_PICKUP'],
    ['Livré chez le commerçant', 'WAITING_FOR_PICKUP'],
    ['Livraison effectuée chez le voisin', 'DELIVERED'],
    ['Livraison effectuée en boîte aux lettres', 'DELIVERED'],
    ['Livraison effectuée', 'DELIVERED'],
    ['Colis livré au destinataire', 'DELIVERED'],
    ['Au destinataire, colis remis en main propre', 'DELIVERED'],
    ['En boîte aux lettres : colis livré', 'DELIVERED'],
    ['Colis livré dans la boîte aux lettres', 'DELIVERED'],
    ['Colis livré chez le voisin', 'DELIVERED'],
    ['Chez votre voisin, colis livré', 'DELIVERED'],
    ['Remis au gardien', 'DELIVERED'],
    ['Colis distribué', 'DELIVERED'],
    ['Votre colis a été livré', 'DELIVERED'],
    ['Livraison prévue', 'IN_TRANSIT'],
    ['Livraison prévue demain', 'IN_TRANSIT'],
    ['Livraison : prévue le 12/12', 'IN_TRANSIT'],
    ['Livraison non effectuée', 'EXCEPTION'],
    ['Livraison non effectuée, avis de passage déposé', 'WAITING_FOR_PICKUP'],
    ['Demain, votre colis sera livré', 'IN_TRANSIT'],
    ['Votre colis demain sera livré', 'IN_TRANSIT'],
    ['Colis remis au transporteur partenaire', 'IN_TRANSIT'],
    ['Remis à La Poste pour distribution', 'IN_TRANSIT'],
    ['Au livreur, colis confié', 'OUT_FOR_DELIVERY'],
    ['Colis remis au livreur', 'OUT_FOR_DELIVERY'],
    ["Colis déposé par l'expéditeur en point relais", 'IN_TRANSIT'],
    ["En point relais, colis déposé par l'expéditeur", 'IN_TRANSIT'],
    ["Colis en cours d'acheminement vers votre point relais", 'IN_TRANSIT'],
    ["Vers le point relais : colis en cours d'acheminement", 'IN_TRANSIT'],
    ['Avis de passage déposé dans votre boîte aux lettres', 'WAITING_FOR_PICKUP'],
    ['Dans votre boîte aux lettres, un avis de passage a été déposé', 'WAITING_FOR_PICKUP'],
    ['Au point relais, colis retiré par le destinataire', 'DELIVERED'],
    ['Colis retiré par le destinataire au point relais', 'DELIVERED'],
    ['Par le destinataire, colis retiré', 'DELIVERED'],
    ['Colis retiré en point relais', 'DELIVERED'],
    ['Colis disponible en point relais', 'WAITING_FOR_PICKUP'],
    ['Colis disponible au bureau de poste', 'WAITING_FOR_PICKUP'],
    ['Disponible au bureau de poste', 'WAITING_FOR_PICKUP'],
    ['Casier plein, colis livré au voisin', 'DELIVERED'],
    ['Point relais fermé, colis livré chez le voisin', 'DELIVERED'],
    ['Point relais fermé, colis livré en boîte aux lettres', 'DELIVERED'],
    ['Distribution en bureau de poste effectuée', 'WAITING_FOR_PICKUP'],
  ]);

  neverDeliveredEach([
    ['Livré : pas encore'],
    ['Livraison en point relais prévue'],
    ['Livraison en point relais prévue demain'],
    ['Au transporteur, colis remis'],
    ["Par l'expéditeur, colis déposé en bureau de poste"],
    ['Colis retiré par le transporteur'],
    ['Colis pas encore disponible en point relais'],
    ['Retrait en point relais : pas encore disponible'],
    ["Livraison à l'agence effectuée"],
  ]);
});

describe('Spanish probes (romance11)', () => {
  readsEach([
    ['En taquilla: entregado', 'WAITING_FOR_PICKUP'],
    ['En CityPaq, entregado', 'WAITING_FOR_PICKUP'],
    ['En oficina de Correos: entregado', 'WAITING_FOR_PICKUP'],
    ['En punto de recogida, paquete entregado', 'WAITING_FOR_PICKUP'],
    ['En el Punto Pack, su paquete ha sido entregado', 'WAITING_FOR_PICKUP'],
    ['Entrega en punto de conveniencia realizada', 'WAITING_FOR_PICKUP'],
    ['Entrega en oficina realizada', 'WAITING_FOR_PICKUP'],
    ['Entrega en taquilla completada', 'WAITING_FOR_PICKUP'],
    ['Entrega en Punto Pack efectuada', 'WAITING_FOR_PICKUP'],
    ['Entregado en taquilla', 'WAITING_FOR_PICKUP'],
    ['Entregado en punto de recogida', 'WAITING_FOR_PICKUP'],
    ['Depositado en Citypaq', 'WAITING_FOR_PICKUP'],
    ['Entregado en Locker InPost', 'WAITING_FOR_PICKUP'],
    ['Entregado en tienda', 'WAITING_FOR_PICKUP'],
    ['Entregado al destinatario', 'DELIVERED'],
    ['Al destinatario: entregado', 'DELIVERED'],
    ['Entregado a vecino', 'DELIVERED'],
    ['Al vecino, entregado', 'DELIVERED'],
    ['En buzón: entregado', 'DELIVERED'],
    ['Entregado en buzón', 'DELIVERED'],
    ['Entrega realizada', 'DELIVERED'],
    ['Entrega realizada en domicilio', 'DELIVERED'],
    ['Taquilla llena, entregado a vecino', 'DELIVERED'],
    ['Taquilla llena, entregado al destinatario en domicilio', 'DELIVERED'],
    ['Entrega: no realizada', 'EXCEPTION'],
    ['Entregado al transportista colaborador', 'IN_TRANSIT'],
    ['Recogido por el destinatario en oficina', 'DELIVERED'],
    ['En oficina, recogido por el destinatario', 'DELIVERED'],
    ['Por el destinatario recogido', 'DELIVERED'],
    ['Recogido por el mensajero', 'IN_TRANSIT'],
  ]);

  neverDeliveredEach([
    ['Entrega prevista'],
    ['Entrega en punto de recogida prevista'],
    ['Mañana será entregado'],
    ['Entregado mañana'],
    ['Al transportista: entregado'],
    ['Entregado en oficina por el remitente'],
    ['Por el remitente, depositado en oficina'],
  ]);
});

describe('Italian probes (romance11)', () => {
  readsEach([
    ['Consegna in locker effettuata', 'WAITING_FOR_PICKUP'],
    ['Consegna presso punto di ritiro effettuata', 'WAITING_FOR_PICKUP'],
    ['Consegna al Punto Poste effettuata', 'WAITING_FOR_PICKUP'],
    ['Consegna in Fermopoint avvenuta', 'WAITING_FOR_PICKUP'],
    ['Presso il Punto Poste: consegnato', 'WAITING_FOR_PICKUP'],
    ['Nel locker, spedizione consegnata', 'WAITING_FOR_PICKUP'],
    ['Al BRT-fermopoint consegnata', 'WAITING_FOR_PICKUP'],
    ['In ufficio postale: consegnato', 'WAITING_FOR_PICKUP'],
    ['Consegnato al punto di ritiro', 'WAITING_FOR_PICKUP'],
    ['Consegnata in Locker', 'WAITING_FOR_PICKUP'],
    ['Consegna effettuata', 'DELIVERED'],
    ['Consegna effettuata al destinatario', 'DELIVERED'],
    ['Al destinatario consegnata', 'DELIVERED'],
    ['Consegnata al vicino', 'DELIVERED'],
    ['Al vicino consegnata', 'DELIVERED'],
    ['Locker pieno, consegnata al destinatario', 'DELIVERED'],
    ['Locker pieno, consegnata al vicino', 'DELIVERED'],
    ['Consegna: non effettuata', 'EXCEPTION'],
    ['Al corriere affidata', 'IN_TRANSIT'],
    ['Spedizione affidata al corriere', 'IN_TRANSIT'],
    ['Dal destinatario ritirata', 'DELIVERED'],
    ['Ritirata dal destinatario presso il Punto Poste', 'DELIVERED'],
    ['Presso il Punto Poste ritirata dal destinatario', 'DELIVERED'],
    ['Ritirata dal corriere', 'IN_TRANSIT'],
  ]);

  neverDeliveredEach([
    ['Consegna prevista'],
    ['Consegna in locker prevista'],
    ['Al vettore partner consegnata'],
    ['Depositata dal mittente presso il Punto Poste'],
    ["Dal mittente depositata presso l'ufficio postale"],
  ]);
});

describe('Portuguese probes (romance11)', () => {
  readsEach([
    ['Entrega no ponto de recolha concluída', 'WAITING_FOR_PICKUP'],
    ['Entrega em cacifo efetuada', 'WAITING_FOR_PICKUP'],
    ['Entrega no Locker concluída', 'WAITING_FOR_PICKUP'],
    ['Entrega na loja efetuada', 'WAITING_FOR_PICKUP'],
    ['No cacifo: entregue', 'WAITING_FOR_PICKUP'],
    ['No ponto Pickup, encomenda entregue', 'WAITING_FOR_PICKUP'],
    ['Na agência dos Correios: objeto entregue', 'WAITING_FOR_PICKUP'],
    ['Entregue no cacifo', 'WAITING_FOR_PICKUP'],
    ['Entregue em ponto de recolha', 'WAITING_FOR_PICKUP'],
    ['Entregue na agência', 'WAITING_FOR_PICKUP'],
    ['Entrega concluída', 'DELIVERED'],
    ['Entrega efetuada', 'DELIVERED'],
    ['Objeto entregue ao destinatário', 'DELIVERED'],
    ['Ao destinatário: entregue', 'DELIVERED'],
    ['Ao vizinho entregue', 'DELIVERED'],
    ['Cacifo cheio, entregue ao destinatário', 'DELIVERED'],
    ['Entrega não realizada', 'EXCEPTION'],
    ['Levantado pelo destinatário no ponto de recolha', 'DELIVERED'],
    ['No ponto de recolha, levantado pelo destinatário', 'DELIVERED'],
    ['Pelo destinatário levantado', 'DELIVERED'],
    ['Depositado pelo remetente no ponto de recolha', 'IN_TRANSIT'],
  ]);

  neverDeliveredEach([
    ['Entrega no cacifo prevista'],
    ['Ao transportador entregue'],
    ['Entregue à transportadora parceira'],
    ['Pelo remetente depositado na agência'],
  ]);
});

describe('Romanian probes (romance11)', () => {
  readsEach([
    ['Livrare în easybox efectuată', 'WAITING_FOR_PICKUP'],
    ['În easybox: livrat', 'WAITING_FOR_PICKUP'],
    ['În easybox, coletul a fost livrat', 'WAITING_FOR_PICKUP'],
    ['La punctul de ridicare, livrat', 'WAITING_FOR_PICKUP'],
    ['Livrat în easybox', 'WAITING_FOR_PICKUP'],
    ['Livrat la oficiul poștal', 'WAITING_FOR_PICKUP'],
    ['Livrat destinatarului', 'DELIVERED'],
    ['Destinatarului livrat', 'DELIVERED'],
    ['Livrare efectuată', 'DELIVERED'],
    ['Predat curierului', 'IN_TRANSIT'],
    ['Ridicat de destinatar din easybox', 'DELIVERED'],
    ['Din easybox ridicat de destinatar', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Livrare programată'],
    ['Livrare în easybox programată'],
    ['Curierului predat'],
  ]);
});

describe('Catalan probes (romance11)', () => {
  readsEach([
    ['Lliurament a la taquilla realitzat', 'WAITING_FOR_PICKUP'],
    ["A l'oficina: lliurat", 'WAITING_FOR_PICKUP'],
    ["Lliurat a l'oficina", 'WAITING_FOR_PICKUP'],
    ['Lliurat al destinatari', 'DELIVERED'],
    ['Al destinatari: lliurat', 'DELIVERED'],
    ['Lliurament realitzat', 'DELIVERED'],
  ]);

  neverDeliveredEach([['Lliurament previst']]);
});

describe('English probes (romance11)', () => {
  readsEach([
    ['Locker delivery completed', 'WAITING_FOR_PICKUP'],
    ['Pickup point delivery completed', 'WAITING_FOR_PICKUP'],
    ['Access Point delivery successful', 'WAITING_FOR_PICKUP'],
    ['In the pickup point: delivered', 'WAITING_FOR_PICKUP'],
    ['Delivered to parcel locker', 'WAITING_FOR_PICKUP'],
    ['Delivered to pickup point', 'WAITING_FOR_PICKUP'],
    ['Delivered to Post Office', 'WAITING_FOR_PICKUP'],
    ['Delivered to Amazon Hub Locker', 'WAITING_FOR_PICKUP'],
    ['Delivered to UPS Access Point', 'WAITING_FOR_PICKUP'],
    ['Delivered to your Parcelshop', 'WAITING_FOR_PICKUP'],
    ['Locker full, delivered to neighbour', 'DELIVERED'],
    ['Locker full - delivered to recipient', 'DELIVERED'],
    ['Delivered to neighbour', 'DELIVERED'],
    ['To neighbour delivered', 'DELIVERED'],
    ['To recipient delivered', 'DELIVERED'],
    ['Front door: delivered', 'DELIVERED'],
    ['In mailbox: delivered', 'DELIVERED'],
    ['Delivered, in mailbox', 'DELIVERED'],
    ['Delivered to front door', 'DELIVERED'],
    ['Signed for by: J SMITH', 'DELIVERED'],
    ['Delivered - signed for by J SMITH', 'DELIVERED'],
    ['Home delivery completed', 'DELIVERED'],
    ['Delivery completed', 'DELIVERED'],
    ['Delivery completed to the locker', 'WAITING_FOR_PICKUP'],
    ['Delivery: not completed', 'EXCEPTION'],
    ['Delivery not completed', 'EXCEPTION'],
    ['To the courier handed over', 'IN_TRANSIT'],
    ['Handed over to partner carrier', 'IN_TRANSIT'],
    ['Partner carrier: handed over', 'IN_TRANSIT'],
    ['Delivered to carrier', 'IN_TRANSIT'],
    ['Delivered to the local courier', 'IN_TRANSIT'],
    ['Local courier delivery handover', 'IN_TRANSIT'],
    ['By the recipient collected', 'DELIVERED'],
    ['Collected by recipient from locker', 'DELIVERED'],
    ['From locker collected by recipient', 'DELIVERED'],
    ['Collected by courier', 'IN_TRANSIT'],
    ['Dropped off by sender at the pickup point', 'IN_TRANSIT'],
    ['At the pickup point dropped off by sender', 'IN_TRANSIT'],
    ['Parcel is on its way to the pickup point', 'IN_TRANSIT'],
    ['Delivered at post office counter', 'WAITING_FOR_PICKUP'],
    ['Notice card left in mailbox', 'WAITING_FOR_PICKUP'],
    ['In mailbox, notice card left', 'WAITING_FOR_PICKUP'],
  ]);

  neverDeliveredEach([
    ['Locker delivery scheduled'],
    ['Delivery to pickup point scheduled'],
    ['Delivery tomorrow'],
    ['By the courier collected'],
    ['Delivery to Post Office completed'],
  ]);
});

describe('Greek probes (romance11)', () => {
  readsEach([
    ['Παραδόθηκε', 'DELIVERED'],
    ['Στη θυρίδα: παραδόθηκε', 'WAITING_FOR_PICKUP'],
    ['Στο σημείο παραλαβής παραδόθηκε', 'WAITING_FOR_PICKUP'],
    ['Στο BOX NOW locker παραδόθηκε', 'WAITING_FOR_PICKUP'],
    ['Παράδοση σε θυρίδα ολοκληρώθηκε', 'WAITING_FOR_PICKUP'],
    ['Παράδοση σε locker', 'WAITING_FOR_PICKUP'],
    ['Παραδόθηκε στο κατάστημα ΕΛΤΑ', 'WAITING_FOR_PICKUP'],
    ['Στον παραλήπτη παραδόθηκε', 'DELIVERED'],
    ['Παραδόθηκε στον γείτονα', 'DELIVERED'],
    ['Στον γείτονα παραδόθηκε', 'DELIVERED'],
    ['Παράδοση ολοκληρώθηκε', 'DELIVERED'],
    ['Παραλήφθηκε από τον παραλήπτη', 'DELIVERED'],
    ['Από τον παραλήπτη παραλήφθηκε', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Θα παραδοθεί αύριο'],
    ['Παράδοση προγραμματισμένη'],
    ['Στον μεταφορέα παραδόθηκε'],
    ['Παραδόθηκε στο κατάστημα από τον αποστολέα'],
    ['Από τον αποστολέα παραδόθηκε στο κατάστημα'],
    ['Παραλήφθηκε από τον courier'],
  ]);
});

describe('Arabic probes (romance11)', () => {
  readsEach([
    ['تم التسليم', 'DELIVERED'],
    ['تم التسليم إلى نقطة الاستلام', 'WAITING_FOR_PICKUP'],
    ['في نقطة الاستلام: تم التسليم', 'WAITING_FOR_PICKUP'],
    ['إلى الخزانة الذكية تم التسليم', 'WAITING_FOR_PICKUP'],
    ['تم التوصيل إلى الخزانة', 'WAITING_FOR_PICKUP'],
    ['تم تسليم الشحنة إلى المستلم', 'DELIVERED'],
    ['إلى المستلم تم التسليم', 'DELIVERED'],
    ['تم التسليم للجار', 'DELIVERED'],
    ['التسليم: لم يتم', 'EXCEPTION'],
    ['تم الاستلام من قبل المستلم من نقطة الاستلام', 'DELIVERED'],
    ['من نقطة الاستلام تم الاستلام من قبل العميل', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['تم التسليم إلى مكتب البريد'],
    ['تم التسليم في مكتب البريد'],
    ['تم التسليم إلى المندوب'],
    ['إلى شركة الشحن الشريكة تم التسليم'],
    ['التسليم مجدول غدا'],
    ['سيتم التسليم غدا'],
  ]);
});

describe('Hebrew probes (romance11)', () => {
  readsEach([
    ['נמסר', 'DELIVERED'],
    ['נמסר ללוקר', 'WAITING_FOR_PICKUP'],
    ['ללוקר נמסר', 'WAITING_FOR_PICKUP'],
    ['לנקודת האיסוף נמסרה החבילה', 'WAITING_FOR_PICKUP'],
    ['החבילה נמסרה לנקודת איסוף', 'WAITING_FOR_PICKUP'],
    ['נמסר לנקודת חלוקה', 'WAITING_FOR_PICKUP'],
    ['נמסר לסניף הדואר', 'WAITING_FOR_PICKUP'],
    ['נמסר לנמען', 'DELIVERED'],
    ['לנמען נמסר', 'DELIVERED'],
    ['נמסר לשכן', 'DELIVERED'],
    ['לא נמסר', 'EXCEPTION'],
    ['המסירה לא בוצעה', 'EXCEPTION'],
    ['מסירה בוצעה', 'DELIVERED'],
    ['מסירה ללוקר בוצעה', 'WAITING_FOR_PICKUP'],
  ]);

  neverDeliveredEach([['לשליח נמסר'], ['נמסר לשליח'], ['יימסר מחר']]);
});

describe('Confusable pairs, all languages probes (romance11)', () => {
  readsEach([
    ['Point relais complet, colis livré à votre domicile', 'DELIVERED'],
    ['Point Relais fermé : colis livré à domicile', 'DELIVERED'],
    ['Point relais indisponible, colis livré au destinataire', 'DELIVERED'],
    ['Point relais saturé, votre colis a été livré à votre adresse', 'DELIVERED'],
    ['Consigne pleine, colis livré en main propre', 'DELIVERED'],
    ["En l'absence de point relais, colis livré à domicile", 'DELIVERED'],
    ['Au domicile, colis livré', 'DELIVERED'],
    ['À votre adresse : colis livré', 'DELIVERED'],
    ['Taquilla llena, paquete entregado en domicilio', 'DELIVERED'],
    ['En domicilio: entregado', 'DELIVERED'],
    ['En la dirección indicada, entregado', 'DELIVERED'],
    ['En mano: entregado', 'DELIVERED'],
    ['Punto de recogida cerrado, entregado en domicilio', 'DELIVERED'],
    ['Locker pieno, consegnata a domicilio', 'DELIVERED'],
    ['Presso il domicilio consegnata', 'DELIVERED'],
    ['In portineria consegnata', 'DELIVERED'],
    ['Cacifo cheio, entregue na morada', 'DELIVERED'],
    ['Na morada: entregue', 'DELIVERED'],
    ['No endereço entregue', 'DELIVERED'],
    ['Em mão: entregue', 'DELIVERED'],
    ['No domicílio entregue', 'DELIVERED'],
    ['Ponto de recolha fechado, entregue no domicílio', 'DELIVERED'],
    ['Easybox plin, livrat la domiciliu', 'DELIVERED'],
    ['La domiciliu: livrat', 'DELIVERED'],
    ['La adresa destinatarului, livrat', 'DELIVERED'],
    ['A domicili: lliurat', 'DELIVERED'],
    ['Taquilla plena, lliurat al domicili', 'DELIVERED'],
    ['Στη διεύθυνση παραδόθηκε', 'DELIVERED'],
    ['Θυρίδα γεμάτη, παραδόθηκε στον παραλήπτη', 'DELIVERED'],
    ['الخزانة ممتلئة، تم التسليم للعميل', 'DELIVERED'],
    ['في العنوان: تم التسليم', 'DELIVERED'],
    ['לוקר מלא, נמסר לנמען', 'DELIVERED'],
    ['Pickup point closed, delivered to recipient', 'DELIVERED'],
    ['Parcelshop closed - delivered to neighbour', 'DELIVERED'],
    ['Delivered, In/At Mailbox', 'DELIVERED'],
    ['Delivered, Front Door/Porch', 'DELIVERED'],
    ['Delivered by Local Post Office', 'DELIVERED'],
  ]);
});

describe('Headline nouns, negation after, towards, all languages probes (romance11)', () => {
  readsEach([
    ['Livraison du colis en point relais effectuée', 'WAITING_FOR_PICKUP'],
    ['Livraison pas encore effectuée', 'EXCEPTION'],
    ['Livraison : non effectuée', 'EXCEPTION'],
    ['Votre colis : livraison prévue demain en point relais', 'IN_TRANSIT'],
    ['En route vers votre point relais', 'IN_TRANSIT'],
    ['Colis en route vers le point de retrait', 'IN_TRANSIT'],
    ['Retrait du colis par le destinataire effectué', 'DELIVERED'],
    ['Retrait effectué par le destinataire', 'DELIVERED'],
    ['Retrait en point relais effectué', 'DELIVERED'],
    ['Par le facteur, colis remis au destinataire', 'DELIVERED'],
    ['Au destinataire remis en main propre', 'DELIVERED'],
    ['Entrega todavía no realizada', 'EXCEPTION'],
    ['Entrega aún no efectuada', 'EXCEPTION'],
    ['En camino a la oficina de destino', 'IN_TRANSIT'],
    ['En camino al punto de recogida', 'IN_TRANSIT'],
    ['Recogida por el destinatario realizada', 'DELIVERED'],
    ['Recogido en oficina por el destinatario', 'DELIVERED'],
    ['Por el destinatario, recogido en la oficina', 'DELIVERED'],
    ['En el domicilio del destinatario: entregado', 'DELIVERED'],
    ['Al portero entregado', 'DELIVERED'],
    ['Consegna non ancora effettuata', 'EXCEPTION'],
    ['Consegna: non avvenuta', 'EXCEPTION'],
    ['In viaggio verso il Punto Poste', 'IN_TRANSIT'],
    ['In transito verso il locker', 'IN_TRANSIT'],
    ['Ritiro effettuato dal destinatario', 'DELIVERED'],
    ['Ritiro presso il Punto Poste effettuato', 'DELIVERED'],
    ["Dal destinatario ritirato presso l'ufficio postale", 'DELIVERED'],
    ['Al portiere consegnata', 'DELIVERED'],
    ['Al destinatario recapitata', 'DELIVERED'],
    ['Entrega ainda não realizada', 'EXCEPTION'],
    ['Entrega ainda não efetuada', 'EXCEPTION'],
    ['Amanhã, entrega no ponto de recolha', 'IN_TRANSIT'],
    ['A caminho do ponto de recolha', 'IN_TRANSIT'],
    ['Em trânsito para o cacifo', 'IN_TRANSIT'],
    ['Levantamento efetuado pelo destinatário', 'DELIVERED'],
    ['Levantamento no ponto de recolha concluído', 'DELIVERED'],
    ['Pelo destinatário levantada no ponto de recolha', 'DELIVERED'],
    ['Ao porteiro entregue', 'DELIVERED'],
    ['Livrare neefectuată', 'EXCEPTION'],
    ['Livrarea nu a fost efectuată', 'EXCEPTION'],
    ['În drum spre easybox', 'IN_TRANSIT'],
    ['Ridicare efectuată de destinatar', 'DELIVERED'],
    ['Coletul a fost ridicat de destinatar din easybox', 'DELIVERED'],
    ['Lliurament no realitzat', 'EXCEPTION'],
    ["En camí a l'oficina", 'IN_TRANSIT'],
    ["Recollit a l'oficina pel destinatari", 'DELIVERED'],
    ['Pickup point: parcel collected by recipient', 'DELIVERED'],
    ['Access Point: package picked up by customer', 'DELIVERED'],
    ['Locker: parcel collected by courier', 'IN_TRANSIT'],
    ['On its way to your pickup point', 'IN_TRANSIT'],
    ['Delivery not yet completed', 'EXCEPTION'],
    ['Your parcel: delivered to your neighbour', 'DELIVERED'],
    ['Η παράδοση δεν πραγματοποιήθηκε', 'EXCEPTION'],
    ['Παράδοση: δεν πραγματοποιήθηκε', 'EXCEPTION'],
    ["Καθ' οδόν προς το σημείο παραλαβής", 'IN_TRANSIT'],
    ['Από τη θυρίδα παραλήφθηκε από τον παραλήπτη', 'DELIVERED'],
    ['في الطريق إلى نقطة الاستلام', 'IN_TRANSIT'],
    ['سيتم التسليم إلى نقطة الاستلام غدا', 'IN_TRANSIT'],
    ['لم يتم التسليم بعد', 'EXCEPTION'],
    ['تم استلام الشحنة من قبل العميل من الخزانة', 'DELIVERED'],
    ['בדרך ללוקר', 'IN_TRANSIT'],
    ['החבילה נאספה מהלוקר על ידי הנמען', 'DELIVERED'],
    ['המסירה טרם בוצעה', 'EXCEPTION'],
  ]);

  neverDeliveredEach([
    ['Demain, livraison en point relais'],
    ["Colis retourné à l'expéditeur si non retiré sous 14 jours"],
    ["Si non retiré, retour à l'expéditeur"],
    ["Dépôt en point relais par l'expéditeur"],
    ['Mañana, entrega en punto de recogida'],
    ['Devuelto al remitente si no se recoge en 15 días'],
    ['Depositado por el remitente en Punto Pack'],
    ['Domani, consegna presso il Punto Poste'],
    ['In caso di mancato ritiro, rientro al mittente'],
    ['Será devolvido ao remetente caso não seja levantado'],
    ['Mâine, livrare în easybox'],
    ['Predat de expeditor în easybox'],
    ['Delivery to the parcel locker scheduled for tomorrow'],
    ['Η αποστολή θα παραδοθεί στη θυρίδα'],
    ['Παραδόθηκε στη θυρίδα από τον αποστολέα'],
  ]);
});
