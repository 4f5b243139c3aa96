import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageOperations, persistedManifest } from '../src/plugins/page-manifest.js';
import { schema } from '../src/schema/index.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const get = (app: TestApp, path: string, headers: Record<string, string> = {}) =>
  app.app.fetch(`http://wismo.test${path}`, { headers });

describe('/help', () => {
  it('serves the page with its labelled controls and a strict content security policy', async () => {
    const res = await get(t, '/help');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    for (const label of ['Search', 'Tracking number', 'Postal code', 'Language']) {
      expect(html).toMatch(new RegExp(`<label for="[a-z-]+">${label}</label>`));
    }
    expect(html).toContain('<script type="module" src="/pages/help.js"></script>');
    // Nothing is loaded from another origin.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('bundles the script and styles, gzipped for browsers that accept it', async () => {
    const plain = await get(t, '/pages/help.js');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const js = await plain.text();
    expect(js).toContain('HelpFaq');
    expect(js).not.toMatch(/\bimport\s*\(?["']https?:/);
    const gz = await get(t, '/pages/help.js', { 'accept-encoding': 'gzip, br' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const bytes = new Uint8Array(await gz.arrayBuffer());
    expect(gunzipSync(bytes).toString()).toBe(js);
    const css = await get(t, '/pages/pages.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain(':focus-visible');
    expect((await get(t, '/pages/nope.js')).status).toBe(404);
  });
});

describe('the pages’ operations', () => {
  it('are valid against the schema the server runs', () => {
    for (const op of Object.values(pageOperations()).flat()) {
      expect(validate(schema, parse(op.query)), op.name).toEqual([]);
    }
  });

  it('are the manifest `npm run pages:manifest` writes, and a persisted-only server runs them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wismo-pages-'));
    const file = join(dir, 'persisted.json');
    try {
      await promisify(execFile)('npx', ['tsx', 'src/cli/pages.ts', 'manifest', '--out', file]);
      const written = JSON.parse(await readFile(file, 'utf8'));
      expect(written).toEqual(persistedManifest());
      const strict = await createTestApp({ WISMO_PERSISTED_OPERATIONS: file });
      try {
        const html = await (await get(strict, '/help')).text();
        const config = JSON.parse(/id="wismo-config"[^>]*>([^<]+)</.exec(html)![1]!);
        expect(config.persisted).toBe(true);
        const faq = pageOperations().help.find((op) => op.name === 'HelpFaq')!;
        expect(config.hashes.HelpFaq).toBe(faq.sha256Hash);
        const res = await strict.app.fetch('http://wismo.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            variables: { locale: 'en' },
            extensions: { persistedQuery: { version: 1, sha256Hash: faq.sha256Hash } },
          }),
        });
        const body = await res.json();
        expect(body.errors).toBeUndefined();
        expect(body.data.faqQuestions.edges.length).toBeGreaterThan(0);
        const text = await strict.app.fetch('http://wismo.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: faq.query, variables: { locale: 'en' } }),
        });
        expect((await text.json()).data ?? null).toBeNull();
      } finally {
        await strict.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
