/**
 * What became of each seed in an ingest run, and the messages that explain a failure: whatever a
 * stage threw, an unusable sidecar, several seeds that map to one slug (copies of one report, or
 * reports that identify alike).
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { z } from 'astro/zod';
import type { AnchorMoves, Ledger } from '../ingest/ledger/index.ts';
import type { ReportData } from '../model.ts';
import type { CorpusProblem, Seed } from './corpus.ts';
import { conflictReason, judgeCopies, setAsideReason, type CopyFacts } from './copies.ts';
import { reportTextOfMdx } from './report-text.ts';
import { formatZodIssues } from './zod-issues.ts';

/** A report the pipeline produced, either just now or earlier (`cached`, from the ingest cache). */
export type Outcome =
  | { ok: true; seed: Seed; data: ReportData; mdx: string; ledger: Ledger; moves: AnchorMoves; file: VFile; cached: boolean; ledgerText?: string }
  | {
      ok: false;
      seed: Seed;
      file: VFile;
      /** Set aside as a copy of the report in this input (its path): not a failure (src/cli/copies.ts). */
      copyOf?: string;
    };

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

/** What became of the inputs that identify as one report (src/cli/copies.ts). */
export interface CopiesSettled {
  slug: string;
  /** Index of the kept input in the outcomes. */
  kept: number;
  /** Indexes of the inputs set aside as copies of a kept one. */
  setAside: number[];
}

/**
 * Inputs that map to one slug would overwrite each other's page. Copies of one report: the
 * fullest is kept and each other copy is set aside with a warning naming both files (nothing of
 * it is written). Texts that are not copies of one another: each report fails, naming the others.
 * Returns the reports kept from copies.
 */
export function settleDuplicates(outcomes: Outcome[]): CopiesSettled[] {
  const bySlug = new Map<string, number[]>();
  outcomes.forEach((o, i) => {
    if (o.ok) bySlug.set(o.data.slug, [...(bySlug.get(o.data.slug) ?? []), i]);
  });
  const settled: CopiesSettled[] = [];
  for (const [slug, indexes] of bySlug) {
    if (indexes.length < 2) continue;
    const facts = new Map(indexes.map((i) => [copyFacts(outcomes[i] as Extract<Outcome, { ok: true }>), i]));
    const verdict = judgeCopies([...facts.keys()]);
    const index = (input: CopyFacts) => facts.get(input)!;
    for (const aside of verdict.setAside) {
      const i = index(aside.copy);
      const file = new VFile({ path: aside.copy.path });
      file.message(setAsideReason(aside, slug), { ruleId: 'duplicate-report', source: 'baogao' });
      outcomes[i] = { ok: false, seed: outcomes[i]!.seed, file, copyOf: aside.kept.path };
    }
    for (const conflict of verdict.conflicts) {
      const i = index(conflict.report);
      const outcome = outcomes[i]!;
      const message = outcome.file.message(conflictReason(conflict, slug), { ruleId: 'duplicate-slug', source: 'baogao' });
      message.fatal = true;
      outcomes[i] = { ok: false, seed: outcome.seed, file: outcome.file };
    }
    const [kept] = verdict.reports;
    if (verdict.conflicts.length === 0 && kept) settled.push({ slug, kept: index(kept), setAside: verdict.setAside.map((aside) => index(aside.copy)) });
  }
  return settled;
}

/** The slug a seed's report identified as; `setAside` when it was set aside as a copy of the kept one. */
export interface SeedClaim {
  slug: string;
  setAside?: true;
}

/**
 * Seed name → its claim, for every seed whose report identified (kept or set aside), after
 * `settleDuplicates`: which seeds contend for a slug, for a later ingest of a few seeds to settle
 * it as an ingest of them all would (scripts/build.ts).
 */
export function seedClaims(outcomes: readonly Outcome[], settled: readonly CopiesSettled[]): Record<string, SeedClaim> {
  const claims: Record<string, SeedClaim> = {};
  for (const outcome of outcomes) if (outcome.ok) claims[outcome.seed.name] = { slug: outcome.data.slug };
  for (const { slug, setAside } of settled) {
    for (const i of setAside) {
      const outcome = outcomes[i];
      if (outcome) claims[outcome.seed.name] = { slug, setAside: true };
    }
  }
  return claims;
}

function copyFacts(outcome: Extract<Outcome, { ok: true }>): CopyFacts {
  const { data, seed } = outcome;
  // Only facts the text (or a sidecar) states tell two copies apart; an inferred one (a term's span
  // taken as five years, a plan year taken as the next) is no difference between them.
  const stated = <T>(fact: string, value: T) => (data.provenance.facts.some((origin) => origin.fact === fact && origin.source !== 'inferred') ? value : undefined);
  return {
    name: seed.name,
    path: seed.path,
    text: reportTextOfMdx(outcome.mdx, seed.path),
    damaged: data.provenance.damage.reduce((sum, damage) => sum + Array.from(damage.text.replace(/\s+/gu, '')).length, 0),
    paragraphs: data.outline.reduce((sum, block) => sum + block.paragraphs + block.sections.reduce((n, section) => n + section.paragraphs, 0), 0),
    figures: data.metrics.length,
    reviewPeriod: stated('reviewPeriod', data.reviewPeriod),
    planYear: stated('planYear', data.planYear),
    date: stated('date', data.date),
  };
}

/** Failed: neither a report written nor a copy set aside. */
export const isFailure = (outcome: Outcome) => !outcome.ok && outcome.copyOf === undefined;

export function countWarnings(file: VFile): number {
  return file.messages.filter((message) => message.fatal === false).length;
}
