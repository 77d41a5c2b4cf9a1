import { expect, test } from 'vitest';
import type { Block, Indicator, Paragraph, Report, ReportData } from '../../../src/model.ts';
import { metric } from '../../../src/model.ts';
import { extractMetrics } from '../../../src/ingest/metrics/index.ts';

const place = (name: string, slug: string) => ({ name, slug, nameEn: slug });
const data: ReportData = {
  slug: 'shanghai-xuhui-2014',
  title: '上海市徐汇区2014年政府工作报告',
  kind: 'government-work-report',
  coverage: 'year',
  district: place('徐汇区', 'xuhui'),
  city: place('上海市', 'shanghai'),
  province: place('上海市', 'shanghai'),
  year: 2014,
  reviewPeriod: '2013',
  planYear: 2014,
  provenance: {
    sourceFile: 'x.txt',
    sha256: '0'.repeat(64),
    bytes: 0,
    encoding: 'utf-8',
    convertedFromTraditional: false,
    removals: [],
    damage: [],
    overrides: [],
    facts: [],
  },
  outline: [],
  metrics: [],
  terms: [],
};

const paragraph = (id: string, text: string): Paragraph => ({ type: 'paragraph', id, text, spans: [], line: 1 });
const block = (id: string, role: Block['role'], period: string, title: string, texts: string[]): Block => ({
  type: 'block',
  id,
  kind: 'part',
  role,
  marker: '',
  period,
  heading: { text: title, spans: [], line: 1 },
  children: texts.map((t, i) => paragraph(`${id}-p${i + 1}`, t)),
});

const indicators: Indicator[] = [
  { id: 'gdp', label: '地区生产总值', synonyms: ['生产总值'], nameEn: 'GRP', unitKind: 'currency', headline: true },
  { id: 'district-fiscal-revenue', label: '区级财政收入', synonyms: [], nameEn: 'DFR', unitKind: 'currency', headline: true },
  { id: 'new-jobs', label: '新增就业岗位', synonyms: [], nameEn: 'jobs', unitKind: 'count', headline: true },
  { id: 'energy-intensity', label: '单位增加值能耗', synonyms: [], nameEn: 'EI', unitKind: 'energy-intensity', headline: true },
  { id: 'fixed-asset-investment', label: '固定资产投资', synonyms: ['固定资产投资总额'], nameEn: 'FAI', unitKind: 'currency', headline: true },
  { id: 'headquarters', label: '总部机构', synonyms: [], nameEn: 'HQ', unitKind: 'count', headline: false },
];

const report: Pick<Report, 'data' | 'blocks'> = {
  data,
  blocks: [
    block('s1', 'review', '2013', '一、2013年工作回顾', [
      '全年实现生产总值1095亿元,增长8%。完成区级财政收入118.7亿元,增长8.8%。新增就业岗位4.6万个。',
      '全年单位增加值能耗下降3.5%。新增总部机构10家,累计达到100家。预计固定资产投资总额增长10%以上。',
    ]),
    block('s2', 'plan', '2014', '二、2014年工作', ['主要预期目标是:生产总值增长8%;区级财政收入128.2亿元,增长8%。']),
  ],
};

const result = extractMetrics(report, indicators);
const byText = (anchor: string, text: string) => result.metrics.find((m) => m.anchor === anchor && m.text === text)!;

test('every metric is valid model data, numbered in reading order', () => {
  for (const m of result.metrics) metric.parse(m);
  expect(result.metrics.map((m) => m.id)).toEqual(result.metrics.map((_, i) => `m${i + 1}`));
  expect(result.metrics.map((m) => m.text)).toEqual([
    '1095亿元', '8%', '118.7亿元', '8.8%', '4.6万个',
    '3.5%', '10家', '100家', '10%',
    '8%', '128.2亿元', '8%',
  ]);
});

