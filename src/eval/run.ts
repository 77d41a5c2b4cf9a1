/**
 * Evaluate ingested reports against the labelled set: one score per labelled seed and the total.
 * Pure; scripts/eval.ts reads the seeds and golden files and prints the result.
 */
import type { Indicator, Report } from '../model.ts';
import { textSites } from '../ingest/walk.ts';
import type { GoldenFile } from './golden.ts';
import { combineScores, emptyScore, scoreSeed, type Score, type TextUnit } from './score.ts';

export interface Evaluation {
  seeds: Array<{ seed: string; score: Score }>;
  total: Score;
}

export function textUnits(report: Pick<Report, 'blocks'>): TextUnit[] {
  return [...textSites(report)].map((site) => ({ anchor: site.anchor, text: site.rich.text }));
}

export function evaluate(
  reports: ReadonlyMap<string, Report>,
  goldens: GoldenFile[],
  indicators: Indicator[],
): Evaluation {
  const headline = new Set(indicators.filter((i) => i.headline).map((i) => i.id));
  const seeds = goldens.map((golden) => {
    const report = reports.get(golden.seed);
    if (!report) {
      const score = emptyScore();
      score.falseNegatives = golden.paragraphs.reduce((n, p) => n + p.figures.length, 0);
      score.issues.push({ seed: golden.seed, kind: 'find', text: golden.seed, got: 'seed not ingested' });
      return { seed: golden.seed, score };
    }
    return { seed: golden.seed, score: scoreSeed(golden, textUnits(report), report.data.metrics, headline) };
  });
  return { seeds, total: combineScores(seeds.map((s) => s.score)) };
}
