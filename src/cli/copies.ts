/**
 * Several inputs that identify as one report (one slug): which to keep, which are copies of it,
 * and which are other reports that only identify alike. Scraped corpora hold mirrors of one
 * report (a government site, a forum, a document site, a traditional-script reprint): the fullest
 * copy is ingested, the others are set aside with a warning. Texts that are not copies of each
 * other are never set aside: that would lose a report.
 *
 * Pure: facts in, a verdict out; the CLI reads the facts from the ingest results (src/cli/outcome.ts).
 */
import { bigrams } from '../ingest/ledger/fingerprint.ts';

/** What the choice looks at, read from one input's ingest result. */
export interface CopyFacts {
  /** The input's file name: the tie-break, the same on every machine and in every run. */
  name: string;
  /** The input's path as shown to the maintainer. */
  path: string;
  /** The report's text (headings and paragraphs), whitespace removed. */
  text: string;
  /** Characters of it marked damaged (mojibake, placeholders, censored): no part of a fuller text. */
  damaged: number;
  paragraphs: number;
  figures: number;
  /** Identity facts where the text states them: two copies of one report cannot differ in them. */
  reviewPeriod?: string | undefined;
  planYear?: number | undefined;
  date?: string | undefined;
}

/**
 * The least share of a shorter text's character bigrams found in the fuller one for it to be a
 * copy. Measured on the real corpus: mirrors of one report 0.86–0.98 (excerpts cut at other
 * points, a traditional-script reprint with pinyin glosses and a mojibake span), different reports
 * of one district or of two same-named districts 0.27–0.30 (the phrases every report has).
 */
export const copyShare = 0.8;

export interface SetAside {
  copy: CopyFacts;
  /** The kept input it is a copy of. */
  kept: CopyFacts;
  /** Share of the copy's text found in the kept one. */
  share: number;
}

/** A report that identifies as another one under the same slug without being a copy of it. */
export interface Conflict {
  report: CopyFacts;
  others: Array<{
    other: CopyFacts;
    /** Share of the shorter text found in the longer. */
    share: number;
    /** Stated facts that differ, this report's first (`reviews 2018 against 2019`). */
    differences: string[];
  }>;
}

export interface CopiesVerdict {
  /** One input a report, the fullest of its copies: one when all inputs are copies of one report. */
  reports: CopyFacts[];
  setAside: SetAside[];
  /** When several reports share the slug: every one of them, none kept (the run fails). */
  conflicts: Conflict[];
}

/** Fuller first: more undamaged report text, then more paragraphs, then more figures; then by file name. */
export function byFullness(a: CopyFacts, b: CopyFacts): number {
  return (
    readable(b) - readable(a) ||
    b.paragraphs - a.paragraphs ||
    b.figures - a.figures ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/**
 * Sort the inputs fullest first; each joins the first fuller input it is a copy of, or stands as
 * a report of its own. Copies are set aside. One report left: it is kept. Several: none is
 * kept, as there is no telling which is misread; each conflicts with the others, and only a
 * sidecar (or removing a news item) settles it. Depends on the texts only, not on the order of the inputs.
 */
export function judgeCopies(inputs: readonly CopyFacts[]): CopiesVerdict {
  const sorted = [...inputs].sort(byFullness);
  const grams = new Map(sorted.map((input) => [input, bigrams(input.text)]));
  const gramsOf = (input: CopyFacts) => grams.get(input)!;
  const reports: CopyFacts[] = [];
  const setAside: SetAside[] = [];
  for (const input of sorted) {
    const of = reports.find((report) => differences(input, report).length === 0 && shareIn(gramsOf(input), gramsOf(report)) >= copyShare);
    if (of) setAside.push({ copy: input, kept: of, share: shareIn(gramsOf(input), gramsOf(of)) });
    else reports.push(input);
  }
  if (reports.length === 0) throw new Error('judgeCopies: no inputs');
  const conflicts =
    reports.length < 2
      ? []
      : reports.map((report) => ({
          report,
          others: reports
            .filter((other) => other !== report)
            .map((other) => ({ other, share: commonShare(gramsOf(report), gramsOf(other)), differences: differences(report, other) })),
        }));
  return { reports, setAside, conflicts };
}

/** Share of `part`'s bigrams that `whole` has too. */
export function shareIn(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 1;
  let shared = 0;
  for (const gram of part) if (whole.has(gram)) shared++;
  return shared / part.size;
}

/** Share of the shorter text's bigrams found in the longer. */
function commonShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return a.size <= b.size ? shareIn(a, b) : shareIn(b, a);
}

/** Facts both texts state and state differently. */
function differences(a: CopyFacts, b: CopyFacts): string[] {
  const out: string[] = [];
  const differ = <T>(x: T | undefined, y: T | undefined) => x !== undefined && y !== undefined && x !== y;
  if (differ(a.reviewPeriod, b.reviewPeriod)) out.push(`reviews ${a.reviewPeriod} against ${b.reviewPeriod}`);
  if (differ(a.planYear, b.planYear)) out.push(`plans ${a.planYear} against ${b.planYear}`);
  if (differ(a.date, b.date)) out.push(`delivered ${a.date} against ${b.date}`);
  return out;
}

/** Characters of undamaged report text. */
const readable = (input: CopyFacts) => Math.max(0, Array.from(input.text).length - input.damaged);
const percent = (share: number) => `${Math.floor(share * 100)}%`;

/** Why the kept input is the fuller: the first measure that tells them apart. */
function fullerBecause(kept: CopyFacts, copy: CopyFacts): string {
  const [k, c] = [readable(kept), readable(copy)];
  if (k !== c) return `the fuller text (${k} characters of undamaged report text against ${c})`;
  if (kept.paragraphs !== copy.paragraphs) return `the fuller text (${kept.paragraphs} paragraphs against ${copy.paragraphs})`;
  if (kept.figures !== copy.figures) return `the fuller text (${kept.figures} figures against ${copy.figures})`;
  return 'first by file name of copies as full as each other';
}

/** The warning on a copy set aside (rule `duplicate-report`). */
export function setAsideReason({ copy, kept, share }: SetAside, slug: string): string {
  return (
    `${copy.path} is a copy of the report in ${kept.path} (${slug}; ${percent(share)} of its text is in it); ` +
    `kept ${kept.path}, ${fullerBecause(kept, copy)}. Nothing of ${copy.path} is written. ` +
    'If they are in fact different reports, add a sidecar (docs/sidecar.md) to one of them stating the fact that tells them apart'
  );
}

/** The error on each report of several under one slug (rule `duplicate-slug`). */
export function conflictReason({ report, others }: Conflict, slug: string): string {
  const named = others.map(({ other, share, differences }) => {
    const why = differences.length > 0 ? differences.join(', ') : `only ${percent(share)} of the text in common`;
    return `${other.path} (${why})`;
  });
  return (
    `${report.path} identifies as the same report (${slug}) as ${named.join(' and ')}, but they are not copies of one another: ` +
    'keeping one would lose the other, so each fails. The slug is made of the district, the year delivered, the kind and the coverage: ' +
    'if one of them is misread, add a sidecar (docs/sidecar.md) to that input stating the right fact; ' +
    'if one only reports on the other (a news item in its own words), remove it'
  );
}
