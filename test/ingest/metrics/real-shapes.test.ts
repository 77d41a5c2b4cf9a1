/**
 * Figures in shapes read from the real corpus (test/real-corpus, texts r580–r639), with the
 * project's own indicator dictionary: each test is one shape that was misread, in the words of a
 * report that has it.
 */
import { expect, test } from 'vitest';
import type { Block, Paragraph, Report, ReportData } from '../../../src/model.ts';
import { extractMetrics } from '../../../src/ingest/metrics/index.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const place = (name: string) => ({ name, slug: 'x', nameEn: 'x' });
const data = {
  district: place('某某县'),
  year: 2023,
  reviewPeriod: '2022',
  planYear: 2023,
} as ReportData;

const paragraph = (id: string, text: string): Paragraph => ({ type: 'paragraph', id, text, spans: [], line: 1 });
const part = (id: string, role: Block['role'], title: string | undefined, texts: string[]): Block => ({
  type: 'block',
  id,
  kind: 'part',
  role,
  marker: '',
  ...(title ? { heading: { text: title, spans: [], line: 1 } } : {}),
  children: texts.map((t, i) => paragraph(`${id}-p${i + 1}`, t)),
});
const review = (text: string) => part('s1', 'review', '一、2022年工作回顾', [text]);

/** [text, indicator, period, role] of every figure. */
function figures(blocks: Block[]): Array<[string, string | undefined, string, string]> {
  const report: Pick<Report, 'data' | 'blocks'> = { data, blocks };
  return extractMetrics(report, indicators).metrics.map((m) => [m.text, m.indicator, m.period, m.role]);
}
const indicatorsOf = (text: string) => figures([review(text)]).map(([t, i]) => [t, i]);

test('a chain of changes with 分别 qualifies the chain of levels before it, one by one', () => {
  expect(indicatorsOf('城镇常住居民人均可支配收入42058元,农村常住居民人均可支配收入23708元,分别增长9.2%、10.2%。')).toEqual([
    ['42058元', 'urban-disposable-income'],
    ['23708元', 'rural-disposable-income'],
    ['9.2%', 'urban-disposable-income'],
    ['10.2%', 'rural-disposable-income'],
  ]);
  expect(indicatorsOf('城乡居民人均可支配收入分别为48077元和23816元,分别增长3.8%、8%。').slice(2)).toEqual([
    ['3.8%', 'urban-disposable-income'],
    ['8%', 'rural-disposable-income'],
  ]);
  // The growth of a breakdown is not the total's.
  expect(indicatorsOf('预计完成固定资产投资799.7亿元,其中产业投资722亿元,分别增长16.3%、20%。').slice(2)).toEqual([
    ['16.3%', 'fixed-asset-investment'],
    ['20%', undefined],
  ]);
  const growthOf = extractMetrics({ data, blocks: [review('地区生产总值300亿元、一般公共预算收入20亿元,同比分别增长7%、9%。')] }, indicators).metrics;
  expect(growthOf.map((m) => m.growthOf ?? m.growth)).toEqual([7, 9, 'm1', 'm2']);
});

test('urban and rural residents named once for both: each takes the shared noun', () => {
  const both = [
    ['39,175元', 'urban-disposable-income'],
    ['19,156元', 'rural-disposable-income'],
  ];
  expect(indicatorsOf('城镇和农村常住居民人均可支配收入39,175元和19,156元。')).toEqual(both);
  expect(indicatorsOf('城镇、农村常住居民人均可支配收入分别达到39,175元、19,156元。')).toEqual(both);
  expect(indicatorsOf('城乡常住居民人均可支配收入分别为39,175元、19,156元。')).toEqual(both);
  expect(indicatorsOf('城镇和农村居民人均可支配收入分别增长3.3%、7.4%。')).toEqual([
    ['3.3%', 'urban-disposable-income'],
    ['7.4%', 'rural-disposable-income'],
  ]);
});

