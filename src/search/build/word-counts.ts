/**
 * The words of the corpus for the pinyin lexicon (corpus-words.ts `countWords`), counted page by
 * page and, with a cache folder, kept per page: splitting every page's text into words
 * (`Intl.Segmenter`) was most of `postbuild-search.ts` at 5000 reports, and a rebuild after one
 * changed report changes one or a few pages. A page's counts are stored under a hash of its
 * Pagefind fragment file, of the counting code and of the ICU version (whose word breaks they
 * are); entries no page used are removed. The counts are the same as counting all pages at once,
 * in the same order (each page's text is split on its own either way).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, fragmentFiles, fragmentText } from './corpus-words.ts';

const countingCode = createHash('sha256')
  .update(readFileSync(new URL('./corpus-words.ts', import.meta.url)))
  .update(readFileSync(new URL('./word-counts.ts', import.meta.url)))
  .update(`\0icu ${process.versions.icu ?? '?'}\0`)
  .digest();

export interface CorpusWordCounts {
  words: Map<string, number>;
  /** Pages whose counts were read from the cache. */
  reused: number;
  pages: number;
}

/** The words of every page of the Pagefind indexes `pagefindDirs` (their `fragment/`), with their occurrences; `cacheDir` keeps each page's counts. */
export function countCorpusWords(pagefindDirs: readonly string[], cacheDir?: string): CorpusWordCounts {
  const files = fragmentFiles(pagefindDirs);
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const used = new Set<string>();
  const words = new Map<string, number>();
  let reused = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    let counts: Array<[string, number]> | undefined;
    let cached: string | undefined;
    if (cacheDir) {
      cached = `${createHash('sha256').update(countingCode).update(bytes).digest('hex')}.json`;
      used.add(cached);
      try {
        counts = JSON.parse(readFileSync(join(cacheDir, cached), 'utf8')) as Array<[string, number]>;
        reused++;
      } catch {
        counts = undefined;
      }
    }
    if (!counts) {
      counts = [...countWords([fragmentText(bytes, file)])];
      if (cacheDir && cached) {
        writeFileSync(join(cacheDir, `${cached}.tmp`), JSON.stringify(counts));
        renameSync(join(cacheDir, `${cached}.tmp`), join(cacheDir, cached));
      }
    }
    for (const [word, count] of counts) words.set(word, (words.get(word) ?? 0) + count);
  }
  if (cacheDir) for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name), { force: true });
  return { words, reused, pages: files.length };
}
