/**
 * Targets paired with outcomes: each target of a report matched with what the report reviewing its
 * period states for the same district, indicator and measure (next year's report for a year's
 * target; the five-year report for a plan period's), and each headline outcome of a review that
 * the previous plan set no target for. Pure and computed once per build (`site-data.ts`); `npm run
 * ingest` runs it too and lists the ambiguities, which are never resolved by a guess.
 *
 * Judging a stated number (the outcome minus the target is `difference`, in the target's unit):
 * - `min`, a bare `point`, `range`: met when the outcome reaches the (lower) value; a stated
 *   decrease (`下降3.2%`, value −3.2) is met when the outcome falls at least as far.
 * - `max` (`以内`, `控制在`, `小于`): met when the outcome does not exceed it.
 * - `approx` (`左右`): met when the outcome reaches the value less 5 % of it (`8%左右`: 7.6).
 * - `relative` (`与全市保持同步`): not judged; the outcome, if any, is shown beside it.
 */
import type { Metric, MetricRole, Place, ReportData, Target } from '../model.ts';
import { districtKey } from './urls.ts';

export type PairStatus =
  /** The outcome meets the target. */
  | 'met'
  /** The outcome falls short; `difference` says by how much. */
  | 'missed'
  /** The reviewing report states no outcome for it. */
  | 'no-outcome'
  /** An outcome of a headline indicator the previous plan set no target for. */
  | 'no-target'
  /** Two different outcomes, or an outcome in another unit: listed, not judged. */
  | 'ambiguous'
  /** A relative target (no number): the outcome is shown, not judged. */
  | 'unjudged'
  /** No report in the corpus reviews the target's period yet. */
  | 'unreviewed';

export interface TargetPair {
  districtKey: string;
  district: Place;
  city: Place;
  indicator: string;
  period: string;
  measure: Target['measure'];
  target?: Target;
  /** The report that set the target. */
  targetReport?: ReportData;
  /** The report that reviews the period, when the corpus has it. */
  reviewReport?: ReportData;
  outcome?: Metric;
  /** `actual`, or `estimate` (`预计`). */
  outcomeKind?: Exclude<MetricRole, 'target'>;
  /** Signed outcome in the target's unit: a growth for a growth target, a level for a level. */
  outcomeValue?: number;
  status: PairStatus;
  /** Outcome minus target value, in `unit` (for `max`, above the ceiling is positive). */
  difference?: number;
  unit?: string;
}

export interface PairAmbiguity {
  kind: 'two-outcomes' | 'unit-mismatch';
  /** Slug of the reviewing report. */
  report: string;
  indicator: string;
  period: string;
  detail: string;
}

export interface PairingResult {
  pairs: TargetPair[];
  ambiguities: PairAmbiguity[];
}

/** Share of an `approx` target that an outcome may fall short by and still meet it. */
export const approxTolerance = 0.05;

export function pairTargets(reports: readonly ReportData[], headline: ReadonlySet<string>): PairingResult {
  const byDistrict = new Map<string, ReportData[]>();
  for (const report of reports) {
    const key = districtKey(report.city.slug, report.district.slug);
    byDistrict.set(key, [...(byDistrict.get(key) ?? []), report]);
  }
  const pairs: TargetPair[] = [];
  const ambiguities: PairAmbiguity[] = [];
  for (const [key, own] of [...byDistrict].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...own].sort((a, b) => a.year - b.year || a.slug.localeCompare(b.slug));
    for (const report of sorted) {
      for (const target of report.targets ?? []) {
        if (!target.indicator) continue;
        const review = reviewerOf(target.period, report, sorted);
        pairs.push(pairOne(key, report, target, target.indicator, review, ambiguities));
      }
    }
    pairs.push(...untargetedOutcomes(key, sorted, headline));
  }
  return { pairs, ambiguities };
}

/** The report that reviews `period`: same kind first, a year's review for a year, a five-year one for a plan period. */
function reviewerOf(period: string, planner: ReportData, reports: readonly ReportData[]): ReportData | undefined {
  const reviewing = reports.filter((r) => r !== planner && r.year > planner.year - 1 && reviews(r, period));
  return reviewing.find((r) => r.kind === planner.kind) ?? reviewing[0];
}

function reviews(report: ReportData, period: string): boolean {
  const reviewed = report.reviewPeriod;
  if (!reviewed) return false;
  if (reviewed === period) return true;
  // A plan period (`2016-2020`) is reviewed by the five-year report whose review ends with it.
  return period.includes('-') && report.coverage === 'five-year' && reviewed.slice(-4) === period.slice(-4);
}

