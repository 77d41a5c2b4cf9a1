/**
 * `npm run build`: the whole site into dist/, and the same site built in shards on several
 * machines and merged (docs/sharded-build.md):
 *
 *   npm run build                                        the whole site into dist/
 *   npm run build -- --summary                           ingest everything; write the summary files
 *   npm run build -- --shard K/N [--summary-file F]      shard K of N into <work>/shard-K-of-N/dist
 *   npm run build -- --merge DIR… [--dist dist]          shard folders → one site, one search, the ZIP
 *
 * `npm run build` of a corpus of more than --shard-size reports (default 500) builds it in shards
 * itself, one after another, and merges them: the memory of a shard does not grow with the corpus.
 * A smaller corpus in seeds/ is built in one pass (`npm run build:site`). Either way the same site.
 * A shard whose inputs did not change since its last build (its reports' ingested files, the lean
 * summary, the sources) is not built again; its previous output is merged.
 *
 * Options: --in DIR (the seeds, default seeds), --work DIR (default .cache/shards), --dist DIR
 * (default dist), --summary-file FILE (default <work>/summary.jsonl; the full data goes beside it
 * as reports.jsonl), --ledger DIR (the anchor ledgers; default content/ledger for seeds/, else
 * <work>/ledger), --shard-size N (the summary's ingest runs in batches of 2N seeds). A shard
 * without a summary file computes the summary first.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { sidecarNameOf } from '../src/cli/corpus.ts';
import { ledgerFileName } from '../src/cli/ledger-files.ts';
import { writeCorpusDownloads } from '../src/build/corpus-downloads.ts';
import { mergeSiteFolders } from '../src/build/merge-sites.ts';
import { assignCities, parseShardSpec, shardCount } from '../src/build/site-shards.ts';
import { readSummaryPlan, writeSummaryFiles } from '../src/build/summary.ts';
import { formatOfName } from '../src/ingest/formats/index.ts';
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
    ledger: { type: 'string' },
    'shard-size': { type: 'string', default: '500' },
  },
});
const work = resolve(values.work);
const seedsDir = resolve(values.in);
const summaryFile = resolve(values['summary-file'] ?? join(work, 'summary.jsonl'));
const reportsFile = join(dirname(summaryFile), 'reports.jsonl');
// The ledgers one build reads: content/ledger for the seeds (npm run ingest's default), so that a
// sharded build of them keeps the same anchors; a corpus elsewhere keeps its own beside the work.
const ledgerDir = resolve(values.ledger ?? (seedsDir === resolve('seeds') ? 'content/ledger' : join(work, 'ledger')));
const dist = resolve(values.dist);
const shardSize = Number(values['shard-size']);
if (!Number.isInteger(shardSize) || shardSize < 1) fail(`--shard-size: expected a whole number of reports, got '${values['shard-size']}'`);
// The summary's ingest goes in batches of two shards' size: ~0.55 GB each (one ingest of 1000 reports).
const ingestBatch = 2 * shardSize;

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(1);
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`build: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  // Read by scripts/bench.ts: where a build in shards spends its time.
  console.log(`build: step ${stepName(args)} took ${((performance.now() - started) / 1000).toFixed(2)} s`);
  if (result.status !== 0) {
    console.error(`build: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}
/** `ingest`, `astro`, `pagefind-index`, `postbuild-search`, `package`, `build:site`. */
const stepName = (args: string[]): string => {
  const script = args.find((a) => a.startsWith('scripts/') || a === 'build' || a === 'build:site') ?? args[0] ?? '?';
  return script === 'build' ? 'astro' : script.replace(/^scripts\//, '').replace(/\.ts$/, '');
};
// The project's own binaries, not `npx`: an npx process per step is ~60 MB more in a stage's peak.
const bin = (name: string) => resolve('node_modules', '.bin', name);
const tsx = (script: string, ...args: string[]) => run(bin('tsx'), [script, ...args]);

/**
 * Ingests the seeds `seeds` of --in into `out`, through a folder `dir` of links to them, their
 * sidecars and their anchor ledgers: the ingest reads every ledger of the folder it is given, and
 * --ledger holds the whole corpus's (5000 batches × 5000 ledgers made a cached ingest of 5000
 * reports take minutes). The ledgers it writes (new ones, moved ids) are moved into --ledger.
 */
function ingestSeeds(seeds: readonly string[], dir: string, out: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'ledger'), { recursive: true });
  for (const seed of seeds) {
    for (const name of [seed, sidecarNameOf(seed)]) if (existsSync(join(seedsDir, name))) linkSync(join(seedsDir, name), join(dir, 'seeds', name));
    const ledger = ledgerFileName(seed);
    if (existsSync(join(ledgerDir, ledger))) linkSync(join(ledgerDir, ledger), join(dir, 'ledger', ledger));
  }
  tsx('scripts/ingest.ts', '--in', join(dir, 'seeds'), '--out', out, '--ledger', join(dir, 'ledger'));
  mkdirSync(ledgerDir, { recursive: true });
  // An unchanged ledger is still the same file (a link): renaming it onto itself changes nothing.
  for (const name of readdirSync(join(dir, 'ledger'))) renameSync(join(dir, 'ledger', name), join(ledgerDir, name));
  rmSync(dir, { recursive: true, force: true });
}

