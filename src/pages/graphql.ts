import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

/**
 * The pages' typed `graphql()` tag: every operation is checked against schema.graphql by
 * `npm run typecheck` (which regenerates graphql-env.d.ts from it first).
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string };
  // The pages read fragment fields directly; masking pays off in component trees, not here.
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
