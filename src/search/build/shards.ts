/**
 * Which pages Pagefind indexes, and how they are split into shards that are indexed separately
 * (bounded memory per process) and reused while their pages are unchanged.
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
}

/** Shard count: a power of two, so a page changes shard only when the corpus doubles. */
export function shardCount(pages: number, pagesPerShard: number): number {
  let count = 1;
  while (pages / count > pagesPerShard) count *= 2;
  return count;
}

/**
 * Splits pages into shards by a hash of their path (stable as pages are added or changed: one
 * changed page invalidates one shard). `salt` is everything else the index depends on (Pagefind
 * version and options).
 */
export function planShards(pages: SitePage[], pagesPerShard: number, salt: string): Shard[] {
  const count = shardCount(pages.length, pagesPerShard);
  const buckets: SitePage[][] = Array.from({ length: count }, () => []);
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const bucket = createHash('sha1').update(page.path).digest().readUInt32BE(0) % count;
    buckets[bucket]!.push(page);
  }
  return buckets
    .filter((bucket) => bucket.length > 0)
    .map((bucket) => {
      const hash = createHash('sha256').update(salt);
      for (const page of bucket) hash.update(`\n${page.path}\0${page.digest}`);
      return { key: hash.digest('hex').slice(0, 24), pages: bucket };
    });
}
