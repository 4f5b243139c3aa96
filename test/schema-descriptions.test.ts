import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

/** Every place a frontend developer reads in GraphiQL or codegen output that has no description. */
function undescribed(): string[] {
  const missing: string[] = [];
  const has = (d: string | null | undefined) => !!d?.trim();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!has(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (!has(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args as readonly GraphQLArgument[]) {
          if (!has(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
        if (!has(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!has(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
    if (isUnionType(type) && !has(type.description)) missing.push(type.name);
  }
  return [...new Set(missing)].sort();
}

describe('schema documentation', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    expect(undescribed()).toEqual([]);
  });

  it('describes arguments by what the field has (Shipment has no `locale` field)', () => {
    const shipment = schema.getQueryType()!.getFields().shipment!;
    const locale = shipment.args.find((a) => a.name === 'locale')!;
    expect(locale.description).not.toMatch(/`locale` field/);
  });

  it('says what the API does where it departs from the shared wording', () => {
    const query = schema.getQueryType()!.getFields();
    const arg = (field: GraphQLField<unknown, unknown>, name: string) =>
      field.args.find((a) => a.name === name)!.description ?? '';
    // Lists read newest first page forward only: last/before are refused (BAD_USER_INPUT).
    const events = (schema.getType('Shipment') as any).getFields().events;
    for (const field of [events, query.agentRequests!, query.feedbackEntries!]) {
      expect(arg(field, 'last'), field.name).toMatch(/forward only/);
      expect(arg(field, 'before'), field.name).toMatch(/forward only/);
    }
    // searchFaq has no `after` and takes 1 to 20.
    expect(arg(query.searchFaq!, 'first')).not.toMatch(/after/);
    expect(arg(query.searchFaq!, 'first')).toMatch(/20/);
    // A rule or a typo can name the alias it read the wording as.
    for (const type of ['StatusMatch', 'EventMatch']) {
      const field = (schema.getType(type) as any).getFields().matchedAlias;
      expect(field.description, type).not.toMatch(/null for rules/);
    }
    // An empty message is read (as UNKNOWN), not refused.
    expect(arg(query.normalizeStatus!, 'message')).not.toMatch(/1–1,000/);
    // EventSource's GET carries no CSRF header: it is refused, so it is no way to subscribe.
    expect(schema.getSubscriptionType()!.description).not.toMatch(/or EventSource/);
    // createApiKey has no typed errors: its payload is an object, not a union.
    expect(schema.getType('CreateApiKeyPayload')!.description).not.toMatch(/typed errors/);
  });
});
