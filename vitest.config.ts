import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM; plugins loaded by Node get the CJS one, so the tests must too,
    // or two copies of the type classes meet ("Cannot use GraphQLScalarType from another realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Each file gets its own database: a copy of one PGlite migrated and seeded once by the global
    // setup, or a scratch PostgreSQL database.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
