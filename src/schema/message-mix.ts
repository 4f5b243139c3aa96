import * as mix from '../resolvers/message-mix.js';
import { IntervalEnum, toFilter } from './analytics.js';
import { builder } from './builder.js';
import { TIME_ZONE_ARG } from './handoffs.js';
import { MatchMethod } from './normalizer.js';

const MethodCount = builder
  .objectRef<mix.MessageMix['byMethod'][number]>('MatchMethodCount')
  .implement({
    fields: (t) => ({
      method: t.field({ type: MatchMethod, resolve: (m) => m.method }),
      count: t.exposeInt('count'),
    }),
  });

const UnmatchedBucket = builder
  .objectRef<mix.MessageMix['unmatchedOverTime'][number]>('UnmatchedMessageBucket')
  .implement({
    fields: (t) => ({
      start: t.expose('start', { type: 'DateTime' }),
      end: t.expose('end', { type: 'DateTime', description: 'Start of the next bucket.' }),
      partial: t.exposeBoolean('partial', {
        description: 'The range cuts this bucket (first or last): it counts only part of it.',
      }),
      total: t.exposeInt('total', { description: 'Carrier messages read in the period.' }),
      unmatched: t.exposeInt('unmatched', { description: 'Of which nothing could read (NONE).' }),
    }),
  });

const CarrierMessageMix = builder.objectRef<mix.MessageMix>('CarrierMessageMix').implement({
  description: 'How the carrier messages received in a period were read.',
  fields: (t) => ({
    total: t.exposeInt('total'),
    byMethod: t.field({
      type: [MethodCount],
      description: 'Every method, zeros included.',
      resolve: (m) => m.byMethod,
    }),
    unmatchedOverTime: t.field({ type: [UnmatchedBucket], resolve: (m) => m.unmatchedOverTime }),
  }),
});

builder.queryField('carrierMessageMix', (t) =>
  t.field({
    type: CarrierMessageMix,
    description: 'Match-method mix of the carrier messages received in the period.',
    authScopes: { role: 'analytics' },
    args: {
      from: t.arg({ type: 'DateTime', description: 'Default: 30 days before `to`.' }),
      to: t.arg({ type: 'DateTime', description: 'Default: now.' }),
      interval: t.arg({ type: IntervalEnum, defaultValue: 'DAY' }),
      timeZone: t.arg.string(TIME_ZONE_ARG),
    },
    resolve: (_root, args, ctx) => {
      const { from, to } = toFilter(args, ctx.now());
      return mix.carrierMessageMix(
        ctx,
        { from, to },
        args.interval ?? 'DAY',
        args.timeZone ?? 'UTC',
      );
    },
  }),
);