test('a level stated after its change with only 达到 is the change\'s indicator (and a 分别 chain\'s subjects)', () => {
  expect(indicatorsOf('预计全年地区生产总值同比增长8.3%,达到270亿元;地方财政收入增长6.9%,达到32.1亿元。')).toEqual([
    ['8.3%', 'gdp'],
    ['270亿元', 'gdp'],
    ['6.9%', 'local-fiscal-revenue'],
    ['32.1亿元', 'local-fiscal-revenue'],
  ]);
  expect(indicatorsOf('城镇与农村居民人均可支配收入分别增长8%和8.1%,达到48620元和20660元。')).toEqual([
    ['8%', 'urban-disposable-income'],
    ['8.1%', 'rural-disposable-income'],
    ['48620元', 'urban-disposable-income'],
    ['20660元', 'rural-disposable-income'],
  ]);
  // `为` is not `达到`: the beds before do not count the people served.
  expect(indicatorsOf('新增养老床位514张,为2.3万名老年人提供居家养老服务。')[1]).toEqual(['2.3万名', 'home-care-recipients']);
  // `预计` alone: the sentence's subject.
  expect(indicatorsOf('地区生产总值连跨两个百亿台阶,预计700亿元。').at(-1)).toEqual(['700亿元', 'gdp']);
});

test('older and longer names of the budget revenue and GDP; 全(社会), 十三五末 and the own unit before a name do not narrow it', () => {
  for (const name of ['一般公共财政预算收入', '地方一般公共财政预算收入', '地方公共财政预算收入', '地方一般预算收入']) {
    expect(indicatorsOf(`${name}5.1亿元,增长58.8%。`)[0]).toEqual(['5.1亿元', 'general-budget-revenue']);
  }
  expect(indicatorsOf('全年完成国内生产总值88.7亿元,增长7.1%。')[0]).toEqual(['88.7亿元', 'gdp']);
  expect(indicatorsOf('全年预计完成县生产总值66.9亿元。')[0]).toEqual(['66.9亿元', 'gdp']);
  expect(indicatorsOf('“十三五”末GDP实现441.7亿元。')[0]).toEqual(['441.7亿元', 'gdp']);
  expect(indicatorsOf('全社会消费品零售总额增长5.4%。')[0]).toEqual(['5.4%', 'retail-sales']);
  // A part of the place still narrows it.
  expect(indicatorsOf('城区生产总值20亿元。')[0]).toEqual(['20亿元', undefined]);
  expect(indicatorsOf('人均地区生产总值预计12.2万元。')[0]).toEqual(['12.2万元', undefined]);
});

test('同比(下同)增长 and 比年初分别增长 are bare changes of the level before', () => {
  expect(indicatorsOf('全年地区生产总值完成359.82亿元,同比(下同)增长7.1%。')[1]).toEqual(['7.1%', 'gdp']);
  const deposits = extractMetrics({ data, blocks: [review('贷款余额108.4亿元、79.2亿元,比年初分别增长8%和8.85%。')] }, indicators).metrics;
  expect(deposits.map((m) => m.growthOf)).toEqual([undefined, undefined, 'm1', 'm2']);
});

test('the opening parts of a text no heading placed speak of the year reviewed, like the preamble', () => {
  const opening = part('s1', 'other', undefined, [
    '2022年,全区生产总值520亿元。财政总收入126.3亿元,增长13.4%。',
    '报告提出,2023年经济社会发展主要预期目标是:地区生产总值增长8.5%。',
  ]);
  const later = part('s2', 'other', '二、全面加强政府自身建设', ['完成投资20亿元。']);
  const plan = part('s3', 'plan', '三、2023年主要任务', ['完成投资30亿元。']);
  expect(figures([opening])).toEqual([
    ['520亿元', 'gdp', '2022', 'actual'],
    ['126.3亿元', 'total-fiscal-revenue', '2022', 'actual'],
    ['13.4%', 'total-fiscal-revenue', '2022', 'actual'],
    ['8.5%', 'gdp', '2023', 'target'],
  ]);
  // Once the outline has placed a part, an unplaced one after it is the government's own work ahead.
  expect(figures([plan, later]).map(([t, , p, r]) => [t, p, r])).toEqual([
    ['30亿元', '2023', 'target'],
    ['20亿元', '2023', 'target'],
  ]);
});

