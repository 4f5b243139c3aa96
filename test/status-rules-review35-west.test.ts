import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 35 review of the oldest (rounds 1-17) de, fr and nl phrases, broadest entries first: true events that
 * carry a phrase's words in another sense. German "zustellung/lieferung erfolgreich" reached a successful
 * rerouting, rescheduling or cancellation ("Lieferung erfolgreich umgeleitet") and the purpose clause "Für eine
 * erfolgreiche Zustellung benötigen wir…"; "erfolgreiche Übergabe" reached a hand-over to a carrier. "Ablageort
 * hinterlegt" is also a drop-off preference being registered, as are "Abstellgenehmigung/Wunschnachbar
 * hinterlegt", which the bare pickup word "hinterlegt" read as a notice. "heute geliefert" (out for delivery)
 * also reads "wurde heute geliefert". "ausgeliefert" to a Paketshop or Filiale waits there. A "Zoll* ~
 * abgeschlossen" gap reached over "noch nicht". "geschlossen" (a recipient's business closed) read a closed
 * airport, border or road as a notice; "abholen"/"zur Abholung" read the courier's collection at the sender; a
 * return label created read as a return. French "en instance" read "en instance de dédouanement" as waiting for
 * pickup, and "en livraison" read "Incident en livraison" as out for delivery. Dutch "goedgekeurd" (customs
 * approved) read any approval; "beschikbaar op" read "beschikbaar op onze website"; "ligt klaar" read a parcel
 * ready at the sender's for the courier; "retour" read the offer to register a return after a delivery.
 */
describe('west review 35: a successful reroute, rescheduling or purpose is not a delivery', () => {
  readsEach([
    ['Lieferung erfolgreich umgeleitet', 'IN_TRANSIT'],
    ['Erfolgreiche Übergabe an den Transportdienstleister', 'IN_TRANSIT'],
    ['Die Sendung wurde erfolgreich zugestellt', 'DELIVERED'],
    ['Zustellung erfolgreich. Abstellort: Garage', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Zustellung erfolgreich umgeplant'],
    ['Lieferung erfolgreich verschoben'],
    ['Zustellung erfolgreich auf Mittwoch verschoben'],
    ['Zustellung erfolgreich geändert'],
    ['Lieferung erfolgreich storniert'],
    ['Für eine erfolgreiche Zustellung benötigen wir weitere Angaben zur Adresse'],
    ['Für eine erfolgreiche Zustellung fehlt die Hausnummer'],
  ]);
});

describe('west review 35: a drop-off preference registered is not a delivery or a notice', () => {
  readsEach([
    ['Ablageort hinterlegt', 'UNKNOWN'],
    ['Ihr Wunschablageort wurde hinterlegt', 'UNKNOWN'],
    ['Abstellgenehmigung hinterlegt', 'UNKNOWN'],
    ['Wunschnachbar hinterlegt', 'UNKNOWN'],
    ['Zustellhinweis hinterlegt', 'UNKNOWN'],
    ['Wunschnachbar nicht angetroffen, hinterlegt in der Filiale', 'WAITING_FOR_PICKUP'],
    ['In der Filiale hinterlegt', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde am vereinbarten Ablageort hinterlegt', 'DELIVERED'],
    ['Ihr Paket wurde an Ihrem Wunschablageort hinterlegt', 'DELIVERED'],
  ]);
});

describe('west review 35: German "heute geliefert", "ausgeliefert", "abgeschlossen", "geschlossen", "abholen"', () => {
  readsEach([
    ['Die Ware wird heute geliefert', 'OUT_FOR_DELIVERY'],
    ['Sendung an Paketshop ausgeliefert', 'WAITING_FOR_PICKUP'],
    ['In den Paketshop ausgeliefert', 'WAITING_FOR_PICKUP'],
    ['An Filiale ausgeliefert', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde von der Filiale ausgeliefert', 'DELIVERED'],
    ['Zollabfertigung noch nicht abgeschlossen', 'HELD_BY_CUSTOMS'],
    ['Zollabfertigung abgeschlossen', 'IN_TRANSIT'],
    ['Flughafen wegen Unwetter geschlossen', 'EXCEPTION'],
    ['Grenzübergang geschlossen, Verzögerung möglich', 'EXCEPTION'],
    [
      'Empfangsadresse bei Zustellversuch geschlossen, Benachrichtigung hinterlassen',
      'WAITING_FOR_PICKUP',
    ],
    ['Sendung zur Abholung beim Versender angemeldet', 'INFO_RECEIVED'],
    ['Retour-Label erstellt', 'INFO_RECEIVED'],
  ]);
  neverDeliveredEach([['Ihr Paket wurde heute geliefert'], ['Wurde heute geliefert']]);
});

describe('west review 35: French "en instance" and "en livraison" in their other senses', () => {
  readsEach([
    ['Colis en instance de dédouanement', 'HELD_BY_CUSTOMS'],
    ['Envoi en instance au bureau de poste', 'WAITING_FOR_PICKUP'],
    ['Incident en livraison', 'EXCEPTION'],
    ['Anomalie en livraison : adresse incomplète', 'EXCEPTION'],
    ['Colis en livraison', 'OUT_FOR_DELIVERY'],
  ]);
});

describe('west review 35: Dutch "goedgekeurd", "beschikbaar op", "ligt klaar", "retour" in their other senses', () => {
  readsEach([
    ['Je aanvraag voor een andere bezorgdag is goedgekeurd', 'UNKNOWN'],
    ['Douane goedgekeurd', 'IN_TRANSIT'],
    ['Meer informatie is beschikbaar op onze website', 'UNKNOWN'],
    ['Zending beschikbaar op het PostNL-punt', 'WAITING_FOR_PICKUP'],
    [
      'Je pakket ligt bij het PostNL-punt. Meer informatie is beschikbaar op onze website',
      'WAITING_FOR_PICKUP',
    ],
    [
      'Je pakket ligt klaar om opgehaald te worden door jou bij het PostNL-punt',
      'WAITING_FOR_PICKUP',
    ],
    ['Pakket ligt klaar bij het PostNL-punt', 'WAITING_FOR_PICKUP'],
    ['Je pakket ligt klaar voor verzending', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([['Pakket ligt klaar om opgehaald te worden door de koerier']]);
  readsEach([['Bezorgd. Retour aanmelden kan via onze website', 'UNKNOWN']]);
});
