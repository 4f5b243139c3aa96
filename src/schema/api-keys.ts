import { ROLES, type Role } from '../auth/roles.js';
import { NotFoundError } from '../domain/errors.js';
import * as apiKeys from '../resolvers/api-keys.js';
import { builder, loadForRole } from './builder.js';

export const RoleEnum = builder.enumType('Role', {
  description: 'What an API key may do. ADMIN includes every other role.',
  values: Object.fromEntries(ROLES.map((r) => [r.toUpperCase(), { value: r }])) as Record<
    Uppercase<Role>,
    { value: Role }
  >,
});

const ApiKey = builder.objectRef<apiKeys.ApiKeyRow>('ApiKey');

builder.node(ApiKey, {
  description: 'An API key. The key itself is shown once, at creation; only its hash is stored.',
  authScopes: { role: 'admin' },
  id: { resolve: (k) => k.id },
  loadOne: loadForRole('admin', 'ApiKey', (id, ctx) => apiKeys.findApiKey(ctx, Number(id))),
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (k) => k.role }),
    keyPrefix: t.exposeString('keyPrefix', {
      description: 'The first characters of the key, to recognise it.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({
    role: t.field({ type: RoleEnum, required: true }),
    name: t.string({
      required: true,
      description: 'Who or what uses the key, e.g. "dhl-webhook".',
      validate: { minLength: 1, maxLength: 100 },
    }),
  }),
});

const CreateApiKeyPayload = builder.simpleObject('CreateApiKeyPayload', {
  fields: (t) => ({
    apiKey: t.field({ type: ApiKey }),
    key: t.string({ description: 'The secret key. It is shown only this once: store it now.' }),
  }),
});

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: [ApiKey] }) }),
});

builder.queryField('apiKeys', (t) =>
  t.field({
    type: [ApiKey],
    authScopes: { role: 'admin' },
    resolve: (_root, _args, ctx) => apiKeys.listApiKeys(ctx),
  }),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    authScopes: { role: 'admin' },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      apiKeys.createApiKey(ctx, { role: input.role, name: input.name.trim() }),
  }),
  revokeApiKey: t.field({
    type: ApiKey,
    authScopes: { role: 'admin' },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true }) },
    errors: {
      types: [NotFoundError],
      union: { name: 'RevokeApiKeyPayload' },
      result: { name: 'RevokeApiKeySuccess' },
      dataField: { name: 'apiKey' },
    },
    resolve: (_root, { input }, ctx) => apiKeys.revokeApiKey(ctx, Number(input.id.id)),
  }),
}));
