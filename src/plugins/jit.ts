import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  type DocumentNode,
  type ExecutionArgs,
  execute,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

interface PothosExtensions {
  pothosOptions?: { authScopes?: unknown };
}

const scoped = (extensions: unknown) =>
  (extensions as PothosExtensions | undefined)?.pothosOptions?.authScopes !== undefined;

/**
 * Types and fields that declare an auth scope, and every type through which one can be
 * reached in a single step (an interface or union with a protected member).
 */
function protectedParts(schema: GraphQLSchema) {
  const types = new Set<string>();
  const fields = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    if (scoped(type.extensions)) types.add(type.name);
    for (const field of Object.values(type.getFields())) {
      if (scoped(field.extensions)) fields.add(`${type.name}.${field.name}`);
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && schema.getPossibleTypes(type).some((t) => types.has(t.name))) {
      types.add(type.name);
    }
  }
  return { types, fields };
}

/**
 * Runs queries and mutations through graphql-jit, which compiles each document once into plain
 * JavaScript instead of walking it (and coercing its variables) for every request. Pothos'
 * field scopes are resolver wrappers, which either executor calls with the request's context.
 * Type scopes are not: Pothos checks them in `isTypeOf`, which graphql-jit calls without the
 * context, so any operation that can reach a type with its own scope stays on graphql-js, as do
 * subscriptions. The decision is kept per parsed document (Yoga reuses a document for the same
 * query text). graphql-jit words variable errors its own way (no path, no scalar's hint, a
 * made-up variable name for a nested field): a request refused before anything ran is answered
 * again by graphql-js, which refuses it with the same errors every other operation gets.
 */
export function useJitWhereScopesAllow(
  schema: GraphQLSchema,
  compilable = jitCompatibleCheck(schema),
): Plugin {
  // @envelop/graphql-jit keeps one compiled form per parsed document, compiled for the
  // operationName of the first request: a document with several operations (GraphiQL's example
  // tab) would then run that first operation whatever the next request names. Such documents
  // stay on graphql-js; clients send one operation per document.
  const jitted = (args: ExecutionArgs) =>
    args.schema === schema && singleOperation(args.document) && compilable(args.document);
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(useGraphQlJit({}, { enableIf: jitted }) as Plugin);
      addPlugin({
        onExecute({ args, executeFn, setExecuteFn }) {
          if (!jitted(args)) return;
          setExecuteFn((run: ExecutionArgs) => {
            const answer = (result: object) =>
              refusedBeforeRunning(result) ? execute(run) : result;
            const result = executeFn(run);
            return result instanceof Promise ? result.then(answer) : answer(result);
          });
        },
      });
    },
  };
}

function singleOperation(document: DocumentNode): boolean {
  let operations = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operations += 1;
  }
  return operations === 1;
}

/**
 * A graphql-jit result with no `data` at all: the request was refused before any resolver ran
 * (a variable, or no plan), and graphql-js should word the refusal.
 */
export function refusedBeforeRunning(result: object): boolean {
  return !('data' in result) && !(Symbol.asyncIterator in result);
}

/**
 * Whether a validated document is a query that selects nothing protected: what the fast lane may
 * answer with an anonymous context (memoised per document).
 */
export function publicQueryCheck(schema: GraphQLSchema): (document: DocumentNode) => boolean {
  return documentCheck(schema, { operations: ['query'], scopedFields: false });
}

/** Whether graphql-jit can run a validated document with every scope check intact (memoised). */
export function jitCompatibleCheck(schema: GraphQLSchema): (document: DocumentNode) => boolean {
  return documentCheck(schema, { operations: ['query', 'mutation'], scopedFields: true });
}

function documentCheck(
  schema: GraphQLSchema,
  allow: { operations: readonly string[]; scopedFields: boolean },
): (document: DocumentNode) => boolean {
  const guarded = protectedParts(schema);
  const decided = new WeakMap<DocumentNode, boolean>();
  return (document: DocumentNode): boolean => {
    let known = decided.get(document);
    if (known !== undefined) return known;
    known = true;
    const typeInfo = new TypeInfo(schema);
    const touches = (type: GraphQLNamedType | null | undefined) =>
      type !== null && type !== undefined && guarded.types.has(type.name);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        OperationDefinition(node) {
          if (!allow.operations.includes(node.operation)) known = false;
        },
        Field(node) {
          const parent = typeInfo.getParentType();
          const type = typeInfo.getType();
          if (
            !parent ||
            touches(parent) ||
            (!allow.scopedFields && guarded.fields.has(`${parent.name}.${node.name.value}`)) ||
            (type && touches(getNamedType(type)))
          ) {
            known = false;
          }
        },
        InlineFragment() {
          if (touches(typeInfo.getType() as GraphQLNamedType | null)) known = false;
        },
        FragmentDefinition() {
          if (touches(typeInfo.getType() as GraphQLNamedType | null)) known = false;
        },
      }),
    );
    // Documents that failed validation never get here; anything else unusual stays on graphql-js.
    if (
      document.definitions.some(
        (d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION,
      )
    ) {
      known = false;
    }
    decided.set(document, known);
    return known;
  };
}
