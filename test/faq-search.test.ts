import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  fold,
  searchDocuments,
  searchWithCoverage,
} from '../src/domain/faq-search.js';
import { searchLanguage } from '../src/domain/search-language.js';

const vocabulary = {
  stopWords: { en: ['i', 'it', 'the', 'my', 'is', 'but'] },
  synonyms: { en: [['got', 'received']] },
};
const en = searchLanguage('en', vocabulary);

const docs = [
  {
    item: 'customs',
    title: 'Held by customs',
    body: 'Your package is held in the customs clearance process. Contact customs.',
  },
  {
    item: 'delivered',
    title: 'Delivered but not received',
    body: 'Ask the customer service team of the carrier and your neighbours.',
  },
  { item: 'track', title: 'How to track an order', body: 'Use the <carrier> website & tools.' },
];
const index = buildSearchIndex(docs, en);

describe('FAQ search ranking (BM25F)', () => {
  it('finds a document through any one meaningful word (OR semantics)', () => {
    const hits = searchDocuments(index, 'my parcel is held somewhere', 5);
    expect(hits.map((h) => h.item)).toEqual(['customs']);
  });

  it('ranks the document matching more of the words first and scores between 0 and 1', () => {
    const hits = searchDocuments(index, 'delivered but not received customs', 5);
    expect(hits[0]!.item).toBe('delivered');
    expect(hits.every((h) => h.score > 0 && h.score <= 1)).toBe(true);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('weights a word in the title above the same word in the body', () => {
    const index2 = buildSearchIndex(
      [
        { item: 'body', title: 'Something else', body: 'A word about returns here.' },
        { item: 'title', title: 'Returns', body: 'Something else entirely here.' },
      ],
      en,
    );
    expect(searchDocuments(index2, 'returns', 5).map((h) => h.item)).toEqual(['title', 'body']);
  });

  it('ignores stop words, so a query of only stop words finds nothing', () => {
    expect(searchDocuments(index, 'is it the', 5)).toEqual([]);
  });

  it('widens a word by its synonyms from content', () => {
    expect(searchDocuments(index, 'never got it', 5)[0]?.item).toBe('delivered');
  });

  it('counts a stop word a synonym group lists in a query, never in an answer', () => {
    const withWhen = searchLanguage('en', {
      stopWords: { en: ['i', 'it', 'the', 'my', 'is', 'but', 'when', 'will'] },
      synonyms: { en: [['track', 'when']] },
    });
    const whenIndex = buildSearchIndex(
      [
        { item: 'delivered', title: 'Shows delivered when not received', body: 'Ask.' },
        { item: 'track', title: 'How to track an order', body: 'Use the website.' },
      ],
      withWhen,
    );
    // "when" finds "track" through its group, not the answer that says "when".
    expect(searchDocuments(whenIndex, 'when will it come', 5).map((h) => h.item)).toEqual([
      'track',
    ]);
    expect(searchDocuments(whenIndex, 'it will', 5)).toEqual([]);
  });

  it('counts such a stop word only through its own groups, not through the stem it shares', () => {
    // "entrega" (the delivery a shopper follows) stems like "entregado" (the status), "entreg".
    const es = searchLanguage('es', {
      stopWords: { es: ['mi', 'el', 'entrega'] },
      synonyms: {
        es: [
          ['paquete', 'pedido', 'entrega'],
          ['rastrear', 'seguir'],
        ],
      },
    });
    const esIndex = buildSearchIndex(
      [
        { item: 'delivered', title: 'Figura entregado', body: 'Pregunte a los vecinos.' },
        { item: 'track', title: 'Cómo rastrear el pedido', body: 'En el sitio web.' },
      ],
      es,
    );
    expect(searchDocuments(esIndex, 'seguir mi entrega', 5).map((h) => h.item)).toEqual(['track']);
    // The status keeps its own word, and does not take on the group of the noun it stems like.
    expect(searchDocuments(esIndex, 'entregado', 5).map((h) => h.item)).toEqual(['delivered']);
  });

  it('lets a question word count less than the word it asks about', () => {
    const withWhere = searchLanguage('en', {
      stopWords: { en: ['i', 'it', 'is', 'my', 'do', 'where'] },
      synonyms: {
        en: [
          ['track', 'where'],
          ['pickup', 'pick', 'collect'],
        ],
      },
    });
    const whereIndex = buildSearchIndex(
      [
        { item: 'track', title: 'How to track an order', body: 'Track it on the website.' },
        { item: 'pickup', title: 'Other expressions', body: 'Collect the package, pick it up.' },
      ],
      withWhere,
    );
    expect(searchDocuments(whereIndex, 'where is my parcel', 5)[0]?.item).toBe('track');
    expect(searchDocuments(whereIndex, 'where do I collect it', 5)[0]?.item).toBe('pickup');
  });

  it('corrects a typo of a question word to it, and counts it through its group', () => {
    const withWhere = searchLanguage('es', {
      stopWords: { es: ['mi', 'donde', 'esta'] },
      synonyms: { es: [['rastrear', 'donde']] },
    });
    const whereIndex = buildSearchIndex(
      [
        { item: 'customs', title: 'Aduana', body: 'Retenido en aduana.' },
        { item: 'track', title: 'Cómo rastrear el pedido', body: 'En el sitio web.' },
      ],
      withWhere,
    );
    expect(searchDocuments(whereIndex, 'dnde esta', 5).map((h) => h.item)).toEqual(['track']);
  });

  it('puts first the question whose status name the query quotes, stop words and all', () => {
    const withOut = searchLanguage('en', {
      stopWords: { en: ['out', 'for', 'but', 'it', 'never', 'the'] },
      synonyms: { en: [['came', 'received']] },
    });
    const statusIndex = buildSearchIndex(
      [
        { item: 'delivered', title: 'Delivered but not received', body: 'Delivery done.' },
        {
          item: 'pickup',
          title: 'Waiting for pickup',
          body: 'Pick it up.',
          topics: 'Waiting for pickup\nOut for delivery',
        },
      ],
      withOut,
    );
    // "out" and "for" are stop words: without the status name, "delivery" says "delivered".
    expect(searchDocuments(statusIndex, 'delivery never came', 5)[0]?.item).toBe('delivered');
    expect(searchDocuments(statusIndex, 'out for delivery but it never came', 5)[0]?.item).toBe(
      'pickup',
    );
  });

  it('matches stemmed forms ("tracking" finds "track")', () => {
    expect(searchDocuments(index, 'tracking', 5)[0]?.item).toBe('track');
  });

  it('corrects a typo to the nearest written word and returns nothing for noise', () => {
    expect(searchDocuments(index, 'custms', 5).map((h) => h.item)).toEqual(['customs']);
    expect(searchDocuments(index, 'zzzzqqqq', 5)).toEqual([]);
  });

  it('corrects a typo of a word only a synonym group knows, and counts it through the group', () => {
    const withWhere = searchLanguage('en', {
      stopWords: vocabulary.stopWords,
      synonyms: { en: [['track', 'where']] },
    });
    const whereIndex = buildSearchIndex(docs, withWhere);
    // No answer writes "where": "wher" is corrected to it and finds "track", its synonym.
    const { hits, coverage } = searchWithCoverage(whereIndex, 'wher is it', 5);
    expect(hits.map((h) => h.item)).toEqual(['track']);
    expect(coverage).toBe(0);
  });

  it('returns at most `first` hits', () => {
    expect(searchDocuments(index, 'customs delivered track', 2)).toHaveLength(2);
  });
});

describe('FAQ search snippets', () => {
  it('marks only the word a typo meant: "custms" marks customs, not customer', () => {
    const [hit] = searchDocuments(index, 'custms', 5);
    expect(hit!.snippet).toContain('<mark>customs</mark>');
    const delivered = searchDocuments(index, 'custms service', 5).find(
      (h) => h.item === 'delivered',
    );
    expect(delivered!.snippet).not.toContain('<mark>customer</mark>');
    expect(delivered!.snippet).toContain('<mark>service</mark>');
  });

  it('marks nothing that did not match and escapes the text', () => {
    const [hit] = searchDocuments(index, 'website', 5);
    expect(hit!.snippet).toBe('Use the &#60;carrier&#62; <mark>website</mark> &#38; tools.');
  });
});

describe('per-locale stemming', () => {
  it('stems each language with its own rules and folds accents', () => {
    const fr = searchLanguage('fr', { stopWords: {}, synonyms: {} });
    const frIndex = buildSearchIndex(
      [{ item: 'livré', title: 'Colis livré', body: 'Le colis a été livré.' }],
      fr,
    );
    expect(searchDocuments(frIndex, 'livre', 5)[0]?.item).toBe('livré');
    expect(fold('Alfândega')).toBe('alfandega');
  });

  it('splits Chinese and Japanese into words, where a whole sentence is one run of letters', () => {
    const zh = searchLanguage('zh', { stopWords: { zh: ['我的', '在'] }, synonyms: {} });
    const zhIndex = buildSearchIndex(
      [
        { item: 'track', title: '如何追踪订单？', body: '您可以在承运商网站查询包裹。' },
        { item: 'customs', title: '海关扣留', body: '包裹在海关清关中。' },
      ],
      zh,
    );
    const hits = searchDocuments(zhIndex, '我的包裹在海关', 5);
    expect(hits.map((h) => h.item)).toEqual(['customs', 'track']);
    expect(hits[0]!.snippet).toContain('<mark>海关</mark>');
    const ja = searchLanguage('ja', { stopWords: { ja: ['で', 'は'] }, synonyms: {} });
    const jaIndex = buildSearchIndex(
      [{ item: 'customs', title: '税関で保留中', body: '荷物は税関で審査中です。' }],
      ja,
    );
    expect(searchDocuments(jaIndex, '荷物が届かない', 5).map((h) => h.item)).toEqual(['customs']);
  });

  it('reads Korean words without their particles, and Polish and Czech by their first letters', () => {
    const ko = searchLanguage('ko', { stopWords: {}, synonyms: {} });
    expect(ko.stem('택배가')).toBe('택배');
    expect(ko.stem('세관에서')).toBe('세관');
    // Two syllables stay: "나는" is not "나" + particle worth stripping.
    expect(ko.stem('나는')).toBe('나는');
    // A noun made a verb by 하다/되다, and a noun before the copula, is the noun.
    expect(ko.stem('조회하나요')).toBe('조회');
    expect(ko.stem('시도했다는데')).toBe('시도');
    expect(ko.stem('표시되어')).toBe('표시');
    expect(ko.stem('배송완료인데')).toBe('배송완료');
    expect(ko.stem('위해')).toBe('위해');
    const pl = searchLanguage('pl', { stopWords: {}, synonyms: {} });
    expect(pl.stem('paczkę')).toBe(pl.stem('paczka'));
    const cs = searchLanguage('cs', { stopWords: {}, synonyms: {} });
    expect(cs.stem('zásilku')).toBe(cs.stem('zásilka'));
  });

  it('does not count a word known only by a one- or two-letter stem as the language knowing it', () => {
    const tr = searchLanguage('tr', { stopWords: {}, synonyms: {} });
    const trIndex = buildSearchIndex(
      [{ item: 'name', title: 'Adınıza kargo', body: 'Kargo adınıza gönderildi.' }],
      tr,
    );
    // Turkish stems both "aduna" (a Spanish typo) and "adınıza" to "ad".
    const { hits, coverage } = searchWithCoverage(trIndex, 'aduna', 5);
    expect(hits.map((h) => h.item)).toEqual(['name']);
    expect(coverage).toBe(0);
    expect(searchWithCoverage(trIndex, 'kargo', 5).coverage).toBe(1);
  });
});
