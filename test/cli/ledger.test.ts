/**
 * `npm run ingest` keeps the anchor ledgers with no extra command: it writes them beside the
 * output on the first run, leaves every byte alone when nothing moved, says what moved when the
 * text or the slug changes (summary and --json), and refuses a broken ledger without writing.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { listing, runOn, sentinel, smallReport, workspace } from './helpers.ts';

const ledgerOf = (dir: string) => path.join(dir, 'ledger', 'a.yaml');

test('first run writes the ledger; an unchanged run leaves it byte for byte; an edit and a new year say what moved', () => {
  const ws = workspace({ 'a.txt': smallReport });
  const first = runOn(ws, '--no-cache');
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toMatch(/^ids: 0 kept, 0 kept after an edit, \d+ new, 0 retired \(1 report\)$/m);
  expect(first.stdout).toMatch(/^updated 1 anchor ledger in .*ledger \(commit them with the seeds\)$/m);
  const written = readFileSync(ledgerOf(ws.dir), 'utf8');
  expect(written).toMatch(/^# Anchor ledger of a\.txt: maintained by `npm run ingest`/);
  const mtime = statSync(ledgerOf(ws.dir)).mtimeMs;

  const again = runOn(ws, '--no-cache');
  expect(again.status, again.stderr).toBe(0);
  expect(again.stdout).toMatch(/^ids: \d+ kept, 0 kept after an edit, 0 new, 0 retired \(1 report\)$/m);
  expect(again.stdout).not.toContain('anchor ledger');
  expect(readFileSync(ledgerOf(ws.dir), 'utf8')).toBe(written);
  expect(statSync(ledgerOf(ws.dir)).mtimeMs).toBe(mtime);

  // The review's first paragraph deleted: its id is retired, landing on the nearest passage before it.
  writeFileSync(path.join(ws.in, 'a.txt'), smallReport.replace('2013年,全区实现生产总值1095亿元,增长8%。\n', ''));
  const edited = runOn(ws, '--no-cache', '--json');
  expect(edited.status, edited.stderr).toBe(0);
  expect(edited.stderr).toMatch(/^ {2}shanghai-xuhui-2014: \d+ kept, 0 kept after an edit, 0 new, 1 retired; retired s1-p1 \(removed → s1\)$/m);
  const [report] = JSON.parse(edited.stdout);
  expect(report.anchors).toMatchObject({ kept: expect.any(Number), edited: 0, new: 0, retired: 1, retiredNow: [{ id: 's1-p1', to: 's1', reason: 'removed' }], slugs: ['shanghai-xuhui-2014'], slugFrom: null });
  const frontmatter = (mdx = '') => JSON.parse(mdx.split('\n---\n')[0]!.replace(/^---\n/, '')) as { anchors?: unknown };
  expect(frontmatter(listing(ws.out)['shanghai-xuhui-2014.mdx']).anchors).toEqual({ retired: [{ id: 's1-p1', to: 's1', reason: 'removed' }], formerSlugs: [] });

  // A sidecar corrects the year: the report moves, the old slug is kept.
  writeFileSync(path.join(ws.in, 'a.meta.yaml'), 'year: 2015\nreason: test\n');
  const moved = runOn(ws, '--no-cache');
  expect(moved.status, moved.stderr).toBe(0);
  expect(moved.stdout).toMatch(/^ {2}shanghai-xuhui-2015: .*address moved from shanghai-xuhui-2014/m);
  expect(readFileSync(ledgerOf(ws.dir), 'utf8')).toMatch(/slugs:\n {2}- shanghai-xuhui-2014\n {2}- shanghai-xuhui-2015\n/);
  expect(frontmatter(listing(ws.out)['shanghai-xuhui-2015.mdx']).anchors).toMatchObject({ formerSlugs: ['shanghai-xuhui-2014'] });
}, 180_000);

test('a broken ledger fails its report, naming the file; nothing is written', () => {
  const ws = workspace({ 'a.txt': smallReport });
  expect(runOn(ws, '--no-cache').status).toBe(0);
  writeFileSync(ledgerOf(ws.dir), 'seed: a.txt\nslugs: [shanghai-xuhui-2014]\nanchors: [{id: s1}]\n');
  const before = readFileSync(ledgerOf(ws.dir), 'utf8');
  const outBefore = listing(ws.out);
  const run = runOn(ws, '--no-cache');
  expect(run.status).toBe(1);
  expect(run.all).toMatch(/ledger\/a\.yaml\n.*error.*Anchor ledger does not match its format.*ledger-invalid/);
  expect(readFileSync(ledgerOf(ws.dir), 'utf8')).toBe(before);
  expect(listing(ws.out)).toEqual(outBefore);
  expect(outBefore[sentinel.name]).toBeUndefined();
}, 120_000);

test('with the ingest cache a broken ledger fails its report too: a result is replayed only for a ledger text it was made with or wrote', () => {
  const ws = workspace({ 'a.txt': smallReport });
  expect(runOn(ws).status).toBe(0);
  const replayed = runOn(ws);
  expect(replayed.status).toBe(0);
  expect(replayed.all).toMatch(/ingest cache: 1 of 1 report re-used/);
  writeFileSync(ledgerOf(ws.dir), 'seed: a.txt\nslugs: [shanghai-xuhui-2014]\nanchors: [{id: s1}]\n');
  const run = runOn(ws);
  expect(run.status).toBe(1);
  expect(run.all).toMatch(/ledger\/a\.yaml\n.*error.*Anchor ledger does not match its format.*ledger-invalid/);
}, 120_000);
