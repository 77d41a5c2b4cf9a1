/**
 * How a sharded build splits the site (docs/sharded-build.md): by city, so that a shard holds all
 * of a city's districts and builds their report, district and city pages from its own reports.
 * Pure: the caller reads the corpus summary and writes the plan.
 */
import { corpusCities } from '../lib/site-data.ts';
import type { OutlineFile } from '../lib/shard.ts';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** `--shard K/N`: `2/4` is the second of four shards. */
export function parseShardSpec(spec: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard: expected K/N with 1 ≤ K ≤ N (e.g. 2/4), got '${spec}'`);
  }
  return { index, count };
}

/** What the plan needs of a report: its city and the size of its text. */
export interface ShardedReport {
  city: string;
  /** Work it costs (bytes of its file, say); only relative sizes matter. */
  weight: number;
}

/**
 * Assigns every city to one of `count` shards, balancing the shards' weight: cities heaviest first
 * (ties by slug), each to the lightest shard so far (ties to the lowest). The same reports give the
 * same plan on every machine. Returns the city slugs of each shard, sorted, shard 1 first.
 */
export function assignCities(reports: readonly ShardedReport[], count: number): string[][] {
  const weights = new Map<string, number>();
  for (const r of reports) weights.set(r.city, (weights.get(r.city) ?? 0) + r.weight);
  const cities = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shards = Array.from({ length: count }, () => ({ weight: 0, cities: [] as string[] }));
  for (const [city, weight] of cities) {
    let lightest = shards[0]!;
    for (const shard of shards) if (shard.weight < lightest.weight) lightest = shard;
    lightest.weight += weight;
    lightest.cities.push(city);
  }
  return shards.map((s) => s.cities.sort());
}

/** How many shards one machine builds `reports` in, at most `shardSize` each (at least one). */
export function shardCount(reports: number, shardSize: number): number {
  return Math.max(1, Math.ceil(reports / shardSize));
}

/**
 * A city shard's outline of the whole corpus (src/lib/shard.ts): how many reports each year has,
 * years in order, and every city in the site's order. All a city shard reads of the other
 * cities' reports: a report page counts the year's other districts, a city page links the others.
 */
export function corpusOutline(reports: readonly { year: number; city: string; cityName: string; district: { slug: string; name: string } }[]): OutlineFile {
  const counts = new Map<number, number>();
  for (const { year } of reports) counts.set(year, (counts.get(year) ?? 0) + 1);
  return {
    years: Object.fromEntries([...counts].sort(([a], [b]) => a - b).map(([year, count]) => [String(year), count])),
    cities: corpusCities(reports.map((r) => ({ city: { slug: r.city, name: r.cityName }, district: r.district }))),
  };
}

/**
 * The V8 heap limit (MB) of the corpus pages' `astro build` for a corpus of `reports` reports:
 * 800 MB up to 20,000, 30 KB a report more above. Without a limit V8 let garbage grow that heap to
 * ~1.2 GB at 20,000 (docs/performance.md, "Issue 14, session 13"); its live data is ~0.15 GB plus
 * ~20 KB a report (0.55 GB at 20,000), and a limit within ~25 % of it spends the build collecting
 * (700 MB did at 20,000), so the limit grows with the corpus half as fast again as the data.
 */
export function corpusHeapMb(reports: number): number {
  return Math.max(800, Math.ceil(200 + reports * 0.03));
}
