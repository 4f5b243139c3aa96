import { GraphQLError } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../src/schema/date-time.js';

const outcome = (read: () => unknown) => {
  try {
    return (read() as Date).toISOString();
  } catch {
    return 'refused';
  }
};

describe('parseDateTime', () => {
  it('reads plain UTC times exactly as the general RFC 3339 validator does', () => {
    const inputs = [
      '2026-11-25T14:30:00Z',
      '2026-11-25T14:30:00.123Z',
      '2024-02-29T23:59:59.999Z',
      '2026-02-29T10:00:00Z',
      '2026-02-30T10:00:00.000Z',
      '2026-13-01T10:00:00Z',
      '2026-11-31T10:00:00Z',
      '2026-11-25T24:00:00Z',
      '2026-11-25T23:60:00Z',
      '2026-11-25T23:59:60Z',
      '0000-01-01T00:00:00Z',
    ];
    for (const input of inputs) {
      expect([input, outcome(() => parseDateTime(input))]).toEqual([
        input,
        outcome(() => DateTimeResolver.parseValue(input)),
      ]);
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
