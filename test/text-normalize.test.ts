import { describe, expect, it } from 'vitest';
import { readCorpus } from '../src/db/corpus.js';
import { foldWords, foldWordsByRegex, normalizeMessage } from '../src/domain/text-normalize.js';

describe('foldWords', () => {
  it('folds case, accents and special letters in one pass', () => {
    expect(foldWords('Zustellung GEMÄß Straße, Entregué')).toBe(
      'zustellung gemass strasse entregue',
    );
    // "½" decomposes into "1⁄2": two digit words, dropped.
    expect(foldWords('ﬁnal Ǆ ½')).toBe('final dz');
  });

  it('reads ™, ℠ and ℡ as gaps, not as the letters NFKD spells them with', () => {
    for (const fold of [foldWords, foldWordsByRegex]) {
      expect(fold('Beim UPS Access Point™ abgeholt')).toBe('beim ups access point abgeholt');
      expect(fold('Brand℠Express ℡')).toBe('brand express');
    }
  });

  it('lets a combining mark vanish inside its word instead of splitting it', () => {
    expect(foldWords('Entregue\u0301 a\u0301b')).toBe('entregue ab');
  });

  it('drops words of ASCII digits only, also when they were folded into ASCII digits', () => {
    expect(foldWords('Hub 12 34 route A1 １２３')).toBe('hub route a1');
    // Other scripts' digits are not \d in the reference and stay.
    expect(foldWords('٣ x')).toBe('٣ x');
  });

  it('drops a number label with its number, and keeps an ordinal', () => {
    expect(normalizeMessage('Отправление № 123 вручено')).toBe('отправление вручено');
    expect(normalizeMessage('Sendung Nr. 12345 zugestellt')).toBe('sendung zugestellt');
    expect(normalizeMessage('Envío Nº 123 entregado')).toBe('envio entregado');
    expect(normalizeMessage('No 2nd attempt')).toBe('no 2nd attempt');
    expect(normalizeMessage('Not delivered')).toBe('not delivered');
  });

  it('keeps the vowel and tone marks of Thai and the Indic scripts: they tell words apart', () => {
    // รับ "receive" and ริบ "confiscate" differ only in a vowel mark; รอ "wait" is no part of เรียบร้อย "done".
    expect(foldWords('รับพัสดุ')).not.toBe(foldWords('ริบพัสดุ'));
    expect(foldWords('เรียบร้อยแล้ว')).not.toContain('รอ');
    expect(foldWords('नहीं पहुँचा')).toBe('नहीं पहुँचा'.normalize('NFKD'));
    // Latin, Greek and Cyrillic accents still fold away.
    expect(foldWords('Παραδόθηκε Доставлено́ Zugestellt')).toBe('παραδοθηκε доставлено zugestellt');
  });

  it('folds Arabic spelling variants: harakat, hamza on alef, final ى/ة, alef wasla, tatweel', () => {
    // "The shipment was delivered", once with diacritics, hamza and a stretched word.
    expect(foldWords('تمَّ تسليم الشحنـــة إلى')).toBe(foldWords('تم تسليم الشحنه الي'));
    expect(foldWords('ٱلشحنة')).toBe('الشحنه');
    // The tatweel joins, it does not split the word.
    expect(foldWords('الشحـنة')).toBe('الشحنه');
  });

  it('lowercases a final capital sigma as the whole-text lowercase does', () => {
    expect(foldWords('ΟΔΟΣ ΣΑΣ')).toBe(foldWordsByRegex('ΟΔΟΣ ΣΑΣ'));
    expect(foldWords('ΟΔΟΣ')).toBe('\u03bf\u03b4\u03bf\u03c2');
  });

  it('reads characters outside the BMP and lone surrogates like the regexes', () => {
    for (const text of ['𝐃𝐄𝐋𝐈𝐕𝐄𝐑𝐄𝐃 2024', '𠀀𠀁 x', 'a\ud800b', '\udc00 12', '😀 ok']) {
      expect(foldWords(text)).toBe(foldWordsByRegex(text));
    }
  });

  it('equals the regex passes for every BMP character in and between words', () => {
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const x = String.fromCharCode(c);
      for (const text of [`Ab${x}cd 12`, `a\u0301${x}\u0345 9`, ` 1${x}2 ${x}`]) {
        if (foldWords(text) !== foldWordsByRegex(text)) differing.push(text);
      }
    }
    expect(differing).toEqual([]);
  });

  it('folds traditional Chinese characters to simplified, leaving kana alone', () => {
    expect(foldWords('郵件已簽收')).toBe(foldWords('邮件已签收'));
    expect(foldWords('郵件已簽收')).toBe('邮件已签收');
    // A compatibility ideograph decomposes to its unified form, which then folds.
    expect(foldWords('\uf900')).toBe(foldWords('\u8c48'));
    expect(foldWords('配達完了しました')).toBe('配达完了しました');
  });

  it('equals the regex passes on every corpus message', () => {
    const differing = readCorpus()
      .flatMap((r) => [r.message, r.message.toUpperCase()])
      .filter((m) => foldWords(m) !== foldWordsByRegex(m));
    expect(differing).toEqual([]);
  });
});

