/**
 * One part of a sharded build (`npm run build -- --shard K/N`, docs/sharded-build.md), as the site
 * sees it. scripts/build.ts runs two kinds of `astro build`:
 *
 * - **A city shard**, `BAOGAO_SHARD_CITIES` (a JSON file listing its city slugs) and
 *   `BAOGAO_SHARD_OUTLINE` (the corpus's outline, a JSON file: `{years: {year: count}, cities:
 *   [{slug, name}]}`), with `BAOGAO_SHARD_CORPUS_PAGES=no`. Its collection holds its own reports
 *   whole; it builds their report pages (and notes scripts), district pages and city pages, and
 *   the pages built from no report (glossary, search, 404). Those pages read nothing of another
 *   city's reports but the year's count (a report page's 同年其他区) and the cities (a city page's
 *   其他城市), so the shard reads that much of the corpus (`shardCorpusOutline`), not every
 *   report's lean data (282 MB of heap at 14,940 reports).
 * - **The corpus pages**, `BAOGAO_SHARD_SUMMARY` (the lean summary, one JSON line per report
 *   (`{id, data}`, src/build/summary.ts) and an empty `BAOGAO_SHARD_CITIES`: no report of its own;
 *   the site data is every report's lean data, read when the pages render (`withShardSummary`), and
 *   it builds the pages over the whole corpus: home, about, years, indicators and their year pages,
 *   search-places.js, targets.csv. Alone, it holds the whole corpus's data without a shard's 500
 *   reports (together they took 1.67 GB at 20,000).
 *
 * The two downloads that carry every report whole (`reports.json`, `metrics.csv`) are left to the
 * merge (src/build/corpus-downloads.ts). Without these variables (an ordinary build) every page is
 * built and nothing here applies.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { ReportData } from '../model.ts';
import type { CityLink, CorpusOutline } from './site-data.ts';

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
 * Whether this build makes the pages over the whole corpus (home, about, years, indicators and
 * their year pages, search-places.js, targets.csv): always, unless a city shard
 * (`BAOGAO_SHARD_CORPUS_PAGES=no`), which does not hold the corpus's data.
 */
export const buildsCorpusPages = (): boolean => process.env['BAOGAO_SHARD_CORPUS_PAGES'] !== 'no';

/** Whether this build writes the downloads that carry every report whole (not a part of a sharded build: the merge does). */
export const buildsCorpusDownloads = (): boolean => !process.env['BAOGAO_SHARD_SUMMARY'] && !process.env['BAOGAO_SHARD_OUTLINE'];

/** The file of a city shard's outline of the corpus: what scripts/build.ts writes and `shardCorpusOutline` reads. */
export interface OutlineFile {
  years: Record<string, number>;
  cities: CityLink[];
}

/** A city shard's outline of the whole corpus (`BAOGAO_SHARD_OUTLINE`); undefined elsewhere. */
export function shardCorpusOutline(): CorpusOutline | undefined {
  const file = process.env['BAOGAO_SHARD_OUTLINE'];
  if (!file) return undefined;
  const outline = JSON.parse(readFileSync(file, 'utf8')) as OutlineFile;
  return { years: new Map(Object.entries(outline.years).map(([year, count]) => [Number(year), count])), cities: outline.cities };
}

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
 * build as one module, and 4500 lean reports held that way took ~1 GB more at N = 5000. Each
 * line's strings are shared with the equal strings of the lines before (`internStrings`).
 */
export function withShardSummary<T extends { id: string; data: ReportData }>(entries: readonly T[]): ReportData[] {
  const file = process.env['BAOGAO_SHARD_SUMMARY'];
  if (!file) return entries.map((e) => e.data);
  const own = new Map(entries.map((e) => [e.id, e.data]));
  const reports: ReportData[] = [];
  const strings = new Map<string, string>();
  for (const line of readJsonLines(file)) {
    reports.push(own.get(line.id) ?? (internStrings(line.data, strings) as unknown as ReportData));
    own.delete(line.id);
  }
  if (own.size > 0) throw new Error(`${file}: no line for ${[...own.keys()].slice(0, 5).join(', ')}, which this shard built (the summary is from another corpus?)`);
  return reports;
}

/**
 * `value` with every string in it replaced, in place, by the equal string first met (`strings`
 * keeps them): JSON.parse makes a new string for each value, and the lean data of a corpus repeats
 * a few tens of thousands of strings (periods, units, roles, indicator ids, anchors, places) over
 * and over. At a 20,000-report lean summary the reports took 376 MB of heap parsed, 209 MB shared.
 * Equal strings are indistinguishable in JavaScript, so the pages are the same.
 */
export function internStrings(value: unknown, strings: Map<string, string>): unknown {
  if (typeof value === 'string') {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = internStrings(value[i], strings);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = internStrings(record[key], strings);
  }
  return value;
}
