/**
 * The English-to-Chinese lexicon behind English queries. The reports are Chinese; an English query
 * such as `fiscal revenue` or `GDP` is answered by searching the Chinese names that the indicator
 * dictionary and the glossary give for it, so the index stays the report text and nothing else.
 */
import type { GlossaryTerm, Indicator } from '../../model.ts';

/** English names of one concept and the Chinese phrases that write it in the reports. */
export interface LexiconEntry {
  /** Lower-case English names (`gross regional product`, `gdp`). */
  en: string[];
  /** Chinese phrases to search for, longest first. */
  zh: string[];
}

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
const unique = (items: string[]) => [...new Set(items)];
const byLengthDescending = (a: string, b: string) => b.length - a.length;

/** The English rendering of a glossary term: the `en` explanation's first sentence, before any `(`. */
export function glossaryEnglishName(en: string): string {
  const first = en.split(/\.\s/)[0] ?? en;
  return first.replace(/\s*\(.*$/, '').replace(/^The\s+/i, '').replace(/[“”"]/g, '').trim();
}

export function buildLexicon(indicators: readonly Indicator[], glossary: readonly GlossaryTerm[]): LexiconEntry[] {
  const fromIndicators = indicators.map((indicator) => {
    const names = [indicator.label, ...indicator.synonyms];
    return {
      // Latin synonyms (`GDP`) are English names too.
      en: unique([indicator.nameEn, ...names.filter((name) => !hasHan(name))].map((name) => name.toLowerCase())),
      zh: unique(names).sort(byLengthDescending),
    };
  });
  const fromGlossary = glossary.map((term) => ({
    en: [glossaryEnglishName(term.en).toLowerCase()],
    zh: unique([term.term, ...term.aliases.map((alias) => alias.replace(/[“”"]/g, ''))]).sort(byLengthDescending),
  }));
  return [...fromIndicators, ...fromGlossary].filter((entry) => entry.en.some((name) => name.length > 0));
}

const isEnglishQuery = (query: string) => /[a-z]/i.test(query) && !hasHan(query);

/** Whole-word containment: `fiscal revenue` is in `district fiscal revenue`, `gdp` is not in `gdpr`. */
function containsWords(name: string, query: string): boolean {
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(name);
}

/**
 * The Chinese phrases an English query stands for: the entries with an English name equal to the
 * query (`GDP` is the GDP, not also energy use per unit of GDP), or else every entry one of whose
 * English names contains the query as whole words (`fiscal revenue`). Empty for Chinese queries
 * and for English words the lexicon lacks.
 */
export function expandEnglish(query: string, lexicon: readonly LexiconEntry[]): string[] {
  const wanted = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!isEnglishQuery(wanted) || wanted.length < 2) return [];
  const exact = lexicon.filter((entry) => entry.en.includes(wanted));
  const entries = exact.length > 0 ? exact : lexicon.filter((entry) => entry.en.some((name) => containsWords(name, wanted)));
  return unique(entries.flatMap((entry) => entry.zh)).filter(hasHan);
}
