import { describe, expect, test } from 'vitest';
import type { Indicator, Metric, ReportData } from '../../src/model.ts';
import { buildSiteData, corpusCities, groupObservationsByYear, rankDistricts, sameYearShown, summarizeLevels } from '../../src/lib/site-data.ts';

const place = (name: string, slug: string) => ({ name, slug, nameEn: slug });
const shanghai = place('上海市', 'shanghai');

function metric(id: string, over: Partial<Metric>): Metric {
  return {
    id, anchor: 's1-p1', text: '1亿元', number: 1, unit: '元', scaleWord: '亿', scale: 1e8, value: 1e8, baseUnit: '元',
    unitKind: 'currency', period: '2013', role: 'actual', ...over,
  };
}

function report(district: [string, string], year: number, metrics: Metric[] = [], over: Partial<ReportData> = {}): ReportData {
  return {
    slug: `shanghai-${district[1]}-${year}`, title: `${district[0]}${year}`, kind: 'government-work-report', coverage: 'year',
    district: place(...district), city: shanghai, province: shanghai, year, reviewPeriod: String(year - 1), planYear: year,
    provenance: { sourceFile: 'x.txt', sha256: '0'.repeat(64), bytes: 1, encoding: 'utf-8', convertedFromTraditional: false, removals: [], damage: [], overrides: [], facts: [] },
    outline: [], metrics, terms: [], ...over,
  };
}

const indicators: Indicator[] = [
  { id: 'gdp', label: '地区生产总值', synonyms: [], nameEn: 'Gross Regional Product', unitKind: 'currency', headline: true },
  { id: 'retail-sales', label: '社会消费品零售总额', synonyms: [], nameEn: 'Retail', unitKind: 'currency', headline: true },
  { id: 'beds', label: '养老床位', synonyms: [], nameEn: 'Beds', unitKind: 'count', headline: false },
];

const xuhui: [string, string] = ['徐汇区', 'xuhui'];
const jingan: [string, string] = ['静安区', 'jingan'];

const data = buildSiteData({
  indicators,
  glossary: [{ id: 'shierwu', term: '十二五', aliases: [], zh: '…', en: '…' }],
  reports: [
    report(xuhui, 2025, [metric('m1', { indicator: 'gdp', value: 3000e8, period: '2024', role: 'estimate' })]),
    report(xuhui, 2014, [
      metric('m1', { indicator: 'gdp', value: 1095e8, anchor: 's1-p1' }),
      metric('m2', { indicator: 'gdp', unitKind: 'percent', value: 8, number: 8, unit: '%', baseUnit: '%', growthOf: 'm1' }),
      metric('m3', { indicator: 'gdp', unitKind: 'percent', value: 8, number: 8, unit: '%', baseUnit: '%', period: '2014', role: 'target', anchor: 's2-p3' }),
      metric('m4', { indicator: 'unknown-id' }),
    ]),
    report(xuhui, 2015, [metric('m1', { indicator: 'gdp', value: 1150e8, period: '2014' }), metric('m2', { indicator: 'gdp', value: 1096e8, period: '2013' })]),
    report(jingan, 2014, [metric('m1', { indicator: 'retail-sales', value: 500e8 })]),
  ],
});

describe('grouping', () => {
  test('reports of a district in time order', () => {
    expect(data.district('shanghai-xuhui')?.reports.map((r) => r.year)).toEqual([2014, 2015, 2025]);
  });
  test('cities hold their districts; years latest first', () => {
    expect(data.cities.map((c) => c.districts.map((d) => d.key))).toEqual([['shanghai-jingan', 'shanghai-xuhui']]);
    expect(data.years.map((y) => y.year)).toEqual([2025, 2015, 2014]);
    expect(data.latest(1)[0]?.slug).toBe('shanghai-xuhui-2025');
  });
  test('two reports with one slug fail with the slug named', () => {
    expect(() => buildSiteData({ indicators, glossary: [], reports: [report(xuhui, 2014), report(xuhui, 2014)] })).toThrow(
      /shanghai-xuhui-2014/,
    );
  });
});

