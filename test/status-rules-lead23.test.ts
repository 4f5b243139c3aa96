import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Russian Post names its events by noun ("Вручение", handing over): the noun with the
 * addressee's absence after it is a failed hand-over, never a delivery.
 */
describe('a Russian hand-over event with the addressee absent', () => {
  readsEach([
    ['Вручение адресату почтальоном', 'DELIVERED'],
    ['Вручение: временное отсутствие адресата', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([
    ['Вручение: адресат отсутствует'],
    ['Вручение. Получатель отсутствовал'],
    ['Вручение — отсутствие получателя'],
  ]);
});

/**
 * A field answered by a lone "no" (content/rules/<lang>.json `noAnswers`) denies what the field
 * reads; a "no" after another field, or one a rule phrase reads itself, does not.
 */
describe('a label answered "no"', () => {
  readsEach([
    ['Вручено: нет', 'UNKNOWN'],
    ['Doręczono: nie', 'UNKNOWN'],
    ['Returned to sender: no', 'UNKNOWN'],
    ['Available for pickup: no', 'UNKNOWN'],
    ['Delivered, signature: no', 'DELIVERED'],
    ['Zugestellt - Unterschrift: nein', 'DELIVERED'],
    ['Status: Delivered', 'DELIVERED'],
    ['Duties paid: no', 'HELD_BY_CUSTOMS'],
  ]);
  neverDeliveredEach([
    ['Teslim edildi: hayır'],
    ['配達完了：いいえ'],
    ['已签收：否'],
    ['Доставлено: нет'],
    ['Entregue: não'],
  ]);
});

/**
 * The answer may be a language's negator, with its "yet" or "ever" (`negators`,
 * `negationAdverbs`): "not yet" answers the label as "no" does. A value that holds another word
 * is no such answer.
 */
describe('a label answered "not yet" or "never"', () => {
  readsEach([
    ['Consegnato: non ancora', 'UNKNOWN'],
    ['Livré : jamais', 'UNKNOWN'],
    ['Zugestellt: erfolgreich', 'DELIVERED'],
    ['Delivered: successfully', 'DELIVERED'],
    ['Delivered, signature: not required', 'DELIVERED'],
    ['Delivered: T', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Zugestellt: nicht'],
    ['Zugestellt: noch nicht'],
    ['Entregado: todavía no'],
    ['Доставлено: ещё нет'],
    ['Entregue: ainda não'],
    ['Doręczono: jeszcze nie'],
    ['Delivered: never'],
  ]);
});
