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
 * <work>/ledger), --shard-size N (the summary's ingest runs in batches of 2N seeds),
 * --search-indexes N (the site's search index in N Pagefind indexes, a power of two, instead of
 * the count planned from the number of pages: src/search/build/shards.ts `indexCount`; every
 * shard and one build must be given the same), --corpus-heap MB (the V8 heap limit of the `astro
 * build` of the pages over the whole corpus; default 800 up to 20,000 reports, more above:
 * `corpusHeapMb`). A shard without a
 * summary file computes the summary first.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { ClaimGroup } from '../src/build/ingest-claims.ts';
import type { SeedClaim } from '../src/cli/outcome.ts';
import type { IndexPart } from '../src/search/build/merge-bundles.ts';

/**
 * V8's compiled code (and Node's type-stripped TypeScript) kept between builds, for this process
 * and every one it starts: a rebuild's processes spend much of their CPU loading modules. It must
 * be on before the project's modules load, which is why they are imported here, not statically.
 */
const compileCache = process.env['NODE_COMPILE_CACHE'] ?? resolve('.cache', 'node-compile-cache');
enableCompileCache(compileCache);
const { sidecarNameOf } = await import('../src/cli/corpus.ts');
const { ledgerFileName } = await import('../src/cli/ledger-files.ts');
const { writeCorpusDownloads } = await import('../src/build/corpus-downloads.ts');
const { mergeSiteFolders } = await import('../src/build/merge-sites.ts');
const { assignCities, corpusHeapMb, corpusOutline, parseShardSpec, shardCount } = await import('../src/build/site-shards.ts');
const { batchesOf, groupByBatch, slugsToSettle } = await import('../src/build/ingest-claims.ts');
const { commitSummaryFiles, readSummaryPlan, writeSummaryFiles } = await import('../src/build/summary.ts');
const { formatOfName } = await import('../src/ingest/formats/index.ts');
const { indexPartsUnder, mergeIndexParts } = await import('../src/search/build/merge-bundles.ts');

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
    'search-indexes': { type: 'string' },
    'corpus-heap': { type: 'string' },
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
const corpusHeap = values['corpus-heap'] === undefined ? undefined : Number(values['corpus-heap']);
if (corpusHeap !== undefined && (!Number.isInteger(corpusHeap) || corpusHeap < 64)) fail(`--corpus-heap: expected a heap limit in MB (at least 64), got '${values['corpus-heap']}'`);
// The summary's ingest goes in batches of two shards' size: ~0.55 GB each (one ingest of 1000 reports).
const ingestBatch = 2 * shardSize;

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(1);
}

/**
 * CPU seconds (user + sys) of this process and of its children that have ended, or undefined
 * where /proc is missing. On a shared machine CPU time is the steadier measure of a step.
 */
function cpuSeconds(): number | undefined {
  try {
    // Fields after the command's `)`: cutime and cstime are the 14th and 15th, in clock ticks (100 a second on Linux).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const { user, system } = process.cpuUsage();
    return (Number(fields[13]) + Number(fields[14])) / 100 + (user + system) / 1e6;
  } catch {
    return undefined;
  }
}
/** `build: step NAME took 12.34 s (CPU 15.6 s)`: read by scripts/bench.ts, where the build spends its time. */
function logStep(name: string, started: number, cpuStarted: number | undefined): void {
  const cpu = cpuSeconds();
  const cpuNote = cpu !== undefined && cpuStarted !== undefined ? ` (CPU ${(cpu - cpuStarted).toFixed(1)} s)` : '';
  console.log(`build: step ${name} took ${((performance.now() - started) / 1000).toFixed(2)} s${cpuNote}`);
}

