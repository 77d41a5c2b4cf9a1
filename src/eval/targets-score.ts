/**
 * Score extracted targets against the hand-labelled set. Pure: the caller ingests the texts.
 *
 * Matching: within a labelled paragraph, the k-th labelled target with figure F is the k-th
 * predicted target whose metric text is F; a relative target matches the predicted relative target
 * with the same `relativeTo`. Each match is then checked on four fields: value (with measure and
 * range end), bound (with 力争), period and indicator (equal, absent included). `strict` counts a
 * match as correct only when all four agree; precision and recall are reported both ways.
 */
import type { Metric, Target } from '../model.ts';
import type { GoldenTarget } from './targets-golden.ts';
import type { Ratio, TextUnit } from './score.ts';

export interface TargetIssue {
  source: string;
  anchor?: string;
  kind: 'missed' | 'spurious' | 'value' | 'bound' | 'period' | 'indicator' | 'find';
  text: string;
  expected?: string;
  got?: string;
}

export interface TargetScore {
  golden: number;
  predicted: number;
  matched: number;
  /** Matches with value, bound, period and indicator all right. */
  strict: number;
  value: Ratio;
  bound: Ratio;
  period: Ratio;
  indicator: Ratio;
  issues: TargetIssue[];
}

export function emptyTargetScore(): TargetScore {
  const zero = (): Ratio => ({ correct: 0, total: 0 });
  return { golden: 0, predicted: 0, matched: 0, strict: 0, value: zero(), bound: zero(), period: zero(), indicator: zero(), issues: [] };
}

export interface LabelledParagraph {
  find: string;
  targets: GoldenTarget[];
}

export function scoreTargets(
  source: string,
  paragraphs: LabelledParagraph[],
  units: TextUnit[],
  targets: Target[],
  metrics: Metric[],
): TargetScore {
  const score = emptyTargetScore();
  const metricText = new Map(metrics.map((m) => [m.id, m.text]));
  for (const paragraph of paragraphs) {
    score.golden += paragraph.targets.length;
    const hits = units.filter((u) => u.text.includes(paragraph.find));
    const unit = hits[0];
    if (hits.length !== 1 || !unit) {
      score.issues.push({ source, kind: 'find', text: paragraph.find, got: `${hits.length} paragraphs` });
      continue;
    }
    const predicted = targets.filter((t) => t.anchor === unit.anchor);
    score.predicted += predicted.length;
    const matched = new Set<Target>();
    const seen = new Map<string, number>();
    for (const golden of paragraph.targets) {
      const key = golden.figure ?? `~${golden.relative}`;
      const k = golden.occurrence ?? (seen.get(key) ?? 0) + 1;
      seen.set(key, k);
      const candidates = predicted.filter((t) =>
        golden.figure !== undefined
          ? t.metricId !== undefined && metricText.get(t.metricId) === golden.figure
          : t.bound === 'relative' && golden.relative !== undefined && t.text.includes(golden.relative),
      );
      const target = candidates[k - 1];
      if (!target) {
        score.issues.push({ source, anchor: unit.anchor, kind: 'missed', text: key });
        continue;
      }
      matched.add(target);
      score.matched += 1;
      if (compare(score, source, golden, target, key)) score.strict += 1;
    }
    for (const target of predicted) {
      if (!matched.has(target)) score.issues.push({ source, anchor: unit.anchor, kind: 'spurious', text: target.text });
    }
  }
  return score;
}

function compare(score: TargetScore, source: string, golden: GoldenTarget, target: Target, text: string): boolean {
  const checks: Array<[TargetIssue['kind'] & keyof TargetScore, string, string]> = [
    ['value', `${golden.measure} ${golden.value ?? '-'}${golden.upper !== undefined ? `..${golden.upper}` : ''}`,
      `${target.measure} ${target.value ?? '-'}${target.upper !== undefined ? `..${target.upper}` : ''}`],
    ['bound', `${golden.bound}${golden.striving ? ' 力争' : ''}`, `${target.bound}${target.striving ? ' 力争' : ''}`],
    ['period', golden.period, target.period],
    ['indicator', golden.indicator ?? '(none)', target.indicator ?? '(none)'],
  ];
  let all = true;
  for (const [kind, expected, got] of checks) {
    const ok = kind === 'value' ? sameValue(golden, target) : expected === got;
    const ratio = score[kind] as Ratio;
    ratio.total += 1;
    if (ok) ratio.correct += 1;
    else {
      all = false;
      score.issues.push({ source, anchor: target.anchor, kind, text, expected, got });
    }
  }
  return all;
}

function sameValue(golden: GoldenTarget, target: Target): boolean {
  const close = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return golden.measure === target.measure && close(golden.value, target.value) && close(golden.upper, target.upper);
}

export function combineTargetScores(scores: TargetScore[]): TargetScore {
  const total = emptyTargetScore();
  for (const s of scores) {
    total.golden += s.golden;
    total.predicted += s.predicted;
    total.matched += s.matched;
    total.strict += s.strict;
    for (const key of ['value', 'bound', 'period', 'indicator'] as const) {
      total[key].correct += s[key].correct;
      total[key].total += s[key].total;
    }
    total.issues.push(...s.issues);
  }
  return total;
}

/** Precision and recall, counting a target right only when matched with all four fields right. */
export function strictPrecision(s: TargetScore): number {
  return s.predicted === 0 ? 1 : s.strict / s.predicted;
}
export function strictRecall(s: TargetScore): number {
  return s.golden === 0 ? 1 : s.strict / s.golden;
}
