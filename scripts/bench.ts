/**
 * `npm run bench`: measure the whole build (ingest → astro build → Pagefind → the build script's
 * post-build steps) at several corpus sizes and write BENCHMARKS.md. Not a test: nothing here
 * asserts a time.
 *
 *   tsx scripts/bench.ts [--sizes 5,100,1000] [--runs 3] [--out BENCHMARKS.md] [--work .cache/bench]
 *                        [--shard-size 500] [--starlight-sizes 1000] [--no-browser] [--no-starlight] [--profile]
 *
 * N = 5 is seeds/; larger N come from scripts/synth-corpus.ts. Every stage runs under GNU time
 * (/usr/bin/time) for wall time and the OS's peak resident memory. Each corpus size builds into its
 * own folders (content, dist, Astro cache, ingest cache) under --work, through the env hooks
 * BAOGAO_CONTENT_DIR, BAOGAO_ASTRO_CACHE, BAOGAO_INGEST_CACHE and `astro build --outDir`.
 *
 * For each N: `runs` cold builds (every cache emptied; N > 100 runs once) and the median kept, then
 * one rebuild after changing one seed (caches kept), then page weights, and search in Chromium, and
 * one cold build of the Starlight baseline on the same reports (src/bench/starlight.ts) at the
 * --starlight-sizes. A corpus of more than --shard-size reports is built as `npm run build` builds
 * it: `scripts/build.ts` in shards one after another, then the merge (docs/sharded-build.md); its
 * peak is that of the whole build, every process summed, and its rebuild keeps unchanged shards.
 * The machine's load average is written beside each size's cold build.
 * --profile adds one cold ingest and one Astro build under `node --cpu-prof` per size and a
 * "where the time goes" section (the timed runs are never profiled).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { inclusiveTime, selfTimeByBucket, sampledMs, type CpuProfile, type CpuProfileNode } from '../src/bench/cpu-profile.ts';
import { pageScriptBytes } from '../src/bench/page-scripts.ts';
import { reportMarkdown, starlightProjectFiles } from '../src/bench/starlight.ts';
import {
  astroPhases,
  changeOneSeed,
  ingestCacheLine,
  kb,
  markdownTable,
  mb,
  median,
  mdxText,
  pageWeightBudget,
  parseGnuTime,
  postBuildSteps,
  reportLinks,
  type AstroPhases,
} from '../src/bench/stats.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,100,1000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    work: { type: 'string', default: '.cache/bench' },
    'no-browser': { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    'starlight-sizes': { type: 'string', default: '1000' },
    'shard-size': { type: 'string', default: '500' },
    profile: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const starlightSizes = new Set(values['starlight-sizes'].split(',').map(Number));
const shardSize = Number(values['shard-size']);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: tsx scripts/bench.ts [--sizes 5,100,1000] [--runs 3] [--out FILE] [--work DIR] [--no-browser] [--profile]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const work = resolve(values.work);
const binDir = join(root, 'node_modules', '.bin');
// The project's Node (node_modules/.bin/node) first: Astro and tsx need Node ≥ 22.12.
const baseEnv: NodeJS.ProcessEnv = { ...process.env, PATH: `${binDir}:${process.env['PATH'] ?? ''}`, NO_COLOR: '1', FORCE_COLOR: '0' };

interface Timed {
  seconds: number;
  peakKb: number;
  output: string;
}

/**
 * Run one stage under GNU time; its report goes to a file of its own, apart from the stage's output.
 * Peak memory: the larger of GNU time's (the largest single process) and the summed resident
 * memory of all the stage's processes, sampled every 100 ms by scripts/rss-sampler.ts (the Pagefind
 * stage runs two processes at once).
 */
