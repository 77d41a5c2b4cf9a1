/**
 * The English-to-Chinese lexicon behind English queries. The reports are Chinese; an English query
 * such as `fiscal revenue`, `GDP` or `Xuhui District` is answered by searching the Chinese names
 * that the indicator dictionary, the glossary and the places of the site give for it, so the index
 * stays the report text and nothing else.
 */
import type { GlossaryTerm, Indicator, Place } from '../../model.ts';

/** English names of one concept and the Chinese phrases that write it in the reports. */
export interface LexiconEntry {
  /** Lower-case English names (`gross regional product`, `gdp`). */
  en: string[];
  /** Chinese phrases to search for, longest first. */
  zh: string[];
  /** A place: found only by its whole name (`district` alone is not every district). */
  place?: true;
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

/** The global that `search-places.js` sets to the place entries. */
export const placesGlobal = 'baogaoSearchPlaces';

/** Administrative words of English place names (src/ingest/place-names.ts), longest first. */
const adminWords = /\s+(autonomous prefecture|autonomous county|autonomous banner|autonomous region|forestry district|special district|new area|prefecture|district|county|banner|league|city|province|municipality)$/i;

/**
 * Places as the site names them in English (`Xuhui District`, `Jing'an District`, `Shanghai`), found
 * with or without the administrative word; searched as the full Chinese name and the name without
 * its suffix (`徐汇区`, `徐汇`) when that has two characters or more.
 */
export function buildPlaceLexicon(places: ReadonlyArray<Place & { short: string }>): LexiconEntry[] {
  const byName = new Map<string, LexiconEntry>();
  for (const place of places) {
    const english = place.nameEn.toLowerCase();
    const entry: LexiconEntry = byName.get(place.name) ?? { en: [], zh: [], place: true };
    entry.en = unique([...entry.en, english, english.replace(adminWords, '')]);
    entry.zh = unique([place.name, ...([...place.short].length >= 2 ? [place.short] : [])]).sort(byLengthDescending);
    byName.set(place.name, entry);
  }
  return [...byName.values()];
}

/** A name without case, accents, spaces, apostrophes or hyphens: `Jing'an` and `jing an` are `jingan`. */
export const compactName = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

const isEnglishQuery = (query: string) => /[a-z]/i.test(query) && !hasHan(query);

/** Whole-word containment: `fiscal revenue` is in `district fiscal revenue`, `gdp` is not in `gdpr`. */
function containsWords(name: string, query: string): boolean {
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(name);
}

/**
 * The Chinese phrases an English query stands for: the entries with an English name equal to the
 * query, ignoring case, accents, spaces and apostrophes (`GDP` is the GDP, not also energy use per
 * unit of GDP; `jingan` is `Jing'an`), or else every entry one of whose
 * English names contains the query as whole words (`fiscal revenue`; not for places). Empty for Chinese queries
 * and for English words the lexicon lacks.
 */
export function expandEnglish(query: string, lexicon: readonly LexiconEntry[]): string[] {
  const wanted = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!isEnglishQuery(wanted) || wanted.length < 2) return [];
  const compact = compactName(wanted);
  const exact = lexicon.filter((entry) => entry.en.some((name) => name === wanted || compactName(name) === compact));
  const entries = exact.length > 0 ? exact : lexicon.filter((entry) => !entry.place && entry.en.some((name) => containsWords(name, wanted)));
  return unique(entries.flatMap((entry) => entry.zh)).filter(hasHan);
}