describe('normalizeMessage and mixed scripts', () => {
  it('reads Latin look-alike letters inside a Cyrillic word as Cyrillic', () => {
    expect(normalizeMessage('Взeмане от куриер')).toBe('вземане от куриер');
    expect(normalizeMessage('ОБРАБОТЕНA ЗА УНИЩОЖАВАНЕ')).toBe('обработена за унищожаване');
    expect(normalizeMessage('у місті ххxх')).toBe('у місті хххх');
  });

  it('reads Latin look-alike letters inside a Greek word as Greek', () => {
    expect(normalizeMessage('Aναμονή παραλαβής')).toBe(normalizeMessage('Αναμονή παραλαβής'));
    expect(normalizeMessage('ΠAΡAΔΟΘΗΚΕ')).toBe('παραδοθηκε');
    expect(normalizeMessage('Παραδόθηκε στη DHL')).toBe('παραδοθηκε στη dhl');
  });

  it('leaves Latin words, and words with other Latin letters, alone', () => {
    expect(normalizeMessage('hub Москва')).toBe('hub москва');
    expect(normalizeMessage('dpdМосква')).toBe('dpdмосква');
    expect(normalizeMessage('Parcel delivered')).toBe('parcel delivered');
  });
});

describe('normalizeMessage and round brackets', () => {
  it('keeps a qualifier written in words: the reason is often the news', () => {
    expect(normalizeMessage('Delivery attempt failed(Customer rejected)')).toBe(
      'delivery attempt failed customer rejected',
    );
    expect(normalizeMessage('Передано курьеру (водителю)')).toBe('передано курьеру водителю');
    expect(normalizeMessage('持戻（住所不明）')).toBe('持戻 住所不明');
  });

  it('keeps a capitals-only qualifier in a message written all in capitals, but not a short code', () => {
    expect(normalizeMessage('ENTREGA ANULADA (DEVUELTA)')).toBe('entrega anulada devuelta');
    expect(normalizeMessage('RECEIVER NOT AVAILABLE-(CIR)')).toBe('receiver not available');
    expect(normalizeMessage('Entrega anulada (MADRID)')).toBe('entrega anulada');
  });

  it('drops capitals-only and digit-only round brackets, and square ones, as places and codes', () => {
    expect(normalizeMessage('Arrived at hub (LONDON)')).toBe('arrived at hub');
    expect(normalizeMessage('Call (348089408741) to rebook')).toBe('call to rebook');
    expect(normalizeMessage('Departed [Madrid] facility')).toBe('departed facility');
  });

  it('drops a bracketed field and its number, but keeps a bracketed reason with a colon', () => {
    expect(normalizeMessage('Out for pickup (Code: 1234)')).toBe('out for pickup');
    expect(normalizeMessage('Zugestellt (Ref.: A-77/3)')).toBe('zugestellt');
    expect(normalizeMessage('Not delivered (reason: address unknown)')).toBe(
      'not delivered reason address unknown',
    );
  });

  it("drops a word's optional ending, glued to it, but not a bracketed word after a space", () => {
    expect(normalizeMessage('Paket(e) geliefert')).toBe('paket geliefert');
    expect(normalizeMessage('Item(s) delivered')).toBe('item delivered');
    expect(normalizeMessage('Colis envoyé(s)')).toBe('colis envoye');
    expect(normalizeMessage('Livré (ok)')).toBe('livre ok');
    expect(normalizeMessage('Envío(no) entregado')).toBe('envio no entregado');
  });

  it('drops a code from inside a Chinese or Japanese run without splitting the run', () => {
    expect(normalizeMessage('[日本(KIX)に到着')).toBe('日本に到着');
    expect(normalizeMessage('包裹【SZX】已签收')).toBe('包裹已签收');
    // Between a place and a Chinese word, or in Korean (written with spaces), it stays a gap.
    expect(normalizeMessage('【北京】 已签收')).toBe('北京 已签收');
    expect(normalizeMessage('배송(ICN)출발')).toBe(normalizeMessage('배송 출발'));
  });

  it('keeps a bracketed Chinese party or place inside the run it sits in', () => {
    // "已由【门卫】代收" (collected by the doorman on the recipient's behalf) is one sentence:
    // spaces around the doorman would split 由门卫代收 and leave no delivery to read.
    expect(normalizeMessage('已由【门卫】代收')).toBe('已由门卫代收');
    expect(normalizeMessage('快件已到达【杭州转运中心】')).toBe('快件已到达 杭州转运中心');
    expect(normalizeMessage('【杭州市】快件已到达')).toBe('杭州市 快件已到达');
  });
});