function run(command: string, args: string[], env: Record<string, string> = {}, hint = ''): void {
  console.log(`build: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  // This process waits in spawnSync, where V8 never finds the idle time to collect and give back
  // what its own work left (reading the 20,000-report summary's plan: 291 MB resident beside the
  // corpus pages' build): collect it first, when `npm run build` gives --expose-gc.
  (globalThis as { gc?: () => void }).gc?.();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...childEnv, ...env } });
  logStep(stepName(args), started, cpuStarted);
  if (result.status !== 0) {
    console.error(`build: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})${hint}`);
    process.exit(1);
  }
}
/** Logs how long `step` took, as `run` does for a command (read by scripts/bench.ts). */
function timedStep<T>(name: string, step: () => T): T {
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  const result = step();
  const log = () => logStep(name, started, cpuStarted);
  if (result instanceof Promise) return result.finally(log) as T;
  log();
  return result;
}
/** `ingest`, `astro`, `pagefind-index`, `postbuild-search`, `package`, `build:site`. */
const stepName = (args: string[]): string => {
  const script = args.find((a) => a.startsWith('scripts/') || a === 'build' || a === 'build:site') ?? args[0] ?? '?';
  if (script === 'scripts/build.ts') return 'summary-process';
  return script === 'build' ? 'astro' : script.replace(/^scripts\//, '').replace(/\.ts$/, '');
};
// The project's own binaries, not `npx`: an npx process per step is ~60 MB more in a stage's peak.
const bin = (name: string) => resolve('node_modules', '.bin', name);
/**
 * Every process the build starts shares its compile cache, and gets a young generation of up to
 * 32 MB a semi-space (as `npm run build` gives this one): with V8's default, scavenges were a
 * tenth of a patch's `astro build` (3.4 → 2.75 s CPU, median of five; ~64 MB more at most per process).
 */
const childEnv = {
  NODE_COMPILE_CACHE: compileCache,
  NODE_OPTIONS: [process.env['NODE_OPTIONS'], '--max-semi-space-size=32'].filter(Boolean).join(' '),
};
/**
 * Our TypeScript scripts run in Node itself where it strips types (Node ≥ 22.18; tsconfig.json
 * allows only erasable syntax), else through tsx: tsx's loader and launcher cost ~0.2 s of CPU a
 * process, and with the compile cache a one-seed ingest loads its modules in half the time.
 */
const runScript = (script: string, ...args: string[]) =>
  process.features.typescript ? run(process.execPath, [script, ...args]) : run(bin('tsx'), [script, ...args]);

/**
 * Ingests the seeds `seeds` of --in into `out`, through a folder `dir` of links to them, their
 * sidecars and their anchor ledgers: the ingest reads every ledger of the folder it is given, and
 * --ledger holds the whole corpus's (5000 batches × 5000 ledgers made a cached ingest of 5000
 * reports take minutes). The ledgers it writes (new ones, moved ids) are moved into --ledger.
 * Returns what each seed's report claimed (its slug, set aside or not).
 */
function ingestSeeds(seeds: readonly string[], dir: string, out: string): Record<string, SeedClaim> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'ledger'), { recursive: true });
  for (const seed of seeds) {
    for (const name of [seed, sidecarNameOf(seed)]) if (existsSync(join(seedsDir, name))) linkSync(join(seedsDir, name), join(dir, 'seeds', name));
    const ledger = ledgerFileName(seed);
    if (existsSync(join(ledgerDir, ledger))) linkSync(join(ledgerDir, ledger), join(dir, 'ledger', ledger));
  }
  const outcomes = join(dir, 'outcomes.json');
  runScript('scripts/ingest.ts', '--in', join(dir, 'seeds'), '--out', out, '--ledger', join(dir, 'ledger'), '--outcomes', outcomes);
  const claims = JSON.parse(readFileSync(outcomes, 'utf8')) as Record<string, SeedClaim>;
  mkdirSync(ledgerDir, { recursive: true });
  // An unchanged ledger is still the same file (a link): renaming it onto itself changes nothing.
  for (const name of readdirSync(join(dir, 'ledger'))) renameSync(join(dir, 'ledger', name), join(ledgerDir, name));
  for (const seed of seeds) seedDigests.delete(seed);
  rmSync(dir, { recursive: true, force: true });
  return claims;
}

/** The seeds of `--in` (not their sidecars or anything else), sorted. */
const seedNames = (): string[] => readdirSync(seedsDir).filter((name) => formatOfName(name) !== undefined).sort();

/**
 * Ingest the whole corpus into `<work>/content`. The ingest holds every report it writes until it
 * writes them (1.3 GB at 5000 reports), so a large corpus is ingested in batches of seeds, one
 * after another, and their files gathered: each seed's output depends on the seed, its sidecar,
 * its ledger and the curated data only, so the files are those of one ingest. Returns every
 * seed's claim (src/build/ingest-claims.ts).
 */
function ingestCorpus(batchSize: number): { content: string; claims: Record<string, SeedClaim> } {
  const content = join(work, 'content');
  const seeds = seedNames();
  const kept = ingestChangedSeeds(seeds, content, batchSize);
  if (kept) return { content, claims: kept };
  if (seeds.length <= batchSize) {
    mkdirSync(work, { recursive: true });
    const outcomes = join(work, 'ingest-outcomes.json');
    runScript('scripts/ingest.ts', '--in', seedsDir, '--out', content, '--ledger', ledgerDir, '--outcomes', outcomes);
    seedDigests.clear();
    const claims = JSON.parse(readFileSync(outcomes, 'utf8')) as Record<string, SeedClaim>;
    rmSync(outcomes);
    return { content, claims };
  }
  const claims: Record<string, SeedClaim> = {};
  const batches = join(work, 'ingest-batches');
  rmSync(batches, { recursive: true, force: true });
  const gathered = `${content}.tmp`;
  rmSync(gathered, { recursive: true, force: true });
  mkdirSync(gathered, { recursive: true });
  for (let start = 0, b = 1; start < seeds.length; start += batchSize, b++) {
    const out = join(batches, `content-${b}`);
    Object.assign(claims, ingestSeeds(seeds.slice(start, start + batchSize), join(batches, String(b)), out));
    for (const name of readdirSync(out)) {
      // Two seeds of one slug in one ingest: the later seed's file is kept; so here too.
      rmSync(join(gathered, name), { force: true });
      renameSync(join(out, name), join(gathered, name));
    }
  }
  rmSync(batches, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
  renameSync(gathered, content);
  return { content, claims };
}

/**
 * What the summary's ingest read, kept in `<work>/ingest-inputs.json`: the ingest's code and
 * curated data, each seed's digest (its bytes, sidecar and anchor ledger as the ingest left it)
 * the batch size, each seed's claim (the slug its report identified as) and the reports each seed
 * wrote. A seed's files depend on these alone (the ingest batches rely on it too), so the next
 * build ingests only the seeds whose digest changed, and settles again only the slugs they touch.
 */
interface IngestInputs {
  fingerprint: string;
  seeds: Record<string, string>;
  /** The whole ingest's batch size: which seeds meet in one ingest (src/build/ingest-claims.ts). */
  batchSize: number;
  /**
   * Seed → the slug its report identified as, whether it kept the slug, lost it to a later batch's
   * seed of the slug or was set aside as a copy (`setAside`) of the seed kept in its batch.
   */
  claims: Record<string, SeedClaim>;
  /** Seed → the ids of the reports (`<id>.mdx`) it wrote: the seed that kept each slug. */
  outputs: Record<string, string[]>;
}
const ingestInputsFile = () => join(work, 'ingest-inputs.json');

/** A value computed once a build: the sources, the ingest's code and curated data do not change while it runs. */
function once<T>(compute: () => T): () => T {
  let value: { of: T } | undefined;
  return () => (value ??= { of: compute() }).of;
}

const ingestFingerprint = once((): string => {
  const hash = createHash('sha256').update(`${process.env['BAOGAO_INGEST_CACHE'] ?? ''}\0${ledgerDir}\0`);
  const files = ['src/ingest', 'src/cli']
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)))
    .concat(readdirSync('content').filter((name) => name.endsWith('.yaml')).map((name) => join('content', name)))
    .concat(['src/model.ts', 'package-lock.json', 'scripts/ingest.ts'])
    .sort();
  for (const file of files) hashFile(hash, file);
  return hash.digest('hex');
});

/** Each seed's digest as last computed; an ingest forgets those of the seeds it read (it may write their ledgers). */
const seedDigests = new Map<string, string>();
function seedDigest(seed: string): string {
  const known = seedDigests.get(seed);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  for (const file of [join(seedsDir, seed), join(seedsDir, sidecarNameOf(seed)), join(ledgerDir, ledgerFileName(seed))]) {
    if (existsSync(file)) hashFile(hash, file);
    else hash.update(`${file}\0missing\0`);
  }
  const digest = hash.digest('hex');
  seedDigests.set(seed, digest);
  return digest;
}

/**
 * Ingests only the seeds changed since the last build into `content`, and settles again the slugs
 * they claimed or claim (src/build/ingest-claims.ts): the other seeds of such a slug are ingested
 * again from the ingest cache, with the changed ones of their batch, batch by batch as the whole
 * ingest meets them, so the same seed keeps each slug as in a whole ingest. Returns every seed's
 * claim (nothing to do counts); undefined, and nothing touched, when the record is missing or
 * stale (other ingest code or curated data, a record without claims) or when more than a batch
 * is to be ingested.
 */
function ingestChangedSeeds(seeds: readonly string[], content: string, batchSize: number): Record<string, SeedClaim> | undefined {
  const file = ingestInputsFile();
  if (!existsSync(file) || !existsSync(content)) return undefined;
  const previous = JSON.parse(readFileSync(file, 'utf8')) as Partial<IngestInputs>;
  if (previous.fingerprint !== ingestFingerprint() || !previous.seeds || !previous.claims || !previous.batchSize) return undefined;
  const previousSeeds = previous.seeds;
  const changed = seeds.filter((seed) => previousSeeds[seed] !== seedDigest(seed));
  const present = new Set(seeds);
  const removed = Object.keys(previousSeeds).filter((seed) => !present.has(seed));
  if (changed.length > batchSize) return undefined;
  console.log(`build: ${seeds.length - changed.length} of ${seeds.length} seeds unchanged since the last ingest; ingesting ${changed.length}${removed.length > 0 ? `, ${removed.length} removed` : ''}`);
  if (changed.length + removed.length === 0) return previous.claims;
  const dir = join(work, 'ingest-changed');
  rmSync(dir, { recursive: true, force: true });
  const batches = batchesOf(seeds, batchSize);
  const ingestGroups = (phase: string, groups: readonly ClaimGroup[]) =>
    new Map(
      groups.map(({ batch, seeds: group }) => {
        const out = join(dir, `${phase}-${batch}`);
        return [batch, { out, claims: ingestSeeds(group, join(dir, 'links'), out) }] as const;
      }),
    );
  // The changed seeds, batch by batch: the slugs they claim now, and the files of slugs no other seed claims.
  const first = ingestGroups('changed', groupByBatch(changed, batches));
  const changedClaims: Record<string, SeedClaim> = Object.assign({}, ...[...first.values()].map((r) => r.claims));
  const changedSet = new Set(changed);
  const settle = slugsToSettle({
    previous: { seeds: Object.keys(previousSeeds).sort(), batchSize: previous.batchSize, claims: previous.claims },
    seeds,
    batchSize,
    changed: changedSet,
    changedClaims,
  });
  // Then each batch's group of a slug's claimants that holds an unchanged seed (a group of changed
  // seeds alone was ingested together above, as the whole ingest would).
  const withOthers = (group: ClaimGroup) => group.seeds.some((seed) => !changedSet.has(seed));
  const again = new Map<number, Set<string>>();
  for (const groups of settle.values()) {
    for (const group of groups.filter(withOthers)) again.set(group.batch, new Set([...(again.get(group.batch) ?? []), ...group.seeds]));
  }
  const againCount = [...again.values()].reduce((n, group) => n + group.size, 0);
  if (againCount > batchSize) {
    console.log(`build: ${againCount} seeds of the slugs the changed seeds touch to ingest again: the whole corpus is ingested again`);
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const second = ingestGroups('settle', [...again].map(([batch, group]) => ({ batch, seeds: [...group].sort() })));
  rmSync(file, { force: true });
  const claims: Record<string, SeedClaim> = { ...previous.claims };
  for (const seed of removed) delete claims[seed];
  Object.assign(claims, changedClaims, ...[...second.values()].map((r) => r.claims));
  // A slug's file is the last batch's that wrote it (a later batch's file replaces an earlier one's).
  for (const [slug, groups] of settle) {
    const name = `${slug}.mdx`;
    const outOf = (group: ClaimGroup) => (withOthers(group) ? second : first).get(group.batch)!.out;
    const keeper = groups.findLast((group) => existsSync(join(outOf(group), name)));
    if (keeper) renameSync(join(outOf(keeper), name), join(content, name));
    else rmSync(join(content, name), { force: true });
  }
  const others = [...again.values()].reduce((n, group) => n + [...group].filter((seed) => !changedSet.has(seed)).length, 0);
  console.log(`build: ${settle.size} slugs settled again; ${others} unchanged seeds of them ingested again`);
  rmSync(dir, { recursive: true, force: true });
  return claims;
}

/** Ingest the whole corpus and write the summary every shard and the merge read. */
function writeSummary(): void {
  const { content, claims } = timedStep('ingest-corpus', () => ingestCorpus(ingestBatch));
  mkdirSync(dirname(summaryFile), { recursive: true });
  // A report file unchanged since the last summary (same stat, same sources) keeps its lines.
  const reuse = { state: join(work, 'summary-state.json'), code: sourcesDigest() };
  const { reports: count, reused } = timedStep('summary', () => writeSummaryFiles(content, summaryFile, reportsFile, reuse));
  commitSummaryFiles(summaryFile, reportsFile, reuse);
  // What this ingest read (the ledgers as it left them), for the next build's ingest.
  const outputs: Record<string, string[]> = {};
  for (const report of summaryPlan()) (outputs[report.sourceFile] ??= []).push(report.id);
  const seeds = seedNames();
  const record: IngestInputs = { fingerprint: ingestFingerprint(), seeds: Object.fromEntries(seeds.map((seed) => [seed, seedDigest(seed)])), batchSize: ingestBatch, claims, outputs };
  writeFileSync(ingestInputsFile(), JSON.stringify(record));
  console.log(`build: ${summaryFile} (lean) and ${reportsFile} (full): ${count} reports (${reused} unchanged since the last summary)`);
}

const hashFile = (hash: ReturnType<typeof createHash>, file: string) => hash.update(`${file}\0`).update(readFileSync(file)).update('\0');

/** Everything besides the corpus that a shard's pages and index depend on: the sources, curated data, packages. */
const sourcesDigest = once((): string => {
  const hash = createHash('sha256');
  const files = ['src', 'public', 'content']
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative('.', join(e.parentPath, e.name)).split(sep).join('/')))
    .filter((file) => !file.startsWith('content/reports/') && !file.startsWith('content/ledger/'))
    .concat(['astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'scripts/pagefind-index.ts'])
    .sort();
  for (const file of files) hashFile(hash, file);
  return hash.digest('hex');
});

/** The summary's plan (id, city, seed of each report), read again only when the summary file was replaced. */
let plan: { stat: string; reports: ReturnType<typeof readSummaryPlan> } | undefined;
function summaryPlan(): ReturnType<typeof readSummaryPlan> {
  const stat = statSync(summaryFile, { bigint: true });
  const key = `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
  if (plan?.stat !== key) plan = { stat: key, reports: readSummaryPlan(summaryFile) };
  return plan.reports;
}

