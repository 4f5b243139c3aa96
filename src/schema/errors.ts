import { NotFoundError, QuestionNotFound } from '../domain/errors.js';
import { builder } from './builder.js';

/** Every expected failure implements this, so clients can always select `... on Error { message }`. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(QuestionNotFound, {
  name: 'QuestionNotFound',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof QuestionNotFound,
  fields: (t) => ({ reference: t.exposeString('reference') }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError && !(value instanceof QuestionNotFound),
});
