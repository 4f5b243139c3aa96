/**
 * Which errors mean "the database cannot serve you right now" rather than "this query is wrong":
 * the HTTP layer answers them with 503, and idempotent reads retry them once.
 */
/** Socket-level failures reaching PostgreSQL (Node system error codes). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs that mean "the database cannot serve you right now", not "your query is
 * wrong": statement timeout / cancel, admin/crash shutdown, starting up, too many connections.
 * Class 08 (connection exception) is matched by prefix.
 */
const SQLSTATES = new Set(['57014', '57P01', '57P02', '57P03', '57P05', '53300', '53400']);

/** Messages node-postgres and pg-pool raise for dead, closed or unobtainable connections. */
const MESSAGES = [
  /^Connection terminated/, // "…unexpectedly", "…due to connection timeout", plain
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /is not queryable$/, // "Client has encountered a connection error and is not queryable"
  /^Cannot use a pool after calling end on the pool$/,
  /^Connection closed$/,
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function matchesItself(error: Record<string, unknown>): boolean {
  const code = error.code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || SQLSTATES.has(code)) return true;
    // pg's DatabaseError carries a five-character SQLSTATE; class 08 is "connection exception".
    if (/^08[0-9A-Z]{3}$/.test(code) && typeof error.severity === 'string') return true;
  }
  const message = error.message;
  return typeof message === 'string' && MESSAGES.some((re) => re.test(message));
}

/**
 * True when `error`, or anything it wraps (`cause` as DrizzleQueryError sets it, GraphQL's
 * `originalError`, the `errors` of an AggregateError from a multi-address connect), says the
 * database is unreachable, shutting down or timed out.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const next = queue.shift();
    if (!isRecord(next) || seen.has(next)) continue;
    seen.add(next);
    if (matchesItself(next)) return true;
    queue.push(next.cause, next.originalError);
    if (Array.isArray(next.errors)) queue.push(...next.errors);
  }
  return false;
}

/** Runs an idempotent read again once when it failed on a dead pooled connection. */
export async function retryReadOnce<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error;
    return read();
  }
}
