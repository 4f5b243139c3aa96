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

// A service sentence after the status ("In case of problems, please contact us") reads UNKNOWN
// by itself; it must not blank the status the sentence before it states, while a message that is
// only the service sentence stays UNKNOWN.
describe('a service condition after the status keeps the status (lead 45)', () => {
  readsEach([
    ['Delivered to neighbour. In case of problems, please contact us', 'DELIVERED'],
    ['Zugestellt. Bei Problemen kontaktieren Sie uns.', 'DELIVERED'],
    ['Livré. En cas de problème, contactez-nous.', 'DELIVERED'],
    ['Entregado. En caso de problema, contáctenos.', 'DELIVERED'],
    ['Consegnato. In caso di problemi contatta il servizio clienti.', 'DELIVERED'],
    ['In transit. In case of problems with your shipment, please call 0800 123.', 'IN_TRANSIT'],
    ['Paket ist unterwegs. Bei Problemen mit Ihrer Sendung wenden Sie sich an uns.', 'IN_TRANSIT'],
    ['If your parcel could not be delivered, please contact us', 'UNKNOWN'],
    ['Tracking number not found. Please check the number.', 'UNKNOWN'],
  ]);
});
