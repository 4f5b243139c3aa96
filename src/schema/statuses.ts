import type { AliasEntry } from '../domain/status-normalizer.js';
import { TRACKING_STATUSES } from '../domain/tracking-status.js';
import * as statuses from '../resolvers/statuses.js';
import { builder, KNOWLEDGE_TTL_MS } from './builder.js';
import { localeArg } from './locale-arg.js';

export const TrackingStatusEnum = builder.enumType('TrackingStatus', {
  description: 'Canonical tracking statuses every carrier wording is mapped to.',
  values: TRACKING_STATUSES,
});

const ALIAS_SOURCES = {
  HELP_CENTER: { description: "From the seed help page's own list of expressions." },
  CARRIER: { description: 'A real carrier wording shipped with the content files.' },
  EDITOR: { description: 'Added by an editor (addStatusAlias).' },
  UNMATCHED_QUEUE: {
    description: 'Learned from an unrecognised carrier message an editor resolved.',
  },
} as const;
type AliasSource = keyof typeof ALIAS_SOURCES;

const AliasSourceEnum = builder.enumType('AliasSource', {
  description: 'Where an alias came from.',
  values: ALIAS_SOURCES,
});

export const StatusAlias = builder.node(builder.objectRef<AliasEntry>('StatusAlias'), {
  description: 'A carrier wording that means a canonical status.',
  id: { resolve: (alias) => alias.id },
  loadOne: (id, ctx) => ctx.knowledge.current.aliasById.get(Number(id)) ?? null,
  fields: (t) => ({
    phrase: t.exposeString('phrase'),
    locale: t.exposeString('locale'),
    source: t.field({
      type: AliasSourceEnum,
      description: 'Where the wording came from.',
      // Stored as kebab-case words ("unmatched-queue"), served as the enum value.
      resolve: (alias) => alias.source.toUpperCase().replace(/-/g, '_') as AliasSource,
    }),
    status: t.expose('status', { type: TrackingStatusEnum }),
  }),
});

const StatusMappings = builder.simpleObject('StatusMappings', {
  description: 'The same status in other tracking vocabularies, for integrators.',
  fields: (t) => ({
    aftership: t.string({ nullable: true }),
    seventeenTrack: t.string({ nullable: true }),
    easypost: t.string({ nullable: true }),
  }),
});

export const TrackingStatusDefinition = builder.objectRef<statuses.StatusView>(
  'TrackingStatusDefinition',
);

TrackingStatusDefinition.implement({
  description: 'What a canonical status means and what the customer should do about it.',
  fields: (t) => ({
    code: t.field({ type: TrackingStatusEnum, resolve: (s) => s.record.code }),
    locale: t.string({
      description: 'The language the texts are in (the default when the requested one has none).',
      resolve: (s) => s.locale,
    }),
    title: t.string({ resolve: (s) => s.text.title }),
    meaning: t.string({ resolve: (s) => s.text.meaning }),
    guidance: t.string({ resolve: (s) => s.text.guidance }),
    nextSteps: t.stringList({ resolve: (s) => s.text.nextSteps }),
    actionRequired: t.boolean({ resolve: (s) => s.record.actionRequired }),
    terminal: t.boolean({ resolve: (s) => s.record.terminal }),
    staleAfterDays: t.int({ nullable: true, resolve: (s) => s.record.staleAfterDays }),
    mappings: t.field({
      type: StatusMappings,
      resolve: (s) => ({
        aftership: s.record.mappings.aftership ?? null,
        seventeenTrack: s.record.mappings.seventeenTrack ?? null,
        easypost: s.record.mappings.easypost ?? null,
      }),
    }),
    aliases: t.field({
      type: [StatusAlias],
      args: { locale: t.arg.string({ description: 'Only wordings in this language.' }) },
      resolve: (s, args) =>
        args.locale ? s.record.aliases.filter((a) => a.locale === args.locale) : s.record.aliases,
    }),
  }),
});

builder.queryFields((t) => ({
  trackingStatuses: t.field({
    extensions: {
      rateLimit: { bucket: 'reads' },
      cache: { ttlMs: KNOWLEDGE_TTL_MS },
    },
    type: [TrackingStatusDefinition],
    args: { locale: t.arg.string(localeArg()) },
    resolve: (_root, args, ctx) => statuses.listStatuses(ctx, args.locale ?? 'en'),
  }),
  trackingStatus: t.field({
    extensions: {
      rateLimit: { bucket: 'reads' },
      cache: { ttlMs: KNOWLEDGE_TTL_MS },
    },
    type: TrackingStatusDefinition,
    args: {
      code: t.arg({ type: TrackingStatusEnum, required: true }),
      locale: t.arg.string(localeArg()),
    },
    resolve: (_root, args, ctx) => statuses.viewStatus(ctx, args.code, args.locale ?? 'en'),
  }),
}));
