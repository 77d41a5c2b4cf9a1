/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r3011–r3116 (session 13's figures audit), with the project's own indicator dictionary: each test
 * quotes a line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, ReportData } from '../../../src/model.ts';
import { extractMetrics } from '../../../src/ingest/metrics/index.ts';
import { paragraph, part, readFigures, reportData } from '../../helpers/figure-parts.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const read = (report: ReportData, block: Block) => readFigures(indicators, report, block, { indicator: true });

test('`我区实现地区生产总值` names the district\'s own indicator, as `全区` does (r3049; r380, r926, r1026, r1139, r1321, r1983, r2513)', () => {
  const district = reportData(2015, '2014');
  expect(read(district, part('review', '一、2014年工作回顾', '我区实现地区生产总值1251.48亿元,同比(下同)增长9.3%;一般公共预算收入50.5亿元,增长8.3%。', '2014'))).toEqual([
    '1251.48亿元 2014 actual gdp',
    '9.3% 2014 actual gdp → 1251.48亿元',
    '50.5亿元 2014 actual general-budget-revenue',
    '8.3% 2014 actual general-budget-revenue → 50.5亿元',
  ]);
  expect(read(reportData(2023, '2022', 2023, '某某县'), part('review', '一、2022年工作回顾', '2022年,我县地区生产总值突破400亿元大关,达到417亿元。', '2022'))).toEqual([
    '400亿元 2022 actual gdp',
    '417亿元 2022 actual gdp',
  ]);
});

test('`规模工业总产值` is the output above designated size, as `规模工业增加值` is its value added (r3043; r221, r604, r745, r846, r2080, r2438, r2674)', () => {
  expect(read(reportData(2014, '2013'), part('review', '一、2013年工作回顾', '完成规模工业总产值129.8亿元、增加值41.9亿元,分别增长19.6%、12.7%。', '2013'))).toEqual([
    '129.8亿元 2013 actual industrial-output',
    '41.9亿元 2013 actual industrial-value-added',
    '19.6% 2013 actual industrial-output → 129.8亿元',
    '12.7% 2013 actual industrial-value-added → 41.9亿元',
  ]);
});

test('`由“十一五”末的55.8亿元增加到2015年的128.7亿元,年均增长12%`: the start is the plan\'s last year, the average over the years after it (r3090; r900, r1702)', () => {
  const report = reportData(2016, '2011-2015');
  expect(read(report, part('review', '一、“十二五”工作回顾', '预计地区生产总值由“十一五”末的55.8亿元增加到2015年的128.7亿元,年均增长12%,是“十一五”末的2.3倍。', '2011-2015'))).toEqual([
    '55.8亿元 2010 actual gdp',
    '128.7亿元 2015 estimate gdp',
    '12% 2011-2015 estimate gdp → 128.7亿元',
    '2.3倍 2011-2015 estimate',
  ]);
  // Counted to a year ahead: the average is over the plan after the one named.
  expect(read(reportData(2026, '2021-2025', 2026, '某某县'), part('review', '一、“十四五”工作回顾', '全县地区生产总值(预计数,下同)从“十三五”末的117亿元增长至2025年的163亿元,年均增长6.4%。', '2021-2025'))).toEqual([
    '117亿元 2020 actual gdp',
    '163亿元 2025 estimate gdp',
    '6.4% 2021-2025 estimate gdp → 163亿元',
  ]);
});

test('`力争“十四五”末新能源产业产值达到50亿元` in a year\'s plan: a level aimed at for the plan\'s end is its last year\'s (r3097)', () => {
  expect(read(reportData(2023, '2022'), part('plan', '二、2023年工作安排', '加快推进氢能装备制造项目,力争“十四五”末新能源产业产值达到50亿元。力争2家企业进入上市辅导期。', '2023'))).toEqual([
    '50亿元 2025 target',
    '2家 2023 target',
  ]);
});

