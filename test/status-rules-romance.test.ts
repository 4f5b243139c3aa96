import { describe, expect, it } from 'vitest';
import { statusOf } from './support/normalizer.js';

describe('Romance-language rules (fr, es)', () => {
  it('reads a courier who could not reach the address as a failed delivery, not out for delivery', () => {
    expect(statusOf("Le livreur n'a pas pu accéder à l'adresse")).toBe('EXCEPTION');
    expect(statusOf('Accès impossible')).toBe('EXCEPTION');
  });

  it('reads a parcel the sender dropped at a relay point as moving, not waiting for the recipient', () => {
    expect(statusOf("Colis déposé en point relais par l'expéditeur")).toBe('IN_TRANSIT');
    expect(statusOf("Colis remis en point relais par l'expéditeur")).toBe('IN_TRANSIT');
    // The recipient's side stays a pickup.
    expect(statusOf('Colis disponible en point relais')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads a new delivery date asked for as an exception (re-delivery scheduled)', () => {
    expect(statusOf('Le client a demandé une nouvelle date de livraison')).toBe('EXCEPTION');
  });

  it('reads a deferred invoice as no delay, a deferred delivery as one', () => {
    expect(statusOf('Distribution différée pour raison interne')).toBe('EXCEPTION');
    expect(
      statusOf(
        "Votre colis est en cours d'acheminement et fera l'objet d'une facturation différée.",
      ),
    ).toBe('IN_TRANSIT');
  });

  it('never reads a parcel handed to the postman or courier as delivered', () => {
    expect(statusOf('Entregado al cartero')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Entregado al repartidor')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Entregado al cartero para su reparto')).not.toBe('DELIVERED');
  });

  it('never reads a Spanish subjunctive "entregue" (waiting for it to be handed over) as delivered', () => {
    expect(statusOf('Esperando a que el remitente entregue el paquete')).toBe('INFO_RECEIVED');
    expect(statusOf('Esperando a que se entregue el paquete')).not.toBe('DELIVERED');
    expect(statusOf('Cuando se entregue el paquete le avisaremos')).not.toBe('DELIVERED');
    // Portuguese "entregue" is still a delivery.
    expect(statusOf('Objeto entregue ao destinatário')).toBe('DELIVERED');
  });

  it('reads a collection still due from the carrier as not yet shipped', () => {
    expect(statusOf('Pendiente de recogida por el transportista')).toBe('INFO_RECEIVED');
    // The recipient's collection stays a pickup.
    expect(statusOf('Pendiente de recogida en oficina')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads "salida a reparto" as out for delivery', () => {
    expect(statusOf('Salida a reparto')).toBe('OUT_FOR_DELIVERY');
  });

  it('never reads "to be collected / to be handed over" (ser, essere, être + participle) as delivered', () => {
    expect(statusOf('Esperando ser retirado por el destinatario')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Pendiente de ser recogido por el destinatario')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('A la espera de ser recogido por el cliente')).not.toBe('DELIVERED');
    expect(statusOf('In attesa di essere ritirato dal destinatario')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Deve essere ritirato dal destinatario')).not.toBe('DELIVERED');
    expect(statusOf('Per essere consegnato al destinatario')).not.toBe('DELIVERED');
    expect(statusOf('In attesa di essere consegnata')).not.toBe('DELIVERED');
    expect(statusOf('Prêt à être remis au destinataire')).not.toBe('DELIVERED');
    expect(statusOf('Aguardando ser retirado pelo destinatário')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads the recipient having collected the parcel as delivered, and not collecting it as a failure', () => {
    expect(statusOf('Il destinatario ha ritirato la spedizione')).toBe('DELIVERED');
    expect(statusOf('Il destinatario non ha ritirato la spedizione')).toBe('EXCEPTION');
    expect(statusOf('O destinatário levantou a encomenda')).toBe('DELIVERED');
    expect(statusOf('O destinatário não levantou a encomenda')).not.toBe('DELIVERED');
  });

  it('reads Correos booking a parcel into the delivering unit as arrived', () => {
    expect(statusOf('El envío ha entrado en la unidad responsable de su entrega')).toBe(
      'ARRIVED_AT_DESTINATION',
    );
  });

  it('never reads a parcel handed to a platform, driver or postman, or delivered in part, as delivered', () => {
    expect(statusOf('Colis livré à la plateforme')).not.toBe('DELIVERED');
    expect(statusOf('Colis livré partiellement')).toBe('EXCEPTION');
    expect(statusOf('Paquete entregado a mensajería')).not.toBe('DELIVERED');
    expect(statusOf("Consegnato all'autista")).not.toBe('DELIVERED');
    expect(statusOf('Consegnato parzialmente')).toBe('EXCEPTION');
    expect(statusOf('Entregue ao carteiro')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Entregue ao motorista')).not.toBe('DELIVERED');
    expect(statusOf('Entregue à unidade de distribuição')).not.toBe('DELIVERED');
    expect(statusOf('Entregue parcialmente')).toBe('EXCEPTION');
    // A delivery to the recipient or a neighbour still is one.
    expect(statusOf('Colis livré au voisin')).toBe('DELIVERED');
    expect(statusOf('Consegnata al vicino')).toBe('DELIVERED');
    expect(statusOf('Entregue ao vizinho')).toBe('DELIVERED');
  });

  it('reads Catalan futures, carrier hand-overs and partial deliveries as no delivery', () => {
    expect(statusOf('Serà lliurat demà')).not.toBe('DELIVERED');
    expect(statusOf('Lliurat al transportista')).not.toBe('DELIVERED');
    expect(statusOf('Esperant ser recollit pel destinatari')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Lliurat parcialment')).toBe('EXCEPTION');
    expect(statusOf('Anul·lat')).toBe('EXCEPTION');
    expect(statusOf('Lliurat al destinatari')).toBe('DELIVERED');
    expect(statusOf('Lliurat al veí')).toBe('DELIVERED');
  });
});

describe('Catalan customs, data and delivery-round vocabulary', () => {
  it('reads customs holding a parcel, and releasing it', () => {
    expect(statusOf('Retingut a duanes')).toBe('HELD_BY_CUSTOMS');
    expect(statusOf("L'enviament està retingut a la duana pendent del pagament d'impostos")).toBe(
      'HELD_BY_CUSTOMS',
    );
    expect(statusOf('Despatxat de duanes')).toBe('IN_TRANSIT');
  });

  it('reads data received and the courier setting out', () => {
    expect(statusOf("Informació de l'enviament rebuda")).toBe('INFO_RECEIVED');
    expect(statusOf('Sortit per a repartiment')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf("El repartidor no ha pogut lliurar l'enviament")).toBe('EXCEPTION');
  });
});
