import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../auth/roles.js';
import { BUCKETS, ESTIMATE_BASES } from '../domain/delivery-histogram.js';
import { TRACKING_STATUSES } from '../domain/tracking-status.js';

export const trackingStatus = pgEnum('tracking_status', TRACKING_STATUSES);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Millisecond precision, as JavaScript dates have: keyset cursors round-trip through a Date,
 * and a microsecond the cursor cannot hold would skip or repeat rows between pages.
 */
const timestamps = {
  createdAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
};

const regconfig = customType<{ data: string }>({ dataType: () => 'regconfig' });

export const faqQuestions = pgTable(
  'faq_questions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    locale: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    position: integer().notNull(),
    revision: integer().notNull().default(1),
    /** Set when an editor changes the question: from then on the seed never overwrites it. */
    editedAt: timestamp({ withTimezone: true, mode: 'date' }),
    /**
     * Text-search configuration for the locale (english, german, simple, ...). A column rather
     * than a CASE on locale: casting text to regconfig is not immutable, a regconfig value is.
     */
    searchConfig: regconfig().notNull(),
    search: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector(search_config, title), 'A') || setweight(to_tsvector(search_config, body), 'B')`,
    ),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('faq_questions_locale_slug_uq').on(t.locale, t.slug),
    index('faq_questions_locale_position_idx').on(t.locale, t.position, t.id),
    index('faq_questions_search_idx').using('gin', t.search),
  ],
);

export const statusDefinitions = pgTable('status_definitions', {
  code: trackingStatus().primaryKey(),
  position: integer().notNull(),
  actionRequired: boolean().notNull(),
  terminal: boolean().notNull(),
  /** Days without a new event after which a shipment in this status counts as stale. */
  staleAfterDays: integer(),
  /** Equivalent codes in other vocabularies (AfterShip, 17TRACK, EasyPost). */
  mappings: jsonb().$type<Record<string, string | null>>().notNull().default({}),
});

export const statusTexts = pgTable(
  'status_texts',
  {
    code: trackingStatus()
      .notNull()
      .references(() => statusDefinitions.code),
    locale: text().notNull(),
    title: text().notNull(),
    meaning: text().notNull(),
    guidance: text().notNull(),
    nextSteps: jsonb().$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.code, t.locale] })],
);

/** Links a status to FAQ questions by slug, so one link serves every locale of the question. */
export const statusQuestionLinks = pgTable(
  'status_question_links',
  {
    status: trackingStatus().notNull(),
    questionSlug: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.status, t.questionSlug] }),
    index('status_question_links_slug_idx').on(t.questionSlug),
  ],
);

export const statusAliases = pgTable(
  'status_aliases',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    status: trackingStatus().notNull(),
    locale: text().notNull(),
    phrase: text().notNull(),
    /** help-center, carrier, editor or unmatched-queue. */
    source: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Removal is a tombstone so a later seed run does not bring a removed alias back. */
    removedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('status_aliases_locale_phrase_uq').on(t.locale, sql`lower(${t.phrase})`)],
);

export const apiRole = pgEnum('api_role', ROLES);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    role: apiRole().notNull(),
    /** SHA-256 of the key: keys carry 256 random bits, so a fast hash cannot be reversed. */
    keyHash: text().notNull(),
    /** The first characters of the key, to recognise it in listings without storing it. */
    keyPrefix: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true, mode: 'date' }),
    revokedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('api_keys_hash_uq').on(t.keyHash)],
);

export const matchMethod = pgEnum('match_method', [
  'CARRIER_CODE',
  'EXACT',
  'NORMALIZED',
  'RULE',
  'FUZZY',
  'CLASSIFIER',
  'NONE',
]);

export const shipments = pgTable(
  'shipments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** Normalised: upper case, no spaces or dashes. */
    trackingNumber: text().notNull(),
    carrier: text().notNull(),
    originCountry: text(),
    destinationCountry: text(),
    /** Normalised postal code; events' places and wording are shown only to who knows it. */
    postalCode: text(),
    status: trackingStatus().notNull().default('UNKNOWN'),
    /** occurred_at of the event that set `status`: a late, older event must not replace it. */
    statusOccurredAt: timestamp({ withTimezone: true, mode: 'date' }),
    lastEventAt: timestamp({ withTimezone: true, mode: 'date' }),
    eventCount: integer().notNull().default(0),
    /**
     * The carrier key that created the shipment: only it (or an admin) may add events or change
     * its details. Null for shipments from before ownership (the next writer claims them).
     */
    ownerKeyId: integer().references(() => apiKeys.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('shipments_tracking_number_uq').on(t.trackingNumber)],
);

/** Every change of a shipment's postal code, destination, origin or carrier, and who made it. */
export const shipmentChanges = pgTable(
  'shipment_changes',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    shipmentId: integer()
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    field: text().notNull(),
    oldValue: text(),
    newValue: text(),
    /** The API key that made the change; null for the configured admin key. */
    changedByKeyId: integer().references(() => apiKeys.id),
    changedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('shipment_changes_shipment_idx').on(t.shipmentId, t.changedAt)],
);

export const trackingEvents = pgTable(
  'tracking_events',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    shipmentId: integer()
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    /** The carrier's event id, or a hash of occurredAt + message: what makes a replay a duplicate. */
    eventKey: text().notNull(),
    externalId: text(),
    occurredAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    location: text(),
    rawMessage: text().notNull(),
    /** The carrier's own event code, when it sent one. */
    carrierCode: text(),
    status: trackingStatus().notNull(),
    matchMethod: matchMethod().notNull(),
    matchConfidence: real().notNull(),
    aliasId: integer(),
    receivedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tracking_events_shipment_key_uq').on(t.shipmentId, t.eventKey),
    index('tracking_events_shipment_time_idx').on(t.shipmentId, t.occurredAt.desc(), t.id.desc()),
    // carrierMessageMix counts methods by when messages arrived: an index-only range scan.
    index('tracking_events_received_idx').on(t.receivedAt, t.matchMethod),
  ],
);

/** Carrier wordings the normalizer could not read, for editors to turn into aliases. */
export const unmatchedMessages = pgTable(
  'unmatched_messages',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** The normalised text: one row per distinct wording, however many places and dates it had. */
    normalized: text().notNull(),
    sampleMessage: text().notNull(),
    occurrences: integer().notNull().default(1),
    firstSeenAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 })
      .notNull()
      .defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 })
      .notNull()
      .defaultNow(),
    resolvedAt: timestamp({ withTimezone: true, mode: 'date' }),
    resolvedAliasId: integer(),
  },
  (t) => [
    uniqueIndex('unmatched_messages_normalized_uq').on(t.normalized),
    index('unmatched_messages_open_idx')
      .on(t.lastSeenAt.desc(), t.id.desc())
      .where(sql`resolved_at is null`),
  ],
);

/**
 * Sightings of unread wordings, appended by ingestion and folded into `unmatched_messages` by
 * `foldUnmatchedSightings`. Ingestion only inserts here: an upsert of the queue row itself
 * held that row's lock until the batch committed, so concurrent batches carrying the same
 * unread wording (a carrier's new status text reaches many parcels at once) queued behind
 * one another.
 */
export const unmatchedSightings = pgTable('unmatched_sightings', {
  // Rows come and go all day: a 32-bit identity would run out within weeks at full rate.
  id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  normalized: text().notNull(),
  sampleMessage: text().notNull(),
  occurrences: integer().notNull(),
  seenAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
});

/** The current vote of each client on each question: one row, changed in place. */
export const feedbackVotes = pgTable(
  'feedback_votes',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    questionId: integer()
      .notNull()
      .references(() => faqQuestions.id, { onDelete: 'cascade' }),
    clientId: text().notNull(),
    helpful: boolean().notNull(),
    comment: text(),
    /** The shipment status the shopper was looking at, when the frontend knew it. */
    trackingStatus: trackingStatus(),
    locale: text().notNull(),
    /** The question's revision when the vote was cast: answers change, so do their votes. */
    questionRevision: integer().notNull(),
    /** How many times the client changed this vote after casting it. */
    changes: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('feedback_votes_question_client_uq').on(t.questionId, t.clientId),
    index('feedback_votes_updated_idx').on(t.updatedAt.desc(), t.id.desc()),
    index('feedback_votes_question_updated_idx').on(t.questionId, t.updatedAt),
  ],
);

/** Every submission as it came, for analytics on changed votes. Never updated. */
export const feedbackSubmissions = pgTable(
  'feedback_submissions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voteId: integer()
      .notNull()
      .references(() => feedbackVotes.id, { onDelete: 'cascade' }),
    helpful: boolean().notNull(),
    comment: text(),
    trackingStatus: trackingStatus(),
    questionRevision: integer().notNull(),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('feedback_submissions_vote_idx').on(t.voteId)],
);

export const agentHandoffs = pgTable(
  'agent_handoffs',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    questionId: integer()
      .notNull()
      .references(() => faqQuestions.id),
    clientId: text().notNull(),
    trackingNumber: text(),
    shipmentStatus: trackingStatus(),
    /** The explanation the shopper saw, so the agent starts where the page left off. */
    explanation: jsonb().$type<{ meaning: string; nextSteps: string[]; stale: boolean }>(),
    message: text(),
    queue: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('agent_handoffs_created_idx').on(t.createdAt.desc(), t.id.desc())],
);

export const estimateBasis = pgEnum('estimate_basis', ESTIMATE_BASES);

/**
 * Delivered shipments' transit times as log-spaced bucket counts (src/domain/delivery-histogram.ts),
 * per basis key (lane, carrier + destination, destination, or '' for the status alone) and per
 * status the time is measured from. Incremented in the ingestion transaction, so a delivery
 * counts for the next lookup on every instance. One row holds all the buckets of a histogram
 * (`counts[b + 1]` is bucket b, SQL arrays starting at 1): a lookup reads at most one row per
 * basis, by primary key, instead of one row per non-empty bucket.
 */
export const deliveryHistograms = pgTable(
  'delivery_histograms',
  {
    basis: estimateBasis().notNull(),
    key: text().notNull(),
    fromStatus: trackingStatus().notNull(),
    counts: integer().array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.basis, t.key, t.fromStatus] }),
    check(
      'delivery_histograms_counts_buckets',
      sql`cardinality(${t.counts}) = ${sql.raw(String(BUCKETS))}`,
    ),
  ],
);

/**
 * One row per delivered shipment, written when its delivery arrives: the transit time and the
 * estimate that was in force for it, so analysts can see how often deliveries fell inside.
 */
export const deliveryRecords = pgTable(
  'delivery_records',
  {
    shipmentId: integer()
      .primaryKey()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    carrier: text().notNull(),
    originCountry: text(),
    destinationCountry: text(),
    /** The shipment's first event: where transit time starts. */
    firstEventAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    deliveredAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    /** The estimate from the shipment's first status, as the histograms stood before it. */
    estimateBasis: estimateBasis(),
    estimateEarliest: timestamp({ withTimezone: true, mode: 'date', precision: 3 }),
    estimateLatest: timestamp({ withTimezone: true, mode: 'date', precision: 3 }),
    recordedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('delivery_records_delivered_idx').on(t.deliveredAt)],
);

/**
 * What the content seed last applied, per seed step: a start whose content files (and seed
 * code) are unchanged skips the upserts, which were most of a restart's SQL.
 */
export const contentFingerprints = pgTable('content_fingerprints', {
  name: text().primaryKey(),
  fingerprint: text().notNull(),
  appliedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
