/**
 * Identification and outline sanity scored on the real corpus (`test/real-corpus/corpus.yaml`):
 * for each text, did the ingest name the right district, city, year, kind, coverage and review
 * period without a sidecar, and did it recover an outline (at least two parts, not one giant
 * paragraph)? Pure: scripts/eval.ts and test/real-corpus.test.ts run the pipeline and read files.
 */
import { z } from 'astro/zod';
import type { Report } from '../model.ts';
import { textSites } from '../ingest/walk.ts';

/** One entry of corpus.yaml. Only the fields scored are typed strictly; the rest pass through. */
export const corpusEntry = z
  .object({
    id: z.string().regex(/^r\d{3,4}$/),
    source: z.string(),
    expected: z
      .object({
        /** null: a reader cannot tell (the name was replaced by ×× or is never written); the ingest must refuse. */
        district: z.string().nullable(),
        city: z.string().nullable(),
        province: z.string().nullable().optional(),
        /** null: the text states no delivery year, nor one that follows from it; the ingest must refuse. */
        year: z.number().int().nullable(),
        kind: z.string(),
        /** null: the text is no report of a period (a commentary, a profile): not scored. */
        coverage: z.string().nullable(),
        review: z.union([z.string(), z.number()]).nullable().optional(),
        plan: z.union([z.string(), z.number()]).nullable().optional(),
        year_stated: z.boolean(),
      })
      .passthrough(),
    note: z.string().nullable().optional(),
  })
  .passthrough();
export type CorpusEntry = z.infer<typeof corpusEntry>;

export const identityFacts = ['district', 'city', 'year', 'kind', 'coverage', 'review'] as const;
export type IdentityFact = (typeof identityFacts)[number];

export interface IdentityResult {
  id: string;
  /** The ingest refused the text: the message (rule id first). */
  refused?: string;
  /** Facts as the ingest read them (absent when refused). */
  got?: Record<IdentityFact, string>;
  /** Which facts agree with the table. */
  correct: Record<IdentityFact, boolean>;
  /** District, city, year and kind all right (the bar of issue 11). */
  identified: boolean;
  /** The table says a reader cannot tell the district or the year: the right outcome is a refusal. */
  negative: boolean;
  yearStated: boolean;
  /** Parts in the outline, and of those the ones with a heading (recovered structure). */
  parts: number;
  headedParts: number;
  /** Share of the report's text in its longest paragraph. */
  largestParagraphShare: number;
}

export function expectedFacts(entry: CorpusEntry): Record<IdentityFact, string> {
  const e = entry.expected;
  return {
    district: e.district ?? '',
    city: e.city ?? '',
    year: e.year === null ? '' : String(e.year),
    kind: e.kind,
    coverage: e.coverage ?? '',
    // The tables write a half-year's review as its year (`2020`); the model as `2020-H1`.
    review:
      e.review === null || e.review === undefined
        ? ''
        : e.coverage === 'half-year' && /^\d{4}$/.test(String(e.review))
          ? `${e.review}-H1`
          : String(e.review),
  };
}

export function reportFacts(report: Report): Record<IdentityFact, string> {
  const d = report.data;
  return {
    district: d.district.name,
    city: d.city.name,
    year: String(d.year),
    kind: d.kind,
    coverage: d.coverage,
    review: d.reviewPeriod ?? '',
  };
}

export function scoreIdentity(entry: CorpusEntry, outcome: { report: Report } | { error: string }): IdentityResult {
  const expected = expectedFacts(entry);
  const none = Object.fromEntries(identityFacts.map((f) => [f, false])) as Record<IdentityFact, boolean>;
  const yearStated = entry.expected.year_stated;
  // No city written where the district's name is shared (西湖区 of 杭州 and of 南昌): a reader cannot
  // tell which, so the refusal naming both is the right outcome too.
  const cityUntold = entry.expected.city === null && 'error' in outcome && /Ambiguous district/.test(outcome.error);
  const negative = entry.expected.district === null || entry.expected.year === null || cityUntold;
  if ('error' in outcome) {
    return { id: entry.id, refused: outcome.error, correct: none, identified: false, negative, yearStated, parts: 0, headedParts: 0, largestParagraphShare: 0 };
  }
  const got = reportFacts(outcome.report);
  const correct = Object.fromEntries(
    identityFacts.map((f) => [f, expected[f] === '' || expected[f] === got[f]]),
  ) as Record<IdentityFact, boolean>;
  return {
    id: entry.id,
    got,
    correct,
    identified: !negative && correct.district && correct.city && correct.year && correct.kind,
    negative,
    yearStated,
    ...outlineSanity(outcome.report),
  };
}

/** Parts in the outline and the share of the text in the longest paragraph. */
export function outlineSanity(report: Pick<Report, 'blocks'>): { parts: number; headedParts: number; largestParagraphShare: number } {
  const parts = report.blocks.filter((block) => block.kind === 'part').length;
  const headedParts = report.blocks.filter((block) => block.kind === 'part' && block.heading).length;
  let total = 0;
  let largest = 0;
  for (const site of textSites(report)) {
    total += site.rich.text.length;
    largest = Math.max(largest, site.rich.text.length);
  }
  return { parts, headedParts, largestParagraphShare: total === 0 ? 0 : largest / total };
}

export interface IdentitySummary {
  /** Texts a reader can identify (the denominator of every rate). */
  reports: number;
  /** Texts a reader cannot identify, and how many the ingest rightly refused. */
  negatives: { refused: number; total: number };
  perFact: Record<IdentityFact, number>;
  identified: number;
  stated: { identified: number; total: number };
  refused: number;
  withTwoParts: number;
  /** Reports with at least one part heading found (the excerpts are short: often only part one). */
  withPartHeading: number;
  /** Mean share of a report's text in its longest paragraph. */
  meanLargestShare: number;
}

export function summarizeIdentity(all: readonly IdentityResult[]): IdentitySummary {
  const results = all.filter((r) => !r.negative);
  const negatives = all.filter((r) => r.negative);
  const count = (test: (r: IdentityResult) => boolean) => results.filter(test).length;
  const stated = results.filter((r) => r.yearStated);
  return {
    reports: results.length,
    negatives: { refused: negatives.filter((r) => r.refused !== undefined).length, total: negatives.length },
    perFact: Object.fromEntries(identityFacts.map((f) => [f, count((r) => r.correct[f])])) as Record<IdentityFact, number>,
    identified: count((r) => r.identified),
    stated: { identified: stated.filter((r) => r.identified).length, total: stated.length },
    refused: count((r) => r.refused !== undefined),
    withTwoParts: count((r) => r.parts >= 2),
    withPartHeading: count((r) => r.headedParts >= 1),
    meanLargestShare:
      results.length === 0 ? 0 : results.reduce((sum, r) => sum + r.largestParagraphShare, 0) / results.length,
  };
}
