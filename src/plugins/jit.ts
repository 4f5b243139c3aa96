import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  type DocumentNode,
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
 * Runs public queries (those that select no field and no type with an auth scope) through
 * graphql-jit, which compiles each document once into plain JavaScript instead of walking it
 * for every request. Pothos' checks are resolver wrappers in the schema, so they run under
 * either executor; keeping protected operations on graphql-js is defence in depth, not the
 * check itself. Mutations and subscriptions stay on graphql-js too. The decision is kept per
 * parsed document (Yoga reuses a document for the same query text).
 */
export function useJitForPublicQueries(
  schema: GraphQLSchema,
  isPublicQuery = publicQueryCheck(schema),
): Plugin {
  return useGraphQlJit(
    {},
    { enableIf: (args) => args.schema === schema && isPublicQuery(args.document) },
  ) as Plugin;
}

/** Whether a validated document is a query that selects nothing protected (memoised per document). */
export function publicQueryCheck(schema: GraphQLSchema): (document: DocumentNode) => boolean {
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
          if (node.operation !== 'query') known = false;
        },
        Field(node) {
          const parent = typeInfo.getParentType();
          const type = typeInfo.getType();
          if (
            !parent ||
            touches(parent) ||
            guarded.fields.has(`${parent.name}.${node.name.value}`) ||
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
