/**
 * The words of the corpus for the pinyin lexicon (corpus-words.ts `countWords`), counted page by
 * page and, with a cache folder, kept per page: splitting every page's text into words
 * (`Intl.Segmenter`) was most of `postbuild-search.ts` at 5000 reports, and a rebuild after one
 * changed report changes one or a few pages. A page's counts are stored under a hash of its
 * Pagefind fragment file, of the counting code and of the ICU version (whose word breaks they
 * are); entries no page used are removed. The counts are the same as counting all pages at once,
 * in the same order (each page's text is split on its own either way).
 *
 * The cache also keeps (`state.json`) each fragment file's stat with the entry it was counted
 * under, so that a fragment file not replaced since (a search index part not merged again) is
 * neither read nor hashed, each page's counts of the last list of phrases the lexicon asked
 * for (`countPhrases`), so that a rebuild reads the text of the changed pages only, and the
 * corpus's totals, so that a rebuild reads the entries of the changed pages only (their old
 * counts taken off, their new ones added). The totals are then the same, in another order:
 * the lexicon does not depend on it (pinyin-lexicon.ts sorts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countPhrases, countWords, fragmentFiles, fragmentText, indexTexts } from './corpus-words.ts';

const countingCode = createHash('sha256')
  .update(readFileSync(new URL('./corpus-words.ts', import.meta.url)))
  .update(readFileSync(new URL('./word-counts.ts', import.meta.url)))
  .update(`\0icu ${process.versions.icu ?? '?'}\0`)
  .digest();

/** The cache's record besides the per-page entries (its name is never an entry's: those end in `.json` after 64 hex digits). */
const stateFile = 'state.json';

interface CountsState {
  /** Fragment file → its [inode, size, mtime in ns] when counted, and its entry's name. */
  fragments: Record<string, [number, number, string, string]>;
  /** Every word's occurrences over the pages of `fragments`, by the counting code `code`. */
  totals?: { code: string; words: Array<[string, number]> };
  /** The last phrases counted (their digest), and each entry's non-zero counts of them. */
  phrases?: { digest: string; pages: Record<string, Array<[string, number]>> };
}

export interface CorpusWordCounts {
  /** Each word's occurrences: with a cache, in the order of the last totals, not of the pages. */
  words: Map<string, number>;
  /** Pages whose counts were read from the cache. */
  reused: number;
  pages: number;
  /** Occurrences of each of `phrases` in all the pages, as corpus-words.ts `countPhrases` over their texts (the cache's counts of unchanged pages when the phrases are the last ones). */
  countPhrases(phrases: readonly string[]): Map<string, number>;
}

const statOf = (file: string): [number, number, string] => {
  const s = statSync(file, { bigint: true });
  return [Number(s.ino), Number(s.size), String(s.mtimeNs)];
};

