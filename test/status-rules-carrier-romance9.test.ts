import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 9 (romance9): probes of the families behind the new real sources' training misses
// (bpost FR track/items events, Andreani trazas). Hand-written, not corpus rows.

describe('French probes (romance9)', () => {
  readsEach([
    ['Colis en route pour la livraison', 'OUT_FOR_DELIVERY'],
    ['Votre colis est en route pour la distribution', 'OUT_FOR_DELIVERY'],
    ['Envoi en route pour livraison', 'OUT_FOR_DELIVERY'],
    ["L'envoi a été préparé par le facteur", 'ARRIVED_AT_DESTINATION'],
    ["Informations relatives à l'expédition reçues", 'INFO_RECEIVED'],
    ["Informations relatives au colis transmises par l'expéditeur", 'INFO_RECEIVED'],
    ['Colis en route vers le site de livraison', 'IN_TRANSIT'],
  ]);

  neverDeliveredEach([
    ['Colis en route pour la livraison'],
    ["L'envoi est en cours de préparation par le facteur"],
    ["Informations relatives à l'envoi reçues de la part de l'expéditeur"],
  ]);
});

describe('Spanish probes (romance9)', () => {
  readsEach([
    ['El destinatario no se encuentra en el domicilio', 'EXCEPTION'],
    ['Visita - No se encuentra el titular', 'EXCEPTION'],
    ['Titular no se encuentra', 'EXCEPTION'],
    ['Pedido ingresado al sistema', 'INFO_RECEIVED'],
    ['Guía ingresada al sistema', 'INFO_RECEIVED'],
    ['No se encuentra el titular, se deja aviso de visita', 'WAITING_FOR_PICKUP'],
  ]);

  neverDeliveredEach([['No se encuentra el titular'], ['Envío ingresado al sistema']]);
});