/** The seeds of `--in` (not their sidecars or anything else), sorted. */
const seedNames = (): string[] => readdirSync(seedsDir).filter((name) => formatOfName(name) !== undefined).sort();

/**
 * Ingest the whole corpus into `<work>/content`. The ingest holds every report it writes until it
 * writes them (1.3 GB at 5000 reports), so a large corpus is ingested in batches of seeds, one
 * after another, and their files gathered: each seed's output depends on the seed, its sidecar,
 * its ledger and the curated data only, so the files are those of one ingest.
 */
function ingestCorpus(batchSize: number): string {
  const content = join(work, 'content');
  const seeds = seedNames();
  if (seeds.length <= batchSize) {
    tsx('scripts/ingest.ts', '--in', seedsDir, '--out', content, '--ledger', ledgerDir);
    return content;
  }
  const batches = join(work, 'ingest-batches');
  rmSync(batches, { recursive: true, force: true });
  const gathered = `${content}.tmp`;
  rmSync(gathered, { recursive: true, force: true });
  mkdirSync(gathered, { recursive: true });
  for (let start = 0, b = 1; start < seeds.length; start += batchSize, b++) {
    const out = join(batches, `content-${b}`);
    ingestSeeds(seeds.slice(start, start + batchSize), join(batches, String(b)), out);
    for (const name of readdirSync(out)) {
      // Two seeds of one slug in one ingest: the later seed's file is kept; so here too.
      rmSync(join(gathered, name), { force: true });
      renameSync(join(out, name), join(gathered, name));
    }
  }
  rmSync(batches, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
  renameSync(gathered, content);
  return content;
}

/** Ingest the whole corpus and write the summary every shard and the merge read. */
function writeSummary(): void {
  const content = ingestCorpus(ingestBatch);
  mkdirSync(dirname(summaryFile), { recursive: true });
  const count = writeSummaryFiles(content, summaryFile, reportsFile);
  renameSync(`${summaryFile}.tmp`, summaryFile);
  renameSync(`${reportsFile}.tmp`, reportsFile);
  console.log(`build: ${summaryFile} (lean) and ${reportsFile} (full): ${count} reports`);
}

const hashFile = (hash: ReturnType<typeof createHash>, file: string) => hash.update(`${file}\0`).update(readFileSync(file)).update('\0');

/** Everything besides the corpus that a shard's pages and index depend on: the sources, curated data, packages. */
function sourcesDigest(): string {
  const hash = createHash('sha256');
  const files = ['src', 'public', 'content']
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative('.', join(e.parentPath, e.name)).split(sep).join('/')))
    .filter((file) => !file.startsWith('content/reports/') && !file.startsWith('content/ledger/'))
    .concat(['astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'scripts/pagefind-index.ts'])
    .sort();
  for (const file of files) hashFile(hash, file);
  return hash.digest('hex');
}

interface ShardOutcome {
  index: number;
  count: number;
  reports: number;
  /** False when its inputs were unchanged and its previous output was kept. */
  rebuilt: boolean;
  dist: string;
}

/**
 * Shard K of N. With `contentFrom` (one machine, after the summary) its reports' ingested files are
 * linked from there; otherwise (a CI job) its own seeds are ingested.
 */
function buildShard(spec: string, options: { contentFrom?: string; sources?: string } = {}): ShardOutcome {
  const { index, count } = parseShardSpec(spec);
  if (!existsSync(summaryFile)) writeSummary();
  const summary = readSummaryPlan(summaryFile);
  // Weighed by reports, not bytes: an edited text never moves a city to another shard.
  const cities = assignCities(
    summary.map((r) => ({ city: r.city, weight: 1 })),
    count,
  )[index - 1]!;
  const inShard = new Set(cities);
  const own = summary.filter((r) => inShard.has(r.city));
  const dir = join(work, `shard-${index}-of-${count}`);
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  if (options.contentFrom) {
    mkdirSync(content, { recursive: true });
    for (const report of own) linkSync(join(options.contentFrom, `${report.id}.mdx`), join(content, `${report.id}.mdx`));
  } else {
    for (const report of own) {
      if (!existsSync(join(seedsDir, report.sourceFile))) fail(`${join(seedsDir, report.sourceFile)}: the summary's report ${report.id} comes from this seed, which is missing (was the summary made from another --in?)`);
    }
    // Only this shard's seeds (and their sidecars and ledgers) are ingested here.
    if (own.length > 0) ingestSeeds(own.map((r) => r.sourceFile), join(dir, 'ingest'), content);
    else mkdirSync(content, { recursive: true });
  }
  const missing = own.filter((r) => !existsSync(join(content, `${r.id}.mdx`)));
  if (missing.length > 0) fail(`shard ${index}/${count}: the ingest did not write ${missing.map((r) => `${r.id}.mdx`).join(', ')}, which the summary has (seeds or ingest changed since the summary?)`);
  writeFileSync(join(dir, 'cities.json'), JSON.stringify(cities));

  // The shard's inputs: its reports' files, the lean summary (every page built from the whole
  // corpus reads it), its cities and the sources. Unchanged inputs, unchanged output: keep it.
  const inputs = createHash('sha256').update(options.sources ?? sourcesDigest()).update(JSON.stringify(cities));
  hashFile(inputs, summaryFile);
  for (const report of own) hashFile(inputs, join(content, `${report.id}.mdx`));
  const digest = inputs.digest('hex');
  const stamp = join(dir, 'inputs.sha256');
  const out = join(dir, 'dist');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(join(out, 'index.html'))) {
    console.log(`build: shard ${index}/${count}: inputs unchanged, ${out} kept`);
    return { index, count, reports: own.length, rebuilt: false, dist: out };
  }
  rmSync(stamp, { force: true });
  console.log(`build: shard ${index}/${count}: ${own.length} of ${summary.length} reports, ${cities.length} cities`);
  run(bin('astro'), ['build', '--outDir', out], {
    BAOGAO_CONTENT_DIR: content,
    BAOGAO_ASTRO_CACHE: join(dir, 'astro'),
    BAOGAO_SHARD_CITIES: join(dir, 'cities.json'),
    BAOGAO_SHARD_SUMMARY: summaryFile,
    // The year and indicator pages (the same in every shard) are built by the first shard only.
    BAOGAO_SHARD_CORPUS_PAGES: index === 1 ? 'yes' : 'no',
  });
  // Every shard has report pages to index unless it has no city; an empty shard contributes no index.
  if (own.length > 0) tsx('scripts/pagefind-index.ts', out, '--cache', join(dir, 'pagefind-cache'));
  writeFileSync(stamp, digest);
  console.log(`build: shard ${index}/${count} written to ${out}`);
  return { index, count, reports: own.length, rebuilt: true, dist: out };
}

