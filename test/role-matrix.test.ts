import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/auth/roles.js';
import { createApiKey } from '../src/resolvers/api-keys.js';
import { schema } from '../src/schema/index.js';
import { type GqlResult, gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Who may call what, read from the schema itself: every root field is called by an anonymous
 * caller and by a key of each role, and must let in exactly the roles its `authScopes` names
 * (admin implies every role). The tables below are the reviewed access policy: a new root field
 * or node type fails here until someone writes down who may use it.
 */

type Caller = Role | 'anonymous';
type Access = Role | 'public';

/** Every root field and who may call it. */
const EXPECTED_ROOT_ACCESS: Record<string, Access> = {
  'Query.agentRequests': 'analytics',
  'Query.apiKeys': 'admin',
  'Query.carrierMessageMix': 'analytics',
  'Query.deliveryPerformance': 'analytics',
  'Query.detectCarrier': 'public',
  'Query.faqQuestion': 'public',
  'Query.faqQuestions': 'public',
  'Query.feedbackByTrackingStatus': 'analytics',
  'Query.feedbackEntries': 'analytics',
  'Query.feedbackSummary': 'analytics',
  'Query.feedbackTimeSeries': 'analytics',
  'Query.handoffSummary': 'analytics',
  'Query.node': 'public',
  'Query.normalizeStatus': 'public',
  'Query.searchFaq': 'public',
  'Query.shipment': 'public',
  'Query.trackingStatus': 'public',
  'Query.trackingStatuses': 'public',
  'Query.unmatchedMessages': 'editor',
  'Mutation.addStatusAlias': 'editor',
  'Mutation.createApiKey': 'admin',
  'Mutation.createFaqQuestion': 'editor',
  'Mutation.recordTrackingEvents': 'carrier',
  'Mutation.removeStatusAlias': 'editor',
  'Mutation.requestAgent': 'public',
  'Mutation.resolveUnmatchedMessage': 'editor',
  'Mutation.revokeApiKey': 'admin',
  'Mutation.submitFeedback': 'public',
  'Mutation.updateFaqQuestion': 'editor',
  'Subscription.shipmentUpdated': 'public',
};

/** Object types readable only with a role, whichever field reaches them. */
const EXPECTED_TYPE_ACCESS: Record<string, Role> = {
  AgentRequest: 'analytics',
  ApiKey: 'admin',
  FeedbackEntry: 'analytics',
  UnmatchedMessage: 'editor',
};

/**
 * Node types without `loadOne`: `node(id:)` cannot load them for anyone, so the type-level
 * authScopes above never run on that path. The id is still handed out (by apiKeys,
 * createApiKey, feedbackEntries), so a client may expect it to work.
 */
const NOT_LOADABLE_BY_ID = new Set<string>();

// Privileged callers first: a response shared between callers (a cache keyed too loosely) would
// then reach the callers that come after and show up as a leak.
const CALLERS: Caller[] = ['admin', 'editor', 'carrier', 'analytics', 'anonymous'];
const DENIAL_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];
const TRACKING_NUMBER = 'RB123456785GB';

/** Reads the role an `authScopes` option asks for; null when there is none. */
function requiredRole(authScopes: unknown, where: string): Role | null {
  if (authScopes == null) return null;
  const keys = typeof authScopes === 'object' ? Object.keys(authScopes) : [];
  const role = (authScopes as { role?: unknown }).role;
  if (keys.length !== 1 || !ROLES.includes(role as Role)) {
    throw new Error(
      `${where}: authScopes ${typeof authScopes === 'function' ? '(a function)' : JSON.stringify(authScopes)} is not { role }; teach this test to read it`,
    );
  }
  return role as Role;
}

