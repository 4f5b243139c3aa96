import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HINT =
  'Expected an ISO-8601 date-time such as 2026-11-25T16:30:00Z, or a date such as 2026-11-25.';

/**
 * Reads a DateTime from text: an RFC 3339 date-time (graphql-scalars validates it, so "1" or
 * "2026-13-45T…" are refused), or a calendar date meaning its midnight UTC, which is how
 * analysts write ranges. The GraphQL scalar and the CSV export's query parameters both call
 * this, so the two accept exactly the same input.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value === 'string' && FULL_DATE.test(value)) {
    const date = new Date(`${value}T00:00:00.000Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return date;
  }
  try {
    return DateTimeResolver.parseValue(typeof value === 'string' ? value : null) as Date;
  } catch {
    throw new GraphQLError(`${HINT} Got ${JSON.stringify(value)}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'A date-time as an RFC 3339 / ISO-8601 string, answered in UTC (2026-11-25T16:30:00.000Z). Input may carry an offset (+02:00) or be a plain date (2026-11-25 = its midnight UTC); anything else, such as "1", is refused.',
  serialize: (value) => (DateTimeResolver.serialize(value) as Date).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(HINT, { nodes: ast });
    try {
      return parseDateTime(ast.value);
    } catch (error) {
      // graphql-js reports a literal's GraphQLError as it is: give it the literal's place.
      const { message, extensions } = error as GraphQLError;
      throw new GraphQLError(message, { nodes: ast, extensions });
    }
  },
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
});
