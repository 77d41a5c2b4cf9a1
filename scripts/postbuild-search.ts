/**
 * After `astro build` and scripts/pagefind-index.ts: writes the search's classic scripts, the
 * site's one search index, `dist/search-assets/index/` (Pagefind's files as classic scripts, read
 * the same way over http and from disk), and the pinyin lexicon `dist/search-assets/pinyin/` (from
 * the indexed text, docs/search.md "Pinyin"), then removes Pagefind's own folder `dist/pagefind/`, which
 * nothing reads any more: the index is shipped once (docs/search.md, "One index").
 *
 *   npx tsx scripts/postbuild-search.ts [dist] [--word-cache DIR]
 *
 * --word-cache keeps each page's word counts between builds (src/search/build/word-counts.ts):
 * a rebuild splits only the changed pages' text into words. `npm run build` in shards passes it.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSearchClient } from '../src/search/build/bundle.ts';
import { writeOfflineIndex } from '../src/search/build/offline-index.ts';
import { countPhrases, indexTexts } from '../src/search/build/corpus-words.ts';
import { countCorpusWords } from '../src/search/build/word-counts.ts';
import { buildPinyinLexicon, writePinyinLexicon } from '../src/search/build/pinyin-lexicon.ts';
import { placesGlobal, type LexiconEntry } from '../src/search/core/lexicon.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'word-cache': { type: 'string' } } });
const dist = resolve(positionals[0] ?? 'dist');
const wordCache = values['word-cache'] === undefined ? undefined : resolve(values['word-cache']);
const pagefindJs = `${dist}/pagefind/pagefind.js`;
if (!existsSync(pagefindJs)) {
  console.error(`postbuild-search: ${pagefindJs} is missing; run \`tsx scripts/pagefind-index.ts ${dist}\` first (this step removes it once converted).`);
  process.exit(1);
}
const out = `${dist}/search-assets`;
const index = await writeOfflineIndex(`${dist}/pagefind`, `${out}/index`);
const bundles = await bundleSearchClient(pagefindJs, out);
// The pinyin lexicon reads the indexed text from Pagefind's fragments, before pagefind/ goes, one
// page at a time: once for the words (each page's counts kept with --word-cache), once more for
// the known terms that need counting.
const words = countCorpusWords(`${dist}/pagefind`, wordCache);
const texts = indexTexts(`${dist}/pagefind`);
const lexicon = buildPinyinLexicon(words.words, knownTerms(), (terms) => countPhrases(texts, terms));
const pinyin = await writePinyinLexicon(lexicon, `${out}/pinyin`);
rmSync(`${dist}/pagefind`, { recursive: true, force: true });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const { file, bytes } of bundles) console.log(`postbuild-search: ${file.slice(dist.length + 1)} ${kb(bytes)}`);
console.log(`postbuild-search: search-assets/index/ ${index.files} files (${index.written} written, the rest unchanged), ${kb(index.bytes)} (the one search index; pagefind/ removed)`);
console.log(
  `postbuild-search: search-assets/pinyin/ ${pinyin.keys} spellings, ${pinyin.words} words, ${kb(pinyin.bytes)} (largest shard ${kb(pinyin.largest)}; ${wordCache ? `words of ${words.reused} of ${words.pages} pages from ${wordCache}` : 'no word cache'})`,
);

/** The Chinese terms the site knows: the search's lexicons (indicators and glossary in search.html, places in search-places.js). */
function knownTerms(): string[] {
  const html = readFileSync(`${dist}/search.html`, 'utf8');
  const inline = /<script[^>]*data-search-lexicon[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (inline === undefined) throw new Error(`postbuild-search: ${dist}/search.html has no data-search-lexicon script`);
  const script = readFileSync(`${dist}/search-places.js`, 'utf8');
  const places = new RegExp(`^window\\.${placesGlobal}=(.*);\\s*$`, 's').exec(script)?.[1];
  if (places === undefined) throw new Error(`postbuild-search: ${dist}/search-places.js does not set window.${placesGlobal}`);
  return [...(JSON.parse(inline) as LexiconEntry[]), ...(JSON.parse(places) as LexiconEntry[])].flatMap((entry) => entry.zh);
}
