import { writeFile } from 'node:fs/promises';
import { buildPages } from '../plugins/page-bundles.js';
import { persistedManifest } from '../plugins/page-manifest.js';

const USAGE = `Usage:
  npm run pages:manifest [-- --out FILE]   the pages' operations as a WISMO_PERSISTED_OPERATIONS manifest
  npm run pages:size                       bytes of each bundled asset, raw and gzipped`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'manifest') {
    const outIndex = rest.indexOf('--out');
    const out = outIndex >= 0 ? rest[outIndex + 1] : 'persisted-operations.json';
    if (!out) throw new Error('--out needs a file name');
    const manifest = persistedManifest();
    await writeFile(out, `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`wrote ${Object.keys(manifest).length} operations to ${out}`);
    console.log(`start with WISMO_PERSISTED_OPERATIONS=${out} to allow exactly these`);
    return;
  }
  if (command === 'size') {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    for (const [name, asset] of await buildPages()) {
      console.log(
        `${name.padEnd(16)} ${kb(asset.body.length).padStart(9)}  gzip ${kb(asset.gzip.length)}`,
      );
    }
    return;
  }
  console.error(USAGE);
  process.exit(2);
}

await main();
