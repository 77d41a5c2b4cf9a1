/**
 * A sharded build (docs/sharded-build.md) equals one build, file for file. A small synthetic corpus
 * (scripts/synth-corpus.ts, 16 reports in as many cities) is built twice in its own folders, never
 * touching dist/ or content/reports/: once with the steps of `npm run build:site`, once as summary,
 * 4 shards and merge through `scripts/build.ts`. Byte-identical files mean the same pages, the same
 * links, the same search index (so the same results for every query, the recall queries included)
 * and the same offline ZIP. Both are built with 4 search indexes (16 pages would make one), so
 * the search page joins several Pagefind indexes at query time (`mergeIndex`): every page holding
 * a query is found, over http and from disk. Takes a few minutes: six `astro build`s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/paths.ts';
import { serveStatic } from '../helpers/server.ts';
import { listFiles } from '../helpers/site.ts';
import { searchOn } from '../search/search-page.ts';

const shards = 4;
const searchIndexes = '4';
let work: string;
const single = () => join(work, 'single');
const merged = () => join(work, 'merged');
const shardDist = (k: number) => join(work, 'shards', `shard-${k}-of-${shards}`, 'dist');

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
}
const tsx = (...args: string[]) => run('npx', ['tsx', ...args]);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'baogao-sharded-'));
  const seeds = join(work, 'seeds');
  tsx('scripts/synth-corpus.ts', '--n', '16', '--out', seeds);
  // One build: the steps of `npm run build:site`, with the bench's folder hooks.
  const content = join(work, 'single-content');
  tsx('scripts/ingest.ts', '--in', seeds, '--out', content);
  run('npx', ['astro', 'build', '--outDir', single()], { BAOGAO_CONTENT_DIR: content, BAOGAO_ASTRO_CACHE: join(work, 'single-astro') });
  tsx('scripts/pagefind-index.ts', single(), '--cache', join(work, 'single-pagefind'), '--indexes', searchIndexes);
  tsx('scripts/postbuild-search.ts', single());
  tsx('scripts/package.ts', single());
  // The sharded build: each shard as a CI job would run it, then the merge.
  const options = ['--in', seeds, '--work', join(work, 'shards'), '--search-indexes', searchIndexes];
  tsx('scripts/build.ts', '--summary', ...options);
  for (let k = 1; k <= shards; k++) tsx('scripts/build.ts', '--shard', `${k}/${shards}`, ...options);
  // The merge reads the summary files too (reports.json and metrics.csv carry every report whole).
  tsx('scripts/build.ts', '--merge', ...Array.from({ length: shards }, (_, i) => shardDist(i + 1)), '--work', join(work, 'shards'), '--dist', merged());
}, 1_800_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the merged site has the same files as one build, every one byte-identical', () => {
  const files = listFiles(single());
  expect(files.filter((f) => f.startsWith('reports/') && f.endsWith('.html'))).toHaveLength(16);
  expect(listFiles(merged())).toEqual(files);
  const differing = files.filter((file) => !readFileSync(join(single(), file)).equals(readFileSync(join(merged(), file))));
  expect(differing).toEqual([]);
});

test('each shard built only its own cities’ report, district and city pages, and together all of them', () => {
  const owned = (k: number) => listFiles(shardDist(k)).filter((f) => /^(reports|districts|cities)\/[^/]+\.html$/.test(f));
  const all = Array.from({ length: shards }, (_, i) => owned(i + 1));
  for (const pages of all) expect(pages.length).toBeGreaterThan(0);
  const union = all.flat().sort();
  expect(new Set(union).size).toBe(union.length);
  expect(union).toEqual(listFiles(single()).filter((f) => /^(reports|districts|cities)\/[^/]+\.html$/.test(f)));
});

test('the pages over the whole corpus are built by the first shard only, in an astro build without reports of its own', () => {
  const overCorpus = /^(index\.html|about\.html|search-places\.js|targets\.csv|years\/|indicators\/)/;
  const corpusPages = (k: number) => listFiles(shardDist(k)).filter((f) => overCorpus.test(f));
  expect(corpusPages(1).length).toBeGreaterThan(0);
  for (let k = 2; k <= shards; k++) expect(corpusPages(k)).toEqual([]);
  // Shard 1's folder links them from their own build, which holds no report page.
  const own = listFiles(join(work, 'shards', `shard-1-of-${shards}`, 'corpus', 'dist'));
  expect(own.filter((f) => overCorpus.test(f))).toEqual(corpusPages(1));
  expect(own.filter((f) => /^(reports|districts|cities)\//.test(f))).toEqual([]);
});

test('a city shard reads of the corpus its outline only: the count of reports by year and every city', () => {
  const outline = JSON.parse(readFileSync(join(work, 'shards', `shard-2-of-${shards}`, 'corpus-outline.json'), 'utf8')) as { years: Record<string, number>; cities: Array<{ slug: string }> };
  expect(Object.values(outline.years).reduce((n, c) => n + c, 0)).toBe(16);
  expect(outline.cities.map((c) => `cities/${c.slug}.html`).sort()).toEqual(listFiles(single()).filter((f) => f.startsWith('cities/')));
});

test('the search index is shipped once, in the same parts as one build’s', () => {
  const index = (root: string) => listFiles(root).filter((f) => f.startsWith('search-assets/index/'));
  expect(index(merged()).length).toBeGreaterThan(0);
  expect(index(merged())).toEqual(index(single()));
  expect(listFiles(merged()).some((f) => f.startsWith('pagefind/'))).toBe(false);
  expect(readFileSync(join(merged(), 'search-assets/index/indexes.js'), 'utf8')).toBe('window.baogaoSearchIndexes=["1-of-4","2-of-4","3-of-4","4-of-4"];\n');
});

/** Each indexed page's text and the index holding it, read from the site's index files (`__baogaoPagefindFile(name, base64)`). */
function indexedPages(root: string): Array<{ path: string; index: string; text: string }> {
  return listFiles(root)
    .filter((f) => /^search-assets\/index\/[^/]+\/fragment\/.+\.pf_fragment\.js$/.test(f))
    .map((f) => {
      const base64 = /,"([^"]*)"\);\s*$/.exec(readFileSync(join(root, f), 'utf8'))![1]!;
      const fragment = JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; content: string };
      return { path: fragment.url.replace(/^\//, ''), index: f.split('/')[2]!, text: fragment.content.replace(/\u200B/g, '') };
    });
}

test('one search over the four indexes finds every page holding the query, over http and from disk', async () => {
  const pages = indexedPages(merged());
  expect(pages).toHaveLength(16);
  const queries = ['生产总值', '财政收入', '就业', '旧区改造'].filter((q) => new Set(pages.filter((p) => p.text.includes(q)).map((p) => p.index)).size > 1);
  expect(queries.length).toBeGreaterThan(1);
  const server = await serveStatic(merged());
  const chromium = await launchChromium();
  try {
    const tab = await chromium.browser.newPage();
    for (const base of [server.url, pathToFileURL(`${merged()}/`).href]) {
      for (const query of queries) {
        const expected = pages.filter((p) => p.text.includes(query)).map((p) => p.path).sort();
        const shown = await searchOn(tab, base, query, { batch: '50' });
        expect(shown.hits.map((h) => h.path).sort(), `${query} at ${base}`).toEqual(expected);
      }
    }
  } finally {
    await chromium.close();
    await server.close();
  }
});
