import { type Logger, pino } from 'pino';

/**
 * JSON logs. Credentials and shopper data never reach them: headers that carry keys are
 * redacted, and no code logs arguments or variables.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
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
  });
}
