/**
 * Smoke run of the benchmark: 20 synthetic reports through the whole build (ingest, astro build,
 * pagefind, the post-build steps) and the Starlight baseline, once, into a temporary folder. Asserts the report it writes, never
 * a time: the numbers are there and sane (positive, the rebuild re-ingested exactly one seed).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'baogao-bench-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The cells of the table row that starts with `| 20 |` under the heading `title`. */
function row(markdown: string, title: string): string[] {
  const section = markdown.split(/^##+ /m).find((s) => s.startsWith(title));
  const line = section?.split('\n').find((l) => l.startsWith('| 20 |'));
  expect(line, `a row for N = 20 under "${title}"`).toBeDefined();
  return (line ?? '').split('|').slice(1, -1).map((c) => c.trim());
}

const number = /^\d+(\.\d+)?$/;

test('bench --sizes 20 writes every table with numbers for N = 20', { timeout: 600_000 }, () => {
  const out = path.join(work, 'BENCHMARKS.md');
  const run = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['scripts/bench.ts', '--sizes', '20', '--runs', '1', '--starlight-sizes', '20', '--no-browser', '--out', out, '--work', path.join(work, 'work')],
    { cwd: root, encoding: 'utf8' },
  );
  expect(run.status, run.stderr.slice(-3000)).toBe(0);
  const markdown = readFileSync(out, 'utf8');
  expect(markdown).toMatch(/^# Benchmarks\n/);

  const [n, runs, ingest, mbPerS, perS, astro, pagefind, , total, msPerReport, peak] = row(markdown, 'Time and memory');
  expect([n, runs]).toEqual(['20', '1']);
  for (const value of [ingest, mbPerS, perS, astro, pagefind, total, msPerReport]) expect(value).toMatch(number);
  expect(Number(total)).toBeGreaterThanOrEqual(Number(ingest) + Number(astro));
  expect(peak).toMatch(/^\d+(\.\d+)? MB$/);
  // The machine's load average before and after the cold runs.
  expect(row(markdown, 'Time and memory')[12]).toMatch(/^\d+\.\d → \d+\.\d$/);
  // The Starlight baseline on the same reports: its time, its peak, and our total over its time.
  const [starlight, starlightPeak, ratio] = row(markdown, 'Time and memory').slice(13);
  expect(starlight).toMatch(number);
  expect(starlightPeak).toMatch(/^\d+(\.\d+)? MB$/);
  expect(ratio).toMatch(number);

  const phases = row(markdown, 'Inside `astro build`');
  for (const value of phases.slice(1)) expect(value).toMatch(number);

  const rebuild = row(markdown, 'Rebuild after changing one seed');
  // The ingest cache: only the changed seed went through the pipeline again.
  expect(rebuild[1]).toBe('1 of 20');
  // 20 reports are built in one pass (above --shard-size, in shards: test/site/incremental-build.test.ts).
  expect(rebuild[2]).toBe('– (one pass)');
  expect(rebuild[7]).toMatch(number);

  const weight = row(markdown, 'Page weight');
  expect(weight[1]).toBe('20');
  for (const value of weight.slice(2, 6)) expect(value).toMatch(/^\d+(\.\d+)? KB$/);
  expect(weight[6]).toMatch(/^\d+ of 20$/);
  expect(weight[7]).toMatch(/^\d+$/);
  // One search index: the ZIP is at most 1.1 × the site it holds.
  const zip = /^\d+(\.\d+)? MB \((\d+\.\d+) × site\)$/.exec(weight[12] ?? '');
  expect(zip, weight[12]).not.toBeNull();
  expect(Number(zip?.[2])).toBeLessThanOrEqual(1.1);

  expect(row(markdown, 'Search')[3]).toBe('not measured (--no-browser)');
});
