import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another wismo process (pid ${pid}). ` +
        'PGlite lets only one process open a data directory: stop that server first, ' +
        'use its API (an admin key from WISMO_ADMIN_KEY can mint keys with createApiKey), ' +
        'or point DATABASE_URL at PostgreSQL, which any number of processes can share.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite corrupts a data directory that two processes write at once, and does not guard
 * against it itself; a pid file refuses the second opener and survives a crashed first one.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const lockPath = join(dir, '.wismo.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await unlink(lockPath).catch(() => {});
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
        throw new DataDirInUseError(dataDir, pid);
      }
      // The previous owner died without cleaning up: the lock is stale.
      await unlink(lockPath).catch(() => {});
    }
  }
  throw new Error(`Could not lock the data directory ${dataDir}`);
}