test('spans point at the figure text of their anchor', () => {
  for (const [anchor, spans] of result.spans) {
    const text = report.blocks.flatMap((b) => b.children).find((c) => c.id === anchor) as Paragraph;
    for (const span of spans) {
      const m = result.metrics.find((x) => x.id === (span.type === 'metric' ? span.metricId : ''))!;
      expect(text.text.slice(span.start, span.end)).toBe(m.text);
    }
  }
});

test('a level with its growth', () => {
  const gdp = byText('s1-p1', '1095亿元');
  expect(gdp).toMatchObject({
    number: 1095, scaleWord: '亿', scale: 1e8, value: 109500000000, unit: '元', baseUnit: '元', unitKind: 'currency',
    label: '全年实现生产总值', indicator: 'gdp', growth: 8, growthUnit: '%', period: '2013', role: 'actual',
  });
  expect(byText('s1-p1', '8%')).toMatchObject({ growthOf: gdp.id, indicator: 'gdp', value: 8, unitKind: 'growth-rate' });
  expect(byText('s1-p1', '4.6万个')).toMatchObject({ indicator: 'new-jobs', value: 46000 });
});

test('a change without a level stands alone, signed', () => {
  const ei = byText('s1-p2', '3.5%');
  expect(ei).toMatchObject({ indicator: 'energy-intensity', value: -3.5, growth: -3.5, growthUnit: '%', unitKind: 'growth-rate' });
  expect(ei.growthOf).toBeUndefined();
  expect(byText('s1-p2', '10%')).toMatchObject({
    indicator: 'fixed-asset-investment', qualifier: '以上', role: 'estimate', period: '2013', value: 10,
  });
});

test('累计 continues the indicator before it and is cumulative', () => {
  expect(byText('s1-p2', '100家')).toMatchObject({ indicator: 'headquarters', cumulative: true, qualifier: '达到' });
});

test('the plan part states targets for the plan year', () => {
  const plan = result.metrics.filter((m) => m.anchor === 's2-p1');
  expect(plan.map((m) => [m.text, m.indicator, m.period, m.role, m.growthOf])).toEqual([
    ['8%', 'gdp', '2014', 'target', undefined],
    ['128.2亿元', 'district-fiscal-revenue', '2014', 'target', undefined],
    ['8%', 'district-fiscal-revenue', '2014', 'target', plan[1]!.id],
  ]);
});

test('a text without figures gives no spans', () => {
  const empty = extractMetrics({ data, blocks: [block('s1', 'review', '2013', '一、2013年工作回顾', ['实施“十二五”规划。'])] }, indicators);
  expect(empty.metrics).toEqual([]);
  expect(empty.spans.size).toBe(0);
});

test('an indicator from the words around a figure whose label does not name it', () => {
  const more: Indicator[] = [
    ...indicators,
    { id: 'elderly-care-beds', label: '养老床位', synonyms: ['机构养老床位'], nameEn: 'beds', unitKind: 'count', headline: true },
    { id: 'affordable-housing-area', label: '保障性住房建筑面积', synonyms: ['保障性住房'], nameEn: 'AH', unitKind: 'area', headline: false },
    { id: 'old-housing-renovation', label: '旧住房综合改造', synonyms: ['旧住房综合修缮'], nameEn: 'OHR', unitKind: 'area', headline: false },
    { id: 'home-care-recipients', label: '居家养老服务', synonyms: [], nameEn: 'HC', unitKind: 'count', headline: false },
  ];
  const texts = [
    '新增283张机构养老床位。',
    '建设保障性住房22万平方米,竣工2.9万平方米。',
    '全要素实施旧住房综合修缮,计划新开工100万平方米。',
    '为2.3万名老年人提供居家养老服务。',
    '华泾镇黄家里等7个地块旧改。',
  ];
  const got = extractMetrics({ data, blocks: [block('s1', 'review', '2013', '一、回顾', texts)] }, more);
  expect(got.metrics.map((m) => [m.text, m.indicator])).toEqual([
    ['283张', 'elderly-care-beds'],
    ['22万平方米', 'affordable-housing-area'],
    ['2.9万平方米', 'affordable-housing-area'],
    ['100万平方米', 'old-housing-renovation'],
    ['2.3万名', 'home-care-recipients'],
    ['7个', undefined],
  ]);
});

