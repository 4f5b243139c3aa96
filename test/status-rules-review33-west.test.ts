import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

/**
 * Round 33 review of rounds 26-28's en, de, nl, fr, es, pt and it phrases: true events that carry a phrase's
 * words in another sense. Dutch "mogelijk" is also "possible" ("niet mogelijk"), not only "maybe"; a
 * tracking code ("código de rastreio/seguimiento") before a delivery is not a code that was delivered;
 * Spanish "correo" also names a carrier ("Correo Argentino"); a delivery "en el centro de trabajo" is made
 * at the recipient's workplace, not at a hub; Italian "punto" and "ufficio" also name the spot or office the
 * recipient chose, not only a pickup point or post office; an English item "collected from" the sender at a
 * counter is an acceptance; a German notice card that "wird deponiert" does not make a delivery future; "dlvd to delivery address" is a delivery, not a hand-over to a delivery partner.
 */
describe('west review 33: "mogelijk" is also "possible"', () => {
  readsEach([
    ['Bezorgen niet mogelijk, bij buren bezorgd', 'DELIVERED'],
    ['Afleveren niet mogelijk, bij de buren bezorgd', 'DELIVERED'],
  ]);
});

describe('west review 33: a tracking code is not a delivered code', () => {
  readsEach([
    ['Código de rastreio: objeto entregue ao destinatário', 'DELIVERED'],
    ['Código de seguimiento: envío entregado', 'DELIVERED'],
    ['Aviso SMS enviado. Objeto entregue ao destinatário', 'DELIVERED'],
  ]);
});

describe('west review 33: a carrier named "correo", a delivery at the workplace', () => {
  readsEach([
    ['Entregado por Correo Argentino', 'DELIVERED'],
    ['Entregado por correo certificado al destinatario', 'DELIVERED'],
    ['Entrega realizada en el centro de trabajo del destinatario', 'DELIVERED'],
    ['Entrega realizada en la nave del cliente', 'DELIVERED'],
  ]);
});

describe('west review 33: a spot or office the recipient named is not a pickup point', () => {
  readsEach([
    ['Consegna effettuata presso il punto indicato dal destinatario', 'DELIVERED'],
    ["Avvenuta consegna presso l'ufficio del destinatario", 'DELIVERED'],
    ['Consegna effettuata presso il punto di ritiro', 'WAITING_FOR_PICKUP'],
    ['Avvenuta consegna presso il Punto Poste', 'WAITING_FOR_PICKUP'],
    ["Avvenuta consegna presso l'ufficio postale", 'WAITING_FOR_PICKUP'],
  ]);
});

describe('west review 33: collected from the sender at a counter, delivered to the delivery address', () => {
  readsEach([
    ['Item collected from sender at counter', 'IN_TRANSIT'],
    ['Parcel collected from PostNet counter', 'DELIVERED'],
    ['Parcel collected from the post office counter', 'DELIVERED'],
    ['DLVD TO DELIVERY ADDRESS', 'DELIVERED'],
    ['Dlvd to local address', 'DELIVERED'],
    ['Dlvd to local hub', 'IN_TRANSIT'],
  ]);
});

describe('west review 33: a card that will be left does not make the delivery future', () => {
  readsEach([
    ['Paket beim Nachbarn abgegeben. Benachrichtigungskarte wird deponiert', 'DELIVERED'],
    ['Die Sendung wird morgen im Milchkasten deponiert', 'UNKNOWN'],
  ]);
});
