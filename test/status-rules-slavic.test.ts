import { describe, expect, it } from 'vitest';
import { loadAliasContentSync, normalizerRules } from '../src/db/content.js';
import { buildAliasIndex } from '../src/domain/status-normalizer.js';

// Rules plus alias phrases, as the product reads a message.
const index = buildAliasIndex(
  loadAliasContentSync().map((a, i) => ({ ...a, id: i + 1 })),
  { rules: normalizerRules(), memoSize: 0 },
);
const status = (message: string) => index.match(message).status;

describe('Ukrainian storage and preparation vocabulary', () => {
  it('reads a formed (prepared) shipment as information received', () => {
    expect(status('Відправлення сформовано')).toBe('INFO_RECEIVED');
  });

  it('reads paid storage as waiting for pickup', () => {
    expect(status('Платне зберігання')).toBe('WAITING_FOR_PICKUP');
    expect(status('Почалося платне зберігання')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads ended storage as an exception, and a return after it as a return', () => {
    expect(status('Зберігання закінчилось')).toBe('EXCEPTION');
    expect(status('Зберігання закінчилось, посилка повертається відправнику')).toBe(
      'RETURNED_TO_SENDER',
    );
  });

  it('keeps a collection after paid storage delivered, and nothing else', () => {
    expect(status('Платне зберігання. Посилку отримано')).toBe('DELIVERED');
    expect(status('Платне зберігання')).not.toBe('DELIVERED');
    expect(status('Відправлення сформовано')).not.toBe('DELIVERED');
  });
});
