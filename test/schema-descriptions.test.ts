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
});
