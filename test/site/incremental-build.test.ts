/**
 * `npm run build` of a corpus larger than one shard (docs/sharded-build.md, "One machine"): built
 * in shards one after another and merged, and built again only where its inputs changed. A small
 * synthetic corpus (12 reports, --shard-size 4: 3 shards) is built cold; built again unchanged (no
 * shard rebuilt, no file of the site written); one report's text is changed and built again (only
 * that report's shard rebuilt, and of it only the pages of the report's city; the others' output
 * kept; no file of the shard or the site written again with the bytes it had) and the site
 * compared with a cold one-pass build of the changed corpus, file for file. The search index is
 * in 4 parts (docs/search.md, "One index, in parts"): only the changed report's part is written
 * again. Behaviour only: no timing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { changeOneSeed } from '../../src/bench/stats.ts';
import { readSummaryPlan } from '../../src/build/summary.ts';
import { repoRoot } from '../helpers/paths.ts';
import { listFiles } from '../helpers/site.ts';

interface LastBuild {
  shards: Array<{ index: number; reports: number; rebuilt: boolean; patched: boolean }>;
  merged: boolean;
}

let work: string;
const seeds = () => join(work, 'seeds');
const site = () => join(work, 'site');
const shardWork = () => join(work, 'shards');
const lastBuild = (): LastBuild => JSON.parse(readFileSync(join(shardWork(), 'last-build.json'), 'utf8')) as LastBuild;
/** Modification time of every file under `dir`: a file written again has a new one. */
const mtimes = (dir: string) => new Map(listFiles(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
}
const tsx = (...args: string[]) => run('npx', ['tsx', ...args]);
const searchIndexes = '4';
const buildInShards = () => tsx('scripts/build.ts', '--in', seeds(), '--work', shardWork(), '--dist', site(), '--shard-size', '4', '--search-indexes', searchIndexes);

let cold: LastBuild;
let unchanged: LastBuild;
let changed: LastBuild;
let changedShard: number;
let siteWrites: string[];
let keptShardWrites: string[];
let holderWrites: Written;
let siteChangeWrites: Written;

/** Each file under `dir` with its modification time and bytes. */
const snapshot = (dir: string) => new Map(listFiles(dir).map((f) => [f, { mtime: statSync(join(dir, f)).mtimeMs, bytes: readFileSync(join(dir, f)) }]));
interface Written {
  /** Files written (new, or a new modification time) since the snapshot. */
  files: string[];
  /** Of those, the ones written with the bytes they had. */
  same: string[];
}
function writtenSince(dir: string, before: ReturnType<typeof snapshot>): Written {
  const files = listFiles(dir).filter((f) => before.get(f)?.mtime !== statSync(join(dir, f)).mtimeMs);
  return { files, same: files.filter((f) => before.get(f)?.bytes.equals(readFileSync(join(dir, f)))) };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'baogao-incremental-'));
  tsx('scripts/synth-corpus.ts', '--n', '12', '--out', seeds());
  buildInShards();
  cold = lastBuild();

  const before = mtimes(site());
  buildInShards();
  unchanged = lastBuild();
  const after = mtimes(site());
  siteWrites = [...after].filter(([f, t]) => before.get(f) !== t).map(([f]) => f);

  // One report's text changed, in a shard of two or more cities (its pages alone are built again):
  // the shards' cities and reports are read from their cities.json and the summary.
  const shardDirs = readdirSync(shardWork()).filter((d) => /^shard-\d+-of-3$/.test(d)).sort();
  const plan = readSummaryPlan(join(shardWork(), 'summary.jsonl'));
  const holder = shardDirs.find((d) => (JSON.parse(readFileSync(join(shardWork(), d, 'cities.json'), 'utf8')) as string[]).length >= 2)!;
  const holderCities = JSON.parse(readFileSync(join(shardWork(), holder, 'cities.json'), 'utf8')) as string[];
  const seed = plan.find((r) => r.city === holderCities[0])!.sourceFile;
  writeFileSync(join(seeds(), seed), changeOneSeed(readFileSync(join(seeds(), seed), 'utf8')));
  changedShard = Number(/^shard-(\d+)/.exec(holder)?.[1]);
  const kept = shardDirs.filter((d) => d !== holder).map((d) => join(shardWork(), d, 'dist'));
  const keptBefore = kept.map(mtimes);
  const holderDist = join(shardWork(), holder, 'dist');
  const holderBefore = snapshot(holderDist);
  const siteBefore = snapshot(site());
  buildInShards();
  changed = lastBuild();
  keptShardWrites = kept.flatMap((dir, i) => [...mtimes(dir)].filter(([f, t]) => keptBefore[i]!.get(f) !== t).map(([f]) => `${dir}/${f}`));
  holderWrites = writtenSince(holderDist, holderBefore);
  siteChangeWrites = writtenSince(site(), siteBefore);

  // A cold one-pass build of the changed corpus: the steps of `npm run build:site`, in its own folders.
  const content = join(work, 'single-content');
  tsx('scripts/ingest.ts', '--in', seeds(), '--out', content, '--no-cache');
  run('npx', ['astro', 'build', '--outDir', join(work, 'single')], { BAOGAO_CONTENT_DIR: content, BAOGAO_ASTRO_CACHE: join(work, 'single-astro') });
  tsx('scripts/pagefind-index.ts', join(work, 'single'), '--cache', join(work, 'single-pagefind'), '--indexes', searchIndexes);
  tsx('scripts/postbuild-search.ts', join(work, 'single'));
  tsx('scripts/package.ts', join(work, 'single'));
}, 1_800_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a cold build of 12 reports at 4 a shard builds 3 shards and merges them', () => {
  expect(cold.shards.map((s) => s.rebuilt)).toEqual([true, true, true]);
  expect(cold.shards.reduce((n, s) => n + s.reports, 0)).toBe(12);
  expect(cold.merged).toBe(true);
});

