import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { QUERY_TOO_COMPLEX, tooComplex } from '../schema/invalid-input.js';

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
 * GraphQL Armor words its refusals as "Syntax Error: Query depth limit of 12 exceeded, found 14."
 * with no code, and graphql-js gives up on a selection too wide to compare with a bare
 * "Validation aborted.": neither tells a client what to change, nor can it branch on them.
 */
const ARMOR_LIMIT = /^Syntax Error: (Query depth|Aliases|Directives|Token) limit of (\d+) exceeded/;
const ARMOR_NAMES: Record<string, string> = {
  'Query depth': 'depth',
  Aliases: 'aliases',
  Directives: 'directives',
  Token: 'tokens',
};

function clearRefusal(error: unknown): unknown {
  if (!(error instanceof GraphQLError) || error.extensions.code === QUERY_TOO_COMPLEX) return error;
  const armor = ARMOR_LIMIT.exec(error.message);
  if (armor) {
    return tooComplex(
      error.message.replace(/^Syntax Error: /, ''),
      ARMOR_NAMES[armor[1]!]!,
      error.nodes,
    );
  }
  if (error.message === 'Validation aborted.') {
    return tooComplex(
      'The query selects too many fields to check: ask for fewer (or use fragments once).',
      'fields',
    );
  }
  return error;
}

/**
 * Armor throws its validation refusals out of graphql's validate (no later hook sees them);
 * reported instead, they reach Yoga as validation errors, reworded by useClearRefusals.
 */
const reported = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

function useClearRefusals(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError && ARMOR_LIMIT.test(result.message)) {
          replaceParseResult(clearRefusal(result));
        }
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map(clearRefusal));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          // A missing or mistyped variable: graphql-js refuses it before anything runs, with no code.
          if (!('errors' in result) || !result.errors?.length || 'data' in result) return;
          const coded = result.errors.map((error) =>
            error.extensions?.code === undefined && error.message.startsWith('Variable "$')
              ? new GraphQLError(error.message, {
                  nodes: error.nodes,
                  extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
                })
              : error,
          );
          setResult({ ...result, errors: coded });
        },
      };
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
    useClearRefusals(),
    useStorableText(),
    EnvelopArmorPlugin({
      maxDepth: {
        n: config.WISMO_MAX_DEPTH,
        ignoreIntrospection: true,
        flattenFragments: true,
        ...reported,
      },
      maxAliases: { n: config.WISMO_MAX_ALIASES, allowList: [], ...reported },
      maxDirectives: { n: config.WISMO_MAX_DIRECTIVES, ...reported },
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
