import { describe, expect, it } from 'vitest';
import { readCorpus } from '../src/db/corpus.js';
import { rulesIndex } from './support/normalizer.js';

// Real wordings arrive wrapped in what their systems add: a place before them, a field separator,
// markup from a web page, an English sentence of the shop's. The rules must read a training
// wording the same way once wrapped. Counted over every training wording the rules read right;
// a few flips are allowed (a rule anchored at the message's end, "Item Delivered(Sender)", does
// not see past a trailing place), a wave of them is a regression.

const rows = readCorpus().filter((r) => r.split === 'train' && r.expected !== 'UNKNOWN');
const right = rows.filter((r) => rulesIndex.match(r.message).status === r.expected);

const WRAPPINGS: Record<string, (message: string) => string> = {
  'a place before it': (m) => `Hamburg - ${m}`,
  'a place as a label': (m) => `HAMBURG: ${m}`,
  'a status label': (m) => `Status: ${m}`,
  'a place after a comma': (m) => `${m}, Hamburg`,
  'field separators': (m) => `03.11.2026 | Hamburg | ${m}`,
  'a line break': (m) => `Hamburg\n${m}`,
  'a tracking number after it': (m) => `${m} 1Z999AA10123456784`,
  'an English sentence after it': (m) => `${m}. Thank you for shopping with us.`,
  'HTML markup and entities': (m) =>
    `<p>${m.replace(/é/g, '&eacute;').replace(/ /g, '&nbsp;')}</p>`,
  'capitals without accents': (m) => m.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase(),
};

describe('training wordings read the same when wrapped', () => {
  it.each(Object.entries(WRAPPINGS))('%s', (_name, wrap) => {
    const flipped = right.filter((r) => rulesIndex.match(wrap(r.message)).status !== r.expected);
    const wrongDelivered = flipped.filter(
      (r) => rulesIndex.match(wrap(r.message)).status === 'DELIVERED',
    );
    expect(right.length).toBeGreaterThan(10_000);
    expect(
      flipped.length,
      flipped
        .slice(0, 5)
        .map((r) => r.message)
        .join(' | '),
    ).toBeLessThan(right.length * 0.005);
    expect(wrongDelivered.length).toBeLessThanOrEqual(1);
  });
});
