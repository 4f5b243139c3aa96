import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 9 (new real sources): probes of the families behind the new training rows' misses.
// Hand-written, not corpus rows.

describe('Dutch probes (de9): registered, not yet handed over by the sender', () => {
  readsEach([
    ['De afzender heeft het pakket aangemeld, maar nog niet bij ons aangeboden.', 'INFO_RECEIVED'],
    ['Uw pakket is aangemeld, maar nog niet aan ons overhandigd', 'INFO_RECEIVED'],
    ['Het pakket is nog niet door de afzender aangeleverd', 'INFO_RECEIVED'],
    ['De zending is nog niet door de webwinkel aangeboden', 'INFO_RECEIVED'],
    ['Zending aangemeld, nog niet bij ons afgegeven', 'INFO_RECEIVED'],
    ['Je pakket is nog niet opgehaald bij het PostNL-punt', 'WAITING_FOR_PICKUP'],
    ['Je pakket ligt klaar en kan worden opgehaald', 'WAITING_FOR_PICKUP'],
    ['Het pakket is bij ons aangeboden en gesorteerd', 'IN_TRANSIT'],
    ['Uw zending is aangemeld', 'INFO_RECEIVED'],
  ]);

  neverDeliveredEach([
    ['Het pakket is nog niet door de afzender aangeleverd'],
    ['Pakket is door de afzender aangeboden bij een servicepunt'],
  ]);
});
