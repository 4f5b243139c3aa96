import { describe, expect, it } from 'vitest';
import { clausesOf, identifierWords, withoutQuestions } from '../src/domain/message-parts.js';

describe('clausesOf', () => {
  it('splits at sentence ends, field separators, dashes between spaces and a label colon', () => {
    expect(clausesOf('Levert. Thank you for shopping with us.')).toEqual([
      'Levert',
      'Thank you for shopping with us.',
    ]);
    expect(clausesOf('03.11.2026 | Hamburg | Zugestellt')).toEqual([
      '03.11.2026',
      'Hamburg',
      'Zugestellt',
    ]);
    expect(clausesOf('HAMBURG: Zugestellt')).toEqual(['HAMBURG', 'Zugestellt']);
    expect(clausesOf('DHL：派送')).toEqual(['DHL', '派送']);
    expect(clausesOf('Hamburg - Zugestellt')).toEqual(['Hamburg', 'Zugestellt']);
    expect(clausesOf('Collected, Hamburg')).toEqual(['Collected', 'Hamburg']);
  });

  it('leaves one sentence whole: a time, a hyphenated word, a dotted date', () => {
    expect(clausesOf('Delivered at 14:05')).toBeNull();
    expect(clausesOf('Pick-up scheduled 03.11.2026')).toBeNull();
    expect(clausesOf('Charges 1,50 EUR')).toBeNull();
    // A day and month end in a dot ("am 12.03."): no sentence ends there.
    expect(clausesOf('Zustellversuch am 12.03. nicht erfolgreich')).toBeNull();
    expect(clausesOf('Zugestellt am 3.11. Danke')).toBeNull();
    expect(clausesOf('Zugestellt. Danke')).toEqual(['Zugestellt', 'Danke']);
  });
});

describe('identifierWords', () => {
  it('splits a camel-case name of two words or more', () => {
    expect(identifierWords('DeliveredToNeighbour')).toBe('Delivered To Neighbour');
    expect(identifierWords('returnedToSender')).toBe('returned To Sender');
    expect(identifierWords('DeliveryFailed')).toBe('Delivery Failed');
  });

  it('leaves names with a run of capitals, and sentences, alone', () => {
    expect(identifierWords('PostNL')).toBe('PostNL');
    expect(identifierWords('Delivered To Neighbour')).toBe('Delivered To Neighbour');
  });
});

describe('withoutQuestions', () => {
  it('drops the sentences that ask, and keeps the ones that state', () => {
    expect(withoutQuestions('Delivered')).toBeNull();
    expect(withoutQuestions('Ist die Sendung zugestellt?')?.trim()).toBe('.');
    expect(withoutQuestions('Delivered? No')).toBe(' .  No');
    expect(withoutQuestions('Delivered. Questions? Call us')).toBe('Delivered. .  Call us');
    expect(withoutQuestions('¿Ha sido entregado?')?.trim()).toBe('.');
    expect(withoutQuestions('已妥投。好不好？【五星】')).toBe('已妥投。 . 【五星】');
  });

  it('reads the Greek question mark, typed as U+037E or as ";" after a Greek word', () => {
    expect(withoutQuestions('Παραδόθηκε\u037e')?.trim()).toBe('.');
    expect(withoutQuestions('Το δέμα παραδόθηκε; Όχι ακόμα')).toBe(' .  Όχι ακόμα');
    // A semicolon after Latin words, or between two Greek fields, is a separator.
    expect(withoutQuestions('Delivered; signed by JOHN')).toBeNull();
    expect(withoutQuestions('Παραδόθηκε;Αθήνα')).toBeNull();
  });
});
