import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizerRules } from '../src/db/content.js';
import { damerauLevenshtein } from '../src/domain/fuzzy.js';
import {
  type AliasEntry,
  buildAliasIndex,
  MAX_READ_LENGTH,
  readablePart,
} from '../src/domain/status-normalizer.js';
import { RegexPrefilter } from '../src/domain/status-prefilter.js';
import { normalizeMessage } from '../src/domain/text-normalize.js';
import { TRACKING_STATUSES } from '../src/domain/tracking-status.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rawAliases = JSON.parse(
  readFileSync(path.join(repoRoot, 'content/aliases.json'), 'utf8'),
) as Omit<AliasEntry, 'id'>[];
const aliases: AliasEntry[] = rawAliases.map((alias, i) => ({ ...alias, id: i + 1 }));
const index = buildAliasIndex(aliases, { rules: normalizerRules() });
const statusOf = (message: string) => index.match(message).status;

describe('normalizeMessage', () => {
  it('folds case, diacritics and ß', () => {
    expect(normalizeMessage('  Zustellung GEMÄß Straße, Entregué  ')).toBe(
      'zustellung gemass strasse entregue',
    );
  });

  it('drops bracketed places and trailing dates, times and places', () => {
    expect(normalizeMessage('【Shenzhen】Departed [Madrid] (HUB 3) 2024-03-01 14:05')).toBe(
      'departed',
    );
    expect(normalizeMessage('Available for Pickup, CHICAGO, IL 60607')).toBe(
      'available for pickup',
    );
  });

  it('keeps a CJK qualifier in round brackets, and drops bracketed places, phones and codes', () => {
    expect(normalizeMessage('持戻（住所不明）')).toBe('持戻 住所不明');
    expect(normalizeMessage('배송중(출고)')).toBe(normalizeMessage('배송중 출고'));
    expect(normalizeMessage('快递员 杨涌(18620582420) 正在派送')).toBe('快递员 杨涌 正在派送');
    expect(normalizeMessage('快件已被 X店(快件已暂存至菜鸟驿站，电话 18890368386) 代签收')).toBe(
      '快件已被 x店 快件已暂存至菜鸟驿站 电话 代签收',
    );
    expect(normalizeMessage('【广州市】已签收 (HUB 3)')).toBe('广州市 已签收');
    // A Chinese hub's name says what kind of place it is: 营业部 delivers.
    expect(normalizeMessage('您的订单已到达【北京通州营业部】')).toBe(
      '您的订单已到达 北京通州营业部',
    );
  });

  it('keeps Cyrillic and CJK text', () => {
    expect(normalizeMessage('Вручено адресату.')).toBe('вручено адресату');
    expect(normalizeMessage('【广州】已签收')).toBe('广州 已签收');
  });
});

describe('damerauLevenshtein', () => {
  it('counts a transposition as one edit and stops past the bound', () => {
    expect(damerauLevenshtein('recieved', 'received', 2)).toBe(1);
    expect(damerauLevenshtein('parcel', 'customs', 2)).toBe(3);
  });
});

describe('alias data', () => {
  it('contains every Waiting for Picking-up expression of the help-center page', () => {
    const seed = aliases.filter((a) => a.source === 'help-center').map((a) => a.phrase);
    expect(seed).toEqual(
      expect.arrayContaining([
        'Awaiting Collection',
        'A delivery attempt was made',
        'Attempted to contact by telephone to arrange for delivery',
        'Attempted to contact by telephone to arrange for delivery to the address',
        'Waiting for withdrawal',
        'First notification to recipient',
        'Notified',
        'A reminder has been sent to the recipient',
      ]),
    );
  });

  it('covers every status in all nine languages', () => {
    for (const status of TRACKING_STATUSES) {
      const locales = new Set(aliases.filter((a) => a.status === status).map((a) => a.locale));
      expect([...locales].sort(), status).toEqual(
        ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'zh'].sort(),
      );
    }
  });
});

