/**
 * The targets part of `npm run ingest`'s summary: how many targets were read and paired, and every
 * ambiguity the pairing left unjudged (two outcomes, a unit mismatch), one line each, so that a
 * maintainer sees them instead of a silent guess.
 */
import type { ReportData } from '../model.ts';
import { countStatuses, pairTargets } from '../lib/target-pairs.ts';

export function formatTargetSummary(reports: readonly ReportData[], headline: ReadonlySet<string>): string {
  const { pairs, ambiguities } = pairTargets(reports, headline);
  const targets = reports.reduce((n, r) => n + (r.targets?.length ?? 0), 0);
  const { met, missed } = countStatuses(pairs);
  const outcome = pairs.filter((p) => p.target && p.reviewReport).length;
  const lines = [
    `targets: ${targets} read; ${outcome} with a reviewing report (${met} met, ${missed} missed); ` +
      `${ambiguities.length} ambigu${ambiguities.length === 1 ? 'ity' : 'ities'}`,
  ];
  for (const a of ambiguities) {
    lines.push(`  ${a.report}: ${a.indicator} ${a.period}: ${a.kind === 'two-outcomes' ? 'two outcomes' : 'unit mismatch'}: ${a.detail}`);
  }
  return lines.join('\n');
}
