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

// German "abgeschlossen" (completed) is a customs clearance only beside a customs word: with
// "nicht" after a sorting or a delivery it read HELD_BY_CUSTOMS.
describe('German: completed, and not completed, beside a customs word or another step (lead 45)', () => {
  readsEach([
    ['Sortierung nicht abgeschlossen', 'IN_TRANSIT'],
    ['Zustellung nicht abgeschlossen', 'EXCEPTION'],
    ['Verzollung abgeschlossen', 'IN_TRANSIT'],
    ['Die Verzollung ist abgeschlossen', 'IN_TRANSIT'],
    ['Importverzollung abgeschlossen', 'IN_TRANSIT'],
    ['Einfuhrabfertigung abgeschlossen', 'IN_TRANSIT'],
    ['Zollanmeldung abgeschlossen', 'IN_TRANSIT'],
    ['Verzollung nicht abgeschlossen', 'HELD_BY_CUSTOMS'],
    ['Zollabfertigung nicht abgeschlossen', 'HELD_BY_CUSTOMS'],
    ['Zustellung abgeschlossen', 'DELIVERED'],
  ]);
});

// Romanian: a redirection that could not be made is no resolved problem.
describe('Romanian: redirected, and could not be redirected (lead 45)', () => {
  readsEach([
    ['Coletul nu a putut fi redirecționat', 'EXCEPTION'],
    ['Coletul nu poate fi redirecționat', 'EXCEPTION'],
    ['Coletul a fost redirecționat', 'IN_TRANSIT'],
    ['Redirecționat — eroare de sortare', 'IN_TRANSIT'],
  ]);
});

// A promise to tell when the parcel is out for delivery or ready for pickup is no such status yet.
describe('English: we will let you know when it is out for delivery or ready for pickup (lead 45)', () => {
  readsEach([
    [
      'Arrived at the delivery depot. You will receive an SMS when your parcel is out for delivery.',
      'ARRIVED_AT_DESTINATION',
    ],
    ["In transit. We'll email you when it's ready for pickup.", 'IN_TRANSIT'],
    [
      'Your parcel is at the sorting centre. We will notify you once it is out for delivery',
      'IN_TRANSIT',
    ],
    ["Out for delivery. We'll text you when the driver is nearby", 'OUT_FOR_DELIVERY'],
    ['Ready for collection. We sent you an email.', 'WAITING_FOR_PICKUP'],
    ['Your parcel is ready for pickup', 'WAITING_FOR_PICKUP'],
  ]);
});
