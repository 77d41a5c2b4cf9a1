import { describe, expect, test } from 'vitest';
import type { Indicator, Metric, ReportData } from '../../src/model.ts';
import { buildSiteData, sameYearShown } from '../../src/lib/site-data.ts';

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

  test('a large year names a bounded number of others, the same city first, and counts them all', () => {
    const hangzhou = place('杭州市', 'hangzhou');
    const many = Array.from({ length: 30 }, (_, i) =>
      report([`区${i}`, `d${i}`], 2014, [], i < 20 ? { city: hangzhou, slug: `hangzhou-d${i}-2014` } : {}),
    );
    const big = buildSiteData({ indicators, glossary: [], reports: many });
    const n = big.neighbours('shanghai-d25-2014');
    expect(n.sameYear).toHaveLength(sameYearShown);
    expect(n.sameYearTotal).toBe(29);
    expect(n.sameYear.slice(0, 4).every((r) => r.city.slug === 'shanghai')).toBe(true);
    expect(big.city('hangzhou')?.districts).toHaveLength(20);
    expect(big.city('nowhere')).toBeUndefined();
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
