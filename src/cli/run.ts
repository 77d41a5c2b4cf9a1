/**
 * `npm run ingest`: read a corpus, run the pipeline on every seed, print the summary, and write
 * the MDX files only when every report succeeded. Returns the exit code: 0 success, 1 a report
 * failed (or a warning under --strict), 2 bad usage.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { ingest } from '../ingest/index.ts';
import type { Knowledge } from '../ingest/knowledge.ts';
import { parseIngestArgs, usage, UsageError } from './args.ts';
import { writeFolderAtomically } from './atomic-write.ts';
import { readCorpus, type Seed } from './corpus.ts';
import { openCache, replayMessages, runFingerprint, toEntry, type IngestCache } from './ingest-cache.ts';
import { jsonFailure, jsonReport } from './json-report.ts';
import { KnowledgeError, loadKnowledge } from './knowledge-files.ts';
import { countWarnings, fatalMessage, markDuplicateSlugs, problemFile, type Outcome } from './outcome.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { formatCacheLine, formatTable, formatTotals, noiseLinesRemoved, summaryRow } from './summary.ts';

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
  // With --json, stdout carries only the JSON; the human summary moves to stderr.
  const human = args.json ? io.stderr : io.stdout;

  let knowledge;
  try {
    knowledge = await loadKnowledge(path.join(io.root, 'content'), display);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    io.stderr.write(`error: ${error.message}\n${display(outDir)} left unchanged.\n`);
    return 1;
  }

  const corpus = await readCorpus(inDir, display);
  if (corpus.seeds.length === 0) {
    io.stderr.write(`error: no .txt seeds in ${display(inDir)}; ${display(outDir)} left unchanged.\n`);
    return 1;
  }

  const cacheDir = path.resolve(io.cwd, io.env?.['BAOGAO_INGEST_CACHE'] ?? path.join(io.root, '.cache', 'ingest'));
  const cache = args.cache ? openCache(cacheDir, await runFingerprint(io.root, path.join(io.root, 'content'))) : undefined;
  const progress = createProgress(io.stderr, corpus.seeds.length);
  const outcomes: Outcome[] = [];
  for (const seed of corpus.seeds) {
    progress.tick(seed.name);
    outcomes.push(await ingestSeed(seed, knowledge, cache));
  }
  progress.done();
  markDuplicateSlugs(outcomes);

  const extraFiles = corpus.warnings.map((problem) => problemFile(problem, false));
  const files = [...outcomes.map((o) => o.file), ...extraFiles];
  const failed = outcomes.filter((o) => !o.ok);
  // vfile: `fatal: false` is a warning; `fatal: undefined` is information (e.g. "converted from
  // traditional script"), shown but never failing --strict.
  const warnings = files.reduce((sum, f) => sum + countWarnings(f), 0);
  const succeeded = outcomes.flatMap((o) => (o.ok ? [o] : []));

  if (args.json) {
    const json = outcomes.map((o) =>
      o.ok
        ? jsonReport(o.seed.path, o.data, o.file, o.seed.sidecarPath)
        : jsonFailure(o.seed.path, o.file),
    );
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }

  const rows = succeeded.map((o) => summaryRow(o.data, countWarnings(o.file), o.seed.sidecar !== undefined));
  if (rows.length > 0) human.write(`${formatTable(rows)}\n\n`);
  const messages = reporter(files, { quiet: true, color: Boolean(human.isTTY) });
  if (messages.trim() !== '') human.write(`${messages}\n\n`);
  human.write(
    `${formatTotals({
      reports: outcomes.length,
      failed: failed.length,
      warnings,
      removed: succeeded.reduce((sum, o) => sum + noiseLinesRemoved(o.data), 0),
      damage: succeeded.reduce((sum, o) => sum + o.data.provenance.damage.length, 0),
    })}\n`,
  );
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
  await writeFolderAtomically(outDir, output);
  human.write(`wrote ${output.size} file${output.size === 1 ? '' : 's'} to ${display(outDir)}\n`);
  return 0;
}

async function ingestSeed(
  seed: Seed,
  knowledge: Knowledge,
  cache: IngestCache | undefined,
): Promise<Outcome> {
  if (seed.sidecarProblem) {
    const file = problemFile(seed.sidecarProblem, true);
    return { ok: false, seed, file };
  }
  const hit = await cache?.get(seed);
  if (hit) return { ok: true, seed, data: hit.data, mdx: hit.mdx, file: replayMessages(hit, seed.path), cached: true };
  try {
    const result = ingest(seed.bytes, { path: seed.path, sidecar: seed.sidecar, knowledge });
    const data = result.report.data;
    await cache?.set(seed, toEntry(data, result.mdx, result.file));
    return { ok: true, seed, data, mdx: result.mdx, file: result.file, cached: false };
  } catch (error) {
    const file = new VFile({ path: seed.path });
    file.messages.push(fatalMessage(error, seed.path));
    return { ok: false, seed, file };
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
