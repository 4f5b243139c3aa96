import { describe } from 'vitest';
import { neverDeliveredEach, readEachAs } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 48, group west (fr, es, it, nl): the families of the
// real wordings this round added. A parcel handed to a customer-service point or put in a locker,
// a newsstand or a post office with the elided preposition "nell'" (Italian) waits for the
// recipient: WAITING_FOR_PICKUP, never DELIVERED; a failed hand-over there stays a failure. The
// Correos Express localizador stages (pre-registered, on the way to the delivering unit, entered at
// the delivering unit, out for delivery, delivered) read in other words.

describe('it: handed to a customer-service point, or "nell\'" a locker or pickup place', () => {
  readEachAs('WAITING_FOR_PICKUP', [
    'Pacco consegnato presso il servizio clienti',
    'La spedizione è stata depositata presso il servizio clienti',
    'Collo consegnato al servizio clienti, ritirabile entro 10 giorni',
    'Spedizione consegnata presso servizio clienti Milano',
    "Consegnato nell'armadietto",
    "Pacco depositato nell'armadietto automatico",
    "Spedizione consegnata nell'edicola convenzionata",
    "Consegnato nell'ufficio postale di Torino 5",
    "La spedizione è stata consegnata nell'armadietto (locker) di via Roma",
  ]);
  readEachAs('EXCEPTION', ['Non consegnato al servizio clienti', "Non consegnato nell'armadietto"]);
  neverDeliveredEach([
    ['Consegnata al servizio clienti'],
    ["Collo consegnato nell'armadietto"],
    ["Depositata nell'edicola"],
    ["Non consegnato nell'armadietto"],
  ]);
});

describe('es: Correos Express localizador stages in other words', () => {
  readEachAs('INFO_RECEIVED', [
    'Prerregistrado, pendiente de depósito en la oficina',
    'Envío prerregistrado pendiente de entrega en Correos Express',
  ]);
  readEachAs('IN_TRANSIT', ['En camino hacia la unidad de reparto']);
  readEachAs('ARRIVED_AT_DESTINATION', [
    'Alta en la unidad de reparto de destino',
    'Envío dado de alta en la unidad de reparto',
  ]);
  readEachAs('OUT_FOR_DELIVERY', [
    'En reparto para su entrega hoy',
    'Su envío está en reparto para su entrega al destinatario',
  ]);
  readEachAs('DELIVERED', ['Su envío ha sido entregado.']);
});