interface ShardOutcome {
  index: number;
  count: number;
  reports: number;
  /** False when its inputs were unchanged and its previous output was kept. */
  rebuilt: boolean;
  /** Rebuilt for its changed cities only (patchShard), not whole. */
  patched?: boolean;
  dist: string;
}

/**
 * Shard K of N. With `contentFrom` (one machine, after the summary) its reports' ingested files are
 * linked from there; otherwise (a CI job) its own seeds are ingested.
 */
function buildShard(spec: string, options: { contentFrom?: string; sources?: string } = {}): ShardOutcome {
  const { index, count } = parseShardSpec(spec);
  if (!existsSync(summaryFile)) writeSummary();
  const summary = summaryPlan();
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
  // All the shard's pages read of other cities' reports: the corpus's count by year and its cities.
  const outline = join(dir, 'corpus-outline.json');
  writeFileSync(outline, JSON.stringify(corpusOutline(summary)));
  // The pages over the whole corpus, built by the first shard in an `astro build` of their own.
  const corpus = index === 1 ? buildCorpusPages(dir, options.sources ?? sourcesDigest(), summary.length) : undefined;

  // The shard's inputs: its reports' files, the corpus's outline, its cities and the sources.
  // Unchanged inputs, unchanged output: keep it.
  const base = createHash('sha256').update(options.sources ?? sourcesDigest()).update(JSON.stringify(cities)).update(`\0${values['search-indexes'] ?? ''}`);
  hashFile(base, outline);
  const inputs = readShardInputs(base.digest('hex'), own, content);
  const digest = inputsDigest(inputs);
  const stamp = join(dir, 'inputs.sha256');
  const record = join(dir, 'inputs.json');
  const out = join(dir, 'dist');
  // Every `astro build` writes 404.html (a city shard writes no index.html).
  const built = existsSync(stamp) && existsSync(join(out, '404.html'));
  if (built && readFileSync(stamp, 'utf8') === digest) {
    if (!corpus?.rebuilt) {
      console.log(`build: shard ${index}/${count}: inputs unchanged, ${out} kept`);
      return { index, count, reports: own.length, rebuilt: false, dist: out };
    }
    joinCorpusPages(corpus.dist, out, join(dir, 'corpus-linked.json'));
    console.log(`build: shard ${index}/${count}: inputs unchanged, ${out} kept; the pages over the whole corpus built again`);
    return { index, count, reports: own.length, rebuilt: true, dist: out };
  }
  const env = {
    BAOGAO_SHARD_OUTLINE: outline,
    BAOGAO_SHARD_CORPUS_PAGES: 'no',
  };
  const previous = built && existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as ShardInputs) : undefined;
  const changed = previous ? changedCities(previous, inputs, own) : undefined;
  rmSync(stamp, { force: true });
  rmSync(record, { force: true });
  const patched = changed !== undefined && patchShard(dir, out, changed, own, content, env);
  if (!patched) {
    console.log(`build: shard ${index}/${count}: ${own.length} of ${summary.length} reports, ${cities.length} cities`);
    run(bin('astro'), ['build', '--outDir', out], {
      ...env,
      BAOGAO_CONTENT_DIR: content,
      BAOGAO_ASTRO_CACHE: join(dir, 'astro'),
      BAOGAO_SHARD_CITIES: join(dir, 'cities.json'),
    });
  }
  if (corpus) joinCorpusPages(corpus.dist, out, join(dir, 'corpus-linked.json'));
  // Every shard has report pages to index unless it has no city; an empty shard contributes no index.
  // Its pages go into the search indexes one build of the whole corpus would make (--site-pages).
  // On one machine the shard's Pagefind bundles are listed, not merged: the site's merge joins
  // each index's bundles from all shards.
  const bundles = join(dir, 'pagefind-bundles.json');
  rmSync(bundles, { force: true });
  if (own.length > 0) {
    runScript(
      'scripts/pagefind-index.ts',
      out,
      '--cache',
      join(dir, 'pagefind-cache'),
      '--site-pages',
      String(summary.length),
      ...(values['search-indexes'] ? ['--indexes', values['search-indexes']] : []),
      ...(options.contentFrom ? ['--bundles', bundles] : []),
    );
  }
  writeFileSync(record, JSON.stringify(inputs));
  writeFileSync(stamp, digest);
  console.log(`build: shard ${index}/${count} written to ${out}`);
  return { index, count, reports: own.length, rebuilt: true, patched, dist: out };
}

