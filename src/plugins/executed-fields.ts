import {
  BREAK,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  visit as visitDocument,
} from 'graphql';
// graphql's own field collection (the one execute() uses), so fragments, `... on Mutation`,
// @skip/@include and aliases are seen exactly as they run.
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';

export interface ExecutedField {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  depth: number;
}

export function selectedOperation(
  document: { definitions: readonly { kind: string }[] },
  operationName: string | null | undefined,
): OperationDefinitionNode | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operationName) return operations.length === 1 ? operations[0]! : null;
  return operations.find((o) => o.name?.value === operationName) ?? null;
}

/** Whether @skip/@include read a variable anywhere: only then do variables change the fields. */
function selectionReadsVariables(document: object): boolean {
  let reads = false;
  visitDocument(document as never, {
    Directive(node) {
      if (
        (node.name.value === 'skip' || node.name.value === 'include') &&
        node.arguments?.some((a) => a.value.kind === Kind.VARIABLE)
      ) {
        reads = true;
        return BREAK;
      }
    },
  });
  return reads;
}

/**
 * Lists per parsed document (Yoga's parse cache and the fast lane hand out the same object for
 * the same text) and operation: a lookup's rate-limit charge then walks nothing. Documents whose
 * directives read variables are walked every time; nothing is kept for them.
 */
const walked = new WeakMap<GraphQLSchema, WeakMap<object, Map<string, ExecutedField[]> | null>>();

/**
 * Every field the operation would execute, at any depth (or only the root fields), once per
 * response name: aliases are separate uses, and a field node reached through several possible
 * types of an interface is reported once. The list is shared: callers must not change it.
 */
export function executedFields(
  schema: GraphQLSchema,
  document: { definitions: readonly { kind: string }[] },
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  options: { rootOnly?: boolean } = {},
): readonly ExecutedField[] {
  let documents = walked.get(schema);
  if (!documents) {
    documents = new WeakMap();
    walked.set(schema, documents);
  }
  let byOperation = documents.get(document);
  if (byOperation === undefined) {
    byOperation = selectionReadsVariables(document) ? null : new Map();
    documents.set(document, byOperation);
  }
  if (!byOperation) return walk(schema, document, operationName, variables, options);
  const key = `${options.rootOnly ? 'root' : 'all'}\u0000${operationName ?? ''}`;
  let found = byOperation.get(key);
  if (!found) {
    found = walk(schema, document, operationName, variables, options);
    byOperation.set(key, found);
  }
  return found;
}

function walk(
  schema: GraphQLSchema,
  document: { definitions: readonly { kind: string }[] },
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  options: { rootOnly?: boolean },
): ExecutedField[] {
  const operation = selectedOperation(document, operationName);
  if (!operation) return [];
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = d as FragmentDefinitionNode;
      fragments[fragment.name.value] = fragment;
    }
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return [];
  const found: ExecutedField[] = [];
  const seen = new Set<FieldNode>();
  const visit = (
    type: GraphQLObjectType,
    fields: Map<string, readonly FieldNode[]>,
    depth: number,
  ) => {
    for (const nodes of fields.values()) {
      const node = nodes[0]!;
      const field = type.getFields()[node.name.value];
      if (!field) continue; // __typename and introspection
      if (!seen.has(node)) {
        seen.add(node);
        found.push({ field, node, depth });
      }
      if (options.rootOnly) continue;
      const named = getNamedType(field.type);
      const types = isObjectType(named)
        ? [named]
        : isAbstractType(named)
          ? schema.getPossibleTypes(named)
          : [];
      for (const possible of types) {
        visit(possible, collectSubfields(schema, fragments, variables, possible, nodes), depth + 1);
      }
    }
  };
  visit(root, collectFields(schema, fragments, variables, root, operation.selectionSet), 0);
  return found;
}

/** One argument's value by path (`input.clientId`), or null when absent or invalid. */
export function argumentAt(
  { field, node }: ExecutedField,
  path: string,
  variables: Record<string, unknown>,
): unknown {
  try {
    let value: unknown = getArgumentValues(field as never, node, variables);
    for (const key of path.split('.')) {
      if (value === null || typeof value !== 'object') return null;
      value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : null;
    }
    return value ?? null;
  } catch {
    // Invalid arguments fail the field itself.
    return null;
  }
}