/** The words of every page of the Pagefind indexes `pagefindDirs` (their `fragment/`), with their occurrences; `cacheDir` keeps each page's counts. */
export function countCorpusWords(pagefindDirs: readonly string[], cacheDir?: string): CorpusWordCounts {
  const files = fragmentFiles(pagefindDirs);
  if (!cacheDir) {
    return { words: countWords(indexTexts(pagefindDirs)), reused: 0, pages: files.length, countPhrases: (phrases) => countPhrases(indexTexts(pagefindDirs), phrases) };
  }
  mkdirSync(cacheDir, { recursive: true });
  const previous = readState(cacheDir);
  const state: CountsState = { fragments: {}, ...(previous.phrases ? { phrases: previous.phrases } : {}) };
  const code = countingCode.toString('hex');
  const used = new Set<string>([stateFile]);
  let reused = 0;
  /** Pages whose entry is not the one the last totals counted: [the last one, if any; this one]. */
  const replaced: Array<[string | undefined, string]> = [];
  for (const file of files) {
    const stat = statOf(file);
    const known = previous.fragments[file];
    // A fragment file not replaced since it was counted: its entry's name without reading it.
    let entry = known && known.slice(0, 3).every((value, i) => value === stat[i]) && existsSync(join(cacheDir, known[3])) ? known[3] : undefined;
    if (entry) reused++;
    else {
      const bytes = readFileSync(file);
      entry = `${createHash('sha256').update(countingCode).update(bytes).digest('hex')}.json`;
      if (readEntry(cacheDir, entry)) reused++;
      else {
        // Written, not kept: every page's counts held until the totals were summed took more than
        // 1.5 GB of heap at 14,940 pages, cold. The totals read them back from the cache.
        const counts = [...countWords([fragmentText(bytes, file)])];
        writeFileSync(join(cacheDir, `${entry}.tmp`), JSON.stringify(counts));
        renameSync(join(cacheDir, `${entry}.tmp`), join(cacheDir, entry));
      }
    }
    if (known?.[3] !== entry) replaced.push([known?.[3], entry]);
    used.add(entry);
    state.fragments[file] = [...stat, entry];
  }
  for (const [file, known] of Object.entries(previous.fragments)) if (!state.fragments[file]) replaced.push([known[3], '']);
  const countsOf = (entry: string) => readEntry(cacheDir, entry);
  const words = (previous.totals?.code === code && updateTotals(new Map(previous.totals.words), replaced, countsOf)) || sumEntries(files.map((file) => state.fragments[file]![3]), countsOf);
  for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name), { force: true });
  state.totals = { code, words: [...words] };
  writeState(cacheDir, state);

  const cachedPhrases = (phrases: readonly string[]): Map<string, number> => {
    const digest = createHash('sha256').update(countingCode).update(JSON.stringify(phrases)).digest('hex');
    const last = state.phrases?.digest === digest ? state.phrases.pages : {};
    const pages: Record<string, Array<[string, number]>> = {};
    const totals = new Map<string, number>(phrases.map((phrase) => [phrase, 0]));
    for (const file of files) {
      const entry = state.fragments[file]![3];
      // Only the non-zero counts, in the phrases' order: countPhrases of one text.
      pages[entry] = last[entry] ?? [...countPhrases([fragmentText(readFileSync(file), file)], phrases)].filter(([, n]) => n > 0);
      for (const [phrase, n] of pages[entry]!) totals.set(phrase, totals.get(phrase)! + n);
    }
    state.phrases = { digest, pages };
    writeState(cacheDir, state);
    return totals;
  };
  return { words, reused, pages: files.length, countPhrases: cachedPhrases };
}

type Counts = (entry: string) => Array<[string, number]> | undefined;

/** The last totals with each replaced page's old counts taken off and its new ones added; undefined if an entry is unreadable. */
function updateTotals(totals: Map<string, number>, replaced: ReadonlyArray<[string | undefined, string]>, countsOf: Counts): Map<string, number> | undefined {
  for (const [before, after] of replaced) {
    for (const [entry, sign] of [[before, -1], [after, 1]] as const) {
      if (!entry) continue;
      const counts = countsOf(entry);
      if (!counts) return undefined;
      for (const [word, count] of counts) {
        const total = (totals.get(word) ?? 0) + sign * count;
        // A word no page has any more is no word of the corpus.
        if (total === 0) totals.delete(word);
        else totals.set(word, total);
      }
    }
  }
  return totals;
}

/** Every page's counts summed, page by page. */
function sumEntries(entries: readonly string[], countsOf: Counts): Map<string, number> {
  const words = new Map<string, number>();
  for (const entry of entries) {
    const counts = countsOf(entry);
    if (!counts) throw new Error(`word counts: the cache entry ${entry} cannot be read`);
    for (const [word, count] of counts) words.set(word, (words.get(word) ?? 0) + count);
  }
  return words;
}

function readEntry(cacheDir: string, entry: string): Array<[string, number]> | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, entry), 'utf8')) as Array<[string, number]>;
  } catch {
    return undefined;
  }
}

function readState(cacheDir: string): CountsState {
  try {
    return JSON.parse(readFileSync(join(cacheDir, stateFile), 'utf8')) as CountsState;
  } catch {
    return { fragments: {} };
  }
}

function writeState(cacheDir: string, state: CountsState): void {
  writeFileSync(join(cacheDir, `${stateFile}.tmp`), JSON.stringify(state));
  renameSync(join(cacheDir, `${stateFile}.tmp`), join(cacheDir, stateFile));
}
