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

export function metricsCsv(reports: ReportData[]): string {
  const rows = [columns.join(',')];
  for (const r of reports) {
    for (const m of r.metrics) {
      const row = [
        r.slug, r.city.name, r.district.name, r.year, m.id, m.anchor, m.indicator, m.label, m.text, m.number, m.scaleWord, m.unit,
        m.value, m.baseUnit, m.unitKind, m.qualifier, m.period, m.role, m.growth, m.growthUnit, m.growthOf,
        `${paths.report(r.slug)}#${m.anchor}`,
      ];
      rows.push(row.map(csvField).join(','));
    }
  }
  // BOM: spreadsheet programs then read the Chinese text as UTF-8.
  return `\uFEFF${rows.join('\r\n')}\r\n`;
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

export function reportsJson(reports: ReportData[]): string {
  return JSON.stringify(
    reports.map(({ provenance, ...rest }) => ({
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
    })),
    null,
    1,
  );
}