test('built again unchanged, no shard is rebuilt and no file of the site is written', () => {
  expect(unchanged.shards.map((s) => s.rebuilt)).toEqual([false, false, false]);
  expect(unchanged.merged).toBe(false);
  expect(siteWrites).toEqual([]);
});

test('after one report changed, only its shard is rebuilt; the others’ output is kept as it was', () => {
  expect(changedShard).toBeGreaterThan(0);
  expect(changed.shards.filter((s) => s.rebuilt).map((s) => s.index)).toEqual([changedShard]);
  expect(changed.merged).toBe(true);
  expect(keptShardWrites).toEqual([]);
});

test('the changed shard builds only its changed city’s pages, and writes only the files that changed', () => {
  expect(changed.shards.find((s) => s.index === changedShard)?.patched).toBe(true);
  expect(holderWrites.files.some((f) => f.startsWith('reports/'))).toBe(true);
  expect(holderWrites.files).not.toContain('index.html');
  expect(holderWrites.same).toEqual([]);
});

test('the merge after the change writes only the files of the site that changed', () => {
  expect(siteChangeWrites.files.some((f) => f.startsWith('reports/'))).toBe(true);
  expect(siteChangeWrites.files).toContain('baogao-offline.zip');
  expect(siteChangeWrites.same).toEqual([]);
});

test('of the search index, only the part holding the changed report is written again', () => {
  const parts = listFiles(site()).filter((f) => f.endsWith('/pagefind-entry.json.js'));
  expect(parts.length).toBeGreaterThan(1);
  const written = new Set(siteChangeWrites.files.filter((f) => f.startsWith('search-assets/index/')).map((f) => f.split('/')[2]));
  expect([...written]).toHaveLength(1);
});

test('the site after the change equals a cold one-pass build of the changed corpus, file for file', () => {
  const single = join(work, 'single');
  const files = listFiles(single);
  expect(files.some((f) => f.startsWith('reports/'))).toBe(true);
  expect(listFiles(site())).toEqual(files);
  expect(files.filter((f) => !readFileSync(join(single, f)).equals(readFileSync(join(site(), f))))).toEqual([]);
});
