import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../src/domain/delivery-histogram.js';
import { lateNotice, outlookSentence } from '../src/domain/delivery-outlook.js';

const since = new Date('2026-11-10T00:00:00Z');
const daysLater = (days: number) => new Date(since.getTime() + days * DAY_MS);
const estimate = {
  basis: 'LANE' as const,
  fromStatus: 'ARRIVED_AT_DESTINATION' as const,
  since,
  earliest: daysLater(3.4),
  latest: daysLater(6.2),
  destinationCountry: 'ES',
};

describe('outlookSentence', () => {
  it('says the window in whole days, rounded outwards', () => {
    expect(outlookSentence(estimate, 'en')).toBe(
      'Parcels on this route usually arrive 3–7 days after reaching the destination country.',
    );
  });

  it('names the destination for the country bases, in the shopper language', () => {
    expect(outlookSentence({ ...estimate, basis: 'DESTINATION' }, 'en')).toBe(
      'Parcels to Spain usually arrive 3–7 days after reaching the destination country.',
    );
    expect(outlookSentence({ ...estimate, basis: 'DESTINATION' }, 'de')).toBe(
      'Sendungen (Ziel: Spanien) kommen meist 3–7 Tage nach Ankunft im Zielland an.',
    );
    expect(outlookSentence({ ...estimate, basis: 'CARRIER_DESTINATION' }, 'es')).toBe(
      'Los paquetes con este transportista con destino a España suelen llegar entre 3 y 7 días después de llegar al país de destino.',
    );
  });

  it('speaks of parcels in general for the status basis, and from the status reached', () => {
    expect(
      outlookSentence({ ...estimate, basis: 'STATUS', fromStatus: 'HELD_BY_CUSTOMS' }, 'fr'),
    ).toBe('Les colis arrivent généralement 3 à 7 jours après leur retenue en douane.');
    expect(
      outlookSentence({ ...estimate, basis: 'STATUS', fromStatus: 'OUT_FOR_DELIVERY' }, 'pt'),
    ).toBe('As encomendas costumam chegar entre 3 e 7 dias depois de saírem para entrega.');
  });

  it('orders the words as each language needs, in languages without spaces too', () => {
    expect(outlookSentence({ ...estimate, basis: 'DESTINATION' }, 'zh')).toBe(
      '寄往西班牙的包裹通常在到达目的国后3至7天内送达。',
    );
    const pl = outlookSentence({ ...estimate, basis: 'DESTINATION' }, 'pl');
    expect(pl).toContain('Hiszpania');
    expect(pl).toMatch(/3–7/);
    expect(pl).not.toMatch(/[{}]/);
  });

  it('never shows an empty window and answers unknown locales in English', () => {
    const sameDay = { ...estimate, earliest: daysLater(0.2), latest: daysLater(0.4) };
    expect(outlookSentence(sameDay, 'xx')).toBe(
      'Parcels on this route usually arrive 0–1 days after reaching the destination country.',
    );
  });
});

describe('lateNotice', () => {
  it('gives the date similar parcels had arrived by', () => {
    expect(lateNotice(daysLater(6.2), 'en')).toBe(
      'Your parcel is later than expected: similar parcels had arrived by November 16, 2026.',
    );
    expect(lateNotice(daysLater(6.2), 'de')).toMatch(/16\. November 2026/);
    expect(lateNotice(daysLater(6.2), 'ja')).toMatch(/2026年11月16日/);
  });
});
