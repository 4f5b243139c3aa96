import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

/**
 * Round 35 review of the oldest (rounds 1-17) es, it, pt, ca and tr phrases: true events that carry a broad
 * phrase's words in another sense. A negation gap reached a later clause: Spanish "no ~ entregado", Italian
 * "non ~ consegnat*", Catalan "no ~ lliurat" and Portuguese "não ~ entregue" read "No cabe en buzón. Entregado en
 * mano", "Non entra nella cassetta, consegnato a mano", "No hi havia ningú, lliurat al veí" and "Destinatário não
 * estava em casa, entregue ao vizinho" as failed deliveries (the gap now only reaches an infinitive or an auxiliary
 * such as "ser/sido/stato/estat/foi" before the participle). Italian "consegna al piano non possibile" denies
 * one way of delivering, not the delivery that follows. An "oficina" / "agencia" / "tienda" / "punto" / "oficina"
 * (ca) is also the recipient's own office, travel agency or shop, not only a pickup point. "Aviso ~ entregado"
 * reached over a notice card presented at the counter. "Fecha de entrega" (es) and "teslim tarihi" (tr) are also
 * the date a parcel was delivered, not only a forecast; "Incidencia: ninguna" answers a field "no". Italian
 * "consegnat*" also starts "consegnatario" (the consignee): "Consegnatario assente" read as DELIVERED. Italian
 * "indirizzo errato corretto" is an address already fixed; "ritrovato danneggiato" is not a resolved problem. A
 * Portuguese "centro" may be a shopping or health centre and a "parceira" the recipient's partner; "pedido aceito"
 * is an order the seller accepted, not a parcel the carrier accepted; "entrega finalizada" is no customs release.
 * A signed return receipt ("acuse de recibo", "AR", "avviso di ricevimento") or a cash-on-delivery amount sent back
 * to the sender is not the parcel's return: those now abstain rather than read RETURNED_TO_SENDER.
 */
describe('south review 35: a negation gap that reached a later clause', () => {
  readsEach([
    ['No cabe en buzón. Entregado en mano al destinatario', 'DELIVERED'],
    ['No estaba el destinatario, entregado al portero', 'DELIVERED'],
    ['No requiere firma. Entregado en buzón', 'DELIVERED'],
    ['No hemos podido entregar tu paquete', 'EXCEPTION'],
    ['Non entra nella cassetta, consegnato a mano', 'DELIVERED'],
    ['Consegna al piano non possibile, consegnato al portiere', 'DELIVERED'],
    ["Non c'era nessuno, è stato consegnato al vicino", 'DELIVERED'],
    ['Il pacco non può essere consegnato', 'EXCEPTION'],
    ['No hi havia ningú, lliurat al veí', 'DELIVERED'],
    ['Destinatário não estava em casa, entregue ao vizinho', 'DELIVERED'],
    ['Não requer assinatura. Entregue na caixa de correio', 'DELIVERED'],
    ['Entrega não presencial realizada', 'UNKNOWN'],
  ]);
});

describe("south review 35: the recipient's own office, agency or shop", () => {
  readsEach([
    ['Entregado en la oficina del destinatario', 'DELIVERED'],
    ['Entregado a la agencia de viajes del destinatario', 'DELIVERED'],
    ['Entregado en la tienda del cliente', 'DELIVERED'],
    ['Entregado en el punto indicado por el destinatario', 'DELIVERED'],
    ['Entregado en la oficina de Correos', 'WAITING_FOR_PICKUP'],
    ['Depositado en la agencia MRW', 'WAITING_FOR_PICKUP'],
    ["Lliurat a l'oficina del destinatari", 'DELIVERED'],
    ['Entregue no centro comercial', 'DELIVERED'],
    ['Entregue no centro de saúde', 'DELIVERED'],
    ['Entregue à parceira do destinatário', 'DELIVERED'],
    ['Entregue ao parceiro do cliente', 'DELIVERED'],
    ['Objeto entregue ao parceiro logístico', 'IN_TRANSIT'],
    ['Encomenda entregue à transportadora parceira', 'IN_TRANSIT'],
  ]);
});

describe('south review 35: a notice presented, a delivery date, a field answered "none"', () => {
  readsEach([
    ['Tarjeta de aviso presentada en oficina. Entregado', 'DELIVERED'],
    ['Aviso de llegada entregado en el domicilio', 'WAITING_FOR_PICKUP'],
    ['Entregado. Fecha de entrega: 12/03/2024', 'DELIVERED'],
    ['Entregado - fecha de la entrega 12/03', 'DELIVERED'],
    ['Fecha de entrega 12/03/2024 10:15. Entregado al destinatario', 'DELIVERED'],
    ['Envío entregado. Fecha y hora de entrega: 12/03/2024 10:15', 'DELIVERED'],
    ['Entregado - Incidencia: ninguna', 'DELIVERED'],
    ['Entregado. Incidencia: ninguna', 'DELIVERED'],
    ['Teslim edildi. Teslim tarihi: 12.03.2024', 'DELIVERED'],
  ]);
});

describe('south review 35: a consignee, a fixed address, a parcel found damaged', () => {
  readsEach([
    ['Consegnatario assente', 'UNKNOWN'],
    ['Consegnatario sconosciuto', 'EXCEPTION'],
    ['Indirizzo errato corretto dal cliente, consegnato', 'DELIVERED'],
    ['Pacco ritrovato danneggiato', 'EXCEPTION'],
  ]);
});

describe("south review 35: a seller's order, a finished delivery, a return receipt sent back", () => {
  readsEach([
    ['Pedido aceito pelo vendedor', 'UNKNOWN'],
    ['Pedido aceito', 'UNKNOWN'],
    ['Pedido de coleta aceito', 'INFO_RECEIVED'],
    ['Entrega finalizada', 'UNKNOWN'],
    ['Entregado. Importe del reembolso devuelto al remitente', 'UNKNOWN'],
    ['Entregado. Acuse de recibo devuelto al remitente', 'UNKNOWN'],
    ['Consegnato. Avviso di ricevimento restituito al mittente', 'UNKNOWN'],
    ['Entregue. AR devolvido ao remetente', 'UNKNOWN'],
  ]);
});
