import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      WISMO_DATA_DIR: './data',
      LOG_LEVEL: 'info',
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ WISMO_ADMIN_KEY: 'short' })).toThrow(
      /WISMO_ADMIN_KEY: must be at least 24 characters/,
    );
  });

  it('reads flags as true/false, 1/0, yes/no or on/off and refuses anything else', () => {
    // WISMO_TRUST_PROXY also takes a hop count or addresses: a flag word on means one proxy.
    expect(loadConfig({ WISMO_TRUST_PROXY: 'yes', WISMO_INTROSPECTION: 'off' })).toMatchObject({
      WISMO_TRUST_PROXY: 1,
      WISMO_INTROSPECTION: false,
    });
    expect(loadConfig({ WISMO_TRUST_PROXY: '1', WISMO_INTROSPECTION: 'FALSE' })).toMatchObject({
      WISMO_TRUST_PROXY: 1,
      WISMO_INTROSPECTION: false,
    });
    expect(() => loadConfig({ WISMO_RESPONSE_CACHE: 'maybe' })).toThrow(
      /^Invalid configuration: WISMO_RESPONSE_CACHE: /,
    );
  });

  it('makes the server exit 1 with one line naming the variable', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Invalid configuration: PORT: /),
    ]);
  });
});
