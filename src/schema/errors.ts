import {
  AliasAlreadyExists,
  CommentTooLong,
  InvalidTrackingEvent,
  InvalidTrackingNumber,
  NotFoundError,
  QuestionNotFound,
  QuestionRequired,
  ShipmentNotFound,
  ShipmentOwnedElsewhere,
  SlugTaken,
} from '../domain/errors.js';
import type { TrackingNumberProblem } from '../domain/tracking-number.js';
import { builder } from './builder.js';
import { StatusAlias, TrackingStatusEnum } from './statuses.js';

/** Every expected failure implements this, so clients can always select `... on Error { message }`. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

/** Exact class match: subclasses are their own, more specific types. */
const exactly =
  (cls: abstract new (...args: never[]) => Error) =>
  (value: unknown): boolean =>
    value instanceof Error && value.constructor === cls;

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: exactly(NotFoundError),
});

builder.objectType(QuestionNotFound, {
  name: 'QuestionNotFound',
  interfaces: [ErrorInterface],
  isTypeOf: exactly(QuestionNotFound),
  fields: (t) => ({ reference: t.exposeString('reference') }),
});

const TrackingNumberProblemEnum = builder.enumType('TrackingNumberProblem', {
  description: 'Why a tracking number was refused.',
  values: {
    EMPTY: { description: 'Nothing was entered.' },
    TOO_SHORT: { description: 'Fewer characters than any carrier uses.' },
    TOO_LONG: { description: 'More characters than any carrier uses.' },
    INVALID_CHARACTERS: { description: 'Characters other than letters and digits.' },
    BAD_CHECK_DIGIT: { description: 'The format is known but the check digit is wrong (a typo).' },
    UNKNOWN_FORMAT: { description: 'No carrier format matches.' },
  } satisfies Record<TrackingNumberProblem, { description: string }>,
});

builder.objectType(InvalidTrackingNumber, {
  name: 'InvalidTrackingNumber',
  interfaces: [ErrorInterface],
  isTypeOf: exactly(InvalidTrackingNumber),
  fields: (t) => ({
    trackingNumber: t.exposeString('trackingNumber', { description: 'As normalised.' }),
    problem: t.field({
      type: TrackingNumberProblemEnum,
      description: 'What is wrong with the number, for a page to word its own message.',
      resolve: (e) => e.problem,
    }),
  }),
});

builder.objectType(ShipmentNotFound, {
  name: 'ShipmentNotFound',
  interfaces: [ErrorInterface],
  isTypeOf: exactly(ShipmentNotFound),
  fields: (t) => ({ trackingNumber: t.exposeString('trackingNumber') }),
});

builder.objectType(InvalidTrackingEvent, {
  name: 'InvalidTrackingEvent',
  interfaces: [ErrorInterface],
  isTypeOf: exactly(InvalidTrackingEvent),
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the bad event in the batch, from 0.' }),
    field: t.exposeString('field'),
  }),
});

builder.objectType(ShipmentOwnedElsewhere, {
  name: 'ShipmentOwnedElsewhere',
  interfaces: [ErrorInterface],
  isTypeOf: exactly(ShipmentOwnedElsewhere),
  fields: (t) => ({ trackingNumber: t.exposeString('trackingNumber') }),
});

builder.objectType(QuestionRequired, {
  name: 'QuestionRequired',
  interfaces: [ErrorInterface],
  isTypeOf: exactly(QuestionRequired),
});

builder.objectType(CommentTooLong, {
  name: 'CommentTooLong',
  interfaces: [ErrorInterface],
  isTypeOf: exactly(CommentTooLong),
  fields: (t) => ({ maxLength: t.exposeInt('maxLength') }),
});

builder.objectType(SlugTaken, {
  name: 'SlugTaken',
  interfaces: [ErrorInterface],
  isTypeOf: exactly(SlugTaken),
  fields: (t) => ({ slug: t.exposeString('slug'), locale: t.exposeString('locale') }),
});

builder.objectType(AliasAlreadyExists, {
  name: 'AliasAlreadyExists',
  interfaces: [ErrorInterface],
  isTypeOf: exactly(AliasAlreadyExists),
  fields: (t) => ({
    status: t.field({
      type: TrackingStatusEnum,
      description: 'What the wording already means.',
      resolve: (e) => e.existing.status,
    }),
    existingAlias: t.field({ type: StatusAlias, resolve: (e) => e.existing }),
  }),
});
