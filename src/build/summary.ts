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
import { closeSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { reportData, type Metric, type ReportData } from '../model.ts';
import { splitReportFile } from '../render/report-file.ts';
import { readJsonLines } from '../lib/shard.ts';
import { fileStat, readReuseState, sameStat, type FileStat } from './reuse-state.ts';

/** What the shard plan reads of a report in the summary. */
export interface PlannedReport {
  id: string;
  city: string;
  sourceFile: string;
  /** Its year and places (slug and name): a city shard's outline of the corpus (src/lib/shard.ts). */
  year: number;
  cityName: string;
  district: { slug: string; name: string };
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
 * What the last `writeSummaryFiles` wrote, kept between builds (`SummaryReuse.state`): each report
 * file's stat (the ingest renames a file it writes into place, so an unchanged stat is an
 * unchanged file) and where its two lines are in the summary files, and those files' own stat.
 * A rebuild after one changed report copies the other reports' lines instead of parsing and
 * validating every file again.
 */
interface SummaryState {
  /** Everything else a line depends on (the caller's digest of the sources: the schema, this code). */
  code: string;
  lean: FileStat;
  full: FileStat;
  files: Record<string, { stat: FileStat; lean: [number, number]; full: [number, number] }>;
}

export interface SummaryReuse {
  /** The state file: read if present, written with the summary files (`commitSummaryFiles`). */
  state: string;
  /** Digest of the code and schema the lines are computed with; another digest reuses nothing. */
  code: string;
}

/**
 * Writes both summary files from every `.mdx` file in `contentDir`, one report at a time (memory
 * does not grow with the corpus), as `<file>.tmp`; `commitSummaryFiles` puts them in place. With
 * `reuse`, the lines of the files unchanged since the last summary are copied from it. Returns
 * how many reports, and how many of their lines were copied.
 */
export function writeSummaryFiles(contentDir: string, leanFile: string, fullFile: string, reuse?: SummaryReuse): { reports: number; reused: number } {
  const names = readdirSync(contentDir).filter((name) => name.endsWith('.mdx')).sort();
  const previous = reuse ? readState(reuse, leanFile, fullFile) : undefined;
  const lean = openSync(`${leanFile}.tmp`, 'w');
  const full = openSync(`${fullFile}.tmp`, 'w');
  const before = previous ? { lean: openSync(leanFile, 'r'), full: openSync(fullFile, 'r') } : undefined;
  const files: SummaryState['files'] = {};
  const at = { lean: 0, full: 0 };
  const write = (fd: number, which: 'lean' | 'full', bytes: Buffer): [number, number] => {
    writeSync(fd, bytes);
    const place: [number, number] = [at[which], bytes.length];
    at[which] += bytes.length;
    return place;
  };
  const copy = (fd: number, [offset, length]: [number, number]): Buffer => {
    const bytes = Buffer.alloc(length);
    if (readSync(fd, bytes, 0, length, offset) !== length) throw new Error(`summary: the last summary is shorter than ${reuse?.state} says`);
    return bytes;
  };
  let reused = 0;
  try {
    for (const name of names) {
      const file = join(contentDir, name);
      const stat = reuse ? fileStat(file) : undefined;
      const last = previous?.files[name];
      if (before && stat && last && sameStat(last.stat, stat)) {
        files[name] = { stat, lean: write(lean, 'lean', copy(before.lean, last.lean)), full: write(full, 'full', copy(before.full, last.full)) };
        reused++;
        continue;
      }
      const id = name.slice(0, -'.mdx'.length);
      const data = readReportData(file);
      const leanLine = write(lean, 'lean', Buffer.from(`${JSON.stringify({ id, data: leanReport(data) })}\n`));
      const fullLine = write(full, 'full', Buffer.from(`${JSON.stringify({ id, data })}\n`));
      if (stat) files[name] = { stat, lean: leanLine, full: fullLine };
    }
  } finally {
    closeSync(lean);
    closeSync(full);
    if (before) {
      closeSync(before.lean);
      closeSync(before.full);
    }
  }
  if (reuse) writeFileSync(`${reuse.state}.tmp`, JSON.stringify({ code: reuse.code, files }));
  return { reports: names.length, reused };
}

/** Renames the `.tmp` files `writeSummaryFiles` wrote into place, then its state (with their stat). */
export function commitSummaryFiles(leanFile: string, fullFile: string, reuse?: SummaryReuse): void {
  if (reuse) rmSync(reuse.state, { force: true });
  renameSync(`${leanFile}.tmp`, leanFile);
  renameSync(`${fullFile}.tmp`, fullFile);
  if (!reuse) return;
  const state = JSON.parse(readFileSync(`${reuse.state}.tmp`, 'utf8')) as Omit<SummaryState, 'lean' | 'full'>;
  writeFileSync(`${reuse.state}.tmp`, JSON.stringify({ ...state, lean: fileStat(leanFile), full: fileStat(fullFile) }));
  renameSync(`${reuse.state}.tmp`, reuse.state);
}

/** The last summary's state, when the same code wrote it and its files are still those it wrote. */
function readState(reuse: SummaryReuse, leanFile: string, fullFile: string): SummaryState | undefined {
  return readReuseState<SummaryState>(reuse.state, reuse.code, { lean: leanFile, full: fullFile });
}

/** What the shard plan reads of every report in the summary file (kept small: 20,000 lines of it). */
export function readSummaryPlan(file: string): PlannedReport[] {
  const plan: PlannedReport[] = [];
  for (const { id, data } of readJsonLines(file)) {
    const report = data as { city?: { slug?: unknown; name?: unknown }; district?: { slug?: unknown; name?: unknown }; provenance?: { sourceFile?: unknown }; year?: unknown };
    const { city, district, provenance, year } = report;
    if (typeof city?.slug !== 'string' || typeof city.name !== 'string' || typeof district?.slug !== 'string' || typeof district.name !== 'string' || typeof provenance?.sourceFile !== 'string' || typeof year !== 'number') {
      throw new Error(`${file}: the report ${id} has no city, district, provenance.sourceFile or year (not a summary written by --summary?)`);
    }
    plan.push({ id, city: city.slug, sourceFile: provenance.sourceFile, year, cityName: city.name, district: { slug: district.slug, name: district.name } });
  }
  return plan;
}
