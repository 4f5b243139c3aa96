import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

/**
 * Round 34 review of rounds 18-25's es, it, pt, ro, ca, el and tr phrases: true events that carry a phrase's
 * words in another sense. Spanish "entregado no" is also a delivery followed by "no requiere firma" or "no
 * presencial", not only a field answered "no"; "podido localizar/contactar" is also said when the parcel or
 * the recipient was found; a "consigna" is also an instruction, and "la empresa" the recipient's company. A
 * "punto" / "ponto" / "punctul" / "punt" in a delivery is also the spot the recipient named (Romanian "punct
 * de lucru" is a company's site), not only a pickup point. A parcel "encontrada" / "găsit" / "trobat" /
 * "βρέθηκε" may be found damaged, which is not a resolved problem. A gap reached a later, separate clause: Portuguese
 * "entrega ~ sem sucesso", Romanian "livrare ~ eșuată", Catalan "lliurament ~ fallit" (a delivery after a
 * failed attempt), Greek "παραδόθηκε ~ συνεργάτη" (delivered to the recipient by a partner), Turkish
 * "yanlışlıkla" (a mistaken routing earlier in the sentence). Romanian "la a doua încercare de livrare" is the
 * occasion of a delivery, not an attempt; Portuguese "e a próxima entrega" is also "and the next delivery";
 * Italian "verrà inviato/trasferito" is also what happens to a parcel waiting for collection if nobody collects
 * it, and "per la città del destinatario" is where a parcel is going; Turkish "alıcının deposuna" is the
 * recipient's warehouse, not a carrier depot.
 */
describe('south review 34: a delivery followed by "no", and a found parcel or recipient', () => {
  readsEach([
    ['Entregado. No requiere firma', 'DELIVERED'],
    ['Entregado, no se requiere firma', 'DELIVERED'],
    ['Entregado no presencial', 'DELIVERED'],
    ['Entregado. No ha sido necesaria la firma', 'DELIVERED'],
    ['Hemos podido localizar tu paquete, continúa en tránsito', 'IN_TRANSIT'],
    ['Se ha podido localizar el envío. En tránsito hacia destino', 'IN_TRANSIT'],
    ['No ha sido posible contactar con el destinatario', 'EXCEPTION'],
    ['No hemos podido localizar al destinatario', 'EXCEPTION'],
  ]);
});

describe('south review 34: an instruction, a company, a spot the recipient named', () => {
  readsEach([
    ['Entregado al conserje siguiendo la consigna del cliente', 'DELIVERED'],
    ['Entrega realizada a la empresa destinataria', 'DELIVERED'],
    ['Entrega realizada en el punto indicado por el destinatario', 'DELIVERED'],
    ['Entrega realizada en el punto acordado con el cliente', 'DELIVERED'],
    ['Entrega realizada en el punto de recogida', 'WAITING_FOR_PICKUP'],
    ['In consegna al punto indicato dal cliente', 'OUT_FOR_DELIVERY'],
    ['Il pacco è in consegna al punto di ritiro', 'IN_TRANSIT'],
    ['Entregue no ponto indicado pelo destinatário', 'DELIVERED'],
    ['Entrega efetuada no ponto indicado pelo destinatário', 'DELIVERED'],
    ['Entrega efetuada no ponto de retirada', 'WAITING_FOR_PICKUP'],
    ['Livrarea a fost efectuată la punctul de lucru al destinatarului', 'DELIVERED'],
    ['Livrarea a fost efectuată la punctul indicat de destinatar', 'DELIVERED'],
    ["Lliurat a l'empresa destinatària", 'DELIVERED'],
    ['Lliurament realitzat al punt indicat pel destinatari', 'DELIVERED'],
    ["Lliurament realitzat a l'oficina del destinatari", 'DELIVERED'],
    ['Lliurament realitzat al punt de recollida', 'WAITING_FOR_PICKUP'],
    ['Alıcının deposuna teslim edildi', 'DELIVERED'],
    ['Firma deposuna teslim edildi', 'DELIVERED'],
  ]);
});

describe('south review 34: a named pickup point still reads as one', () => {
  readsEach([
    ['Entrega realizada en el punto SEUR Pickup', 'WAITING_FOR_PICKUP'],
    ['Entrega efectuada en el Punto Pack', 'WAITING_FOR_PICKUP'],
    ['Entrega efetuada no ponto DPD Pickup', 'WAITING_FOR_PICKUP'],
    ['Lliurament realitzat al punt SEUR', 'WAITING_FOR_PICKUP'],
    ['Livrarea a fost efectuată la punctul Fan Courier', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('south review 34: a parcel found damaged is not a resolved problem', () => {
  readsEach([
    ['Encomenda encontrada danificada no centro de distribuição', 'EXCEPTION'],
    ['Objeto encontrado violado na unidade de tratamento', 'EXCEPTION'],
    ['Encomenda encontrada sem etiqueta', 'EXCEPTION'],
    ['Colet găsit deteriorat la sortare', 'EXCEPTION'],
    ['Paquet trobat danyat al centre de classificació', 'EXCEPTION'],
    ['Το δέμα βρέθηκε κατεστραμμένο', 'EXCEPTION'],
  ]);
});

describe('south review 34: a gap that reached a later clause', () => {
  readsEach([
    ['Entrega efetuada após tentativa sem sucesso', 'DELIVERED'],
    ['Entrega efetuada. Tentativa anterior sem sucesso', 'DELIVERED'],
    ['Livrare efectuată. Încercare anterioară eșuată', 'DELIVERED'],
    ['Lliurament realitzat. Intent anterior fallit', 'DELIVERED'],
    ['Παραδόθηκε στον παραλήπτη από συνεργάτη', 'DELIVERED'],
    ['Παραδόθηκε στον παραλήπτη μέσω συνεργάτη της ACS', 'DELIVERED'],
    ['Yanlışlıkla başka şubeye yönlendirilen kargo alıcıya teslim edildi', 'DELIVERED'],
    ['Livrat în centrul comercial, la magazinul destinatarului', 'DELIVERED'],
  ]);
});

describe('south review 34: an occasion, an "and", a consequence, a destination', () => {
  readsEach([
    ['Coletul a fost livrat la a doua încercare de livrare', 'DELIVERED'],
    ['Encomenda retida e a próxima entrega será agendada', 'EXCEPTION'],
    [
      "Disponibile per il ritiro presso l'ufficio postale; se non ritirato entro 30 giorni verrà inviato al mittente",
      'WAITING_FOR_PICKUP',
    ],
    [
      "In giacenza presso il Punto Poste, se non ritirata verrà trasferita all'ufficio postale",
      'WAITING_FOR_PICKUP',
    ],
    ['Partita per la città del destinatario', 'IN_TRANSIT'],
    ['Arrivato nella città del destinatario', 'ARRIVED_AT_DESTINATION'],
  ]);
});