describe('neighbours', () => {
  test('previous and next of the same district, and other districts of the same year', () => {
    const n = data.neighbours('shanghai-xuhui-2015');
    expect(n.previous?.slug).toBe('shanghai-xuhui-2014');
    expect(n.next?.slug).toBe('shanghai-xuhui-2025');
    expect(data.neighbours('shanghai-xuhui-2014').sameYear.map((r) => r.slug)).toEqual(['shanghai-jingan-2014']);
    expect(data.neighbours('shanghai-xuhui-2014').previous).toBeUndefined();
    expect(data.neighbours('shanghai-xuhui-2014').sameYearTotal).toBe(1);
  });

  test('a large year names a bounded number of the same city\'s others, and counts them all', () => {
    const hangzhou = place('杭州市', 'hangzhou');
    const suzhou = place('苏州市', 'suzhou');
    const many = Array.from({ length: 31 }, (_, i) =>
      report([`区${i}`, `d${i}`], 2014, [], i < 20 ? { city: hangzhou, slug: `hangzhou-d${i}-2014` } : i === 30 ? { city: suzhou, slug: 'suzhou-d30-2014' } : {}),
    );
    const big = buildSiteData({ indicators, glossary: [], reports: many });
    const n = big.neighbours('shanghai-d25-2014');
    expect(n.sameYear).toHaveLength(sameYearShown);
    expect(n.sameYearTotal).toBe(30);
    expect(n.sameYear.every((r) => r.city.slug === 'shanghai')).toBe(true);
    // A city alone that year: no other city's reports named, all of them counted (the year page lists them).
    const alone = big.neighbours('suzhou-d30-2014');
    expect(alone.sameYear).toEqual([]);
    expect(alone.sameYearTotal).toBe(30);
    expect(big.city('hangzhou')?.districts).toHaveLength(20);
    expect(big.city('nowhere')).toBeUndefined();
  });

  test('a city shard given the corpus\'s outline reads as one build: the year\'s other districts counted, every city linked', () => {
    const hangzhou = place('杭州市', 'hangzhou');
    const suzhou = place('苏州市', 'suzhou');
    const corpus = Array.from({ length: 12 }, (_, i) =>
      report([`区${i}`, `d${i}`], 2014 + (i % 2), [], i < 4 ? { city: hangzhou, slug: `hangzhou-d${i}-${2014 + (i % 2)}` } : i > 9 ? { city: suzhou, slug: `suzhou-d${i}-${2014 + (i % 2)}` } : {}),
    );
    const whole = buildSiteData({ indicators, glossary: [], reports: corpus });
    const own = corpus.filter((r) => r.city.slug === 'hangzhou');
    const outline = { years: new Map(whole.years.map((y) => [y.year, y.reports.length])), cities: corpusCities(corpus) };
    expect(outline.cities).toEqual(whole.cityLinks);
    expect(whole.cityLinks.map((c) => c.slug)).toEqual(whole.cities.map((c) => c.city.slug));
    const shard = buildSiteData({ indicators, glossary: [], reports: own, corpus: outline });
    for (const r of own) expect(shard.neighbours(r.slug)).toEqual(whole.neighbours(r.slug));
    expect(shard.neighbours('hangzhou-d0-2014').sameYearTotal).toBe(5);
    expect(shard.cityLinks).toEqual(whole.cityLinks);
    expect(shard.cities.map((c) => c.city.slug)).toEqual(['hangzhou']);
  });
});

describe('observations', () => {
  test('figures of known indicators, without growth figures of another metric', () => {
    const gdp = data.observations('gdp');
    expect(gdp.map((o) => `${o.report.year}:${o.metric.id}`)).toEqual(['2014:m1', '2015:m2', '2014:m3', '2015:m1', '2025:m1']);
    expect(gdp.find((o) => o.metric.id === 'm3')?.level).toBe(false);
    expect(data.observations('unknown-id')).toEqual([]);
  });
  test('series: levels only, one point a period, the later report wins, targets left out', () => {
    const s = data.series('shanghai-xuhui', 'gdp');
    expect(s.map((p) => [p.period, p.value, p.role])).toEqual([
      ['2013', 1096e8, 'actual'],
      ['2014', 1150e8, 'actual'],
      ['2024', 3000e8, 'estimate'],
    ]);
  });
  test('district indicators are the headline ones it states', () => {
    expect(data.districtIndicators('shanghai-jingan').map((i) => i.id)).toEqual(['retail-sales']);
  });
  test('key figures: one per headline indicator for the review period and for the plan', () => {
    const k = data.keyFigures('shanghai-xuhui-2014');
    expect(k.review.map((o) => o.metric.id)).toEqual(['m1']);
    expect(k.plan.map((o) => o.metric.id)).toEqual(['m3']);
  });
  test('comparison of a year: rows per report, columns the headline indicators stated', () => {
    const [c] = data.comparisons(2014);
    expect(c?.period).toBe('2013');
    expect(c?.indicators.map((i) => i.id)).toEqual(['gdp', 'retail-sales']);
    expect(c?.rows.map((r) => [r.report.slug, [...r.cells.keys()]])).toEqual([
      ['shanghai-jingan-2014', ['retail-sales']],
      ['shanghai-xuhui-2014', ['gdp']],
    ]);
  });
  test('glossary lookup', () => {
    expect(data.glossaryTerm('shierwu')?.term).toBe('十二五');
  });
});

