/**
 * After `astro build` and `pagefind --site dist`: writes the search's classic scripts, the offline
 * copy of the Pagefind index and the pinyin lexicon into dist/search-assets/ (see docs/search.md).
 *
 *   npx tsx scripts/postbuild-search.ts [dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleSearchClient } from '../src/search/build/bundle.ts';
import { writeOfflineIndex } from '../src/search/build/offline-index.ts';
import { countPhrase, countWords, readIndexTexts } from '../src/search/build/corpus-words.ts';
import { buildPinyinLexicon, writePinyinLexicon } from '../src/search/build/pinyin-lexicon.ts';
import { placesGlobal, type LexiconEntry } from '../src/search/core/lexicon.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const pagefindJs = `${dist}/pagefind/pagefind.js`;
if (!existsSync(pagefindJs)) {
  console.error(`postbuild-search: ${pagefindJs} is missing; run \`pagefind --site ${dist}\` first.`);
  process.exit(1);
}
const out = `${dist}/search-assets`;
const index = await writeOfflineIndex(`${dist}/pagefind`, `${out}/index`);
const bundles = await bundleSearchClient(pagefindJs, out);
const texts = readIndexTexts(`${dist}/pagefind`);
const lexicon = buildPinyinLexicon(countWords(texts), knownTerms(), (term) => countPhrase(texts, term));
const pinyin = await writePinyinLexicon(lexicon, `${out}/pinyin`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const { file, bytes } of bundles) console.log(`postbuild-search: ${file.slice(dist.length + 1)} ${kb(bytes)}`);
console.log(`postbuild-search: search-assets/index/ ${index.files} files, ${kb(index.bytes)} (offline copy of pagefind/)`);
console.log(
  `postbuild-search: search-assets/pinyin/ ${pinyin.keys} spellings, ${pinyin.words} words, ${kb(pinyin.bytes)} (largest shard ${kb(pinyin.largest)})`,
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
