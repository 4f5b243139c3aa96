import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'true' });
});
afterAll(async () => {
  await t?.close();
});

const LOOKUP = /* GraphQL */ `
  query($n: String!, $postalCode: String) {
    shipment(trackingNumber: $n, postalCode: $postalCode) {
      __typename
      ... on Shipment { postalCodeCheck detailsVisible events(first: 1) { edges { node { location } } } }
      ... on InvalidTrackingNumber { problem }
    }
  }
`;

describe('postalCodeCheck', () => {
  it.each([
    ['LX204812345CN', null, 'NOT_GIVEN', false],
    ['LX204812345CN', '28001', 'MATCHED', true],
    ['LX204812345CN', '28002', 'MISMATCHED', false],
    ['RB141421354CN', null, 'NOT_ON_FILE', true],
    ['RB141421354CN', '1011AB', 'NOT_ON_FILE', true],
  ])('%s with postal code %s: %s', async (n, postalCode, check, visible) => {
    const { data } = await gql(t.app, LOOKUP, { n, postalCode });
    expect(data.shipment).toMatchObject({ postalCodeCheck: check, detailsVisible: visible });
    // A wrong code reveals nothing more than no code: places stay hidden.
    const location = data.shipment.events.edges[0].node.location;
    expect(location === null).toBe(!visible);
  });
});

describe('typed where it is a set', () => {
  it('serves InvalidTrackingNumber.problem and StatusAlias.source as enums', async () => {
    const { data } = await gql(t.app, LOOKUP, { n: 'LX204812346CN' });
    expect(data.shipment).toEqual({
      __typename: 'InvalidTrackingNumber',
      problem: 'BAD_CHECK_DIGIT',
    });
    const schema = await gql(
      t.app,
      `{ problem: __type(name: "InvalidTrackingNumber") { fields { name type { ofType { kind name } } } }
         source: __type(name: "StatusAlias") { fields { name type { ofType { kind name } } } } }`,
    );
    const typeOf = (type: any, field: string) =>
      type.fields.find((f: any) => f.name === field).type.ofType;
    expect(typeOf(schema.data.problem, 'problem')).toEqual({
      kind: 'ENUM',
      name: 'TrackingNumberProblem',
    });
    expect(typeOf(schema.data.source, 'source')).toEqual({ kind: 'ENUM', name: 'AliasSource' });
    const aliases = await gql(
      t.app,
      '{ trackingStatus(code: WAITING_FOR_PICKUP) { aliases { source } } }',
    );
    expect(new Set(aliases.data.trackingStatus.aliases.map((a: any) => a.source))).toContain(
      'HELP_CENTER',
    );
  });

  it('rounds confidences (a typo match reads 0.65, not 0.6499999999999999)', async () => {
    const { data } = await gql(
      t.app,
      '{ normalizeStatus(message: "Awaiting colection") { confidence } }',
    );
    expect(data.normalizeStatus.confidence).toBe(0.65);
    const candidates = await gql(
      t.app,
      '{ detectCarrier(trackingNumber: "123456789012") { confidence } }',
    );
    for (const c of candidates.data.detectCarrier)
      expect(Number(c.confidence.toFixed(3))).toBe(c.confidence);
  });
});
