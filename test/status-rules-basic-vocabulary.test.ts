import { describe, expect, it } from 'vitest';
import { statusOf } from './support/normalizer.js';

// One plain wording per status that a language's rules missed, found by hand-written probes.
describe('plain status wordings in either word order', () => {
  it('reads a wrong address after the noun (pl) as an exception', () => {
    expect(statusOf('Adres nieprawidłowy')).toBe('EXCEPTION');
    expect(statusOf('Adres niepełny, prosimy o kontakt')).toBe('EXCEPTION');
  });

  it('reads shipment data received (tr) as information received', () => {
    expect(statusOf('Gönderi bilgisi alındı')).toBe('INFO_RECEIVED');
  });

  it('reads a parcel kept by customs (ja, cs) as held by customs, not waiting for pickup', () => {
    expect(statusOf('税関で保管中')).toBe('HELD_BY_CUSTOMS');
    expect(statusOf('Zásilka zadržena celní správou')).toBe('HELD_BY_CUSTOMS');
    expect(statusOf('Zásilka je zadržena na celnici')).toBe('HELD_BY_CUSTOMS');
    // Held without customs: a problem, and no typo guess turns it into a pickup.
    expect(statusOf('Zásilka zadržena')).toBe('EXCEPTION');
  });

  it('reads a lost parcel in the past tense (pl) and wrong recipient details (zh) as exceptions', () => {
    expect(statusOf('Przesyłka zaginęła')).toBe('EXCEPTION');
    // InPost: the time to collect from the Paczkomat ran out.
    expect(statusOf('Przesyłka przeterminowana')).toBe('EXCEPTION');
    expect(statusOf('收件人信息有误')).toBe('EXCEPTION');
    expect(statusOf('电话号码有误，无法联系收件人')).toBe('EXCEPTION');
  });

  it('reads an addressee not found at the address (ja) as an exception', () => {
    expect(statusOf('あて所に尋ねあたりません')).toBe('EXCEPTION');
  });

  it('reads a card left after a failed delivery (nl) as waiting for pickup, and no card as nothing', () => {
    expect(statusOf('Zending niet bezorgd, kaart achtergelaten')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Geen kaart achtergelaten')).toBe('UNKNOWN');
  });

  it('reads a parcel moving within the network (en) as in transit, and a stalled one as nothing', () => {
    expect(
      statusOf('Your package is moving within the USPS network and is on track to be delivered'),
    ).toBe('IN_TRANSIT');
    expect(statusOf('Your package is not moving within the network')).toBe('UNKNOWN');
  });

  it('reads a notice put in the letterbox as waiting for pickup, the parcel put there as delivered', () => {
    for (const message of [
      'Avis de passage déposé dans la boîte aux lettres',
      'Avviso lasciato nella cassetta postale',
      'Benachrichtigung in den Briefkasten eingeworfen',
      'Card left in letterbox',
      'Delivery notice placed in your letterbox',
      'We posted a card through your door',
      'Notification déposée dans votre boîte aux lettres',
    ]) {
      expect(statusOf(message), message).toBe('WAITING_FOR_PICKUP');
    }
    for (const message of [
      'Colis déposé dans la boîte aux lettres',
      'Pacco lasciato nella cassetta postale',
      'Paket in den Briefkasten eingeworfen',
      'Parcel left in letterbox',
      // The notice names the neighbour; the parcel went to the neighbour.
      "Votre colis est livré au voisin indiqué sur l'avis déposé dans la boîte aux lettres du destinataire.",
    ]) {
      expect(statusOf(message), message).toBe('DELIVERED');
    }
  });

  it('reads "delivery notice" as a notice, not as "delivery not …"', () => {
    expect(statusOf('Delivery notification sent')).not.toBe('EXCEPTION');
    expect(statusOf('Delivery not possible')).toBe('EXCEPTION');
  });

  it('never reads a parcel that will be left in the letterbox (pt) as delivered', () => {
    expect(statusOf('A encomenda será deixada na caixa de correio')).not.toBe('DELIVERED');
    expect(statusOf('A encomenda foi deixada na caixa de correio')).toBe('DELIVERED');
  });

  it('never reads a hand-over still to come, or one to a depot or warehouse, as delivered', () => {
    for (const message of [
      "Livré à l'entrepôt",
      'Entregado en el almacén',
      'Bezorgd bij het depot',
      '倉庫に配達されました',
      'Die Sendung wird beim Nachbarn abgegeben',
      '包裹将交给邻居代收',
    ]) {
      expect(statusOf(message), message).not.toBe('DELIVERED');
    }
    for (const message of [
      'Die Sendung wurde beim Nachbarn abgegeben',
      '包裹已交给邻居代收',
      'Bezorgd bij de buren',
    ]) {
      expect(statusOf(message), message).toBe('DELIVERED');
    }
  });

  it('reads lockers, counters and reception desks as each language words them', () => {
    expect(statusOf('Paketmatiğe teslim edildi')).toBe('WAITING_FOR_PICKUP');
    for (const message of [
      'Retiré en point relais',
      'Abgegeben an der Rezeption',
      'Abgeholt in der Packstation',
      'コンビニで受け取りました',
    ]) {
      expect(statusOf(message), message).toBe('DELIVERED');
    }
    expect(statusOf('Le colis sera retiré en point relais')).not.toBe('DELIVERED');
  });

  it("reads Russian Post's addressee-moved and tracking-number operations", () => {
    expect(statusOf('Выбыл из адреса')).toBe('EXCEPTION');
    expect(statusOf('Неудачная попытка вручения: адресат выбыл из адреса')).toBe('EXCEPTION');
    expect(statusOf('Нанесение трек-номера')).toBe('INFO_RECEIVED');
  });

  it('never reads a hand-over to another carrier, named, as delivered', () => {
    for (const message of [
      'Delivered to DPD',
      'Handed to GLS',
      'Delivered to Royal Mail',
      'Zugestellt an DPD',
      'Livré à Colissimo',
      'Entregado a SEUR',
      'Entregue à DHL',
      'Doręczono do InPost',
      'Вручено Почте России',
      "Yurtiçi Kargo'ya teslim edildi",
    ]) {
      expect(statusOf(message), message).not.toBe('DELIVERED');
    }
    for (const message of [
      'Delivered to your letterbox by Royal Mail',
      'Zugestellt durch DPD',
      'Livré par Colissimo',
      'Entregado por SEUR',
      'Doręczono przez InPost',
    ]) {
      expect(statusOf(message), message).toBe('DELIVERED');
    }
  });

  it('reads receipt by the recipient as delivered, and receipt still to come as not', () => {
    for (const message of [
      'Ricevuto dal destinatario',
      'Ontvangen door de ontvanger',
      'Vom Empfänger empfangen',
      'お客様が受領',
      '수령인 수령',
    ]) {
      expect(statusOf(message), message).toBe('DELIVERED');
    }
    for (const message of [
      'Sarà ricevuto dal destinatario',
      'Wordt ontvangen door de ontvanger',
      'Non ricevuto dal destinatario',
      'Il pacco sarà ritirato dal destinatario',
    ]) {
      expect(statusOf(message), message).not.toBe('DELIVERED');
    }
  });

  it('never reads a delivery that can, may or should still happen as delivered', () => {
    for (const message of [
      'Het pakket kan maandag bezorgd worden',
      'Przesyłka może zostać doręczona w poniedziałek',
      'Przesyłka ma zostać doręczona w poniedziałek',
      'Посылка может быть доставлена в понедельник',
      'Zásilka může být doručena v pondělí',
      '包裹应于明天送达',
      '包裹可于周一签收',
    ]) {
      expect(statusOf(message), message).not.toBe('DELIVERED');
    }
    for (const message of [
      'Przesyłka została doręczona',
      'Zásilka byla doručena',
      '已于周一签收',
    ]) {
      expect(statusOf(message), message).toBe('DELIVERED');
    }
  });

  it('reads a delivery not made yet, with words between, as not delivered', () => {
    expect(statusOf('Przesyłka nie została jeszcze doręczona')).toBe('EXCEPTION');
    expect(statusOf('荷物はまだ配達されていません')).toBe('EXCEPTION');
    expect(statusOf('Delivery to the recipient was not possible')).toBe('EXCEPTION');
    expect(statusOf('Delivery to the address was not possible, notice left')).toBe(
      'WAITING_FOR_PICKUP',
    );
  });

  it('never reads a clause about after the delivery, or a delivery by mistake, as delivered', () => {
    for (const message of [
      'Once delivered, you will receive an email',
      'When delivered, please check the contents',
      'Une fois livré, vous recevrez un e-mail',
      'Una vez entregado, recibirá un correo',
      'Una volta consegnato, riceverai una email',
      '签收后请检查包裹',
      '配達完了後にメールが届きます',
      '배송완료 후 알림이 발송됩니다',
    ]) {
      expect(statusOf(message), message).not.toBe('DELIVERED');
    }
    expect(statusOf('Delivered by mistake to another address')).toBe('EXCEPTION');
    expect(statusOf('Mis-delivered')).toBe('EXCEPTION');
    expect(statusOf('Delivered after a second attempt')).toBe('DELIVERED');
  });
});
