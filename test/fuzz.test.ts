import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlResult, gql } from './support/gql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Property-based tests: hostile strings and wrongly typed variables thrown at the public
 * operations. Whatever comes in, the server answers with a client error or a result, never
 * a 5xx and never a masked "Unexpected error." (which would mean something crashed), and
 * rejected input stores nothing.
 */
let t: TestApp;
let questionIds: string[];

// Rate limits would turn a few hundred requests a second into 429s and hide what we look for.
const NO_RATE_LIMITS = {
  WISMO_RATE_LOOKUPS_PER_MIN: '0',
  WISMO_RATE_FEEDBACK_PER_MIN: '0',
  WISMO_RATE_INGESTION_PER_MIN: '0',
};

beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'true', ...NO_RATE_LIMITS });
  const { data } = await gql(t.app, '{ faqQuestions(first: 10) { edges { node { id } } } }');
  questionIds = data.faqQuestions.edges.map((e: any) => e.node.id);
});
afterAll(async () => {
  await t?.close();
});

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 150);
// FUZZ_SEED=<seed> replays a reported failure (fast-check prints the seed with the counterexample).
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const FUZZ_TIMEOUT = 120_000;

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const controlChars = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x1f }),
      fc.integer({ min: 0x7f, max: 0x9f }),
      fc.constantFrom(0x200b, 0x200e, 0x202e, 0x2028, 0x2029, 0xfeff, 0xfffd, 0xd800, 0xdfff),
    ),
    { maxLength: 40 },
  )
  .map((codes) => String.fromCharCode(...codes));

const sqlish = fc.constantFrom(
  "' or 1=1 --",
  "'; drop table feedback_votes; --",
  "Robert'); DROP TABLE shipments;--",
  '$1',
  '$$ select pg_sleep(10) $$',
  "\\'; select pg_sleep(5); --",
  "E'\\x00'",
  "%' and 1=(select count(*) from tracking_events) and '%'='",
  '\\\\',
  'null',
  'NULL',
  'undefined',
  'N/A',
  '% _ %%',
  '(((((((((((((((((((((((((((((',
  '~* .*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*!',
);

const jsonish = fc.oneof(
  fc.json(),
  fc.constantFrom('{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{}}}', '[]'),
);

const mixed = fc
  .array(fc.oneof(fc.string(), sqlish, controlChars, jsonish, fc.string({ unit: 'binary' })), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

/** Text of every kind, from empty to 2,000 characters. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', minLength: 500, maxLength: 2000 }),
  fc.string({ unit: 'binary-ascii', minLength: 1000, maxLength: 2000 }),
  controlChars,
  sqlish,
  jsonish,
  mixed,
);

/** A variable value of any type: wrong types must be refused as client errors. */
const anyValue = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: false, withMap: false, withSet: false }),
  fc.object({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1e308, [], {}, [''], { length: 1 }),
);

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

const MASKED = 'Unexpected error.';

/** Never a 5xx, never a masked crash; prints the input that broke it. */
function assertHandled(label: string, input: unknown, res: GqlResult): void {
  const masked = res.errors?.some((e) => e.message === MASKED) ?? false;
  if (res.status >= 500 || masked) {
    console.log(
      `[fuzz] ${label}: status ${res.status}${masked ? ', masked error' : ''} for input ${safeJson(input)}`,
    );
  }
  expect(res.status, `${label}: HTTP status for ${safeJson(input)}`).toBeLessThan(500);
  expect(masked, `${label}: "${MASKED}" for ${safeJson(input)}`).toBe(false);
  // A client error carries a message a person can act on.
  for (const error of res.errors ?? []) expect(error.message.trim().length).toBeGreaterThan(0);
}

function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 400 ? `${text.slice(0, 400)}…` : text;
  } catch {
    return String(value);
  }
}

