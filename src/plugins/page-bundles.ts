import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** A built asset, kept in memory with its gzip form (most browsers take that). */
export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  contentType: string;
}

export type PageName = 'help' | 'analytics';
export const PAGE_NAMES: readonly PageName[] = ['help', 'analytics'];

/**
 * The page sources: src/pages next to this file under tsx, or the checked-out src/pages
 * when running the compiled dist/ (tsc does not copy browser code; esbuild bundles it).
 */
export function pagesSourceDir(): string {
  for (const rel of ['../pages/', '../../src/pages/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}help.ts`)) return dir;
  }
  throw new Error('src/pages not found: the pages are bundled from their sources');
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * Bundles every page with esbuild: chart.js, gql.tada and the client code end up in the files
 * the server serves, so the pages work offline and nothing comes from a CDN. Built once, on
 * first use, so `npm start` needs no build step and processes that never serve a page pay
 * nothing.
 */
export async function buildPages(): Promise<Map<string, Asset>> {
  // Imported here: esbuild is only needed by processes that serve a page.
  const esbuild = await import('esbuild');
  const dir = pagesSourceDir();
  const result = await esbuild.build({
    entryPoints: [...PAGE_NAMES.map((p) => `${dir}${p}.ts`), `${dir}pages.css`],
    bundle: true,
    format: 'esm',
    minify: true,
    target: ['es2020'],
    outdir: '/pages',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const assets = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const ext = name.slice(name.lastIndexOf('.') + 1);
    assets.set(name, {
      body: new Uint8Array(file.contents),
      gzip: new Uint8Array(gzipSync(file.contents, { level: 9 })),
      contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
    });
  }
  return assets;
}
