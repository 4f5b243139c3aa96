/**
 * Synthetic but realistic shipments for the benchmark: S10 tracking numbers, journeys of eight
 * carrier scans, and the multilingual wordings carriers really use at each step.
 */
import { s10CheckDigit } from '../src/domain/check-digits.js';
import { normalizePostalCode } from '../src/domain/postal-code.js';
import { journeyGaps } from './transit-times.js';

type Stage =
  | 'info'
  | 'accepted'
  | 'departed'
  | 'transit'
  | 'arrived'
  | 'customs'
  | 'cleared'
  | 'outForDelivery'
  | 'attempt'
  | 'pickup'
  | 'delivered'
  | 'returned'
  | 'exception'
  | 'noise';

const WORDINGS: Record<Stage, readonly string[]> = {
  info: [
    'Shipment information received',
    'Electronic information submitted by shipper',
    'Shipment Data Uploaded',
    'Información del envío recibida',
    'Objeto postado',
    'Sendungsdaten elektronisch übermittelt',
    'Informations relatives à l’envoi reçues',
    '收到电子信息',
    'Zending aangemeld',
  ],
  accepted: [
    'Item accepted at post office',
    'Accepted by carrier',
    'Admitido en oficina',
    'Objeto recebido na unidade de distribuição',
    'Die Sendung wurde im Start-Paketzentrum bearbeitet',
    'Prise en charge de votre colis',
    '已收寄',
    'Приём',
    'Presa in carico',
  ],
  departed: [
    'Departed from origin facility',
    'Depart from facility to service provider.',
    'Dispatched from sorting center',
    'Salida de centro internacional',
    'Objeto encaminhado para o país de destino',
    'Die Sendung hat das Abgangsland verlassen',
    '离开【深圳】，下一站【香港】',
    'Покинуло место международного обмена',
  ],
  transit: [
    'In transit',
    'Item in transit to next facility',
    'Processed through facility',
    'En tránsito',
    'Objeto em trânsito - por favor aguarde',
    'Die Sendung wird zum Empfänger transportiert',
    'Colis en cours d’acheminement',
    'Zending is onderweg',
    '运输中',
    'In transito',
  ],
  arrived: [
    'Arrived at destination country',
    'Arrived at facility in destination country',
    'Llegada a centro de tratamiento de destino',
    'Objeto recebido no país de destino',
    'Die Sendung ist im Zielland angekommen',
    'Arrivée dans le pays de destination',
    '到达目的地国家',
    'Прибыло в место международного обмена',
  ],
  customs: [
    'Held by import customs',
    'Presented to import customs',
    'Customs clearance in progress',
    'En aduana de destino',
    'Aguardando pagamento de impostos',
    'Die Sendung wird zur Verzollung vorbereitet',
    'Retenu en douane',
    'Inklaring gestart',
  ],
  cleared: [
    'Released by customs',
    'Customs clearance completed',
    'Liberado por aduana',
    'Objeto liberado pela fiscalização aduaneira',
    'Verzollung abgeschlossen',
    'Dédouanement terminé',
    '海关放行',
  ],
  outForDelivery: [
    'Out for delivery',
    'With delivery courier',
    'En reparto',
    'Objeto saiu para entrega ao destinatário',
    'Die Sendung wurde in das Zustellfahrzeug geladen',
    'En cours de livraison',
    'Wordt vandaag bezorgd',
    '派送中',
    'In consegna',
  ],
  attempt: [
    'Delivery attempted - notice left',
    'A delivery attempt was made',
    'Intento de entrega fallido, aviso dejado',
    'Destinatário ausente - carteiro não atendido',
    'Zustellversuch: Benachrichtigungskarte hinterlassen',
    'Avisé - destinataire absent',
    '投递未成功，已通知收件人',
  ],
  pickup: [
    'Awaiting collection at post office',
    'Available for pickup at parcel locker',
    'Disponible para recoger en oficina',
    'Objeto aguardando retirada no endereço indicado',
    'Die Sendung liegt in der Filiale zur Abholung bereit',
    'Disponible en point de retrait',
    'Ligt klaar bij afhaalpunt',
    'Ожидает адресата в месте вручения',
  ],
  delivered: [
    'Delivered',
    'Delivered to recipient',
    'Item delivered, signed for by R. SMITH',
    'Entregado',
    'Objeto entregue ao destinatário',
    'Die Sendung wurde zugestellt',
    'Votre colis est livré',
    'Bezorgd',
    '已签收',
    'Вручено адресату',
    'Consegnato',
  ],
  returned: [
    'Returned to sender',
    'Item being returned to sender',
    'Devuelto al remitente',
    'Objeto devolvido ao remetente',
    'Die Sendung wird an den Absender zurückgeschickt',
    'Retourné à l’expéditeur',
  ],
  exception: [
    'Address incomplete - delivery not possible',
    'Refused by recipient',
    'Objeto roubado',
    'Dirección incorrecta',
    'Sendung beschädigt',
  ],
  noise: ['N/A', 'Saturday Delivery', 'No Pin History', 'Status update', 'Scan'],
};

