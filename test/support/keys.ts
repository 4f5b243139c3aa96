import type { Role } from '../../src/auth/roles.js';
import { createApiKey } from '../../src/resolvers/api-keys.js';
import type { TestApp } from './test-app.js';

/** Mints a key straight in the database and returns the header that uses it. */
export async function authHeader(t: TestApp, role: Role): Promise<Record<string, string>> {
  const { key } = await createApiKey({ db: t.database.db }, { role, name: `test-${role}` });
  return { authorization: `Bearer ${key}` };
}
