import type { Db } from '../db/client.js';
import { ANONYMOUS, type Identity } from './roles.js';

/** Who is calling; only anonymous access exists until API keys land. */
export async function resolveIdentity(_db: Db, _authorization: string | null): Promise<Identity> {
  return ANONYMOUS;
}
