import { describe, expect, it } from 'vitest';
import { neverDeliveredEach, readsEach, statusOf } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 12: the families behind the training wordings that
// came in with the carrier code tables (SEUR situation texts, J&T scan names, Royal Mail and DPD
// messages), in other words than the corpus rows themselves.

describe('Spanish probes (codes12)', () => {
  readsEach([
    ['Envío retenido aduanas', 'HELD_BY_CUSTOMS'],
    ['Incidencia en aduana: falta factura comercial', 'HELD_BY_CUSTOMS'],
    ['Aduanas: datos incorrectos del destinatario', 'HELD_BY_CUSTOMS'],
    ['Paquete deteriorado en reparto', 'EXCEPTION'],
    ['Mercancía destruida', 'EXCEPTION'],
    ['Recepcionado en locker', 'WAITING_FOR_PICKUP'],
    ['Recepcionada en punto Pack', 'WAITING_FOR_PICKUP'],
    ['Depositado por el repartidor en locker', 'WAITING_FOR_PICKUP'],
    ['Cerrado definitivamente, no se puede entregar', 'EXCEPTION'],
    ['Acceso imposible al domicilio', 'EXCEPTION'],
    ['No conocen al destinatario en la dirección', 'EXCEPTION'],
  ]);
});

describe('English probes (codes12)', () => {
  readsEach([
    ['Package signed for by J SMITH', 'DELIVERED'],
    ['Return signed by merchant', 'RETURNED_TO_SENDER'],
    ['Delivered to the hub in Madrid', 'IN_TRANSIT'],
    ['Sender despatching your parcel', 'INFO_RECEIVED'],
    ['The sender has advised us that your parcel is on its way to us', 'INFO_RECEIVED'],
    // "in" a place is where the return starts; "in 7 days" is when it would.
    ['Undeliverable, the parcel will be returned to the sender in Hamburg', 'RETURNED_TO_SENDER'],
    ['The parcel will return to the sender in Leipzig', 'RETURNED_TO_SENDER'],
  ]);
  neverDeliveredEach([['Parcel not signed'], ['Parcel signed by the sender for return']]);
  it('reads a return that only would happen as no return', () => {
    for (const message of [
      'The parcel will return to the sender in 5 days unless collected',
      'Not collected: it will be returned in 7 days',
    ]) {
      expect(statusOf(message), message).not.toBe('RETURNED_TO_SENDER');
    }
  });
});