describe('match methods', () => {
  it('reads an alias written exactly as stored as an EXACT match with full confidence', () => {
    const result = index.match('Awaiting Collection');
    expect(result).toMatchObject({ status: 'WAITING_FOR_PICKUP', method: 'EXACT', confidence: 1 });
    expect(result.alias?.phrase).toBe('Awaiting Collection');
  });

  it('reads an alias with other case, accents and a bracketed place as NORMALIZED', () => {
    const result = index.match('  AWAITING   collection [Lisboa] ');
    expect(result).toMatchObject({ status: 'WAITING_FOR_PICKUP', method: 'NORMALIZED' });
    expect(result.confidence).toBe(0.95);
  });

  it('reads noise aliases such as N/A as UNKNOWN with the matching method', () => {
    expect(index.match('N/A')).toMatchObject({ status: 'UNKNOWN', method: 'EXACT' });
    expect(index.match(' n/a ')).toMatchObject({ status: 'UNKNOWN', method: 'NORMALIZED' });
  });

  it('reads a message up to MAX_READ_LENGTH characters, cut at a space', () => {
    const tail = 'zugestellt nicht '.repeat(5_000);
    expect(readablePart(`Delivered to the recipient. ${tail}`)).toHaveLength(
      `Delivered to the recipient. ${tail}`.lastIndexOf(' ', MAX_READ_LENGTH),
    );
    expect(index.match(`Delivered to the recipient. ${tail}`).status).toBe(
      index.match(readablePart(`Delivered to the recipient. ${tail}`)).status,
    );
    // The decisive words past the limit are not read: an honest UNKNOWN, never a guess.
    expect(index.match(`${'Hub scan '.repeat(200)}Delivered`).status).not.toBe('DELIVERED');
    expect(index.match(`${'Hub scan '.repeat(20)}Delivered`).status).toBe('DELIVERED');
    const unspaced = '配'.repeat(3 * MAX_READ_LENGTH);
    expect(readablePart(unspaced)).toHaveLength(MAX_READ_LENGTH);
  });

  it('reads an unseen wording through the rules', () => {
    const result = index.match('Parcel has been sorted at the hub in Utrecht');
    expect(result).toMatchObject({ status: 'IN_TRANSIT', method: 'RULE' });
    expect(result.confidence).toBeGreaterThanOrEqual(0.7);
    expect(result.confidence).toBeLessThanOrEqual(0.9);
  });

  it('reports the alias found inside a longer message', () => {
    const result = index.match('Shipment update: Awaiting Collection at counter 4');
    expect(result.status).toBe('WAITING_FOR_PICKUP');
    expect(result.alias?.phrase).toBe('Awaiting Collection');
  });

  it('tolerates typos with a FUZZY match', () => {
    for (const [message, status] of [
      ['Awaiting colection', 'WAITING_FOR_PICKUP'],
      ['Arrived at destinaton country', 'ARRIVED_AT_DESTINATION'],
      ['Shipment recieved by carrier', 'IN_TRANSIT'],
      ['Deliverd', 'DELIVERED'],
    ] as const) {
      const result = index.match(message);
      expect(result.status, message).toBe(status);
      expect(result.method, message).toBe('FUZZY');
      expect(result.confidence).toBeGreaterThanOrEqual(0.5);
      expect(result.confidence).toBeLessThanOrEqual(0.7);
    }
  });

  it('does not guess a delivery from another form of the verb', () => {
    // One letter from a delivered word, near its end: "we deliver", "we will deliver".
    for (const message of ['Hoy entregamos tu paquete', 'Mañana entregamos tu paquete']) {
      expect(index.match(message).status, message).not.toBe('DELIVERED');
    }
    expect(index.match('Package deliverd').status).toBe('DELIVERED');
  });

  it('reads empty or blank input and gibberish as UNKNOWN with NONE', () => {
    for (const message of ['', '   ', 'zzqx', 'OP-31']) {
      expect(index.match(message)).toEqual({
        status: 'UNKNOWN',
        method: 'NONE',
        confidence: 0,
        alias: null,
      });
    }
  });
});

