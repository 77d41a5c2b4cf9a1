/**
 * After `astro build` and scripts/pagefind-index.ts: writes the search's classic scripts, the
 * site's search index, `<dist>/search-assets/index/` (each of its Pagefind indexes, `<index>/`, as
 * classic scripts read the same way over http and from disk, and `indexes.js` naming them), and
 * the pinyin lexicon `<dist>/search-assets/pinyin/` (from the indexed text, docs/search.md
 * "Pinyin"), then removes Pagefind's own folder `<dist>/pagefind/`, which nothing reads any more:
 * the index is shipped once (docs/search.md, "One index, in parts"). scripts/postbuild-search.ts
 * runs it; scripts/build.ts calls it after a merge, with the indexes the merge keeps (`indexRoot`).
 *
 * `wordCache` keeps each page's word counts between builds (word-counts.ts): a rebuild splits
 * only the changed pages' text into words.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeIfChanged } from '../../build/write-if-changed.ts';
import { indexesGlobal } from '../core/indexes.ts';
import { placesGlobal, type LexiconEntry } from '../core/lexicon.ts';
import { bundleSearchClient } from './bundle.ts';
import { indexPartsUnder } from './merge-bundles.ts';
import { writeOfflineIndex } from './offline-index.ts';
import { buildPinyinLexicon, writePinyinLexicon } from './pinyin-lexicon.ts';
import { countCorpusWords } from './word-counts.ts';

/** The script naming the site's search indexes, in `search-assets/index/`. */
export const indexListScript = 'indexes.js';

/** Writes the search assets of the site in `dist`; returns the lines scripts/postbuild-search.ts prints. */
export async function writeSearchAssets(dist: string, wordCache?: string, indexRoot = `${dist}/pagefind`): Promise<string[]> {
  const indexes = indexPartsUnder(indexRoot);
  if (indexes.length === 0) {
    throw new Error(`postbuild-search: ${indexRoot} holds no search index; run \`tsx scripts/pagefind-index.ts ${dist}\` first (this step removes ${dist}/pagefind once converted).`);
  }
  const out = `${dist}/search-assets`;
  const totals = { files: 0, bytes: 0, written: 0 };
  for (const { index, dir } of indexes) {
    const written = await writeOfflineIndex(dir, `${out}/index/${index}`, index);
    totals.files += written.files;
    totals.bytes += written.bytes;
    totals.written += written.written;
  }
  // The folders of indexes the site no longer has go, and the files of the layout before indexes were split.
  const names = new Set(indexes.map((i) => i.index));
  mkdirSync(`${out}/index`, { recursive: true });
  for (const name of readdirSync(`${out}/index`)) if (!names.has(name) && name !== indexListScript) rmSync(`${out}/index/${name}`, { recursive: true, force: true });
  writeIfChanged(`${out}/index/${indexListScript}`, `window.${indexesGlobal}=${JSON.stringify([...names])};\n`);
  const bundles = await bundleSearchClient(join(indexes[0]!.dir, 'pagefind.js'), out);
  // The pinyin lexicon reads the indexed text from Pagefind's fragments, before pagefind/ goes, one
  // page at a time: once for the words, once more for the known terms that need counting (with
  // wordCache, each page's counts of both are kept, and only changed pages are read).
  const dirs = indexes.map((i) => i.dir);
  const words = countCorpusWords(dirs, wordCache);
  const lexicon = buildPinyinLexicon(words.words, knownTerms(dist), (terms) => words.countPhrases(terms));
  const pinyin = await writePinyinLexicon(lexicon, `${out}/pinyin`);
  rmSync(`${dist}/pagefind`, { recursive: true, force: true });
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    ...bundles.map(({ file, bytes }) => `postbuild-search: ${file.slice(dist.length + 1)} ${kb(bytes)}`),
    `postbuild-search: search-assets/index/ ${indexes.length} ${indexes.length === 1 ? 'index' : 'indexes'}, ${totals.files} files (${totals.written} written, the rest unchanged), ${kb(totals.bytes)} (the site's search index; pagefind/ removed)`,
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
