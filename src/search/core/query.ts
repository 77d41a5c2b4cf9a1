/**
 * From what the reader typed to what is searched: the text in simplified script (the reports are
 * shown and indexed in simplified script, whatever script the source had), split at spaces into
 * tokens that must all occur, plus the Chinese names of an English indicator or glossary term.
 */
import { expandEnglish, type LexiconEntry } from './lexicon.ts';

export interface ParsedQuery {
  /** The query as searched (converted to simplified script, quotes and extra spaces removed). */
  text: string;
  /** Alternatives, each a list of tokens that must all occur; the first is the query itself. */
  alternatives: string[][];
  /** Whether conversion to simplified script changed the query. */
  converted: boolean;
  /** The Chinese phrases an English query was expanded to. */
  expansions: string[];
}

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

export function parseQuery(raw: string, toSimplified: (text: string) => string, lexicon: readonly LexiconEntry[]): ParsedQuery {
  const cleaned = raw.replace(/["“”「」『』]/g, ' ').replace(/\s+/g, ' ').trim();
  const text = hasHan(cleaned) ? toSimplified(cleaned) : cleaned;
  const tokens = text ? text.split(' ') : [];
  const expansions = expandEnglish(text, lexicon);
  return {
    text,
    alternatives: [tokens, ...expansions.map((phrase) => [phrase])].filter((alternative) => alternative.length > 0),
    converted: text !== cleaned,
    expansions,
  };
}

/** Whether a query may hold traditional characters, so the converter must be loaded first. */
export const mayNeedConversion = (raw: string) => hasHan(raw);
