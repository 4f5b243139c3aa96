import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { IdentityResolver, UnauthenticatedError } from './auth/identity.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { GRAPHIQL_DEFAULT_QUERY } from './graphiql.js';
import { useDatabaseErrors } from './plugins/database-errors.js';
import { useFeedbackExport } from './plugins/feedback-export.js';
import { useHealth } from './plugins/health.js';
import { metaFor, useRequestContext } from './plugins/request-context.js';
import { createUseCaseContext, type UseCaseContext } from './resolvers/context.js';
import type { KnowledgeStore } from './resolvers/knowledge-store.js';
import type { WismoPubSub } from './resolvers/pubsub.js';
import { schema } from './schema/index.js';

export interface AppDeps {
  config: Config;
  database: Database;
  knowledge: KnowledgeStore;
  logger: Logger;
  pubsub: WismoPubSub;
  /** Clock for use cases; tests pin it. */
  now?: () => Date;
}

export type App = YogaServerInstance<Record<string, unknown>, UseCaseContext>;

/** The whole HTTP surface as a fetch handler; listening is main.ts's job, so tests call it in process. */
export function createApp(deps: AppDeps): App {
  const { config, database, logger } = deps;
  const identities = new IdentityResolver(database.db, { adminKey: config.WISMO_ADMIN_KEY });
  return createYoga<Record<string, unknown>, UseCaseContext>({
    schema,
    logging: logger.child({ component: 'yoga' }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: config.WISMO_GRAPHIQL
      ? { title: 'wismo', defaultQuery: GRAPHIQL_DEFAULT_QUERY }
      : false,
    // Bundled GraphiQL: the explorer must work on a machine without internet access.
    renderGraphiQL,
    maskedErrors: { isDev: false },
    plugins: [
      useRequestContext(logger),
      useDatabaseErrors(logger),
      useHealth({ ping: database.ping }),
      useFeedbackExport({ db: database.db, identities, now: deps.now ?? (() => new Date()) }),
    ],
    context: async ({ request }) => {
      const meta = metaFor(request, logger);
      const identity = await identities
        .resolve(request.headers.get('authorization'))
        .catch((error: unknown) => {
          if (!(error instanceof UnauthenticatedError)) throw error;
          // Refuse the whole request: a bad key must never degrade to anonymous partial data.
          throw new GraphQLError(error.message, {
            extensions: {
              code: 'UNAUTHENTICATED',
              http: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
            },
          });
        });
      return createUseCaseContext(
        {
          db: database.db,
          knowledge: deps.knowledge,
          identities,
          pubsub: deps.pubsub,
          ...(deps.now ? { now: deps.now } : {}),
        },
        { log: meta.log, requestId: meta.requestId, identity },
      );
    },
  });
}
