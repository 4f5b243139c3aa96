import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 37: the families of the real wordings that the
// round's sources added to the fr and nl training split (a French logistics back office's
// carrier-status needles, the Parcel app's French status names, Dragonfly NL's timeline labels)
// and of the training misses fixed beside them, with confusable neighbours.

describe('an incomplete or partial arrival is an exception, an arrival at the depot is not (fr)', () => {
  readsEach([
    ['Colis arrivé incomplet', 'EXCEPTION'],
    ['Votre colis est arrivé incomplet', 'EXCEPTION'],
    ['Votre colis est arrivé incomplet sur notre agence', 'EXCEPTION'],
    ["Envoi arrivé incomplet à l'agence de livraison", 'EXCEPTION'],
    ['Colis arrivé incomplet, enquête en cours', 'EXCEPTION'],
    ['Colis arrivés incomplets au dépôt', 'EXCEPTION'],
    ["Arrivée incomplète de l'envoi", 'EXCEPTION'],
    ['Arrivée partielle de votre commande', 'EXCEPTION'],
    ['Arrivée partielle des colis de votre envoi', 'EXCEPTION'],
    ['Votre colis est arrivé sur son site de distribution', 'ARRIVED_AT_DESTINATION'],
  ]);
  neverDeliveredEach([['Colis arrivé incomplet'], ['Arrivée partielle de votre commande']]);
});