async function countRows(table: string): Promise<number> {
  const result: any = await t.database.db.execute(
    `select count(*)::int as n from ${table}` as never,
  );
  return Number(result.rows[0].n);
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const NORMALIZE = /* GraphQL */ `
  query N($m: String!) { normalizeStatus(message: $m) { status method confidence definition { code } matchedAlias { phrase } } }
`;
const DETECT = /* GraphQL */ `
  query D($n: String!) { detectCarrier(trackingNumber: $n) { carrier confidence checkDigitValid trackingUrl } }
`;
const LOOKUP = /* GraphQL */ `
  query L($n: String!, $p: String) {
    shipment(trackingNumber: $n, postalCode: $p) {
      __typename
      ... on Error { message }
      ... on Shipment { trackingNumber status detailsVisible events(first: 5) { edges { node { rawMessage location } } } }
    }
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation Vote($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      __typename
      ... on Error { message }
      ... on SubmitFeedbackSuccess { helpful changed }
    }
  }
`;

/**
 * One property-based test: `check` must hold for every value fast-check draws from `values`
 * (given as a function when it needs data that only exists once the suite has started).
 */
function itHolds<T>(
  title: string,
  values: fc.Arbitrary<T> | (() => fc.Arbitrary<T>),
  check: (value: T) => Promise<void>,
) {
  it(
    title,
    async () => {
      const arbitrary = typeof values === 'function' ? values() : values;
      await fc.assert(fc.asyncProperty(arbitrary, check), {
        numRuns: NUM_RUNS,
        ...(SEED === undefined ? {} : { seed: SEED }),
      });
    },
    FUZZ_TIMEOUT,
  );
}

describe('normalizeStatus(message)', () => {
  itHolds('answers any string with a status or a clear client error', hostileString, async (m) => {
    const res = await gql(t.app, NORMALIZE, { m });
    assertHandled('normalizeStatus', m, res);
    if (!res.errors) {
      const match = res.data.normalizeStatus;
      expect(match.confidence).toBeGreaterThanOrEqual(0);
      expect(match.confidence).toBeLessThanOrEqual(1);
      expect(match.definition.code).toBe(match.status);
    }
  });

  itHolds('refuses variables of the wrong type as client errors', anyValue, async (m) => {
    const res = await gql(t.app, NORMALIZE, { m });
    assertHandled('normalizeStatus(wrong type)', m, res);
    if (typeof m !== 'string') expect(res.errors?.length).toBeGreaterThan(0);
  });
});

describe('detectCarrier(trackingNumber)', () => {
  itHolds(
    'answers any string with candidates or a clear client error',
    fc.oneof(hostileString, trackingLike()),
    async (n) => {
      const res = await gql(t.app, DETECT, { n });
      assertHandled('detectCarrier', n, res);
      if (!res.errors) {
        for (const c of res.data.detectCarrier) {
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
        }
      }
    },
  );

  itHolds('refuses variables of the wrong type as client errors', anyValue, async (n) => {
    const res = await gql(t.app, DETECT, { n });
    assertHandled('detectCarrier(wrong type)', n, res);
    if (typeof n !== 'string') expect(res.errors?.length).toBeGreaterThan(0);
  });
});

/** Strings near real tracking numbers: S10 shapes, long digit runs, Cainiao prefixes. */
function trackingLike() {
  return fc.oneof(
    fc
      .tuple(
        fc.string({
          unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
          minLength: 2,
          maxLength: 2,
        }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 }),
        fc.string({
          unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
          minLength: 2,
          maxLength: 2,
        }),
      )
      .map((p) => p.join('')),
    fc.string({ unit: fc.constantFrom(...'0123456789 -'), minLength: 1, maxLength: 40 }),
    fc
      .tuple(fc.constantFrom('LP', 'CNG', 'YT', '1Z', 'JJD'), fc.string({ maxLength: 30 }))
      .map((p) => p.join('')),
  );
}

