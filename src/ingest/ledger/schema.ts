/**
 * The anchor ledger of one report (`content/ledger/<seed name>.yaml`): every id the report has
 * published, live or retired, with a fingerprint of its text and the id of the heading it stands
 * under, and every slug the report has had. The ingest reads it, keeps the ids of passages it
 * recognises, and writes it back (docs/anchors.md).
 */
import { z } from 'astro/zod';

export const anchorKind = z.enum(['preamble', 'part', 'appendix', 'closing', 'section', 'paragraph']);
export type AnchorKind = z.infer<typeof anchorKind>;

/** Why a published id no longer names a passage of its own. */
export const retiredReason = z.enum(['merged', 'split', 'removed']);
export type RetiredReason = z.infer<typeof retiredReason>;

export const ledgerAnchor = z
  .object({
    /** The published id, e.g. `s1-3-p2`. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    kind: anchorKind,
    /** Id of the part or section the passage stands under (its heading path, one step up); `''` for a block. */
    under: z.string(),
    /** Fingerprint of the text (src/ingest/ledger/fingerprint.ts). */
    sha: z.string().regex(/^[0-9a-f]{16}$/),
    mh: z.string(),
    n: z.number().int().nonnegative(),
    /** The first characters of the text, for a person reading a diff of the ledger. */
    starts: z.string(),
    /** Set once the passage is gone: what happened to it, and the id of the passage shown instead. */
    retired: retiredReason.optional(),
    to: z.string().optional(),
  })
  .strict();
export type LedgerAnchor = z.infer<typeof ledgerAnchor>;

export const ledger = z
  .object({
    /** The seed's file name: the key that survives a change of slug. */
    seed: z.string().min(1),
    /** Every slug the report has had, oldest first; the last is the current one. */
    slugs: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).min(1),
    /** Live anchors in the order of the text, then retired ones in the order they were retired. */
    anchors: z.array(ledgerAnchor),
  })
  .strict();
export type Ledger = z.infer<typeof ledger>;

/** A retired id as the report page needs it: where to land and what to say. */
export interface RetiredAnchor {
  id: string;
  /** A live id of the report (chains of retirements already followed). */
  to: string;
  reason: RetiredReason;
}

/** What one ingest did to the report's ids. */
export interface AnchorMoves {
  /** Same text as published. */
  kept: number;
  /** The same passage, edited (similar text in the same place of the outline). */
  edited: number;
  /** Ids issued for the first time. */
  new: number;
  /** Ids retired by this ingest. */
  retired: number;
  /** The slug the report had before this ingest, when this ingest changed it. */
  slugFrom?: string;
}
