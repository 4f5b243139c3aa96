import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import ZodPlugin from '@pothos/plugin-zod';
import { hasRole, type Role } from '../auth/roles.js';
import type { QueryLimits } from '../plugins/limits.js';
import type { UseCaseContext } from '../resolvers/context.js';
import { DateTimeScalar } from './date-time.js';
import { invalidInput } from './invalid-input.js';

/** What resolvers receive: the use-case context plus what only the GraphQL layer needs. */
export type GraphQLContext = UseCaseContext & { queryLimits: QueryLimits };

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  AuthScopes: { role: Role };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
  };
}>({
  // The first plugin wraps outermost, so a refused caller runs nothing.
  plugins: [
    ScopeAuthPlugin,
    ErrorsPlugin,
    ZodPlugin,
    RelayPlugin,
    SimpleObjectsPlugin,
    ComplexityPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    // A protected type is checked when an object of it is resolved, so node(id:) cannot even
    // reveal through __typename that a protected record exists.
    runScopesOnType: true,
    authScopes: (ctx) => ({ role: (role: Role) => hasRole(ctx.identity, role) }),
    // Refusals are typed so clients can tell "log in" from "not allowed".
    unauthorizedError: (_parent, ctx, _info, result) =>
      invalidInput(
        ctx.identity.role
          ? `Your API key's role (${ctx.identity.role}) is not allowed here. ${result.message}`
          : `This field needs an API key: send "Authorization: Bearer <key>". ${result.message}`,
        ctx.identity.role ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      ),
  },
  // Listed per field; a bare Error here would turn crashes into payloads and skip masking.
  errors: { defaultTypes: [] },
  // One readable sentence per invalid argument instead of zod's raw issue list.
  zod: {
    validationError: (error) =>
      invalidInput(
        error.issues
          .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
          .join('; '),
      ),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { nullable: true, extensions: { rateLimit: { bucket: 'reads' } } },
    nodesQueryOptions: false,
  },
  complexity: {
    defaultComplexity: 1,
    // Lists without a page size (aliases of a status, search hits) are short and fixed.
    defaultListMultiplier: 10,
    limit: (ctx) => ({ complexity: ctx.queryLimits.complexity, depth: ctx.queryLimits.depth }),
  },
});

builder.addScalarType('DateTime', DateTimeScalar);

/**
 * How long a knowledge answer may be shared (`extensions: { cache: { ttlMs } }`); edits make
 * earlier entries unreachable at once anyway, votes evict the question they change.
 */
export const KNOWLEDGE_TTL_MS = 60_000;

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
