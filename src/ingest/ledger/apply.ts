/**
 * Apply a report's anchor ledger to the outline: every block, section and paragraph keeps the id
 * it was published under when it is the same passage, and gets an id never issued before when it
 * is new. Level by level (blocks, sections, paragraphs), so a passage's parent id is settled
 * before its own is sought:
 *
 *   1. exact: the same text (fingerprint `sha`) under the same parent id, then anywhere in the report
 *      (a section moved, or a paragraph re-parented because the pipeline cut headings differently);
 *   2. edited: similar text under the same parent id (see `isSamePassageEdited`), best pairs first
 *      (a text that begins as it did, then the most text in common);
 *   3. back: the exact text of a passage retired earlier takes its old id again;
 *   4. new: the next number under the parent (`s1-3-p7`) past every id ever issued there.
 *
 * A published id left over is retired with the id of the passage shown in its place: `merged` when
 * one passage holds most of its text, `split` when passages in a row together do (the first is
 * shown), else `removed` with its nearest surviving neighbour in the old order.
 * Pure: the previous ledger in, the next ledger out.
 */
import type { Block } from '../../model.ts';
import { overlap, type Overlap } from './fingerprint.ts';
import { levelOf, passagesOf, startsLength, type Level, type Passage } from './passages.ts';
import type { AnchorMoves, Ledger, LedgerAnchor, RetiredAnchor, RetiredReason } from './schema.ts';

export interface LedgerInput {
  /** The ledger as read, if the report has one. */
  previous: Ledger | undefined;
  /** The seed's file name (the ledger's key). */
  seed: string;
  /** The report's slug from this ingest. */
  slug: string;
}

export interface LedgerResult {
  ledger: Ledger;
  moves: AnchorMoves;
  /** Every retired id with the live id it lands on. */
  retired: RetiredAnchor[];
  /** Slugs the report had before its current one. */
  formerSlugs: string[];
}

/**
 * Two texts under the same parent are one passage edited when their bigram sets are at least half
 * alike (Jaccard ≥ 0.5: a fixed character, a changed figure, a reworded clause); when at least 70 %
 * of the smaller text's bigrams are in the larger and it has 8 or more (a paragraph that took in its
 * neighbour, or a piece of a paragraph that was split); or when the new text begins with the same
 * 8 characters as the old (the first piece of a split: too small a share of the old text for the
 * estimates, and where a reader's link pointed). Below 8 bigrams (a short heading) only Jaccard
 * counts: a few shared bigrams prove nothing.
 */
export const editedJaccard = 0.5;
export const editedContainment = 0.7;
export const minContainedBigrams = 8;

export function isSamePassageEdited(o: Overlap, old: { n: number; starts: string }, now: { n: number; starts: string }): boolean {
  if (o.jaccard >= editedJaccard) return true;
  if (Array.from(old.starts).length >= startsLength && old.starts === now.starts) return true;
  return Math.min(old.n, now.n) >= minContainedBigrams && Math.max(o.oldInNew, o.newInOld) >= editedContainment;
}

/** A gone passage counts as merged into one that holds this share of its bigrams. */
export const mergedContainment = 0.6;
/** A piece of a split passage: this share of the piece is in the old text. */
export const pieceContainment = 0.7;

type How = 'kept' | 'edited' | 'new';

export function applyLedger(blocks: Block[], input: LedgerInput): LedgerResult {
  const passages = passagesOf(blocks);
  const old = input.previous?.anchors ?? [];
  const live = old.filter((a) => a.retired === undefined);
  const retiredBefore = old.filter((a) => a.retired !== undefined);
  const issued = new Set(old.map((a) => a.id));
  const idOf = new Map<Passage, string>();
  const how = new Map<Passage, How>();
  const taken = new Set<LedgerAnchor>();

  const parentId = (p: Passage) => (p.parent ? (idOf.get(p.parent) ?? '') : '');
  const give = (p: Passage, a: LedgerAnchor, kind: How) => {
    idOf.set(p, a.id);
    how.set(p, kind);
    taken.add(a);
  };
  const exact = (here: Passage[], pool: LedgerAnchor[], sameParent: boolean, kind: How) => {
    for (const p of here) {
      if (idOf.has(p)) continue;
      const a = pool.find((c) => !taken.has(c) && c.kind === p.kind && c.sha === p.print.sha && (!sameParent || c.under === parentId(p)));
      if (a) give(p, a, kind);
    }
  };

  for (const level of [0, 1, 2] as Level[]) {
    const here = passages.filter((p) => p.level === level);
    const pool = live.filter((a) => levelOf(a.kind) === level);
    exact(here, pool, true, 'kept');
    exact(here, pool, false, 'kept');
    matchEdited(here.filter((p) => !idOf.has(p)), pool, taken, parentId, give);
    exact(here, retiredBefore, false, 'kept');
    for (const p of here) {
      if (idOf.has(p)) continue;
      const id = mint(p, parentId(p), issued);
      issued.add(id);
      idOf.set(p, id);
      how.set(p, 'new');
    }
  }

  for (const p of passages) p.node.id = idOf.get(p) ?? p.node.id;
  // A retired id lands on a passage the page shows (a preamble without heading has no element).
  const shown = passages.filter((p) => p.shown);
  const liveIds = new Set(shown.map((p) => p.node.id));
  const nowRetired = live.filter((a) => !taken.has(a)).map((a) => retire(a, live, shown, liveIds));
  const stillRetired = retiredBefore.filter((a) => !taken.has(a));

  const anchors: LedgerAnchor[] = [
    ...passages.map((p) => ({ id: p.node.id, kind: p.kind, under: parentId(p), sha: p.print.sha, mh: p.print.mh, n: p.print.n, starts: p.starts })),
    ...stillRetired,
    ...nowRetired,
  ];
  const previousSlugs = input.previous?.slugs ?? [];
  const slugs = previousSlugs.at(-1) === input.slug ? previousSlugs : [...previousSlugs.filter((s) => s !== input.slug), input.slug];
  const count = (kind: How) => passages.filter((p) => how.get(p) === kind).length;
  return {
    ledger: { seed: input.seed, slugs, anchors },
    moves: {
      kept: count('kept'),
      edited: count('edited'),
      new: count('new'),
      retired: nowRetired.length,
      ...(previousSlugs.length > 0 && previousSlugs.at(-1) !== input.slug ? { slugFrom: previousSlugs.at(-1) } : {}),
    },
    retired: resolveRetired([...stillRetired, ...nowRetired], liveIds, shown[0]?.node.id),
    formerSlugs: slugs.filter((s) => s !== input.slug),
  };
}

