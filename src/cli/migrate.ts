import { withDatabase } from './database.js';

/** `npm run db:migrate`: the migrations the server applies at startup, on their own. */
await withDatabase(async (database) => {
  console.log(`migrations applied (${database.kind})`);
});
