/**
 * One shard of a sharded build (`npm run build -- --shard K/N`, docs/sharded-build.md), as the site
 * sees it. scripts/build.ts sets two variables for `astro build`:
 *
 * - `BAOGAO_SHARD_CITIES`: a JSON file listing the city slugs of this shard. Report pages (and
 *   their notes scripts), district pages and city pages are built only for these cities; every
 *   other page is built by every shard, from the same data, and the merge checks that they agree.
 * - `BAOGAO_SHARD_SUMMARY`: the corpus summary, one JSON line per report (`{id, data}`, the
 *   report's frontmatter). The collection holds every report's data (year, indicator and home
 *   pages need the whole corpus); only this shard's reports are read and rendered from MDX.
 *
 * Without them (an ordinary build) every page is built and nothing here applies.
 */
import { readFileSync } from 'node:fs';

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

/** One line of the corpus summary: a report's collection id and frontmatter. */
export interface SummaryLine {
  id: string;
  data: Record<string, unknown>;
}

/** The lines of a corpus summary file (`file` names it in errors). */
export function parseSummary(text: string, file: string): SummaryLine[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as SummaryLine;
      } catch (error) {
        throw new Error(`${file}:${i + 1}: not a summary line (${error instanceof Error ? error.message : String(error)})`);
      }
    });
}

/** The corpus summary's reports, or none outside a sharded build. */
export function summaryLines(): { file: string; lines: SummaryLine[] } | undefined {
  const file = process.env['BAOGAO_SHARD_SUMMARY'];
  return file ? { file, lines: parseSummary(readFileSync(file, 'utf8'), file) } : undefined;
}
