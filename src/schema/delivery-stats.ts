import type { ESTIMATE_BASES } from '../domain/delivery-histogram.js';
import { analyticsRange, InvalidAnalyticsFilter } from '../resolvers/analytics-filter.js';
import * as deliveryStats from '../resolvers/delivery-stats.js';
import * as shipments from '../resolvers/shipments.js';
import { builder } from './builder.js';
import { invalidInput } from './invalid-input.js';
import { Shipment } from './shipments.js';

export const EstimateBasisEnum = builder.enumType('EstimateBasis', {
  description:
    'Which past deliveries an estimate comes from: the most specific with enough of them.',
  values: {
    LANE: { description: 'Same carrier, origin country and destination country.' },
    CARRIER_DESTINATION: { description: 'Same carrier and destination country.' },
    DESTINATION: { description: 'Same destination country.' },
    STATUS: { description: 'Every delivery, from the same status.' },
  } satisfies Record<(typeof ESTIMATE_BASES)[number], unknown>,
});

const DeliveryEstimate = builder
  .objectRef<deliveryStats.ShipmentEstimate>('DeliveryEstimate')
  .implement({
    description:
      'When the parcel will likely arrive, counted from when it first reached its current status, ' +
      'from the transit times of delivered shipments like it (8 in 10 fall between earliest and latest).',
    fields: (t) => ({
      earliest: t.expose('earliest', { type: 'DateTime', description: '10th percentile.' }),
      likely: t.expose('likely', { type: 'DateTime', description: 'Median.' }),
      latest: t.expose('latest', { type: 'DateTime', description: '90th percentile.' }),
      basis: t.field({ type: EstimateBasisEnum, resolve: (e) => e.basis }),
      sampleSize: t.exposeInt('sampleSize', { description: 'Deliveries the basis holds.' }),
      late: t.exposeBoolean('late', { description: 'True when now is past `latest`.' }),
    }),
  });

builder.objectField(Shipment, 'estimatedDelivery', (t) =>
  t.field({
    type: DeliveryEstimate,
    nullable: true,
    description:
      'Null when delivered or returned, or when too few past deliveries give a basis ' +
      '(WISMO_ETA_MIN_SAMPLE).',
    resolve: (s, _args, ctx) => shipments.shipmentEstimate(ctx, s),
  }),
);

const PerformanceGroupEnum = builder.enumType('DeliveryPerformanceGroup', {
  values: ['LANE', 'CARRIER', 'DESTINATION'] as const,
});

const DeliveryPerformance = builder
  .objectRef<deliveryStats.DeliveryPerformanceRow>('DeliveryPerformance')
  .implement({
    description: 'Deliveries of one group in the period, and how well the estimates held.',
    fields: (t) => ({
      carrier: t.exposeString('carrier', { nullable: true, description: 'Null by DESTINATION.' }),
      originCountry: t.exposeString('originCountry', {
        nullable: true,
        description: 'Set when grouped by LANE (and known).',
      }),
      destinationCountry: t.exposeString('destinationCountry', {
        nullable: true,
        description: 'Null by CARRIER.',
      }),
      deliveries: t.exposeInt('deliveries'),
      medianTransitDays: t.exposeFloat('medianTransitDays', {
        description: 'From the first event to the delivery.',
      }),
      p90TransitDays: t.exposeFloat('p90TransitDays'),
      estimatedDeliveries: t.exposeInt('estimated', {
        description: 'Deliveries for which an estimate was shown.',
      }),
      insideEstimateShare: t.float({
        nullable: true,
        description:
          'Share of estimated deliveries that arrived between the earliest and latest they were ' +
          'shown (target 0.8); null when none had an estimate.',
        resolve: (p) => (p.estimated ? p.insideEstimate / p.estimated : null),
      }),
    }),
  });

builder.queryField('deliveryPerformance', (t) =>
  t.field({
    type: [DeliveryPerformance],
    description:
      'Deliveries per lane, carrier or destination, most first. from/to (delivery time) ' +
      'default to the last 30 days.',
    authScopes: { role: 'analytics' },
    args: {
      from: t.arg({ type: 'DateTime', description: 'Default: 30 days before `to`.' }),
      to: t.arg({ type: 'DateTime', description: 'Default: now.' }),
      groupBy: t.arg({ type: PerformanceGroupEnum, defaultValue: 'LANE', required: true }),
    },
    resolve: (_root, args, ctx) => {
      try {
        const range = analyticsRange(args, ctx.now());
        return deliveryStats.deliveryPerformance(ctx, { ...range, groupBy: args.groupBy });
      } catch (error) {
        if (error instanceof InvalidAnalyticsFilter) throw invalidInput(error.message);
        throw error;
      }
    },
  }),
);
