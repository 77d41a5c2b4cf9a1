/**
 * Score extracted metrics against the hand-labelled set. Pure: the caller runs the pipeline and
 * reads the files (scripts/eval.ts, test/eval.test.ts).
 *
 * Matching: within a labelled paragraph, the k-th labelled figure with text T is the k-th
 * predicted metric with text T (k from `occurrence` when given). A predicted metric in a labelled
 * paragraph that matches no label is a false positive; a label with no match is a false negative.
 * Paragraphs that are not labelled are not scored.
 */
import type { Metric } from '../model.ts';
import type { GoldenFigure, GoldenFile } from './golden.ts';

/** A heading or paragraph of the report: its anchor and cleaned text. */
export interface TextUnit {
  anchor: string;
  text: string;
}

export interface Ratio {
  correct: number;
  total: number;
}

export interface Issue {
  seed: string;
  anchor?: string;
  kind: 'missed' | 'spurious' | 'indicator' | 'timing' | 'growthOf' | 'value' | 'find';
  text: string;
  expected?: string;
  got?: string;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Matched figures whose label carries a dictionary indicator: predicted id equal. */
  indicator: Ratio;
  /** Matched figures: period and role both equal. */
  timing: Ratio;
  /** The same, on figures of headline indicators. */
  headlineTiming: Ratio;
  /** Labelled changes: attached to the labelled level. */
  growthOf: Ratio;
  /** Matched figures: value equal (to 1e-9 relative), in the base unit or the unit as written. */
  value: Ratio;
  issues: Issue[];
}

export function emptyScore(): Score {
  const zero = (): Ratio => ({ correct: 0, total: 0 });
  return {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    indicator: zero(),
    timing: zero(),
    headlineTiming: zero(),
    growthOf: zero(),
    value: zero(),
    issues: [],
  };
}

export function scoreSeed(
  golden: GoldenFile,
  units: TextUnit[],
  metrics: Metric[],
  headline: ReadonlySet<string>,
): Score {
  const score = emptyScore();
  const byId = new Map(metrics.map((m) => [m.id, m]));
  for (const paragraph of golden.paragraphs) {
    const hits = units.filter((u) => u.text.includes(paragraph.find));
    const unit = hits[0];
    if (hits.length !== 1 || !unit) {
      score.issues.push({
        seed: golden.seed,
        kind: 'find',
        text: paragraph.find,
        got: hits.length === 0 ? 'no paragraph' : `${hits.length} paragraphs: ${hits.map((h) => h.anchor).join(', ')}`,
      });
      score.falseNegatives += paragraph.figures.length;
      continue;
    }
    const predicted = metrics.filter((m) => m.anchor === unit.anchor);
    const matched = new Set<Metric>();
    const seen = new Map<string, number>();
    for (const figure of paragraph.figures) {
      const k = figure.occurrence ?? (seen.get(figure.text) ?? 0) + 1;
      seen.set(figure.text, k);
      const metric = predicted.filter((m) => m.text === figure.text)[k - 1];
      if (!metric) {
        score.falseNegatives += 1;
        score.issues.push({ seed: golden.seed, anchor: unit.anchor, kind: 'missed', text: figure.text });
        continue;
      }
      matched.add(metric);
      score.truePositives += 1;
      compare(score, golden.seed, figure, metric, byId, headline);
    }
    for (const metric of predicted) {
      if (matched.has(metric)) continue;
      score.falsePositives += 1;
      score.issues.push({ seed: golden.seed, anchor: unit.anchor, kind: 'spurious', text: metric.text });
    }
  }
  return score;
}

function compare(
  score: Score,
  seed: string,
  figure: GoldenFigure,
  metric: Metric,
  byId: Map<string, Metric>,
  headline: ReadonlySet<string>,
): void {
  const issue = (kind: Issue['kind'], expected: string, got: string) =>
    score.issues.push({ seed, anchor: metric.anchor, kind, text: figure.text, expected, got });
  if (figure.indicator !== undefined) {
    const ok = metric.indicator === figure.indicator;
    tally(score.indicator, ok);
    if (!ok) issue('indicator', figure.indicator, metric.indicator ?? '(none)');
  }
  const timingOk = metric.period === figure.period && metric.role === figure.role;
  tally(score.timing, timingOk);
  if (figure.indicator !== undefined && headline.has(figure.indicator)) tally(score.headlineTiming, timingOk);
  if (!timingOk) issue('timing', `${figure.period} ${figure.role}`, `${metric.period} ${metric.role}`);
  if (figure.growthOf !== undefined) {
    const level = metric.growthOf === undefined ? undefined : byId.get(metric.growthOf);
    const ok = level?.text === figure.growthOf;
    tally(score.growthOf, ok);
    if (!ok) issue('growthOf', figure.growthOf, level?.text ?? '(none)');
  }
  // Labels may give the value in the unit as written (`30公里` → 30) or in the base unit (30000).
  const written = Math.sign(metric.value || 1) * metric.number * metric.scale;
  const valueOk = [metric.value, written].some(
    (v) => Math.abs(v - figure.value) <= 1e-9 * Math.max(1, Math.abs(figure.value)),
  );
  tally(score.value, valueOk);
  if (!valueOk) issue('value', String(figure.value), String(metric.value));
}

function tally(ratio: Ratio, ok: boolean): void {
  ratio.total += 1;
  if (ok) ratio.correct += 1;
}

/** Sum of several seeds' scores. */
export function combineScores(scores: Score[]): Score {
  const total = emptyScore();
  for (const s of scores) {
    total.truePositives += s.truePositives;
    total.falsePositives += s.falsePositives;
    total.falseNegatives += s.falseNegatives;
    for (const key of ['indicator', 'timing', 'headlineTiming', 'growthOf', 'value'] as const) {
      total[key].correct += s[key].correct;
      total[key].total += s[key].total;
    }
    total.issues.push(...s.issues);
  }
  return total;
}

/** Share correct; 1 when there is nothing to score. */
export function rate(ratio: Ratio): number {
  return ratio.total === 0 ? 1 : ratio.correct / ratio.total;
}

export function precision(score: Score): number {
  return rate({ correct: score.truePositives, total: score.truePositives + score.falsePositives });
}

export function recall(score: Score): number {
  return rate({ correct: score.truePositives, total: score.truePositives + score.falseNegatives });
}
