import { describe, expect, it } from 'vitest';
import {
  buildSnippet,
  rankSearchHits,
  scoreHit,
  trigramSimilarity,
} from '../src/domain/faq-search.js';

describe('search ranking', () => {
  it('ranks a full-text match above any typo match', () => {
    const fullText = scoreHit({ textRank: 0.05, titleSimilarity: 0, bodySimilarity: 0.2 });
    const perfectTypo = scoreHit({ textRank: 0, titleSimilarity: 1, bodySimilarity: 1 });
    expect(fullText).toBeGreaterThan(perfectTypo);
  });

  it('ranks a title typo above the same typo in the body', () => {
    expect(scoreHit({ textRank: 0, titleSimilarity: 0.6, bodySimilarity: 0.6 })).toBeGreaterThan(
      scoreHit({ textRank: 0, titleSimilarity: 0.1, bodySimilarity: 0.6 }),
    );
  });

  it('keeps scores between 0 and 1 and returns the best first, at most `first`', () => {
    const hits = rankSearchHits(
      [
        { item: 'weak', textRank: 0, titleSimilarity: 0.3, bodySimilarity: 0.3 },
        { item: 'strong', textRank: 5, titleSimilarity: 1, bodySimilarity: 1 },
        { item: 'middle', textRank: 0.1, titleSimilarity: 0, bodySimilarity: 0 },
      ],
      2,
    );
    expect(hits.map((h) => h.item)).toEqual(['strong', 'middle']);
    expect(hits.every((h) => h.score >= 0 && h.score <= 1)).toBe(true);
  });

  it('measures trigram similarity like pg_trgm for one typo', () => {
    expect(trigramSimilarity('custms', 'customs')).toBeCloseTo(0.5, 2);
    expect(trigramSimilarity('customs', 'customs')).toBe(1);
  });
});

describe('snippets', () => {
  it('turns PostgreSQL headline markers into <mark> and escapes everything else', () => {
    const snippet = buildSnippet('Call {{mark}}customs{{/mark}} <now> & wait', '', 'customs');
    expect(snippet).toBe('Call <mark>customs</mark> &#60;now&#62; &#38; wait');
  });

  it('marks the body word a typo meant when full-text search found nothing', () => {
    const body = 'At certain stages in the customs clearance process, your package might be held.';
    expect(buildSnippet(body, body, 'custms')).toContain('<mark>customs</mark>');
  });
});
