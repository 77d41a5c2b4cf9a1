/**
 * After `astro build` and scripts/pagefind-index.ts: the search's classic scripts, the site's one
 * search index `dist/search-assets/index/` and the pinyin lexicon, then `dist/pagefind/` removed
 * (src/search/build/search-assets.ts).
 *
 *   npx tsx scripts/postbuild-search.ts [dist] [--word-cache DIR]
 *
 * --word-cache keeps each page's word counts between builds (src/search/build/word-counts.ts):
 * a rebuild splits only the changed pages' text into words. `npm run build` in shards passes it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchAssets } from '../src/search/build/search-assets.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'word-cache': { type: 'string' } } });
try {
  const lines = await writeSearchAssets(resolve(positionals[0] ?? 'dist'), values['word-cache'] === undefined ? undefined : resolve(values['word-cache']));
  for (const line of lines) console.log(line);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
