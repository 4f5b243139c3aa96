// `npm start`: runs wismo from a compiled bundle instead of transforming TypeScript at every
// start (tsx spent ~1.5 s of a 3.4 s restart on it). The bundle is rebuilt with esbuild only
// when a source file, the lockfile or the Node version changed, and is cached under
// node_modules/.cache/wismo, so `npm install && npm start` stays the whole set-up.
// The bundle is one CommonJS file run through vm.Script with V8's code cache beside it: Node 20
// keeps no compiled code between runs of an ES module, and compiling the 4 MB bundle again
// cost ~0.2 s of every start. `node src/cli/start.mjs --prepare` (postinstall) builds the
// bundle, the PGlite template and a first code cache ahead of the first start.
// Plain JavaScript on purpose: it must run before anything is compiled.
// `npm start` runs it with --v8-pool-size=1: while PostgreSQL starts, V8 optimises its hot
// WebAssembly functions on every worker it has (4 by default), and on a 2-core machine those
// workers took most of a core from the main thread, which does the start-up itself (first answer
// after ~1.2 s instead of ~1.65 s, run directly with node). One worker still does that work, beside it.
import { createHash } from 'node:crypto';
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const CACHE = join(ROOT, 'node_modules', '.cache', 'wismo');
const EXTERNAL = [
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  'pg-native',
  'esbuild',
  'ioredis',
  '@graphql-yoga/render-graphiql',
  '@envelop/response-cache-redis',
  // Loaded only when tracing is configured; CommonJS, whose named exports Node's own loader
  // finds but a bundled dynamic import would not.
  '@opentelemetry/*',
];
const DAY = 24 * 60 * 60 * 1000;
const ENTRY = 'src/main.ts';
/** Written by a start once it is warm; `prepare` writes a smaller one that holds less code. */
const FULL_CACHE = 'main.cjs.v8-cache';
const PREPARE_CACHE = 'main.cjs.prepare.v8-cache';
/** Soon after listening, so the whole start-up path is in it, but not in the first requests. */
const CACHE_AFTER_MS = 1_000;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * What the bundle is made of, by path, size and modification time: reading the ~400 files to
 * hash their contents cost ~80 ms of every start, and any edit, checkout or `npm install` that
 * changes a file also changes its size or mtime (as for make and tsc's incremental builds).
 */
function fingerprint() {
  const hash = createHash('sha256');
  hash.update(`${process.version}\0${ROOT}\0`);
  for (const file of [...sourceFiles(SRC).sort(), join(ROOT, 'package-lock.json')]) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(ROOT, file)}\0${size}\0${mtimeMs}\0`);
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
 * prom-client requires @opentelemetry/api when it loads, for exemplars wismo never turns on;
 * Node's loader reading its ~50 files cost ~25 ms of every start. prom-client's `require` gets
 * a stand-in that loads the real module on first use. Tracing (src/tracing.ts) imports the real
 * one itself, so there is still one copy of the API and its global state.
 */
const lazyOtelApiForPromClient = {
  name: 'lazy-otel-api-for-prom-client',
  setup(build) {
    build.onResolve({ filter: /^@opentelemetry\/api$/ }, (args) =>
      args.importer.includes(join('node_modules', 'prom-client', ''))
        ? { path: 'lazy-otel-api', namespace: 'wismo' }
        : undefined,
    );
    build.onLoad({ filter: /^lazy-otel-api$/, namespace: 'wismo' }, () => ({
      contents:
        "let api; module.exports = new Proxy({}, { get: (_, key) => (api ??= require('@opentelemetry/api'))[key] });",
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

/**
 * graphql ships CommonJS (`main`) and ES modules (`module`) side by side. Bundled as CommonJS,
 * every ES module importing it got its own copy of graphql's 216 exports as getters that call
 * graphql's own getters (esbuild's __toESM: 30-75 ms of a start, and two calls per graphql
 * function used); some packages also require `graphql/…/x.js` by file. Every import of graphql
 * resolves to its ES module build instead, so there is one copy and plain bindings.
 */
const graphqlAsEsm = {
  name: 'graphql-as-esm',
  setup(build) {
    const root = dirname(createRequire(join(ROOT, 'package.json')).resolve('graphql/package.json'));
    build.onResolve({ filter: /^graphql(\/.*)?$/ }, (args) => {
      const sub = args.path
        .slice('graphql'.length)
        .replace(/^\//, '')
        .replace(/\.m?js$/, '');
      const candidates = sub ? [`${sub}.mjs`, `${sub}/index.mjs`] : ['index.mjs'];
      const found = candidates.map((c) => join(root, c)).find((path) => existsSync(path));
      return found ? { path: found } : undefined;
    });
  },
};

/**
 * @whatwg-node/server asks whether its Request is the global one (to pick an AbortController)
 * by reading `globalThis.Request`, and that first read makes Node load undici, its fetch
 * implementation, synchronously: 20-90 ms of every start, for nothing (nothing else at start or
 * in the first request touches a global fetch API). The same question is asked of the class's
 * name instead (on Node it is @whatwg-node/node-fetch's PonyfillRequest); a newer version that
 * no longer reads it that way is left as it is (a slower start, never a wrong one).
 */
const noUndiciAtStart = {
  name: 'no-undici-at-start',
  setup(build) {
    build.onLoad(
      { filter: /@whatwg-node[\\/]server[\\/]esm[\\/]createServerAdapter\.js$/ },
      (args) => {
        const source = readFileSync(args.path, 'utf8');
        const check = 'fetchAPI.Request !== globalThis.Request';
        return {
          contents: source.replace(check, "fetchAPI.Request.name !== 'Request'"),
          loader: 'js',
        };
      },
    );
  },
};

/**
 * zod exports every locale it ships (`z.locales`, ~400 kB, a twelfth of the bundle) and
 * configures English itself; wismo's messages are English and it never picks another, so
 * only English is bundled: less code to compile and to deserialise from the code cache.
 */
const englishOnlyZodLocales = {
  name: 'english-only-zod-locales',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(join('node_modules', 'zod', ''))
        ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-en' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-en' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
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
  if (existsSync(join(outdir, 'main.cjs'))) return outdir;
  const { build } = await import('esbuild');
  const staging = `${outdir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await build({
      entryPoints: [join(ROOT, ENTRY)],
      outfile: join(staging, 'main.cjs'),
      bundle: true,
      format: 'cjs',
      // import() of a package left outside becomes a lazy require(): a script compiled with a
      // code cache loses its dynamic-import callback in Node 20, and every external package
      // ships a CommonJS build.
      supported: { 'dynamic-import': false },
      platform: 'node',
      target: `node${process.versions.node.split('.')[0]}`,
      // Dependencies are bundled too: resolving and reading ~900 files cost more than compiling
      // them. Those that find files next to themselves (PGlite's wasm) or are optional or loaded
      // lazily stay in node_modules. pino is bundled (loading it from node_modules cost ~25 ms
      // of every start): only its transports, which wismo does not use, look for files of their own.
      external: EXTERNAL,
      sourcemap: 'linked',
      sourcesContent: false,
      logLevel: 'warning',
      plugins: [
        keepModuleUrls,
        lazyOtelApiForPromClient,
        englishOnlyZodLocales,
        noUndiciAtStart,
        graphqlAsEsm,
      ],
    });
    try {
      renameSync(staging, outdir);
    } catch (error) {
      // Another start built the same bundle first.
      if (!existsSync(join(outdir, 'main.cjs'))) throw error;
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

/** Replaces a file without a reader ever seeing half of it (parallel starts share a bundle). */
function writeAtomically(path, data) {
  const staging = `${path}.${process.pid}.tmp`;
  writeFileSync(staging, data);
  renameSync(staging, path);
}

/**
 * Runs the bundle as Node runs a CommonJS module, but compiled with the code cache when there
 * is one that V8 accepts; resolves what the bundle exports as `started` (main.ts).
 */
function runBundle(bundle, preparing) {
  const filename = join(bundle, 'main.cjs');
  const cacheFile = [FULL_CACHE, PREPARE_CACHE]
    .map((name) => join(bundle, name))
    .find((path) => existsSync(path));
  const cachedData = cacheFile ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(filename, 'utf8')), {
    filename,
    ...(cachedData ? { cachedData } : {}),
  });
  const usable = cachedData && !script.cachedDataRejected;
  const module = { exports: {}, filename, id: filename, loaded: false };
  script
    .runInThisContext()
    .call(
      module.exports,
      module.exports,
      createRequire(filename),
      module,
      filename,
      dirname(filename),
    );
  const writeCache = (name) => {
    try {
      writeAtomically(join(bundle, name), script.createCachedData());
    } catch {
      // Only a later start's speed depends on it.
    }
  };
  if (preparing)
    return Promise.resolve(module.exports.started).then(() => writeCache(PREPARE_CACHE));
  const { started } = module.exports;
  if (!usable || !cacheFile?.endsWith(FULL_CACHE)) {
    void Promise.resolve(started).then(() =>
      setTimeout(() => writeCache(FULL_CACHE), CACHE_AFTER_MS).unref(),
    );
  }
  return started;
}

const preparing = process.argv.includes('--prepare');
if (preparing) {
  // postinstall: a failure here must not fail `npm install`; `npm start` builds what is missing.
  try {
    await runBundle(await ensureBundle(), true);
  } catch (error) {
    process.stderr.write(`wismo: start-up cache not prepared: ${error?.message ?? error}\n`);
  }
} else if (process.env.WISMO_SOURCE_MAPS === '1') {
  // Stack traces in the sources' own lines, at the price of ~0.3 s of start-up reading the map.
  const bundle = await ensureBundle();
  process.setSourceMapsEnabled(true);
  createRequire(import.meta.url)(join(bundle, 'main.cjs'));
} else {
  runBundle(await ensureBundle(), false);
}
