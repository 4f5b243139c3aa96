import { InvalidTrackingNumber, ShipmentNotFound } from '../domain/errors.js';
import { analyzeTrackingNumber } from '../domain/tracking-number.js';
import { loadQuestionsBySlugs } from '../infra/loaders.js';
import type { ShipmentUpdatedEvent } from '../infra/pubsub.js';
import * as shipments from '../resolvers/shipments.js';
import { viewStatus } from '../resolvers/statuses.js';
import { builder } from './builder.js';
import { FaqQuestion } from './faq.js';
import { invalidInput } from './invalid-input.js';
import { localeArg } from './locale-arg.js';
import { MatchMethod, roundConfidence } from './normalizer.js';
import { resolveKeysetConnection, timeAndIdCursor } from './pagination.js';
import { StatusAlias, TrackingStatusDefinition, TrackingStatusEnum } from './statuses.js';

/** A shipment has no `locale` field of its own: the language shows in its texts. */
const SHIPMENT_LOCALE =
  'BCP 47 language tag for the status texts and explanation, e.g. "de"; a language without texts falls back to "en".';

const trackingNumberArg = {
  required: true,
  description: 'As printed on the label; spaces, dashes and case do not matter.',
  validate: {
    maxLength: [100, { message: 'trackingNumber must be at most 100 characters' }] as [
      number,
      { message: string },
    ],
  },
} as const;

/** Analyses a tracking number for fields whose result type has no room for a typed error. */
function validTrackingNumber(raw: string) {
  const analysis = analyzeTrackingNumber(raw);
  if (!analysis.ok) {
    throw invalidInput(analysis.message, 'BAD_USER_INPUT', { problem: analysis.problem });
  }
  return analysis;
}

const PostalCodeCheckEnum = builder.enumType('PostalCodeCheck', {
  description: 'The postal code given with a lookup, compared with the one on file.',
  values: {
    NOT_GIVEN: { description: 'A code is on file and none was given: details stay hidden.' },
    MATCHED: { description: 'The code given matches: places and wording are shown.' },
    MISMATCHED: { description: 'A code was given and does not match: details stay hidden.' },
    NOT_ON_FILE: { description: 'The shipment has no postal code: details are shown to anyone.' },
  } as const,
});

const CarrierCandidate = builder.simpleObject('CarrierCandidate', {
  fields: (t) => ({
    carrier: t.string({ description: 'Stable carrier code, e.g. "upu-s10", "ups", "cainiao".' }),
    name: t.string({ description: 'Display name, e.g. "Royal Mail" for an S10 number from GB.' }),
    confidence: t.float({
      description: 'From 0 to 1, rounded to 3 decimals; a valid check digit raises it.',
    }),
    checkDigitValid: t.boolean({
      nullable: true,
      description: 'Null when the format has no check digit.',
    }),
    trackingUrl: t.string(),
    originCountry: t.string({
      nullable: true,
      description: 'ISO 3166 alpha-2, for UPU S10 numbers.',
    }),
  }),
});

export const Explanation = builder.objectRef<shipments.ExplanationView>('Explanation').implement({
  description: 'What the shipment status means for the customer right now, and what to do.',
  fields: (t) => ({
    status: t.field({ type: TrackingStatusEnum, resolve: (e) => e.status }),
    meaning: t.exposeString('meaning'),
    nextSteps: t.exposeStringList('nextSteps', {
      description: 'Sentences a customer reads, in order.',
    }),
    actionRequired: t.exposeBoolean('actionRequired'),
    stale: t.exposeBoolean('stale', {
      description:
        'True when the parcel is past the latest date of its delivery estimate; without an ' +
        'estimate, when it has had no news for longer than usual for its status.',
    }),
    daysSinceLastUpdate: t.exposeInt('daysSinceLastUpdate', { nullable: true }),
    outlook: t.exposeString('outlook', {
      nullable: true,
      description:
        'When parcels like this one usually arrive, e.g. "Parcels on this route usually arrive ' +
        '3–7 days after reaching the destination country."; null without an estimate.',
    }),
    relatedQuestions: t.field({
      type: [FaqQuestion],
      resolve: (e, _args, ctx) => loadQuestionsBySlugs(ctx, e.locale, e.questionSlugs),
    }),
  }),
});

