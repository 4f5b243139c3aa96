import { DrizzleQueryError } from 'drizzle-orm/errors';
import { GraphQLError } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailableError } from '../src/db/unavailable.js';
import { SERVICE_UNAVAILABLE_MESSAGE, useDatabaseErrors } from '../src/plugins/database-errors.js';

/** Shapes node-postgres, pg-pool and Node's net module produce. */
function systemError(code: string, message = `connect ${code} 127.0.0.1:5432`) {
  return Object.assign(new Error(message), { code, errno: -1, syscall: 'connect' });
}
function pgDatabaseError(code: string, message: string) {
  // pg's DatabaseError: name "error", SQLSTATE in `code`, a severity.
  return Object.assign(new Error(message), { name: 'error', code, severity: 'FATAL' });
}
const drizzle = (cause: unknown) => new DrizzleQueryError('select 1', [], cause as Error);

describe('isDatabaseUnavailableError', () => {
  it.each([
    ['ECONNREFUSED', systemError('ECONNREFUSED')],
    ['ECONNRESET', systemError('ECONNRESET', 'read ECONNRESET')],
    ['ETIMEDOUT', systemError('ETIMEDOUT')],
    ['EPIPE', systemError('EPIPE', 'write EPIPE')],
    ['Connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['Connection terminated', new Error('Connection terminated')],
    [
      'pool connect timeout',
      new Error('Connection terminated due to connection timeout', {
        cause: new Error('Connection terminated unexpectedly'),
      }),
    ],
    ['pool checkout timeout', new Error('timeout exceeded when trying to connect')],
    ['query read timeout', new Error('Query read timeout')],
    [
      'client not queryable',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    [
      'statement timeout 57014',
      pgDatabaseError('57014', 'canceling statement due to statement timeout'),
    ],
    [
      'admin shutdown 57P01',
      pgDatabaseError('57P01', 'terminating connection due to administrator command'),
    ],
    [
      'crash shutdown 57P02',
      pgDatabaseError('57P02', 'terminating connection due to crash of another server process'),
    ],
    ['cannot connect now 57P03', pgDatabaseError('57P03', 'the database system is starting up')],
    ['too many connections 53300', pgDatabaseError('53300', 'sorry, too many clients already')],
    ['connection failure 08006', pgDatabaseError('08006', 'connection failure')],
    ['drizzle wrapping ECONNREFUSED', drizzle(systemError('ECONNREFUSED'))],
    ['drizzle wrapping 57014', drizzle(pgDatabaseError('57014', 'canceling statement'))],
    [
      'drizzle wrapping a pool timeout',
      drizzle(new Error('timeout exceeded when trying to connect')),
    ],
    [
      'AggregateError of connect attempts',
      Object.assign(new AggregateError([systemError('ECONNREFUSED')], ''), {}),
    ],
    [
      'GraphQLError around a drizzle error',
      new GraphQLError('Failed query', { originalError: drizzle(systemError('ECONNRESET')) }),
    ],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it.each([
    [
      'unique violation 23505',
      pgDatabaseError('23505', 'duplicate key value violates unique constraint'),
    ],
    ['syntax error 42601', pgDatabaseError('42601', 'syntax error at or near "selec"')],
    ['drizzle wrapping a constraint error', drizzle(pgDatabaseError('23503', 'foreign key'))],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a GraphQLError', new GraphQLError('Bad input', { extensions: { code: 'BAD_USER_INPUT' } })],
    ['a string', 'ECONNREFUSED'],
    ['null', null],
    ['undefined', undefined],
    ['an ENOENT', systemError('ENOENT', 'no such file')],
    ['an 08-looking code without severity', Object.assign(new Error('x'), { code: '08006' })],
    ['a message merely mentioning connections', new Error('Connection to the carrier API failed')],
  ])('leaves %s alone', (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });

  it('survives cause cycles', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailableError(a)).toBe(false);
  });
});

describe('useDatabaseErrors inside Yoga (ordering against error masking)', () => {
  let failWith: unknown;
  const yoga = createYoga({
    logging: false,
    maskedErrors: { isDev: false },
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query { fromDb: String! nullableFromDb: String inMemory: String! }
      `,
      resolvers: {
        Query: {
          fromDb: () => Promise.reject(failWith),
          nullableFromDb: () => Promise.reject(failWith),
          inMemory: () => 'ok',
        },
      },
    }),
    plugins: [useDatabaseErrors(pino({ level: 'silent' }))],
  });
  const run = async (query: string) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as any,
      headers: response.headers,
    };
  };

  it('replaces a database outage before masking, with 503 when there is no data', async () => {
    failWith = drizzle(systemError('ECONNREFUSED'));
    const { status, body, headers } = await run('{ fromDb }');
    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('5');
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: SERVICE_UNAVAILABLE_MESSAGE,
        path: ['fromDb'],
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }),
      }),
    ]);
    expect(JSON.stringify(body)).not.toContain('ECONNREFUSED');
  });

  it('keeps partial data and status 200 when other fields answered', async () => {
    failWith = new Error('Connection terminated unexpectedly');
    const { status, body } = await run('{ nullableFromDb inMemory }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ nullableFromDb: null, inMemory: 'ok' });
    expect(body.errors[0]).toMatchObject({
      message: SERVICE_UNAVAILABLE_MESSAGE,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('still masks everything that is not an outage', async () => {
    failWith = new TypeError('secret internals');
    const { body } = await run('{ fromDb }');
    expect(body.errors[0].message).toBe('Unexpected error.');
    failWith = drizzle(pgDatabaseError('23505', 'duplicate key'));
    expect((await run('{ fromDb }')).body.errors[0].message).toBe('Unexpected error.');
  });
});

describe('useDatabaseErrors on context building', () => {
  it('turns a database outage while building the context into 503', async () => {
    const yoga = createYoga({
      logging: false,
      maskedErrors: { isDev: false },
      schema: createSchema({ typeDefs: 'type Query { a: String }', resolvers: {} }),
      context: () => Promise.reject(new Error('timeout exceeded when trying to connect')),
      plugins: [useDatabaseErrors(pino({ level: 'silent' }))],
    });
    const response = await yoga.fetch('http://test/graphql?query={a}', {
      headers: { accept: 'application/json' },
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(503);
    expect(body.errors[0]).toMatchObject({
      message: SERVICE_UNAVAILABLE_MESSAGE,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
});