function pairOne(
  key: string,
  report: ReportData,
  target: Target,
  indicator: string,
  review: ReportData | undefined,
  ambiguities: PairAmbiguity[],
): TargetPair {
  const base: TargetPair = {
    districtKey: key,
    district: report.district,
    city: report.city,
    indicator,
    period: target.period,
    measure: target.measure,
    target,
    targetReport: report,
    status: 'unreviewed',
    ...(target.unit ? { unit: target.unit } : {}),
  };
  if (!review) return base;
  base.reviewReport = review;
  const candidates = outcomesFor(review, indicator, target.period, target.measure);
  if (candidates.length === 0) return { ...base, status: 'no-outcome' };
  const values = new Map<number, Metric>();
  for (const metric of candidates) if (!values.has(outcomeValueOf(metric))) values.set(outcomeValueOf(metric), metric);
  if (values.size > 1) {
    ambiguities.push({
      kind: 'two-outcomes',
      report: review.slug,
      indicator,
      period: target.period,
      detail: `${[...values.values()].map((m) => `${m.text} (${m.anchor})`).join(' / ')} for the target ${target.text} of ${report.slug}`,
    });
    return { ...base, status: 'ambiguous' };
  }
  const outcome = [...values.values()][0]!;
  const outcomeUnit = target.measure === 'growth' ? (outcome.growthUnit ?? '%') : outcome.baseUnit;
  const paired: TargetPair = {
    ...base,
    outcome,
    outcomeKind: outcome.role === 'estimate' ? 'estimate' : 'actual',
    outcomeValue: outcomeValueOf(outcome),
  };
  if (target.bound === 'relative' || target.value === undefined) return { ...paired, status: 'unjudged' };
  if (target.unit !== undefined && outcomeUnit !== target.unit) {
    ambiguities.push({
      kind: 'unit-mismatch',
      report: review.slug,
      indicator,
      period: target.period,
      detail: `the target ${target.text} (${report.slug}) is in ${target.unit}, the outcome ${outcome.text} (${outcome.anchor}) in ${outcomeUnit}`,
    });
    return { ...paired, status: 'ambiguous' };
  }
  const difference = round(paired.outcomeValue! - target.value);
  return { ...paired, difference, status: judge(target, paired.outcomeValue!) ? 'met' : 'missed' };
}

/** What the reviewing report states for the indicator and period, as the target measured it. */
function outcomesFor(review: ReportData, indicator: string, period: string, measure: Target['measure']): Metric[] {
  return review.metrics.filter(
    (m) =>
      m.indicator === indicator &&
      m.period === period &&
      (m.role === 'actual' || m.role === 'estimate') &&
      !m.cumulative &&
      (period.includes('-') || !m.annualAverage) &&
      (measure === 'growth' ? isChange(m) : !isChange(m)),
  );
}

function isChange(metric: Metric): boolean {
  return metric.unitKind === 'growth-rate' || metric.unitKind === 'growth-pp';
}

function outcomeValueOf(metric: Metric): number {
  return isChange(metric) ? (metric.growth ?? metric.value) : metric.value;
}

export function judge(target: Pick<Target, 'bound' | 'value'>, outcome: number): boolean {
  const value = target.value ?? 0;
  switch (target.bound) {
    case 'max':
      return outcome <= value;
    case 'approx':
      return value < 0 ? outcome <= value + Math.abs(value) * approxTolerance : outcome >= value - Math.abs(value) * approxTolerance;
    case 'relative':
      return false;
    default:
      return value < 0 ? outcome <= value : outcome >= value;
  }
}

/** Headline outcomes of each review whose previous plan (with targets read) set none for them. */
function untargetedOutcomes(key: string, reports: readonly ReportData[], headline: ReadonlySet<string>): TargetPair[] {
  const pairs: TargetPair[] = [];
  for (const review of reports) {
    const period = review.reviewPeriod;
    if (!period || review.coverage !== 'year') continue;
    const planner = reports.find((r) => r !== review && r.kind === review.kind && String(r.planYear ?? r.year) === period);
    if (!planner || (planner.targets ?? []).length === 0) continue;
    const targeted = new Set((planner.targets ?? []).map((t) => `${t.indicator}|${t.measure}`));
    const seen = new Set<string>();
    for (const metric of review.metrics) {
      if (!metric.indicator || !headline.has(metric.indicator) || metric.period !== period) continue;
      if (metric.role === 'target' || metric.cumulative || metric.annualAverage) continue;
      const measure = isChange(metric) ? 'growth' : 'level';
      const id = `${metric.indicator}|${measure}`;
      if (targeted.has(id) || seen.has(id)) continue;
      seen.add(id);
      pairs.push({
        districtKey: key,
        district: review.district,
        city: review.city,
        indicator: metric.indicator,
        period,
        measure,
        targetReport: planner,
        reviewReport: review,
        outcome: metric,
        outcomeKind: metric.role === 'estimate' ? 'estimate' : 'actual',
        outcomeValue: outcomeValueOf(metric),
        unit: measure === 'growth' ? (metric.growthUnit ?? '%') : metric.baseUnit,
        status: 'no-target',
      });
    }
  }
  return pairs;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Met and missed among a set of pairs (the others are not judged). */
export function countStatuses(pairs: readonly TargetPair[]): { met: number; missed: number; judged: number } {
  const met = pairs.filter((p) => p.status === 'met').length;
  const missed = pairs.filter((p) => p.status === 'missed').length;
  return { met, missed, judged: met + missed };
}
