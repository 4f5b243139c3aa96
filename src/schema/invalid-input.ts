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
