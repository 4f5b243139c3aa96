import { type Logger, pino } from 'pino';

/**
 * JSON logs. Credentials and shopper data never reach them: headers that carry keys are
 * redacted, and no code logs arguments or variables.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      // A failed statement's error carries its bound values (postal codes, messages): keep the SQL
      // text and the error code, drop the values wherever they sit (message, stack, detail, cause).
      serializers: {
        err: (error: unknown) => withoutParameters(pino.stdSerializers.err(error as Error)),
      },
      base: { service: 'wismo' },
      redact: {
        paths: [
          'authorization',
          'headers.authorization',
          '*.authorization',
          'apiKey',
          '*.apiKey',
          'postalCode',
          '*.postalCode',
        ],
        censor: '[redacted]',
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** Keys under which drivers put the values a statement ran with. */
const VALUE_KEYS = new Set(['params', 'parameters', 'detail', 'where']);

/** drizzle-orm's "Failed query: <sql>\nparams: <values>" keeps the SQL, loses the values. */
function scrub(text: string): string {
  return text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/g, '\nparams: [redacted]');
}

export function withoutParameters(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => withoutParameters(v, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = VALUE_KEYS.has(key) ? '[redacted]' : withoutParameters(item, depth + 1);
  }
  return copy;
}
