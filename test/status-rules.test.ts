import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleFiles, normalizerRules } from '../src/db/content.js';
import {
  compileRuleEntry,
  type RuleFile,
  RulePhraseError,
} from '../src/domain/status-rule-language.js';
import { RuleSet, statusBit } from '../src/domain/status-rules.js';
import { normalizeMessage } from '../src/domain/text-normalize.js';
// Rules plus alias phrases, as the product reads a message.
import { contentIndex as index } from './support/normalizer.js';

/** A one-file rule set in a made-up language `xx`, read as `status(text)`. */
function tinyRules(file: Omit<RuleFile, 'language' | 'name'>) {
  const set = new RuleSet([{ language: 'xx', name: 'X', ...file }]);
  return (text: string) => set.evaluate(text)?.status;
}

const rules = normalizerRules();
const read = (message: string) => rules.evaluate(normalizeMessage(message))?.status ?? 'UNKNOWN';
const matches = (entry: string, message: string) =>
  new RegExp(compileRuleEntry(entry)).test(normalizeMessage(message));

describe('rule phrase syntax', () => {
  it('matches whole words, stems, alternatives, optional words and gaps', () => {
    expect(matches('zugestellt', 'Sendung zugestellt')).toBe(true);
    expect(matches('zugestellt', 'Sendung zugestelltx')).toBe(false);
    expect(matches('doręczon*', 'Przesyłka DORĘCZONA')).toBe(true);
    expect(matches('odebran* przez kuriera', 'Przesyłka odebrana przez kuriera')).toBe(true);
    expect(matches('odebrana/odebrano paczka', 'odebrano paczka')).toBe(true);
    expect(matches('left at the? door', 'left at door')).toBe(true);
    expect(matches('attempt ~ refused', 'attempt made, delivery refused')).toBe(true);
    expect(matches('attempt ~ refused', 'attempt one two three four refused')).toBe(false);
  });

  it('lets a gap between Korean words span about three words, as between spaced words', () => {
    expect(matches('인근 ~ 도착', '고객님의 인근 터미널/간선에 도착하였습니다')).toBe(true);
    expect(matches('인근 ~ 도착', '인근 터미널에서 출발하여 다른 지역의 허브를 거쳐 도착')).toBe(
      false,
    );
    expect(matches('到达 ~ 营业部', '快件已到达北京市朝阳区华润营业部')).toBe(true);
  });

  it('finds word boundaries in Cyrillic and Greek, and none in CJK', () => {
    expect(matches('вручено', 'Вручено адресату')).toBe(true);
    expect(matches('вручено', 'Невручено')).toBe(false);
    expect(matches('παραδόθηκε', 'Το δέμα ΠΑΡΑΔΟΘΗΚΕ')).toBe(true);
    expect(matches('配達完了', 'お荷物は配達完了しました')).toBe(true);
    expect(matches('배달 완료', '배달완료')).toBe(true);
  });

  it('matches Thai inside runs, and keeps its tone marks and vowel signs', () => {
    expect(matches('นำจ่ายสำเร็จ', 'EMS นำจ่ายสำเร็จแล้ว')).toBe(true);
    expect(matches('นำจ่าย สำเร็จ', 'นำจ่ายสำเร็จ')).toBe(true);
    // A tone mark (่) or a vowel sign makes another word: รอ "wait" is no part of เรียบร้อย "done".
    expect(matches('นำจายสำเร็จ', 'นำจ่ายสำเร็จ')).toBe(false);
    expect(matches('รอ', 'จัดส่งเรียบร้อยแล้ว')).toBe(false);
    expect(matches('นำจ่ายสำเร็จ', 'นำจ่ายไม่สำเร็จ')).toBe(false);
    expect(read('นำจ่ายไม่สำเร็จ')).toBe('EXCEPTION');
  });

  it('reads a Chinese phrase in either character form from a message in the other', () => {
    expect(matches('签收', '包裹已簽收')).toBe(true);
    expect(matches('簽收', '包裹已签收')).toBe(true);
    expect(matches('re:投递', '郵件投遞中')).toBe(true);
    expect(read('貨件已退回寄件人')).toBe(read('货件已退回寄件人'));
  });

  it('reads Hong Kong and Taiwan wording in either character form', () => {
    // Hong Kong Post delivers (派遞) where mainland carriers 投递.
    expect(read('郵件已派遞')).toBe('DELIVERED');
    expect(read('邮件派递不成功')).toBe('EXCEPTION');
    // An absent recipient means an attempt was made; held at the office waits for pickup.
    expect(read('派送不成功，收件人不在家')).toBe('WAITING_FOR_PICKUP');
    expect(read('暫置營業所')).toBe('WAITING_FOR_PICKUP');
    expect(read('快件已投递至智能包裹柜')).toBe('WAITING_FOR_PICKUP');
  });

  it('rejects entries that are not words or not valid regular expressions', () => {
    expect(() => compileRuleEntry("l'expéditeur")).toThrow(RulePhraseError);
    expect(() => compileRuleEntry('~ refused')).toThrow(RulePhraseError);
    expect(() => compileRuleEntry('re:(unclosed')).toThrow(RulePhraseError);
    expect(
      () => new RuleSet([{ language: 'xx', name: 'X', rules: { delivered: ['a b/'] } }]),
    ).toThrow(/xx\.delivered/);
  });

  it('folds a re: entry like a message but keeps its escapes', () => {
    // Lower-cased with the text, "\\S" (not a space) would become "\\s" (a space).
    expect(compileRuleEntry('re:ZUGESTELLT\\S*\\B')).toBe('zugestellt\\S*\\B');
    expect(compileRuleEntry('re:Livré\\D{2}\\u00C9')).toBe('livre\\D{2}\\u00C9');
    const near = new RegExp(compileRuleEntry('re:(?<!税関\\S{0,4})調査中'));
    expect(near.test(normalizeMessage('住所不明のため調査中'))).toBe(true);
    expect(near.test(normalizeMessage('税関にて調査中'))).toBe(false);
  });

  it('does not read an ongoing action (X中) inside a centre, a halt or a break (X中心, X中止, X中断)', () => {
    expect(matches('派送中', '快件派送中')).toBe(true);
    expect(matches('派送中', '快件已到达派送中心')).toBe(false);
    expect(matches('派送中', '派送中止')).toBe(false);
    expect(matches('运输中', '运输中断')).toBe(false);
    expect(matches('配送中', '荷物は配送中です')).toBe(true);
    expect(matches('正在 配送中', '货物离开配送中心')).toBe(false);
  });

  it('refuses alternatives written as if they spanned several words, naming the entry', () => {
    expect(() => compileRuleEntry('il mittente sta preparando/ha preparato/ha creato')).toThrow(
      /"ha" is offered by two neighbouring words/,
    );
    expect(() => compileRuleEntry('doručená do boxu/z boxu')).toThrow(RulePhraseError);
    expect(() => compileRuleEntry('nicht zu hause/hause')).toThrow(
      /"hause" is listed twice among the alternatives/,
    );
    // The closed-up spelling of two words offered as the second word's alternative.
    expect(() => compileRuleEntry('left in safe place/safeplace')).toThrow(
      /"safeplace" is "safe" and another alternative closed up/,
    );
    expect(() => compileRuleEntry('left in safe place')).not.toThrow();
    expect(() => compileRuleEntry('refused after three/3 attempts')).toThrow(/"3" is a number/);
    expect(() => compileRuleEntry('dpd 24h')).not.toThrow();
    expect(() => compileRuleEntry('левый в/до/у україну/країну')).not.toThrow();
    expect(
      () => new RuleSet([{ language: 'sk', name: 'S', rules: { pickup: ['v boxu/z boxu'] } }]),
    ).toThrow(/sk\.pickup: "v boxu\/z boxu"/);
    // Single-word alternatives next to each other, or the same word further on, are fine.
    expect(matches('doručená do/z boxu', 'Zásielka doručená z boxu')).toBe(true);
    expect(matches('left at/in the? door/porch at', 'left at the door at')).toBe(true);
  });

  it('validates rule files at load and names the broken file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rules-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'xx.json'),
      JSON.stringify({ language: 'xx', name: 'X', rules: { deliverd: ['x'] } }),
    );
    expect(() => loadRuleFiles(dir)).toThrow(/content\/rules\/xx\.json/);
  });

  it('refuses an entry listed twice in one kind, naming the second copy', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rules-'));
    writeFileSync(
      path.join(dir, 'xx.json'),
      JSON.stringify({
        language: 'xx',
        name: 'X',
        rules: { delivered: ['handed over', 'dropped', 'handed over'], transit: ['handed over'] },
      }),
    );
    expect(() => loadRuleFiles(dir)).toThrow(
      /xx\.json: rules\.delivered\.2: "handed over" is listed twice/,
    );
  });

  it.each([
    ['negators', ['Not'], /xx\.json: negators\.0: negators are lower case/],
    ['modals', ['Will be'], /xx\.json: modals\.0: modals are lower case/],
    ['negationAdverbs', ['not at all'], /negationAdverbs\.0: a negation adverb is one word/],
    ['awaiting', ['awaiting:'], /xx\.json: awaiting\.0: awaiting entries are words/],
    ['towards', ['On the way to'], /xx\.json: towards\.0: towards entries are lower case/],
    ['negativeMarks', ['m'], /xx\.json: negativeMarks\.0: a negative mark is two letters or more/],
    ['noAnswers', ['no way'], /xx\.json: noAnswers\.0: a no answer is one word/],
    [
      'placePrepositions',
      ['next to'],
      /xx\.json: placePrepositions\.0: a place preposition is one word/,
    ],
  ])(
    'refuses %s entries that are not lower-case words of the right length',
    (key, entries, error) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'rules-'));
      writeFileSync(
        path.join(dir, 'xx.json'),
        JSON.stringify({ language: 'xx', name: 'X', [key]: entries, rules: {} }),
      );
      expect(() => loadRuleFiles(dir)).toThrow(error);
    },
  );

  it('reads a delivery right after a negator as denied, and only right after it', () => {
    const status = tinyRules({
      negators: ['nope', 'nope been'],
      rules: { delivered: ['handed over'], transit: ['moving'] },
    });
    expect(status('handed over')).toBe('DELIVERED');
    expect(status('parcel nope handed over')).toBe('EXCEPTION');
    expect(status('parcel nope been handed over')).toBe('EXCEPTION');
    // Two words away the negator qualifies something else ("not home, delivered to neighbour").
    expect(status('nope home handed over')).toBe('DELIVERED');
    // Other status words right after a negator do not count, unless said again elsewhere.
    expect(status('nope moving')).toBeUndefined();
    expect(status('nope moving now moving')).toBe('IN_TRANSIT');
  });

  it('does not count a delivery right after a modal, unless the message says it elsewhere', () => {
    const status = tinyRules({
      modals: ['may be', 'will'],
      rules: { delivered: ['handed over', 'delivered'], pickup: ['held at counter'] },
    });
    expect(status('handed over to neighbour')).toBe('DELIVERED');
    expect(status('parcel may be handed over to neighbour')).toBeUndefined();
    expect(status('will handed over or held at counter')).toBe('WAITING_FOR_PICKUP');
    // Said again where no modal qualifies it, the delivery stands.
    expect(status('delivered as we said it may be handed over')).toBe('DELIVERED');
    // Only right after the modal: "may be home, handed over to neighbour".
    expect(status('may be home handed over')).toBe('DELIVERED');
  });

  it('lets a negator reach over its file’s negation adverbs, and over nothing else', () => {
    const status = tinyRules({
      negators: ['nope', 'nope been'],
      negationAdverbs: ['duly'],
      rules: { delivered: ['handed over'] },
    });
    expect(status('parcel nope duly handed over')).toBe('EXCEPTION');
    expect(status('parcel nope been duly handed over')).toBe('EXCEPTION');
    expect(status('parcel nope home handed over')).toBe('DELIVERED');
  });

  it('lets a negator reach over a short place after its file’s place prepositions (placePrepositions)', () => {
    const status = tinyRules({
      negators: ['nope'],
      placePrepositions: ['by'],
      rules: { delivered: ['handed over', 'by neighbour handed over'], pickup: ['notice left'] },
    });
    expect(status('parcel by you handed over')).toBe('DELIVERED');
    // "nope | by you | handed over": the participle closing the clause is what is denied.
    expect(status('parcel nope by you handed over')).toBe('EXCEPTION');
    expect(status('parcel nope by the door handed over')).toBe('EXCEPTION');
    // Two words of place at most: past them another clause may have begun.
    expect(status('nope by the door parcel hub handed over')).toBe('DELIVERED');
    // Only after a place preposition: "nope home, handed over" denies "home".
    expect(status('parcel nope home handed over')).toBe('DELIVERED');
    expect(status('nope by door notice left')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads a delivery denied before the place that closes on its participle as not delivered', () => {
    // Each of these read DELIVERED before: the negator reached only the preposition.
    for (const message of [
      'Das Paket wurde heute leider nicht bei Ihnen zugestellt',
      'Leider nicht an der Wunschadresse zugestellt',
      'Zending werd niet op het afleveradres bezorgd',
      'Niet aan de geadresseerde afgeleverd',
      'Nog niet bij de bezorger afgeleverd',
    ]) {
      expect(read(message), message).not.toBe('DELIVERED');
    }
    // A place preposition after an absence is another clause's business.
    expect(read('Empfänger nicht angetroffen, bei Nachbarn zugestellt')).toBe('DELIVERED');
    expect(read('Ontvanger niet op het adres, pakket bij de buren afgeleverd')).toBe('DELIVERED');
  });

  it('denies a status its stem reads inside a word with a negative mark (negativeMarks)', () => {
    const status = tinyRules({
      negativeMarks: ['mad'],
      rules: {
        delivered: ['handed*'],
        outForDelivery: ['out for van*'],
        transit: ['moving', 'stopmadnot'],
      },
    });
    expect(status('parcel handedover')).toBe('DELIVERED');
    expect(status('parcel handedmadover')).toBe('EXCEPTION');
    expect(status('out for vanmadi')).toBeUndefined();
    expect(status('out for vanning')).toBe('OUT_FOR_DELIVERY');
    // A phrase that spells the negative word out means what it says.
    expect(status('parcel stopmadnot')).toBe('IN_TRANSIT');
    // The mark counts after a word's first two letters only, and other phrases still read.
    expect(status('madness moving')).toBe('IN_TRANSIT');
    expect(status('out for vanmadi moving')).toBe('IN_TRANSIT');
  });

  it('runs an entry that can begin anywhere behind the prefilter by a literal every match holds, one without any apart, and reads them all', () => {
    const file = {
      language: 'xx',
      name: 'X',
      rules: {
        notADelivery: ['配送站交接', 're:^(?=.*\\bhanded\\b)\\w+ handed no$'],
        delivered: ['handed*'],
        noise: ['re:^.{60,}$'],
      },
    };
    const set = new RuleSet([file]);
    // "handed" is in every match of the lookahead entry: it wakes by that literal.
    // Nothing is in every match of the noise entry: it runs on every message.
    expect(set.prefilteredRegexes().map((re) => re.source)).toEqual([
      '配送站交接',
      '^(?=.*\\bhanded\\b)\\w+ handed no$',
    ]);
    const status = (text: string) => set.evaluate(text)?.status;
    expect(status('parcel handed')).toBe('DELIVERED');
    expect(status('parcel handed no')).toBeUndefined();
    expect(status('快件 配送站交接 handed')).toBeUndefined();
    expect(status(`parcel handed ${'x'.repeat(60)}`)).toBe('UNKNOWN');
  });

  it('reads pre-shipment wording as INFO_RECEIVED over movement, arrival and delivery rounds', () => {
    const status = tinyRules({
      rules: {
        preShipment: ['awaiting handover'],
        arrived: ['at destination'],
        transit: ['moving'],
        outForDelivery: ['on the van'],
      },
    });
    expect(status('at destination')).toBe('ARRIVED_AT_DESTINATION');
    for (const text of [
      'awaiting handover at destination',
      'moving awaiting handover',
      'on the van awaiting handover',
    ]) {
      expect(status(text), text).toBe('INFO_RECEIVED');
    }
  });

  it('reads an arrival phrase right after a towards phrase as a destination, not an arrival', () => {
    const status = tinyRules({
      towards: ['heading to'],
      rules: { arrived: ['depot'], transit: ['heading'] },
    });
    expect(status('parcel at depot')).toBe('ARRIVED_AT_DESTINATION');
    expect(status('parcel heading to depot')).toBe('IN_TRANSIT');
    // Said again elsewhere, the arrival stands.
    expect(status('heading to depot now at depot')).toBe('ARRIVED_AT_DESTINATION');
  });

  it('reads a customs release right after an awaiting phrase as customs holding the parcel', () => {
    const status = tinyRules({
      awaiting: ['waiting for'],
      rules: { customsDone: ['customs release'], customs: ['customs check'], delivered: ['done'] },
    });
    expect(status('customs release')).toBe('IN_TRANSIT');
    expect(status('waiting for customs release')).toBe('HELD_BY_CUSTOMS');
    // Said again elsewhere, the release stands; two words away, the wait is for something else.
    expect(status('waiting for customs release customs release granted')).toBe('IN_TRANSIT');
    expect(status('customs release waiting for the van')).toBe('IN_TRANSIT');
    // It denies only a customs release.
    expect(status('waiting for done')).toBe('DELIVERED');
  });

  it('reads a forecast arrival as movement, not an arrival', () => {
    const status = tinyRules({
      rules: { arrived: ['destination country'], futureArrival: ['expected to arrive'] },
    });
    expect(status('arrived in the destination country')).toBe('ARRIVED_AT_DESTINATION');
    expect(status('expected to arrive in the destination country')).toBe('IN_TRANSIT');
    // Without an arrival it took, a forecast is no news of movement, as a future delivery is not.
    expect(status('expected to arrive tomorrow')).toBeUndefined();
  });

  it('reads a customs release in the destination country as movement, not an arrival', () => {
    const status = tinyRules({
      rules: { arrived: ['destination country'], customsDone: ['released by customs'] },
    });
    expect(status('arrived in the destination country')).toBe('ARRIVED_AT_DESTINATION');
    expect(status('released by customs in the destination country')).toBe('IN_TRANSIT');
  });

  it('reads tracking-system words as noise unless customs or a refusal is named too', () => {
    const status = tinyRules({
      rules: { noise: ['please provide'], customs: ['held by customs'], transit: ['moving'] },
    });
    expect(status('moving please provide')).toBe('UNKNOWN');
    expect(status('held by customs please provide an invoice')).toBe('HELD_BY_CUSTOMS');
  });

  it('loads at least fifteen languages', () => {
    expect(rules.languages.filter((l) => l !== 'mul').length).toBeGreaterThanOrEqual(15);
  });
});

