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
