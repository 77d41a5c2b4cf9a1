/**
 * Find glossary terms in a report: the first use of each term in each section is marked, so a reader
 * meets the explanation once per section without every repetition being underlined.
 *
 * A scope is a Section (its heading and paragraphs), or a block's own heading and paragraphs outside
 * any section. Matching is on the cleaned text: the term and its aliases, longest first, never
 * overlapping. A term in quotation marks (`“十二五”`) is found like any other.
 */
import type { GlossaryTerm, Report, Span } from '../model.ts';
import { textSites } from './walk.ts';

export interface TermsFound {
  /** Ids of the glossary terms used, in order of first use in the report. */
  terms: string[];
  /** Term spans by the anchor of the heading or paragraph that holds them. */
  spans: Map<string, Span[]>;
}

interface Needle {
  text: string;
  termId: string;
}

interface Match {
  start: number;
  end: number;
  termId: string;
}

export function findTerms(report: Pick<Report, 'blocks'>, glossary: GlossaryTerm[]): TermsFound {
  const needles = buildNeedles(glossary);
  const spans = new Map<string, Span[]>();
  const used: string[] = [];
  const seenInScope = new Map<string, Set<string>>();
  for (const site of textSites(report)) {
    const scope = site.section?.id ?? site.block.id;
    let seen = seenInScope.get(scope);
    if (!seen) seenInScope.set(scope, (seen = new Set()));
    const marked: Span[] = [];
    for (const match of matchTerms(site.rich.text, needles)) {
      if (seen.has(match.termId)) continue;
      seen.add(match.termId);
      if (!used.includes(match.termId)) used.push(match.termId);
      marked.push({ type: 'term', start: match.start, end: match.end, termId: match.termId });
    }
    if (marked.length > 0) spans.set(site.anchor, marked);
  }
  return { terms: used, spans };
}

/** Every spelling of every term, longest first (ties keep glossary order, so results are stable). */
export function buildNeedles(glossary: GlossaryTerm[]): Needle[] {
  const needles: Needle[] = [];
  for (const entry of glossary) {
    for (const text of new Set([entry.term, ...entry.aliases])) {
      if (text.length > 0) needles.push({ text, termId: entry.id });
    }
  }
  return needles
    .map((needle, order) => ({ needle, order }))
    .sort((a, b) => b.needle.text.length - a.needle.text.length || a.order - b.order)
    .map(({ needle }) => needle);
}

/**
 * All non-overlapping term occurrences in `text`, in text order. Longer spellings claim their
 * characters first, so `中央八项规定` wins over `八项规定` and `网格化管理` over `网格化`.
 */
export function matchTerms(text: string, needles: Needle[]): Match[] {
  const taken: Match[] = [];
  for (const needle of needles) {
    let from = text.indexOf(needle.text);
    while (from !== -1) {
      const end = from + needle.text.length;
      const start = from;
      const free = taken.every((m) => end <= m.start || m.end <= start);
      if (free && atWordEdges(text, start, end)) taken.push({ start, end, termId: needle.termId });
      from = text.indexOf(needle.text, from + 1);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

const latinOrDigit = /[A-Za-z0-9]/;

/** Latin and digit edges must not run on into a longer word or number (`BOT` in `ROBOT`). */
function atWordEdges(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (latinOrDigit.test(first) && latinOrDigit.test(before)) return false;
  if (latinOrDigit.test(last) && latinOrDigit.test(after)) return false;
  return true;
}