/** Eight scans each; most parcels arrive, some wait at a pickup point, a few go wrong. */
const JOURNEYS: readonly (readonly Stage[])[] = [
  ['info', 'accepted', 'departed', 'transit', 'arrived', 'outForDelivery', 'attempt', 'delivered'],
  ['info', 'accepted', 'departed', 'arrived', 'customs', 'cleared', 'outForDelivery', 'delivered'],
  ['info', 'accepted', 'transit', 'departed', 'arrived', 'customs', 'cleared', 'transit'],
  ['info', 'accepted', 'departed', 'arrived', 'transit', 'outForDelivery', 'attempt', 'pickup'],
  ['info', 'noise', 'accepted', 'departed', 'transit', 'transit', 'arrived', 'customs'],
  ['info', 'accepted', 'departed', 'arrived', 'outForDelivery', 'exception', 'transit', 'returned'],
  ['info', 'accepted', 'departed', 'transit', 'arrived', 'transit', 'outForDelivery', 'delivered'],
];

const COUNTRIES = ['CN', 'DE', 'GB', 'US', 'FR', 'ES', 'BR', 'NL', 'IT', 'RU', 'PT', 'PL'] as const;
const CITIES = [
  'SHENZHEN',
  'Guangzhou',
  'Frankfurt',
  'LONDON HEATHROW',
  'Chicago, IL 60607',
  'Madrid',
  'São Paulo/SP',
  'Amsterdam',
  'Milano',
  'Москва',
  'Lisboa',
  'Warszawa',
  'Paris Roissy',
  'Leipzig',
  'Curitiba/PR',
];
const POSTAL_CODES = ['10115', 'SW1A 1AA', '75001', '28013', '01310-100', '1012 JS', '00-001'];

/** Small deterministic PRNG, so a run can be reproduced. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** A valid UPU S10 number: two letters, eight-digit serial, check digit, origin country. */
export function s10Number(prefix: string, serial: number, country: string): string {
  const digits = String(serial).padStart(8, '0');
  return `${prefix}${digits}${s10CheckDigit(digits)}${country}`;
}

export const SEED_PREFIX = 'BS';

/** The seeded shipment number `index`: run.ts regenerates these to look shipments up. */
export function seededTrackingNumber(index: number): string {
  return s10Number(SEED_PREFIX, index, COUNTRIES[index % COUNTRIES.length]!);
}

export interface SyntheticEvent {
  eventId: string;
  occurredAt: Date;
  location: string;
  message: string;
}

export interface SyntheticShipment {
  trackingNumber: string;
  originCountry: string;
  destinationCountry: string;
  postalCode: string | null;
  events: SyntheticEvent[];
}

/** A carrier scan wording, sometimes with the place in brackets as Chinese carriers print it. */
export function carrierMessage(rand: () => number, stage?: Stage): string {
  const chosen = stage ?? pick(rand, Object.keys(WORDINGS) as Stage[]);
  const text = pick(rand, WORDINGS[chosen]);
  return rand() < 0.2 ? `${text} [${pick(rand, CITIES)}]` : text;
}

/**
 * Events of one journey, oldest first, ending before `now`. With a lane, a whole journey takes
 * that lane's transit time (bench/transit-times.ts); without, scans are hours to days apart.
 */
export function syntheticEvents(
  rand: () => number,
  idPrefix: string,
  count: number,
  now: number,
  lane?: { origin: string; destination: string },
): SyntheticEvent[] {
  const journey = pick(rand, JOURNEYS);
  const stages = Array.from({ length: count }, (_, i) => journey[i % journey.length]!);
  const gaps =
    lane && count === journey.length
      ? journeyGaps(rand, stages, lane.origin, lane.destination)
      : stages.map(() => (2 + rand() * 60) * 3_600_000);
  const span = gaps.reduce((a, b) => a + b, 0);
  // Most parcels moved recently; some have been quiet for weeks (stale explanations).
  let at = now - span - rand() * (rand() < 0.8 ? 5 : 40) * 86_400_000;
  return gaps.map((gap, i) => {
    at += gap;
    return {
      eventId: `${idPrefix}-${i}`,
      occurredAt: new Date(Math.round(at)),
      location: pick(rand, CITIES),
      message: carrierMessage(rand, stages[i]),
    };
  });
}

export function syntheticShipment(index: number, now: number): SyntheticShipment {
  const rand = random(index + 1);
  const trackingNumber = seededTrackingNumber(index);
  const originCountry = trackingNumber.slice(-2);
  const destinationCountry = pick(rand, COUNTRIES);
  return {
    trackingNumber,
    originCountry,
    destinationCountry,
    postalCode: rand() < 0.3 ? normalizePostalCode(pick(rand, POSTAL_CODES)) : null,
    events: syntheticEvents(rand, trackingNumber, 8, now, {
      origin: originCountry,
      destination: destinationCountry,
    }),
  };
}