/**
 * The pages over the whole corpus (home, about, years, indicators and their year pages, the
 * places script, targets.csv; src/lib/shard.ts) in an `astro build` of their own, with no report
 * of its own and every report's lean data from the summary, into `<dir>/corpus/dist`: built
 * beside the shard's 500 reports they took 1.67 GB at 20,000 reports. Kept while the lean summary
 * and the sources are unchanged.
 *
 * Its V8 heap is limited (`--corpus-heap` MB, else `corpusHeapMb`: 800 up to 20,000 reports):
 * alone, at a 20,000-report stand-in summary with its strings shared, it held ~0.55 GB live after
 * a full collection, but V8 (its own limit ~4 GB here) let garbage grow the heap to ~0.95 GB, 1.53
 * GB resident; limited to 800 MB, 1.30–1.33 GB resident, the same pages (docs/performance.md,
 * "Issue 14, session 13"). A corpus whose data outgrows the limit fails with V8's `heap out of
 * memory`, and the message says to raise it.
 */
function buildCorpusPages(dir: string, sources: string, reports: number): { rebuilt: boolean; dist: string } {
  const corpusDir = join(dir, 'corpus');
  const out = join(corpusDir, 'dist');
  const stamp = join(corpusDir, 'inputs.sha256');
  const hash = createHash('sha256').update(sources);
  hashFile(hash, summaryFile);
  const digest = hash.digest('hex');
  if (existsSync(stamp) && existsSync(join(out, 'index.html')) && readFileSync(stamp, 'utf8') === digest) {
    console.log(`build: the pages over the whole corpus: inputs unchanged, ${out} kept`);
    return { rebuilt: false, dist: out };
  }
  rmSync(stamp, { force: true });
  const content = join(corpusDir, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  writeFileSync(join(corpusDir, 'cities.json'), '[]');
  const heap = corpusHeap ?? corpusHeapMb(reports);
  console.log(`build: the pages over the whole corpus (heap limit ${heap} MB)`);
  run(bin('astro'), ['build', '--outDir', out], {
    BAOGAO_CONTENT_DIR: content,
    BAOGAO_ASTRO_CACHE: join(corpusDir, 'astro'),
    BAOGAO_SHARD_CITIES: join(corpusDir, 'cities.json'),
    BAOGAO_SHARD_SUMMARY: summaryFile,
    BAOGAO_SHARD_CORPUS_PAGES: 'yes',
    NODE_OPTIONS: `${childEnv.NODE_OPTIONS} --max-old-space-size=${heap}`,
  }, `; if it ran out of heap ("JavaScript heap out of memory"), the corpus's data outgrew the heap limit of ${heap} MB: give it more with --corpus-heap`);
  writeFileSync(stamp, digest);
  return { rebuilt: true, dist: out };
}

/**
 * Links the corpus pages' files (`from`) into shard 1's output `out`, so that the shard's folder
 * is what the merge expects of it (on several machines too). A file both built (the assets, the
 * glossary, the search page) must be the same bytes. A file the last join linked (`record`: its
 * inode) stays while it is still the corpus pages' file, else it is replaced or removed: the
 * corpus pages may have been built again, the shard not.
 */
function joinCorpusPages(from: string, out: string, record: string): void {
  const previous = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as Record<string, number>) : {};
  const ours = (path: string, file: string) => previous[file] !== undefined && existsSync(path) && statSync(path).ino === previous[file];
  const linked: Record<string, number> = {};
  const differing: string[] = [];
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(from, join(entry.parentPath, entry.name));
    if (file.split(sep)[0] === 'pagefind') continue;
    const path = join(out, file);
    const source = join(from, file);
    if (ours(path, file)) {
      if (statSync(source).ino === previous[file]) {
        linked[file] = previous[file]!;
        continue;
      }
      rmSync(path);
    } else if (existsSync(path)) {
      if (!readFileSync(path).equals(readFileSync(source))) differing.push(file);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    linkSync(source, path);
    linked[file] = statSync(path).ino;
  }
  for (const file of Object.keys(previous)) if (!(file in linked) && ours(join(out, file), file)) rmSync(join(out, file));
  if (differing.length > 0) fail(`the pages over the whole corpus and shard ${out} built ${differing.length} files differently: ${differing.slice(0, 5).join(', ')}`);
  writeFileSync(record, JSON.stringify(linked));
}

