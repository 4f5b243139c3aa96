import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 21, east: families of the real wordings added to
// the training split this round (BOX NOW status sentences of a Croatian shop): a parcel that
// "se nalazi u" a locker waits for pickup, one waiting to be collected "iz trgovine" is not yet
// with the carrier, "se dostavlja" / "u procesu dostave" is movement, "u procesu povrata" a
// return, "se pronalazi" / "potraga za pošiljkom" a parcel being searched for.

describe('Croatian', () => {
  readsEach([
    ['Paket se nalazi u odabranom paketomatu', 'WAITING_FOR_PICKUP'],
    ['Vaša pošiljka se nalazi u paketomatu BOX NOW', 'WAITING_FOR_PICKUP'],
    ['Pošiljka se nalazi u pretincu paketomata', 'WAITING_FOR_PICKUP'],
    ['Paket se nalazi u odabranom paketshopu', 'WAITING_FOR_PICKUP'],
    ['Pošiljka se nalazi u sortirnom centru', 'IN_TRANSIT'],
    ['Čeka se preuzimanje iz web trgovine', 'INFO_RECEIVED'],
    ['Pošiljka čeka preuzimanje iz trgovine', 'INFO_RECEIVED'],
    ['Paket čeka preuzimanje iz e-trgovine', 'INFO_RECEIVED'],
    ['Čeka preuzimanje u trgovini', 'WAITING_FOR_PICKUP'],
    ['Paket se dostavlja.', 'IN_TRANSIT'],
    ['Vaše pošiljke se dostavljaju', 'IN_TRANSIT'],
    ['Dostavlja se prema paketomatu', 'IN_TRANSIT'],
    ['Paket je u procesu dostave', 'IN_TRANSIT'],
    ['Pošiljka je u postupku dostave', 'IN_TRANSIT'],
    ['Paket je u procesu povrata', 'RETURNED_TO_SENDER'],
    ['Pošiljka je u postupku povrata pošiljatelju', 'RETURNED_TO_SENDER'],
    ['Paket se pronalazi.', 'EXCEPTION'],
    ['Pokrenuta je potraga za pošiljkom', 'EXCEPTION'],
    ['Potraga za paketom u tijeku', 'EXCEPTION'],
    ['Paket se nalazi u paketomatu', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([
    ['Pošiljka se još ne dostavlja'],
    ['Paket se nalazi u paketomatu i čeka preuzimanje'],
    ['Paket je dostavljen u paketomat i čeka preuzimanje'],
    ['Pošiljka nije u procesu dostave'],
  ]);
});

describe('Serbian', () => {
  readsEach([
    ['Пошиљка се налази у пакетомату', 'WAITING_FOR_PICKUP'],
    ['Пакет се налази у одабраном пакетомату', 'WAITING_FOR_PICKUP'],
  ]);
});