test('a news item\'s opening `…作政府工作报告。2023年,博山区将立足…` leads the plan year\'s work: the items after it are targets (r3097)', () => {
  const report = reportData(2023, '2022');
  const block: Block = part('other', '', '1月7日上午,博山区第十九届人民代表大会第二次会议开幕,区长朱玉友作政府工作报告。2023年,博山区将立足“三大目标”,统筹推进经济社会发展。');
  block.children.push({ type: 'paragraph', id: 's1-p2', text: '全面提升传统产业。实施重点技改项目160个以上。培育10家工业互联网示范企业。', spans: [], line: 2 });
  expect(read(report, block)).toEqual(['160个 2023 target', '10家 2023 target']);
  // A year's review after the report's opening is still the year's.
  const review: Block = part('other', '', '1月7日上午,博山区第十九届人民代表大会第二次会议开幕,区长朱玉友作政府工作报告。2022年,全区地区生产总值增长5%。');
  review.children.push({ type: 'paragraph', id: 's1-p2', text: '实施重点技改项目160个。', spans: [], line: 2 });
  expect(read(report, review)).toEqual(['5% 2022 actual gdp', '160个 2022 actual']);
});

test('`一年来,我们主要做了以下几个方面工作:` in a review of the year and the term: the sections after it are the year\'s, until the text turns to the term (r3031; r1459)', () => {
  const report = reportData(2022, '2017-2021');
  const block: Block = part('review', '一、2021年和本届政府工作回顾', '预计,全年实现地区生产总值270.5亿元、增长4.6%。', '2017-2021');
  block.children.push({ type: 'paragraph', id: 's1-p2', text: '一年来,我们主要做了以下几个方面工作:', spans: [], line: 2 });
  block.children.push({
    type: 'section',
    id: 's1-1',
    marker: '(一)',
    heading: { text: '(一)坚持强实体、兴产业,经济基础更加坚实', spans: [], line: 3 },
    children: [{ type: 'paragraph', id: 's1-1-p1', text: '三大主导产业实现产值49亿元。新增战新企业6家、实现产值10.5亿元。', spans: [], line: 4 }],
  });
  block.children.push({
    type: 'section',
    id: 's1-2',
    marker: '(二)',
    heading: { text: '(二)过去五年工作回顾', spans: [], line: 5 },
    children: [{ type: 'paragraph', id: 's1-2-p1', text: '新增规上工业企业120家。', spans: [], line: 6 }],
  });
  expect(read(report, block)).toEqual([
    '270.5亿元 2021 estimate gdp',
    '4.6% 2021 estimate gdp → 270.5亿元',
    '49亿元 2021 actual',
    '6家 2021 actual',
    '10.5亿元 2021 actual',
    '120家 2017-2021 actual',
  ]);
});

test('`走访企业3.14万家次`, `举办活动72场次`, `航班297架次`: visits, sessions and flights counted, their measure word whole (r3115; 14 more in 12 texts)', () => {
  expect(read(reportData(2020, '2019'), part('review', '2019年工作回顾', '累计走访企业3.14万家次,解决问题2600余个。举办促消费活动100场次以上,口岸出入境航班297架次,对接客商297批次。解决两批次67名下岗退役士兵再就业诉求。', '2019'))).toEqual([
    '3.14万家次 2019 actual',
    '2600余个 2019 actual',
    '100场次 2019 actual',
    '297架次 2019 actual',
    '297批次 2019 actual',
    '67名 2019 actual',
  ]);
});

test('a paragraph opening `“十一五”期间,…` in a review of the term and its last year: a total its later sentences count is the term\'s (r794)', () => {
  const report = reportData(2011, '2010');
  expect(read(report, part('review', '一、“十一五”时期和2010年经济社会发展回顾', '“十一五”期间,区政府认真贯彻落实科学发展观。经济实力持续增强,累计完成出口商品总值16.18亿美元。全年新增企业120家。', '2010'))).toEqual([
    '16.18亿美元 2006-2010 actual',
    '120家 2010 actual',
  ]);
});

test('a total under a heading naming the term and its last year (`一、“十三五”时期及2020年工作回顾`) is the term\'s, a stock reached the year\'s (r3022; r154, r1742)', () => {
  const report = reportData(2021, '2020');
  expect(read(report, part('review', '一、“十三五”时期及2020年工作回顾', '综合实力迈上新台阶。累计完成固定资产投资6800亿元、年均增长5.3%。国内外航线累计达到60条。', '2020'))).toEqual([
    '6800亿元 2016-2020 actual fixed-asset-investment',
    '5.3% 2016-2020 actual fixed-asset-investment → 6800亿元',
    '60条 2020 actual',
  ]);
});

