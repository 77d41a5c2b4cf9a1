/**
 * After `astro build` and `pagefind --site dist`: writes the search's classic scripts and the
 * offline copy of the Pagefind index into dist/search-assets/ (see docs/search.md).
 *
 *   npx tsx scripts/postbuild-search.ts [dist]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleSearchClient } from '../src/search/build/bundle.ts';
import { writeOfflineIndex } from '../src/search/build/offline-index.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const pagefindJs = `${dist}/pagefind/pagefind.js`;
if (!existsSync(pagefindJs)) {
  console.error(`postbuild-search: ${pagefindJs} is missing; run \`pagefind --site ${dist}\` first.`);
  process.exit(1);
}
const out = `${dist}/search-assets`;
const index = await writeOfflineIndex(`${dist}/pagefind`, `${out}/index`);
const bundles = await bundleSearchClient(pagefindJs, out);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const { file, bytes } of bundles) console.log(`postbuild-search: ${file.slice(dist.length + 1)} ${kb(bytes)}`);
console.log(`postbuild-search: search-assets/index/ ${index.files} files, ${kb(index.bytes)} (offline copy of pagefind/)`);
