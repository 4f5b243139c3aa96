import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phrasePrivacyWarnings } from '../src/domain/phrase-privacy.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'true' });
});
afterAll(async () => {
  await t?.close();
});

const EVENTS = `query($code: String) { shipment(trackingNumber: "LX204812345CN", postalCode: $code) {
  ... on Shipment { detailsVisible events(first: 20) { edges { node {
    rawMessage location match { method matchedAlias { phrase } } } } } } } }`;

describe('carrier wording without the postal code (issue 16, item 3)', () => {
  it('hides matchedAlias, the exact carrier wording, unless the postal code matches', async () => {
    const hidden = await gql(t.app, EVENTS, { code: null });
    const nodes = hidden.data.shipment.events.edges.map((e: any) => e.node);
    expect(hidden.data.shipment.detailsVisible).toBe(false);
    expect(nodes.some((n: any) => n.match.method === 'EXACT')).toBe(true);
    for (const n of nodes) {
      expect(n.rawMessage).toBeNull();
      expect(n.location).toBeNull();
      expect(n.match.matchedAlias).toBeNull();
    }
    const wrong = await gql(t.app, EVENTS, { code: '99999' });
    expect(
      wrong.data.shipment.events.edges.every((e: any) => e.node.match.matchedAlias === null),
    ).toBe(true);
    const shown = await gql(t.app, EVENTS, { code: '28001' });
    const exact = shown.data.shipment.events.edges
      .map((e: any) => e.node)
      .find((n: any) => n.match.method === 'EXACT');
    expect(exact.match.matchedAlias.phrase.toLowerCase()).toBe(exact.rawMessage.toLowerCase());
  });

  it('lets the editor edit the phrase when resolving and warns about digits and addresses', async () => {
    const carrier = await authHeader(t, 'carrier');
    const editor = await authHeader(t, 'editor');
    const record = `mutation($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { __typename } }`;
    const private1 = 'Left with J. Smith at 14 Baker Street, flat 2';
    const private2 = 'Taken in by Maria, Rua Augusta';
    for (const [i, message] of [private1, private2].entries()) {
      await gql(
        t.app,
        record,
        {
          input: {
            trackingNumber: 'RB123456785GB',
            events: [
              { occurredAt: new Date(Date.now() - (i + 1) * 3_600_000).toISOString(), message },
            ],
          },
        },
        carrier,
      );
    }
    const queue = await gql(
      t.app,
      '{ unmatchedMessages(first: 50) { edges { node { id sampleMessage } } } }',
      {},
      editor,
    );
    const idOf = (text: string) =>
      queue.data.unmatchedMessages.edges.find((e: any) => e.node.sampleMessage === text).node.id;
    const resolve = `mutation($input: ResolveUnmatchedMessageInput!) { resolveUnmatchedMessage(input: $input) {
      __typename ... on ResolveUnmatchedMessageSuccess { alias { phrase } warnings } } }`;

    const edited = await gql(
      t.app,
      resolve,
      {
        input: {
          id: idOf(private1),
          status: 'DELIVERED',
          locale: 'en',
          phrase: 'Left with a neighbour',
        },
      },
      editor,
    );
    expect(edited.data.resolveUnmatchedMessage).toEqual({
      __typename: 'ResolveUnmatchedMessageSuccess',
      alias: { phrase: 'Left with a neighbour' },
      warnings: [],
    });

    const unedited = await gql(
      t.app,
      resolve,
      { input: { id: idOf(private2), status: 'DELIVERED', locale: 'en' } },
      editor,
    );
    expect(unedited.data.resolveUnmatchedMessage.alias.phrase).toBe(private2);
    expect(unedited.data.resolveUnmatchedMessage.warnings.join(' ')).toMatch(/address/);
  });

  it('names digits, addresses and e-mails in a phrase', () => {
    expect(phrasePrivacyWarnings('Delivered')).toEqual([]);
    expect(phrasePrivacyWarnings('Left at 12 Main St.')).toHaveLength(2);
    expect(phrasePrivacyWarnings('Entregue na Rua Augusta')).toHaveLength(1);
    expect(phrasePrivacyWarnings('Call jo@example.com')).toHaveLength(1);
  });
});