describe('shipment(trackingNumber, postalCode)', () => {
  itHolds(
    'answers any strings with a lookup result, never a crash',
    fc.tuple(
      fc.oneof(hostileString, trackingLike(), fc.constantFrom('RB123456785GB', 'LP00123456789012')),
      fc.option(hostileString, { nil: undefined }),
    ),
    async ([n, p]) => {
      const res = await gql(t.app, LOOKUP, { n, p });
      assertHandled('shipment', { n, p }, res);
      if (!res.errors) {
        expect(['Shipment', 'InvalidTrackingNumber', 'ShipmentNotFound']).toContain(
          res.data.shipment.__typename,
        );
      }
    },
  );

  itHolds(
    'refuses variables of the wrong type as client errors',
    fc.tuple(anyValue, anyValue),
    async ([n, p]) => {
      const res = await gql(t.app, LOOKUP, { n, p });
      assertHandled('shipment(wrong type)', { n, p }, res);
    },
  );
});

describe('submitFeedback(input)', () => {
  const validQuestionId = () => fc.constantFrom(...questionIds);
  const statuses = fc.constantFrom(
    'IN_TRANSIT',
    'DELIVERED',
    'UNKNOWN',
    'delivered',
    'NOT_A_STATUS',
    '',
  );

  async function submitAndCheck(label: string, input: unknown) {
    const votes = await countRows('feedback_votes');
    const submissions = await countRows('feedback_submissions');
    const res = await gql(t.app, SUBMIT, { input });
    assertHandled(label, input, res);
    const accepted = res.data?.submitFeedback?.__typename === 'SubmitFeedbackSuccess';
    const votesAfter = await countRows('feedback_votes');
    const submissionsAfter = await countRows('feedback_submissions');
    if (accepted) {
      expect(submissionsAfter).toBe(submissions + 1);
      expect(votesAfter - votes).toBeLessThanOrEqual(1);
    } else {
      expect({ votes: votesAfter, submissions: submissionsAfter }, safeJson(input)).toEqual({
        votes,
        submissions,
      });
    }
  }

  itHolds(
    'takes or cleanly refuses well-shaped input with hostile text',
    () =>
      fc.record(
        {
          questionId: fc.oneof(validQuestionId(), validQuestionId(), hostileString),
          helpful: fc.boolean(),
          clientId: hostileString,
          comment: fc.option(hostileString, { nil: null }),
          trackingStatus: fc.option(statuses, { nil: null }),
        },
        { requiredKeys: ['questionId', 'helpful', 'clientId'] },
      ),
    (input) => submitAndCheck('submitFeedback', input),
  );

  itHolds(
    'refuses wrongly typed input and stores nothing',
    () =>
      fc.oneof(
        anyValue,
        fc.record(
          {
            questionId: fc.oneof(validQuestionId(), anyValue),
            helpful: anyValue,
            clientId: anyValue,
            comment: anyValue,
            trackingStatus: anyValue,
            extra: anyValue,
          },
          { requiredKeys: [] },
        ),
      ),
    (input) => submitAndCheck('submitFeedback(wrong type)', input),
  );
});

describe('text PostgreSQL cannot store (found by this fuzzing, fixed in b472f55)', () => {
  const submit = (extra: Record<string, unknown>) =>
    gql(t.app, SUBMIT, {
      input: { questionId: questionIds[0], helpful: true, clientId: 'pinned', ...extra },
    });

  it.each([
    ['a NUL character in a comment', { comment: 'x\u0000' }],
    ['a NUL character in a clientId', { clientId: 'a\u0000b' }],
    // PGlite mis-sized its UTF-8 for this and PostgreSQL refused the bytes (22021).
    ['an unpaired surrogate after a multi-byte character', { clientId: '\u0081\udfff' }],
    ['an unpaired high surrogate', { comment: 'x\ud800y' }],
  ])('refuses %s clearly and stores nothing', async (_name, extra) => {
    const before = await countRows('feedback_submissions');
    const res = await submit(extra);
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0]?.message).not.toBe(MASKED);
    expect(await countRows('feedback_submissions')).toBe(before);
  });
});
