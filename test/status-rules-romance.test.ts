import { describe, expect, it } from 'vitest';
import { loadAliasContentSync, normalizerRules } from '../src/db/content.js';
import { buildAliasIndex } from '../src/domain/status-normalizer.js';

// Rules plus alias phrases, as the product reads a message.
const index = buildAliasIndex(
  loadAliasContentSync().map((a, i) => ({ ...a, id: i + 1 })),
  { rules: normalizerRules(), memoSize: 0 },
);
const status = (message: string) => index.match(message).status;

describe('Romance-language rules (fr, es)', () => {
  it('reads a courier who could not reach the address as a failed delivery, not out for delivery', () => {
    expect(status("Le livreur n'a pas pu accéder à l'adresse")).toBe('EXCEPTION');
    expect(status('Accès impossible')).toBe('EXCEPTION');
  });

  it('reads a parcel the sender dropped at a relay point as moving, not waiting for the recipient', () => {
    expect(status("Colis déposé en point relais par l'expéditeur")).toBe('IN_TRANSIT');
    expect(status("Colis remis en point relais par l'expéditeur")).toBe('IN_TRANSIT');
    // The recipient's side stays a pickup.
    expect(status('Colis disponible en point relais')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads a new delivery date asked for as an exception (re-delivery scheduled)', () => {
    expect(status('Le client a demandé une nouvelle date de livraison')).toBe('EXCEPTION');
  });

  it('reads a deferred invoice as no delay, a deferred delivery as one', () => {
    expect(status('Distribution différée pour raison interne')).toBe('EXCEPTION');
    expect(
      status("Votre colis est en cours d'acheminement et fera l'objet d'une facturation différée."),
    ).toBe('IN_TRANSIT');
  });

  it('never reads a parcel handed to the postman or courier as delivered', () => {
    expect(status('Entregado al cartero')).toBe('OUT_FOR_DELIVERY');
    expect(status('Entregado al repartidor')).toBe('OUT_FOR_DELIVERY');
    expect(status('Entregado al cartero para su reparto')).not.toBe('DELIVERED');
  });

  it('never reads a Spanish subjunctive "entregue" (waiting for it to be handed over) as delivered', () => {
    expect(status('Esperando a que el remitente entregue el paquete')).toBe('INFO_RECEIVED');
    expect(status('Esperando a que se entregue el paquete')).not.toBe('DELIVERED');
    expect(status('Cuando se entregue el paquete le avisaremos')).not.toBe('DELIVERED');
    // Portuguese "entregue" is still a delivery.
    expect(status('Objeto entregue ao destinatário')).toBe('DELIVERED');
  });

  it('reads a collection still due from the carrier as not yet shipped', () => {
    expect(status('Pendiente de recogida por el transportista')).toBe('INFO_RECEIVED');
    // The recipient's collection stays a pickup.
    expect(status('Pendiente de recogida en oficina')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads "salida a reparto" as out for delivery', () => {
    expect(status('Salida a reparto')).toBe('OUT_FOR_DELIVERY');
  });

  it('never reads "to be collected / to be handed over" (ser, essere, être + participle) as delivered', () => {
    expect(status('Esperando ser retirado por el destinatario')).toBe('WAITING_FOR_PICKUP');
    expect(status('Pendiente de ser recogido por el destinatario')).toBe('WAITING_FOR_PICKUP');
    expect(status('A la espera de ser recogido por el cliente')).not.toBe('DELIVERED');
    expect(status('In attesa di essere ritirato dal destinatario')).toBe('WAITING_FOR_PICKUP');
    expect(status('Deve essere ritirato dal destinatario')).not.toBe('DELIVERED');
    expect(status('Per essere consegnato al destinatario')).not.toBe('DELIVERED');
    expect(status('In attesa di essere consegnata')).not.toBe('DELIVERED');
    expect(status('Prêt à être remis au destinataire')).not.toBe('DELIVERED');
    expect(status('Aguardando ser retirado pelo destinatário')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads the recipient having collected the parcel as delivered, and not collecting it as a failure', () => {
    expect(status('Il destinatario ha ritirato la spedizione')).toBe('DELIVERED');
    expect(status('Il destinatario non ha ritirato la spedizione')).toBe('EXCEPTION');
    expect(status('O destinatário levantou a encomenda')).toBe('DELIVERED');
    expect(status('O destinatário não levantou a encomenda')).not.toBe('DELIVERED');
  });

  it('reads Correos booking a parcel into the delivering unit as arrived', () => {
    expect(status('El envío ha entrado en la unidad responsable de su entrega')).toBe(
      'ARRIVED_AT_DESTINATION',
    );
  });

  it('never reads a parcel handed to a platform, driver or postman, or delivered in part, as delivered', () => {
    expect(status('Colis livré à la plateforme')).not.toBe('DELIVERED');
    expect(status('Colis livré partiellement')).toBe('EXCEPTION');
    expect(status('Paquete entregado a mensajería')).not.toBe('DELIVERED');
    expect(status("Consegnato all'autista")).not.toBe('DELIVERED');
    expect(status('Consegnato parzialmente')).toBe('EXCEPTION');
    expect(status('Entregue ao carteiro')).toBe('OUT_FOR_DELIVERY');
    expect(status('Entregue ao motorista')).not.toBe('DELIVERED');
    expect(status('Entregue à unidade de distribuição')).not.toBe('DELIVERED');
    expect(status('Entregue parcialmente')).toBe('EXCEPTION');
    // A delivery to the recipient or a neighbour still is one.
    expect(status('Colis livré au voisin')).toBe('DELIVERED');
    expect(status('Consegnata al vicino')).toBe('DELIVERED');
    expect(status('Entregue ao vizinho')).toBe('DELIVERED');
  });

  it('reads Catalan futures, carrier hand-overs and partial deliveries as no delivery', () => {
    expect(status('Serà lliurat demà')).not.toBe('DELIVERED');
    expect(status('Lliurat al transportista')).not.toBe('DELIVERED');
    expect(status('Esperant ser recollit pel destinatari')).toBe('WAITING_FOR_PICKUP');
    expect(status('Lliurat parcialment')).toBe('EXCEPTION');
    expect(status('Anul·lat')).toBe('EXCEPTION');
    expect(status('Lliurat al destinatari')).toBe('DELIVERED');
    expect(status('Lliurat al veí')).toBe('DELIVERED');
  });
});
