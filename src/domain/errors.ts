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
  constructor(readonly reference: string) {
    super(`There is no FAQ question ${reference}.`);
  }
}

export class InvalidTrackingNumber extends DomainError {
  override name = 'InvalidTrackingNumber';
  constructor(
    readonly trackingNumber: string,
    readonly problem: string,
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