describe('classification rules', () => {
  it('reads a reminder notice as waiting for pickup', () => {
    expect(statusOf('Second reminder: your parcel is at the post office')).toBe(
      'WAITING_FOR_PICKUP',
    );
  });

  it('reads a delivery attempt, notice card and telephone contact as waiting for pickup', () => {
    expect(statusOf('We attempted delivery today')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Notice card left at the address')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Zustellversuch, Benachrichtigungskarte eingeworfen')).toBe(
      'WAITING_FOR_PICKUP',
    );
  });

  it('reads a refusal or a bad address without an attempt as an exception', () => {
    expect(statusOf('Consignee refused the parcel')).toBe('EXCEPTION');
    expect(statusOf('Endereço insuficiente para entrega')).toBe('EXCEPTION');
  });

  it('reads a delivery to a pickup point or locker as waiting for pickup', () => {
    expect(statusOf('Delivered to parcel locker')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Livré en point relais')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Zugestellt in die Packstation 123')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads a collection by the recipient as delivered', () => {
    expect(statusOf('Parcel collected by the recipient at the pickup point')).toBe('DELIVERED');
    expect(statusOf('Die Sendung wurde vom Empfänger in der Filiale abgeholt')).toBe('DELIVERED');
  });

  it('reads import customs holds and duties as held by customs', () => {
    expect(statusOf('Held by Destination')).toBe('HELD_BY_CUSTOMS');
    expect(statusOf('Import duties payable by recipient')).toBe('HELD_BY_CUSTOMS');
    expect(statusOf('Объект в процессе таможенного оформления')).toBe('HELD_BY_CUSTOMS');
  });

  it('reads customs release and export clearance as in transit', () => {
    expect(statusOf('Customs released the shipment')).toBe('IN_TRANSIT');
    expect(statusOf('Export clearance completed')).toBe('IN_TRANSIT');
  });

  it('never reads a negated delivery as delivered, in any language', () => {
    for (const message of [
      'The item could not be delivered',
      'Objeto não entregue',
      'Die Sendung wurde nicht zugestellt',
      'Paquete no entregado',
      'Pacco non consegnato',
      'Отправление не вручено',
      '快件未妥投',
      'Pakket niet bezorgd',
      "Le colis n'a pas pu être livré",
    ]) {
      expect(statusOf(message), message).not.toBe('DELIVERED');
    }
  });

  it('reads a number label as part of the number, not as a negation', () => {
    // "Nº" and "№" fold to "no": left behind, "envio no entregado" would be a failed delivery.
    for (const message of [
      'Envío Nº 123 entregado',
      'Отправление № 80085 вручено',
      'Order no 5 delivered',
      'Waybill No.123456 has been delivered',
      'Encomenda nº 123456 entregue',
    ]) {
      expect(statusOf(message), message).toBe('DELIVERED');
    }
    expect(statusOf('Order no. 12-345 not delivered')).toBe('EXCEPTION');
    expect(statusOf('Envío no entregado')).toBe('EXCEPTION');
  });

  it('does not treat a conditional return as a return', () => {
    expect(statusOf('Will be returned to sender if not collected by 12/05')).toBe(
      'WAITING_FOR_PICKUP',
    );
  });

  it('does not treat an expected delivery date as a delivery', () => {
    expect(statusOf('Expected delivery date: tomorrow')).not.toBe('DELIVERED');
  });

  it('reads service labels and system noise as UNKNOWN', () => {
    for (const message of [
      'Saturday Delivery',
      'Signature Required',
      'null',
      'Internal error occurred',
    ]) {
      expect(statusOf(message), message).toBe('UNKNOWN');
    }
  });

  it('lets the strongest status win when a message says several things', () => {
    expect(statusOf('Delivery attempted, returned to sender')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('Arrived at facility, out for delivery')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('In transit - customs clearance in progress')).toBe('HELD_BY_CUSTOMS');
  });

  it('reads a delivered notice or a locker without preposition as waiting, never delivered', () => {
    expect(statusOf('Notice delivered')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Извещение вручено')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Delivered - Locker bank')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Item can be collected from the post office')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads collection from a locker or counter as delivered, from a sender as transit', () => {
    expect(statusOf('Retrieved from locker')).toBe('DELIVERED');
    expect(statusOf('Parcel not collected from locker')).not.toBe('DELIVERED');
    expect(statusOf('Collected from sender')).toBe('IN_TRANSIT');
  });

  it('reads data received by the carrier and "once received" clauses as pre-shipment', () => {
    expect(statusOf('Shipment data received by carrier')).toBe('INFO_RECEIVED');
    expect(statusOf('Once we receive your parcel we will update the tracking')).toBe(
      'INFO_RECEIVED',
    );
  });

  it('keeps a pending customs release as held', () => {
    expect(statusOf('Awaiting release from customs')).toBe('HELD_BY_CUSTOMS');
    expect(statusOf('Your package was released from customs')).toBe('IN_TRANSIT');
  });

  it('reads carrier scans and delivery depots', () => {
    expect(statusOf('Departure Scan')).toBe('IN_TRANSIT');
    expect(statusOf('Left UPS facility')).toBe('IN_TRANSIT');
    expect(statusOf('Arrived at delivery depot')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('On UPS vehicle for delivery')).toBe('OUT_FOR_DELIVERY');
  });

  it('reads mixed-language messages and bracketed places', () => {
    expect(statusOf('Прибыло в место вручения / Arrived at delivery point')).toBe(
      'WAITING_FOR_PICKUP',
    );
    expect(statusOf('【杭州市】快件已签收 Delivered')).toBe('DELIVERED');
  });

  it('reads the reason a Japanese carrier gives in brackets after the scan', () => {
    expect(statusOf('持戻（住所不明）')).toBe('EXCEPTION');
    expect(statusOf('持戻（ご不在）')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('快件已被 X店(快件已暂存至菜鸟驿站，电话 18890368386) 代签收')).toBe(
      'WAITING_FOR_PICKUP',
    );
  });
});

