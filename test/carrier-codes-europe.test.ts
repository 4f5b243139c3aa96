import { describe, expect, it } from 'vitest';
import { loadCarrierCodeTables } from '../src/db/content.js';
import { CarrierCodes } from '../src/domain/carrier-codes.js';

// Carrier code tables of continental Europe (content/carrier-codes), one block per table.
describe('carrier code tables: continental Europe', () => {
  const codes = new CarrierCodes(loadCarrierCodeTables());

  it('reads InPost ShipX statuses', () => {
    expect(codes.lookup('InPost', 'delivered')).toBe('DELIVERED');
    // "Umieszczona w Paczkomacie (odbiorczym)": in the recipient's parcel locker.
    expect(codes.lookup('inpost', 'ready_to_pickup')).toBe('WAITING_FOR_PICKUP');
    // "Powrót do oddziału": the courier found nobody and took the parcel back to the branch.
    expect(codes.lookup('inpost', 'avizo')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('InPost Paczkomaty', 'READY-TO-PICKUP-FROM-BRANCH')).toBe(
      'WAITING_FOR_PICKUP',
    );
    expect(codes.lookup('inpost', 'returned_to_sender')).toBe('RETURNED_TO_SENDER');
    // "Odmowa przyjęcia": the recipient refused it.
    expect(codes.lookup('inpost', 'rejected_by_receiver')).toBe('EXCEPTION');
    expect(codes.lookup('inpost', 'out_for_delivery_to_address')).toBe('OUT_FOR_DELIVERY');
    // "Upłynął termin odbioru": what follows (return or a branch) is another status.
    expect(codes.lookup('inpost', 'pickup_time_expired')).toBeNull();
    // "Możliwe opóźnienie doręczenia": only a possible delay.
    expect(codes.lookup('inpost', 'delay_in_delivery')).toBeNull();
  });

  it('reads Poczta Polska event codes', () => {
    expect(codes.lookup('Poczta Polska', 'P_D')).toBe('DELIVERED');
    expect(codes.lookup('pocztex', 'p-nad')).toBe('IN_TRANSIT');
    // "Przyjęto w kraju przeznaczenia": accepted in the destination country.
    expect(codes.lookup('polish post', 'P_WEOC')).toBe('ARRIVED_AT_DESTINATION');
    // "Próba doręczenia": its outcome is a separate cause code.
    expect(codes.lookup('poczta-polska', 'P_NDPJ')).toBeNull();
  });

  it('reads Correos (Spain) localizador event codes', () => {
    // "Entregado — Envío entregado al destinatario o autorizado".
    expect(codes.lookup('Correos', 'I010000V')).toBe('DELIVERED');
    expect(codes.lookup('correos-spain', 'h020000v')).toBe('OUT_FOR_DELIVERY');
    // "Alta en la unidad de reparto": in the delivering unit.
    expect(codes.lookup('correos españa', 'G01L010V')).toBe('ARRIVED_AT_DESTINATION');
    expect(codes.lookup('correos', 'A090000V')).toBe('INFO_RECEIVED');
    // Correios (Brazil) is another table: its codes are not read for Correos.
    expect(codes.lookup('correos', 'BDE01')).toBeNull();
  });

  it('reads SEUR situation codes', () => {
    // "ENTREGADO AL VECINO": handed to a neighbour.
    expect(codes.lookup('SEUR', 'LL020')).toBe('DELIVERED');
    expect(codes.lookup('seur', 'LL001')).toBe('DELIVERED');
    // "RECEPCIONADO EN PICK UP": at the pickup point for the recipient.
    expect(codes.lookup('seur', 'LI574')).toBe('WAITING_FOR_PICKUP');
    // "DEVOLVER.PLZO.CUMPLIDO PUDO": not collected in time, going back.
    expect(codes.lookup('seur-es', 'LI572')).toBe('RETURNED_TO_SENDER');
    // "DESTINATARIO DESCONOCIDO": addressee unknown.
    expect(codes.lookup('seur', 'LI520')).toBe('EXCEPTION');
    // "RETENIDO EN ADUANA": held by customs.
    expect(codes.lookup('seur', 'LI848')).toBe('HELD_BY_CUSTOMS');
    expect(codes.lookup('seur', 'LC001')).toBe('OUT_FOR_DELIVERY');
    // "ENTREGADO EN PUNTO": SEUR's own plug-in files it as awaiting collection; left out.
    expect(codes.lookup('seur', 'LL010')).toBeNull();
    // "MERCANCÍA EN VITORIA": the two sources disagree on these depot codes; left out.
    expect(codes.lookup('seur', 'LI401')).toBeNull();
  });

  it('reads Chronopost event codes', () => {
    expect(codes.lookup('Chronopost', 'D')).toBe('DELIVERED');
    // "Shipment in delivery to the consignee".
    expect(codes.lookup('chronopost', 'TA')).toBe('OUT_FOR_DELIVERY');
    // "Sorted at delivery location".
    expect(codes.lookup('chronopost-fr', 'SD')).toBe('ARRIVED_AT_DESTINATION');
    expect(codes.lookup('chronopost', 'LIVCFM')).toBeNull();
  });

  it('reads La Poste Suivi API codes beside, not inside, the Colissimo table', () => {
    expect(codes.lookup('La Poste Suivi', 'DI1')).toBe('DELIVERED');
    // "Distribué à l'expéditeur": delivered back to the sender.
    expect(codes.lookup('laposte-suivi', 'DI2')).toBe('RETURNED_TO_SENDER');
    // "En attente d'être retiré au guichet".
    expect(codes.lookup('laposte-suivi', 'AG1')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('laposte-suivi', 'RE1')).toBe('RETURNED_TO_SENDER');
    expect(codes.lookup('laposte-suivi', 'DO3')).toBe('HELD_BY_CUSTOMS');
    // "Sortie de Douane": cleared customs is movement.
    expect(codes.lookup('laposte-suivi', 'DO2')).toBe('IN_TRANSIT');
    // "Problème en cours" may be a mere delay; "Non distribuable" is an attempt before AG1.
    expect(codes.lookup('laposte-suivi', 'PB1')).toBeNull();
    expect(codes.lookup('laposte-suivi', 'ND1')).toBeNull();
    // "La Poste" stays the Colissimo table's name.
    expect(codes.lookup('La Poste', 'LIVCFM')).toBe('DELIVERED');
    expect(codes.lookup('La Poste', 'DI1')).toBeNull();
  });

  it('reads bpost stateCode values', () => {
    // "DistributedNormally - regular".
    expect(codes.lookup('bpost', 'U01')).toBe('DELIVERED');
    // "BoundToRound - out_for_distribution".
    expect(codes.lookup('bpost', 'L00')).toBe('OUT_FOR_DELIVERY');
    expect(codes.lookup('bpost', 'T00')).toBe('IN_TRANSIT');
    expect(codes.lookup('bpost', 'N74')).toBeNull();
  });

  it('reads PostNord event codes', () => {
    // "The shipment item has been delivered."
    expect(codes.lookup('PostNord', '21')).toBe('DELIVERED');
    // "The shipment item has been delivered to a service point." - for the recipient to collect.
    expect(codes.lookup('postnord', '1')).toBe('WAITING_FOR_PICKUP');
    // "Delivery was not possible. The recipient will get a notification ..."
    expect(codes.lookup('postnord-se', '109')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('postnord', 'Z94')).toBe('IN_TRANSIT');
    // "The delivery of the shipment item has been delayed with one workday": a mere delay.
    expect(codes.lookup('postnord', '270')).toBeNull();
  });

  it('reads Packeta status codes by number and by codeText', () => {
    expect(codes.lookup('Packeta', '7')).toBe('DELIVERED');
    expect(codes.lookup('zasilkovna', 'delivered')).toBe('DELIVERED');
    expect(codes.lookup('packeta', '5')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('packeta', 'ready for pickup')).toBe('WAITING_FOR_PICKUP');
    // "posted back": on its way back to the e-shop.
    expect(codes.lookup('packeta', '9')).toBe('RETURNED_TO_SENDER');
    expect(codes.lookup('packeta', 'rejected by recipient')).toBe('EXCEPTION');
    // "collected" does not say by whom (the courier from the sender, or the recipient): left out.
    expect(codes.lookup('packeta', '12')).toBeNull();
    expect(codes.lookup('packeta', 'storage time expired')).toBeNull();
  });
});
