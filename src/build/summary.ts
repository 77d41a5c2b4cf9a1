/**
 * The corpus summary of a sharded build (docs/sharded-build.md), computed once from the whole
 * ingested corpus, as two files of one JSON line per report (`{id, data}`), in file-name order:
 *
 * - `summary.jsonl`: the **lean** data every shard's `astro build` loads for the other shards'
 *   reports (`leanReport`): what the pages built from the whole corpus (home, years, indicators
 *   and their year pages, targets.csv, search places, about) read, and nothing else.
 * - `reports.jsonl`: every report's full frontmatter (validated), read only by the merge for the
 *   two downloads that carry everything, `reports.json` and `metrics.csv`
 *   (src/build/corpus-downloads.ts). No shard loads it.
 */
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { reportData, type Metric, type ReportData } from '../model.ts';
import { splitReportFile } from '../render/report-file.ts';
import { readJsonLines } from '../lib/shard.ts';

/** What the shard plan reads of a report in the summary. */
export interface PlannedReport {
  id: string;
  city: string;
  sourceFile: string;
}

/**
 * What the corpus-wide pages read of a report (found by reading every page and component that
 * `getSiteData()` feeds, src/lib/site-data.ts, target-pairs.ts, downloads.ts' targetsCsv):
 * - its identity (slug, title, kind, coverage, places, year, date, periods, speaker, meeting: lists,
 *   year comparisons, the citation sample on the about page) and of its provenance the source
 *   file (a shard finds its seeds by it);
 * - every figure tied to an indicator (observations, series, comparisons, target outcomes), without
 *   its label phrase and scale factor, which only the report's own page and notes show;
 * - of the other figures only their id: the home page counts every report's figures;
 * - its targets, whole (targets.csv).
 * Left out: the outline, glossary terms, anchor ledger, and the rest of the provenance (checksum,
 * size, removals, damage, facts and their evidence): the report's own pages and `reports.json`
 * read them. So an edit to a report's text that changes none of its identity, indicator figures
 * or targets leaves this summary as it was, and the other shards' inputs with it.
 * test/site/sharded-build.test.ts checks that pages built from this equal one build's.
 */
export function leanReport(report: ReportData): Record<string, unknown> {
  const { outline: _outline, terms: _terms, anchors: _anchors, provenance, metrics, ...identity } = report;
  return {
    ...identity,
    provenance: { sourceFile: provenance.sourceFile },
    metrics: metrics.map(leanMetric),
  };
}

function leanMetric(metric: Metric): Partial<Metric> {
  if (!metric.indicator) return { id: metric.id };
  const { label: _label, scale: _scale, ...read } = metric;
  return read;
}

/** The frontmatter of `file`, validated as the collection does (defaults filled, unknown keys dropped). */
export function readReportData(file: string): ReportData {
  const { data } = splitReportFile(readFileSync(file, 'utf8'), file);
  const parsed = reportData.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: frontmatter: ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'invalid'}; ingest it again`);
  }
  return parsed.data;
}

/**
 * Writes both summary files from every `.mdx` file in `contentDir`, one report at a time (memory
 * does not grow with the corpus). Returns how many reports.
 */
export function writeSummaryFiles(contentDir: string, leanFile: string, fullFile: string): number {
  const names = readdirSync(contentDir).filter((name) => name.endsWith('.mdx')).sort();
  const lean = openSync(`${leanFile}.tmp`, 'w');
  const full = openSync(`${fullFile}.tmp`, 'w');
  try {
    for (const name of names) {
      const id = name.slice(0, -'.mdx'.length);
      const data = readReportData(join(contentDir, name));
      writeSync(lean, `${JSON.stringify({ id, data: leanReport(data) })}\n`);
      writeSync(full, `${JSON.stringify({ id, data })}\n`);
    }
  } finally {
    closeSync(lean);
    closeSync(full);
  }
  return names.length;
}

/** What the shard plan reads of every report in the summary file (kept small: 20,000 lines of it). */
export function readSummaryPlan(file: string): PlannedReport[] {
  const plan: PlannedReport[] = [];
  for (const { id, data } of readJsonLines(file)) {
    const report = data as { city?: { slug?: unknown }; provenance?: { sourceFile?: unknown } };
    if (typeof report.city?.slug !== 'string' || typeof report.provenance?.sourceFile !== 'string') {
      throw new Error(`${file}: the report ${id} has no city.slug or provenance.sourceFile (not a summary written by --summary?)`);
    }
    plan.push({ id, city: report.city.slug, sourceFile: report.provenance.sourceFile });
  }
  return plan;
}
