import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

/**
 * Round 32 review of round 29's en, de, fr and nl phrases: true events that carry a phrase's words in another
 * sense. A card left at the door is a notice, not the parcel ("an der Tür hinterlegt"); "returned back to" now
 * names the sender's side; "par le client" after a place the client gave ("à l'adresse indiquée par
 * le client") is not a collection by the client; "à votre disposition en/au" also closes a shop's service
 * boilerplate; "en attente au bureau" also names a customs office; "komt eraan" is also a shop's "on its way";
 * a driver's "note" may be about the parcel at the door; a storage time "noch nicht erreicht" has not run out.
 */
describe('west review 32: a notice at the door is not a delivery', () => {
  readsEach([
    ['Benachrichtigungskarte an der Tür hinterlegt', 'WAITING_FOR_PICKUP'],
    [
      'Wir haben Sie nicht angetroffen. Eine Benachrichtigung wurde an der Tür hinterlegt',
      'WAITING_FOR_PICKUP',
    ],
    ['Zusteller hat vor der Tür eine Karte hinterlegt', 'WAITING_FOR_PICKUP'],
    ['Paket wurde vor der Tür abgelegt', 'DELIVERED'],
  ]);
});

describe('west review 32: a place the client named is not a collection by the client', () => {
  readsEach([
    ['Colis récupéré au point relais par le destinataire', 'DELIVERED'],
    ['Colis retiré en bureau de poste par la destinataire', 'DELIVERED'],
    ['Colis retiré par le client', 'DELIVERED'],
    ['Article ramassé au bureau de poste par le destinataire', 'DELIVERED'],
  ]);
});

describe('west review 32: service boilerplate and customs offices are not a pickup place', () => {
  readsEach([
    [
      "Votre colis est en cours d'acheminement. Notre service client reste à votre disposition en cas de question",
      'IN_TRANSIT',
    ],
    [
      'Votre colis est en transit. Notre service client est à votre disposition au téléphone',
      'IN_TRANSIT',
    ],
    ['Votre colis est à votre disposition dans votre point de retrait', 'WAITING_FOR_PICKUP'],
    ['Colis en attente au bureau de douane', 'HELD_BY_CUSTOMS'],
    ['Colis en attente au bureau de poste', 'WAITING_FOR_PICKUP'],
    ['Colis en attente dans le bureau de poste', 'WAITING_FOR_PICKUP'],
    ['Le colis est en attente au GLS ParcelShop', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('west review 32: a storage time not yet reached, a note and a shop’s "on its way"', () => {
  readsEach([
    ['Lagerzeit noch nicht erreicht, Sendung liegt zur Abholung bereit', 'WAITING_FOR_PICKUP'],
    ['Das Paket hat die maximale Lagerzeit im PaketShop erreicht.', 'EXCEPTION'],
    ['Lagerzeit in der Filiale abgelaufen', 'EXCEPTION'],
    ['Note on receiver’s door', 'WAITING_FOR_PICKUP'],
    ['LEFT MESSAGE NOTE AT DOOR', 'WAITING_FOR_PICKUP'],
    ['De bezorger komt eraan', 'OUT_FOR_DELIVERY'],
    ['Return back to sender', 'RETURNED_TO_SENDER'],
    ['Shipment returned back to origin', 'RETURNED_TO_SENDER'],
    ['SHIPMENT RETURNED BACK TO SHIPPER', 'RETURNED_TO_SENDER'],
  ]);
});
