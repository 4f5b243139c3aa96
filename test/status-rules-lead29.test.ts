import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * A negator denies more than the phrase right after it: every phrase starting inside a denied
 * one, and on through those. A place phrase closed by a verb at the end of the clause
 * ("nicht | in die Packstation | zugestellt") is one denied delivery, not a denied place
 * beside a delivery. A phrase after the denied ones, not overlapping them, keeps its reading.
 */
describe('a negator reaching through a place to the verb that closes it', () => {
  readsEach([
    ['Nicht in die Packstation zugestellt', 'EXCEPTION'],
    ['Nicht in der Filiale zugestellt', 'EXCEPTION'],
    ['Nicht in die Paketbox zugestellt', 'EXCEPTION'],
    ['Nie do paczkomatu dostarczono', 'EXCEPTION'],
    ['In die Packstation zugestellt', 'WAITING_FOR_PICKUP'],
    ['Empfänger nicht da, beim Nachbarn abgegeben', 'DELIVERED'],
    ['Nicht zu Hause angetroffen, Sendung in Filiale zugestellt', 'WAITING_FOR_PICKUP'],
    ['Nicht in den Briefkasten zugestellt', 'EXCEPTION'],
    ['Nicht in die Packstation, beim Nachbarn zugestellt', 'DELIVERED'],
    ['Das Paket wurde nicht von der Abholstation abgeholt', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([
    ['Nicht in die Empfangsbox zugestellt'],
    ['Sendung nicht in die Packstation zugestellt'],
    ['Paket nicht in der Postfiliale zugestellt'],
  ]);
});
