/**
 * Pinyin queries: `xuhui`, `shi san wu`, `xúhuì`, `xu2hui4`, `jing'an` → the Chinese words they
 * spell. A query is read as syllables (every way its letters split into syllables), then covered
 * by words of the pinyin lexicon (built from the corpus, src/search/build/pinyin-lexicon.ts) with
 * as few words as possible; where one spelling has several words, the most frequent is searched
 * and the others are offered. The lexicon is sharded by a word's first syllable, so a query loads
 * only the shards of the syllables it contains.
 */
import { pinyinSyllables } from './pinyin-syllables.ts';

/** One syllable of a query, as typed. */
export interface QuerySyllable {
  /** Toneless, `ü` as `v`: `xu`, `lv`. */
  text: string;
  /** 1–4, 5 for the neutral tone; undefined when the reader gave none. */
  tone: number | undefined;
  /** Whether a space stands before it in the query (a word boundary the reader typed). */
  spaceBefore: boolean;
}

export interface PinyinQuery {
  /** The query as typed, trimmed. */
  typed: string;
  /** Every way to split the query into syllables (at most `maxSplits`). */
  splits: QuerySyllable[][];
}

/** A word of the lexicon: the word, its occurrences in the corpus, its tones (`24` for 徐汇). */
export type PinyinWord = [word: string, count: number, tones: string];

/** Lexicon entries by key (toneless syllables joined by spaces: `xu hui`). */
export type PinyinLexicon = ReadonlyMap<string, readonly PinyinWord[]>;

const maxSplits = 32;
/** The most syllables of any word in a lexicon (a glossary term can have 13: 新时代城市建设者管理者之家). */
const longestWords = new WeakMap<PinyinLexicon, number>();
function maxWordSyllables(lexicon: PinyinLexicon): number {
  let longest = longestWords.get(lexicon);
  if (longest === undefined) {
    longest = 1;
    for (const key of lexicon.keys()) longest = Math.max(longest, key.split(' ').length);
    longestWords.set(lexicon, longest);
  }
  return longest;
}
const toneMarks: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0300': 4 };
/** Spellings readers use for `ü` after l and n. */
const syllableSpelling = (letters: string) => letters.replace(/^([ln])ue$/, '$1ve');

interface Letter {
  char: string;
  tone: number | undefined;
}

/**
 * The query's letters, the positions where a syllable must end (apostrophe, hyphen, space, tone
 * digit) and those with a space; undefined if anything else is in it (Chinese, other digits, `&` …).
 */
