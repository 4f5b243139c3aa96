import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), lead, session of 2026-12-07 13:56 UTC.
describe('Catalan: the parcel waiting for you (lead 45)', () => {
  readsEach([
    ["El paquet et espera a l'oficina", 'WAITING_FOR_PICKUP'],
    ['El teu paquet et espera al punt de recollida fins al 12/05', 'WAITING_FOR_PICKUP'],
    ['El paquet et espera al punt de recollida', 'WAITING_FOR_PICKUP'],
    ['Et esperem a la botiga', 'UNKNOWN'],
  ]);
});