async function merge(shards: string[]): Promise<void> {
  if (shards.length === 0) fail('--merge: name the shard folders (each a shard\'s dist/)');
  for (const shard of shards) if (!existsSync(join(shard, 'index.html'))) fail(`--merge: ${shard} is not a shard's site (no index.html)`);
  for (const file of [summaryFile, reportsFile]) if (!existsSync(file)) fail(`--merge: ${file}: no such file; the merge writes reports.json and metrics.csv from the summary files (--summary-file)`);
  const site = mergeSiteFolders(shards, dist);
  const bundles = shards.map((s) => join(s, 'pagefind')).filter((b) => existsSync(join(b, 'pagefind-entry.json')));
  const search = await mergePagefindBundles(bundles, join(dist, 'pagefind'));
  const reports = writeCorpusDownloads(summaryFile, reportsFile, dist);
  console.log(`build: merged ${shards.length} shards: ${site.files} files (${site.shared} built by more than one shard, all identical), ${search.pages} pages indexed, ${reports} reports in reports.json and metrics.csv`);
  // Each page's word counts (the pinyin lexicon) are kept beside the shards: a rebuild splits only changed pages.
  tsx('scripts/postbuild-search.ts', dist, '--word-cache', join(work, 'search-words'));
  tsx('scripts/package.ts', dist);
}

