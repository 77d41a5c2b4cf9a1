/** The data downloads: `metrics.csv` (one row a figure) and `reports.json` (one object a report). */
import type { ReportData } from '../model.ts';
import { paths } from './urls.ts';
import type { TargetPair } from './target-pairs.ts';

const columns = [
  'report', 'city', 'district', 'year', 'metric', 'anchor', 'indicator', 'label', 'text', 'number', 'scale_word', 'unit',
  'value', 'base_unit', 'unit_kind', 'qualifier', 'period', 'role', 'growth', 'growth_unit', 'growth_of', 'page',
] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const metricsCsvHeader = `\uFEFF${columns.join(',')}\r\n`;

/** The rows of `metrics.csv` for one report, each ending in CRLF. */
export function metricsCsvRows(r: ReportData): string {
  let rows = '';
  for (const m of r.metrics) {
    const row = [
      r.slug, r.city.name, r.district.name, r.year, m.id, m.anchor, m.indicator, m.label, m.text, m.number, m.scaleWord, m.unit,
      m.value, m.baseUnit, m.unitKind, m.qualifier, m.period, m.role, m.growth, m.growthUnit, m.growthOf,
      `${paths.report(r.slug)}#${m.anchor}`,
    ];
    rows += `${row.map(csvField).join(',')}\r\n`;
  }
  return rows;
}

/** `metrics.csv`; the BOM makes spreadsheet programs read the Chinese text as UTF-8. Also written piece by piece (src/build/corpus-downloads.ts). */
export function metricsCsv(reports: ReportData[]): string {
  return metricsCsvHeader + reports.map(metricsCsvRows).join('');
}

const targetColumns = [
  'district', 'city', 'indicator', 'period', 'measure', 'target', 'target_upper', 'unit', 'bound', 'striving', 'relative_to',
  'target_text', 'outcome', 'outcome_kind', 'outcome_text', 'status', 'difference', 'target_page', 'outcome_page',
] as const;

/** `targets.csv`: one row a target with its outcome, or an outcome with no stated target. */
export function targetsCsv(pairs: readonly TargetPair[]): string {
  const rows = [targetColumns.join(',')];
  for (const p of pairs) {
    const row = [
      p.district.name, p.city.name, p.indicator, p.period, p.measure, p.target?.value, p.target?.upper, p.unit,
      p.target?.bound, p.target?.striving, p.target?.relativeTo, p.target?.text,
      p.outcomeValue, p.outcomeKind, p.outcome?.text, p.status, p.difference,
      p.target && p.targetReport ? `${paths.report(p.targetReport.slug)}#${p.target.anchor}` : undefined,
      p.outcome && p.reviewReport ? `${paths.report(p.reviewReport.slug)}#${p.outcome.anchor}` : undefined,
    ];
    rows.push(row.map(csvField).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** One report's object in `reports.json`. */
function reportsJsonItem({ provenance, ...rest }: ReportData): unknown {
  return {
    ...rest,
    page: paths.report(rest.slug),
    provenance: {
      sourceFile: provenance.sourceFile,
      sha256: provenance.sha256,
      bytes: provenance.bytes,
      encoding: provenance.encoding,
      // Only for reports saved as a web page, Word file or PDF, so text reports read as before.
      ...(provenance.format ? { format: provenance.format, droppedLines: (provenance.dropped ?? []).reduce((n, d) => n + (d.count ?? 1), 0) } : {}),
      convertedFromTraditional: provenance.convertedFromTraditional,
      removedLines: provenance.removals.length,
      damage: provenance.damage,
      overrides: provenance.overrides,
    },
  };
}

/**
 * `reports.json` is `JSON.stringify(items, null, 1)`, written in pieces so that the merge of a
 * sharded build can stream it one report at a time: `[`, then each item indented by one space and
 * separated by `,`, then `]` (`[]` when there is none).
 */
export const reportsJsonOpen = '[\n';
export const reportsJsonSeparator = ',\n';
export const reportsJsonClose = '\n]';
export const reportsJsonPiece = (report: ReportData): string => JSON.stringify(reportsJsonItem(report), null, 1).replace(/^/gm, ' ');

export function reportsJson(reports: ReportData[]): string {
  if (reports.length === 0) return '[]';
  return reportsJsonOpen + reports.map(reportsJsonPiece).join(reportsJsonSeparator) + reportsJsonClose;
}