const pothosOptions = (extensions: unknown) =>
  (extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions ?? {};

interface RootField {
  coordinate: string;
  operation: 'query' | 'mutation' | 'subscription';
  field: GraphQLField<unknown, unknown>;
  role: Role | null;
}

const rootFields: RootField[] = (
  [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const
).flatMap(([operation, type]) =>
  type
    ? Object.values((type as GraphQLObjectType).getFields()).map((field) => {
        const coordinate = `${type.name}.${field.name}`;
        return {
          coordinate,
          operation,
          field,
          role: requiredRole(pothosOptions(field.extensions).authScopes, coordinate),
        };
      })
    : [],
);

/** Realistic values for string arguments and input fields, by name; anything else is "x". */
const STRING_SAMPLES: Record<string, string> = {
  trackingNumber: TRACKING_NUMBER,
  message: 'Out for delivery',
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  locale: 'en',
  slug: 'role-matrix-question',
  title: 'Role matrix question',
  body: 'Asked by the role matrix test.',
  name: 'role-matrix',
  query: 'customs',
  phrase: 'role matrix wording',
  clientId: 'role-matrix-client',
};

const globalId = (typename: string, id: number | string) =>
  Buffer.from(`${typename}:${id}`).toString('base64');

/**
 * A value of the given input type; input objects get their required fields only. A global id
 * argument declared `for` a type gets an id of that type that names no row: of the wrong type,
 * Pothos refuses it before the auth check, and a real row could be revoked or changed.
 */
function sampleValue(type: GraphQLInputType, name: string, extensions?: unknown): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name, extensions);
  if (isListType(type)) return [sampleValue(type.ofType, name, extensions)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sampleValue(f.type, f.name, f.extensions)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String':
        return STRING_SAMPLES[name] ?? 'x';
      case 'ID': {
        const idFor = (extensions as { relayGlobalIDFor?: { typename: string }[] } | undefined)
          ?.relayGlobalIDFor?.[0]?.typename;
        return idFor ? globalId(idFor, 999_999) : globalId('FaqQuestion', 1);
      }
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return new Date().toISOString();
    }
  }
  throw new Error(`No sample value for input type ${String(type)}; add one to sampleValue`);
}

/** The smallest operation that calls the field: required arguments only, `__typename` below. */
function minimalOperation(root: RootField): { query: string; variables: Record<string, unknown> } {
  const args = root.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const definitions = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(root.field.type)) ? '' : ' { __typename }';
  const query = `${root.operation} RoleMatrix${definitions ? `(${definitions})` : ''} { ${root.field.name}${passed ? `(${passed})` : ''}${selection} }`;
  const variables = Object.fromEntries(
    args.map((a) => [a.name, sampleValue(a.type, a.name, a.extensions)]),
  );
  return { query, variables };
}

/** One GraphQL payload as a caller saw it: error codes, and whether the field had data. */
interface Outcome {
  codes: string[];
  hasData: boolean;
}

