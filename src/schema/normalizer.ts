import { MAX_READ_LENGTH, type StatusMatchResult } from '../domain/status-normalizer.js';
import { normalizeMessage } from '../resolvers/normalizer.js';
import { viewStatus } from '../resolvers/statuses.js';
import { builder, KNOWLEDGE_TTL_MS } from './builder.js';
import { localeArg } from './locale-arg.js';
import { StatusAlias, TrackingStatusDefinition, TrackingStatusEnum } from './statuses.js';

/** Longer text is not a carrier status line; the normalizer would read only this much of it. */
export const MAX_MESSAGE_LENGTH = MAX_READ_LENGTH;

export const MatchMethod = builder.enumType('MatchMethod', {
  description: 'How a carrier message was mapped to a status.',
  values: {
    CARRIER_CODE: {
      description: "The carrier's own event code, from its code table: the most precise reading.",
    },
    EXACT: { description: 'The message is a known alias, character for character.' },
    NORMALIZED: {
      description:
        'A known alias, or a carrier wording of the training corpus (then matchedAlias is null), after case, accents, markup, places and dates are ignored.',
    },
    RULE: {
      description: 'A built-in rule recognised the wording (keywords, negations, precedence).',
    },
    FUZZY: { description: 'A known wording with a typo.' },
    CLASSIFIER: {
      description:
        'No code, alias or rule matched; the n-gram classifier trained on the aliases was sure enough (never used for DELIVERED).',
    },
    NONE: { description: 'Nothing matched; the status is UNKNOWN.' },
  },
});

interface MatchView {
  match: StatusMatchResult;
  locale: string;
}

/** Scores are arithmetic (0.65 comes out as 0.6499999999999999): three decimals say it all. */
export function roundConfidence(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const StatusMatch = builder.objectRef<MatchView>('StatusMatch').implement({
  fields: (t) => ({
    status: t.field({ type: TrackingStatusEnum, resolve: (m) => m.match.status }),
    definition: t.field({
      type: TrackingStatusDefinition,
      resolve: (m, _args, ctx) => viewStatus(ctx, m.match.status, m.locale),
    }),
    method: t.field({ type: MatchMethod, resolve: (m) => m.match.method }),
    confidence: t.float({
      description: 'From 0 (no idea) to 1 (exact alias), rounded to 3 decimals.',
      resolve: (m) => roundConfidence(m.match.confidence),
    }),
    matchedAlias: t.field({
      type: StatusAlias,
      nullable: true,
      resolve: (m) => m.match.alias,
    }),
  }),
});

builder.queryField('normalizeStatus', (t) =>
  t.field({
    extensions: {
      rateLimit: { bucket: 'reads' },
      cache: { ttlMs: KNOWLEDGE_TTL_MS },
    },
    type: StatusMatch,
    description:
      'Maps any raw carrier message, in any of the supported languages, to a canonical status.',
    args: {
      message: t.arg.string({
        required: true,
        validate: {
          maxLength: [
            MAX_MESSAGE_LENGTH,
            { message: `message must be at most ${MAX_MESSAGE_LENGTH} characters` },
          ],
        },
      }),
      locale: t.arg.string(localeArg('Language of the returned definition.')),
    },
    resolve: (_root, args, ctx) => ({
      match: normalizeMessage(ctx, args.message),
      locale: args.locale ?? 'en',
    }),
  }),
);
