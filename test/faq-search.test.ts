import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, searchDocuments } from '../src/domain/faq-search.js';
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

  it('matches stemmed forms ("tracking" finds "track")', () => {
    expect(searchDocuments(index, 'tracking', 5)[0]?.item).toBe('track');
  });

  it('corrects a typo to the nearest written word and returns nothing for noise', () => {
    expect(searchDocuments(index, 'custms', 5).map((h) => h.item)).toEqual(['customs']);
    expect(searchDocuments(index, 'zzzzqqqq', 5)).toEqual([]);
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
});
