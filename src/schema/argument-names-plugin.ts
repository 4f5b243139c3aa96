import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLFieldResolver } from 'graphql';
import { GraphQLError } from 'graphql';
import { invalidInput } from './invalid-input.js';

/**
 * Global ids are decoded before a resolver runs (relay's argument mapping) or inside `node`,
 * where the decoder knows the value but not which argument held it. This names the argument
 * ("input.questionId: …") so a client with several ids in one call knows which one is wrong.
 */
export const INVALID_GLOBAL_ID = 'invalidGlobalId';

function argumentHolding(value: unknown, args: unknown, path: string[] = []): string | null {
  if (args === value) return path.join('.');
  if (args && typeof args === 'object') {
    for (const [key, inner] of Object.entries(args)) {
      const found = argumentHolding(value, inner, Array.isArray(args) ? path : [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Relay's refusal of a well-formed id of another type ("ID: <id> is not of type: FaqQuestion"). */
const WRONG_TYPE = /^ID: (.*) is not of type: (.+)$/s;

function wrongType(error: GraphQLError, args: unknown): unknown {
  const [, globalID = '', expected = ''] = WRONG_TYPE.exec(error.message) ?? [];
  const argument = argumentHolding(globalID, args);
  if (!argument) return error;
  // Relay decoded it before refusing its type, so it decodes.
  const { typename } = decodeGlobalID(globalID);
  return invalidInput(
    `${argument}: "${globalID.slice(0, 60)}" is a ${typename} id; pass a ${expected.split(', ').join(' or ')} id.`,
    'BAD_USER_INPUT',
    { argument },
  );
}

function named(error: unknown, args: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  if (error.extensions.code === undefined && WRONG_TYPE.test(error.message)) {
    return wrongType(error, args);
  }
  const bad = error.extensions[INVALID_GLOBAL_ID];
  if (typeof bad !== 'string') return error;
  const argument = argumentHolding(bad, args);
  if (!argument) return error;
  return invalidInput(`${argument}: ${error.message}`, 'BAD_USER_INPUT', { argument });
}

export class ArgumentNamesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    // Only fields that can decode an id pay for the wrapper; every other resolver stays as is.
    const decodes = fieldConfig.argMappers.length > 0 || fieldConfig.name === 'node';
    if (!decodes) return resolver;
    return (parent, args, context, info) => {
      try {
        const result = resolver(parent, args, context, info);
        if (result instanceof Promise) {
          return result.catch((error: unknown) => {
            throw named(error, args);
          });
        }
        return result;
      } catch (error) {
        throw named(error, args);
      }
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      argumentNames: ArgumentNamesPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('argumentNames', ArgumentNamesPlugin);
export default 'argumentNames' as const;
