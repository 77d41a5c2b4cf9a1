/**
 * `npm run build`: the whole site in one go (`npm run build:site`: ingest, astro build, Pagefind,
 * the search assets, the offline ZIP), or the same site built in shards on several machines and
 * merged (docs/sharded-build.md):
 *
 *   npm run build                                        the whole site into dist/
 *   npm run build -- --summary                           ingest everything; write <work>/summary.jsonl
 *   npm run build -- --shard K/N [--summary-file F]      shard K of N into <work>/shard-K-of-N/dist
 *   npm run build -- --merge DIR… [--dist dist]          shard folders → one site, one search, the ZIP
 *
 * Options: --in DIR (the seeds, default seeds), --work DIR (default .cache/shards).
 * A shard without a summary file computes the summary first (one machine, or a test).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeSiteFolders } from '../src/build/merge-sites.ts';
import { assignCities, parseShardSpec } from '../src/build/site-shards.ts';
import { formatSummary, parseSummary, summarizeContent } from '../src/build/summary.ts';
import { mergePagefindBundles } from '../src/search/build/merge-bundles.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    summary: { type: 'boolean', default: false },
    shard: { type: 'string' },
    'summary-file': { type: 'string' },
    merge: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    in: { type: 'string', default: 'seeds' },
    work: { type: 'string', default: '.cache/shards' },
  },
});
const work = resolve(values.work);
const seedsDir = resolve(values.in);
const summaryFile = resolve(values['summary-file'] ?? join(work, 'summary.jsonl'));

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(1);
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`build: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`build: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}
const tsx = (script: string, ...args: string[]) => run('npx', ['tsx', script, ...args]);

/** Ingest the whole corpus and write the summary every shard reads. */
function writeSummary(): void {
  const content = join(work, 'content');
  tsx('scripts/ingest.ts', '--in', seedsDir, '--out', content);
  const lines = summarizeContent(content);
  mkdirSync(work, { recursive: true });
  writeFileSync(summaryFile, formatSummary(lines));
  console.log(`build: ${summaryFile}: ${lines.length} reports`);
}

function buildShard(spec: string): void {
  const { index, count } = parseShardSpec(spec);
  if (!existsSync(summaryFile)) writeSummary();
  const summary = parseSummary(readFileSync(summaryFile, 'utf8'), summaryFile);
  const cities = assignCities(
    summary.map((r) => ({ city: r.data.city.slug, weight: r.data.provenance.bytes })),
    count,
  )[index - 1]!;
  const own = summary.filter((r) => cities.includes(r.data.city.slug));
  const dir = join(work, `shard-${index}-of-${count}`);
  rmSync(join(dir, 'seeds'), { recursive: true, force: true });
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  // Only this shard's seeds (and their sidecars) are ingested here.
  for (const report of own) {
    const seed = report.data.provenance.sourceFile;
    if (!existsSync(join(seedsDir, seed))) fail(`${join(seedsDir, seed)}: the summary's report ${report.id} comes from this seed, which is missing (was the summary made from another --in?)`);
    // A report may be .txt, .html, .htm, .docx or .pdf; its sidecar is NAME.meta.yaml for any of them.
    const sidecar = seed.replace(/\.[^.]+$/, '.meta.yaml');
    for (const name of [seed, sidecar]) if (existsSync(join(seedsDir, name))) linkSync(join(seedsDir, name), join(dir, 'seeds', name));
  }
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  if (own.length > 0) tsx('scripts/ingest.ts', '--in', join(dir, 'seeds'), '--out', content);
  else mkdirSync(content, { recursive: true });
  const missing = own.filter((r) => !existsSync(join(content, `${r.id}.mdx`)));
  if (missing.length > 0) fail(`shard ${index}/${count}: the ingest did not write ${missing.map((r) => `${r.id}.mdx`).join(', ')}, which the summary has (seeds or ingest changed since the summary?)`);
  writeFileSync(join(dir, 'cities.json'), JSON.stringify(cities));
  console.log(`build: shard ${index}/${count}: ${own.length} of ${summary.length} reports, ${cities.length} cities`);
  run('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    BAOGAO_CONTENT_DIR: content,
    BAOGAO_ASTRO_CACHE: join(dir, 'astro'),
    BAOGAO_SHARD_CITIES: join(dir, 'cities.json'),
    BAOGAO_SHARD_SUMMARY: summaryFile,
  });
  // Every shard has report pages to index unless it has no city; an empty shard contributes no index.
  if (own.length > 0) tsx('scripts/pagefind-index.ts', join(dir, 'dist'), '--cache', join(dir, 'pagefind-cache'));
  console.log(`build: shard ${index}/${count} written to ${join(dir, 'dist')}`);
}

async function merge(shards: string[]): Promise<void> {
  if (shards.length === 0) fail('--merge: name the shard folders (each a shard\'s dist/)');
  for (const shard of shards) if (!existsSync(join(shard, 'index.html'))) fail(`--merge: ${shard} is not a shard's site (no index.html)`);
  const dist = resolve(values.dist);
  const site = mergeSiteFolders(shards, dist);
  const bundles = shards.map((s) => join(s, 'pagefind')).filter((b) => existsSync(join(b, 'pagefind-entry.json')));
  const search = await mergePagefindBundles(bundles, join(dist, 'pagefind'));
  console.log(`build: merged ${shards.length} shards: ${site.files} files (${site.shared} built by more than one shard, all identical), ${search.pages} pages indexed`);
  tsx('scripts/postbuild-search.ts', dist);
  tsx('scripts/package.ts', dist);
}

try {
  if (values.summary) writeSummary();
  else if (values.shard) buildShard(values.shard);
  else if (values.merge) await merge(positionals.map((p) => resolve(p)));
  else run('npm', ['run', 'build:site']);
} catch (error) {
  // Our own errors say what and where (a bad --shard, differing shards); a stack adds nothing.
  fail(error instanceof Error ? error.message : String(error));
}
