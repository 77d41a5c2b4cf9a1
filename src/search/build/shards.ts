/**
 * Which pages Pagefind indexes, how they are split into shards that are indexed separately
 * (bounded memory per process) and reused while their pages are unchanged, and into which of the
 * site's search indexes each shard goes. The site ships several Pagefind indexes, which the search
 * page joins at query time (Pagefind's `mergeIndex`): a changed page changes one of them, and a
 * rebuild merges and packs only that one (docs/search.md, "One index, in parts").
 */
import { createHash } from 'node:crypto';

/** Pagefind indexes only pages with `data-pagefind-body` once any page has it. */
const BODY_ATTRIBUTE = /<[a-z][^>]*\sdata-pagefind-body(?=[\s=>/])/i;

export function hasPagefindBody(html: string): boolean {
  return BODY_ATTRIBUTE.test(html);
}

export interface SitePage {
  /** Path under the site root, `/`-separated: `reports/x.html`. */
  path: string;
  /** sha1 of the file's bytes. */
  digest: string;
}

export interface Shard {
  /** Content key: the Pagefind version, the options and every page's path and digest. */
  key: string;
  pages: SitePage[];
  /** The search index the shard is part of: `indexName(i, count)`. */
  index: string;
}

/**
 * How many search indexes the site has: a power of two near √(pages / 50) (1 up to 50 pages, 8 at
 * 1000, 32 at 20,000). A query searches every index (one metadata file and one chunk per word
 * each), and a rebuild re-merges the index of each changed page: the square root keeps both small.
 */
export function indexCount(pages: number): number {
  let count = 1;
  while (count * count * 50 < pages) count *= 2;
  return count;
}

/** The folder name of index `i` (0-based) of `count`: `3-of-8`. */
export const indexName = (i: number, count: number): string => `${i + 1}-of-${count}`;

/** Index names in their order: `2-of-16` before `10-of-16`. */
export const byIndexOrder = (a: string, b: string): number => Number.parseInt(a, 10) - Number.parseInt(b, 10) || (a < b ? -1 : a > b ? 1 : 0);

/** Shard count: a power of two, so a page changes shard only when the corpus doubles. */
export function shardCount(pages: number, pagesPerShard: number): number {
  let count = 1;
  while (pages / count > pagesPerShard) count *= 2;
  return count;
}

export interface ShardPlanOptions {
  /** Pages the whole site indexes (a shard of a sharded build indexes only some): `pages.length` by default. */
  sitePages?: number;
  /** Search indexes, a power of two: `indexCount(sitePages)` by default. */
  indexes?: number;
}

/**
 * Splits pages into shards by a hash of their path (stable as pages are added or changed: one
 * changed page invalidates one shard). `salt` is everything else the index depends on (Pagefind
 * version and options). The index count is planned from the whole site's pages, the shard count
 * from the pages indexed here (at most `pagesPerShard` a shard); both are powers of two and there
 * are at least as many shards as indexes, so a shard lies in one search index (its bucket modulo
 * the index count is the page's hash modulo it) whichever part of the site is indexed here: the
 * shards of a sharded build fall into the same indexes as one build's. Each index is merged into
 * what one Pagefind run over its pages writes (merge-index.ts), however its pages were sharded.
 */
export function planShards(pages: SitePage[], pagesPerShard: number, salt: string, options: ShardPlanOptions = {}): Shard[] {
  const sitePages = options.sitePages ?? pages.length;
  const indexes = options.indexes ?? indexCount(sitePages);
  if (!Number.isInteger(Math.log2(indexes))) throw new Error(`search indexes: ${indexes} is not a power of two`);
  const count = Math.max(shardCount(pages.length, pagesPerShard), indexes);
  const buckets: SitePage[][] = Array.from({ length: count }, () => []);
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const bucket = createHash('sha1').update(page.path).digest().readUInt32BE(0) % count;
    buckets[bucket]!.push(page);
  }
  return buckets.flatMap((bucket, i) => {
    if (bucket.length === 0) return [];
    const hash = createHash('sha256').update(salt);
    for (const page of bucket) hash.update(`\n${page.path}\0${page.digest}`);
    return [{ key: hash.digest('hex').slice(0, 24), pages: bucket, index: indexName(i % indexes, indexes) }];
  });
}
