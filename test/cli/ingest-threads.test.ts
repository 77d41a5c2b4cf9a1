/**
 * Ingest on several threads (`--jobs 2`: this thread and a worker) gives exactly what one thread
 * gives: the same JSON (messages with their places, failures naming their files), the same
 * summary and reporter output, the same exit codes and the same MDX files.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listing, root, runOn, smallReport, workspace } from './helpers.ts';

const seeds = Object.fromEntries(
  readdirSync(path.join(root, 'seeds')).map((name) => [name, readFileSync(path.join(root, 'seeds', name))]),
);
const nextYear = smallReport.replaceAll('2014', '2015').replaceAll('2013', '2014');
const good = { ...seeds, 'xuhui-2015.txt': nextYear };
/** Neither UTF-8 nor GB18030 from line 3: a fatal message with a place. */
const undecodable = Buffer.concat([Buffer.from('政府工作报告\n第二行\n'), Buffer.from([0xff, 0xff, 0x41]), Buffer.from(smallReport)]);
// The worker is handed the first two seeds before this thread takes any, so `0-broken.txt` (a
// failure with a place) and `000_…` (warnings with places) surely cross the thread boundary.
const bad = {
  ...good,
  '0-broken.txt': undecodable,
  'empty.txt': '',
  'mars.txt': smallReport.replaceAll('徐汇区', '火星区').replaceAll('上海市', ''),
};

const threadsLine = /^ingest: \d+ seeds on \d+ threads\n/m;

/** A run with its workspace folder written `WS` (same length in both, so columns line up). */
function run(files: Record<string, string | Uint8Array>, jobs: string, extra: string[]) {
  const ws = workspace(files);
  const result = runOn(ws, '--no-cache', '--jobs', jobs, ...extra);
  const plain = (s: string) => s.replaceAll(ws.dir, 'WS');
  return { ws, status: result.status, stdout: plain(result.stdout), stderr: plain(result.stderr), raw: result };
}

function both(files: Record<string, string | Uint8Array>, ...extra: string[]) {
  return { one: run(files, '1', extra), two: run(files, '2', extra) };
}

const withoutThreadsLine = (s: string) => s.replace(threadsLine, '');

// Each test runs the CLI several times (threads start tsx and the format stages): slow on a loaded machine.
describe('--jobs 2 against --jobs 1', { timeout: 120_000 }, () => {
  test('a failing corpus: same JSON, messages and places, summary and exit code', () => {
    const { one, two } = both(bad, '--json');
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stderr).toMatch(/^ingest: 9 seeds on 2 threads$/m);
    expect(one.stderr).not.toMatch(threadsLine);

    expect(two.stdout).toBe(one.stdout);
    type Json = Array<{ file: string; ok: boolean; warnings?: unknown[]; errors?: unknown[] }>;
    const a = JSON.parse(one.stdout.replaceAll('WS/in', 'IN')) as Json;
    const b = JSON.parse(two.stdout.replaceAll('WS/in', 'IN')) as Json;
    // What this compares: warnings with a line and column, and both failures with their files.
    expect(a.filter((r) => !r.ok).map((r) => r.file)).toEqual(['IN/0-broken.txt', 'IN/empty.txt', 'IN/mars.txt']);
    expect(b.find((r) => r.file === 'IN/0-broken.txt')?.errors).toEqual([
      expect.objectContaining({ file: 'IN/0-broken.txt', line: 3, column: 1, ruleId: 'undecodable-input', severity: 'error' }),
    ]);
    expect(b.find((r) => r.file === 'IN/mars.txt')?.errors).toEqual([
      expect.objectContaining({ file: 'IN/mars.txt', ruleId: 'unknown-district', severity: 'error' }),
    ]);
    type Message = { line: number | null; column: number | null; severity: string };
    const warnings = (b.flatMap((r) => r.warnings ?? []) as Message[]).filter((m) => m.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.filter((w) => w.line === null || w.column === null)).toEqual([]);

    // The human summary and vfile-reporter's listing, place by place, save the threads line.
    expect(withoutThreadsLine(two.stderr)).toBe(one.stderr);
    expect(two.stderr).toMatch(/0-broken\.txt\n\s*3:1\s+error\s+WS\/in\/0-broken\.txt: the bytes are neither UTF-8/);
    expect(two.stderr).toMatch(/mars\.txt\n\s+error\s+No district found/);
  });

  test('a good corpus: the same MDX files, and --strict fails both on the seeds’ warnings', () => {
    const { one, two } = both(good);
    expect(one.status, one.raw.all).toBe(0);
    expect(two.status, two.raw.all).toBe(0);
    expect(listing(two.ws.out)).toEqual(listing(one.ws.out));
    expect(Object.keys(listing(two.ws.out))).toHaveLength(Object.keys(good).filter((n) => n.endsWith('.txt')).length);
    expect(withoutThreadsLine(two.stdout)).toBe(one.stdout);
    expect(two.stdout).toMatch(threadsLine);

    const strict = both(good, '--strict');
    expect(strict.one.status).toBe(1);
    expect(strict.two.status).toBe(1);
    expect(withoutThreadsLine(strict.two.stdout)).toBe(strict.one.stdout);
    expect(strict.two.stderr).toBe(strict.one.stderr);
  });

  test('a copy of a report is set aside on either path, and a text under its slug that is no copy fails', () => {
    const copies = both({ ...good, 'copy.txt': nextYear }, '--json');
    expect(copies.one.status).toBe(0);
    expect(copies.two.status).toBe(0);
    expect(copies.two.stdout).toBe(copies.one.stdout);
    expect(withoutThreadsLine(copies.two.stderr)).toBe(copies.one.stderr);
    expect(copies.two.stderr).toMatch(/WS\/in\/xuhui-2015\.txt is a copy of the report in WS\/in\/copy\.txt \(shanghai-xuhui-2015;/);
    expect(listing(copies.two.ws.out)).toEqual(listing(copies.one.ws.out));

    // The same district's report of a December session of the same year: not a copy.
    const december = nextYear.replace('2015年1月8日', '2015年12月20日');
    const conflict = both({ ...good, 'december.txt': december }, '--json');
    expect(conflict.two.stderr).toMatch(/duplicate-slug/);
    expect(conflict.one.status).toBe(1);
    expect(conflict.two.status).toBe(1);
    expect(conflict.two.stdout).toBe(conflict.one.stdout);
    expect(withoutThreadsLine(conflict.two.stderr)).toBe(conflict.one.stderr);
  }, 240_000);
});

test('results from the threads fill the ingest cache; a one-thread run then re-uses them all', () => {
  const ws = workspace(good);
  const cache = path.join(ws.dir, 'cache');
  const cli = (...args: string[]) =>
    spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/ingest.ts'), '--in', ws.in, '--out', ws.out, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, BAOGAO_INGEST_CACHE: cache, NO_COLOR: '1' },
    });
  const first = cli('--jobs', '2');
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toMatch(/^ingest cache: 0 of 6 reports re-used/m);
  // Each result under the ledger it was made with (none yet) and under the one it wrote.
  expect(readdirSync(cache).filter((name) => name.endsWith('.json'))).toHaveLength(12);
  const written = listing(ws.out);
  const second = cli('--jobs', '1');
  expect(second.status, second.stderr).toBe(0);
  expect(second.stdout).toMatch(/^ingest cache: 6 of 6 reports re-used/m);
  expect(listing(ws.out)).toEqual(written);
});
