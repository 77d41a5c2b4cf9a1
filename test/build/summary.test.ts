import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeCorpusDownloads } from '../../src/build/corpus-downloads.ts';
import { commitSummaryFiles, leanReport, readReportData, writeSummaryFiles } from '../../src/build/summary.ts';
import { internStrings, readJsonLines, readJsonLinesAt, withShardSummary } from '../../src/lib/shard.ts';
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

test('the corpus pages read the lean summary with each string kept once, the data unchanged', () => {
  const lines = [
    { id: 'a', data: { slug: 'a', metrics: [{ period: '2016', unit: '亿元', role: 'actual' }, { period: '2016', unit: '%', role: 'target' }], year: 2017 } },
    { id: 'b', data: { slug: 'b', metrics: [{ period: '2016', unit: '亿元', role: 'actual', value: 1.5 }], city: { name: '安康市' }, none: null } },
  ];
  const strings = new Map<string, string>();
  const copy = structuredClone(lines[0]!.data);
  // In place: the same objects, equal to what they were.
  expect(internStrings(copy, strings)).toBe(copy);
  expect(copy).toEqual(lines[0]!.data);
  expect([...strings.keys()].sort()).toEqual(['%', '2016', 'a', 'actual', 'target', '亿元'].sort());
  internStrings(structuredClone(lines[1]!.data), strings);
  // Only the strings not seen in the first line were added.
  expect([...strings.keys()].filter((k) => !['%', '2016', 'a', 'actual', 'target', '亿元'].includes(k)).sort()).toEqual(['b', '安康市']);
  const file = join(work, 'lean.jsonl');
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  process.env['BAOGAO_SHARD_SUMMARY'] = file;
  try {
    expect(withShardSummary([])).toEqual(lines.map((l) => l.data));
  } finally {
    delete process.env['BAOGAO_SHARD_SUMMARY'];
  }
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
  expect(writeSummaryFiles(contentDir, lean, full).reports).toBeGreaterThan(0);
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

test('a summary written again copies the lines of unchanged report files, and equals one written from scratch', () => {
  const dir = join(work, 'reuse');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content'), { recursive: true });
  const names = readdirSync(contentDir).filter((f) => f.endsWith('.mdx')).sort();
  for (const name of names) linkSync(join(contentDir, name), join(dir, 'content', name));
  const [lean, full, state] = ['summary.jsonl', 'reports.jsonl', 'state.json'].map((f) => join(dir, f)) as [string, string, string];
  const reuse = { state, code: 'sources 1' };
  const write = (r = reuse) => {
    const result = writeSummaryFiles(join(dir, 'content'), lean, full, r);
    commitSummaryFiles(lean, full, r);
    return result;
  };
  const fresh = (): [string, string] => {
    writeSummaryFiles(join(dir, 'content'), `${lean}.fresh`, `${full}.fresh`);
    return [readFileSync(`${lean}.fresh.tmp`, 'utf8'), readFileSync(`${full}.fresh.tmp`, 'utf8')];
  };
  const written = (): [string, string] => [readFileSync(lean, 'utf8'), readFileSync(full, 'utf8')];

  // The downloads from these summary files, with their own state: pieces of unchanged reports copied.
  const dist = join(dir, 'dist');
  mkdirSync(dist);
  const downloadsReuse = { state: join(dir, 'downloads-state.json'), code: 'sources 1' };
  const downloads = (r = downloadsReuse) => {
    const result = writeCorpusDownloads(lean, full, dist, r);
    const reports = buildSiteData({ reports: names.map((name) => readReportData(join(dir, 'content', name))), indicators: [], glossary: [] }).reports;
    expect(readFileSync(join(dist, 'reports.json'), 'utf8')).toBe(reportsJson(reports));
    expect(readFileSync(join(dist, 'metrics.csv'), 'utf8')).toBe(metricsCsv(reports));
    return result;
  };

  expect(write()).toEqual({ reports: names.length, reused: 0 });
  expect(downloads()).toEqual({ reports: names.length, reused: 0 });
  expect(write()).toEqual({ reports: names.length, reused: names.length });
  expect(written()).toEqual(fresh());
  expect(downloads()).toEqual({ reports: names.length, reused: names.length });

  // One report's file replaced (as the ingest replaces it: a new file renamed into place), with another title.
  const changed = join(dir, 'content', names[1]!);
  const text = readFileSync(changed, 'utf8').replace(/"title":"([^"]*)"/, '"title":"$1（修订）"');
  writeFileSync(`${changed}.new`, text);
  rmSync(changed);
  linkSync(`${changed}.new`, changed);
  rmSync(`${changed}.new`);
  expect(write()).toEqual({ reports: names.length, reused: names.length - 1 });
  expect(written()).toEqual(fresh());
  expect(written()[1]).toContain('（修订）');
  expect(downloads()).toEqual({ reports: names.length, reused: names.length - 1 });
  expect(readFileSync(join(dist, 'reports.json'), 'utf8')).toContain('（修订）');
  // Downloads changed since their state was written: nothing copied.
  writeFileSync(join(dist, 'reports.json'), readFileSync(join(dist, 'reports.json'), 'utf8').replace('（修订）', '（改）'));
  expect(downloads()).toEqual({ reports: names.length, reused: 0 });
  expect(downloads({ ...downloadsReuse, code: 'sources 2' }).reused).toBe(0);

  // Other sources, or summary files not as the state left them: nothing is copied.
  expect(write({ state, code: 'sources 2' }).reused).toBe(0);
  writeFileSync(full, readFileSync(full, 'utf8').replace('（修订）', '（改）'));
  expect(write({ state, code: 'sources 2' }).reused).toBe(0);
  expect(written()).toEqual(fresh());
});