/**
 * `npm run build` of a large corpus on one machine: the summary, then the shards one after
 * another (each holding its reports whole and the others' lean data), then the merge. Shards
 * whose inputs are unchanged are kept, and when none was rebuilt and the site is there, it is kept.
 */
async function buildInShards(count: number): Promise<void> {
  writeSummary();
  const sources = sourcesDigest();
  const outcomes: ShardOutcome[] = [];
  for (let k = 1; k <= count; k++) outcomes.push(buildShard(`${k}/${count}`, { contentFrom: join(work, 'content'), sources }));
  const mergeDigest = createHash('sha256').update(sources).update(dist);
  hashFile(mergeDigest, reportsFile);
  for (const o of outcomes) hashFile(mergeDigest, join(o.dist, '..', 'inputs.sha256'));
  const digest = mergeDigest.digest('hex');
  const stamp = join(work, `merge-${count}.sha256`);
  const merged = !(existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(join(dist, 'index.html')));
  if (merged) {
    rmSync(stamp, { force: true });
    await merge(outcomes.map((o) => o.dist));
    writeFileSync(stamp, digest);
  } else {
    console.log(`build: no shard changed; ${dist} kept`);
  }
  const report = { shards: outcomes.map(({ index, reports, rebuilt }) => ({ index, reports, rebuilt })), merged };
  writeFileSync(join(work, 'last-build.json'), `${JSON.stringify(report, null, 1)}\n`);
  console.log(`build: ${outcomes.filter((o) => o.rebuilt).length} of ${count} shards built${merged ? ', merged' : ''}`);
}

try {
  if (values.summary) writeSummary();
  else if (values.shard) buildShard(values.shard);
  else if (values.merge) await merge(positionals.map((p) => resolve(p)));
  else {
    const count = shardCount(seedNames().length, shardSize);
    // `npm run build:site` reads seeds/ only: another --in is built through the summary, in one shard or more.
    if (count > 1 || seedsDir !== resolve('seeds')) await buildInShards(count);
    else run('npm', ['run', 'build:site']);
  }
} catch (error) {
  // Our own errors say what and where (a bad --shard, differing shards); a stack adds nothing.
  fail(error instanceof Error ? error.message : String(error));
}
