import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeCorpusDownloads } from '../../src/build/corpus-downloads.ts';
import { leanReport, readReportData, writeSummaryFiles } from '../../src/build/summary.ts';
import { readJsonLines, readJsonLinesAt } from '../../src/lib/shard.ts';
import { metricsCsv, reportsJson } from '../../src/lib/downloads.ts';
import { buildSiteData } from '../../src/lib/site-data.ts';
import type { ReportData } from '../../src/model.ts';
import { repoRoot } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'baogao-summary-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('JSON lines are read one at a time with their offsets, across the reader’s 1 MB chunks', () => {
  const lines = [{ id: 'a', data: { x: '甲'.repeat(700_000) } }, { id: 'b', data: {} }, { id: 'c', data: { y: [1, 2] } }];
  const file = join(work, 'lines.jsonl');
  const text = lines.map((l) => JSON.stringify(l)).join('\n') + '\n\n';
  writeFileSync(file, text);
  const read = [...readJsonLinesAt(file)];
  expect(read.map((r) => r.line)).toEqual(lines);
  const bytes = readFileSync(file);
  for (const r of read) expect(JSON.parse(bytes.subarray(r.offset, r.offset + r.length).toString('utf8'))).toEqual(r.line);
  writeFileSync(file, '{"id":"a","data":{}}\n{"id":');
  expect(() => [...readJsonLines(file)]).toThrow(`${file}:2: not a summary line`);
});

// The seeds ingested into a folder of the test's own (with a copy of their anchor ledgers): real
// identities, figures and targets.
const contentDir = join(work, 'content');
beforeAll(() => {
  cpSync(join(repoRoot, 'content', 'ledger'), join(work, 'ledger'), { recursive: true });
  const result = spawnSync('npx', ['tsx', 'scripts/ingest.ts', '--in', 'seeds', '--out', contentDir, '--ledger', join(work, 'ledger')], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ingest failed:\n${result.stderr}`);
}, 120_000);
const seedReports = (): ReportData[] => readdirSync(contentDir).filter((f) => f.endsWith('.mdx')).sort().map((f) => readReportData(join(contentDir, f)));

test('the lean data keeps identity, indicator figures and targets, and of other figures only their id', () => {
  for (const report of seedReports()) {
    const lean = leanReport(report) as unknown as ReportData;
    expect(lean.slug).toBe(report.slug);
    expect(lean.targets).toEqual(report.targets);
    expect(lean.metrics).toHaveLength(report.metrics.length);
    for (const [i, m] of report.metrics.entries()) {
      if (m.indicator) expect(lean.metrics[i]).toEqual({ ...m, label: undefined, scale: undefined } as unknown as typeof m);
      else expect(lean.metrics[i]).toEqual({ id: m.id });
    }
    expect(lean).not.toHaveProperty('outline');
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(report).length);
  }
});

test('the merge’s reports.json and metrics.csv, streamed from the summary files, equal one build’s', () => {
  const lean = join(work, 'summary.jsonl');
  const full = join(work, 'reports.jsonl');
  expect(writeSummaryFiles(contentDir, lean, full)).toBeGreaterThan(0);
  writeFileSync(lean, readFileSync(`${lean}.tmp`));
  writeFileSync(full, readFileSync(`${full}.tmp`));
  const dist = join(work, 'dist');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist);
  writeCorpusDownloads(lean, full, dist);
  const data = buildSiteData({ reports: seedReports(), indicators: [], glossary: [] });
  expect(readFileSync(join(dist, 'reports.json'), 'utf8')).toBe(reportsJson(data.reports));
  expect(readFileSync(join(dist, 'metrics.csv'), 'utf8')).toBe(metricsCsv(data.reports));
});