function matchEdited(
  here: Passage[],
  pool: LedgerAnchor[],
  taken: Set<LedgerAnchor>,
  parentId: (p: Passage) => string,
  give: (p: Passage, a: LedgerAnchor, kind: How) => void,
): void {
  const pairs: Array<{ p: Passage; a: LedgerAnchor; index: number; shared: number; sameStart: boolean }> = [];
  pool.forEach((a, index) => {
    if (taken.has(a)) return;
    for (const p of here) {
      if (p.kind !== a.kind || a.under !== parentId(p)) continue;
      const o = overlap(a, p.print);
      if (isSamePassageEdited(o, a, { n: p.print.n, starts: p.starts })) pairs.push({ p, a, index, shared: o.shared, sameStart: a.starts === p.starts });
    }
  });
  // A text that still begins as it did is where a reader's link pointed (the first piece of a split,
  // the paragraph that took in its neighbour); then the most text in common.
  pairs.sort((x, y) => Number(y.sameStart) - Number(x.sameStart) || y.shared - x.shared || x.index - y.index || x.p.order - y.p.order);
  const placed = new Set<Passage>();
  for (const { p, a } of pairs) {
    if (taken.has(a) || placed.has(p)) continue;
    placed.add(p);
    give(p, a, 'edited');
  }
}

/** The next id of its kind under its parent, past every id ever issued there. */
function mint(p: Passage, parent: string, issued: ReadonlySet<string>): string {
  const next = (prefix: string, from = 1) => {
    let n = from;
    for (const id of issued) {
      if (!id.startsWith(prefix)) continue;
      const rest = id.slice(prefix.length);
      if (/^\d+$/.test(rest)) n = Math.max(n, Number(rest) + 1);
    }
    return `${prefix}${n}`;
  };
  switch (p.kind) {
    case 'preamble':
      return issued.has('s0') ? next('s0x', 2) : 's0';
    case 'closing':
      return issued.has('c') ? next('c', 2) : 'c';
    case 'part':
      return next('s');
    case 'appendix':
      return next('a');
    case 'section':
      return next(`${parent}-`);
    case 'paragraph':
      return next(`${parent}-p`);
  }
}

function retire(a: LedgerAnchor, live: LedgerAnchor[], passages: Passage[], liveIds: ReadonlySet<string>): LedgerAnchor {
  const shown = (reason: RetiredReason, to: string): LedgerAnchor => ({ ...a, retired: reason, to });
  const overlaps = passages.map((p) => ({ p, o: overlap(a, p.print) }));
  const holder = overlaps
    .filter(({ o }) => a.n > 0 && o.oldInNew >= mergedContainment)
    .sort((x, y) => y.o.shared - x.o.shared || x.p.order - y.p.order)[0];
  if (holder) return shown('merged', holder.p.node.id);
  // Pieces: passages in a row, each mostly made of the old text, together holding most of it.
  const pieces = overlaps.filter(({ p, o }) => p.print.n >= minContainedBigrams && o.newInOld >= pieceContainment);
  const inARow = pieces.filter(({ p }, i) => pieces.some(({ p: q }, j) => j !== i && Math.abs(q.order - p.order) <= 2));
  if (inARow.length >= 2 && inARow.reduce((sum, { o }) => sum + o.oldInNew, 0) >= mergedContainment) {
    return shown('split', inARow[0]!.p.node.id);
  }
  const at = live.indexOf(a);
  const before = live.slice(0, at).reverse().find((c) => liveIds.has(c.id));
  const after = live.slice(at + 1).find((c) => liveIds.has(c.id));
  return shown('removed', (before ?? after)?.id ?? passages[0]?.node.id ?? '');
}

/** Each retired id with a live id to land on: a successor retired since is followed to its own. */
function resolveRetired(retired: LedgerAnchor[], liveIds: ReadonlySet<string>, fallback: string | undefined): RetiredAnchor[] {
  const byId = new Map(retired.map((a) => [a.id, a]));
  return retired.flatMap((a) => {
    const seen = new Set<string>([a.id]);
    let to = a.to ?? '';
    while (!liveIds.has(to) && byId.has(to) && !seen.has(to)) {
      seen.add(to);
      to = byId.get(to)?.to ?? '';
    }
    if (!liveIds.has(to)) to = fallback ?? '';
    return to && a.retired ? [{ id: a.id, to, reason: a.retired }] : [];
  });
}
