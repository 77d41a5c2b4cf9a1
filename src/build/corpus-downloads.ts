/**
 * The merge of a sharded build writes the two downloads that carry every report whole,
 * `reports.json` and `metrics.csv` (no shard holds every report whole: src/lib/shard.ts). The
 * same bytes as one build's Astro routes (`src/pages/[download].*.ts`): the same functions
 * (src/lib/downloads.ts), the same order of reports (`groupDistricts`), computed from the lean
 * summary; then each report's full data is read from `reports.jsonl` at its offset and written
 * out, one report at a time, so memory does not grow with the corpus.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { replaceIfChanged } from './write-if-changed.ts';
import { join } from 'node:path';
import type { ReportData } from '../model.ts';
import { metricsCsvHeader, metricsCsvRows, reportsJsonClose, reportsJsonOpen, reportsJsonPiece, reportsJsonSeparator } from '../lib/downloads.ts';
import { readJsonLines, readJsonLinesAt, type SummaryLine } from '../lib/shard.ts';
import { groupDistricts } from '../lib/site-data.ts';
import { paths } from '../lib/urls.ts';

export function writeCorpusDownloads(leanSummaryFile: string, fullReportsFile: string, dist: string): number {
  const at = new Map<string, { offset: number; length: number }>();
  for (const { line, offset, length } of readJsonLinesAt(fullReportsFile)) at.set(line.id, { offset, length });
  const ids = new Map<ReportData, string>();
  const lean: ReportData[] = [];
  for (const line of readJsonLines(leanSummaryFile)) {
    const report = line.data as unknown as ReportData;
    ids.set(report, line.id);
    lean.push(report);
  }
  const order = groupDistricts(lean).flatMap((d) => d.reports.map((r) => ids.get(r)!));
  const missing = order.filter((id) => !at.has(id));
  if (missing.length > 0) throw new Error(`${fullReportsFile}: no data for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}, which ${leanSummaryFile} lists (both must come from the same --summary run)`);

  const source = openSync(fullReportsFile, 'r');
  const json = join(dist, paths.reportsJson());
  const csv = join(dist, paths.metricsCsv());
  const jsonOut = openSync(`${json}.tmp`, 'w');
  const csvOut = openSync(`${csv}.tmp`, 'w');
  try {
    writeSync(csvOut, metricsCsvHeader);
    writeSync(jsonOut, order.length === 0 ? '[]' : reportsJsonOpen);
    order.forEach((id, i) => {
      const { offset, length } = at.get(id)!;
      const bytes = Buffer.alloc(length);
      readSync(source, bytes, 0, length, offset);
      const report = (JSON.parse(bytes.toString('utf8')) as SummaryLine).data as unknown as ReportData;
      writeSync(jsonOut, (i > 0 ? reportsJsonSeparator : '') + reportsJsonPiece(report));
      writeSync(csvOut, metricsCsvRows(report));
    });
    if (order.length > 0) writeSync(jsonOut, reportsJsonClose);
  } finally {
    closeSync(source);
    closeSync(jsonOut);
    closeSync(csvOut);
  }
  // Either is often the same as before (metrics.csv after an edit of a report's text): left as it was.
  replaceIfChanged(`${json}.tmp`, json);
  replaceIfChanged(`${csv}.tmp`, csv);
  return order.length;
}
