import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 9 (central9): families of the training misses the corpus's Polish and Romanian rows
// showed (inbound mail at the office of exchange, created, held for inspection vs held by
// customs, the sender handing the parcel over, a courier order). Hand-written probes, not
// corpus rows.

describe('Polish probes (central9)', () => {
  readsEach([
    ['Przesyłka przyjęta w urzędzie wymiany - poczta przychodząca', 'ARRIVED_AT_DESTINATION'],
    ['Poczta przychodząca: przesyłka w urzędzie wymiany', 'ARRIVED_AT_DESTINATION'],
    ['Przyjęcie przesyłki w Polsce (import)', 'ARRIVED_AT_DESTINATION'],
    ['Przesyłka utworzona', 'INFO_RECEIVED'],
    ['Etykieta utworzona', 'INFO_RECEIVED'],
    ['Przesyłka została zatrzymana do kontroli', 'EXCEPTION'],
    ['Paczka zatrzymana do kontroli bezpieczeństwa', 'EXCEPTION'],
    ['Przesyłka zatrzymana do kontroli celnej', 'HELD_BY_CUSTOMS'],
    ['Przesyłka zatrzymana do kontroli przez służby celne', 'HELD_BY_CUSTOMS'],
  ]);

  neverDeliveredEach([['Przesyłka zatrzymana do kontroli, nie została doręczona']]);
});

describe('Romanian probes (central9)', () => {
  readsEach([
    ['Expeditorul a predat coletul curierului.', 'IN_TRANSIT'],
    ['Expeditorul a predat coletul in punctul de predare', 'IN_TRANSIT'],
    ['Comanda curier a fost inregistrata', 'INFO_RECEIVED'],
    ['Comanda curier creata', 'INFO_RECEIVED'],
  ]);

  neverDeliveredEach([['Expeditorul a predat coletul, livrare planificata maine']]);
});