describe('conventions (issue 15, item 5)', () => {
  // Each: a re-delivery arranged (EXCEPTION), and an attempt made (WAITING_FOR_PICKUP).
  it.each([
    ['Nuevo intento de entrega programado', 'Intento de entrega fallido, aviso dejado'],
    [
      'Nouvelle tentative de livraison programmée',
      'Tentative de livraison, avis de passage déposé',
    ],
    ['Nowa próba doręczenia zaplanowana', 'Próba doręczenia, awizo pozostawione'],
    ['Повторная попытка доставки запланирована', 'Неудачная попытка вручения'],
    ['Nova tentativa de entrega agendada a pedido do cliente', 'Tentativa de entrega'],
    ['Nuovo tentativo di consegna programmato', 'Tentativo di consegna'],
    ['Redelivery scheduled', 'Delivery attempted'],
  ])('a re-delivery arranged is an exception: %s (but: %s)', (redelivery, attempt) => {
    expect(read(redelivery)).toBe('EXCEPTION');
    expect(read(attempt)).toBe('WAITING_FOR_PICKUP');
  });

  it("a pickup point the sender's side speaks of is no delivery to the recipient", () => {
    const status = tinyRules({
      rules: {
        delivered: ['delivered'],
        pickupPointDelivery: ['delivered to the? locker'],
        pickup: ['at the locker'],
        senderPickup: ['sender notified', 'dropped by sender'],
      },
    });
    expect(status('delivered to the locker')).toBe('WAITING_FOR_PICKUP');
    // The sender's side rules the waiting parcel out, and the "delivered" of the locker with it.
    expect(status('delivered to the locker sender notified')).toBeUndefined();
    expect(status('at the locker dropped by sender')).toBeUndefined();
    expect(status('parcel delivered sender notified')).toBe('DELIVERED');
    expect(read('Delivered to the locker, sender notified')).toBe('UNKNOWN');
  });

  it('a refusal outranks the attempt it ended', () => {
    expect(read('Attempted Delivery - Refused by customer')).toBe('EXCEPTION');
    expect(read('Attempted delivery, notice left')).toBe('WAITING_FOR_PICKUP');
    // A locker that cannot take the parcel, or a suspended delivery to a shop, is the news.
    expect(read('LOCKER PIENO')).toBe('EXCEPTION');
    expect(read('Package was seized and/or destroyed because the addressee was unavailable')).toBe(
      'EXCEPTION',
    );
    // Czech lockers are "Z-BOX"/"boxu"; an English P.O. box is not a pickup point.
    expect(read('The item cannot be delivered to a P.O. box')).toBe('EXCEPTION');
    expect(read('Doręczenie przesyłki do DHL Parcelshop zostało wstrzymane')).toBe('EXCEPTION');
  });

  it('a delivery attempt, or one into a locker, a convenience store or a pickup point, waits for pickup', () => {
    for (const message of [
      // A delivery attempt, as the seed's convention reads it.
      '尝试派送',
      'Đã cố gắng giao hàng',
      'พยายามจัดส่ง',
      'Percobaan pengiriman',
      'Απόπειρα παράδοσης',
      '편의점에 배송 완료',
      'Đã giao đến điểm nhận hàng',
      'Παραδόθηκε σε θυρίδα',
      'Dostarczono do paczkomatu',
      'Livré en point relais',
    ]) {
      expect(index.match(message).status, message).toBe('WAITING_FOR_PICKUP');
    }
  });

  it('delivery to a neighbour or collection from a locker is DELIVERED', () => {
    expect(read('Votre colis est livré au voisin')).toBe('DELIVERED');
    expect(read('Выдано адресату через почтомат')).toBe('DELIVERED');
    // Handed to the recipient at a pickup point is a collection, not a parcel waiting there.
    expect(read('Vydáno příjemci na výdejním místě')).toBe('DELIVERED');
    expect(read('近所の方にお渡ししました')).toBe('DELIVERED');
    expect(read('이웃에게 전달')).toBe('DELIVERED');
  });

  it('returns and arrivals in the destination country', () => {
    expect(read('RETURN IN TRANSIT')).toBe('RETURNED_TO_SENDER');
    expect(read('Arrive at destination country')).toBe('ARRIVED_AT_DESTINATION');
    expect(read('Registered loss')).toBe('EXCEPTION');
    // Export clearance is movement, unless the parcel is held there.
    expect(read('Export customs clearance complete')).toBe('IN_TRANSIT');
    expect(read('Your shipment is held in export customs')).toBe('HELD_BY_CUSTOMS');
  });

  it('a French customs problem reported as resolved is movement again, one being worked on is not', () => {
    expect(read('Problème douanier résolu, colis en route')).toBe('IN_TRANSIT');
    // "résolution" is not "résolu": a problem still being worked on is not movement.
    expect(read('Problème douanier en cours de résolution')).not.toBe('IN_TRANSIT');
    expect(read('Dédouanement en cours, problème douanier résolu')).toBe('IN_TRANSIT');
  });

  // The conventions (content/rules/README.md), in any language: a wrong address is an
  // exception, never a delivery; a delivery to the sender is a return; a problem that is over
  // is no longer an exception.
  it.each([
    ['Доставлена не по адресу', 'EXCEPTION'],
    ['Доставлено по неправильному адресу', 'EXCEPTION'],
    ['Zugestellt an falsche Adresse', 'EXCEPTION'],
    ['Livré à une mauvaise adresse', 'EXCEPTION'],
    ['Entregado en dirección equivocada', 'EXCEPTION'],
    ['Entregue no endereço errado', 'EXCEPTION'],
    ["Consegnato all'indirizzo sbagliato", 'EXCEPTION'],
    ['Livrat la adresa greșită', 'EXCEPTION'],
    ['Dostarczono pod zły adres', 'EXCEPTION'],
    ['Doručeno na špatnou adresu', 'EXCEPTION'],
    ['Afgeleverd op verkeerd adres', 'EXCEPTION'],
    ['Rossz címre kézbesítve', 'EXCEPTION'],
    ['Yanlış adrese teslim edildi', 'EXCEPTION'],
    ['Levererat till fel adress', 'EXCEPTION'],
    ['Доставена на грешен адрес', 'EXCEPTION'],
    ['Παραδόθηκε σε λάθος διεύθυνση', 'EXCEPTION'],
    ['Modtager nægtede at modtage', 'EXCEPTION'],
    ['Получателят отказа пратката', 'EXCEPTION'],
    // Delivered back to the sender is a return, never DELIVERED.
    ['Consegnato al mittente', 'RETURNED_TO_SENDER'],
    ['Levererat till avsändaren', 'RETURNED_TO_SENDER'],
    ['Kézbesítve a feladónak', 'RETURNED_TO_SENDER'],
    ['寄件人已签收', 'RETURNED_TO_SENDER'],
    ['差出人に配達しました', 'RETURNED_TO_SENDER'],
    ['Đã giao cho người gửi', 'RETURNED_TO_SENDER'],
    ['Telah diterima oleh pengirim', 'RETURNED_TO_SENDER'],
    ['Livrat expeditorului', 'RETURNED_TO_SENDER'],
    ['Παραδόθηκε στον αποστολέα', 'RETURNED_TO_SENDER'],
    ['Problem resolved', 'IN_TRANSIT'],
    ["The shipment's problem has been resolved", 'IN_TRANSIT'],
    ['Zustellhindernis behoben', 'IN_TRANSIT'],
    ['Problème résolu, colis en cours d’acheminement', 'IN_TRANSIT'],
    ['Problem not resolved', 'EXCEPTION'],
    // As "résolution" above: a resolution under way is not a problem over.
    ['Problem resolution in progress', 'EXCEPTION'],
    ['Issue resolved - returned to sender', 'RETURNED_TO_SENDER'],
  ])('%s -> %s', (message, expected) => {
    expect(index.match(message).status).toBe(expected);
  });

  it('customs holding the parcel is HELD_BY_CUSTOMS in Hungarian, Vietnamese and Norwegian too', () => {
    for (const message of [
      'Vámhatóság visszatartotta',
      'Bị hải quan giữ lại',
      'Holdt tilbake i tollen',
    ]) {
      expect(index.match(message).status, message).toBe('HELD_BY_CUSTOMS');
    }
  });

  it('a delay in customs clearance is HELD_BY_CUSTOMS, even where a bare delay alias matches', () => {
    for (const message of [
      'Verzögerung in der Verzollung',
      '清关问题，包裹延误',
      'Задержка на таможне',
      'Clearance delay',
    ]) {
      expect(index.match(message).status, message).toBe('HELD_BY_CUSTOMS');
    }
    expect(index.match('Задержка доставки').status).toBe('EXCEPTION');
    expect(index.match('Delayed: parcel damaged in customs').status).toBe('EXCEPTION');
  });

  it.each([
    {
      what: 'a delay of',
      messages: [
        'Opóźnienie w doręczeniu',
        '天候不佳，後續配送中',
        'Zustellung verzögert sich',
        'Out for delivery - delayed',
      ],
      withAlias: 'Delivery delayed by weather',
    },
    {
      what: 'a refusal, failure or cancellation of',
      messages: [
        'Out for delivery, refused by recipient',
        'Saída para entrega cancelada',
        'The shipment / parcel got damaged while being delivered.',
      ],
      withAlias: 'Out for delivery: delivery refused',
    },
  ])('$what the delivery is an exception, not out for delivery', ({ messages, withAlias }) => {
    for (const message of messages) expect(read(message), message).toBe('EXCEPTION');
    // An "out for delivery" alias found inside the message is vetoed the same way.
    const text = normalizeMessage(withAlias);
    expect(rules.evaluate(text, statusBit('OUT_FOR_DELIVERY'))?.status).toBe('EXCEPTION');
    expect(read('Out for delivery')).toBe('OUT_FOR_DELIVERY');
    expect(read('Votre colis est en cours de livraison dans votre point relais')).toBe(
      'IN_TRANSIT',
    );
    expect(read('Votre colis est en cours de livraison')).toBe('OUT_FOR_DELIVERY');
  });

  it('a customs delay is held by customs from the delay kinds alone', () => {
    // Only delay and delayCustoms words: no `customs` entry says "held".
    const tiny = new RuleSet([
      {
        language: 'xx',
        name: 'X',
        rules: { delay: ['delayed'], delayCustoms: ['clearance'], exception: ['damaged'] },
      },
    ]);
    const text = normalizeMessage('Delayed in clearance');
    expect(tiny.evaluate(text)?.status).toBe('HELD_BY_CUSTOMS');
    // A bare "delayed" alias (EXCEPTION) inside it does not count; exception words do.
    expect(tiny.evaluate(text, statusBit('EXCEPTION'))?.status).toBe('HELD_BY_CUSTOMS');
    expect(tiny.evaluate(normalizeMessage('Delayed in clearance, damaged'))?.status).toBe(
      'EXCEPTION',
    );
    expect(tiny.evaluate(normalizeMessage('Delayed'))?.status).toBe('EXCEPTION');
  });

  it('a delay the customer asked for is not a customs delay', () => {
    expect(read('Delivery delayed at customer request')).toBe('EXCEPTION');
    expect(read('Custom clearance delay')).toBe('HELD_BY_CUSTOMS');
  });

  it('an attempt only planned, or not made, is not one the recipient must act on', () => {
    expect(
      read('Package in transit and scheduled for UPS delivery attempt to recipient on next day'),
    ).toBe('IN_TRANSIT');
    expect(read('We will attempt delivery tomorrow')).not.toBe('WAITING_FOR_PICKUP');
    expect(index.match('We will attempt delivery tomorrow').status).not.toBe('WAITING_FOR_PICKUP');
    expect(read('No delivery attempt on scheduled day')).toBe('EXCEPTION');
    // A missed recipient beside the plan for the next attempt is still a missed delivery.
    expect(read("The business was closed. We'll attempt delivery the next business day")).toBe(
      'WAITING_FOR_PICKUP',
    );
    expect(read('Delivery attempted')).toBe('WAITING_FOR_PICKUP');
  });

  it('a customs hold is the news, whatever reason it gives', () => {
    expect(read('Held by Import Customs due to Invoice Missing / Inappropriate')).toBe(
      'HELD_BY_CUSTOMS',
    );
    expect(
      read(
        'Package retained by customs because import information is required and consignee was unavailable',
      ),
    ).toBe('HELD_BY_CUSTOMS');
    // A seizure ends the delivery; a release is movement again.
    expect(read('Package was seized by customs and destroyed')).toBe('EXCEPTION');
    expect(read('Released from customs hold')).toBe('IN_TRANSIT');
    expect(read('Customs documents missing')).toBe('EXCEPTION');
  });

  it('a parcel that will be delivered to a pickup point is on its way there', () => {
    expect(read('The package will be delivered to the UPS Access Point location tomorrow')).toBe(
      'IN_TRANSIT',
    );
    expect(read("Will be delivered to the recipient's preferred Access Point location")).toBe(
      'IN_TRANSIT',
    );
    expect(read('Delivered to the UPS Access Point location')).toBe('WAITING_FOR_PICKUP');
    // The delivery round it is on takes it to the point, not to the recipient.
    expect(read('Out for delivery, will be delivered to the parcel locker')).toBe('IN_TRANSIT');
    expect(read('Out for delivery')).toBe('OUT_FOR_DELIVERY');
  });

  // Each: the parcel is not waiting yet, and the same words without the negation say it is.
  it.each([
    ['Your parcel is not yet ready to be collected', 'Your parcel is ready to be collected'],
    ['Not yet available for collection', 'Available for collection'],
    ['Noch nicht zur Abholung bereit', 'Zur Abholung bereit'],
    ["Le colis n'est pas encore disponible au retrait", 'Votre colis est disponible au retrait'],
    ['El paquete aún no está disponible para recoger', 'El paquete está disponible para recoger'],
    ['Il pacco non è ancora pronto per il ritiro', 'Il pacco è pronto per il ritiro'],
    ['Paczka nie jest jeszcze gotowa do odbioru', 'Paczka gotowa do odbioru'],
    ['Заказ не готов к выдаче', 'Заказ готов к выдаче'],
    ['In transit to pickup location', 'Arrived at pickup location'],
  ])('"%s" is not waiting for pickup; "%s" is', (negated, plain) => {
    expect(index.match(negated).status).not.toBe('WAITING_FOR_PICKUP');
    expect(index.match(plain).status).toBe('WAITING_FOR_PICKUP');
  });

  it('a failed delivery beside a parcel ready for collection is still waiting for pickup', () => {
    expect(index.match('Не удалось доставить, готов к выдаче').status).toBe('WAITING_FOR_PICKUP');
    expect(index.match('Zustellung nicht möglich, abholbereit in der Filiale').status).toBe(
      'WAITING_FOR_PICKUP',
    );
  });

  it('a parcel the sender has not handed over yet is data received, not a failed delivery', () => {
    expect(read("Votre colis n'a pas encore été remis à La Poste par l'expéditeur")).toBe(
      'INFO_RECEIVED',
    );
    expect(read('Das Paket wurde vom Absender noch nicht übergeben')).toBe('INFO_RECEIVED');
    expect(read('Die Sendung konnte nicht zugestellt werden')).toBe('EXCEPTION');
    // A courier on the way to the sender is collecting it, not delivering it.
    expect(read('En camino a ser recogido (el repartidor está yendo al punto de retiro).')).toBe(
      'INFO_RECEIVED',
    );
  });

  it('reads a delivery word right after a negator as not delivered (content/rules negators)', () => {
    // Each of these read DELIVERED before negators: no phrase names its "never" form.
    for (const message of [
      'Sendung wurde nie ausgeliefert',
      'Zending is nooit afgeleverd',
      'Envío nunca entregado',
      'Encomenda nunca entregue',
      'Spedizione mai consegnata',
      'Paketet har aldrig levererats',
      'Pakken blev aldrig leveret',
    ]) {
      expect(read(message), message).toBe('EXCEPTION');
    }
    expect(read('Not home, delivered to neighbour')).toBe('DELIVERED');
  });

  it('reads a delivery that only may or will happen as not delivered (content/rules modals)', () => {
    // Each of these read DELIVERED before modals: the delivery phrase starts after the modal.
    for (const message of [
      'Your parcel may be placed in your mailbox',
      'Uw pakket kan bij de buren worden bezorgd',
      'Paczka może zostać pozostawiona u sąsiada',
      'Bưu kiện sẽ được giao cho hàng xóm',
    ]) {
      expect(read(message), message).not.toBe('DELIVERED');
    }
    expect(read('Your parcel was placed in your mailbox')).toBe('DELIVERED');
  });

  it('reads a delivery denied with an adverb in between as not delivered (negationAdverbs)', () => {
    // Each of these read DELIVERED before: the negator reached only the adverb.
    for (const message of [
      'Parcel was not successfully delivered',
      'Item could not be successfully delivered',
      'Die Sendung wurde noch nicht ordnungsgemäß zugestellt',
      'Het pakket is niet succesvol bezorgd',
      'Paczka nie została pomyślnie doręczona',
      'Посылка не была успешно доставлена',
      'Zásilka nebyla úspěšně doručena',
      'Відправлення не було успішно доставлено',
    ]) {
      expect(read(message), message).not.toBe('DELIVERED');
    }
  });

  it('does not read movement or arrival that a negator denies, in the negator’s language only', () => {
    for (const message of [
      'Paquete no recibido',
      'Paket nicht versendet',
      'Paczka nie została nadana',
      'Не прибыло',
      'Shipment has not arrived',
    ]) {
      expect(read(message), message).toBe('UNKNOWN');
    }
    // Spanish "no" does not deny an English exception.
    expect(index.match('No Id Proof').status).toBe('EXCEPTION');
    // Alias phrases found inside a message are denied the same way; returns never are (a
    // clause may end on its negator once punctuation is gone).
    expect(index.match('Not out for delivery').status).toBe('UNKNOWN');
    expect(index.match('Zending niet afgeleverd, past niet. Retour afzender.').status).toBe(
      'RETURNED_TO_SENDER',
    );
  });

  it('never reads a negated or pending delivery as DELIVERED, in any language', () => {
    for (const message of [
      'Przesyłka nie została doręczona',
      'Pokus o doručení',
      'Zásilka nebyla doručena',
      'Teslim edilemedi',
      'Не вручено',
      '미배달',
      'お届けできませんでした',
      'Przesyłka odebrana przez kuriera',
      'Parcel not accepted by recipient',
      'Not picked up by customer',
      'Shipment has not yet been collected by the addressee',
      'Parcel has not been collected from the locker',
      'Item not yet collected at the post office',
      'Пратката ще бъде доставена днес',
      'Παραδόθηκε στη μεταφορική',
      'Doręczanie w toku',
      'Przesyłka oczekuje na doręczenie',
      'Đã giao hàng cho đơn vị vận chuyển',
      'Paket tidak diterima oleh penerima',
      '配送員已取件，準備配送',
      '快递员已取件',
      'Colis non retiré par le destinataire',
      "Le colis n'a pas été retiré par le destinataire",
      'No recogido por el destinatario',
      'Non ritirato dal destinatario',
      'Coletul nu a fost ridicat de destinatar',
      'No recollit pel destinatari',
      'Niet opgehaald door ontvanger',
      'Das Paket kann ab morgen in der Filiale abgeholt werden',
      'Doręczenie przełożone na następny dzień',
      'A futár kiszállítja a csomagot',
      'Entregado a la empresa de mensajería',
      'Delivered at depot',
      '包裹未能派送成功',
    ]) {
      expect(read(message), message).not.toBe('DELIVERED');
    }
  });
});

