import {
  InvalidTrackingEvent,
  InvalidTrackingNumber,
  ShipmentOwnedElsewhere,
} from '../domain/errors.js';
import { checkPostalCode } from '../domain/postal-code.js';
import { MAX_EVENTS_PER_BATCH } from '../domain/tracking-events.js';
import * as ingestion from '../resolvers/ingestion.js';
import { builder } from './builder.js';
import { Shipment } from './shipments.js';

const TrackingEventInput = builder.inputType('TrackingEventInput', {
  fields: (t) => ({
    eventId: t.string({
      description: "The carrier's id for the event; replays with it are duplicates.",
    }),
    occurredAt: t.field({
      type: 'DateTime',
      required: true,
      description:
        'When the event happened (not when it was sent), e.g. 2026-11-25T14:30:00Z; an offset such as +08:00 is kept as the same instant.',
    }),
    location: t.string(),
    message: t.string({ required: true, description: "The carrier's wording, in any language." }),
    code: t.string({
      description:
        "The carrier's own event code (e.g. PostNL I01, Colissimo LIVCFM, USPS 01), at most 40 characters. A code in the carrier's table (content/carrier-codes) decides the status before the wording is read.",
    }),
  }),
});

const countryCode = {
  regex: [/^[A-Za-z]{2}$/, { message: 'must be an ISO 3166 alpha-2 code such as "GB"' }] as [
    RegExp,
    { message: string },
  ],
};

const RecordTrackingEventsInput = builder.inputType('RecordTrackingEventsInput', {
  fields: (t) => ({
    trackingNumber: t.string({ required: true, validate: { maxLength: 100 } }),
    carrier: t.string({
      description: 'Carrier code; detected from the tracking number when omitted.',
      validate: { maxLength: 40 },
    }),
    originCountry: t.string({ validate: countryCode }),
    destinationCountry: t.string({ validate: countryCode }),
    postalCode: t.string({
      description: "Recipient's postal code: lookups must give it to see places and wording.",
      validate: { maxLength: 20 },
    }),
    events: t.field({
      type: [TrackingEventInput],
      required: true,
      validate: {
        minLength: [1, { message: 'events must contain at least one event' }],
        maxLength: [
          MAX_EVENTS_PER_BATCH,
          {
            message: `events must contain at most ${MAX_EVENTS_PER_BATCH} events per call; split the batch`,
          },
        ],
      },
    }),
  }),
});

const RecordTrackingEventsResult = builder
  .objectRef<ingestion.RecordEventsResult>('RecordTrackingEventsSuccess')
  .implement({
    fields: (t) => ({
      shipment: t.field({
        type: Shipment,
        // The carrier sent the data: it sees everything, and gave no postal code to check.
        resolve: (r) => ({
          row: r.shipment,
          detailsVisible: true,
          postalCodeCheck: checkPostalCode(r.shipment.postalCode, null),
          locale: 'en',
        }),
      }),
      accepted: t.exposeInt('accepted', { description: 'Events stored by this call.' }),
      duplicates: t.exposeInt('duplicates', {
        description: 'Events already stored (replays), not stored again.',
      }),
      unmatched: t.exposeInt('unmatched', {
        description: 'Stored events whose wording was not recognised.',
      }),
    }),
  });

builder.mutationField('recordTrackingEvents', (t) =>
  t.field({
    extensions: { rateLimit: { bucket: 'ingestion' } },
    type: RecordTrackingEventsResult,
    description:
      'For carriers: appends tracking events to a shipment, creating it if new. Idempotent.',
    authScopes: { role: 'carrier' },
    args: { input: t.arg({ type: RecordTrackingEventsInput, required: true }) },
    errors: {
      types: [InvalidTrackingNumber, InvalidTrackingEvent, ShipmentOwnedElsewhere],
      directResult: true,
      union: { name: 'RecordTrackingEventsPayload' },
    },
    resolve: (_root, { input }, ctx) => ingestion.recordTrackingEvents(ctx, input),
  }),
);