describe('RegexPrefilter', () => {
  // The regexes the rule set runs behind its prefilter (its `re:` and unspaced entries), exactly
  // as it compiles them from content/rules; phrases of words are read by the phrase matcher.
  const rules = normalizerRules();
  const regexes = rules.prefilteredRegexes();
  const filter = new RegexPrefilter();
  const ids = regexes.map((re) => filter.add(re));
  const compiled = rules.compiled();
  const deliveredFilter = new RegexPrefilter();
  const deliveredId = deliveredFilter.add(compiled.find((c) => c.kind === 'delivered')!.re);

  const fixtures = ['carrier-messages.holdout.tsv', 'carrier-messages.regression.tsv'].flatMap(
    (file) =>
      readFileSync(path.join(repoRoot, 'test/fixtures', file), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[0] ?? ''),
  );
  const texts = [...fixtures, ...aliases.map((a) => a.phrase)]
    .map(normalizeMessage)
    .filter((t) => t.length > 0);

  it('never rules out a regex that matches, at any word or character offset', () => {
    let checked = 0;
    for (const text of texts) {
      // Suffixes move every beginning to the start, the middle and the end of a text.
      for (let at = 0; at < text.length; at += at === 0 ? 1 : 3) {
        const tail = text.slice(at);
        const woken = new Set(filter.candidates(tail));
        regexes.forEach((re, i) => {
          if (re.test(tail)) {
            checked++;
            expect(woken.has(ids[i]!), `${re.source.slice(0, 40)} on "${tail}"`).toBe(true);
          }
        });
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 300_000);

  it('keeps regexes asleep when only a shared stem occurs', () => {
    expect(deliveredFilter.candidates('departed delivery facility')).not.toContain(deliveredId);
    expect(deliveredFilter.candidates('parcel delivered')).toContain(deliveredId);
  });
});

describe('CJK alias phrases inside a message', () => {
  const cjk: AliasEntry[] = [
    { id: 1, status: 'DELIVERED', locale: 'zh', phrase: '本人签收', source: 'test' },
    { id: 2, status: 'DELIVERED', locale: 'zh', phrase: '快件妥投', source: 'test' },
    { id: 3, status: 'IN_TRANSIT', locale: 'zh', phrase: '运输中', source: 'test' },
  ];
  const small = buildAliasIndex(cjk, { rules: normalizerRules(), memoSize: 0 });

  it('reports the first listed of equally long phrases, wherever each stands in the text', () => {
    const result = small.match('快件妥投 已由本人签收');
    expect(result.status).toBe('DELIVERED');
    expect(result.alias?.id).toBe(1);
  });

  it('finds phrases anywhere in the text, spaces ignored, also when one repeats', () => {
    expect(small.match('包裹 运 输中 运输中 请等待').status).toBe('IN_TRANSIT');
    expect(small.match('包裹运输 中').alias?.id).toBe(3);
  });
});

describe('a problem named to say it is none (`resolved`)', () => {
  it('takes the problem words out without holding back the rest of the message', () => {
    expect(statusOf('Out for delivery - no delays expected')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Envío en reparto, no se prevén retrasos')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('快件正常派送中，无延误')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Package not damaged; delivery attempted, no one home')).toBe(
      'WAITING_FOR_PICKUP',
    );
  });

  it('leaves a real problem alone', () => {
    expect(statusOf('Out for delivery - delayed')).not.toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Package damaged; delivery attempted')).toBe('EXCEPTION');
  });
});