interface EventView {
  row: shipments.TrackingEventRow;
  shipment: shipments.ShipmentView;
}

/** Events page newest first by occurredAt; the cursor is the event row's. */
const eventCursor = timeAndIdCursor('occurredAt');

const EventMatch = builder.objectRef<EventView>('EventMatch').implement({
  description: 'How the carrier message was read when the event was recorded.',
  fields: (t) => ({
    method: t.field({ type: MatchMethod, resolve: (e) => e.row.matchMethod }),
    confidence: t.float({
      description: 'From 0 to 1, rounded to 3 decimals.',
      resolve: (e) => roundConfidence(e.row.matchConfidence),
    }),
    matchedAlias: t.field({
      type: StatusAlias,
      nullable: true,
      description:
        "The alias that read the message; null without the postal code, because an exact match's phrase is the carrier's wording.",
      resolve: (e, _args, ctx) =>
        e.shipment.detailsVisible && e.row.aliasId
          ? (ctx.knowledge.current.aliasById.get(e.row.aliasId) ?? null)
          : null,
    }),
  }),
});

const TrackingEvent = builder.objectRef<EventView>('TrackingEvent').implement({
  fields: (t) => ({
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.row.occurredAt }),
    status: t.field({ type: TrackingStatusEnum, resolve: (e) => e.row.status }),
    statusDefinition: t.field({
      type: TrackingStatusDefinition,
      resolve: (e, _args, ctx) => viewStatus(ctx, e.row.status, e.shipment.locale),
    }),
    location: t.string({
      nullable: true,
      description: 'Shown only with the right postal code (when the shipment has one).',
      resolve: (e) => (e.shipment.detailsVisible ? e.row.location : null),
    }),
    rawMessage: t.string({
      nullable: true,
      description: "The carrier's own wording; shown only with the right postal code.",
      resolve: (e) => (e.shipment.detailsVisible ? e.row.rawMessage : null),
    }),
    match: t.field({ type: EventMatch, resolve: (e) => e }),
  }),
});

export const Shipment = builder.objectRef<shipments.ShipmentView>('Shipment').implement({
  fields: (t) => ({
    trackingNumber: t.string({ resolve: (s) => s.row.trackingNumber }),
    carrier: t.string({ resolve: (s) => s.row.carrier }),
    originCountry: t.string({ nullable: true, resolve: (s) => s.row.originCountry }),
    destinationCountry: t.string({ nullable: true, resolve: (s) => s.row.destinationCountry }),
    status: t.field({ type: TrackingStatusEnum, resolve: (s) => s.row.status }),
    statusDefinition: t.field({
      type: TrackingStatusDefinition,
      resolve: (s, _args, ctx) => viewStatus(ctx, s.row.status, s.locale),
    }),
    lastEventAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.row.lastEventAt }),
    detailsVisible: t.boolean({
      description: 'False when a postal code is on file and was not given (or did not match).',
      resolve: (s) => s.detailsVisible,
    }),
    postalCodeCheck: t.field({
      type: PostalCodeCheckEnum,
      description:
        'How the postal code given with the lookup compares with the one on file, so a page can say "that postal code does not match".',
      resolve: (s) => s.postalCodeCheck,
    }),
    explanation: t.field({
      type: Explanation,
      resolve: (s, _args, ctx) => shipments.explainShipment(ctx, s),
    }),
    events: t.connection(
      {
        type: TrackingEvent,
        description: 'Newest first, by when each event happened.',
        resolve: (s, args, ctx) => {
          return resolveKeysetConnection(
            args,
            { ...eventCursor, encode: (e: EventView) => eventCursor.encode(e.row) },
            async (page) =>
              (await shipments.listShipmentEvents(ctx, s, page)).map((row) => ({
                row,
                shipment: s,
              })),
            { forwardOnly: 'events' },
          );
        },
      },
      { name: 'TrackingEventConnection' },
      { name: 'TrackingEventEdge' },
    ),
  }),
});

