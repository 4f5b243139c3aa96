import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';

/**
 * Descriptions that repeat by construction, so every connection, payload and page argument is
 * documented the same way in GraphiQL and codegen output instead of being copied per field.
 * A description written on the field itself always wins.
 */
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function typeDescription(name: string): string | null {
  if (name === 'PageInfo') return 'Where a page sits in its list (Relay cursor connections).';
  if (name.endsWith('Connection'))
    return `A page of ${name.slice(0, -10)} items (Relay cursor connection).`;
  if (name.endsWith('Edge')) return `One ${name.slice(0, -4)} in a page, with its cursor.`;
  if (name.endsWith('Payload'))
    return `The result of \`${camel(name.slice(0, -7))}\`: the success type or one of its typed errors.`;
  if (name.endsWith('Input')) return `What \`${camel(name.slice(0, -5))}\` takes.`;
  if (name.endsWith('Success'))
    return `What \`${camel(name.slice(0, -7))}\` returns when it worked.`;
  return null;
}

const FIELD_DESCRIPTIONS: Record<string, string> = {
  edges: 'The items of this page with their cursors.',
  pageInfo: 'Whether more pages exist, and the cursors to fetch them.',
  cursor: 'Opaque position of this item: pass it as `after` (or `before`) to continue from here.',
  node: 'The item.',
  hasNextPage: 'True when items follow this page.',
  hasPreviousPage: 'True when items precede this page.',
  startCursor: 'Cursor of the first item of this page.',
  endCursor: 'Cursor of the last item of this page: pass it as `after` for the next page.',
  id: 'Global ID (Relay): pass it to node(id:) or to arguments that take this type.',
  message: 'A sentence a person can read and act on.',
};

const ARG_DESCRIPTIONS: Record<string, string> = {
  first: 'How many items to return from the start (or after `after`); limited per list.',
  after: 'Cursor (an edge `cursor` or pageInfo.endCursor) to continue after.',
  last: 'How many items to return from the end (or before `before`).',
  before: 'Cursor (pageInfo.startCursor) to continue before.',
  input: 'Everything the mutation needs, as one input object.',
  questionId: 'Only this FAQ question (its global id, as printed in the CSV exports).',
  locale: 'Only this language, e.g. "de".',
  interval: 'Bucket size: a day or an ISO week (from Monday).',
};

const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query: 'Reads. Public ones need no key; the others name the role they need.',
  Mutation: 'Changes. Each takes one `input` and answers with a payload whose failures are typed.',
  Subscription:
    'Live updates over Server-Sent Events: POST the operation with `accept: text/event-stream` (as graphql-sse does). A bare EventSource cannot: its GET carries no CSRF header and is refused.',
};

type Described = { description?: string | null | undefined };

function fill(target: Described, description: string | null | undefined) {
  if (description && !target.description?.trim()) target.description = description;
}

/**
 * Fills missing descriptions from the naming rules above and from `extra` ("Type",
 * "Type.field", "Type.field(arg)", "Enum.VALUE"). graphql-js types are plain objects, so this
 * sets them in place once at startup, before the schema is served or printed.
 */
export function describeSchema(
  schema: GraphQLSchema,
  extra: Record<string, string>,
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    fill(type, extra[type.name] ?? ROOT_DESCRIPTIONS[type.name] ?? typeDescription(type.name));
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const key = `${type.name}.${field.name}`;
        // A field an interface declares reads as the interface says.
        const inherited = type
          .getInterfaces()
          .map((i) => extra[`${i.name}.${field.name}`] ?? i.getFields()[field.name]?.description)
          .find((d) => d);
        fill(field, extra[key] ?? inherited ?? FIELD_DESCRIPTIONS[field.name]);
        for (const arg of field.args as GraphQLArgument[]) {
          fill(arg, extra[`${key}(${arg.name})`] ?? ARG_DESCRIPTIONS[arg.name]);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
        fill(field, extra[`${type.name}.${field.name}`]);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) fill(value, extra[`${type.name}.${value.name}`]);
    } else if (isUnionType(type)) {
      fill(
        type,
        `One of: ${type
          .getTypes()
          .map((t) => t.name)
          .join(', ')}.`,
      );
    }
  }
  return schema;
}