describe('postal operation names read as events (recall round)', () => {
  const status = (m: string) => index.match(m).status;
  it.each([
    ['Вручение', 'DELIVERED'],
    ['Импорт', 'ARRIVED_AT_DESTINATION'],
    ['Экспорт', 'IN_TRANSIT'],
    ['Хранение', 'WAITING_FOR_PICKUP'],
    ['Возврат', 'RETURNED_TO_SENDER'],
    ['Прийнято у відділенні', 'IN_TRANSIT'],
    ['Очікує в точці видачі', 'WAITING_FOR_PICKUP'],
    ['Прибуло до місця вручення', 'WAITING_FOR_PICKUP'],
    ['Вручення', 'DELIVERED'],
    ['Видано отримувачу', 'DELIVERED'],
    ['Alıcıya teslim', 'DELIVERED'],
    ['Kargonuz dağıtıma çıkmıştır', 'OUT_FOR_DELIVERY'],
    ['Gümrüğe teslim edildi', 'HELD_BY_CUSTOMS'],
    ['Transfer merkezine teslim edildi', 'IN_TRANSIT'],
    ["PTT Kargomat'a teslim edildi", 'WAITING_FOR_PICKUP'],
    ['Wydanie przesyłki do doręczenia', 'OUT_FOR_DELIVERY'],
    ['Odebranie w placówce', 'DELIVERED'],
    ['Ожидает в пункте выдачи', 'WAITING_FOR_PICKUP'],
    ['Выдан на отправку в г. Москва', 'IN_TRANSIT'],
    ['Таможенное оформление в стране назначения завершено', 'IN_TRANSIT'],
    ['Siparişiniz kargoya teslim edildi', 'IN_TRANSIT'],
    ['Paczka nadana w Paczkomacie', 'IN_TRANSIT'],
    ['Lähetys on tulliselvityksessä', 'HELD_BY_CUSTOMS'],
    ['Lähetys saapui Suomeen', 'ARRIVED_AT_DESTINATION'],
    ['Kargonuz teslimat şubesine ulaşmıştır', 'ARRIVED_AT_DESTINATION'],
    ['Gönderi kuryeye zimmetlendi', 'OUT_FOR_DELIVERY'],
    ['Відправлення прямує до міста отримувача', 'IN_TRANSIT'],
    ['Відправлення прибуло до міста отримувача', 'ARRIVED_AT_DESTINATION'],
    ['Прибыло в отделение связи', 'WAITING_FOR_PICKUP'],
    ['Przesyłka w terminalu', 'IN_TRANSIT'],
    ['집화처리', 'IN_TRANSIT'],
    ['Доставлено в отделение', 'WAITING_FOR_PICKUP'],
    ['Доставлено в ПВЗ', 'WAITING_FOR_PICKUP'],
    ['Доставлено у поштомат', 'WAITING_FOR_PICKUP'],
    ['Відправлення видано', 'DELIVERED'],
    ['Регистрация утраты', 'EXCEPTION'],
    ['Присвоение идентификатора', 'INFO_RECEIVED'],
    ['Przesyłka doręczona do DPD Pickup', 'WAITING_FOR_PICKUP'],
  ])('%s -> %s', (message, expected) => {
    expect(status(message)).toBe(expected);
  });

  it('an operation word inside a longer wording does not turn it into DELIVERED', () => {
    expect(status('Прибуло до місця вручення')).not.toBe('DELIVERED');
    expect(status('Przesyłka odebrana przez nadawcę')).not.toBe('DELIVERED');
    expect(status('Teslimat gerçekleştirilemedi')).not.toBe('DELIVERED');
    expect(status('Kuryeye teslim edildi')).not.toBe('DELIVERED');
    expect(status("PTT'ye teslim edildi")).not.toBe('DELIVERED');
    expect(status('Вручение невозможно')).not.toBe('DELIVERED');
    expect(status('Отримано відділенням')).not.toBe('DELIVERED');
    expect(status('Доставлено на склад')).not.toBe('DELIVERED');
    // Handed to another carrier, an airline or customs is a hand-over, not a delivery.
    for (const m of [
      'Delivered to airline',
      'Delivered to customs',
      'Entregado al transportista',
      'Entregue à transportadora',
      'Consegnato al corriere',
      'Livré au transporteur',
      'Geleverd aan vervoerder',
      'Dostarczono do oddziału',
      'Доставлено перевозчику',
      'Вручено перевізнику',
    ]) {
      expect(status(m), m).not.toBe('DELIVERED');
    }
    expect(status('In der Packstation zugestellt')).toBe('WAITING_FOR_PICKUP');
    expect(status('Вручення не відбулося')).not.toBe('DELIVERED');
    expect(status('Lähetystä ei ole vielä toimitettu')).not.toBe('DELIVERED');
  });
});

