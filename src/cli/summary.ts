/**
 * The human summary of an ingest run: one row per report, then the totals line.
 * Pure formatting over the reports' data; printing is the caller's.
 */
import type { ReportData } from '../model.ts';
import { padEnd, textWidth } from './text-width.ts';

export interface SummaryRow {
  slug: string;
  district: string;
  city: string;
  kind: string;
  year: string;
  /** `parts/sections/paragraphs`. */
  structure: string;
  removed: string;
  flags: string;
}

const kindLabel: Record<ReportData['kind'], string> = {
  'government-work-report': 'gov',
  'party-committee-report': 'party',
  other: 'other',
  'party-congress-report': 'congress',
  'party-plenary-report': 'plenary',
  'plan-execution-report': 'plan',
  'budget-report': 'budget',
};

export interface Counts {
  parts: number;
  sections: number;
  paragraphs: number;
}

export function outlineCounts(data: Pick<ReportData, 'outline'>): Counts {
  let parts = 0;
  let sections = 0;
  let paragraphs = 0;
  for (const block of data.outline) {
    if (block.kind === 'part') parts += 1;
    sections += block.sections.length;
    paragraphs += block.paragraphs + block.sections.reduce((sum, s) => sum + s.paragraphs, 0);
  }
  return { parts, sections, paragraphs };
}

/**
 * Noise lines: removals of whole lines (page chrome, footers). Pinyin glosses are removed from
 * inside lines that stay, so they are counted as a flag of their own.
 */
export function isGlossRemoval(rule: string): boolean {
  return rule.startsWith('pinyin');
}

export function noiseLinesRemoved(data: Pick<ReportData, 'provenance'>): number {
  return new Set(data.provenance.removals.filter((r) => !isGlossRemoval(r.rule)).map((r) => r.line)).size;
}

export function flags(data: ReportData, warnings: number, hasSidecar: boolean): string[] {
  const { provenance } = data;
  const glosses = provenance.removals
    .filter((r) => isGlossRemoval(r.rule))
    .reduce((sum, r) => sum + (r.count ?? 1), 0);
  const format = provenance.format ?? 'text';
  return [
    data.coverage === 'year' ? '' : data.coverage,
    format === 'text' ? '' : format,
    // Word and PDF text has no byte encoding of its own to report.
    provenance.encoding.startsWith('utf-8') || format === 'docx' || format === 'doc' || format === 'pdf' ? '' : provenance.encoding,
    provenance.convertedFromTraditional ? 'trad→simp' : '',
    glosses > 0 ? `glosses:${glosses}` : '',
    provenance.damage.length > 0 ? `damage:${provenance.damage.length}` : '',
    provenance.reflowed ? 'reflowed' : '',
    hasSidecar || provenance.overrides.length > 0 ? 'sidecar' : '',
    warnings > 0 ? `warnings:${warnings}` : '',
  ].filter(Boolean);
}

export function summaryRow(data: ReportData, warnings: number, hasSidecar: boolean): SummaryRow {
  const counts = outlineCounts(data);
  return {
    slug: data.slug,
    district: data.district.name,
    city: data.city.name,
    kind: kindLabel[data.kind],
    year: String(data.year),
    structure: `${counts.parts}/${counts.sections}/${counts.paragraphs}`,
    removed: String(noiseLinesRemoved(data)),
    flags: flags(data, warnings, hasSidecar).join(' '),
  };
}

const header: SummaryRow = {
  slug: 'slug',
  district: 'district',
  city: 'city',
  kind: 'kind',
  year: 'year',
  structure: 'parts/sect/para',
  removed: 'removed',
  flags: 'flags',
};

export function formatTable(rows: SummaryRow[]): string {
  const columns = Object.keys(header) as Array<keyof SummaryRow>;
  const all = [header, ...rows];
  const widths = columns.map((column) => Math.max(...all.map((row) => textWidth(row[column]))));
  return all
    .map((row) =>
      columns
        .map((column, i) => (i === columns.length - 1 ? row[column] : padEnd(row[column], widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export interface Totals {
  reports: number;
  failed: number;
  /** Inputs set aside as copies of a report kept from another input (src/cli/copies.ts). */
  setAside?: number;
  warnings: number;
  removed: number;
  damage: number;
}

export function formatTotals(totals: Totals): string {
  const parts = [
    `${totals.reports} report${totals.reports === 1 ? '' : 's'}`,
    `${totals.failed} failed`,
    ...(totals.setAside ? [`${totals.setAside} cop${totals.setAside === 1 ? 'y' : 'ies'} set aside`] : []),
    `${totals.warnings} warning${totals.warnings === 1 ? '' : 's'}`,
    `${totals.removed} noise line${totals.removed === 1 ? '' : 's'} removed`,
    `${totals.damage} damaged span${totals.damage === 1 ? '' : 's'}`,
  ];
  return parts.join(', ');
}

/** How much of the run the ingest cache saved: `ingest cache: 99 of 100 reports re-used (.cache/ingest)`. */
export function formatCacheLine(reused: number, reports: number, cacheDir: string): string {
  return `ingest cache: ${reused} of ${reports} report${reports === 1 ? '' : 's'} re-used (${cacheDir})`;
}

export function formatThreadsLine(seeds: number, threads: number): string {
  return `ingest: ${seeds} seed${seeds === 1 ? '' : 's'} on ${threads} thread${threads === 1 ? '' : 's'}`;
}
