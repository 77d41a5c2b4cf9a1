/**
 * After `astro build` and scripts/pagefind-index.ts: writes the search's classic scripts and the
 * site's one search index, `dist/search-assets/index/` (Pagefind's files as classic scripts, read
 * the same way over http and from disk), then removes Pagefind's own folder `dist/pagefind/`, which
 * nothing reads any more: the index is shipped once (docs/search.md, "One index").
 *
 *   npx tsx scripts/postbuild-search.ts [dist]
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleSearchClient } from '../src/search/build/bundle.ts';
import { writeOfflineIndex } from '../src/search/build/offline-index.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const pagefindJs = `${dist}/pagefind/pagefind.js`;
if (!existsSync(pagefindJs)) {
  console.error(`postbuild-search: ${pagefindJs} is missing; run \`tsx scripts/pagefind-index.ts ${dist}\` first (this step removes it once converted).`);
  process.exit(1);
}
const out = `${dist}/search-assets`;
const index = await writeOfflineIndex(`${dist}/pagefind`, `${out}/index`);
const bundles = await bundleSearchClient(pagefindJs, out);
rmSync(`${dist}/pagefind`, { recursive: true, force: true });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const { file, bytes } of bundles) console.log(`postbuild-search: ${file.slice(dist.length + 1)} ${kb(bytes)}`);
console.log(`postbuild-search: search-assets/index/ ${index.files} files, ${kb(index.bytes)} (the one search index; pagefind/ removed)`);