test('a growth after its level keeps its level\'s period but is an annual average, over the span the heading names, when it says 年均', () => {
  const fiveYears = extractMetrics(
    {
      data: { ...data, year: 2016, reviewPeriod: '2015', planYear: 2016 },
      blocks: [block('s1', 'review', '2015', '一、“十二五”时期和2015年工作回顾', ['地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元,年均增长12.1%。'])],
    },
    indicators,
  ).metrics;
  expect(fiveYears.map((m) => [m.text, m.period, m.annualAverage ?? false])).toEqual([
    ['162.4亿元', '2010', false],
    ['287.9亿元', '2015', false],
    ['12.1%', '2011-2015', true],
  ]);
});

test('`全县`, `全旗`, `全市` are the whole place in a county, banner or county-level city report; `全市` stays the city in a district report', () => {
  const gdpOf = (district: string, text: string) =>
    extractMetrics(
      { data: { ...data, district: { name: district, slug: 'x', nameEn: 'x' } }, blocks: [block('s1', 'review', '2013', '一、2013年工作回顾', [text])] },
      indicators,
    ).metrics[0]?.indicator;
  expect(gdpOf('桦川县', '全县实现地区生产总值53.6亿元。')).toBe('gdp');
  expect(gdpOf('正蓝旗', '全旗实现地区生产总值53.6亿元。')).toBe('gdp');
  expect(gdpOf('琼海市', '全市完成地区生产总值337.87亿元。')).toBe('gdp');
  expect(gdpOf('徐汇区', '全市实现地区生产总值3000亿元。')).toBeUndefined();
  expect(gdpOf('桦川县', '全市实现地区生产总值3000亿元。')).toBeUndefined();
});

test('five-year review: the year a sentence names, the span of 五年年均 and 五年累计, 城乡居民…分别', () => {
  const five: Pick<Report, 'data' | 'blocks'> = {
    data: { ...data, year: 2017, coverage: 'five-year', reviewPeriod: '2012-2016', planYear: 2017 },
    blocks: [
      block('s1', 'review', '2012-2016', '一、过去五年工作回顾', [
        '2016年实现生产总值1495亿元,年均增长7.8%;完成区级财政收入186亿元,增长12.9%,五年年均增长11.2%。',
        '单位增加值能耗下降3%,五年累计下降20.4%。城乡居民人均可支配收入分别增长8.5%、10.6%。',
      ]),
    ],
  };
  const all = [
    ...indicators,
    { id: 'urban-disposable-income', label: '城镇居民人均可支配收入', synonyms: [], nameEn: 'U', unitKind: 'currency', headline: true },
    { id: 'rural-disposable-income', label: '农村居民人均可支配收入', synonyms: [], nameEn: 'R', unitKind: 'currency', headline: true },
  ] satisfies Indicator[];
  const { metrics } = extractMetrics(five, all);
  const find = (text: string, anchor = 's1-p1') => metrics.find((m) => m.anchor === anchor && m.text === text)!;
  expect(find('1495亿元')).toMatchObject({ indicator: 'gdp', period: '2016' });
  expect(find('7.8%')).toMatchObject({ indicator: 'gdp', period: '2012-2016', annualAverage: true });
  expect(find('11.2%')).toMatchObject({ indicator: 'district-fiscal-revenue', period: '2012-2016', annualAverage: true });
  expect(metrics.some((m) => m.text === '五年')).toBe(false);
  expect(find('20.4%', 's1-p2')).toMatchObject({ indicator: 'energy-intensity', period: '2012-2016', cumulative: true, value: -20.4 });
  expect(find('8.5%', 's1-p2')).toMatchObject({ indicator: 'urban-disposable-income' });
  expect(find('10.6%', 's1-p2')).toMatchObject({ indicator: 'rural-disposable-income' });
});
