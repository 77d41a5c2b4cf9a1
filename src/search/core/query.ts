/**
 * From what the reader typed to what is searched: the text in simplified script (the reports are
 * shown and indexed in simplified script, whatever script the source had), split at spaces into
 * tokens that must all occur, plus the Chinese names of an English indicator, glossary term or
 * place, plus the Chinese a pinyin query spells (read beforehand, src/search/core/pinyin.ts).
 */
import { expandEnglish, type LexiconEntry } from './lexicon.ts';
import type { PinyinReading } from './pinyin.ts';

export interface ParsedQuery {
  /** The query as searched (converted to simplified script, quotes and extra spaces removed). */
  text: string;
  /** Alternatives, each a list of tokens that must all occur; the first is the query itself. */
  alternatives: string[][];
  /** Whether conversion to simplified script changed the query. */
  converted: boolean;
  /** The Chinese phrases an English query was expanded to. */
  expansions: string[];
  /** The reading of a pinyin query, when it spells words of the corpus. */
  reading: PinyinReading | undefined;
  /** Everything searched in Chinese for a Latin query (expansions, then the pinyin reading), as shown to the reader. */
  searchedAs: string[];
}

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

export function parseQuery(
  raw: string,
  toSimplified: (text: string) => string,
  lexicon: readonly LexiconEntry[],
  reading?: PinyinReading,
): ParsedQuery {
  const cleaned = raw.replace(/["“”「」『』]/g, ' ').replace(/\s+/g, ' ').trim();
  const text = hasHan(cleaned) ? toSimplified(cleaned) : cleaned;
  const tokens = text ? text.split(' ') : [];
  const expansions = expandEnglish(text, lexicon);
  const alternatives = [tokens, ...expansions.map((phrase) => [phrase])].filter((alternative) => alternative.length > 0);
  const searchedAs = [...expansions];
  if (reading && !hasHan(text)) {
    const spelt = reading.tokens.join(' ');
    if (!alternatives.some((alternative) => alternative.join(' ') === spelt)) alternatives.push(reading.tokens);
    if (!searchedAs.includes(spelt)) searchedAs.push(spelt);
  }
  return { text, alternatives, converted: text !== cleaned, expansions, reading: hasHan(text) ? undefined : reading, searchedAs };
}

/** Whether a query may hold traditional characters, so the converter must be loaded first. */
export const mayNeedConversion = (raw: string) => hasHan(raw);
