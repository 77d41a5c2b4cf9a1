/**
 * What became of each seed in an ingest run, and the messages that explain a failure: whatever a
 * stage threw, an unusable sidecar, two seeds that map to one slug.
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { z } from 'astro/zod';
import type { AnchorMoves, Ledger } from '../ingest/ledger/index.ts';
import type { ReportData } from '../model.ts';
import type { CorpusProblem, Seed } from './corpus.ts';
import { formatZodIssues } from './zod-issues.ts';

/** A report the pipeline produced, either just now or earlier (`cached`, from the ingest cache). */
export type Outcome =
  | { ok: true; seed: Seed; data: ReportData; mdx: string; ledger: Ledger; moves: AnchorMoves; file: VFile; cached: boolean; ledgerText?: string }
  | { ok: false; seed: Seed; file: VFile };

/** Turn whatever a stage threw into a fatal message on the seed's file. */
export function fatalMessage(error: unknown, filePath: string): VFileMessage {
  if (error instanceof VFileMessage) {
    error.fatal = true;
    error.file = filePath;
    return error;
  }
  const reason =
    error instanceof z.ZodError
      ? `Report data does not match the schema: ${formatZodIssues(error.issues)}`
      : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  const message = new VFileMessage(reason, {
    ruleId: error instanceof z.ZodError ? 'report-schema' : 'internal-error',
    source: 'baogao',
    cause: error instanceof Error ? error : undefined,
  });
  message.fatal = true;
  message.file = filePath;
  return message;
}

export function problemFile(problem: CorpusProblem, fatal: boolean): VFile {
  const file = new VFile({ path: problem.path });
  const options = { ruleId: problem.ruleId, source: 'baogao' };
  const message =
    problem.line === undefined
      ? file.message(problem.reason, options)
      : file.message(problem.reason, { ...options, place: { line: problem.line, column: problem.column ?? 1 } });
  message.fatal = fatal;
  return file;
}

/** Two seeds that map to one slug would overwrite each other's page: both fail, naming the other. */
export function markDuplicateSlugs(outcomes: Outcome[]): void {
  const bySlug = new Map<string, number[]>();
  outcomes.forEach((o, i) => {
    if (!o.ok) return;
    const slug = o.data.slug;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), i]);
  });
  for (const [slug, indexes] of bySlug) {
    if (indexes.length < 2) continue;
    const paths = indexes.map((i) => outcomes[i]?.seed.path ?? '');
    for (const i of indexes) {
      const outcome = outcomes[i];
      if (!outcome?.ok) continue;
      const others = paths.filter((p) => p !== outcome.seed.path);
      const file = outcome.file;
      const message = file.message(
        `Duplicate slug \`${slug}\`: ${outcome.seed.path} and ${others.join(', ')} map to the same report; ` +
          'remove the copy, or add a sidecar (docs/sidecar.md) stating the fact that tells them apart',
        { ruleId: 'duplicate-slug', source: 'baogao' },
      );
      message.fatal = true;
      outcomes[i] = { ok: false, seed: outcome.seed, file };
    }
  }
}

export function countWarnings(file: VFile): number {
  return file.messages.filter((message) => message.fatal === false).length;
}
