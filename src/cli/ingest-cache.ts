/**
 * A content-hash cache of ingest results, so that a rebuild after changing one seed runs the
 * pipeline on that seed only. One JSON file per key in the cache folder (`.cache/ingest/`, or
 * BAOGAO_INGEST_CACHE). The key covers everything the pipeline's output depends on:
 *
 *   - the seed's bytes and file name (the name is the report's `provenance.sourceFile`),
 *   - its sidecar as parsed (what the pipeline sees),
 *   - its anchor ledger as read (content/ledger/: the ids kept depend on it; a result is stored
 *     under the ledger it was made with and under the one it writes, which the next run reads),
 *   - the knowledge files (places, indicators, glossary YAML) as read,
 *   - the pipeline version: the contents of src/ingest/**, src/model.ts and package-lock.json
 *     (a changed stage or library gives new keys, never a stale page).
 *
 * The value is what the CLI needs to print and write: the report data (frontmatter), the MDX, the
 * ledger to write back with what moved in it, and
 * the messages without their file path (re-attached on replay, so a moved corpus prints its new paths).
 * Only successful results are stored; a failed seed runs again every time.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { AnchorMoves, Ledger } from '../ingest/ledger/index.ts';
import type { ReportData } from '../model.ts';
import type { Seed } from './corpus.ts';

/** Bump when the shape of an entry changes. */
const entryFormat = 'baogao-ingest-cache/3';

export interface CachedMessage {
  reason: string;
  place: VFileMessage['place'];
  ruleId: string | null;
  source: string | null;
  /** vfile's `fatal`: true error, false warning, null info. */
  fatal: boolean | null;
  note: string | null;
  url: string | null;
  actual: string | null;
  expected: string[] | null;
}

export interface CacheEntry {
  format: typeof entryFormat;
  data: ReportData;
  mdx: string;
  /** The report's anchor ledger after this ingest, and what moved in it. */
  ledger: Ledger;
  moves: AnchorMoves;
  messages: CachedMessage[];
  /** `ledger` as its file is written (set when stored): a replayed run compares it without serializing. */
  ledgerText?: string;
}

/** What every key of one run shares: pipeline version and knowledge. */
export async function runFingerprint(root: string, contentDir: string): Promise<string> {
  const hash = createHash('sha256').update(entryFormat);
  const sources = [
    ...(await filesUnder(path.join(root, 'src', 'ingest'))).filter((f) => f.endsWith('.ts')),
    path.join(root, 'src', 'model.ts'),
    path.join(root, 'package-lock.json'),
    ...['places', 'indicators', 'glossary'].map((name) => path.join(contentDir, `${name}.yaml`)),
  ];
  for (const file of sources) {
    hash.update(`\0${path.relative(root, file)}\0`);
    hash.update(await readFile(file).catch(() => Buffer.from('\0missing\0')));
  }
  return hash.digest('hex');
}

/** `ledgerText`: the seed's ledger file as read, null when it has none. */
export function entryKey(fingerprint: string, seed: Seed, ledgerText: string | null = null): string {
  return createHash('sha256')
    .update(fingerprint)
    .update(`\0${seed.name}\0`)
    .update(JSON.stringify(seed.sidecar ?? null))
    .update('\0')
    .update(JSON.stringify(ledgerText))
    .update('\0')
    .update(seed.bytes)
    .digest('hex');
}

export function toEntry(result: { data: ReportData; mdx: string; file: VFile; ledger: Ledger; moves: AnchorMoves }): CacheEntry {
  const { data, mdx, file, ledger, moves } = result;
  return { format: entryFormat, data, mdx, ledger, moves, messages: file.messages.map(toCachedMessage) };
}

export function toCachedMessage(m: VFileMessage): CachedMessage {
  return {
    reason: m.reason,
    place: m.place,
    ruleId: m.ruleId ?? null,
    source: m.source ?? null,
    fatal: m.fatal ?? null,
    note: m.note ?? null,
    url: m.url ?? null,
    actual: m.actual ?? null,
    expected: m.expected ?? null,
  };
}

/** The messages of a cached result, on a fresh VFile named by the seed's current path. */
export function replayMessages(entry: CacheEntry, seedPath: string): VFile {
  const file = new VFile({ path: seedPath });
  for (const stored of entry.messages) {
    const message = file.message(stored.reason, {
      ...(stored.place ? { place: stored.place } : {}),
      ...(stored.ruleId === null ? {} : { ruleId: stored.ruleId }),
      ...(stored.source === null ? {} : { source: stored.source }),
    });
    message.fatal = stored.fatal ?? undefined;
    if (stored.note !== null) message.note = stored.note;
    if (stored.url !== null) message.url = stored.url;
    if (stored.actual !== null) message.actual = stored.actual;
    if (stored.expected !== null) message.expected = stored.expected;
  }
  return file;
}

export interface IngestCache {
  /** `ledgerText`: the seed's ledger file as read, null when it has none. */
  get(seed: Seed, ledgerText?: string | null): Promise<CacheEntry | undefined>;
  set(seed: Seed, entry: CacheEntry, ledgerText?: string | null): Promise<void>;
}

export function openCache(dir: string, fingerprint: string): IngestCache {
  const fileOf = (seed: Seed, ledgerText: string | null = null) => path.join(dir, `${entryKey(fingerprint, seed, ledgerText)}.json`);
  let made = false;
  return {
    async get(seed, ledgerText) {
      try {
        const entry = JSON.parse(await readFile(fileOf(seed, ledgerText), 'utf8')) as Partial<CacheEntry>;
        return entry.format === entryFormat && entry.data && typeof entry.mdx === 'string' && entry.ledger && entry.moves && Array.isArray(entry.messages)
          ? (entry as CacheEntry)
          : undefined;
      } catch {
        // Missing or unreadable: a miss; the seed is ingested and the entry written again.
        return undefined;
      }
    },
    async set(seed, entry, ledgerText) {
      if (!made) await mkdir(dir, { recursive: true });
      made = true;
      const file = fileOf(seed, ledgerText);
      // Write then rename: a reader never sees half an entry, even with two runs at once.
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(entry));
      await rename(temporary, file);
    },
  };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
