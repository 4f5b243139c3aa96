import { z } from 'zod';
import { AliasAlreadyExists, NotFoundError } from '../domain/errors.js';
import { LOCALE_TAG } from '../domain/locale.js';
import * as aliases from '../resolvers/aliases.js';
import { builder } from './builder.js';
import { StatusAlias, TrackingStatusEnum } from './statuses.js';

/**
 * A content language for stored data: a tag such as "pt-BR" is stored as its language, "pt",
 * because that is what reads resolve a requested locale to.
 */
export const contentLocale = z
  .string()
  .trim()
  .max(35, 'locale must be at most 35 characters')
  .regex(LOCALE_TAG, 'locale must be a language tag such as "en" or "pt-BR"');

export function toContentLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/** A database id from a decoded global id; anything else becomes an id no row has. */
export function rowId(id: string): number {
  const n = Number(id);
  return /^\d+$/.test(id) && n <= 2_147_483_647 ? n : 0;
}

export const phrase = z
  .string()
  .trim()
  .min(1, 'phrase must not be empty')
  .max(300, 'phrase must be at most 300 characters');

const AddStatusAliasInput = builder.inputType('AddStatusAliasInput', {
  fields: (t) => ({
    status: t.field({ type: TrackingStatusEnum, required: true }),
    phrase: t.string({
      required: true,
      description: "The carrier's wording; case does not matter for duplicates.",
      validate: { schema: phrase },
    }),
    locale: t.string({
      required: true,
      description: 'Language of the wording, e.g. "en" ("pt-BR" is stored as "pt").',
      validate: { schema: contentLocale },
    }),
  }),
});

const RemoveStatusAliasInput = builder.inputType('RemoveStatusAliasInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: [StatusAlias] }) }),
});

builder.mutationFields((t) => ({
  addStatusAlias: t.field({
    type: StatusAlias,
    description:
      'Teaches the normalizer a wording. It takes effect on the next request; a removed alias with the same wording is brought back with this status.',
    authScopes: { role: 'editor' },
    args: { input: t.arg({ type: AddStatusAliasInput, required: true }) },
    errors: {
      types: [AliasAlreadyExists],
      directResult: true,
      union: { name: 'AddStatusAliasPayload' },
    },
    resolve: (_root, { input }, ctx) =>
      aliases.addStatusAlias(ctx, {
        status: input.status,
        phrase: input.phrase.trim(),
        locale: toContentLanguage(input.locale),
      }),
  }),
  removeStatusAlias: t.field({
    type: StatusAlias,
    description: 'Stops the normalizer using a wording; the startup seed will not bring it back.',
    authScopes: { role: 'editor' },
    args: { input: t.arg({ type: RemoveStatusAliasInput, required: true }) },
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: 'RemoveStatusAliasPayload' },
    },
    resolve: (_root, { input }, ctx) => aliases.removeStatusAlias(ctx, rowId(input.id.id)),
  }),
}));