builder.queryFields((t) => ({
  shipment: t.field({
    extensions: { rateLimit: { bucket: 'lookups' } },
    type: Shipment,
    description: 'Where a parcel is and what to do now.',
    args: {
      trackingNumber: t.arg.string(trackingNumberArg),
      postalCode: t.arg.string({
        description: "The recipient's postal code: unlocks places and the carrier's wording.",
        validate: { maxLength: 20 },
      }),
      locale: t.arg.string(localeArg(SHIPMENT_LOCALE)),
    },
    errors: {
      types: [InvalidTrackingNumber, ShipmentNotFound],
      directResult: true,
      union: { name: 'ShipmentLookupResult' },
    },
    resolve: (_root, args, ctx) =>
      shipments.lookupShipment(ctx, {
        trackingNumber: args.trackingNumber,
        postalCode: args.postalCode,
        locale: args.locale ?? 'en',
      }),
  }),
  detectCarrier: t.field({
    extensions: { rateLimit: { bucket: 'lookups' } },
    type: [CarrierCandidate],
    description: 'Which carriers a tracking number may belong to, most likely first.',
    args: { trackingNumber: t.arg.string(trackingNumberArg) },
    resolve: (_root, args) =>
      validTrackingNumber(args.trackingNumber).candidates.map((c) => ({
        ...c,
        confidence: roundConfidence(c.confidence),
        originCountry: c.originCountry ?? null,
      })),
  }),
}));

interface Refusal {
  refused: InvalidTrackingNumber;
}

/**
 * A stream with one refusal in it: the client reads the same typed error as from `shipment`.
 * Wrapped, because an Error yielded by a source stream is treated as a failure of the stream.
 */
async function* refusal(error: InvalidTrackingNumber): AsyncGenerator<Refusal> {
  yield { refused: error };
}

const lookupsPerEvent = new WeakMap<object, Map<string, Promise<unknown>>>();

function sharedLookup<T>(event: object, key: string, lookup: () => Promise<T>): Promise<T> {
  let lookups = lookupsPerEvent.get(event);
  if (!lookups) {
    lookups = new Map();
    lookupsPerEvent.set(event, lookups);
  }
  let found = lookups.get(key) as Promise<T> | undefined;
  if (!found) {
    found = lookup();
    lookups.set(key, found);
  }
  return found;
}

builder.subscriptionField('shipmentUpdated', (t) =>
  t.field({
    extensions: { rateLimit: { bucket: 'lookups' } },
    type: Shipment,
    // The same typed error as `shipment`, in a union of its own (a result type per field).
    errors: {
      types: [InvalidTrackingNumber],
      directResult: true,
      union: {
        name: 'ShipmentUpdateResult',
        description:
          'A new state of the followed shipment, or, sent once before the stream ends, why its tracking number cannot be followed.',
      },
    },
    description:
      'Emits the shipment each time a carrier records new events for it (SSE); an impossible tracking number gets one InvalidTrackingNumber and the stream ends.',
    args: {
      trackingNumber: t.arg.string(trackingNumberArg),
      postalCode: t.arg.string({ validate: { maxLength: 20 } }),
      locale: t.arg.string(localeArg(SHIPMENT_LOCALE)),
    },
    subscribe: (_root, args, ctx): AsyncIterable<ShipmentUpdatedEvent | Refusal> => {
      const analysis = analyzeTrackingNumber(args.trackingNumber);
      if (!analysis.ok) {
        return refusal(
          new InvalidTrackingNumber(analysis.trackingNumber, analysis.problem, analysis.message),
        );
      }
      return ctx.pubsub.subscribe('shipmentUpdated', analysis.trackingNumber);
    },
    resolve: (event, args, ctx) => {
      if ('refused' in event) throw event.refused;
      // Every subscriber receives the same event object: one lookup per update and argument
      // set, shared by all streams that follow the parcel, not one per stream.
      return sharedLookup(event, `${args.postalCode ?? ''}\u0000${args.locale ?? 'en'}`, () =>
        shipments.lookupShipment(ctx, {
          trackingNumber: event.trackingNumber,
          postalCode: args.postalCode,
          locale: args.locale ?? 'en',
        }),
      );
    },
  }),
);
