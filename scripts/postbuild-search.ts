/**
 * After `astro build` and scripts/pagefind-index.ts: the search's classic scripts, the site's one
 * search index `dist/search-assets/index/` and the pinyin lexicon, then `dist/pagefind/` removed
 * (src/search/build/search-assets.ts).
 *
 *   npx tsx scripts/postbuild-search.ts [dist] [--word-cache DIR] [--index-root DIR]
 *
 * --word-cache keeps each page's word counts between builds (src/search/build/word-counts.ts):
 * a rebuild splits only the changed pages' text into words. --index-root reads the Pagefind
 * indexes from DIR instead of `dist/pagefind`. `npm run build` in shards passes both.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchAssets } from '../src/search/build/search-assets.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'word-cache': { type: 'string' }, 'index-root': { type: 'string' } } });
try {
  const dist = resolve(positionals[0] ?? 'dist');
  const wordCache = values['word-cache'] === undefined ? undefined : resolve(values['word-cache']);
  const lines = await writeSearchAssets(dist, wordCache, values['index-root'] === undefined ? undefined : resolve(values['index-root']));
  for (const line of lines) console.log(line);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