describe('normalizeMessage and German gender forms', () => {
  it('reads a noun written for both genders as the noun', () => {
    expect(normalizeMessage('Der Empfänger*in übergeben')).toBe('der empfanger ubergeben');
    expect(normalizeMessage('Zusteller_innen unterwegs')).toBe('zusteller unterwegs');
    expect(normalizeMessage('An Nachbar·in übergeben')).toBe('an nachbar ubergeben');
  });

  it('leaves a colon before "in" alone: it also separates English words', () => {
    expect(normalizeMessage('Order:in transit')).toBe('order in transit');
  });
});

describe('normalizeMessage and markup copied from web pages and feeds', () => {
  it('decodes HTML entities, named and numeric', () => {
    expect(normalizeMessage('Colis livr&eacute; au destinataire')).toBe(
      'colis livre au destinataire',
    );
    expect(normalizeMessage('Colis livr&#233; au destinataire')).toBe(
      normalizeMessage('Colis livré au destinataire'),
    );
    expect(normalizeMessage('Zugestellt&nbsp;an&nbsp;Nachbarn')).toBe('zugestellt an nachbarn');
    // A bare ampersand is text, not an entity.
    expect(normalizeMessage('AT&T Store')).toBe('at t store');
  });

  it('drops soft hyphens, zero-width spaces and direction marks inside a word', () => {
    expect(normalizeMessage('Zu\u00adstellung erfolg\u00adreich')).toBe('zustellung erfolgreich');
    expect(normalizeMessage('Zu&shy;stellung')).toBe('zustellung');
    expect(normalizeMessage('Deli\u200bvered')).toBe('delivered');
    expect(normalizeMessage('\u200fتم التسليم\u200f')).toBe(normalizeMessage('تم التسليم'));
  });

  it('drops every format character, and reads brackets and digits an entity decodes to', () => {
    // The passes run only where a scan of the message's characters says they may apply: no
    // format character of any block may slip past it.
    const formats: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/\p{Cf}/u.test(ch)) formats.push(ch);
    }
    formats.push('\u{E0001}', '\u{1D173}');
    for (const ch of formats) {
      expect(
        normalizeMessage(`Zu${ch}stellung 14:05`),
        `U+${ch.codePointAt(0)!.toString(16)}`,
      ).toBe('zustellung');
    }
    expect(normalizeMessage('Delivered &#40;LONDON&#41;')).toBe('delivered');
    expect(normalizeMessage('Delivered &#49;4:05')).toBe('delivered');
  });
});

describe('normalizeMessage and trailing places', () => {
  it('drops a capitals-only place after a comma, never a tail in a caseless script', () => {
    expect(normalizeMessage('Delivered, CHICAGO, IL 60607')).toBe('delivered');
    // Chinese, Arabic or Korean letters are neither lower nor upper case: such a tail is text.
    expect(normalizeMessage('Status: 快件交给张三,正在派送途中')).toBe(
      'status 快件交给张三 正在派送途中',
    );
    expect(normalizeMessage('Shipment update, تم التسليم')).toBe('shipment update تم التسليم');
  });
});

describe('normalizeMessage and reference codes', () => {
  it('drops words mixing letters with four digits or more, as it drops numbers', () => {
    expect(normalizeMessage('Shipment 1Z999AA10123456784 delivered')).toBe('shipment delivered');
    expect(normalizeMessage('RR123456785CN: item delivered to addressee')).toBe(
      'item delivered to addressee',
    );
    expect(normalizeMessage('Arrived at hub NL-1012AB')).toBe('arrived at hub nl');
    // Names with a few digits are words: carriers ("4PX", "DHL24"), sites ("kuaidi100").
    expect(normalizeMessage('Handed over to 4PX via DHL24')).toBe('handed over to 4px via dhl24');
  });
});