function timed(label: string, cmd: string, args: string[], env: Record<string, string> = {}, cwd = root): Timed {
  const timeFile = join(work, '.time');
  const rssFile = join(work, '.rss');
  const stopFile = join(work, '.rss-stop');
  rmSync(stopFile, { force: true });
  rmSync(rssFile, { force: true });
  const sampler = spawn('tsx', [join(root, 'scripts/rss-sampler.ts'), String(process.pid), rssFile, stopFile], { env: baseEnv, stdio: 'ignore' });
  // The sampler needs a moment to start; a stage's peak comes later than that.
  spawnSync('sh', ['-c', `for i in $(seq 100); do [ -e '${rssFile}' ] && break; sleep 0.05; done`]);
  const result = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', 'TIME %e %M', cmd, ...args], {
    cwd,
    env: { ...baseEnv, ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  writeFileSync(stopFile, '');
  // Not `kill -0`: the sampler stays a zombie until this blocked process reaps it.
  spawnSync('sh', ['-c', `for i in $(seq 100); do grep -q done '${rssFile}' 2>/dev/null && break; sleep 0.05; done`]);
  sampler.kill();
  if (result.status !== 0) throw new Error(`bench: ${label} failed (exit ${result.status}):\n${output.slice(-3000)}`);
  const gnu = parseGnuTime(readFileSync(timeFile, 'utf8'));
  const treeKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').split('\n')[0]) || 0 : 0;
  return { seconds: gnu.seconds, peakKb: Math.max(gnu.peakKb, treeKb), output };
}

interface Paths {
  n: number;
  /** The work folder of a build in shards (scripts/build.ts --work). */
  shards: string;
  corpus: string;
  content: string;
  dist: string;
  astroCache: string;
  ingestCache: string;
}

function pathsFor(n: number): Paths {
  return {
    n,
    shards: join(work, `shards-${n}`),
    corpus: n === 5 ? join(root, 'seeds') : join(work, `corpus-${n}`),
    // A build in shards ingests the whole corpus into its work folder (the summary's ingest).
    content: n > shardSize ? join(work, `shards-${n}`, 'content') : join(work, `content-${n}`),
    dist: join(work, `dist-${n}`),
    astroCache: join(work, `astro-cache-${n}`),
    ingestCache: join(work, `ingest-cache-${n}`),
  };
}

function envFor(p: Paths): Record<string, string> {
  return { BAOGAO_CONTENT_DIR: p.content, BAOGAO_ASTRO_CACHE: p.astroCache, BAOGAO_INGEST_CACHE: p.ingestCache };
}

function makeCorpus(n: number, p: Paths): void {
  if (n === 5) return;
  // Regenerated every time (deterministic, a few seconds): a changed generator never leaves a stale corpus.
  timed('synth-corpus', 'tsx', ['scripts/synth-corpus.ts', '--n', String(n), '--out', p.corpus]);
}

const seedsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

interface Build {
  ingest: Timed;
  /** Reports the ingest took from its cache. */
  reused: number;
  astro: Timed;
  phases: AstroPhases;
  pagefind: Timed;
  post: Timed[];
  total: number;
  peakKb: number;
  /** A build in shards: how many, how many were built (not kept), and the build's own log. */
  sharded?: { shards: number; rebuilt: number };
}

const packageScripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const buildScript = packageScripts['build:site'] ?? '';
/** `npm run build`'s command (`node --max-semi-space-size=32 --expose-gc scripts/build.ts`), run as npm runs it, without npm. */
const [buildCommand = 'tsx', ...buildArgs] = (packageScripts['build'] ?? 'tsx scripts/build.ts').split(' ');

/** ingest → astro build → pagefind → the post-build steps of package.json's `build`, on one corpus. */
function build(p: Paths): Build {
  if (p.n > shardSize) return buildInShards(p);
  const env = envFor(p);
  const ingest = timed('ingest', 'tsx', ['scripts/ingest.ts', '--in', p.corpus, '--out', p.content], env);
  const astro = timed('astro build', 'astro', ['build', '--outDir', p.dist], env);
  const pagefind = timed('pagefind', 'tsx', ['scripts/pagefind-index.ts', p.dist, '--cache', `${p.dist}-pagefind-cache`], env);
  const sandbox = sandboxFor(p);
  const post = postBuildSteps(buildScript).map((step) =>
    timed(`post-build: ${step}`, 'sh', ['-c', step], env, sandbox),
  );
  const stages = [ingest, astro, pagefind, ...post];
  return {
    ingest,
    reused: ingestCacheLine(ingest.output)?.reused ?? 0,
    astro,
    phases: astroPhases(astro.output),
    pagefind,
    post,
    total: stages.reduce((s, t) => s + t.seconds, 0),
    peakKb: Math.max(...stages.map((t) => t.peakKb)),
  };
}

/**
 * `npm run build` of a corpus larger than a shard: scripts/build.ts builds it in shards one after
 * another and merges them, as one stage (its peak: every process of the build summed). Its log
 * says how long each step took (`build: step astro took 12.3 s`); the merge and the post-build
 * steps are counted as post-build.
 */
function buildInShards(p: Paths): Build {
  const whole = timed('build in shards', buildCommand, [...buildArgs, '--in', p.corpus, '--work', p.shards, '--dist', p.dist, '--shard-size', String(shardSize)], {
    BAOGAO_INGEST_CACHE: p.ingestCache,
  });
  const steps = new Map<string, number>();
  for (const m of whole.output.matchAll(/^build: step (\S+) took ([\d.]+) s(?: \(CPU [\d.]+ s\))?$/gm)) steps.set(m[1]!, (steps.get(m[1]!) ?? 0) + Number(m[2]));
  const part = (name: string): Timed => ({ seconds: steps.get(name) ?? 0, peakKb: 0, output: '' });
  const ingest = { ...part('ingest'), output: whole.output };
  const astro = part('astro');
  const pagefind = part('pagefind-index');
  const post: Timed = { seconds: Math.max(0, whole.seconds - ingest.seconds - astro.seconds - pagefind.seconds), peakKb: 0, output: '' };
  const last = JSON.parse(readFileSync(join(p.shards, 'last-build.json'), 'utf8')) as { shards: Array<{ rebuilt: boolean }> };
  return {
    ingest,
    // The summary's ingest runs in batches: one cache line each.
    // Seeds not ingested at all (unchanged since the last build), and the ingest cache's.
    reused:
      Number(/^build: (\d+) of \d+ seeds unchanged since the last ingest/m.exec(whole.output)?.[1] ?? 0) +
      [...whole.output.matchAll(/^ingest cache: .*$/gm)].reduce((n, m) => n + (ingestCacheLine(m[0])?.reused ?? 0), 0),
    astro,
    phases: astroPhases(whole.output),
    pagefind,
    post: [post],
    total: whole.seconds,
    peakKb: whole.peakKb,
    sharded: { shards: last.shards.length, rebuilt: last.shards.filter((s) => s.rebuilt).length },
  };
}

/**
 * A folder that looks like the project, except that its `dist` is the benchmark's: post-build steps
 * (`tsx scripts/postbuild-search.ts`, `npm run package`) default to `./dist`, and run there they can
 * never touch the project's own dist/.
 */
function sandboxFor(p: Paths): string {
  const sandbox = join(work, `project-${basename(p.dist)}`);
  rmSync(sandbox, { recursive: true, force: true });
  mkdirSync(sandbox, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (entry !== 'dist') symlinkSync(join(root, entry), join(sandbox, entry));
  }
  symlinkSync(p.dist, join(sandbox, 'dist'));
  return sandbox;
}

/**
 * The Starlight baseline: a stock Starlight project holding the same ingested reports as Markdown,
 * built cold once by the same Astro (its own Pagefind step included), in a folder of its own.
 */
function starlightBuild(p: Paths, n: number): Timed {
  // Inside the project, so that Node and Vite find its node_modules by walking up (a symlinked
  // node_modules makes Vite see Starlight's components under two paths).
  const dir = join(root, '.cache', 'starlight-baseline', String(n));
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(starlightProjectFiles)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  for (const name of readdirSync(p.content).filter((f) => f.endsWith('.mdx'))) {
    writeFileSync(join(docs, name.replace(/\.mdx$/, '.md')), reportMarkdown(readFileSync(join(p.content, name), 'utf8'), join(p.content, name)));
  }
  try {
    return timed('starlight build', 'astro', ['build'], {}, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function coldBuild(p: Paths): Build {
  for (const dir of [p.content, p.dist, p.astroCache, p.ingestCache, p.shards, `${p.dist}-pagefind-cache`]) rmSync(dir, { recursive: true, force: true });
  return build(p);
}

/** Change one seed (a sentence added to a paragraph) and build again with every cache kept. */
function rebuildAfterOneChange(p: Paths): Build {
  const seed = join(p.corpus, seedsIn(p.corpus)[0] ?? '');
  const original = readFileSync(seed);
  writeFileSync(seed, changeOneSeed(original.toString('utf8')));
  try {
    return build(p);
  } finally {
    writeFileSync(seed, original);
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

const dirBytes = (dir: string) => (existsSync(dir) ? filesUnder(dir).reduce((sum, f) => sum + statSync(f).size, 0) : 0);

interface Weights {
  inputBytes: number;
  pages: number;
  htmlRaw: number;
  htmlGzip: number;
  textGzip: number;
  /** Median of (page gzip − budget): negative is under budget. */
  marginGzip: number;
  overBudget: number;
  homeReportLinks: number;
  maxYearReportLinks: number;
  /** The one search index, `search-assets/index/` (read over http and from disk). */
  pagefindBytes: number;
  zipBytes: number;
  distBytes: number;
  jsPerType: Record<string, number>;
}

function measureOutput(p: Paths): Weights {
  const reportsDir = join(p.dist, 'reports');
  const pages = existsSync(reportsDir) ? readdirSync(reportsDir).filter((f) => f.endsWith('.html')) : [];
  const raw: number[] = [];
  const gz: number[] = [];
  const text: number[] = [];
  const margin: number[] = [];
  let overBudget = 0;
  for (const page of pages) {
    const html = readFileSync(join(reportsDir, page));
    const mdx = join(p.content, page.replace(/\.html$/, '.mdx'));
    // The report's own text: its MDX body without the markup (the cleaned text, every character).
    const own = existsSync(mdx) ? gzipSync(Buffer.from(mdxText(readFileSync(mdx, 'utf8')))).byteLength : 0;
    const g = gzipSync(html).byteLength;
    raw.push(html.byteLength);
    gz.push(g);
    text.push(own);
    margin.push(g - pageWeightBudget(own));
    if (g > pageWeightBudget(own)) overBudget += 1;
  }
  const listing = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : []);
  const years = listing(join(p.dist, 'years'));
  const districts = listing(join(p.dist, 'districts'));
  const linksIn = (file: string) => (existsSync(file) ? reportLinks(readFileSync(file, 'utf8')) : 0);
  const sample: Record<string, string | undefined> = {
    home: join(p.dist, 'index.html'),
    report: pages[0] ? join(reportsDir, pages[0]) : undefined,
    district: districts[0] ? join(p.dist, 'districts', districts[0]) : undefined,
    year: years[0] ? join(p.dist, 'years', years[0]) : undefined,
    indicator: join(p.dist, 'indicators', 'gdp.html'),
    search: join(p.dist, 'search.html'),
  };
  const jsPerType: Record<string, number> = {};
  for (const [type, file] of Object.entries(sample)) {
    if (file && existsSync(file)) jsPerType[type] = pageScriptBytes(file);
  }
  return {
    inputBytes: seedsIn(p.corpus).reduce((s, f) => s + statSync(join(p.corpus, f)).size, 0),
    pages: pages.length,
    htmlRaw: median(raw),
    htmlGzip: median(gz),
    textGzip: median(text),
    marginGzip: median(margin),
    overBudget,
    homeReportLinks: linksIn(join(p.dist, 'index.html')),
    maxYearReportLinks: Math.max(0, ...years.map((y) => linksIn(join(p.dist, 'years', y)))),
    pagefindBytes: dirBytes(join(p.dist, 'search-assets', 'index')),
    zipBytes: existsSync(join(p.dist, 'baogao-offline.zip')) ? statSync(join(p.dist, 'baogao-offline.zip')).size : 0,
    distBytes: dirBytes(p.dist),
    jsPerType,
  };
}

interface SearchResult {
  latencyMs?: number;
  queryBytes?: number;
  note?: string;
}

/** Search latency (query typed → first result link) and Pagefind bytes fetched, in headless Chromium. */
async function measureSearch(p: Paths): Promise<SearchResult> {
  if (values['no-browser']) return { note: 'not measured (--no-browser)' };
  if (!existsSync(join(p.dist, 'search.html'))) return { note: 'no search.html' };
  const { serveStatic } = await import('../test/helpers/server.ts');
  const { launchChromium } = await import('../test/helpers/browser.ts');
  const server = await serveStatic(p.dist);
  const launched = await launchChromium();
  const latencies: number[] = [];
  const bytes: number[] = [];
  try {
    for (const q of ['生产总值', '旧区改造', '财政收入', '就业']) {
      const page = await launched.browser.newPage();
      let fetched = 0;
      page.on('response', (res) => {
        // The engine and the one index (search-assets/pagefind-offline.js, search-assets/index/): base64, ~4/3 of Pagefind's bytes before HTTP compression.
        if (!/\/search-assets\/(pagefind-offline\.js|index\/)/.test(res.url())) return;
        res.body().then((b) => (fetched += b.byteLength), () => undefined);
      });
      const start = Date.now();
      await page.goto(`${server.url}search.html?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('[data-search-results] a', { timeout: 30_000 });
      latencies.push(Date.now() - start);
      await page.waitForLoadState('networkidle');
      bytes.push(fetched);
      await page.close();
    }
  } catch (error) {
    return { note: `search did not answer: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}` };
  } finally {
    await launched.close();
    await server.close();
  }
  return { latencyMs: median(latencies), queryBytes: median(bytes) };
}

interface Profiled {
  n: number;
  ingestMs: number;
  stages: Array<{ name: string; ms: number; share: number }>;
  ingestBuckets: Array<{ name: string; ms: number; share: number }>;
  astroMs: number;
  astroBuckets: Array<{ name: string; ms: number; share: number }>;
}

/** The largest .cpuprofile a stage wrote (tsx's own launcher process writes a small one too). */
function largestProfile(dir: string): CpuProfile {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f));
  const file = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!file) throw new Error(`bench: no CPU profile in ${dir}`);
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

const ingestStages: Record<string, string[]> = {
  'src/ingest/index.ts': ['ingest'],
  'src/ingest/decode.ts': ['decode'],
  'src/ingest/clean.ts': ['clean'],
  'src/ingest/identify.ts': ['identify'],
  'src/ingest/outline.ts': ['outline', 'summarizeOutline'],
  'src/ingest/annotate.ts': ['annotate'],
  'src/ingest/damage.ts': ['findDamage'],
  'src/ingest/metrics/index.ts': ['extractMetrics'],
  'src/ingest/terms.ts': ['findTerms'],
  'src/ingest/to-mdx.ts': ['toMdx'],
  'src/cli/corpus.ts': ['readCorpus'],
  'src/cli/knowledge-files.ts': ['loadKnowledge'],
  'src/cli/atomic-write.ts': ['writeFolderAtomically'],
  'src/cli/ingest-cache.ts': ['runFingerprint'],
};

function stageOf(node: CpuProfileNode): string | undefined {
  const url = node.callFrame.url.replace(/^file:\/\//, '');
  for (const [file, names] of Object.entries(ingestStages)) {
    if (url === join(root, file) && names.includes(node.callFrame.functionName)) return node.callFrame.functionName;
  }
  if (url.includes('/node_modules/vfile-reporter/') && node.callFrame.functionName === 'reporter') return 'reporter';
  return undefined;
}

function profileSize(n: number, p: Paths): Profiled {
  const dir = join(work, `profiles-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'ingest'), { recursive: true });
  mkdirSync(join(dir, 'astro'), { recursive: true });
  const env = envFor(p);
  const prof = (sub: string) => ({ NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${join(dir, sub)}` });
  timed('ingest (profiled)', 'tsx', ['scripts/ingest.ts', '--no-cache', '--in', p.corpus, '--out', p.content], { ...env, ...prof('ingest') });
  rmSync(p.astroCache, { recursive: true, force: true });
  timed('astro build (profiled)', 'astro', ['build', '--outDir', p.dist], { ...env, ...prof('astro') });
  const ingest = largestProfile(join(dir, 'ingest'));
  const astro = largestProfile(join(dir, 'astro'));
  return {
    n,
    ingestMs: sampledMs(ingest),
    stages: inclusiveTime(ingest, stageOf),
    ingestBuckets: selfTimeByBucket(ingest, root).slice(0, 12),
    astroMs: sampledMs(astro),
    astroBuckets: selfTimeByBucket(astro, root).slice(0, 15),
  };
}

/** Everything from this line on in the output file is kept across runs (the reading of the numbers). */
const notesMarker = '<!-- by hand below: kept by scripts/bench.ts -->';
const seconds = (s: number) => s.toFixed(2);
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const loadAtStart = loadavg();
  const timeRows: Array<Array<string | number>> = [];
  const phaseRows: Array<Array<string | number>> = [];
  const rebuildRows: Array<Array<string | number>> = [];
  const weightRows: Array<Array<string | number>> = [];
  const searchRows: Array<Array<string | number>> = [];
  const profiles: Profiled[] = [];
  for (const n of sizes) {
    const p = pathsFor(n);
    makeCorpus(n, p);
    const actual = seedsIn(p.corpus).length;
    const repeat = n <= 100 ? runs : 1;
    const cold: Build[] = [];
    const loadBefore = loadavg()[0]!;
    for (let i = 0; i < repeat; i++) {
      console.error(`bench: N=${actual} cold build ${i + 1}/${repeat}`);
      cold.push(coldBuild(p));
    }
    const loadAfter = loadavg()[0]!;
    const pick = (f: (b: Build) => number) => median(cold.map(f));
    const out = measureOutput(p);
    let starlight: Timed | undefined;
    if (!values['no-starlight'] && starlightSizes.has(actual)) {
      console.error(`bench: N=${actual} Starlight baseline (one cold build)`);
      starlight = starlightBuild(p, actual);
    }
    console.error(`bench: N=${actual} rebuild after changing one seed`);
    const again = rebuildAfterOneChange(p);
    const search = await measureSearch(p);
    if (values.profile) {
      console.error(`bench: N=${actual} profiling (node --cpu-prof)`);
      profiles.push(profileSize(actual, p));
    }
    const ingestS = pick((b) => b.ingest.seconds);
    const total = pick((b) => b.total);
    timeRows.push([
      actual,
      repeat,
      seconds(ingestS),
      (out.inputBytes / 1024 / 1024 / ingestS).toFixed(2),
      (actual / ingestS).toFixed(1),
      seconds(pick((b) => b.astro.seconds)),
      seconds(pick((b) => b.pagefind.seconds)),
      cold[0]?.post.length ? seconds(pick((b) => b.post.reduce((s, t) => s + t.seconds, 0))) : '–',
      seconds(total),
      ((total * 1000) / actual).toFixed(1),
      mb(pick((b) => b.peakKb) * 1024),
      cold[0]?.sharded
        ? `in ${cold[0].sharded.shards} shards of ≤ ${shardSize} reports: the whole build, every process summed`
        : `ingest ${mb(pick((b) => b.ingest.peakKb) * 1024)}, astro ${mb(pick((b) => b.astro.peakKb) * 1024)}, pagefind ${mb(pick((b) => b.pagefind.peakKb) * 1024)}`,
      `${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
      starlight ? seconds(starlight.seconds) : '–',
      starlight ? mb(starlight.peakKb * 1024) : '–',
      starlight ? (total / starlight.seconds).toFixed(2) : '–',
    ]);
    const phase = (f: (ph: AstroPhases) => number | undefined) => {
      const list = cold.map((b) => f(b.phases)).filter((v): v is number => v !== undefined);
      return list.length ? seconds(median(list)) : '–';
    };
    phaseRows.push([actual, phase((ph) => ph.contentSync), phase((ph) => ph.bundle), phase((ph) => ph.render), phase((ph) => ph.pages)]);
    rebuildRows.push([
      actual,
      `${actual - again.reused} of ${actual}`,
      again.sharded ? `${again.sharded.rebuilt} of ${again.sharded.shards}` : '– (one pass)',
      seconds(again.ingest.seconds),
      seconds(again.astro.seconds),
      seconds(again.pagefind.seconds),
      again.post.length ? seconds(again.post.reduce((s, t) => s + t.seconds, 0)) : '–',
      seconds(again.total),
      pct(again.total / total),
      mb(again.peakKb * 1024),
      loadavg()[0]!.toFixed(1),
    ]);
    weightRows.push([
      actual,
      out.pages,
      kb(out.htmlRaw),
      kb(out.htmlGzip),
      kb(out.textGzip),
      kb(pageWeightBudget(out.textGzip)),
      `${out.overBudget} of ${out.pages}`,
      out.homeReportLinks,
      out.maxYearReportLinks,
      Object.entries(out.jsPerType).map(([t, b]) => `${t} ${kb(b)}`).join(', '),
      mb(out.pagefindBytes),
      mb(out.distBytes),
      out.zipBytes ? `${mb(out.zipBytes)} (${(out.zipBytes / (out.distBytes - out.zipBytes)).toFixed(2)} × site)` : '–',
    ]);
    searchRows.push([
      actual,
      search.latencyMs === undefined ? '–' : `${search.latencyMs} ms`,
      search.queryBytes === undefined ? '–' : kb(search.queryBytes),
      search.note ?? '',
    ]);
  }

  const sections = [
    '## Time and memory: cold builds',
    '',
    'Every cache emptied before each run (ingest cache, Astro content cache, dist). Peak memory is the largest peak of any stage: the summed resident memory of all its processes (sampled every 100 ms; the Pagefind stage runs two at once), or the `%M` of GNU time if larger. The stages run one after another. ' +
      `N > ${shardSize}: \`npm run build\` builds in shards of at most ${shardSize} reports one after another and merges (scripts/build.ts); its peak is the whole build's (every process, the build script's own included), its post-build column the merge (site, search index, reports.json and metrics.csv) and the post-build steps. ` +
      'Load: the machine\'s 1-minute load average before and after the cold runs (2 cores; above 2, other work shared the machine). Starlight: a stock Starlight project fed the same reports as Markdown (src/bench/starlight.ts), one cold `astro build` (its Pagefind step included) by the same Astro; the ratio is our cold total over it (the issue\'s target: ≤ 0.5 at N = 1000).',
    '',
    markdownTable(
      ['N', 'runs', 'ingest s', 'ingest MB/s', 'ingest reports/s', 'astro build s', 'pagefind s', 'post-build s', 'total s', 'ms per report', 'peak memory', 'peak by stage', 'load (1 min) before → after', 'Starlight s', 'Starlight peak', 'total ÷ Starlight'],
      timeRows,
    ),
    '',
    '### Inside `astro build` (from its log)',
    '',
    'Content sync: the reports loader (src/lib/report-loader.ts) reads each MDX file, validates its frontmatter and renders its body to HTML (only files that changed, on a rebuild), and Astro writes its content store. Bundle: Vite/Rolldown bundles the pages and the content store (no module per report). Render: generating the static routes. Seconds, median of the cold runs.',
    '',
    markdownTable(['N', 'content sync + types s', 'bundle s', 'render pages s', 'astro total s'], phaseRows),
    '',
    '## Rebuild after changing one seed',
    '',
    'One seed edited (a sentence added), then the same build with every cache kept: the ingest cache (content hash of seed, sidecar, knowledge and pipeline source) re-ingests only that seed. A build in shards also keeps every shard whose inputs (its reports\' ingested files, the lean summary, the sources) did not change, and merges again.',
    '',
    markdownTable(['N', 're-ingested', 'shards built', 'ingest s', 'astro build s', 'pagefind s', 'post-build s', 'total s', 'of a cold build', 'peak memory', 'load (1 min) after'], rebuildRows),
    '',
    '## Page weight and size of the site',
    '',
    'Report page HTML: median over all report pages. "Own text": the gzip size of the report\'s text (its MDX body without markup). Budget: 1.25 × own text + 4 KB (issue 7). "Links to reports": report links on the home page, and on the largest year page: a page that lists every report grows with N. JS: gzip bytes of the scripts a page of each type loads. Search index: `search-assets/index/`, the one index read over http and from disk. Offline ZIP: its size, and over the bytes of the site it holds (issue 14: ≤ 1.1).',
    '',
    markdownTable(
      ['N', 'report pages', 'HTML raw', 'HTML gzip', 'own text gzip', 'budget', 'over budget', 'home: links to reports', 'largest year page: links', 'JS gzip per page type', 'search index', 'dist total', 'offline ZIP'],
      weightRows,
    ),
    '',
    '## Search',
    '',
    'Headless Chromium over http (test/helpers/server.ts): from opening `search.html?q=…` to the first result link, median of 4 queries (生产总值, 旧区改造, 财政收入, 就业); bytes: Pagefind files fetched for one query.',
    '',
    markdownTable(['N', 'latency', 'Pagefind bytes per query', 'note'], searchRows),
  ];

  for (const prof of profiles) {
    sections.push(
      '',
      `## Where the time goes at N = ${prof.n} (node --cpu-prof, one cold run)`,
      '',
      `Ingest: ${seconds(prof.ingestMs / 1000)} s sampled. Inclusive time of the stages (a stage's share includes the libraries it calls; \`annotate\` includes findDamage, extractMetrics and findTerms; \`ingest\` is the whole pipeline):`,
      '',
      markdownTable(['function', 'ms', 'share'], prof.stages.map((s) => [s.name, s.ms.toFixed(0), pct(s.share)])),
      '',
      'Ingest, self time by package or file:',
      '',
      markdownTable(['where', 'ms', 'share'], prof.ingestBuckets.map((s) => [s.name, s.ms.toFixed(0), pct(s.share)])),
      '',
      `Astro build: ${seconds(prof.astroMs / 1000)} s sampled on the main thread; self time by package or file:`,
      '',
      markdownTable(['where', 'ms', 'share'], prof.astroBuckets.map((s) => [s.name, s.ms.toFixed(0), pct(s.share)])),
    );
  }

  const header = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())} memory, Node ${process.version}. Sizes: ${sizes.join(', ')} (N = 5 is seeds/, larger N from scripts/synth-corpus.ts). Runs with N ≤ 100 repeated ${runs}× (median); larger N once. The machine may be shared with other work: read differences under ~10% as noise. Load average (1, 5, 15 min) at the start: ${loadAtStart.map((l) => l.toFixed(1)).join(', ')}; at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')}.`,
    '',
  ];
  mkdirSync(resolve(values.out, '..'), { recursive: true });
  // A reading of the numbers written by hand below the marker survives a new run.
  const previous = existsSync(values.out) ? readFileSync(values.out, 'utf8') : '';
  const notes = previous.includes(notesMarker) ? previous.slice(previous.indexOf(notesMarker)) : '';
  writeFileSync(values.out, [...header, ...sections, '', ...(notes ? [notes.trimEnd(), ''] : [])].join('\n'));
  console.error(`bench: wrote ${relative(process.cwd(), resolve(values.out))}`);
}

await main();
