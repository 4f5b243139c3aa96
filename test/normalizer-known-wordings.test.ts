import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasEntriesSync, normalizerRules } from '../src/db/content.js';
import { loadKnownWordings, normalizerSuggester } from '../src/db/corpus.js';
import { buildAliasIndex } from '../src/domain/status-normalizer.js';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { rulesIndex } from './support/normalizer.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The corpus's training wordings are known verbatim: a carrier's published wording reads as
// its label even where the rules, written for the general case, read it otherwise.

let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ WISMO_DEMO_DATA: 'false' });
  editor = await authHeader(t, 'editor');
});
afterAll(async () => {
  await t?.close();
});

const NORMALIZE = /* GraphQL */ `
  query Normalize($message: String!) {
    normalizeStatus(message: $message) { status method matchedAlias { id source } }
  }
`;

const ADD_ALIAS = /* GraphQL */ `
  mutation Add($input: AddStatusAliasInput!) {
    addStatusAlias(input: $input) { __typename ... on StatusAlias { id status } }
  }
`;

describe('known carrier wordings (content/corpus, training split)', () => {
  it('read as labelled where the rules alone read otherwise', async () => {
    // DHL's "FLIGHT LANDED" (karrio's mydhl status list): landed in the destination country.
    expect(rulesIndex.match('FLIGHT LANDED').status).toBe('IN_TRANSIT');
    const { data } = await gql(t.app, NORMALIZE, { message: 'Flight landed' });
    expect(data.normalizeStatus).toEqual({
      status: 'ARRIVED_AT_DESTINATION',
      method: 'NORMALIZED',
      matchedAlias: null,
    });
  });

  it('leave a wording that is not known to the rules', async () => {
    const { data } = await gql(t.app, NORMALIZE, { message: 'Flight landed in Leipzig today' });
    expect(data.normalizeStatus.method).toBe('RULE');
  });

  it("give way to an editor's alias", async () => {
    const added = await gql(
      t.app,
      ADD_ALIAS,
      { input: { status: 'IN_TRANSIT', phrase: 'Flight landed', locale: 'en' } },
      editor,
    );
    expect(added.data.addStatusAlias).toMatchObject({ __typename: 'StatusAlias' });
    const { data } = await gql(t.app, NORMALIZE, { message: 'Flight landed' });
    expect(data.normalizeStatus).toMatchObject({ status: 'IN_TRANSIT', method: 'EXACT' });
  });

  it('come from the training split only, and a wording labelled two ways is left to the rules', () => {
    const known = loadKnownWordings();
    expect(known.length).toBeGreaterThan(10_000);
    const index = buildAliasIndex([], {
      rules: normalizerRules(),
      memoSize: 0,
      knownWordings: [
        { message: 'Shipment processed at facility', status: 'IN_TRANSIT' },
        { message: 'SHIPMENT PROCESSED AT FACILITY!', status: 'EXCEPTION' },
        { message: 'Parcel Scrapped', status: 'EXCEPTION' },
        { message: 'ParcelScrappedByCarrier', status: 'EXCEPTION' },
      ],
    });
    // An enum's name is known as the normalizer reads it, word by word.
    expect(index.match('ParcelScrappedByCarrier')).toMatchObject({
      status: 'EXCEPTION',
      method: 'NORMALIZED',
    });
    expect(index.match('Shipment processed at facility').method).toBe('RULE');
    expect(index.match('parcel scrapped')).toMatchObject({
      status: 'EXCEPTION',
      method: 'NORMALIZED',
    });
  });

  it("train editors' suggestions, beside the aliases", () => {
    const aliases = aliasEntriesSync();
    const withCorpus = buildAliasIndex(aliases, {
      rules: normalizerRules(),
      memoSize: 0,
      suggester: normalizerSuggester,
    });
    // No seeded alias resembles a Polish locker wording; the corpus holds InPost's and others'.
    expect(rulesIndex.suggest('Paczka czeka na odbiór w automacie')).toBeNull();
    expect(withCorpus.suggest('Paczka czeka na odbiór w automacie')).toMatchObject({
      status: 'WAITING_FOR_PICKUP',
    });
  });
});
