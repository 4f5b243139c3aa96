import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

const resolve = {
  // graphql 16 ships CJS and ESM; plugins loaded by Node get the CJS one, so the tests must too,
  // or two copies of the type classes meet ("Cannot use GraphQLScalarType from another realm").
  alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
};

// The hand-written normalizer probes: pure reads of the content rules, no database. Isolating
// each of the ~80 files rebuilt the rule set and alias index per file (two thirds of their time);
// sharing a worker's modules builds it once per worker.
const probes = 'test/status-rules-*.test.ts';

export default defineConfig({
  resolve,
  test: {
    // Vitest runs at most (cores - 1) files at once: one at a time on a 2-core machine, where the
    // whole PostgreSQL pass took 530 s; two at a time it took 340 s. Every file has its own
    // database, ephemeral ports and Redis prefix, so files can run side by side.
    maxWorkers: 2,
    projects: [
      {
        resolve,
        test: {
          name: 'probes',
          include: [probes],
          isolate: false,
          pool: 'forks',
          // A few probe files read the whole training split (robustness, wrapped wordings):
          // seconds alone, more on a loaded machine, which the 5 s default did not allow.
          testTimeout: 60_000,
        },
      },
      {
        resolve,
        test: {
          name: 'app',
          include: ['test/**/*.test.ts'],
          exclude: [probes],
          // Each file gets its own database: a copy of one PGlite migrated and seeded once by the
          // global setup, or a scratch PostgreSQL database.
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // expect.poll waits on a browser or a background worker; its 1 s default failed a page
          // test on a loaded CI machine (the answer came, just later), so it waits like a test.
          expect: { poll: { timeout: 15_000 } },
          pool: 'forks',
        },
      },
    ],
  },
});
