/**
 * Which seeds contend for a slug, and which slugs a rebuild's ingest must settle again.
 *
 * The summary's ingest (scripts/build.ts) runs the sorted seeds in batches; inside a batch the
 * ingest settles seeds of one slug (the fullest copy kept, the others set aside: src/cli/copies.ts),
 * and a later batch's file replaces an earlier one's. So who keeps a slug depends only on the
 * slug's claimants (every seed whose report identified as it) grouped by batch, in batch order.
 * A rebuild ingests the changed seeds, then ingests again, from the ingest cache, the other
 * claimants of every slug they touch, batch by batch as the whole ingest would: the same seed
 * keeps each slug, without a whole-corpus ingest. Pure: names in, a plan out.
 */
import type { SeedClaim } from '../cli/outcome.ts';

/** A slug's claimants of one batch of the whole ingest. */
export interface ClaimGroup {
  batch: number;
  seeds: string[];
}

/** Each seed's batch in a whole ingest of `seeds` (sorted): the list cut every `batchSize`. */
export function batchesOf(seeds: readonly string[], batchSize: number): Map<string, number> {
  return new Map(seeds.map((seed, i) => [seed, Math.floor(i / batchSize)]));
}

/** `claimants` grouped by batch, batches in order, seeds sorted within each. */
export function groupByBatch(claimants: Iterable<string>, batches: ReadonlyMap<string, number>): ClaimGroup[] {
  const groups = new Map<number, string[]>();
  for (const seed of claimants) {
    const batch = batches.get(seed);
    if (batch === undefined) throw new Error(`groupByBatch: ${seed} is not a seed of the corpus`);
    // Appended in place: a copy on every append is quadratic in a slug's claimants.
    const group = groups.get(batch);
    if (group) group.push(seed);
    else groups.set(batch, [seed]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([batch, seeds]) => ({ batch, seeds: seeds.sort() }));
}

export interface SettleInput {
  /** The last ingest: its seeds (sorted), batch size and every seed's claim. */
  previous: { seeds: readonly string[]; batchSize: number; claims: Readonly<Record<string, SeedClaim>> };
  /** This ingest's seeds (sorted) and batch size. */
  seeds: readonly string[];
  batchSize: number;
  /** Seeds new or changed since the last ingest. */
  changed: ReadonlySet<string>;
  /** The claims of the changed seeds, from their ingest. */
  changedClaims: Readonly<Record<string, SeedClaim>>;
}

/**
 * The slugs whose keeper may differ from the last ingest's, each with its claimants now grouped
 * by batch (none: the slug has no report any more): the slugs a changed or removed seed claimed,
 * the slugs a changed seed claims now, and those whose unchanged claimants fall into other
 * batches than before (seeds added or removed ahead of them, or another batch size). Every other
 * slug keeps its file: its claimants and their batches are as they were.
 */
export function slugsToSettle({ previous, seeds, batchSize, changed, changedClaims }: SettleInput): Map<string, ClaimGroup[]> {
  const present = new Set(seeds);
  const touched = new Set<string>();
  const claimants = new Map<string, string[]>();
  const claim = (slug: string, seed: string) => {
    const list = claimants.get(slug);
    if (list) list.push(seed);
    else claimants.set(slug, [seed]);
  };
  for (const [seed, { slug }] of Object.entries(previous.claims)) {
    if (!present.has(seed) || changed.has(seed)) touched.add(slug);
    else claim(slug, seed);
  }
  for (const [seed, { slug }] of Object.entries(changedClaims)) {
    touched.add(slug);
    claim(slug, seed);
  }
  const before = batchesOf(previous.seeds, previous.batchSize);
  const now = batchesOf(seeds, batchSize);
  const grouping = (groups: ClaimGroup[]) => JSON.stringify(groups.map((g) => g.seeds));
  for (const [slug, seedsOfSlug] of claimants) {
    if (touched.has(slug) || seedsOfSlug.length < 2) continue;
    if (grouping(groupByBatch(seedsOfSlug, before)) !== grouping(groupByBatch(seedsOfSlug, now))) touched.add(slug);
  }
  return new Map([...touched].sort().map((slug) => [slug, groupByBatch(claimants.get(slug) ?? [], now)]));
}
