/**
 * After `astro build` and scripts/pagefind-index.ts: writes the search's classic scripts, the
 * site's one search index, `<dist>/search-assets/index/` (Pagefind's files as classic scripts, read
 * the same way over http and from disk), and the pinyin lexicon `<dist>/search-assets/pinyin/`
 * (from the indexed text, docs/search.md "Pinyin"), then removes Pagefind's own folder
 * `<dist>/pagefind/`, which nothing reads any more: the index is shipped once (docs/search.md,
 * "One index"). scripts/postbuild-search.ts runs it; scripts/build.ts calls it after a merge.
 *
 * `wordCache` keeps each page's word counts between builds (word-counts.ts): a rebuild splits
 * only the changed pages' text into words.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { placesGlobal, type LexiconEntry } from '../core/lexicon.ts';
import { bundleSearchClient } from './bundle.ts';
import { countPhrases, indexTexts } from './corpus-words.ts';
import { writeOfflineIndex } from './offline-index.ts';
import { buildPinyinLexicon, writePinyinLexicon } from './pinyin-lexicon.ts';
import { countCorpusWords } from './word-counts.ts';

/** Writes the search assets of the site in `dist`; returns the lines scripts/postbuild-search.ts prints. */
export async function writeSearchAssets(dist: string, wordCache?: string): Promise<string[]> {
  const pagefindJs = `${dist}/pagefind/pagefind.js`;
  if (!existsSync(pagefindJs)) {
    throw new Error(`postbuild-search: ${pagefindJs} is missing; run \`tsx scripts/pagefind-index.ts ${dist}\` first (this step removes it once converted).`);
  }
  const out = `${dist}/search-assets`;
  const index = await writeOfflineIndex(`${dist}/pagefind`, `${out}/index`);
  const bundles = await bundleSearchClient(pagefindJs, out);
  // The pinyin lexicon reads the indexed text from Pagefind's fragments, before pagefind/ goes, one
  // page at a time: once for the words (each page's counts kept with wordCache), once more for
  // the known terms that need counting.
  const words = countCorpusWords(`${dist}/pagefind`, wordCache);
  const texts = indexTexts(`${dist}/pagefind`);
  const lexicon = buildPinyinLexicon(words.words, knownTerms(dist), (terms) => countPhrases(texts, terms));
  const pinyin = await writePinyinLexicon(lexicon, `${out}/pinyin`);
  rmSync(`${dist}/pagefind`, { recursive: true, force: true });
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    ...bundles.map(({ file, bytes }) => `postbuild-search: ${file.slice(dist.length + 1)} ${kb(bytes)}`),
    `postbuild-search: search-assets/index/ ${index.files} files (${index.written} written, the rest unchanged), ${kb(index.bytes)} (the one search index; pagefind/ removed)`,
    `postbuild-search: search-assets/pinyin/ ${pinyin.keys} spellings, ${pinyin.words} words, ${kb(pinyin.bytes)} (largest shard ${kb(pinyin.largest)}; ${wordCache ? `words of ${words.reused} of ${words.pages} pages from ${wordCache}` : 'no word cache'})`,
  ];
}

/** The Chinese terms the site knows: the search's lexicons (indicators and glossary in search.html, places in search-places.js). */
function knownTerms(dist: string): string[] {
  const html = readFileSync(`${dist}/search.html`, 'utf8');
  const inline = /<script[^>]*data-search-lexicon[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (inline === undefined) throw new Error(`postbuild-search: ${dist}/search.html has no data-search-lexicon script`);
  const script = readFileSync(`${dist}/search-places.js`, 'utf8');
  const places = new RegExp(`^window\\.${placesGlobal}=(.*);\\s*$`, 's').exec(script)?.[1];
  if (places === undefined) throw new Error(`postbuild-search: ${dist}/search-places.js does not set window.${placesGlobal}`);
  return [...(JSON.parse(inline) as LexiconEntry[]), ...(JSON.parse(places) as LexiconEntry[])].flatMap((entry) => entry.zh);
}
