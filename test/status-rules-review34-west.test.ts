import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 34 review of rounds 18-25's de, fr, nl, da, sv, nb and fi phrases: true events that carry a phrase's
 * words in another sense. A storage-time gap ("Lagerfrist ~ ~ abgelaufen", "bewaartermijn ~ verstreken",
 * "opbevaringsfristen ~ udløbet", "liggetiden ~ gått ut", "hentefristen ~ gått ut") reached over "noch nicht",
 * "nog niet", "ikke", "inte": storage time not yet over read as expired. A "later ~ expected" gap ("später ~
 * erwartet", "later ~ verwacht", "plus tard ~ prévu", "senere/senare ~ forventet/planerat") read "later today, as
 * planned" as a delay, where only "later than expected" is one. A "by mistake" gap or bare word ("versehentlich
 * ~ zugestellt", "versehentlich an", "bij vergissing", "abuis", "per ongeluk ~ bezorgd") reached from a mis-sort
 * to the later delivery that ended it. German "Ihr Paket ist da" followed by a Packstation or Filiale is waiting
 * there, not delivered. French "livraison ~ impossible" reached from a done delivery to a later "modification
 * impossible"; "avec remise", "preuve de remise" and "mode de remise" vetoed a delivery the same message states;
 * a delivery "au bureau" or "au point de livraison" of the recipient is not a post office or pickup point; one "à
 * l'agence/au centre" of the recipient is not a carrier's depot. "Betriebsstörung behoben" is over.
 */
describe('west review 34: storage time not yet over is not expired', () => {
  readsEach([
    [
      'Abholfrist noch nicht abgelaufen, Sendung liegt in der Filiale zur Abholung bereit',
      'WAITING_FOR_PICKUP',
    ],
    [
      'Die Sendung liegt in der Filiale. Die Lagerfrist ist noch nicht abgelaufen',
      'WAITING_FOR_PICKUP',
    ],
    ['Lagerfrist im Paket Shop überschritten', 'EXCEPTION'],
    ['Lagerfrist in der Filiale überschritten', 'EXCEPTION'],
    ['Die Lagerfrist ist abgelaufen', 'EXCEPTION'],
    [
      'Bewaartermijn nog niet verstreken, pakket ligt klaar bij het PostNL-punt',
      'WAITING_FOR_PICKUP',
    ],
    ['Bewaartermijn verstreken', 'EXCEPTION'],
    ['Opbevaringsfristen er ikke udløbet endnu', 'UNKNOWN'],
    ['Opbevaringsfristen er udløbet', 'EXCEPTION'],
    ['Liggetiden har inte gått ut än', 'UNKNOWN'],
    ['Liggetiden har gått ut', 'EXCEPTION'],
    ['Hentefristen har ikke gått ut ennå', 'UNKNOWN'],
    ['Hentefristen har gått ut', 'EXCEPTION'],
    ['Hentefristen er utløpt', 'EXCEPTION'],
  ]);
});

describe('west review 34: "later today, as planned" is not a delay', () => {
  readsEach([
    ['Uw pakket wordt later vandaag verwacht', 'UNKNOWN'],
    ['Je pakket wordt later dan verwacht bezorgd', 'EXCEPTION'],
    ['Votre livreur passera plus tard, comme prévu', 'OUT_FOR_DELIVERY'],
    ['Le colis est arrivé plus tard que prévu', 'EXCEPTION'],
    ['Zustellung heute später als angekündigt', 'EXCEPTION'],
    ['Die Zustellung erfolgt später als ursprünglich geplant', 'EXCEPTION'],
    ['Pakken leveres senere i dag som planlagt', 'UNKNOWN'],
    ['Din pakke kommer senere i dag, som forventet', 'UNKNOWN'],
    ['Paketet levereras senare idag som planerat', 'UNKNOWN'],
    ['Pakken kommer senere enn forventet', 'EXCEPTION'],
  ]);
});

describe('west review 34: a mis-sort "by mistake" before the delivery that ended it', () => {
  readsEach([
    ['Sendung wurde versehentlich fehlgeleitet und heute zugestellt', 'DELIVERED'],
    ['Irrtümlich falsch sortiert, jetzt zugestellt', 'DELIVERED'],
    [
      'Das Paket war versehentlich an die alte Adresse adressiert, wurde umgeleitet und dem Empfänger zugestellt',
      'DELIVERED',
    ],
    ['Zugestellt, versehentlich an falschen Empfänger', 'EXCEPTION'],
    ['Pakket was bij vergissing verkeerd gesorteerd, nu bezorgd', 'DELIVERED'],
    ['Abuis verkeerd gesorteerd, nu bezorgd', 'DELIVERED'],
    ['Per ongeluk verkeerd gesorteerd, nu bezorgd', 'DELIVERED'],
    ['Pakket bij vergissing bij de buren bezorgd', 'EXCEPTION'],
    ['Bij vergissing afgeleverd', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['Die Sendung wurde versehentlich an einen anderen Empfänger zugestellt'],
    ['Die Sendung wurde versehentlich beim falschen Nachbarn abgegeben'],
    ['Zending per ongeluk bij verkeerde buren afgeleverd'],
    ['Het pakket is waarschijnlijk bij de buren bezorgd'],
  ]);
});

describe('west review 34: "Ihr Paket ist da" at a Packstation or Filiale is waiting there', () => {
  readsEach([
    ['Ihr Paket ist da! Abholbereit in der Packstation', 'WAITING_FOR_PICKUP'],
    ['Ihre Sendung ist da und liegt in der Filiale zur Abholung bereit', 'WAITING_FOR_PICKUP'],
    ['Dein Paket ist da - bitte in der Packstation abholen', 'WAITING_FOR_PICKUP'],
    ['Ihr Paket ist da und wartet in Ihrer Packstation', 'WAITING_FOR_PICKUP'],
    ['Ihr Paket ist da und wurde beim Nachbarn abgegeben', 'DELIVERED'],
  ]);
});

describe('west review 34: French "remise", "impossible", "bureau", "point", "agence" in their other senses', () => {
  readsEach([
    ['Livraison effectuée. Modification impossible', 'DELIVERED'],
    ['Livraison effectuée, retour impossible', 'DELIVERED'],
    ['Livraison chez un voisin impossible', 'EXCEPTION'],
    ['Remise au destinataire impossible', 'EXCEPTION'],
    ['Colis livré avec remise en main propre', 'DELIVERED'],
    ['Distribué avec remise contre signature', 'DELIVERED'],
    ['Envoi avec remise contre signature', 'UNKNOWN'],
    ['Colis livré - preuve de remise disponible', 'DELIVERED'],
    ['Votre colis a été livré. Preuve de remise : signature', 'DELIVERED'],
    ['Colis livré, mode de remise : en main propre', 'DELIVERED'],
    ['Mode de remise : boîte aux lettres', 'UNKNOWN'],
    ["Livraison effectuée à l'accueil du centre hospitalier", 'DELIVERED'],
    ["Livraison effectuée à l'agence du destinataire", 'DELIVERED'],
    ['Livraison effectuée au centre commercial, accueil', 'DELIVERED'],
    ['Livraison effectuée au centre de tri', 'IN_TRANSIT'],
    ['Livraison effectuée au bureau du destinataire', 'DELIVERED'],
    ['Livraison effectuée à votre bureau', 'DELIVERED'],
    ['Livraison effectuée au point de livraison indiqué', 'DELIVERED'],
    ['Livraison effectuée au point relais', 'WAITING_FOR_PICKUP'],
    ['Livraison effectuée au point de retrait', 'WAITING_FOR_PICKUP'],
    ['Livraison effectuée en bureau de poste', 'WAITING_FOR_PICKUP'],
    ['Livraison effectuée dans votre consigne', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('west review 34: a fault that is over', () => {
  readsEach([
    ['Betriebsstörung behoben, Sendung wieder unterwegs', 'IN_TRANSIT'],
    ['Betriebsstörungen behoben', 'IN_TRANSIT'],
    ['Betriebsstörung im Paketzentrum', 'EXCEPTION'],
  ]);
});
