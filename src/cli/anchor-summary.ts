/**
 * What moved in the reports' anchor ledgers, for the ingest summary and `--json`: per report, ids
 * kept, kept after an edit, new and retired (with where each retired id now lands), and a slug
 * that changed. Pure formatting; printing is the caller's.
 */
import type { AnchorMoves, Ledger, RetiredAnchor } from '../ingest/ledger/index.ts';
import type { Outcome } from './outcome.ts';

export interface ReportMoves {
  slug: string;
  moves: AnchorMoves;
  /** Every retired id of the report, oldest first (this ingest's are the last `moves.retired`). */
  retired: RetiredAnchor[];
  ledger: Ledger;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The ids retired by this ingest. */
export const retiredNow = (r: Pick<ReportMoves, 'moves' | 'retired'>) => (r.moves.retired > 0 ? r.retired.slice(-r.moves.retired) : []);

/**
 * `ids: 320 kept, 2 kept after an edit, 1 new, 1 retired`, then one line for each report where
 * something other than keeping happened: `  shanghai-xuhui-2014: … retired s1-p9 (merged → s1-p8); address moved from …`.
 */
export function formatAnchorMoves(reports: ReportMoves[]): string {
  if (reports.length === 0) return '';
  const sum = (key: 'kept' | 'edited' | 'new' | 'retired') => reports.reduce((n, r) => n + r.moves[key], 0);
  const counts = (m: Pick<AnchorMoves, 'kept' | 'edited' | 'new' | 'retired'>) =>
    `${m.kept} kept, ${m.edited} kept after an edit, ${m.new} new, ${m.retired} retired`;
  const lines = [`ids: ${counts({ kept: sum('kept'), edited: sum('edited'), new: sum('new'), retired: sum('retired') })} (${plural(reports.length, 'report')})`];
  for (const r of reports) {
    const { moves } = r;
    if (moves.edited === 0 && moves.new === 0 && moves.retired === 0 && !moves.slugFrom) continue;
    const retired = retiredNow(r).map((a) => `${a.id} (${a.reason} → ${a.to})`);
    const parts = [counts(moves), ...(retired.length > 0 ? [`retired ${retired.join(', ')}`] : [])];
    const moved = moves.slugFrom ? `; address moved from ${moves.slugFrom} (the old page now sends readers here)` : '';
    lines.push(`  ${r.slug}: ${parts.join('; ')}${moved}`);
  }
  return lines.join('\n');
}

/** The `anchors` object of a report in `--json`. */
export function jsonAnchors(o: Extract<Outcome, { ok: true }>, ledgerPath: string) {
  const retired = o.data.anchors?.retired ?? [];
  return {
    ledger: ledgerPath,
    kept: o.moves.kept,
    edited: o.moves.edited,
    new: o.moves.new,
    retired: o.moves.retired,
    retiredNow: retiredNow({ moves: o.moves, retired }),
    retiredAll: retired,
    slugs: o.ledger.slugs,
    slugFrom: o.moves.slugFrom ?? null,
  };
}