/** What a shard's output depends on: `base` (sources, cities, the corpus's outline) and each city's reports' files. */
interface ShardInputs {
  base: string;
  /** City slug → digest of its reports' ingested files. */
  cities: Record<string, string>;
}

function readShardInputs(base: string, own: readonly { id: string; city: string }[], content: string): ShardInputs {
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  for (const report of own) {
    const hash = hashes.get(report.city) ?? createHash('sha256');
    hashes.set(report.city, hash);
    hashFile(hash, join(content, `${report.id}.mdx`));
  }
  return { base, cities: Object.fromEntries([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([city, hash]) => [city, hash.digest('hex')])) };
}

const inputsDigest = (inputs: ShardInputs): string => createHash('sha256').update(JSON.stringify(inputs)).digest('hex');

/**
 * The cities whose reports changed since `previous`, when nothing else did (the sources, the
 * cities, the corpus's outline: the pages every shard builds and the others' data); else undefined.
 */
function changedCities(previous: ShardInputs, inputs: ShardInputs, own: readonly { city: string }[]): string[] | undefined {
  if (previous.base !== inputs.base) return undefined;
  const names = Object.keys(inputs.cities);
  if (names.join('\0') !== Object.keys(previous.cities).join('\0')) return undefined;
  const changed = new Set(names.filter((city) => previous.cities[city] !== inputs.cities[city]));
  // A patch pays Astro's fixed costs again: worth it while it renders at most half the shard.
  const reports = own.filter((report) => changed.has(report.city)).length;
  return changed.size > 0 && reports <= own.length / 2 ? [...changed] : undefined;
}

