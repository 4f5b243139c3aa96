import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from '../schema/index.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/** `--check` fails when schema.graphql no longer matches the code (CI's drift check). */
async function main() {
  const printed = `${printSchema(schema)}\n`;
  if (process.argv.includes('--check')) {
    const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (current !== printed) {
      console.error('schema.graphql is out of date: run `npm run schema:print` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql matches the code.');
    return;
  }
  await writeFile(SCHEMA_FILE, printed);
  console.log(`wrote ${SCHEMA_FILE}`);
}

await main();
