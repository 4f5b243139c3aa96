import { count } from 'drizzle-orm';
import { shipments } from '../db/schema.js';
import { s10CheckDigit } from '../domain/check-digits.js';
import type { UseCaseContext } from './context.js';
import { recordTrackingEvents } from './ingestion.js';

const HOUR = 60 * 60 * 1000;

interface DemoShipment {
  trackingNumber: string;
  destinationCountry: string;
  postalCode?: string;
  /** [hours before now, location, carrier wording] */
  events: [number, string, string][];
}

/** One parcel per situation a newcomer should see: each tells a different "what now". */
export const DEMO_SHIPMENTS: readonly DemoShipment[] = [
  {
    trackingNumber: 'LX204812345CN',
    destinationCountry: 'ES',
    postalCode: '28001',
    events: [
      [9 * 24, 'Shenzhen', 'Shipment information received'],
      [8 * 24, 'Shenzhen', '【Shenzhen】Departed from sorting center'],
      [4 * 24, 'Madrid', 'Arrived at destination country'],
      [2 * 24, 'Madrid', 'Out for delivery'],
      [2 * 24 - 3, 'Madrid', 'A delivery attempt was made'],
      [30, 'Madrid', 'Awaiting collection at the post office'],
    ],
  },
  {
    trackingNumber: 'UA314159268CN',
    destinationCountry: 'BR',
    postalCode: '01310-100',
    events: [
      [10 * 24, 'Guangzhou', 'Shipment information received'],
      [6 * 24, 'Curitiba', 'Objeto recebido pelos Correios do Brasil'],
      [3 * 24, 'Curitiba', 'Aguardando pagamento do despacho postal'],
    ],
  },
  {
    trackingNumber: 'RF271828189CN',
    destinationCountry: 'FR',
    postalCode: '75001',
    events: [
      [20 * 24, 'Yiwu', 'Shipment information received'],
      [18 * 24, 'Yiwu', 'Departed from origin country'],
      [12 * 24, 'Roissy', 'Arrived at destination country'],
    ],
  },
  {
    trackingNumber: 'RR161803397GB',
    destinationCountry: 'DE',
    postalCode: '10115',
    events: [
      [5 * 24, 'London', 'Item received for processing'],
      [3 * 24, 'Frankfurt', 'Die Sendung ist im Zielland angekommen'],
      [26, 'Berlin', 'Die Sendung wurde in das Zustellfahrzeug geladen'],
      [24, 'Berlin', 'Die Sendung wurde erfolgreich zugestellt.'],
    ],
  },
  {
    trackingNumber: 'RB141421354CN',
    destinationCountry: 'NL',
    events: [
      [40 * 24, 'Shanghai', 'Shipment information received'],
      [30 * 24, 'Amsterdam', 'Arrived at destination country'],
      [10 * 24, 'Amsterdam', 'Niet afgehaald'],
      [2 * 24, 'Amsterdam', 'Retour afzender'],
    ],
  },
];

/** Enough delivered parcels for the default minimum sample (WISMO_ETA_MIN_SAMPLE). */
const HISTORY_SIZE = 32;

/**
 * Parcels from China to France delivered over the past two months, so the demo shows delivery
 * estimates: on their lane for `RF271828189CN` (which is past its latest date: the late one),
 * from its status alone for the parcels held by customs or waiting for pickup. They reached
 * France 2–6 days before delivery, were held by customs a few hours and waited at a post office
 * for the last third to three quarters of that; spread evenly rather than at random, so the demo is the same on every start.
 */
export function demoDeliveryHistory(): DemoShipment[] {
  return Array.from({ length: HISTORY_SIZE }, (_, i) => {
    const serial = String(70_000_000 + i);
    const deliveredHoursAgo = (60 - i * 1.5) * 24;
    const afterArrival = (2 + (i % 9) * 0.5) * 24;
    const waited = afterArrival * (0.3 + (i % 7) * 0.08);
    const arrived = deliveredHoursAgo + afterArrival;
    return {
      trackingNumber: `RR${serial}${s10CheckDigit(serial)}CN`,
      destinationCountry: 'FR',
      events: [
        [arrived + 7 * 24, 'Yiwu', 'Shipment information received'],
        [arrived, 'Roissy', 'Arrived at destination country'],
        [arrived - 6, 'Roissy', 'Held by import customs'],
        [deliveredHoursAgo + waited, 'Paris', 'Awaiting collection at the post office'],
        [deliveredHoursAgo, 'Paris', 'Delivered to recipient'],
      ],
    };
  });
}

/** Seeds the demo parcels through the real ingestion use case, once, on an empty database. */
export async function seedDemoShipments(ctx: UseCaseContext): Promise<number> {
  const [existing] = await ctx.db.select({ n: count() }).from(shipments);
  if ((existing?.n ?? 0) > 0) return 0;
  const now = ctx.now().getTime();
  // History first: the demo parcels are then looked up with estimates from it.
  for (const demo of [...demoDeliveryHistory(), ...DEMO_SHIPMENTS]) {
    await recordTrackingEvents(ctx, {
      trackingNumber: demo.trackingNumber,
      destinationCountry: demo.destinationCountry,
      postalCode: demo.postalCode,
      events: demo.events.map(([hoursAgo, location, message]) => ({
        occurredAt: new Date(now - hoursAgo * HOUR),
        location,
        message,
      })),
    });
  }
  return HISTORY_SIZE + DEMO_SHIPMENTS.length;
}
