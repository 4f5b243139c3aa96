import { execute } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Queries and mutations run on graphql-js' own `execute` instead of Yoga's default executor
 * (@graphql-tools/executor), which exists for @defer/@stream and abort signals that this schema
 * does not offer: for every variable it first copies the input into null-prototype objects and
 * only then coerces it, and a 50-event ingestion batch paid for both. Subscriptions keep Yoga's
 * executor (they go through `subscribe`, not this hook). Listed before the jit plugin, which
 * replaces it again for the public queries it compiles.
 */
export function useGraphQLJsExecution(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute);
    },
  };
}
