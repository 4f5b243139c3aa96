import { describe, expect, it } from 'vitest';
import { loadAliasContentSync, normalizerRules } from '../src/db/content.js';
import { buildAliasIndex } from '../src/domain/status-normalizer.js';

// Rules plus alias phrases, as the product reads a message.
const index = buildAliasIndex(
  loadAliasContentSync().map((a, i) => ({ ...a, id: i + 1 })),
  { rules: normalizerRules(), memoSize: 0 },
);
const read = (message: string) => index.match(message).status;

describe('German rules (denl)', () => {
  it('reads a recipient not at home or nobody met as a delivery attempt', () => {
    expect(read('Der Empfänger war nicht zu Hause.')).toBe('WAITING_FOR_PICKUP');
    expect(read('Niemand angetroffen')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads a deceased recipient or a seized parcel as an exception', () => {
    expect(read('Empfänger verstorben')).toBe('EXCEPTION');
    expect(read('Die Sendung wurde beschlagnahmt.')).toBe('EXCEPTION');
    expect(read('Die Sendung wurde vom Zoll beschlagnahmt.')).toBe('EXCEPTION');
  });

  it('reads the import country reached as arrived, and delivery to the sender as a return', () => {
    expect(read('Die Sendung hat das Importland erreicht.')).toBe('ARRIVED_AT_DESTINATION');
    expect(read('Die Sendung wurde an den Absender geliefert.')).toBe('RETURNED_TO_SENDER');
  });

  it('never reads a future or denied handover as DELIVERED', () => {
    expect(read('Die Sendung wird dem Empfänger ausgehändigt.')).not.toBe('DELIVERED');
    expect(read('Die Sendung kann nicht ausgehändigt werden.')).not.toBe('DELIVERED');
    expect(read('Die Sendung wurde nicht ausgehändigt.')).not.toBe('DELIVERED');
    expect(read('Die Sendung wurde an den Empfänger ausgehändigt.')).toBe('DELIVERED');
  });
});
