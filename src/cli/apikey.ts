import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../resolvers/api-keys.js';
import { exitWith, withDatabase } from './database.js';

const USAGE = `usage:
  npm run apikey -- create --role <${ROLES.join('|')}> --name <name>
  npm run apikey -- list
  npm run apikey -- revoke --id <id>`;

const Flags = z.discriminatedUnion('command', [
  z.object({
    command: z.literal('create'),
    role: z.enum(ROLES),
    name: z.string().trim().min(1).max(100),
  }),
  z.object({ command: z.literal('list') }),
  z.object({ command: z.literal('revoke'), id: z.coerce.number().int().positive() }),
]);

function fail(message: string): never {
  return exitWith(message, 2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' } },
});
const parsed = Flags.safeParse({ command: positionals[0], ...values });
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  fail(`${issue?.path.join('.') || 'command'}: ${issue?.message}\n${USAGE}`);
}
const flags = parsed.data;

await withDatabase(async (database) => {
  const ctx = { db: database.db };
  try {
    if (flags.command === 'create') {
      const { apiKey, key } = await createApiKey(ctx, { role: flags.role, name: flags.name });
      console.log(`created API key ${apiKey.id} "${apiKey.name}" with role ${apiKey.role}`);
      console.log('store it now, it is not shown again:');
      console.log(key);
    } else if (flags.command === 'list') {
      for (const k of await listApiKeys(ctx)) {
        const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
        const used = k.lastUsedAt ? k.lastUsedAt.toISOString() : 'never';
        console.log(`${k.id}\t${k.role}\t${k.keyPrefix}…\t${state}\tlast used ${used}\t${k.name}`);
      }
    } else {
      const k = await revokeApiKey(ctx, flags.id);
      console.log(`revoked API key ${k.id} "${k.name}"`);
    }
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
});
