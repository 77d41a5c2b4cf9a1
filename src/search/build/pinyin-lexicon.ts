/**
 * The pinyin lexicon, built after the Pagefind index: every Chinese word of the indexed text
 * (corpus-words.ts) and every term the site knows (glossary,
 * indicators, places: the search page's lexicon), each under its toneless pinyin (pinyin-pro, read
 * in the word's own context), with its occurrences and tones. Written as one classic script per
 * first syllable (`pinyin/xu.js` holds `xu hui` → 徐汇 …), so that a query loads only the shards of
 * its syllables and a Chinese query loads none. The reader's side is src/search/core/pinyin.ts.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { PinyinWord } from '../core/pinyin.ts';
import { pinyinSyllables } from '../core/pinyin-syllables.ts';
import { writeIfChanged } from '../../build/write-if-changed.ts';

const onlyHan = (text: string) => /^\p{Script=Han}+$/u.test(text);

/** Toneless syllables and tones of `word` (several readings for a single character); none outside the syllable table. */
export function readingsOf(word: string): Array<{ syllables: string[]; tones: string }> {
  const options = { toneType: 'num', type: 'array', v: true } as const;
  const readings = [...word].length === 1 ? pinyin(word, { ...options, multiple: true }) .map((r) => [r]) : [pinyin(word, options)];
  return readings.flatMap((syllables) => {
    const parsed = syllables.map((s) => /^([a-z]+)([0-5])$/.exec(s));
    if (parsed.some((m) => !m || !pinyinSyllables.has(m[1]!))) return [];
    return [{ syllables: parsed.map((m) => m![1]!), tones: parsed.map((m) => (m![2] === '0' ? '5' : m![2]!)).join('') }];
  });
}

/** Shards by first syllable: key (toneless syllables joined by spaces) → words, most frequent first. */
export type PinyinShards = Map<string, Record<string, PinyinWord[]>>;

interface Entry {
  count: number;
  tones: string;
  known: boolean;
}

/**
 * The lexicon of `words` (each with its occurrences) and of the `known` terms of the site. A known
 * term that is not one of the words is counted only where another word (or an earlier known term)
 * is spelt alike (counting is a scan of the corpus; elsewhere its rank does not matter): all such
 * terms are handed to `countAll` at once, so the corpus is scanned once, text by text. Among
 * words spelt alike the most frequent comes first, a known term before an unknown one as frequent.
 */
export function buildPinyinLexicon(
  words: ReadonlyMap<string, number>,
  known: Iterable<string>,
  countAll: (terms: readonly string[]) => ReadonlyMap<string, number>,
): PinyinShards {
  const byKey = new Map<string, Map<string, Entry>>();
  const add = (word: string, count: number, isKnown: boolean) =>
    readingsOf(word).forEach(({ syllables, tones }, index) => {
      const key = syllables.join(' ');
      let entries = byKey.get(key);
      if (!entries) byKey.set(key, (entries = new Map()));
      // A single character's other readings are rarer than its first (行 is xing before hang).
      const weight = index === 0 ? count : 0;
      const previous = entries.get(word);
      entries.set(word, { count: Math.max(previous?.count ?? 0, weight), tones: previous?.tones ?? tones, known: isKnown || (previous?.known ?? false) });
    });
  for (const [word, count] of words) if (onlyHan(word)) add(word, count, false);
  const terms = [...new Set(known)].filter(onlyHan);
  // Which terms need counting depends on the spellings present, not on any count: found first,
  // counted together, then added in the same order as before.
  const keys = new Set(byKey.keys());
  const toCount: string[] = [];
  for (const term of terms) {
    const readings = readingsOf(term);
    if (!words.has(term) && readings.some(({ syllables }) => keys.has(syllables.join(' ')))) toCount.push(term);
    for (const { syllables } of readings) keys.add(syllables.join(' '));
  }
  const counts = toCount.length > 0 ? countAll(toCount) : new Map<string, number>();
  for (const term of terms) add(term, words.get(term) ?? counts.get(term) ?? 0, true);
  const shards: PinyinShards = new Map();
  for (const [key, entries] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const first = key.split(' ')[0]!;
    let shard = shards.get(first);
    if (!shard) shards.set(first, (shard = {}));
    shard[key] = [...entries]
      .sort(([a, x], [b, y]) => y.count - x.count || Number(y.known) - Number(x.known) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([word, { count, tones }]) => [word, count, tones]);
  }
  return shards;
}

/** The classic script of one shard: `__baogaoPinyinShard("xu",{"xu hui":[["徐汇",12,"24"]]});`. */
export function pinyinShardScript(syllable: string, entries: Record<string, PinyinWord[]>): string {
  return `__baogaoPinyinShard(${JSON.stringify(syllable)},${JSON.stringify(entries).replace(/</g, '\\u003c')});\n`;
}

export interface PinyinLexiconSummary {
  keys: number;
  words: number;
  bytes: number;
  largest: number;
}

/** Writes one script per syllable of the table into `outDir` (empty for a syllable no word starts with), replacing it. */
export async function writePinyinLexicon(shards: PinyinShards, outDir: string): Promise<PinyinLexiconSummary> {
  await mkdir(outDir, { recursive: true });
  // A script that did not change is not written again; one for no syllable of the table any more goes.
  const stale = new Set(await readdir(outDir));
  for (const syllable of pinyinSyllables) stale.delete(`${syllable}.js`);
  for (const name of stale) await rm(join(outDir, name), { recursive: true, force: true });
  const summary = { keys: 0, words: 0, bytes: 0, largest: 0 };
  for (const syllable of pinyinSyllables) {
    const entries = shards.get(syllable) ?? {};
    const script = pinyinShardScript(syllable, entries);
    writeIfChanged(join(outDir, `${syllable}.js`), script);
    const bytes = Buffer.byteLength(script);
    summary.keys += Object.keys(entries).length;
    summary.words += Object.values(entries).reduce((n, list) => n + list.length, 0);
    summary.bytes += bytes;
    summary.largest = Math.max(summary.largest, bytes);
  }
  return summary;
}
