/**
 * `npm run ingest`: read a corpus, run the pipeline on every seed, print the summary, and write
 * the MDX files only when every report succeeded. Returns the exit code: 0 success, 1 a report
 * failed (or a warning under --strict), 2 bad usage.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { readableExtensions } from '../ingest/formats/index.ts';
import { ingestDocument } from '../ingest/index.ts';
import type { Knowledge } from '../ingest/knowledge.ts';
import { parseIngestArgs, usage, UsageError } from './args.ts';
import { writeFolderAtomically } from './atomic-write.ts';
import { readCorpus, type Seed } from './corpus.ts';
import { openCache, replayMessages, runFingerprint, toEntry, type CacheEntry, type IngestCache } from './ingest-cache.ts';
import { runInThreads } from './ingest-pool.ts';
import { mapLimit } from './map-limit.ts';
import { outcomeOf } from './ingest-task.ts';
import { jsonFailure, jsonReport, jsonSetAside } from './json-report.ts';
import { jsonAnchors } from './anchor-summary.ts';
import { KnowledgeError, loadKnowledge } from './knowledge-files.ts';
import { ledgerFileName, ledgerKey, ledgerOfCopies, readLedgers, serializeLedger, type LedgerFile } from './ledger-files.ts';
import { formatTargetSummary } from './target-summary.ts';
import { countWarnings, fatalMessage, isFailure, problemFile, seedClaims, settleDuplicates, type Outcome } from './outcome.ts';
import { formatAnchorMoves } from './anchor-summary.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { formatCacheLine, formatTable, formatThreadsLine, formatTotals, noiseLinesRemoved, summaryRow } from './summary.ts';

export interface CliIo {
  argv: string[];
  cwd: string;
  /** Project root: defaults (`seeds`, `content/reports`) and the knowledge in `content/` live here. */
  root: string;
  stdout: ProgressStream;
  stderr: ProgressStream;
  /** The process environment; read for BAOGAO_INGEST_CACHE (the cache folder). */
  env?: Record<string, string | undefined>;
}