describe('series periods', () => {
  test('half-year figures stay out of an annual chart', () => {
    const d = buildSiteData({
      indicators,
      glossary: [],
      reports: [
        report(xuhui, 2014, [metric('m1', { indicator: 'gdp', value: 1095e8, period: '2013' })]),
        report(xuhui, 2015, [metric('m1', { indicator: 'gdp', value: 545e8, period: '2014-H1', role: 'estimate' })], {
          slug: 'shanghai-xuhui-2014-h1', reviewPeriod: '2014-H1', coverage: 'half-year',
        }),
      ],
    });
    expect(d.series('shanghai-xuhui', 'gdp').map((p) => p.period)).toEqual(['2013']);
    expect(d.observations('gdp')).toHaveLength(2);
  });
});

describe('an indicator by report year', () => {
  const hongkou: [string, string] = ['虹口区', 'hongkou'];
  const yearly = buildSiteData({
    indicators,
    glossary: [],
    reports: [
      report(xuhui, 2014, [
        metric('m1', { indicator: 'gdp', value: 1095e8, anchor: 's1-p1' }),
        metric('m2', { indicator: 'gdp', value: 1000e8, role: 'estimate', anchor: 's1-p2' }),
        metric('m3', { indicator: 'gdp', unitKind: 'percent', value: 8, number: 8, unit: '%', baseUnit: '%', period: '2014', role: 'target', anchor: 's2-p3' }),
      ]),
      report(jingan, 2014, [metric('m1', { indicator: 'gdp', value: 500e8 })]),
      report(hongkou, 2014, [metric('m1', { indicator: 'gdp', value: 700e8 }), metric('m2', { indicator: 'gdp', value: 9000e8, period: '2011-2015', cumulative: true })]),
      report(xuhui, 2015, [metric('m1', { indicator: 'gdp', value: 1150e8, period: '2014' })]),
      report(jingan, 2016, [metric('m1', { indicator: 'gdp', value: 600e8, period: '2015' })]),
      report(hongkou, 2016, [metric('m1', { indicator: 'gdp', value: 10e8, period: '2015', baseUnit: '美元' })]),
    ],
  });
  const years = yearly.indicatorYears('gdp');

  test('one group a delivery year, earliest first; every observation in exactly one', () => {
    expect(years.map((y) => y.year)).toEqual([2014, 2015, 2016]);
    const grouped = years.flatMap((y) => y.observations);
    expect(grouped).toHaveLength(yearly.observations('gdp').length);
    expect(new Set(grouped)).toEqual(new Set(yearly.observations('gdp')));
    expect(years.every((y) => y.observations.every((o) => o.report.year === y.year))).toBe(true);
  });

  test('a year lists its observations by district, then period; counts districts and reports', () => {
    const [y2014] = years;
    expect(y2014?.observations.map((o) => `${o.report.district.name}:${o.metric.id}`)).toEqual([
      '虹口区:m1', '虹口区:m2', '静安区:m1', '徐汇区:m1', '徐汇区:m2', '徐汇区:m3',
    ]);
    expect(y2014?.districts).toBe(3);
    expect(y2014?.reports).toBe(3);
  });

  test('levels of the period under review: one a district (an actual before an estimate), median and range', () => {
    const levels = years[0]?.levels;
    expect(levels?.period).toBe('2013');
    expect(levels?.count).toBe(3); // the five-year sum and the target stay out; 徐汇区 counted once
    expect(levels?.median).toBe(700e8);
    expect(levels?.low.report.district.name).toBe('静安区');
    expect([levels?.high.report.district.name, levels?.high.metric.id]).toEqual(['徐汇区', 'm1']);
  });

  test('an even count takes the middle two; levels in two currencies are not summarized', () => {
    const two = groupObservationsByYear([...yearly.observations('gdp').filter((o) => o.report.year === 2014 && o.report.district.slug !== 'hongkou')]);
    expect(two[0]?.levels?.median).toBe((500e8 + 1095e8) / 2);
    expect(years[2]?.levels).toBeUndefined();
    expect(groupObservationsByYear([])).toEqual([]);
  });

  test('a level only of another period than the one reviewed is not summarized', () => {
    const other = buildSiteData({ indicators, glossary: [], reports: [report(xuhui, 2014, [metric('m1', { indicator: 'gdp', period: '2012' })])] });
    expect(other.indicatorYears('gdp')[0]?.levels).toBeUndefined();
    expect(summarizeLevels(other.observations('gdp'))).toBeUndefined();
  });

  test('districts: the longest record first, then by name', () => {
    expect(yearly.indicatorDistricts('gdp')).toEqual([
      { key: 'shanghai-hongkou', years: 2 },
      { key: 'shanghai-jingan', years: 2 },
      { key: 'shanghai-xuhui', years: 2 },
    ]);
    expect(rankDistricts(yearly.observations('gdp').filter((o) => o.report.year !== 2016))).toEqual([
      { key: 'shanghai-xuhui', years: 2 },
      { key: 'shanghai-hongkou', years: 1 },
      { key: 'shanghai-jingan', years: 1 },
    ]);
    expect(yearly.indicatorYears('retail-sales')).toEqual([]);
  });
});
