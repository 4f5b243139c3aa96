// `npm start`: runs wismo from a compiled bundle instead of transforming TypeScript at every
// start (tsx spent ~1.5 s of a 3.4 s restart on it). The bundle is rebuilt with esbuild only
// when a source file, the lockfile or the Node version changed, and is cached under
// node_modules/.cache/wismo, so `npm install && npm start` stays the whole set-up.
// `node src/cli/start.mjs --prepare` (postinstall) builds the bundle and the PGlite template
// ahead of the first start. Plain JavaScript on purpose: it must run before anything is compiled.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const CACHE = join(ROOT, 'node_modules', '.cache', 'wismo');
const EXTERNAL = [
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  'pino',
  'pg-native',
  'esbuild',
  'ioredis',
  '@graphql-yoga/render-graphiql',
  '@envelop/response-cache-redis',
  // Loaded only when tracing is configured; CommonJS, whose named exports Node's own loader
  // finds but a bundled dynamic import would not.
  '@opentelemetry/*',
];
// Bundled CommonJS calls require(); an ES module has none unless given one.
const BANNER =
  "import { createRequire as __wismoRequire } from 'node:module'; const require = __wismoRequire(import.meta.url);";
const DAY = 24 * 60 * 60 * 1000;
const ENTRIES = { main: 'src/main.ts', 'prepare-template': 'src/cli/prepare-template.ts' };

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Content hash of everything the bundle is made of (~5 ms for the whole tree). */
function fingerprint() {
  const hash = createHash('sha256');
  hash.update(`${process.version}\0${ROOT}\0`);
  for (const file of [...sourceFiles(SRC).sort(), join(ROOT, 'package-lock.json')]) {
    hash.update(relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Source files find content/ and migrations/ relative to `import.meta.url`; in one bundle that
 * would be the bundle's own location, so each file's URL is written in as a constant.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/**
 * Returns the directory of an up-to-date bundle, building it when the sources changed. Each
 * bundle lives in a directory named after its fingerprint and is never changed once in place,
 * so concurrent starts (parallel tests) never import half a bundle.
 */
async function ensureBundle() {
  const stamp = fingerprint();
  const outdir = join(CACHE, `bundle-${stamp.slice(0, 16)}`);
  if (existsSync(join(outdir, 'main.mjs'))) return outdir;
  const { build } = await import('esbuild');
  const staging = `${outdir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await build({
      entryPoints: Object.fromEntries(
        Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)]),
      ),
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node.split('.')[0]}`,
      // Dependencies are bundled too: resolving and reading ~900 files cost more than compiling
      // them. Those that find files next to themselves (PGlite's wasm, pino's transports) or are
      // optional or loaded lazily stay in node_modules.
      external: EXTERNAL,
      banner: { js: BANNER },
      sourcemap: 'linked',
      sourcesContent: false,
      logLevel: 'warning',
      plugins: [keepModuleUrls],
    });
    try {
      renameSync(staging, outdir);
    } catch (error) {
      // Another start built the same bundle first.
      if (!existsSync(join(outdir, 'main.mjs'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  // Bundles of older sources: removed once nothing can still be loading chunks from them.
  for (const entry of readdirSync(CACHE)) {
    const path = join(CACHE, entry);
    if (
      entry.startsWith('bundle-') &&
      path !== outdir &&
      Date.now() - statSync(path).mtimeMs > DAY
    ) {
      rmSync(path, { recursive: true, force: true });
    }
  }
  return outdir;
}

if (process.argv.includes('--prepare')) {
  // postinstall: a failure here must not fail `npm install`; `npm start` builds what is missing.
  try {
    await import(pathToFileURL(join(await ensureBundle(), 'prepare-template.mjs')).href);
  } catch (error) {
    process.stderr.write(`wismo: start-up cache not prepared: ${error?.message ?? error}\n`);
  }
} else {
  const bundle = await ensureBundle();
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(join(bundle, 'main.mjs')).href);
}
