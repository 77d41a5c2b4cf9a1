/**
 * The oracle for the search tests: every seed run through the ingest pipeline, and for each report
 * its cleaned text by anchor (headings and paragraphs) plus its front lines. Which reports contain
 * a term, and in which paragraphs, is decided here from the pipeline's text, never from the site.
 */
import { textSites } from '../../src/ingest/walk.ts';
import type { Place } from '../../src/model.ts';
import { ingestProjectSeeds } from '../helpers/seeds.ts';

export interface ReportText {
  slug: string;
  title: string;
  /** Whether the source was in traditional script (the site shows it converted). */
  convertedFromTraditional: boolean;
  front: string;
  /** The report's district, city and province. */
  places: Place[];
  /** Heading and paragraph texts by anchor, whitespace removed. */
  sites: Map<string, string>;
}

const squeeze = (text: string) => text.replace(/\s+/gu, '');
/** How a term is compared with text: no whitespace, Latin letters in lower case. */
export const comparable = (text: string) => squeeze(text).toLowerCase();

export async function loadCorpusText(): Promise<ReportText[]> {
  return (await ingestProjectSeeds()).map(({ result: { report } }) => {
    const sites = new Map<string, string>();
    for (const site of textSites(report)) sites.set(site.anchor, comparable(site.rich.text));
    return {
      slug: report.data.slug,
      title: report.data.title,
      convertedFromTraditional: report.data.provenance.convertedFromTraditional,
      front: comparable(report.front.map((line) => line.text).join('')),
      places: [report.data.district, report.data.city, report.data.province],
      sites,
    };
  });
}

/** The anchors of `report` whose text holds one of `phrases`. */
export function anchorsHolding(report: ReportText, phrases: readonly string[]): Set<string> {
  const wanted = phrases.map(comparable);
  return new Set([...report.sites].filter(([, text]) => wanted.some((p) => text.includes(p))).map(([anchor]) => anchor));
}

export function frontHolds(report: ReportText, phrases: readonly string[]): boolean {
  return phrases.map(comparable).some((p) => report.front.includes(p));
}

export function reportHolds(report: ReportText, phrases: readonly string[]): boolean {
  return frontHolds(report, phrases) || anchorsHolding(report, phrases).size > 0;
}
