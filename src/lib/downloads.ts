/** The data downloads: `metrics.csv` (one row a figure) and `reports.json` (one object a report). */
import type { ReportData } from '../model.ts';
import { paths } from './urls.ts';

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