test('a year already past, named in the plan\'s words, is an outcome', () => {
  const plan = part('s1', 'plan', '一、2023年主要任务', ['2021年,全区生产总值520亿元。力争2022年投资增长10%。']);
  expect(figures([plan])).toEqual([
    ['520亿元', 'gdp', '2021', 'actual'],
    ['10%', undefined, '2022', 'target'],
  ]);
});

test('funds won from higher governments (争取到, 争取上级资金) and weakening expectations (预期转弱) are no targets', () => {
  const roles = (text: string) => figures([review(text)]).map(([t, , , r]) => [t, r]);
  expect(roles('争取到位上级资金34.3亿元,争取各级衔接资金3.64亿元。')).toEqual([
    ['34.3亿元', 'actual'],
    ['3.64亿元', 'actual'],
  ]);
  expect(roles('顶住需求收缩、供给冲击、预期转弱三重压力,全年地区生产总值达672.14亿元。')).toEqual([['672.14亿元', 'actual']]);
  expect(roles('力争引进项目10个,争取实现投资5亿元。')).toEqual([
    ['10个', 'target'],
    ['5亿元', 'target'],
  ]);
});

test('今后五年 and 未来五年 are no duration', () => {
  expect(figures([review('报告共分四个部分:一是过去五年工作回顾;二是今后五年目标任务;三是未来五年展望。')]).map(([t]) => t)).not.toContain('五年');
});

test('a level counted up from another (由A提高到B) is the start\'s indicator; the start is the year before the period', () => {
  const fiveYear = { ...data, year: 2017, reviewPeriod: '2012-2016', planYear: 2017, coverage: 'five-year' } as ReportData;
  const read = (text: string, reportData: ReportData = data) =>
    extractMetrics({ data: reportData, blocks: [review(text)] }, indicators).metrics.map((m) => [m.text, m.indicator, m.period]);
  expect(read('固定资产投资由20.1亿元提高到41.6亿元,年均增长15.6%。', fiveYear)).toEqual([
    ['20.1亿元', 'fixed-asset-investment', '2011'],
    ['41.6亿元', 'fixed-asset-investment', '2016'],
    ['15.6%', 'fixed-asset-investment', '2012-2016'],
  ]);
  expect(read('公共财政预算收入从4.74亿元增至5.3亿元。', fiveYear).map(([, i, p]) => [i, p])).toEqual([
    ['general-budget-revenue', '2011'],
    ['general-budget-revenue', '2016'],
  ]);
  expect(read('高新技术产业投资占比由17.6%提升到22.6%。').map(([, , p]) => p)).toEqual(['2021', '2022']);
  // Years named in the sentence keep their own reading; in a paragraph on five years the start is
  // the year before the five (real corpus r740).
  expect(read('地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元。').map(([, i, p]) => [i, p])).toEqual([
    ['gdp', '2010'],
    ['gdp', '2015'],
  ]);
  expect(read('五年来,各项指标大幅跨越。社会消费品零售总额由11.66亿元增加到29.33亿元。').map(([, i, p]) => [i, p])).toEqual([
    ['retail-sales', '2017'],
    ['retail-sales', '2022'],
  ]);
  // Measured differently, or across a sentence: no start (the output is the sector's own, 规模以上工业产值).
  expect(read('规模以上工业企业由115家增加到173家,产值由20亿元增加到50亿元。').map(([t, i]) => [t, i])).toEqual([
    ['115家', undefined],
    ['173家', undefined],
    ['20亿元', 'industrial-output'],
    ['50亿元', 'industrial-output'],
  ]);
});

