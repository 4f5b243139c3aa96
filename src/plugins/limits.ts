import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

export interface QueryLimits {
  /** Pothos complexity: every field costs 1, lists multiply by their page size. */
  complexity: number;
  depth: number;
}

export function queryLimits(config: Config): QueryLimits {
  return { complexity: config.WISMO_MAX_COMPLEXITY, depth: config.WISMO_MAX_DEPTH };
}

/** A NUL byte cannot be stored in PostgreSQL text and a lone surrogate is not text at all. */
function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}

/** The path of the first string PostgreSQL cannot store, or null. */
export function findUnstorable(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = findUnstorable(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** String literals in the document (`"\\u0000"` escapes decode to NUL) get the same check. */
const storableLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (isStorableText(node.value)) return;
    context.reportError(
      new GraphQLError(
        'A string in the query contains a NUL character or invalid Unicode, which cannot be accepted.',
        { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } },
      ),
    );
  },
});

/**
 * Refuses text that PostgreSQL cannot store before any resolver sees it, for every argument
 * at once (variables and literals), instead of each use case guarding against it (or crashing).
 */
function useStorableText(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(storableLiterals);
    },
    onParams({ params, setResult }) {
      const where =
        // A query that is not a string is Yoga's to refuse (400); only text is checked here.
        (typeof params.query === 'string' && !isStorableText(params.query) ? 'query' : null) ??
        findUnstorable(params.variables, 'variables');
      if (!where) return;
      setResult({
        errors: [
          new GraphQLError(
            `${where} contains a NUL character or invalid Unicode, which cannot be accepted.`,
            {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            },
          ),
        ],
      });
    },
  };
}

/**
 * Every limit on what one request may ask for, in one place (the body size is
 * useRequestBodyLimit's, added last in server.ts). Depth and cost are also checked
 * by Pothos' complexity plugin with real page sizes (see QueryLimits); GraphQL Armor rejects
 * alias bombs, directive floods and token floods while validating, before anything runs.
 */
export function limitPlugins(config: Config): Plugin[] {
  const production = config.NODE_ENV === 'production';
  const plugins: Plugin[] = [
    useStorableText(),
    EnvelopArmorPlugin({
      maxDepth: { n: config.WISMO_MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true },
      maxAliases: { n: config.WISMO_MAX_ALIASES, allowList: [] },
      maxDirectives: { n: config.WISMO_MAX_DIRECTIVES },
      maxTokens: { n: config.WISMO_MAX_TOKENS },
      // Pothos complexity counts cost with page sizes; Armor's count would double it.
      costLimit: { enabled: false },
      // Suggestions ("Did you mean ...?") map the schema for whoever cannot introspect it.
      blockFieldSuggestion: { enabled: production },
    }) as Plugin,
  ];
  if (!(config.WISMO_INTROSPECTION ?? !production)) plugins.push(useDisableIntrospection());
  return plugins;
}
