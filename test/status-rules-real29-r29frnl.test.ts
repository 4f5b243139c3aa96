import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 29 (r29frnl): probes written while widening the French and Dutch rules. The
// wordings are modelled on carriers' French and Dutch tracking texts (La Poste/Colissimo,
// Chronopost, Mondial Relay, DPD, GLS, UPS, FedEx, DHL, Canada Post, Purolator, bpost, Vinted Go,
// PostNL, DHL Parcel NL, DPD NL); they are probes, not corpus rows.

describe('French rules (r29frnl): facilities, partners, lockers, relays, buyers', () => {
  readsEach([
    ['Le colis a été transmis au partenaire de livraison.', 'IN_TRANSIT'],
    ["Traitement à l'installation UPS", 'IN_TRANSIT'],
    ['Expédition récupérée', 'IN_TRANSIT'],
    ["À l'installation FedEx", 'IN_TRANSIT'],
    ["Information d'expédition envoyée à FedEx", 'INFO_RECEIVED'],
    ['Votre colis est à votre disposition dans votre point de retrait', 'WAITING_FOR_PICKUP'],
    ['Le colis est en attente au GLS ParcelShop', 'WAITING_FOR_PICKUP'],
    ['Livraison tentée', 'WAITING_FOR_PICKUP'],
    ['Ramassage effectué', 'IN_TRANSIT'],
    ["Colis prêt au point d'enlèvement", 'WAITING_FOR_PICKUP'],
    ["Colis reçu par l'entrepôt de tri", 'IN_TRANSIT'],
    ["L'avion a décollé", 'IN_TRANSIT'],
    ['La livraison a échoué', 'EXCEPTION'],
    ['Inspection douanière', 'HELD_BY_CUSTOMS'],
    ['Colis en consigne', 'WAITING_FOR_PICKUP'],
    ["En attente de l'expédition", 'INFO_RECEIVED'],
    ['En attente de réception du colis', 'INFO_RECEIVED'],
    ['Envoi déposé', 'IN_TRANSIT'],
    ['Colis en agence', 'IN_TRANSIT'],
    ['Deuxième présentation', 'WAITING_FOR_PICKUP'],
    ['Seconde présentation prévue demain', 'WAITING_FOR_PICKUP'],
    ['Rendez-vous de livraison pris', 'IN_TRANSIT'],
    ['Votre facteur est en route', 'OUT_FOR_DELIVERY'],
    ['Livraison à domicile effectuée', 'DELIVERED'],
    ["Colis récupéré par l'acheteur", 'DELIVERED'],
    ["Arrivé à l'installation du transporteur", 'IN_TRANSIT'],
    ["Colis parti de l'installation du transporteur", 'IN_TRANSIT'],
    ['Le transporteur a récupéré le colis', 'IN_TRANSIT'],
    ["Colis remis à l'acheteur", 'DELIVERED'],
    ['Prêt à être enlevé au Point Poste', 'WAITING_FOR_PICKUP'],
    ['Envoi reçu par bpost', 'IN_TRANSIT'],
    ['Article prêt pour le ramassage au bureau de poste', 'WAITING_FOR_PICKUP'],
    ["Renseignements d'expédition reçus par Postes Canada", 'INFO_RECEIVED'],
    ["Le destinataire n'était pas disponible", 'WAITING_FOR_PICKUP'],
    ['Article ramassé au bureau de poste par le destinataire', 'DELIVERED'],
    ['Nous avons bien reçu votre colis', 'IN_TRANSIT'],
    ['Votre colis est arrivé chez nous', 'IN_TRANSIT'],
    ['Votre colis nous a été remis', 'IN_TRANSIT'],
    ['Votre colis est parti', 'IN_TRANSIT'],
  ]);
});

describe('Dutch rules (r29frnl): registration, planning, drop-off, collection, depots', () => {
  readsEach([
    ['Gegevens van uw pakket zijn doorgegeven aan DPD', 'INFO_RECEIVED'],
    ['Bezorging gepland', 'IN_TRANSIT'],
    ['Pakket is ingeleverd bij een PostNL-punt', 'IN_TRANSIT'],
    ['Uw pakket werd aangeboden maar u was afwezig', 'WAITING_FOR_PICKUP'],
    ['Ontvanger heeft het pakket opgehaald', 'DELIVERED'],
    ['Onvoldoende adres', 'EXCEPTION'],
    ['Zending is in het land van bestemming aangekomen', 'ARRIVED_AT_DESTINATION'],
    ['Je pakket wordt klaargemaakt voor verzending', 'INFO_RECEIVED'],
    ['Uw pakket werd afgegeven aan een buur', 'DELIVERED'],
    ['Bezorger kon het adres niet bereiken', 'EXCEPTION'],
    ['Invoerheffingen te betalen', 'HELD_BY_CUSTOMS'],
    ['De bezorger komt eraan', 'OUT_FOR_DELIVERY'],
    ['Op de bezorgroute', 'OUT_FOR_DELIVERY'],
    ['Je pakket ligt op het postkantoor', 'WAITING_FOR_PICKUP'],
    ['Pakket ligt in de afhaalkluis', 'WAITING_FOR_PICKUP'],
    ['Pakket is opgehaald door de klant', 'DELIVERED'],
    ['Afgehaald door klant', 'DELIVERED'],
    ['Zending wordt voorbereid', 'INFO_RECEIVED'],
    ['Pakket is ingeleverd', 'IN_TRANSIT'],
    ['Verwachte bezorgdatum', 'IN_TRANSIT'],
    ['Afspraak gemaakt voor bezorging', 'IN_TRANSIT'],
    ['Adreswijziging', 'IN_TRANSIT'],
    ['Het pakket is in het depot', 'IN_TRANSIT'],
    ['Pakket is bij de bezorger', 'OUT_FOR_DELIVERY'],
    ['Pakket is achtergelaten in de schuur', 'DELIVERED'],
  ]);
});

describe('French and Dutch rules (r29frnl): future, denied or conditional handovers', () => {
  neverDeliveredEach([
    ['Si vous avez reçu votre colis, ignorez ce message'],
    ["Le colis n'a pas été récupéré par l'acheteur"],
    ["Colis non récupéré par l'acheteur"],
    ["Le colis sera remis à l'acheteur"],
    ["Le colis doit être remis à l'acheteur"],
    ['Livraison à domicile non effectuée'],
    ['Livraison à domicile prévue'],
    ['Article non ramassé au bureau de poste par le destinataire'],
    ['Le colis doit être récupéré au bureau par le destinataire'],
    ['Le colis peut être retiré en bureau de poste par le destinataire'],
    ['Pakket wordt opgehaald door de klant'],
    ['Pakket kan worden opgehaald door de klant'],
    ['Pakket is nog niet opgehaald door de klant'],
    ['Pakket mag worden achtergelaten in de schuur'],
    ['Pakket wordt achtergelaten in de schuur'],
    ['Niet achtergelaten in de schuur'],
  ]);
});
