import { describe, expect, it } from 'vitest';
import { normalizeMessage } from '../src/domain/text-normalize.js';
import { rulesIndex } from './support/normalizer.js';

const read = (message: string) => rulesIndex.match(message);

describe('a wording beside a label, or a place or code after one, reads as it reads alone', () => {
  it.each([
    // A label naming no event, before the wording.
    ['Event: Arrivata in sede', 'ARRIVED_AT_DESTINATION'],
    ['DHL: Wysłano powiadomienie SMS', 'UNKNOWN'],
    ['Shipment RR123456785CN: Saturday Delivery Confirmed', 'UNKNOWN'],
    // A place no rule knows, as a label.
    ['HAMBURG: Arrivata in sede', 'ARRIVED_AT_DESTINATION'],
    // A code with its label, after the wording.
    ['Wysłano powiadomienie SMS (Code: 1234)', 'UNKNOWN'],
    ['Arrivata in sede (Ref: 5521)', 'ARRIVED_AT_DESTINATION'],
    // A town after its postal code.
    ['راجع 20095 Hamburg', 'RETURNED_TO_SENDER'],
  ])('%s reads %s', (message, status) => {
    expect(read(message).status).toBe(status);
  });

  it('keeps the whole reading where the other clause is evidence itself', () => {
    // A one-letter event code a rule reads; a label the wording's phrase goes on from.
    expect(read('M - Manifest pickup').status).toBe('INFO_RECEIVED');
    expect(read('Entrega: concluída').status).toBe('DELIVERED');
  });

  it('keeps what the other clause says when it qualifies the wording', () => {
    // A "no" answers the label: the delivery is denied, not read alone.
    expect(read('Delivered: NO').status).not.toBe('DELIVERED');
    expect(read('Date delivered: -').status).not.toBe('DELIVERED');
  });

  it('keeps a reading through a typo, whose word looks unknown', () => {
    expect(read('Status: Zugestelt')).toMatchObject({ status: 'DELIVERED', method: 'FUZZY' });
  });
});

describe('dates, times and number labels beside the wording', () => {
  it('drops a feed timestamp, its "T" and its zone with it', () => {
    expect(normalizeMessage('2026-03-12T14:35:00Z Delivered')).toBe('delivered');
    expect(normalizeMessage('Podáno 2026-03-12T14:35:00.123+01:00')).toBe('podano');
    expect(read('2026-03-12T14:35:00Z راجع').status).toBe('RETURNED_TO_SENDER');
  });

  it('drops dates and times as Chinese, Japanese and Korean write them, not durations', () => {
    expect(normalizeMessage('已签收 2026年3月12日 14:35')).toBe('已签收');
    // Inside a run of Chinese the date leaves no gap.
    expect(normalizeMessage('预计3月12日送达')).toBe('预计送达');
    expect(normalizeMessage('2026年3月12日 14時35分 配達完了')).toBe('配达完了');
    // Hangul comes out decomposed: compared with the words' own normal form.
    expect(normalizeMessage('2026년 3월 12일 14시 35분 배송완료')).toBe(
      normalizeMessage('배송완료'),
    );
    expect(normalizeMessage('1時間以内に配達')).toBe('1时间以内に配达');
    expect(normalizeMessage('2시간 후 배송')).toBe(
      normalizeMessage('2시간 후 배송 2026년 3월 12일'),
    );
    expect(normalizeMessage('2시간 후 배송')).toMatch(/^2/);
  });

  it('takes "no" for a number label only as a word of its own', () => {
    // "Dodáno 12.3.": delivered on 12 March; "\b" saw a word start after the "á".
    expect(normalizeMessage('Dodáno 12.3.')).toBe('dodano');
    expect(read('Dodáno 12.3.').status).toBe('DELIVERED');
    expect(normalizeMessage('Envío Nº 123 entregado')).toBe('envio entregado');
    expect(normalizeMessage('Order No. 5 delivered')).toBe('order delivered');
  });
});
