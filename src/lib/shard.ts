/**
 * One shard of a sharded build (`npm run build -- --shard K/N`, docs/sharded-build.md), as the site
 * sees it. scripts/build.ts sets two variables for `astro build`:
 *
 * - `BAOGAO_SHARD_CITIES`: a JSON file listing the city slugs of this shard. Report pages (and
 *   their notes scripts), district pages and city pages are built only for these cities; every
 *   other page is built by every shard, from the same data, and the merge checks that they agree,
 *   except the year and indicator pages, which only the first shard builds (`BAOGAO_SHARD_CORPUS_PAGES`).
 *   The two downloads that carry every report whole (`reports.json`, `metrics.csv`) are left to
 *   the merge (src/build/corpus-downloads.ts).
 * - `BAOGAO_SHARD_SUMMARY`: the lean corpus summary, one JSON line per report (`{id, data}`,
 *   src/build/summary.ts). The collection holds this shard's reports whole (read and rendered from
 *   their MDX); the site data adds the others' lean data, which is all the corpus-wide pages read
 *   (`withShardSummary`).
 *
 * Without them (an ordinary build) every page is built and nothing here applies.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { ReportData } from '../model.ts';

let cities: Set<string> | null | undefined;

function shardCities(): Set<string> | null {
  if (cities === undefined) {
    const file = process.env['BAOGAO_SHARD_CITIES'];
    cities = file ? new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]) : null;
  }
  return cities;
}

/** Whether this build makes the pages of the city with slug `citySlug` (always, unless sharded). */
export function inShard(citySlug: string): boolean {
  return shardCities()?.has(citySlug) ?? true;
}

/**
 * Whether this build makes the year and indicator pages (always, unless a shard other than the
 * one scripts/build.ts names with `BAOGAO_SHARD_CORPUS_PAGES=no`): built from the whole corpus's
 * data, they would be the same in every shard, and one shard building them saves the others that
 * work (at 5000 reports, 630 of a 500-report shard's 1249 pages).
 */
export const buildsCorpusPages = (): boolean => process.env['BAOGAO_SHARD_CORPUS_PAGES'] !== 'no';

/** Whether this build writes the downloads that carry every report whole (not a shard: the merge does). */
export const buildsCorpusDownloads = (): boolean => !process.env['BAOGAO_SHARD_SUMMARY'];

/** One line of a corpus summary: a report's collection id and (lean or full) frontmatter. */
export interface SummaryLine {
  id: string;
  data: Record<string, unknown>;
}

/**
 * The lines of a JSON-lines file, one at a time, with the byte offset each starts at: read in
 * chunks, so a summary of 20,000 reports is never one string. `file` names it in errors.
 */
export function* readJsonLinesAt(file: string): Generator<{ line: SummaryLine; offset: number; length: number }> {
  for (const { bytes, offset, number } of readLineBytes(file)) {
    const text = bytes.toString('utf8');
    if (text.trim() === '') continue;
    try {
      yield { line: JSON.parse(text) as SummaryLine, offset, length: bytes.length };
    } catch (error) {
      throw new Error(`${file}:${number}: not a summary line (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

/** The lines of a file as bytes (without their `\n`), with the offset each starts at and its number (from 1). */
export function* readLineBytes(file: string): Generator<{ bytes: Buffer; offset: number; number: number }> {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let pending: Buffer[] = [];
    let pendingStart = 0;
    let position = 0;
    let number = 0;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) break;
      let start = 0;
      for (let at = chunk.indexOf(10, 0); at !== -1 && at < read; at = chunk.indexOf(10, at + 1)) {
        yield { bytes: Buffer.concat([...pending, chunk.subarray(start, at)]), offset: pendingStart, number: ++number };
        pending = [];
        start = at + 1;
        pendingStart = position + start;
      }
      if (start < read) pending.push(Buffer.from(chunk.subarray(start, read)));
      position += read;
    }
    if (pending.length > 0) yield { bytes: Buffer.concat(pending), offset: pendingStart, number: ++number };
  } finally {
    closeSync(fd);
  }
}

/** The lines of a JSON-lines file, one at a time. */
export function* readJsonLines(file: string): Generator<SummaryLine> {
  for (const { line } of readJsonLinesAt(file)) yield line;
}

/**
 * The reports the site data is built from: the collection's entries (a shard's own reports,
 * whole), and in a shard the other reports' lean data read from the summary, in the summary's
 * order (the corpus's file order, as one build's collection). The lean data is read here, when
 * the pages are rendered, not put in Astro's content store: Astro bundles the whole store into the
 * build as one module, and 4500 lean reports held that way took ~1 GB more at N = 5000.
 */
export function withShardSummary<T extends { id: string; data: ReportData }>(entries: readonly T[]): ReportData[] {
  const file = process.env['BAOGAO_SHARD_SUMMARY'];
  if (!file) return entries.map((e) => e.data);
  const own = new Map(entries.map((e) => [e.id, e.data]));
  const reports: ReportData[] = [];
  for (const line of readJsonLines(file)) {
    reports.push(own.get(line.id) ?? (line.data as unknown as ReportData));
    own.delete(line.id);
  }
  if (own.size > 0) throw new Error(`${file}: no line for ${[...own.keys()].slice(0, 5).join(', ')}, which this shard built (the summary is from another corpus?)`);
  return reports;
}