const outcomeOf = (field: string, body: Pick<GqlResult, 'data' | 'errors'>): Outcome => ({
  codes: (body.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE')),
  hasData: body.data?.[field] != null,
});

const denied = (o: Outcome) => o.codes.some((c) => DENIAL_CODES.includes(c));

/**
 * Opens the subscription over Server-Sent Events with the caller's headers and returns its first
 * payload; a stream that stays open without a refusal within `waitMs` counts as admitted.
 */
async function firstSubscriptionPayload(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
  trigger: () => Promise<void>,
  waitMs = 5_000,
): Promise<Pick<GqlResult, 'data' | 'errors'> | 'open'> {
  const controller = new AbortController();
  const response = await t.app.fetch('http://wismo.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
    return (await response.json()) as Pick<GqlResult, 'data' | 'errors'>;
  }
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const first = (async () => {
    for (;;) {
      const match = /(?:^|\n)data: (.*)\n\n/.exec(buffer);
      if (match?.[1] && match[1] !== '') return JSON.parse(match[1]);
      const { value, done } = await reader.read();
      if (done) throw new Error('event stream ended without a payload');
      buffer += value;
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  try {
    await trigger();
    return await Promise.race([
      first,
      new Promise<'open'>((resolve) => {
        timer = setTimeout(() => resolve('open'), waitMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    reader.cancel().catch(() => {});
    first.catch(() => {});
  }
}

let t: TestApp;
const headers = {} as Record<Caller, Record<string, string>>;
const matrix: Record<string, Record<Caller, string>> = {};

beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'true' });
  headers.anonymous = {};
  for (const role of ROLES) headers[role] = await authHeader(t, role);
});
afterAll(async () => {
  if (Object.keys(matrix).length > 0) {
    const width = Math.max(...Object.keys(matrix).map((k) => k.length));
    const lines = Object.entries(matrix).map(
      ([row, cells]) =>
        `${row.padEnd(width)}  ${CALLERS.map((c) => (cells[c] ?? '-').padEnd(12)).join(' ')}`,
    );
    console.log(
      [
        `Role matrix (${Object.keys(matrix).length} rows)`,
        `${''.padEnd(width)}  ${CALLERS.map((c) => c.padEnd(12)).join(' ')}`,
        ...lines,
        'denied(401) UNAUTHENTICATED, denied(403) FORBIDDEN; allowed* admitted, then another error;',
        'open: subscription admitted, no event yet; no loadOne: node(id:) loads it for nobody.',
      ].join('\n'),
    );
  }
  await t?.close();
});

/** The matrix cell: who got in, and with which non-auth error if any. */
function cell(o: Outcome): string {
  if (o.codes.includes('UNAUTHENTICATED')) return 'denied(401)';
  if (o.codes.includes('FORBIDDEN')) return 'denied(403)';
  const other = o.codes.find((c) => !DENIAL_CODES.includes(c));
  return other ? `allowed*` : 'allowed';
}

/** What the caller must see for a field (or type) that needs `role`, or is public. */
function expectAccess(where: string, caller: Caller, role: Role | null, o: Outcome) {
  const context = `${where} as ${caller}: errors ${JSON.stringify(o.codes)}`;
  if (role === null || caller === 'admin' || caller === role) {
    expect(denied(o), context).toBe(false);
  } else {
    expect(o.codes, context).toContain(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect(o.hasData, `${context}: must carry no data`).toBe(false);
  }
}

describe('access policy tables', () => {
  it('every root field is in the reviewed table, with the role its authScopes asks for', () => {
    const actual = Object.fromEntries(rootFields.map((f) => [f.coordinate, f.role ?? 'public']));
    expect(actual).toEqual(EXPECTED_ROOT_ACCESS);
  });

  it('type-level authScopes are exactly the reviewed ones', () => {
    const actual = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
        .flatMap((type) => {
          const role = requiredRole(pothosOptions(type.extensions).authScopes, type.name);
          return role ? [[type.name, role]] : [];
        }),
    );
    expect(actual).toEqual(EXPECTED_TYPE_ACCESS);
  });

  it('no field below the root has its own authScopes the matrix would miss', () => {
    const nested = Object.values(schema.getTypeMap())
      .filter(
        (type): type is GraphQLObjectType =>
          isObjectType(type) &&
          !type.name.startsWith('__') &&
          ![schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(
            type,
          ),
      )
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((f) => pothosOptions(f.extensions).authScopes != null)
          .map((f) => `${type.name}.${f.name}`),
      );
    expect(nested).toEqual([]);
  });
});

describe('every root field lets in exactly its roles', () => {
  const calls = rootFields.filter((f) => f.operation !== 'subscription');
  it.each(calls.map((f) => [f.coordinate, f] as const))('%s', async (coordinate, root) => {
    const { query, variables } = minimalOperation(root);
    matrix[coordinate] = {} as Record<Caller, string>;
    for (const caller of CALLERS) {
      const result = await gql(t.app, query, variables, headers[caller]);
      const o = outcomeOf(root.field.name, result);
      matrix[coordinate][caller] = cell(o);
      expectAccess(coordinate, caller, root.role, o);
    }
  });

  const subscriptions = rootFields.filter((f) => f.operation === 'subscription');
  it.each(subscriptions.map((f) => [f.coordinate, f] as const))(
    '%s (over SSE)',
    async (coordinate, root) => {
      const { query, variables } = minimalOperation(root);
      // Gives an admitted subscription something to emit, so "admitted" is a delivered event.
      const trigger = async () => {
        if (coordinate !== 'Subscription.shipmentUpdated') return;
        const { data } = await gql(
          t.app,
          `mutation($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { __typename } }`,
          {
            input: {
              trackingNumber: variables.trackingNumber,
              events: [{ occurredAt: new Date().toISOString(), message: `Out for delivery` }],
            },
          },
          // The shipment belongs to whichever carrier key created it above; an admin may add to any.
          headers.admin,
        );
        expect(data.recordTrackingEvents.__typename).toBe('RecordTrackingEventsSuccess');
      };
      matrix[coordinate] = {} as Record<Caller, string>;
      for (const caller of CALLERS) {
        const payload = await firstSubscriptionPayload(query, variables, headers[caller], trigger);
        const o: Outcome =
          payload === 'open' ? { codes: [], hasData: false } : outcomeOf(root.field.name, payload);
        matrix[coordinate][caller] = payload === 'open' ? 'open' : cell(o);
        expectAccess(coordinate, caller, root.role, o);
        if (root.role === null) {
          expect(o.hasData, `${coordinate} as ${caller} should deliver the event`).toBe(true);
        }
      }
    },
  );
});

describe('node(id:) reads a protected object only with its role', () => {
  const ids: Record<string, string> = {};
  const NODE = /* GraphQL */ `
    query Node($id: ID!) { node(id: $id) { __typename id } }
  `;

  beforeAll(async () => {
    const { apiKey } = await createApiKey(
      { db: t.database.db },
      { role: 'carrier', name: 'role-matrix-node' },
    );
    ids.ApiKey = globalId('ApiKey', apiKey.id);

    const questions = await gql(t.app, '{ faqQuestions(first: 1) { edges { node { id } } } }');
    const vote = await gql(
      t.app,
      `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { __typename } }`,
      {
        input: {
          questionId: questions.data.faqQuestions.edges[0].node.id,
          clientId: 'role-matrix-voter',
          helpful: false,
          comment: 'Read only by analytics.',
        },
      },
    );
    expect(vote.data.submitFeedback.__typename).toBe('SubmitFeedbackSuccess');
    const entries = await gql(
      t.app,
      '{ feedbackEntries(first: 50) { edges { node { id clientId } } } }',
      {},
      headers.analytics,
    );
    ids.FeedbackEntry = entries.data.feedbackEntries.edges.find(
      (e: any) => e.node.clientId === 'role-matrix-voter',
    ).node.id;

    const handoff = await gql(
      t.app,
      `mutation($input: RequestAgentInput!) { requestAgent(input: $input) { __typename } }`,
      {
        input: {
          questionId: questions.data.faqQuestions.edges[0].node.id,
          clientId: 'role-matrix-shopper',
        },
      },
    );
    expect(handoff.data.requestAgent.__typename).toBe('AgentHandoff');
    const handoffs = await gql(
      t.app,
      '{ agentRequests(first: 50) { edges { node { id clientId } } } }',
      {},
      headers.analytics,
    );
    ids.AgentRequest = handoffs.data.agentRequests.edges.find(
      (e: any) => e.node.clientId === 'role-matrix-shopper',
    ).node.id;

    const wording = 'Role matrix parcel quuxed at depot 9';
    const recorded = await gql(
      t.app,
      `mutation($input: RecordTrackingEventsInput!) {
        recordTrackingEvents(input: $input) { ... on RecordTrackingEventsSuccess { unmatched } }
      }`,
      {
        input: {
          trackingNumber: 'EE555012347US',
          events: [{ occurredAt: new Date(Date.now() - 60_000).toISOString(), message: wording }],
        },
      },
      headers.carrier,
    );
    expect(recorded.data.recordTrackingEvents.unmatched).toBe(1);
    const queue = await gql(
      t.app,
      '{ unmatchedMessages(first: 50) { edges { node { id sampleMessage } } } }',
      {},
      headers.editor,
    );
    ids.UnmatchedMessage = queue.data.unmatchedMessages.edges.find(
      (e: any) => e.node.sampleMessage === wording,
    ).node.id;
  });

  it.each(Object.entries(EXPECTED_TYPE_ACCESS))('%s needs %s', async (typename, role) => {
    const id = ids[typename];
    expect(id, `no ${typename} was created for this test`).toBeTruthy();
    const row = `node(${typename})`;
    matrix[row] = {} as Record<Caller, string>;
    for (const caller of CALLERS) {
      const result = await gql(t.app, NODE, { id }, headers[caller]);
      const o = outcomeOf('node', result);
      const context = `${row} as ${caller}: ${JSON.stringify(result.errors ?? [])}`;
      if (NOT_LOADABLE_BY_ID.has(typename)) {
        // Nobody reads it this way, its own role included; pinned so adding loadOne lands here.
        matrix[row][caller] = 'no loadOne';
        expect(result.data?.node ?? null, context).toBeNull();
        expect(result.errors?.[0]?.message, context).toBe(
          `${typename} does not support loading by id`,
        );
        continue;
      }
      matrix[row][caller] = cell(o);
      expectAccess(row, caller, role, o);
      if (caller === 'admin' || caller === role) {
        expect(result.data.node, context).toEqual({ __typename: typename, id });
      } else {
        expect(result.data?.node ?? null, context).toBeNull();
      }
    }
  });
});

describe('protected records through node(id:) without the response cache', () => {
  it('does not reveal that a protected record exists, even through __typename', async () => {
    const bare = await createTestApp({ WISMO_DEMO_DATA: 'false', WISMO_RESPONSE_CACHE: 'false' });
    try {
      const admin = await authHeader(bare, 'admin');
      const created = await gql(
        bare.app,
        'mutation { createApiKey(input: { role: CARRIER, name: "probe" }) { apiKey { id } } }',
        {},
        admin,
      );
      const id = created.data.createApiKey.apiKey.id;
      const probe = 'query($id: ID!) { node(id: $id) { __typename } }';
      const anonymous = await gql(bare.app, probe, { id });
      expect(anonymous.data?.node ?? null).toBeNull();
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const carrier = await gql(bare.app, probe, { id }, await authHeader(bare, 'carrier'));
      expect(carrier.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await gql(bare.app, probe, { id }, admin)).data.node).toEqual({
        __typename: 'ApiKey',
      });
    } finally {
      await bare.close();
    }
  });
});

describe('revoking an API key', () => {
  it('refuses the key from the very next request, though it was just used (and cached)', async () => {
    const admin = await authHeader(t, 'admin');
    const created = await gql(
      t.app,
      'mutation { createApiKey(input: { role: CARRIER, name: "to-revoke" }) { key apiKey { id } } }',
      {},
      admin,
    );
    const { key, apiKey } = created.data.createApiKey;
    const carrier = { authorization: `Bearer ${key}` };
    expect((await gql(t.app, '{ __typename }', {}, carrier)).errors).toBeUndefined();
    const revoked = await gql(
      t.app,
      'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { ... on RevokeApiKeySuccess { apiKey { revokedAt } } } }',
      { id: apiKey.id },
      admin,
    );
    expect(revoked.data.revokeApiKey.apiKey.revokedAt).toEqual(expect.any(String));
    const refused = await gql(t.app, '{ __typename }', {}, carrier);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
