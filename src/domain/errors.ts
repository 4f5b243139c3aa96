import type { AliasEntry } from './status-normalizer.js';
import type { TrackingNumberProblem } from './tracking-number.js';

/**
 * Expected failures a client can act on. Each class is registered once in the schema as a
 * type implementing `interface Error { message }`; its message is the sentence a person reads.
 */
export class DomainError extends Error {
  override name = 'DomainError';
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
}

export class QuestionNotFound extends NotFoundError {
  override name = 'QuestionNotFound';
  /** `reference`: the id (a global id, as the client sent it) or slug that was asked for. */
  constructor(
    readonly reference: string,
    kind: 'id' | 'slug' = 'id',
  ) {
    super(`There is no FAQ question with ${kind} ${reference}.`);
  }
}

export class InvalidTrackingNumber extends DomainError {
  override name = 'InvalidTrackingNumber';
  constructor(
    readonly trackingNumber: string,
    readonly problem: TrackingNumberProblem,
    message: string,
  ) {
    super(message);
  }
}

export class ShipmentNotFound extends NotFoundError {
  override name = 'ShipmentNotFound';
  constructor(readonly trackingNumber: string) {
    super(
      `We have no tracking information for ${trackingNumber} yet. Carriers usually send the first scan within a day or two of the label being created.`,
    );
  }
}

export class InvalidTrackingEvent extends DomainError {
  override name = 'InvalidTrackingEvent';
  constructor(
    readonly index: number,
    readonly field: string,
    message: string,
  ) {
    super(`${message} Nothing from this batch was stored.`);
  }
}

export class ShipmentOwnedElsewhere extends DomainError {
  override name = 'ShipmentOwnedElsewhere';
  constructor(readonly trackingNumber: string) {
    super(
      `Shipment ${trackingNumber} was created by another carrier integration; only it can add events or change its details. Nothing from this batch was stored.`,
    );
  }
}

export class QuestionRequired extends DomainError {
  override name = 'QuestionRequired';
  constructor() {
    super('Please select a question first so we can connect you to the right agent.');
  }
}

export class CommentTooLong extends DomainError {
  override name = 'CommentTooLong';
  constructor(
    readonly maxLength: number,
    /** What the shopper wrote, as the form calls it. */
    what: 'comment' | 'message' = 'comment',
  ) {
    super(`The ${what} is too long: please keep it to ${maxLength} characters or fewer.`);
  }
}

export class SlugTaken extends DomainError {
  override name = 'SlugTaken';
  constructor(
    readonly slug: string,
    readonly locale: string,
  ) {
    super(
      `A question with the slug "${slug}" already exists in "${locale}": choose another slug, or edit that question.`,
    );
  }
}

/** The wording is already an active alias in that locale (the unique index ignores case). */
export class AliasAlreadyExists extends DomainError {
  override name = 'AliasAlreadyExists';
  constructor(readonly existing: AliasEntry) {
    super(
      `"${existing.phrase}" is already an alias in "${existing.locale}" meaning ${existing.status}. Remove that alias first to give the wording another status.`,
    );
  }
}