export async function runIngest(io: CliIo): Promise<number> {
  const display = (p: string) => {
    const relative = path.relative(io.cwd, p);
    return relative.startsWith('..') || path.isAbsolute(relative) ? p : relative;
  };
  let args;
  try {
    args = parseIngestArgs(io.argv, {
      in: path.join(io.root, 'seeds'),
      out: path.join(io.root, 'content', 'reports'),
    });
    if (args.help) {
      io.stdout.write(`${usage}\n`);
      return 0;
    }
    const inDir = path.resolve(io.cwd, args.in);
    if (!(await isDirectory(inDir))) throw new UsageError(`--in: no such folder: ${display(inDir)}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`error: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  const inDir = path.resolve(io.cwd, args.in);
  const outDir = path.resolve(io.cwd, args.out);
  const ledgerDir = path.resolve(io.cwd, args.ledger);
  // With --json, stdout carries only the JSON; the human summary moves to stderr.
  const human = args.json ? io.stderr : io.stdout;

  const cacheDir = path.resolve(io.cwd, io.env?.['BAOGAO_INGEST_CACHE'] ?? path.join(io.root, '.cache', 'ingest'));
  const fingerprint = args.cache ? await runFingerprint(io.root, path.join(io.root, 'content')) : undefined;
  let knowledge;
  try {
    if (fingerprint) await mkdir(cacheDir, { recursive: true });
    knowledge = await loadKnowledge(path.join(io.root, 'content'), display, fingerprint ? { dir: cacheDir, key: fingerprint } : undefined);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    io.stderr.write(`error: ${error.message}\n${display(outDir)} left unchanged.\n`);
    return 1;
  }

  const corpus = await readCorpus(inDir, display);
  if (corpus.seeds.length === 0) {
    io.stderr.write(`error: no reports (${readableExtensions}) in ${display(inDir)}; ${display(outDir)} left unchanged.\n`);
    return 1;
  }

  const ledgers = await readLedgers(ledgerDir, display);
  const cache = fingerprint ? openCache(cacheDir, fingerprint) : undefined;
  const progress = createProgress(io.stderr, corpus.seeds.length);
  // Sidecar problems and cache hits need no pipeline; look them up in parallel (file reads).
  const slots: Array<Outcome | undefined> = await mapLimit(corpus.seeds, 16, async (seed) => {
    const known = await knownOutcome(seed, cache, ledgers.get(ledgerKey(seed.name)));
    if (known) progress.tick(seed.name);
    return known;
  });
  const toIngest = corpus.seeds.flatMap((seed, index) => (slots[index] === undefined ? [{ seed, index }] : []));
  const threads = Math.min(args.jobs ?? availableParallelism(), toIngest.length);
  const enoughText = () => toIngest.reduce((sum, { seed }) => sum + seed.bytes.byteLength, 0) >= minBytesForThreads;
  // An explicit --jobs is followed; by default threads only where they pay for their start-up.
  const inThreads = threads > 1 && (args.jobs !== undefined || enoughText());
  let lostWorkers = 0;
  if (inThreads) {
    let cacheWrites = Promise.resolve();
    let cacheError: { error: unknown } | undefined;
    const results = await runInThreads(
      toIngest.map(({ seed, index }) => {
        const ledger = ledgers.get(ledgerKey(seed.name))?.ledger;
        return { index, path: seed.path, bytes: seed.bytes, sidecar: seed.sidecar, ...(ledger ? { ledger } : {}) };
      }),
      {
        threads,
        knowledge,
        onWorkerLost(error) {
          lostWorkers += 1;
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          io.stderr.write(`\nwarning: an ingest worker thread could not start (${reason}); its seeds ran on this thread\n`);
        },
        onResult(result) {
          const seed = corpus.seeds[result.index];
          if (!seed) return;
          progress.tick(seed.name);
          // Write each entry as it arrives, one after another, while the other threads go on.
          if (cache && result.ok) {
            cacheWrites = cacheWrites
              .then(() => remember(cache, seed, result.entry, ledgers.get(ledgerKey(seed.name))?.text ?? null))
              .catch((error: unknown) => void (cacheError ??= { error }));
          }
        },
      },
    );
    await cacheWrites;
    if (cacheError) throw cacheError.error;
    for (const result of results) {
      const seed = corpus.seeds[result.index];
      if (seed) slots[result.index] = outcomeOf(seed, result);
    }
  } else {
    for (const { seed, index } of toIngest) {
      progress.tick(seed.name);
      slots[index] = await ingestSeed(seed, knowledge, cache, ledgers.get(ledgerKey(seed.name)));
    }
  }
  const outcomes = slots.filter((o): o is Outcome => o !== undefined);
  if (outcomes.length !== corpus.seeds.length) throw new Error('ingest: a seed has no outcome');
  progress.done();
  const settled = settleDuplicates(outcomes);
  for (const copies of settled) {
    // A copy kept now in place of one published earlier goes on with the published ids.
    const kept = outcomes[copies.kept];
    if (!kept?.ok) continue;
    const published = ledgerOfCopies(kept.seed, copies.setAside.flatMap((i) => outcomes[i]?.seed ?? []), copies.slug, ledgers);
    if (published) outcomes[copies.kept] = (await knownOutcome(kept.seed, cache, published)) ?? (await ingestSeed(kept.seed, knowledge, cache, published));
  }

  const extraFiles = corpus.warnings.map((problem) => problemFile(problem, false));
  const files = [...outcomes.map((o) => o.file), ...extraFiles];
  const failed = outcomes.filter(isFailure);
  const setAside = outcomes.filter((o) => !o.ok && o.copyOf !== undefined).length;
  // vfile: `fatal: false` is a warning; `fatal: undefined` is information (e.g. "converted from
  // traditional script"), shown but never failing --strict.
  const warnings = files.reduce((sum, f) => sum + countWarnings(f), 0);
  const succeeded = outcomes.flatMap((o) => (o.ok ? [o] : []));

  if (args.json) {
    const json = outcomes.map((o) =>
      o.ok
        ? { ...jsonReport(o.seed.path, o.data, o.file, o.seed.sidecarPath), anchors: jsonAnchors(o, display(path.join(ledgerDir, ledgerFileName(o.seed.name)))) }
        : o.copyOf === undefined
          ? jsonFailure(o.seed.path, o.file)
          : jsonSetAside(o.seed.path, o.copyOf, o.file),
    );
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }

  const rows = succeeded.map((o) => summaryRow(o.data, countWarnings(o.file), o.seed.sidecar !== undefined));
  if (rows.length > 0) human.write(`${formatTable(rows)}\n\n`);
  const moves = formatAnchorMoves(succeeded.map((o) => ({ slug: o.data.slug, moves: o.moves, retired: o.data.anchors?.retired ?? [], ledger: o.ledger })));
  if (moves) human.write(`${moves}\n\n`);
  const messages = reporter(files, { quiet: true, color: Boolean(human.isTTY) });
  if (messages.trim() !== '') human.write(`${messages}\n\n`);
  human.write(
    `${formatTotals({
      reports: outcomes.length,
      failed: failed.length,
      setAside,
      warnings,
      removed: succeeded.reduce((sum, o) => sum + noiseLinesRemoved(o.data), 0),
      damage: succeeded.reduce((sum, o) => sum + o.data.provenance.damage.length, 0),
    })}\n`,
  );
  if (succeeded.length > 0) {
    const headline = new Set(knowledge.indicators.filter((i) => i.headline).map((i) => i.id));
    human.write(`${formatTargetSummary(succeeded.map((o) => o.data), headline)}\n`);
  }
  if (inThreads) human.write(`${formatThreadsLine(toIngest.length, threads - lostWorkers)}\n`);
  if (cache) {
    human.write(`${formatCacheLine(succeeded.filter((o) => o.cached).length, outcomes.length, display(cacheDir))}\n`);
  }

  if (failed.length > 0) {
    io.stderr.write(
      `error: ${failed.length} report${failed.length === 1 ? '' : 's'} failed (${failed
        .map((o) => o.seed.path)
        .join(', ')}); ${display(outDir)} left unchanged.\n`,
    );
    return 1;
  }
  if (args.strict && warnings > 0) {
    io.stderr.write(
      `error: --strict: ${warnings} warning${warnings === 1 ? '' : 's'}; ${display(outDir)} left unchanged.\n`,
    );
    return 1;
  }
  const output = new Map(succeeded.map((o) => [`${o.data.slug}.mdx`, o.mdx]));
  // Ledgers change only where ids or slugs moved: unchanged seeds leave every byte as it was.
  const ledgerWrites = new Map(
    succeeded.flatMap((o) => {
      // A cached outcome carries its ledger's text: serializing 1000 ledgers took ~6 s of a cached run.
      const text = o.ledgerText ?? serializeLedger(o.ledger);
      return ledgers.get(ledgerKey(o.seed.name))?.text === text ? [] : [[path.join(ledgerDir, ledgerFileName(o.seed.name)), text] as const];
    }),
  );
  await writeFolderAtomically(outDir, output, { alongside: ledgerWrites });
  if (args.outcomes) await writeFile(path.resolve(io.cwd, args.outcomes), `${JSON.stringify(seedClaims(outcomes, settled))}\n`);
  human.write(`wrote ${output.size} file${output.size === 1 ? '' : 's'} to ${display(outDir)}\n`);
  if (ledgerWrites.size > 0) {
    human.write(`updated ${ledgerWrites.size} anchor ledger${ledgerWrites.size === 1 ? '' : 's'} in ${display(ledgerDir)} (commit them with the seeds)\n`);
  }
  return 0;
}

/**
 * By default, worker threads only for this much text to ingest (4 MB: ~220 synthetic reports, ~110 of the
 * seeds' size): a worker takes ~0.5 s of CPU to start (loading the pipeline's modules through
 * tsx) and warms up its own JIT, while the pipeline runs at ~0.35 s per MB once warm. Measured on
 * the 2-core machine: 200 synthetic reports (3.6 MB) were slower with a worker than without,
 * 1000 (18 MB) 15–20 % faster. Cost follows the text's size, not the count of files.
 */
export const minBytesForThreads = 4_000_000;

/**
 * What is known about a seed without running the pipeline: an unusable sidecar or ledger, or a
 * cache hit. The cache is asked before the ledger is parsed: an entry is stored only under a
 * ledger text this seed was ingested with or wrote, which parsed, so a hit needs no parse.
 */
async function knownOutcome(seed: Seed, cache: IngestCache | undefined, ledger: LedgerFile | undefined): Promise<Outcome | undefined> {
  const failed = (problem: NonNullable<LedgerFile['problem']>): Outcome => ({ ok: false, seed, file: problemFile(problem, true) });
  if (seed.sidecarProblem) return failed(seed.sidecarProblem);
  const hit = await cache?.get(seed, ledger?.text ?? null);
  if (hit) {
    const ledgerText = hit.ledgerText === undefined ? {} : { ledgerText: hit.ledgerText };
    return { ok: true, seed, data: hit.data, mdx: hit.mdx, ledger: hit.ledger, moves: hit.moves, file: replayMessages(hit, seed.path), cached: true, ...ledgerText };
  }
  return ledger?.problem ? failed(ledger.problem) : undefined;
}

/** Run the pipeline on one seed in this thread. */
async function ingestSeed(seed: Seed, knowledge: Knowledge, cache: IngestCache | undefined, ledger: LedgerFile | undefined): Promise<Outcome> {
  try {
    const previous = ledger?.ledger;
    const result = await ingestDocument(seed.bytes, { path: seed.path, sidecar: seed.sidecar, knowledge, ...(previous ? { ledger: previous } : {}) });
    const data = result.report.data;
    if (cache) await remember(cache, seed, toEntry({ ...result, data }), ledger?.text ?? null);
    return { ok: true, seed, data, mdx: result.mdx, ledger: result.ledger, moves: result.moves, file: result.file, cached: false };
  } catch (error) {
    const file = new VFile({ path: seed.path });
    file.messages.push(fatalMessage(error, seed.path));
    return { ok: false, seed, file };
  }
}

/**
 * Store a result under the ledger it was made with, and under the ledger it writes: the next run
 * reads that one, and ingesting with the ledger a run wrote gives the same output with every id
 * kept (test/ingest/ledger/edits.test.ts), so the run after a change re-uses it too.
 */
async function remember(cache: IngestCache, seed: Seed, entry: CacheEntry, ledgerText: string | null): Promise<void> {
  const written = serializeLedger(entry.ledger);
  await cache.set(seed, { ...entry, ledgerText: written }, ledgerText);
  if (written === ledgerText) return;
  const steady = { kept: entry.moves.kept + entry.moves.edited + entry.moves.new, edited: 0, new: 0, retired: 0 };
  await cache.set(seed, { ...entry, moves: steady, ledgerText: written }, written);
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