test('a text that lists its parts\' headings before its body: a paragraph repeating an earlier part\'s heading starts that part again (r3104; r632, r2329 and 12 more texts)', () => {
  const review = part('review', '一、2023年工作回顾', '', '2023');
  review.children = [];
  const plan = { ...part('plan', '二、2024年主要任务', '', '2024'), id: 's2' };
  plan.children = [];
  const last = { ...part('plan', '三、全面推进服务型政府建设', '', '2024'), id: 's3' };
  last.children = [
    paragraph('2024年浦东新区政府工作报告', 's3-p1'),
    paragraph('一、2023年工作回顾', 's3-p2'),
    paragraph('一年来,全年地区生产总值达到16715.15亿元,一般公共预算收入1300.81亿元、同比增长9.1%。', 's3-p3'),
    paragraph('二、2024年主要任务', 's3-p4'),
    paragraph('新设各类市场主体5万户。', 's3-p5'),
  ];
  const { metrics } = extractMetrics({ data: reportData(2024, '2023'), blocks: [review, plan, last] }, indicators);
  expect(metrics.map((m) => `${m.text} ${m.period} ${m.role}${m.indicator ? ` ${m.indicator}` : ''}`)).toEqual([
    '16715.15亿元 2023 actual gdp',
    '1300.81亿元 2023 actual general-budget-revenue',
    '9.1% 2023 actual general-budget-revenue',
    '5万户 2024 target',
  ]);
});

test('`固定资产投资突破百亿大关,由46.43亿元增加到128.8亿元`: a start with no words of its own is of the clause before\'s subject (r3090)', () => {
  expect(read(reportData(2016, '2011-2015'), part('review', '一、“十二五”工作回顾', '固定资产投资突破百亿大关,由46.43亿元增加到128.8亿元,年均增长21.7%。', '2011-2015'))).toEqual([
    '46.43亿元 2010 actual fixed-asset-investment',
    '128.8亿元 2015 actual fixed-asset-investment',
    '21.7% 2011-2015 actual fixed-asset-investment → 128.8亿元',
  ]);
});

test('`装机容量100兆瓦`, `清洁能源装机规模达到1449兆瓦`: megawatts are read, in kilowatts (r3097, r3098; r391, r606, r637, r1144, r1443, r1630)', () => {
  const { metrics } = extractMetrics({ data: reportData(2020, '2019'), blocks: [part('review', '一、2019年工作回顾', '清洁能源装机规模达到1449兆瓦,190.8兆瓦村级光伏扶贫项目全部并网运行。', '2019')] }, indicators);
  expect(metrics.map((m) => `${m.text} ${m.value} ${m.baseUnit} ${m.unitKind}`)).toEqual(['1449兆瓦 1449000 千瓦 power', '190.8兆瓦 190800 千瓦 power']);
});

test('`地区生产总值增长8.7%、达到9651.4亿元`: a level reached right after its change is the change\'s level (r3103; 31 more in 14 texts)', () => {
  const report = reportData(2018, '2017');
  expect(read(report, part('review', '一、2017年工作回顾', '地区生产总值增长8.7%、达到9651.4亿元;森林覆盖率提高1.04个百分点,达到33.14%。', '2017'))).toEqual([
    '8.7% 2017 actual gdp → 9651.4亿元',
    '9651.4亿元 2017 actual gdp',
    '1.04个百分点 2017 actual → 33.14%',
    '33.14% 2017 actual',
  ]);
  // Changes stated with 分别 keep their own subjects; a change in points reaches no year count.
  expect(read(report, part('review', '一、2017年工作回顾', '城镇与农村居民人均可支配收入分别增长8%和8.1%,达到48620元和20660元。空气优良率同比上升6.4个百分点,达到5年最好水平。', '2017'))).toEqual([
    '8% 2017 actual urban-disposable-income',
    '8.1% 2017 actual rural-disposable-income',
    '48620元 2017 actual urban-disposable-income',
    '20660元 2017 actual rural-disposable-income',
    '6.4个百分点 2017 actual',
    '5年 2017 actual',
  ]);
});

test('`累计开工建设144万平方米,竣工96万平方米`: a bare verb of the same work right after a total is a total too (r3044)', () => {
  expect(read(reportData(2021, '2020', 2021, '某某县'), part('review', '一、“十三五”及2020年工作回顾', '五年来,标准化厂房建设成效显著,累计开工建设144万平方米,竣工96万平方米;累计入园企业达121家,投产87家。', '2020'))).toEqual([
    '144万平方米 2016-2020 actual construction-started',
    '96万平方米 2016-2020 actual construction-completed',
    '121家 2016-2020 actual',
    '87家 2016-2020 actual',
  ]);
});