describe('an order processed by the seller is pre-shipment; an item processed by the carrier moves (fr)', () => {
  readsEach([
    ['Commande traitée', 'INFO_RECEIVED'],
    ['COMMANDE TRAITEE', 'INFO_RECEIVED'],
    ['Votre commande a été traitée', 'INFO_RECEIVED'],
    ['Votre commande a été traitée par le vendeur', 'INFO_RECEIVED'],
    ['Commande traitée par le marchand', 'INFO_RECEIVED'],
    ['Commande traitée, en attente de prise en charge par le transporteur', 'INFO_RECEIVED'],
    ['Votre colis est prêt à être expédié', 'INFO_RECEIVED'],
    ['Réception des données', 'INFO_RECEIVED'],
    ["Article traité à l'installation postale", 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['Commande traitée, livraison prévue le 12/05'],
    ['Commande traitée mais pas encore livrée'],
  ]);
});

describe('customs paperwork missing or required holds the parcel at customs (fr)', () => {
  readsEach([
    ['Il manque la procuration douanière', 'HELD_BY_CUSTOMS'],
    ['Il manque la procuration en douane', 'HELD_BY_CUSTOMS'],
    ['Procuration douanière manquante, merci de nous la retourner', 'HELD_BY_CUSTOMS'],
    ['Procuration douanière requise pour le dédouanement', 'HELD_BY_CUSTOMS'],
    ['Documents nécessaires pour le dédouanement manquants', 'HELD_BY_CUSTOMS'],
    ["Documents nécessaires pour l'importation manquants", 'HELD_BY_CUSTOMS'],
    ["Documentation nécessaire pour l'importation non fournie", 'HELD_BY_CUSTOMS'],
    ['Dédouanement effectué', 'IN_TRANSIT'],
  ]);
});

describe('waiting for an instruction or information, and the carrier refusing to take the parcel (fr)', () => {
  readsEach([
    ["En attente d'instruction du destinataire", 'EXCEPTION'],
    ["Colis en attente d'instruction", 'EXCEPTION'],
    ["Colis en attente d'information", 'EXCEPTION'],
    ["Envoi en attente d'information du destinataire", 'EXCEPTION'],
    ["En attente d'instructions de l'expéditeur", 'EXCEPTION'],
    ['Refus de prise en charge du colis', 'EXCEPTION'],
    ['Refus de prise en charge par le transporteur', 'EXCEPTION'],
    ["Attente de décision d'avarie", 'EXCEPTION'],
  ]);
});

describe('scans at collection and at origin, and other movement needles (fr)', () => {
  readsEach([
    ["Lecture de l'enlèvement", 'IN_TRANSIT'],
    ["Lecture à l'enlèvement", 'IN_TRANSIT'],
    ["Lecture à l'origine", 'IN_TRANSIT'],
    ["Lecture de l'origine effectuée", 'IN_TRANSIT'],
    ["Lecture de l'origine : Paris", 'IN_TRANSIT'],
    ['Colis pris en charge', 'IN_TRANSIT'],
    ['Expédié vers le hub', 'IN_TRANSIT'],
    ["L'emballage de votre colis a été renforcé", 'IN_TRANSIT'],
  ]);
});

describe('lost, damaged, disputed; delivered; returned after a refusal (fr)', () => {
  readsEach([
    ['Colis égaré', 'EXCEPTION'],
    ['Colis abîmé lors du transport', 'EXCEPTION'],
    ['Ouverture de litige sur votre colis', 'EXCEPTION'],
    ['Colis perdu', 'EXCEPTION'],
    ['Echec de la livraison', 'EXCEPTION'],
    ['Livraison effectuée', 'DELIVERED'],
    ["Retour à l'expéditeur", 'RETURNED_TO_SENDER'],
    ["Le colis est retourné à l'expéditeur suite à un refus du destinataire", 'RETURNED_TO_SENDER'],
    ['En attente de retrait', 'WAITING_FOR_PICKUP'],
    ['Enregistré', 'INFO_RECEIVED'],
  ]);
});

describe('a delivery window today or tomorrow is a forecast, not a delivery (fr, nl)', () => {
  neverDeliveredEach([
    ["Livré aujourd'hui entre 14h et 16h"],
    ['Colis livré demain entre 9h et 13h'],
    ['Vandaag bezorgd tussen 14:00 en 16:00'],
    ['Bij de bezorger, vandaag bezorgd tussen 14:00 en 16:00'],
  ]);
  readsEach([
    ["Livré aujourd'hui à 14h32", 'DELIVERED'],
    ['Colis livré entre les mains du destinataire', 'DELIVERED'],
    ['Je pakket wordt vandaag bezorgd tussen 14:00 en 16:00', 'OUT_FOR_DELIVERY'],
    ['Vandaag bezorgd tussen 14:00 en 16:00', 'OUT_FOR_DELIVERY'],
    ['Bezorgd om 14:32', 'DELIVERED'],
  ]);
});

describe('"bij de bezorger" is with the courier for delivery (nl)', () => {
  readsEach([
    ['Bij de bezorger', 'OUT_FOR_DELIVERY'],
    ['Pakket bij de bezorger', 'OUT_FOR_DELIVERY'],
    ['Je zending is bij de bezorger', 'OUT_FOR_DELIVERY'],
    ['Uw pakket is bij de bezorger', 'OUT_FOR_DELIVERY'],
    ['Zending ontvangen', 'IN_TRANSIT'],
    ['In het sorteercentrum', 'IN_TRANSIT'],
    ['Zending ontvangen in het sorteercentrum', 'IN_TRANSIT'],
    ['Afgeleverd', 'DELIVERED'],
    ['Afgeleverd bij de buren', 'DELIVERED'],
  ]);
  neverDeliveredEach([['Bij de bezorger'], ['Niet bij de bezorger']]);
});

describe('one parcel of a grouped shipment is pre-advice; import formalities under way are customs (fr)', () => {
  readsEach([
    ["Colis faisant partie d'une expédition groupée", 'INFO_RECEIVED'],
    ["Votre colis fait partie d'une expédition groupée", 'INFO_RECEIVED'],
    ["Envoi faisant partie d'une expédition groupée (2/2)", 'INFO_RECEIVED'],
    ["Formalités d'import en cours", 'HELD_BY_CUSTOMS'],
    ['Les formalités import sont en cours', 'HELD_BY_CUSTOMS'],
    ["Formalités d'importation en cours pour votre colis", 'HELD_BY_CUSTOMS'],
  ]);
});