function lettersOf(typed: string): { letters: Letter[]; breaks: Set<number>; spaces: Set<number> } | undefined {
  const letters: Letter[] = [];
  const breaks = new Set<number>();
  const spaces = new Set<number>();
  const chars = [...typed.normalize('NFD').toLowerCase()];
  for (const [index, char] of chars.entries()) {
    const last = letters.at(-1);
    if (/[a-z]/.test(char)) letters.push({ char, tone: undefined });
    else if (char === '\u0308' && last?.char === 'u') last.char = 'v';
    else if (char === ':' && last?.char === 'u' && chars[index + 1] !== ':') last.char = 'v';
    else if (char in toneMarks && last) last.tone = toneMarks[char];
    else if (/[0-5]/.test(char) && last && /[a-z:\u0300-\u036f]/.test(chars[index - 1] ?? '')) {
      last.tone = char === '0' ? 5 : Number(char);
      breaks.add(letters.length);
    } else if (/\s/.test(char)) {
      breaks.add(letters.length);
      spaces.add(letters.length);
    } else if (/['’‘`-]/.test(char)) breaks.add(letters.length);
    else return undefined;
  }
  return letters.length > 0 ? { letters, breaks, spaces } : undefined;
}

/** Reads a query as pinyin; undefined when its letters do not split into syllables. */
export function parsePinyin(raw: string): PinyinQuery | undefined {
  const typed = raw.trim();
  const parsed = lettersOf(typed);
  if (!parsed) return undefined;
  const { letters, breaks, spaces } = parsed;
  const splits: QuerySyllable[][] = [];
  const walk = (from: number, done: QuerySyllable[]) => {
    if (splits.length >= maxSplits) return;
    if (from === letters.length) {
      splits.push(done);
      return;
    }
    for (let to = from + 1; to <= Math.min(letters.length, from + 6); to++) {
      if (to > from + 1 && breaks.has(to - 1)) break;
      const span = letters.slice(from, to);
      const text = syllableSpelling(span.map((l) => l.char).join(''));
      if (!pinyinSyllables.has(text)) continue;
      const tones = new Set(span.map((l) => l.tone).filter((t) => t !== undefined));
      if (tones.size > 1) continue;
      walk(to, [...done, { text, tone: [...tones][0], spaceBefore: spaces.has(from) }]);
    }
  };
  walk(0, []);
  return splits.length > 0 ? { typed, splits } : undefined;
}

/** The shards a query needs: every syllable of every way to split it. */
export function shardsFor(query: PinyinQuery): string[] {
  return [...new Set(query.splits.flat().map((s) => s.text))].sort();
}

/** One word of a reading: its spelling, the word searched and the other words spelt alike. */
export interface ReadWord {
  pinyin: string;
  word: string;
  others: string[];
  spaceBefore: boolean;
}

export interface PinyinReading {
  /** The Chinese searched: words typed together joined into one phrase, space-separated groups apart. */
  tokens: string[];
  words: ReadWord[];
  /** Other readings of the whole query (one word replaced by another spelt alike), as queries. */
  choices: string[];
}

/** Words of `key` whose tones agree with those the reader typed; all of them when none does. */
function wordsFor(lexicon: PinyinLexicon, syllables: QuerySyllable[]): readonly PinyinWord[] {
  const words = lexicon.get(syllables.map((s) => s.text).join(' ')) ?? [];
  const toned = words.filter(([, , tones]) => syllables.every((s, i) => s.tone === undefined || Number(tones[i]) === s.tone));
  return toned.length > 0 ? toned : words;
}

interface Cover {
  cost: number;
  words: Array<{ syllables: QuerySyllable[]; candidates: readonly PinyinWord[] }>;
}

/** The cover of one split by lexicon words: fewest words, then the most frequent. */
function coverOf(split: QuerySyllable[], lexicon: PinyinLexicon): Cover | undefined {
  const best: Array<Cover | undefined> = [{ cost: 0, words: [] }];
  const longest = maxWordSyllables(lexicon);
  for (let to = 1; to <= split.length; to++) {
    for (let from = Math.max(0, to - longest); from < to; from++) {
      const before = best[from];
      if (!before) continue;
      const syllables = split.slice(from, to);
      const candidates = wordsFor(lexicon, syllables);
      if (candidates.length === 0) continue;
      // A word costs 1; frequency breaks ties (log keeps it below one word's cost).
      const cost = before.cost + 1 - Math.log1p(candidates[0]![1]) / 100;
      if (!best[to] || cost < best[to]!.cost) best[to] = { cost, words: [...before.words, { syllables, candidates }] };
    }
  }
  return best[split.length];
}

/** The best reading of a pinyin query in the lexicon; undefined when no split is covered by its words. */
export function readPinyin(query: PinyinQuery, lexicon: PinyinLexicon, maxChoices = 6): PinyinReading | undefined {
  const covers = query.splits.map((split) => coverOf(split, lexicon)).filter((c): c is Cover => c !== undefined);
  const cover = covers.sort((a, b) => a.cost - b.cost)[0];
  if (!cover) return undefined;
  const words: ReadWord[] = cover.words.map(({ syllables, candidates }) => ({
    pinyin: syllables.map((s) => s.text).join(''),
    word: candidates[0]![0],
    others: candidates.slice(1).map(([word]) => word),
    spaceBefore: syllables[0]!.spaceBefore,
  }));
  const tokensOf = (chosen: string[]) => {
    const tokens: string[] = [];
    chosen.forEach((word, index) => {
      if (index > 0 && !words[index]!.spaceBefore) tokens[tokens.length - 1] += word;
      else tokens.push(word);
    });
    return tokens;
  };
  const chosen = words.map((w) => w.word);
  const choices: string[] = [];
  for (const [index, word] of words.entries()) {
    for (const other of word.others) {
      if (choices.length >= maxChoices) break;
      choices.push(tokensOf(chosen.map((w, i) => (i === index ? other : w))).join(' '));
    }
  }
  return { tokens: tokensOf(chosen), words, choices };
}
