/**
 * One seed's ingest as plain data, so it can run in a worker thread and come back by
 * `postMessage` (structured clone keeps plain objects only: a VFile or VFileMessage would arrive
 * as a bare object without its class). A success is a cache entry (data, MDX, messages), replayed
 * on a VFile named by the seed's path exactly as a cache hit is; a failure is the fatal message
 * with everything vfile-reporter and `--json` read from it (place, rule, stack, cause).
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { ingestDocument } from '../ingest/index.ts';
import type { Knowledge } from '../ingest/knowledge.ts';
import type { Ledger } from '../ingest/ledger/index.ts';
import type { Sidecar } from '../model.ts';
import type { Seed } from './corpus.ts';
import { replayMessages, toCachedMessage, toEntry, type CacheEntry, type CachedMessage } from './ingest-cache.ts';
import { fatalMessage, type Outcome } from './outcome.ts';

export interface IngestTask {
  /** Index of the seed in the corpus: results come back in any order and are put back by it. */
  index: number;
  path: string;
  bytes: Uint8Array;
  sidecar?: Sidecar;
  /** The report's anchor ledger as read, if it has one. */
  ledger?: Ledger;
}

/** An Error as plain data (a failure's `cause`, printed by vfile-reporter with its stack). */
export interface PlainError {
  name: string;
  message: string;
  stack: string | null;
}

export interface FatalMessage extends CachedMessage {
  stack: string;
  cause: PlainError | null;
}

export type TaskResult =
  | { index: number; ok: true; entry: CacheEntry }
  | { index: number; ok: false; fatal: FatalMessage };

export async function runTask(task: IngestTask, knowledge: Knowledge): Promise<TaskResult> {
  try {
    const result = await ingestDocument(task.bytes, { path: task.path, sidecar: task.sidecar, knowledge, ...(task.ledger ? { ledger: task.ledger } : {}) });
    return { index: task.index, ok: true, entry: toEntry({ ...result, data: result.report.data }) };
  } catch (error) {
    return { index: task.index, ok: false, fatal: toFatalMessage(fatalMessage(error, task.path)) };
  }
}

/** The outcome a task's result stands for, on the seed it was made from. */
export function outcomeOf(seed: Seed, result: TaskResult): Outcome {
  if (result.ok) {
    const { entry } = result;
    return { ok: true, seed, data: entry.data, mdx: entry.mdx, ledger: entry.ledger, moves: entry.moves, file: replayMessages(entry, seed.path), cached: false };
  }
  const file = new VFile({ path: seed.path });
  file.messages.push(fromFatalMessage(result.fatal, seed.path));
  return { ok: false, seed, file };
}

export function toFatalMessage(message: VFileMessage): FatalMessage {
  const cause = message.cause;
  return {
    ...toCachedMessage(message),
    stack: message.stack ?? '',
    cause:
      cause instanceof Error
        ? { name: cause.name, message: cause.message, stack: cause.stack ?? null }
        : cause === undefined || cause === null
          ? null
          : { name: 'Error', message: String(cause), stack: null },
  };
}

export function fromFatalMessage(stored: FatalMessage, filePath: string): VFileMessage {
  const cause = stored.cause === null ? undefined : plainErrorToError(stored.cause);
  const message = new VFileMessage(stored.reason, {
    ...(stored.place ? { place: stored.place } : {}),
    ...(stored.ruleId === null ? {} : { ruleId: stored.ruleId }),
    ...(stored.source === null ? {} : { source: stored.source }),
    ...(cause ? { cause } : {}),
  });
  message.fatal = stored.fatal ?? undefined;
  message.file = filePath;
  message.stack = stored.stack;
  if (stored.note !== null) message.note = stored.note;
  if (stored.url !== null) message.url = stored.url;
  if (stored.actual !== null) message.actual = stored.actual;
  if (stored.expected !== null) message.expected = stored.expected;
  return message;
}

function plainErrorToError(plain: PlainError): Error {
  const error = new Error(plain.message);
  error.name = plain.name;
  if (plain.stack !== null) error.stack = plain.stack;
  return error;
}