describe('English scans from carriers outside the seed', () => {
  const status = (m: string) => index.match(m).status;
  it.each([
    // A carrier's own facility or possession, with no arrival or delivery words, is movement.
    ['At FedEx origin facility', 'IN_TRANSIT'],
    ['At U.S. Postal Service facility', 'IN_TRANSIT'],
    ['In FedEx possession', 'IN_TRANSIT'],
    ['Segregated by Area', 'IN_TRANSIT'],
    // ...but the local or destination facility is still an arrival, and a hold for pickup still waits.
    ['At local FedEx facility', 'ARRIVED_AT_DESTINATION'],
    ['Held at facility for pickup', 'WAITING_FOR_PICKUP'],
    ['Received by Rider, For Delivery', 'OUT_FOR_DELIVERY'],
    ['Received by Rider, For Transferring', 'IN_TRANSIT'],
    ['Recipient Not Found', 'EXCEPTION'],
    ['Recipient is Unable To Pay', 'EXCEPTION'],
    // Chinese consolidators' English: goods received by the carrier or leaving its centre move.
    ['The goods have been received', 'IN_TRANSIT'],
    ['The goods leave the operation center', 'IN_TRANSIT'],
    ['Goods received information', 'INFO_RECEIVED'],
    ['Marked RTO: ORDER_REJECT', 'RETURNED_TO_SENDER'],
    ['Bag Added To Trip', 'IN_TRANSIT'],
    ['Air-restricted product. Move by surface', 'IN_TRANSIT'],
    ['Parcel placed on transport', 'IN_TRANSIT'],
    ['Handed to recipient', 'DELIVERED'],
    ['We have received your parcel', 'IN_TRANSIT'],
    ['We have received your parcel information', 'INFO_RECEIVED'],
    ['Your parcel is in our network', 'IN_TRANSIT'],
    ['The delivery driver has your parcel', 'OUT_FOR_DELIVERY'],
    // A rejection or a wrong address rules the delivery out, whatever attempt it ended.
    ['Delivery attempt unsuccessful. Delivery address is incorrect', 'EXCEPTION'],
    ['Package arrived at the final hub/delivery station', 'ARRIVED_AT_DESTINATION'],
    [
      "We've not been able to deliver today, we'll try on the next working day",
      'WAITING_FOR_PICKUP',
    ],
    ['Order processed by shipper', 'INFO_RECEIVED'],
    ['Signature Obtained', 'DELIVERED'],
    ['The parcel has been signed by the receiver', 'DELIVERED'],
    ['On Board - The parcel is on board the courier vehicle', 'OUT_FOR_DELIVERY'],
  ])('%s -> %s', (message, expected) => {
    expect(status(message)).toBe(expected);
  });

  it('a delivery back to the shipper is a return, never DELIVERED', () => {
    expect(status('Delivered back to shipper')).toBe('RETURNED_TO_SENDER');
    expect(status('Delivered back to the merchant')).toBe('RETURNED_TO_SENDER');
  });

  it('a hand-over inside the network or to the wrong address is no delivery', () => {
    for (const m of [
      'Delivered to partner',
      'Delivered to driver',
      'Delivered to the delivery station',
      'Order delivered to logistics company',
      'Delivered to consolidation center',
    ]) {
      expect(status(m), m).not.toBe('DELIVERED');
    }
    expect(status('Delivered to wrong address')).toBe('EXCEPTION');
    expect(status('Delivered to the shipper')).toBe('RETURNED_TO_SENDER');
    expect(status('Delivered to the recipient')).toBe('DELIVERED');
  });

  it('a signature still required is no delivery', () => {
    expect(status('Signature required: must be signed by recipient')).not.toBe('DELIVERED');
    expect(status('Package must be signed by an adult')).not.toBe('DELIVERED');
    expect(status('Parcel will be handed to the recipient')).not.toBe('DELIVERED');
    expect(status('Not handed to recipient')).not.toBe('DELIVERED');
    expect(status('The parcel was not signed by the recipient')).not.toBe('DELIVERED');
  });
});
