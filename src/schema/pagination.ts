import { parseCursorConnectionArgs } from '@pothos/core';
import type { PageRequest } from '../resolvers/pagination.js';
import { invalidInput } from './invalid-input.js';

/** The largest page any connection returns; asking for more is an error, not a silent clamp. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function decodeCursor<K>(cursor: string, decode: (parts: unknown[]) => K | null): K {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  const key = Array.isArray(parts) ? decode(parts) : null;
  if (key === null)
    throw invalidInput(`Invalid cursor "${cursor.slice(0, 64)}": pass a cursor this API returned.`);
  return key;
}

function checkPageSize(name: 'first' | 'last', value: number | null | undefined) {
  if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
    throw invalidInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}; got ${value}.`);
  }
}

/**
 * Adapts Relay arguments to a keyset page request: cursors are decoded and validated here so
 * use cases see typed positions and a limit.
 */
export async function resolveKeysetConnection<T, K>(
  args: ConnectionArgs,
  cursor: { encode: (node: T) => (string | number)[]; decode: (parts: unknown[]) => K | null },
  load: (page: PageRequest<K>) => Promise<T[]>,
  options: {
    /** Field name, for lists read newest first that page forward only (no last/before). */
    forwardOnly?: string;
  } = {},
) {
  if (options.forwardOnly && (args.last != null || args.before != null)) {
    throw invalidInput(`${options.forwardOnly} pages forward only: use first and after.`);
  }
  checkPageSize('first', args.first);
  checkPageSize('last', args.last);
  const { before, after, limit, inverted, expectedSize, hasPreviousPage, hasNextPage } =
    parseCursorConnectionArgs({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE });
  const nodes = await load({
    after: after ? decodeCursor(after, cursor.decode) : null,
    before: before ? decodeCursor(before, cursor.decode) : null,
    limit,
    inverted,
  });
  const page = nodes.slice(0, expectedSize);
  if (inverted) page.reverse();
  const toCursor = (node: T) => encodeCursor(cursor.encode(node));
  const edges = page.map((node) => new Edge(node, toCursor));
  return {
    edges,
    pageInfo: new PageInfo(
      edges,
      // The position the page was asked from: its cursors when it has no edges.
      args.after ?? args.before ?? '',
      hasPreviousPage(nodes.length),
      hasNextPage(nodes.length),
    ),
  };
}

/*
 * Cursors are encoded when a client selects them: most pages (a shipment's events on a tracking
 * page) are read without, and encoding one per row was most of what building a page cost. The
 * laziness lives in class getters, on the prototype: object literals with getters take V8's
 * slow runtime path, and on the lookup they doubled scavenge time and quintupled full GCs.
 */
class Edge<T> {
  private encoded: string | undefined;
  constructor(
    readonly node: T,
    private readonly toCursor: (node: T) => string,
  ) {}
  get cursor(): string {
    this.encoded ??= this.toCursor(this.node);
    return this.encoded;
  }
}

class PageInfo<T> {
  constructor(
    private readonly edges: readonly Edge<T>[],
    private readonly askedFrom: string,
    readonly hasPreviousPage: boolean,
    readonly hasNextPage: boolean,
  ) {}
  get startCursor(): string {
    return this.edges[0]?.cursor ?? this.askedFrom;
  }
  get endCursor(): string {
    return this.edges.at(-1)?.cursor ?? this.askedFrom;
  }
}

/** A PostgreSQL integer: a forged cursor past 2^31 must be refused here, not fail in SQL. */
export const isInt = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= -2_147_483_648 && (v as number) <= 2_147_483_647;

/** Timestamps this API stores lie in 1970..9999; a forged "0000-01-01" would fail in SQL. */
const MAX_TIME_MS = Date.UTC(9999, 11, 31);

/** The `[ISO time, id]` cursor of the newest-first lists; null when it is not one. */
export function decodeTimeAndId(parts: unknown[]): { at: Date; id: number } | null {
  const [time, id] = parts;
  const at = typeof time === 'string' ? new Date(time) : null;
  const ms = at?.getTime() ?? Number.NaN;
  return at && ms >= 0 && ms <= MAX_TIME_MS && isInt(id) ? { at, id } : null;
}

type TimeAndIdKey<F extends string> = { [P in F]: Date } & { id: number };

/**
 * The cursor codec of a newest-first list ordered by the timestamp column `field`, then id:
 * encodes a row as `[ISO time, id]` and decodes back to the use case's `{ [field], id }` key.
 */
export function timeAndIdCursor<F extends string>(field: F) {
  return {
    encode: (row: TimeAndIdKey<F>): (string | number)[] => [row[field].toISOString(), row.id],
    decode: (parts: unknown[]): TimeAndIdKey<F> | null => {
      const c = decodeTimeAndId(parts);
      return c && ({ [field]: c.at, id: c.id } as TimeAndIdKey<F>);
    },
  };
}
