import { describe, expect, test } from 'vitest';
import type { Metric } from '../src/model.ts';
import { goldenFile, type GoldenFile } from '../src/eval/golden.ts';
import { combineScores, precision, rate, recall, scoreSeed } from '../src/eval/score.ts';
import { evaluateSeeds } from '../scripts/eval.ts';

const units = [
  { anchor: 's1-p1', text: '全年实现生产总值1095亿元,增长8%。新增就业岗位4.6万个,增长8%。' },
  { anchor: 's1-p2', text: '拆除违法建筑5.1万平方米。' },
  { anchor: 's1-p3', text: '拆除违法建筑3万平方米。' },
];

const m = (id: string, anchor: string, text: string, value: number, extra: Partial<Metric> = {}): Metric => ({
  id, anchor, text, number: value, unit: '', scale: 1, value, baseUnit: '', unitKind: 'count',
  period: '2013', role: 'actual', ...extra,
});

const golden: GoldenFile = goldenFile.parse({
  seed: 'x.txt',
  paragraphs: [
    {
      find: '全年实现生产总值',
      figures: [
        { text: '1095亿元', value: 109500000000, unit: '元', indicator: 'gdp', period: '2013', role: 'actual' },
        { text: '8%', value: 8, unit: '%', growthOf: '1095亿元', indicator: 'gdp', period: '2013', role: 'actual' },
        { text: '4.6万个', value: 46000, unit: '个', indicator: 'new-jobs', period: '2013', role: 'actual' },
        { text: '8%', value: 8, unit: '%', period: '2013', role: 'actual', occurrence: 2 },
      ],
    },
    { find: '5.1万平方米', figures: [] },
  ],
});

const headline = new Set(['gdp', 'new-jobs']);

describe('scoreSeed', () => {
  test('a perfect extraction scores 1 everywhere', () => {
    const metrics = [
      m('m1', 's1-p1', '1095亿元', 109500000000, { indicator: 'gdp', growth: 8 }),
      m('m2', 's1-p1', '8%', 8, { indicator: 'gdp', growthOf: 'm1' }),
      m('m3', 's1-p1', '4.6万个', 46000, { indicator: 'new-jobs' }),
      m('m4', 's1-p1', '8%', 8),
      m('m5', 's1-p3', '3万平方米', 30000), // unlabelled paragraph: not scored
    ];
    const s = scoreSeed(golden, units, metrics, headline);
    expect([s.truePositives, s.falsePositives, s.falseNegatives]).toEqual([4, 0, 0]);
    expect([precision(s), recall(s), rate(s.indicator), rate(s.timing), rate(s.headlineTiming), rate(s.growthOf)])
      .toEqual([1, 1, 1, 1, 1, 1]);
    expect(s.indicator).toEqual({ correct: 3, total: 3 });
    expect(s.headlineTiming).toEqual({ correct: 3, total: 3 });
    expect(s.issues).toEqual([]);
  });

  test('misses, spurious figures and wrong facts are each counted', () => {
    const metrics = [
      m('m1', 's1-p1', '1095亿元', 109500000000, { indicator: 'gdp', role: 'target' }),
      m('m2', 's1-p1', '8%', 8, { indicator: 'gdp' }), // growthOf missing
      m('m3', 's1-p1', '4.6万个', 4.6, { indicator: 'gdp' }), // wrong indicator and value
      m('m5', 's1-p2', '5.1万平方米', 51000), // spurious: the paragraph is labelled with no figures
    ];
    const s = scoreSeed(golden, units, metrics, headline);
    expect([s.truePositives, s.falsePositives, s.falseNegatives]).toEqual([3, 1, 1]);
    expect(precision(s)).toBe(0.75);
    expect(recall(s)).toBe(0.75);
    expect(s.indicator).toEqual({ correct: 2, total: 3 });
    expect(s.timing).toEqual({ correct: 2, total: 3 });
    expect(s.headlineTiming).toEqual({ correct: 2, total: 3 });
    expect(s.growthOf).toEqual({ correct: 0, total: 1 });
    expect(s.value).toEqual({ correct: 2, total: 3 });
    expect(s.issues.map((i) => `${i.kind} ${i.text}`).sort()).toEqual(
      ['growthOf 8%', 'indicator 4.6万个', 'missed 8%', 'spurious 5.1万平方米', 'timing 1095亿元', 'value 4.6万个'].sort(),
    );
  });

  test('a find that matches no paragraph, or several, is an issue and its figures are missed', () => {
    const bad = goldenFile.parse({
      seed: 'x.txt',
      paragraphs: [
        { find: '拆除违法建筑', figures: [{ text: '3万平方米', value: 30000, unit: '平方米', period: '2013', role: 'actual' }] },
        { find: '不存在', figures: [] },
      ],
    });
    const s = scoreSeed(bad, units, [], headline);
    expect(s.falseNegatives).toBe(1);
    expect(s.issues.map((i) => i.kind)).toEqual(['find', 'find']);
  });

  test('scores add up over seeds', () => {
    const a = scoreSeed(golden, units, [m('m1', 's1-p1', '1095亿元', 109500000000, { indicator: 'gdp' })], headline);
    const total = combineScores([a, a]);
    expect(total.truePositives).toBe(2 * a.truePositives);
    expect(total.falseNegatives).toBe(2 * a.falseNegatives);
    expect(total.issues).toHaveLength(2 * a.issues.length);
  });
});

describe('the extractor on the labelled seeds', async () => {
  const { seeds, total } = await evaluateSeeds();
  const show = () => total.issues.map((i) => `${i.seed.slice(0, 3)} ${i.anchor ?? ''} ${i.kind} ${i.text} ${i.expected ?? ''} ${i.got ?? ''}`).join('\n');

  test('the labelled set is there and every find names one paragraph', () => {
    expect(seeds.length).toBeGreaterThan(0);
    expect(total.issues.filter((i) => i.kind === 'find'), show()).toEqual([]);
  });
  test('figure detection: precision and recall >= 0.97', () => {
    expect(precision(total), show()).toBeGreaterThanOrEqual(0.97);
    expect(recall(total), show()).toBeGreaterThanOrEqual(0.97);
  });
  test('indicator id accuracy >= 0.9', () => {
    expect(rate(total.indicator), show()).toBeGreaterThanOrEqual(0.9);
  });
  test('period and role: every headline figure right', () => {
    expect(total.headlineTiming.total).toBeGreaterThan(0);
    expect(total.headlineTiming.correct, show()).toBe(total.headlineTiming.total);
  });
});
