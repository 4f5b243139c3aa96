import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Negation never yields DELIVERED (issue 15, item 5). A sweep of negated deliveries in 30
 * languages found two shapes that did: a German or Dutch negator before the place or party that
 * the participle closes ("nicht | bei Ihnen | zugestellt"), read through the files'
 * `placePrepositions`, and a negating determiner before the noun ("Aucune livraison effectuée",
 * "No delivery made"), read as French, Spanish and Portuguese negators and as English and French
 * `negatedDelivery` phrases. Each row below that is not DELIVERED read DELIVERED before.
 * Beside them, Turkish "hasarsız" (undamaged) read as damage twice over: through the stem
 * "hasar*", and through the typo pass, which took it for "başarısız" (failed), two letters and
 * a first letter away.
 */
describe('a negator before the place a German or Dutch participle closes', () => {
  neverDeliveredEach([
    ['Das Paket wurde heute leider nicht bei Ihnen zugestellt'],
    ['Leider nicht an der Wunschadresse zugestellt'],
    ['Die Sendung wurde nicht auf der Terrasse abgelegt'],
    ['Zending werd niet op het afleveradres bezorgd'],
    ['Niet aan de geadresseerde afgeleverd'],
    ['Nog niet bij de bezorger afgeleverd'],
    ['Pakket is nog niet door de bezorger afgeleverd'],
  ]);
  readsEach([
    ['Empfänger nicht angetroffen, bei Nachbarn zugestellt', 'DELIVERED'],
    ['Empfänger nicht an der Adresse, Sendung beim Nachbarn zugestellt', 'DELIVERED'],
    ['Ontvanger niet op het adres, pakket bij de buren afgeleverd', 'DELIVERED'],
    ['Niet thuis, door de bezorger bij de buren afgeleverd', 'DELIVERED'],
    ['Geen gehoor aan de deur, bij de buren afgeleverd', 'DELIVERED'],
    ['Nicht am Wunschtag, aber heute zugestellt', 'DELIVERED'],
    ['Door de bezorger afgeleverd', 'DELIVERED'],
  ]);
});

describe('a negating determiner before the delivery it denies', () => {
  readsEach([
    ['No delivery made', 'EXCEPTION'],
    ['No delivery was made today', 'EXCEPTION'],
    ['No delivery has been made', 'EXCEPTION'],
    ['Aucune livraison effectuée', 'EXCEPTION'],
    ['Aucun colis livré', 'EXCEPTION'],
    ['Ningún paquete entregado', 'EXCEPTION'],
    ['Nenhum objeto entregue', 'EXCEPTION'],
    ['Ningún intento de entrega', 'UNKNOWN'],
    ['Delivered, no delivery charge made', 'DELIVERED'],
    ['Livré, aucun frais supplémentaire', 'DELIVERED'],
  ]);
});

describe('undamaged is no damage (Turkish privative -sız)', () => {
  readsEach([
    ['Kargo hasarsız teslim alındı', 'IN_TRANSIT'],
    ['Hasarsız ulaştı', 'IN_TRANSIT'],
    ['Gönderi hasarsız olarak teslim edildi', 'DELIVERED'],
    ['Kargo hasarlandı', 'EXCEPTION'],
    ['Gönderi hasar gördü', 'EXCEPTION'],
    ['Paket hasarlı', 'EXCEPTION'],
  ]);
});
