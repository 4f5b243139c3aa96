import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../src/db/data-dir-lock.js';

/** The commands as a user runs them, each on its own embedded data directory. */
function run(script: string, args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, WISMO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'wismo-cli-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('command-line tools', () => {
  it('create, list and revoke API keys on a migrated database', () => {
    const created = run('apikey', ['create', '--role', 'editor', '--name', 'cli-test'], dataDir);
    expect(created.status, created.stderr).toBe(0);
    const key = created.stdout.trim().split('\n').at(-1);
    expect(key).toMatch(/^wismo_/);
    const id = created.stdout.match(/created API key (\d+)/)?.[1];
    const listed = run('apikey', ['list'], dataDir);
    expect(listed.stdout).toMatch(
      new RegExp(`^${id}\\teditor\\t.*\\tactive\\t.*\\tcli-test$`, 'm'),
    );
    expect(run('apikey', ['revoke', '--id', String(id)], dataDir).stdout).toBe(
      `revoked API key ${id} "cli-test"\n`,
    );
    const missing = run('apikey', ['revoke', '--id', '999'], dataDir);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('There is no API key with id 999.');
    // Four processes, each starting tsx and opening an embedded database: as long as `run` allows.
  }, 240_000);

  it('say in one line that a running server holds the embedded database', async () => {
    // This test process plays the server: it holds the data directory's lock.
    const held = await mkdtemp(join(tmpdir(), 'wismo-cli-held-'));
    const release = await acquireDataDirLock(held);
    try {
      for (const [script, args] of [
        ['apikey', ['list']],
        ['migrate', []],
      ] as const) {
        const result = run(script, [...args], held);
        expect(result.status, script).toBe(2);
        expect(result.stderr.trim().split('\n'), script).toEqual([
          expect.stringMatching(/is in use by another wismo process \(pid \d+\)/),
        ]);
      }
    } finally {
      await release();
      await rm(held, { recursive: true, force: true });
    }
  }, 240_000);
});