/**
 * Rebuilds only the pages of the cities `changed` of a shard built before (`out`): their report,
 * notes, district and city pages depend on their own reports and the lean summary only, and the
 * rest of the shard's pages on the summary and sources, unchanged (changedCities). The pages are
 * built by `astro build` of those cities alone, then each one that differs replaces the shard's
 * (renamed onto it: the merged site's hard links keep the old file). If that build writes a file
 * the shard does not have, the file set changed after all: false, and the shard is built whole.
 */
function patchShard(dir: string, out: string, changed: readonly string[], own: readonly { id: string; city: string }[], content: string, env: Record<string, string>): boolean {
  const patch = join(dir, 'patch');
  rmSync(patch, { recursive: true, force: true });
  mkdirSync(join(patch, 'content'), { recursive: true });
  const cities = new Set(changed);
  for (const report of own) if (cities.has(report.city)) linkSync(join(content, `${report.id}.mdx`), join(patch, 'content', `${report.id}.mdx`));
  writeFileSync(join(patch, 'cities.json'), JSON.stringify(changed));
  console.log(`build: shard ${dir}: only the pages of ${changed.length} changed ${changed.length === 1 ? 'city' : 'cities'} (${changed.join(', ')})`);
  run(bin('astro'), ['build', '--outDir', join(patch, 'dist')], {
    ...env,
    BAOGAO_CONTENT_DIR: join(patch, 'content'),
    BAOGAO_ASTRO_CACHE: join(dir, 'patch-astro'),
    BAOGAO_SHARD_CITIES: join(patch, 'cities.json'),
    BAOGAO_SHARD_CORPUS_PAGES: 'no',
  });
  const files = readdirSync(join(patch, 'dist'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(join(patch, 'dist'), join(entry.parentPath, entry.name)));
  const added = files.filter((file) => !existsSync(join(out, file)));
  if (added.length > 0) {
    console.log(`build: the patch wrote ${added.length} files the shard does not have (${added.slice(0, 3).join(', ')}): the shard is built whole`);
    rmSync(patch, { recursive: true, force: true });
    return false;
  }
  const differing = files.filter((file) => !readFileSync(join(patch, 'dist', file)).equals(readFileSync(join(out, file))));
  for (const file of differing) renameSync(join(patch, 'dist', file), join(out, file));
  console.log(`build: ${differing.length} of the patch's ${files.length} files differed and replaced the shard's`);
  rmSync(patch, { recursive: true, force: true });
  return true;
}

/** The merge; `manifest` (one machine) lets it update the site merged before instead of writing it whole. */
async function merge(shards: string[], manifest?: string, searchBundles?: IndexPart[]): Promise<void> {
  if (shards.length === 0) fail('--merge: name the shard folders (each a shard\'s dist/)');
  for (const shard of shards) if (!existsSync(join(shard, '404.html'))) fail(`--merge: ${shard} is not a shard's site (no 404.html)`);
  if (!shards.some((shard) => existsSync(join(shard, 'index.html')))) fail('--merge: no shard has the pages over the whole corpus (index.html): shard 1 builds them');
  for (const file of [summaryFile, reportsFile]) if (!existsSync(file)) fail(`--merge: ${file}: no such file; the merge writes reports.json and metrics.csv from the summary files (--summary-file)`);
  const site = timedStep('merge-sites', () => mergeSiteFolders(shards, dist, { manifest }));
  // Each search index is merged from its parts in every shard, and kept in <work>/search-index/
  // between builds: only an index whose parts changed is merged (and converted, and zipped) again.
  const bundles = searchBundles ?? shards.flatMap((s) => indexPartsUnder(join(s, 'pagefind')));
  const indexRoot = join(work, 'search-index');
  const search = await timedStep('merge-search', () => mergeIndexParts(bundles, indexRoot));
  // A report whose line of reports.jsonl did not change keeps its pieces of the downloads (same sources).
  const { reports, reused } = timedStep('merge-downloads', () => writeCorpusDownloads(summaryFile, reportsFile, dist, { state: join(work, 'downloads-state.json'), code: sourcesDigest() }));
  const linked = site.incremental ? `${site.written} changed since the last merge linked, ${site.removed} removed; ` : '';
  console.log(
    `build: merged ${shards.length} shards: ${site.files} files (${linked}${site.shared} built by more than one shard, all identical), ${search.pages} pages indexed in ${search.indexes.length} search indexes (${search.merged.length} merged, the rest unchanged), ${reports} reports in reports.json and metrics.csv (${reused} of them unchanged, copied)`,
  );
  // The search assets and the ZIP, each in a process of its own: run in this one after the merge,
  // they only added to its memory (2.6 GB resident at 20,000 reports, against ~0.2 GB each alone
  // at 5000). Each page's word counts (the pinyin lexicon) are kept beside the shards: a rebuild
  // splits only changed pages.
  runScript('scripts/postbuild-search.ts', dist, '--word-cache', join(work, 'search-words'), '--index-root', indexRoot);
  runScript('scripts/package.ts', dist, '--state', join(work, 'package-state.json'));
}

/** A shard's parts of the search indexes: the bundles it listed (one machine), else its own `pagefind/<index>/`. */
function searchBundlesOf(shardDist: string): IndexPart[] {
  const listed = join(shardDist, '..', 'pagefind-bundles.json');
  if (!existsSync(listed)) return indexPartsUnder(join(shardDist, 'pagefind'));
  return (JSON.parse(readFileSync(listed, 'utf8')) as IndexPart[]).filter((part) => existsSync(join(part.dir, 'pagefind-entry.json')));
}

/**
 * `npm run build` of a large corpus on one machine: the summary, then the shards one after
 * another (each holding its reports whole and the others' lean data), then the merge. Shards
 * whose inputs are unchanged are kept, and when none was rebuilt and the site is there, it is kept.
 */
async function buildInShards(count: number): Promise<void> {
  // The summary in a process of its own: the ingest's bookkeeping and the parsing of every report
  // left this one holding ~0.2 GB at 20,000 reports while the shards ran.
  runScript('scripts/build.ts', '--summary', '--in', seedsDir, '--work', work, '--summary-file', summaryFile, '--ledger', ledgerDir, '--shard-size', String(shardSize));
  const sources = timedStep('sources', sourcesDigest);
  const outcomes: ShardOutcome[] = [];
  for (let k = 1; k <= count; k++) outcomes.push(buildShard(`${k}/${count}`, { contentFrom: join(work, 'content'), sources }));
  const mergeDigest = createHash('sha256').update(sources).update(dist);
  hashFile(mergeDigest, reportsFile);
  for (const o of outcomes) hashFile(mergeDigest, join(o.dist, '..', 'inputs.sha256'));
  if (existsSync(join(work, `shard-1-of-${count}`, 'corpus', 'inputs.sha256'))) hashFile(mergeDigest, join(work, `shard-1-of-${count}`, 'corpus', 'inputs.sha256'));
  const digest = mergeDigest.digest('hex');
  const stamp = join(work, `merge-${count}.sha256`);
  const merged = !(existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(join(dist, 'index.html')));
  if (merged) {
    rmSync(stamp, { force: true });
    await merge(
      outcomes.map((o) => o.dist),
      join(work, 'merge-manifest.json'),
      outcomes.flatMap((o) => searchBundlesOf(o.dist)),
    );
    writeFileSync(stamp, digest);
  } else {
    console.log(`build: no shard changed; ${dist} kept`);
  }
  const report = { shards: outcomes.map(({ index, reports, rebuilt, patched }) => ({ index, reports, rebuilt, patched: patched ?? false })), merged };
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