test('more names from the corpus: 全部财政收入, 城镇人均可支配收入, 农村牧区常住居民…, 万元生产总值综合能耗; 累积, 到2021年 do not narrow', () => {
  expect(indicatorsOf('全部财政收入完成10.3亿元。')[0]).toEqual(['10.3亿元', 'total-fiscal-revenue']);
  expect(indicatorsOf('城镇人均可支配收入15810元。')[0]).toEqual(['15810元', 'urban-disposable-income']);
  expect(indicatorsOf('农村牧区常住居民人均可支配收入完成23830元。')[0]).toEqual(['23830元', 'rural-disposable-income']);
  expect(indicatorsOf('城镇和农村牧区常住居民人均可支配收入分别增长7%、8%。')).toEqual([
    ['7%', 'urban-disposable-income'],
    ['8%', 'rural-disposable-income'],
  ]);
  expect(indicatorsOf('万元生产总值综合能耗下降5.5%。')[0]).toEqual(['5.5%', 'energy-intensity']);
  expect(indicatorsOf('“十二五”期间累积完成全社会固定资产投资615亿元。')[0]).toEqual(['615亿元', 'fixed-asset-investment']);
  expect(indicatorsOf('到2021年全县生产总值170亿元。')[0]).toEqual(['170亿元', 'gdp']);
});

test('names of older reports (地方生产总值, 财政一般预算收入, 地方财政总收入, 城镇居民可支配收入); 预期, (下同) and a bullet do not narrow', () => {
  expect(indicatorsOf('全年完成地方生产总值201亿元。')[0]).toEqual(['201亿元', 'gdp']);
  expect(indicatorsOf('县财政一般预算收入20.61亿元。')[0]).toEqual(['20.61亿元', 'general-budget-revenue']);
  expect(indicatorsOf('地方财政总收入完成16亿元。')[0]).toEqual(['16亿元', 'total-fiscal-revenue']);
  expect(indicatorsOf('城镇居民可支配收入29880元,农村居民可支配收入14186元。')).toEqual([
    ['29880元', 'urban-disposable-income'],
    ['14186元', 'rural-disposable-income'],
  ]);
  expect(indicatorsOf('预期实现地方一般公共预算收入140.7亿元。')[0]).toEqual(['140.7亿元', 'general-budget-revenue']);
  expect(indicatorsOf('预计(下同)全县生产总值340亿元。')[0]).toEqual(['340亿元', 'gdp']);
  expect(indicatorsOf('●社会消费品零售总额131.75亿元。')[0]).toEqual(['131.75亿元', 'retail-sales']);
});

test('比增 is a change (Fujian\'s 比上年增长); 初步 and 全口径 do not narrow a name', () => {
  expect(indicatorsOf('规模以上工业增加值比增12.2%,社会消费品零售总额比增9.6%。')).toEqual([
    ['12.2%', 'industrial-value-added'],
    ['9.6%', 'retail-sales'],
  ]);
  expect(figures([review('社会消费品零售总额比降3%。')])[0]).toEqual(['3%', 'retail-sales', '2022', 'actual']);
  expect(extractMetrics({ data, blocks: [review('社会消费品零售总额比降3%。')] }, indicators).metrics[0]?.value).toBe(-3);
  expect(indicatorsOf('初步预计全区地区生产总值增长7%。')[0]).toEqual(['7%', 'gdp']);
  expect(indicatorsOf('实现全口径财政总收入138.3亿元。')[0]).toEqual(['138.3亿元', 'total-fiscal-revenue']);
  expect(indicatorsOf('实现地方财政一般预算收入100.09亿元。')[0]).toEqual(['100.09亿元', 'general-budget-revenue']);
});

test('a level reached from a dated start in a five-year review is the span\'s last year', () => {
  const fiveYear = { ...data, year: 2022, reviewPeriod: '2017-2021', planYear: 2022, coverage: 'five-year' } as ReportData;
  const got = extractMetrics({ data: fiveYear, blocks: [review('地区生产总值由2016年的5908亿元预计增至9500亿元。')] }, indicators).metrics;
  expect(got.map((m) => [m.text, m.indicator, m.period, m.role])).toEqual([
    ['5908亿元', 'gdp', '2016', 'actual'],
    ['9500亿元', 'gdp', '2021', 'estimate'],
  ]);
});
