import { GraphQLError, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../src/schema/date-time.js';
import { schema } from '../src/schema/index.js';

describe('parseDateTime', () => {
  it('reads RFC 3339 UTC times and refuses impossible ones', () => {
    expect(parseDateTime('2026-11-25T14:30:00Z').toISOString()).toBe('2026-11-25T14:30:00.000Z');
    expect(parseDateTime('2024-02-29T23:59:59.999Z').toISOString()).toBe(
      '2024-02-29T23:59:59.999Z',
    );
    for (const input of [
      '2026-02-29T10:00:00Z',
      '2026-02-30T10:00:00.000Z',
      '2026-13-01T10:00:00Z',
      '2026-11-25T24:00:00Z',
      '2026-11-25T23:60:00Z',
    ]) {
      expect(() => parseDateTime(input), input).toThrow(GraphQLError);
    }
  });

  it('keeps offsets as the same instant and calendar dates as midnight UTC', () => {
    expect(parseDateTime('2026-11-25T16:30:00+02:00').toISOString()).toBe(
      '2026-11-25T14:30:00.000Z',
    );
    expect(parseDateTime('2026-11-25').toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('refuses what is not a date-time with a typed error', () => {
    for (const input of ['1', '2026-11-25T14:30Z', '25.11.2026', 42, null]) {
      expect(() => parseDateTime(input)).toThrow(GraphQLError);
    }
  });
});

describe('a DateTime literal in the query text', () => {
  it('is refused with BAD_USER_INPUT and the place in the query', () => {
    const document = parse('{ feedbackSummary(from: "1") { total } }');
    const errors = validate(schema, document);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(errors[0]!.locations).toEqual([{ line: 1, column: 25 }]);
  });
});
