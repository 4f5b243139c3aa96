import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const Manifest = z.record(z.string().min(1), z.string().min(1));

/** The persisted-operations allow list: `{ "<sha256 of the query>": "<query>" }`. */
export async function loadPersistedOperations(
  path: string | undefined,
): Promise<Record<string, string> | null> {
  if (!path) return null;
  const parsed = Manifest.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: expected a JSON object of hash -> query`);
  return parsed.data;
}
