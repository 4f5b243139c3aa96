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
