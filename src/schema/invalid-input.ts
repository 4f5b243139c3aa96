import { GraphQLError } from 'graphql';

/**
 * A client error that Yoga shows as is (GraphQLErrors are never masked), with a code that
 * clients branch on.
 */
export function invalidInput(
  message: string,
  code: 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' = 'BAD_USER_INPUT',
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

/** What a frontend branches on when a query asks for too much (depth, cost, aliases...). */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** A refusal of the query's shape, naming the limit it hit in `extensions.limit`. */
export function tooComplex(
  message: string,
  limit: string,
  nodes?: GraphQLError['nodes'],
): GraphQLError {
  return new GraphQLError(message, {
    nodes: nodes ?? undefined,
    extensions: { code: QUERY_TOO_COMPLEX, limit },
  });
}
