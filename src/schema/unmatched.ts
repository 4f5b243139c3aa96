import { AliasAlreadyExists, NotFoundError } from '../domain/errors.js';
import type { Guess } from '../domain/status-classifier.js';
import * as unmatched from '../resolvers/unmatched.js';
import { contentLocale, phrase, rowId, toContentLanguage } from './aliases.js';
import { builder, loadForRole } from './builder.js';
import { resolveKeysetConnection, timeAndIdCursor } from './pagination.js';
import { StatusAlias, TrackingStatusEnum } from './statuses.js';

const UnmatchedMessage = builder.objectRef<unmatched.UnmatchedMessageRow>('UnmatchedMessage');

const StatusSuggestion = builder.objectRef<Guess>('StatusSuggestion').implement({
  description:
    "A character n-gram classifier's best guess for a wording, trained on the aliases and the known carrier wordings, offered to editors however unsure it is (the normalizer's own fallback answers only above its threshold, and never DELIVERED).",
  fields: (t) => ({
    status: t.field({
      type: TrackingStatusEnum,
      description:
        'The status the wording most resembles among the aliases and known carrier wordings.',
      resolve: (g) => g.status,
    }),
    confidence: t.exposeFloat('confidence', { description: 'From 0 to 1.' }),
  }),
});

builder.node(UnmatchedMessage, {
  description:
    'A carrier wording the normalizer could not read, for an editor to turn into an alias. One per normalised wording, however many places and dates it came with.',
  authScopes: { role: 'editor' },
  id: { resolve: (m) => m.id },
  loadOne: loadForRole('editor', 'UnmatchedMessage', (id, ctx) =>
    unmatched.findUnmatchedMessage(ctx, rowId(id)),
  ),
  fields: (t) => ({
    sampleMessage: t.exposeString('sampleMessage', {
      description: 'The wording as a carrier first sent it; resolving uses it as the phrase.',
    }),
    normalized: t.exposeString('normalized', {
      description: 'Case, accents, places, dates and punctuation removed.',
    }),
    occurrences: t.exposeInt('occurrences', { description: 'Events that carried it.' }),
    firstSeenAt: t.expose('firstSeenAt', { type: 'DateTime' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime' }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
    suggestion: t.field({
      type: StatusSuggestion,
      nullable: true,
      description:
        'A likely status, so resolving is one click; null when the wording shares too little with known aliases.',
      resolve: (m, _args, ctx) => unmatched.suggestStatus(ctx, m),
    }),
  }),
});

const ResolveUnmatchedMessageInput = builder.inputType('ResolveUnmatchedMessageInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: [UnmatchedMessage] }),
    status: t.field({ type: TrackingStatusEnum, required: true }),
    locale: t.string({
      required: true,
      description: 'Language of the wording, e.g. "en" ("pt-BR" is stored as "pt").',
      validate: { schema: contentLocale },
    }),
    phrase: t.string({
      description:
        "The alias's wording when it should differ from the sample: take out street names, house numbers and names, because aliases are public.",
      validate: { schema: phrase },
    }),
  }),
});

const ResolveUnmatchedMessageSuccess = builder
  .objectRef<unmatched.ResolveUnmatchedResult>('ResolveUnmatchedMessageSuccess')
  .implement({
    fields: (t) => ({
      alias: t.field({ type: StatusAlias, resolve: (r) => r.alias }),
      reclassifiedEvents: t.exposeInt('reclassifiedEvents', {
        description: 'Stored events that had been unread and are now read with the new alias.',
      }),
      updatedShipments: t.exposeInt('updatedShipments', {
        description: 'Shipments whose status changed as a result.',
      }),
      warnings: t.exposeStringList('warnings', {
        description:
          'Why the phrase may reveal private text (digits, an address, an e-mail); edit the alias if so.',
      }),
    }),
  });

builder.queryField('unmatchedMessages', (t) =>
  t.connection(
    {
      type: UnmatchedMessage,
      description: 'Open unmatched carrier wordings, most recently seen first.',
      authScopes: { role: 'editor' },
      resolve: (_root, args, ctx) =>
        resolveKeysetConnection(args, timeAndIdCursor('lastSeenAt'), (page) =>
          unmatched.listUnmatchedMessages(ctx, page),
        ),
    },
    { name: 'UnmatchedMessageConnection' },
    { name: 'UnmatchedMessageEdge' },
  ),
);

builder.mutationField('resolveUnmatchedMessage', (t) =>
  t.field({
    type: ResolveUnmatchedMessageSuccess,
    description:
      'Makes the wording an alias with the given status, closes the queue entry, and re-reads the stored events that carried it (updating their shipments).',
    authScopes: { role: 'editor' },
    args: { input: t.arg({ type: ResolveUnmatchedMessageInput, required: true }) },
    errors: {
      types: [NotFoundError, AliasAlreadyExists],
      directResult: true,
      union: { name: 'ResolveUnmatchedMessagePayload' },
    },
    resolve: (_root, { input }, ctx) =>
      unmatched.resolveUnmatchedMessage(ctx, {
        id: rowId(input.id.id),
        status: input.status,
        locale: toContentLanguage(input.locale),
        phrase: input.phrase,
      }),
  }),
);
