/**
 * The summary's ingest on a rebuild (scripts/build.ts `ingestChangedSeeds`) with seeds that
 * contend for one slug: 6 synthetic seeds, a copy of the first under a name that sorts last (a
 * later batch: it keeps the slug, the first loses it) and a copy of the second right after it (one
 * batch: set aside as a copy). Batches of 4 (--shard-size 2). Each rebuild must give the files of
 * a cold ingest of the same corpus, ingesting only the changed seeds and the other claimants of
 * the slugs they touch, never the whole corpus again. Behaviour only: no timing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { changeOneSeed } from '../../src/bench/stats.ts';
import { repoRoot } from '../helpers/paths.ts';

let work: string;
const seeds = () => join(work, 'seeds');
const env = () => ({ BAOGAO_INGEST_CACHE: join(work, 'ingest-cache') });

/** `build.ts --summary` of the seeds into `dir`; its log. */
function summary(dir: string): string {
  const result = spawnSync('npx', ['tsx', 'scripts/build.ts', '--summary', '--in', seeds(), '--work', dir, '--shard-size', '2'], {
    cwd: repoRoot,
    env: { ...process.env, ...env() },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build.ts --summary failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
/** The ingested files of a work folder, name → text. */
const contentOf = (dir: string) => new Map(readdirSync(join(dir, 'content')).sort().map((name) => [name, readFileSync(join(dir, 'content', name), 'utf8')]));
/** Which seed wrote each report, from the record of the last ingest. */
const writers = (dir: string) => (JSON.parse(readFileSync(join(dir, 'ingest-inputs.json'), 'utf8')) as { outputs: Record<string, string[]> }).outputs;
const ingests = (log: string) => log.split('\n').filter((line) => line.includes('scripts/ingest.ts')).length;

let cold: { log: string; content: Map<string, string> };
const steps: Array<{ name: string; log: string; content: Map<string, string>; writers: Record<string, string[]>; cold: Map<string, string>; coldWriters: Record<string, string[]> }> = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'baogao-ingest-claims-'));
  const synth = spawnSync('npx', ['tsx', 'scripts/synth-corpus.ts', '--n', '6', '--out', seeds()], { cwd: repoRoot, encoding: 'utf8' });
  if (synth.status !== 0) throw new Error(synth.stderr);
  copyFileSync(join(seeds(), 'synth-00001.txt'), join(seeds(), 'synth-99999.txt'));
  copyFileSync(join(seeds(), 'synth-00002.txt'), join(seeds(), 'synth-00002a.txt'));
  const incremental = join(work, 'incremental');
  cold = { log: summary(incremental), content: contentOf(incremental) };
  const step = (name: string, change: () => void) => {
    change();
    const log = summary(incremental);
    const fresh = join(work, `cold-${steps.length}`);
    summary(fresh);
    steps.push({ name, log, content: contentOf(incremental), writers: writers(incremental), cold: contentOf(fresh), coldWriters: writers(fresh) });
  };
  const edit = (seed: string) => () => writeFileSync(join(seeds(), seed), changeOneSeed(readFileSync(join(seeds(), seed), 'utf8')));
  step('the seed that lost its slug to a later batch changed', edit('synth-00001.txt'));
  step('the seed that keeps that slug changed', edit('synth-99999.txt'));
  step('the seed that keeps the slug removed: the first keeps it again', () => rmSync(join(seeds(), 'synth-99999.txt')));
  step('a copy set aside changed: now the fuller copy, it is kept', edit('synth-00002a.txt'));
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the cold ingest writes one report a slug: 6 from 8 seeds', () => {
  expect(cold.content.size).toBe(6);
});

test.each([0, 1, 2, 3])('rebuild %i: the same files and the same seed keeps each slug as in a cold ingest', (i) => {
  const s = steps[i]!;
  expect([...s.content.keys()]).toEqual([...s.cold.keys()]);
  expect([...s.content].filter(([name, text]) => s.cold.get(name) !== text).map(([name]) => name)).toEqual([]);
  expect(s.writers).toEqual(s.coldWriters);
});

test('which seed keeps a contended slug: the later batch’s, the first’s once that is removed; of copies in a batch, the fuller', () => {
  expect(Object.keys(steps[0]!.writers)).toContain('synth-99999.txt');
  expect(Object.keys(steps[0]!.writers)).not.toContain('synth-00001.txt');
  expect(Object.keys(steps[2]!.writers)).toContain('synth-00001.txt');
  expect(Object.keys(steps[2]!.writers)).toContain('synth-00002.txt');
  expect(Object.keys(steps[3]!.writers)).toContain('synth-00002a.txt');
  expect(Object.keys(steps[3]!.writers)).not.toContain('synth-00002.txt');
});

test('no rebuild ingests the whole corpus again: the changed seed, then only the other claimants of its slug', () => {
  for (const s of steps) expect(s.log, s.name).toMatch(/seeds unchanged since the last ingest/);
  expect(steps[0]!.log).toMatch(/ingesting 1\b/);
  expect(steps[0]!.log).toMatch(/1 slugs settled again; 1 unchanged seeds of them ingested again/);
  // One ingest of the changed seed, one of the slug's other claimant in its own batch.
  expect(ingests(steps[0]!.log)).toBe(2);
  expect(steps[2]!.log).toMatch(/ingesting 0, 1 removed/);
  expect(ingests(steps[2]!.log)).toBe(1);
  // The copy and the seed it was set aside for meet in one batch: one ingest of the two, after the changed one's.
  expect(ingests(steps[3]!.log)).toBe(2);
});
