import type { Logger } from 'pino';
import type { IdentityResolver } from '../auth/identity.js';
import type { Identity } from '../auth/roles.js';
import type { Db } from '../db/client.js';
import type { KnowledgeStore } from '../infra/knowledge-store.js';
import { createLoaders, type Loaders } from '../infra/loaders.js';
import type { WismoPubSub } from '../infra/pubsub.js';
import type { BackgroundSeed } from './background-seed.js';

/** What every use case receives: no HTTP, no GraphQL. */
export interface UseCaseContext {
  readonly db: Db;
  /** Replica for lag-tolerant reads (lookups); the primary when there is none. */
  readonly readDb: Db;
  readonly log: Logger;
  readonly requestId: string;
  readonly identity: Identity;
  readonly knowledge: KnowledgeStore;
  /** Key lookups; use cases that revoke keys clear its cache. */
  readonly identities: IdentityResolver;
  readonly loaders: Loaders;
  readonly pubsub: WismoPubSub;
  /** Deliveries a basis needs before it gives an estimate (WISMO_ETA_MIN_SAMPLE). */
  readonly etaMinSample: number;
  /** Seeding that runs after the server listens, which a lookup finding nothing waits for. */
  readonly seeding: BackgroundSeed | null;
  now(): Date;
}

export interface ContextDeps {
  db: Db;
  readDb?: Db;
  knowledge: KnowledgeStore;
  identities: IdentityResolver;
  pubsub: WismoPubSub;
  /** @default 30 */
  etaMinSample?: number;
  seeding?: BackgroundSeed | null;
  now?: () => Date;
}

export function createUseCaseContext(
  deps: ContextDeps,
  request: { log: Logger; requestId: string; identity: Identity },
): UseCaseContext {
  return {
    db: deps.db,
    readDb: deps.readDb ?? deps.db,
    knowledge: deps.knowledge,
    identities: deps.identities,
    pubsub: deps.pubsub,
    etaMinSample: deps.etaMinSample ?? 30,
    seeding: deps.seeding ?? null,
    now: deps.now ?? (() => new Date()),
    loaders: createLoaders(deps.db, deps.knowledge),
    ...request,
  };
}
