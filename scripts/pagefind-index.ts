/**
 * The site's Pagefind index, `dist/pagefind/`, as `pagefind --site dist` writes it, with bounded
 * memory and reuse between builds (see docs/performance.md, "Pagefind"):
 *
 * 1. the pages Pagefind would index (those with `data-pagefind-body`) are split into shards by a
 *    hash of their path (src/search/build/shards.ts);
 * 2. each shard is indexed by its own `pagefind` process (at most `--jobs` at once) into
 *    `.cache/pagefind/<key>/`, keyed by the Pagefind version and its pages' bytes, and reused
 *    while unchanged;
 * 3. the shards of each of the site's search indexes (shards.ts `indexCount`: 8 at 1000 pages)
 *    are merged into `dist/pagefind/<index>/` (src/search/build/merge-bundles.ts, merge-index.ts):
 *    the same words, postings, filters and fragments as one Pagefind run over that index's pages.
 *    The search page joins the indexes at query time (Pagefind's `mergeIndex`).
 *
 *   npx tsx scripts/pagefind-index.ts [dist] [--pages-per-shard 32] [--jobs 2] [--cache dir]
 *     [--site-pages N] [--indexes N] [--bundles FILE]
 *
 * --site-pages N: the pages the whole site indexes, when dist/ is one shard of a sharded build
 * (the counts of shards and indexes are planned from it, so every shard's pages fall into the
 * indexes one build would make). --indexes N: that many search indexes (a power of two) instead
 * of `indexCount`. --bundles FILE: step 3 is left to a later merge: FILE lists the shards' bundles
 * (JSON, `{index, dir}`) and dist/ gets no pagefind/. `npm run build` in shards on one machine
 * passes it, so its merge joins every shard's bundles of an index in one merge.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { mergePagefindBundles, type IndexPart } from '../src/search/build/merge-bundles.ts';
import { byIndexOrder, hasPagefindBody, planShards, type Shard, type SitePage } from '../src/search/build/shards.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'pages-per-shard': { type: 'string', default: '32' },
    jobs: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    cache: { type: 'string', default: process.env['BAOGAO_PAGEFIND_CACHE'] ?? '.cache/pagefind' },
    bundles: { type: 'string' },
    'site-pages': { type: 'string' },
    indexes: { type: 'string' },
  },
});
const dist = resolve(positionals[0] ?? 'dist');
const cacheDir = resolve(values.cache);
const pagesPerShard = Number(values['pages-per-shard']);
const jobs = Math.max(1, Number(values.jobs));
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

const require = createRequire(import.meta.url);
// The package's exports hide package.json; it sits next to lib/index.js.
const pagefindVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;
/** The binary the `pagefind` npm wrapper runs (lib/resolveBinary.js). */
function pagefindBinary(): string {
  const fromEnv = process.env['PAGEFIND_EXTENDED_BINARY_PATH'] ?? process.env['PAGEFIND_BINARY_PATH'];
  if (fromEnv) return fromEnv;
  const target = `@pagefind/${process.platform === 'win32' ? 'windows' : process.platform}-${process.env['npm_config_arch'] ?? process.arch}`;
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`${target}/bin/${name}${process.platform === 'win32' ? '.exe' : ''}`);
    } catch {
      // try the next
    }
  }
  throw new Error(`pagefind-index: no Pagefind binary for ${target}`);
}
const binary = pagefindBinary();

// 1. Pages, as Pagefind's default glob finds them (the old index is not a page of the site).
const htmlPaths = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .filter((path) => !path.startsWith('pagefind/'));
const pages: SitePage[] = [];
const unmarked: SitePage[] = [];
for (const path of htmlPaths) {
  const bytes = readFileSync(join(dist, path));
  const page = { path, digest: createHash('sha1').update(bytes).digest('hex') };
  (hasPagefindBody(bytes.toString('utf8')) ? pages : unmarked).push(page);
}
// Without any data-pagefind-body Pagefind indexes every page's <body>.
const indexed = pages.length > 0 ? pages : unmarked;
const salt = JSON.stringify({ pagefindVersion, format: 1 });
const count = (name: 'site-pages' | 'indexes'): number | undefined => {
  const value = values[name];
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) {
    console.error(`pagefind-index: --${name} ${value} is not a positive whole number`);
    process.exit(1);
  }
  return Number(value);
};
const shards = planShards(indexed, pagesPerShard, salt, { sitePages: count('site-pages'), indexes: count('indexes') });
const indexNames = [...new Set(shards.map((s) => s.index))].sort(byIndexOrder);

// 2. Index the shards that are not cached.
mkdirSync(cacheDir, { recursive: true });
const shardDir = (shard: Shard) => join(cacheDir, shard.key);
const missing = shards.filter((shard) => !existsSync(join(shardDir(shard), 'pagefind-entry.json')));

function indexShard(shard: Shard): Promise<void> {
  const work = join(cacheDir, `${shard.key}.tmp-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  for (const page of shard.pages) {
    const target = join(work, 'site', page.path);
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(join(dist, page.path), target);
    } catch {
      copyFileSync(join(dist, page.path), target);
    }
  }
  return new Promise((done, fail) => {
    const child = spawn(binary, ['--site', join(work, 'site'), '--output-path', join(work, 'out'), '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code !== 0) return fail(new Error(`pagefind exited with ${code} on shard ${shard.key}:\n${stderr}`));
      renameSync(join(work, 'out'), shardDir(shard));
      rmSync(work, { recursive: true, force: true });
      done();
    });
  });
}

const queue = [...missing];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let shard = queue.shift(); shard; shard = queue.shift()) await indexShard(shard);
  }),
);
console.log(
  `pagefind-index: ${indexed.length} pages in ${shards.length} shards (${shards.length - missing.length} reused, ${missing.length} indexed, ${jobs} at once) ${seconds()}`,
);

// 3. Merge each index's shards into dist/pagefind/<index>/, or list the bundles for a later merge.
let words: number | string = '(not merged)';
rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
if (values.bundles) {
  const parts: IndexPart[] = shards.map((shard) => ({ index: shard.index, dir: shardDir(shard) }));
  writeFileSync(`${values.bundles}.tmp`, JSON.stringify(parts));
  renameSync(`${values.bundles}.tmp`, values.bundles);
} else {
  words = 0;
  for (const index of indexNames) {
    const merged = await mergePagefindBundles(shards.filter((s) => s.index === index).map(shardDir), join(dist, 'pagefind', index));
    words += merged.words;
  }
}

// Shards no longer part of the site are dropped from the cache.
const used = new Set(shards.map((s) => s.key));
for (const name of readdirSync(cacheDir)) {
  if (/^[0-9a-f]{24}$/.test(name) && !used.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
}
console.log(
  `pagefind-index: ${values.bundles ? `${values.bundles} lists` : 'dist/pagefind/'} ${indexed.length} pages in ${indexNames.length} search ${indexNames.length === 1 ? 'index' : 'indexes'} (${indexNames.join(', ')}), ${words} words (each index's counted) ${seconds()}`,
);
