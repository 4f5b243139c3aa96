import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import ZodPlugin from '@pothos/plugin-zod';
import { hasRole, type Role } from '../auth/roles.js';
import type { QueryLimits } from '../plugins/limits.js';
import type { UseCaseContext } from '../resolvers/context.js';
import ArgumentNamesPlugin, { INVALID_GLOBAL_ID } from './argument-names-plugin.js';
import { DateTimeScalar } from './date-time.js';
import { invalidInput, tooComplex } from './invalid-input.js';

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
    ArgumentNamesPlugin,
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
    // Every id here is a positive 32-bit row id: "ApiKey:1e0", "ApiKey: 1", "FaqQuestion:1.5" or an
    // id past 2^31 is refused where it enters, instead of reading as row 1 or failing in SQL.
    decodeGlobalID: (globalID) => {
      const decoded = (() => {
        try {
          return decodeGlobalID(globalID);
        } catch {
          return null;
        }
      })();
      const id = decoded ? String(decoded.id) : '';
      if (!decoded || !/^[1-9][0-9]{0,9}$/.test(id) || Number(id) > 2_147_483_647) {
        throw invalidInput(
          `"${globalID.slice(0, 60)}" is not an ID this API returned: pass an id from a query's answer.`,
          'BAD_USER_INPUT',
          { [INVALID_GLOBAL_ID]: globalID },
        );
      }
      return { typename: decoded.typename, id };
    },
  },
  complexity: {
    defaultComplexity: 1,
    // Lists without a page size (aliases of a status, search hits) are short and fixed.
    defaultListMultiplier: 10,
    limit: (ctx) => ({ complexity: ctx.queryLimits.complexity, depth: ctx.queryLimits.depth }),
    complexityError: (kind, result) =>
      kind === 'Depth'
        ? tooComplex(
            `Query depth limit of ${result.maxDepth} exceeded, found ${result.depth}.`,
            'depth',
          )
        : kind === 'Breadth'
          ? tooComplex(
              `Query selects ${result.breadth} fields, more than the limit of ${result.maxBreadth}.`,
              'breadth',
            )
          : tooComplex(
              `Query exceeds maximum complexity (complexity: ${result.complexity}, max: ${result.maxComplexity}; 1 per field, lists multiplied by their page size): ask for smaller pages or fewer fields.`,
              'complexity',
            ),
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

/**
 * loadOne for a protected node type: a caller without the role gets the refusal scope-auth gives
 * for an existing record whether or not the record exists, so node(id:) is no existence oracle.
 */
export function loadForRole<T>(
  role: Role,
  typename: string,
  load: (id: string, ctx: UseCaseContext) => Promise<T | null>,
) {
  return (id: string, ctx: UseCaseContext): Promise<T | null> => {
    if (hasRole(ctx.identity, role)) return load(id, ctx);
    return Promise.reject(refusal(ctx, `Not authorized to read fields for ${typename}`));
  };
}

function refusal(ctx: UseCaseContext, reason: string) {
  return invalidInput(
    ctx.identity.role
      ? `Your API key's role (${ctx.identity.role}) is not allowed here. ${reason}`
      : `This field needs an API key: send "Authorization: Bearer <key>". ${reason}`,
    ctx.identity.role ? 'FORBIDDEN' : 'UNAUTHENTICATED',
  );
}
