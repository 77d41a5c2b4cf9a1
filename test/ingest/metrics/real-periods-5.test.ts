/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r1400–r1850 (session 11's audit), with the project's own indicator dictionary: each test quotes a
 * line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, ReportData } from '../../../src/model.ts';
import { paragraph, part, readFigures, reportData } from '../../helpers/figure-parts.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const read = (report: ReportData, block: Block) => readFigures(indicators, report, block, { indicator: true });

test('a news item\'s speaker and a target list\'s subject do not narrow the indicator after them (r1427, r1505)', () => {
  expect(read(reportData(2015, '2014'), part('other', '', '黄喜忠介绍称2014年预计全年实现地区生产总值2765亿元,增长8.6%。'))).toEqual([
    '2765亿元 2014 estimate gdp',
    '8.6% 2014 estimate gdp → 2765亿元',
  ]);
  expect(read(reportData(2023, '2022'), part('other', '', '2023年,顺德政府工作的主要目标是地区生产总值增长6%。'))).toEqual(['6% 2023 target gdp']);
  // A sector before the indicator still narrows it.
  expect(read(reportData(2015, '2014'), part('other', '', '全区服务业实现地区生产总值65亿元。'))).toEqual(['65亿元 2014 actual']);
});

test('herders\' net income and energy per unit of output named with 综合 are their indicators (r1481, r1432)', () => {
  const year = (text: string) => read(reportData(2014, '2013'), part('review', '一、2013年工作回顾', text, '2013'));
  expect(year('牧民人均纯收入9282元,增长13.2%。')).toEqual(['9282元 2013 actual rural-net-income', '13.2% 2013 actual rural-net-income → 9282元']);
  expect(year('单位生产总值综合能耗下降7%。')).toEqual(['7% 2013 actual energy-intensity']);
});

test('a change after a part in a closed bracket is the total\'s (r1522, r548, r1977)', () => {
  const term = (text: string) => read(reportData(2012, '2007-2011'), part('review', '一、过去五年工作回顾', text, '2007-2011'));
  expect(term('预计2011年全区生产总值达到96亿元(其中:新区21亿元),年均增长17%,是2006年的3倍。')).toEqual([
    '96亿元 2011 estimate gdp',
    '21亿元 2011 estimate',
    '17% 2007-2011 estimate gdp → 96亿元',
    '3倍 2011 estimate',
  ]);
  // A change inside the bracket is still the part's.
  expect(read(reportData(2021, '2020'), part('review', '一、2020年工作回顾', '实现地区生产总值2266.1亿元,增长2.4%(区本级1976.7亿元,增长2%)。', '2020'))).toEqual([
    '2266.1亿元 2020 actual gdp',
    '2.4% 2020 actual gdp → 2266.1亿元',
    '1976.7亿元 2020 actual',
    '2% 2020 actual → 1976.7亿元',
  ]);
});

test('a target sentence opening on a year ahead (力争到2021年,) reaches its levels by then, its averages and totals over the years to it (r1545, r1591, r1854)', () => {
  const news = reportData(2016, '2016', 2017, '集美区');
  expect(read(news, part('other', '', '力争到2021年,地区生产总值年均增长9.1%,规上工业产值突破1000亿元,五年累计固定资产投资2000亿元。'))).toEqual([
    '9.1% 2017-2021 target gdp',
    '1000亿元 2021 target industrial-output',
    '2000亿元 2017-2021 target fixed-asset-investment',
  ]);
  expect(read(reportData(2021, '2017-2021', 2022), part('plan', '开启新征程奋力攻坚三大战略目标', '主要发展目标是:力争到2026年,GDP突破4200亿元。'))).toEqual(['4200亿元 2026 target gdp']);
});

test('an average since a base year the sentence compares with runs from the year after it, through all the sentence\'s parts (r1545; r207, r502, r829)', () => {
  const news = reportData(2016, '2016', 2017, '集美区');
  expect(read(news, part('other', '', '预计2016年集美全区实现生产总值562亿元,同2011年相比,年均增长9.3%;财政总收入105.25亿元,年均增长16%。'))).toEqual([
    '562亿元 2016 estimate gdp',
    '9.3% 2012-2016 estimate gdp → 562亿元',
    '105.25亿元 2016 actual total-fiscal-revenue',
    '16% 2012-2016 actual total-fiscal-revenue → 105.25亿元',
  ]);
  // In a term review, the level of a sentence after such a one is still the last year's.
  const term = read(reportData(2007, '2002-2006', 2007, '乐亭县'), part('review', '一、十三届政府工作回顾', '2006年,全县地区生产总值完成140.1亿元,比2002年增长86.5%,年均增长16.9%。实际利用外资1281万美元。', '2002-2006'));
  expect(term.filter((f) => /16.9%|1281/u.test(f))).toEqual(['16.9% 2003-2006 actual gdp → 140.1亿元', '1281万美元 2006 actual actual-foreign-investment']);
});

test('a heading naming one five-year plan and no year: a term over before the plan year is reviewed, one from it on planned (r1746, r1732)', () => {
  const report = reportData(2026, '2025', 2026);
  expect(read(report, part('other', '二、“十四五”·足迹:', '地区生产总值年均增长4.8%,固定资产投资年均增长10.1%。'))).toEqual([
    '4.8% 2021-2025 actual gdp',
    '10.1% 2021-2025 actual fixed-asset-investment',
  ]);
  expect(read(report, part('plan', '“十五五”时期主要目标', '地区生产总值年均增长5%左右,一般公共预算收入年均增长2.5%。', '2026'))).toEqual([
    '5% 2026-2030 target gdp',
    '2.5% 2026-2030 target general-budget-revenue',
  ]);
  // A heading that also names a year is left to its sentences.
  expect(read(report, part('plan', '二、“十五五”时期目标和2026年工作', '地区生产总值增长5%。', '2026'))).toEqual(['5% 2026 target gdp']);
});

test('a sentence set in the term the reviewed year ends counts its work over the term, not the levels it reaches (r1656)', () => {
  const report = reportData(2020, '2020', 2021, '城关区');
  expect(read(report, part('other', '', '《报告》称,“十三五”时期,拉萨市城关区投入扶贫资金21140.5万元,实现产业项目14个,累计实现分红1479.403万元,人均增收4170元。'))).toEqual([
    '21140.5万元 2016-2020 actual',
    '14个 2016-2020 actual',
    '1479.403万元 2016-2020 actual',
    '4170元 2016-2020 actual',
  ]);
  expect(read(report, part('other', '', '“十三五”时期,森林覆盖率达75.88%,地区生产总值达到371.2亿元。'))).toEqual(['75.88% 2020 actual', '371.2亿元 2020 actual gdp']);
});

test('a change in real terms (实际分别增长) or with 同比 after its word (增长同比) is the change of the levels before it (r1504, r1475; r249, r548)', () => {
  const year = (text: string) => read(reportData(2011, '2010'), part('review', '一、2010年工作回顾', text, '2010'));
  expect(year('城镇居民人均可支配收入、农民人均纯收入达到31500元和15938元,实际分别增长8.3%和10.3%。').slice(2)).toEqual([
    '8.3% 2010 actual urban-disposable-income → 31500元',
    '10.3% 2010 actual rural-net-income → 15938元',
  ]);
  expect(year('500万元以上固定资产投资181.92亿元,增长同比13.5%。')[1]).toBe('13.5% 2010 actual fixed-asset-investment → 181.92亿元');
});

test('a level counted up to the last year\'s estimate (提高到预计的) is the start\'s indicator, counted from the year before the term (r1783)', () => {
  const term = read(reportData(2022, '2017-2021', 2022, '官渡区'), part('review', '一、过去五年工作回顾', '五年来,官渡区地区生产总值从1002.16亿元提高到预计的1420亿元,年均增速5.8%。', '2017-2021'));
  expect(term).toEqual([
    '1002.16亿元 2016 actual gdp',
    '1420亿元 2021 estimate gdp',
    '5.8% 2017-2021 estimate gdp → 1420亿元',
  ]);
});

test('in a term review, a rate the term raised to is its last year\'s; the work beside it stays the term\'s (r1637; r106, r703, r1672)', () => {
  const term = (text: string) => read(reportData(2022, '2017-2021'), part('review', '一、过去五年工作回顾', text, '2017-2021'));
  expect(term('实施水土流失综合治理31.3平方公里,完成营造林136.5万亩,森林覆盖率提升到63.65%。')).toEqual([
    '31.3平方公里 2017-2021 actual',
    '136.5万亩 2017-2021 actual',
    '63.65% 2021 actual',
  ]);
});

test('in an excerpt with no part headings, the sections after the plan year\'s targets are the plan\'s (r1541)', () => {
  const block: Block = {
    ...part('other', '', '2015年,二七区经济社会发展主要预期目标是:地区生产总值增长8%;固定资产投资增长18%。'),
    heading: undefined,
    marker: '',
  };
  block.children.push({
    type: 'section',
    id: 's1-1',
    marker: '(一)',
    heading: { text: '(一)坚持全域发展,着力优化提升产业结构', spans: [], line: 2 },
    children: [paragraph('尽快完成新区剩余拆迁,实现新增报地2000亩以上,建成鼎盛大道、杏梁路等18条道路。', 's1-1-p1')],
  });
  expect(read(reportData(2015, '2014', 2015, '二七区'), block)).toEqual([
    '8% 2015 target gdp',
    '18% 2015 target fixed-asset-investment',
    '2000亩 2015 target',
    '18条 2015 target',
  ]);
});

test('in a term review, a rate or share it reached (达, 达到) is its last year\'s, and a level beside a change since the term\'s start still is (r1746; r300, r1617)', () => {
  const term = (text: string) => read(reportData(2017, '2012-2016'), part('review', '一、过去五年主要工作', text, '2012-2016'));
  expect(term('全社会研发投入占地区生产总值比重达到2.7%,科技进步贡献率达到61.7%。引进13家研发机构。')).toEqual([
    '2.7% 2016 actual',
    '61.7% 2016 actual',
    '13家 2012-2016 actual',
  ]);
  expect(term('市级以上龙头企业发展到12家,农业产业化率达到68.2%,比2011年提高了18.2个百分点。')).toEqual([
    '12家 2016 actual',
    '68.2% 2016 actual',
    '18.2个百分点 2012-2016 actual',
  ]);
});

test('a sentence opening on the aim (2015年目标,) is the plan\'s, though it says 预计 (r1427)', () => {
  expect(read(reportData(2015, '2014', 2015, '顺德区'), part('other', '', '2015年目标,将预计实现地区生产宗旨增长8.5%。'))).toEqual(['8.5% 2015 target']);
  // An estimate opening the sentence is still one.
  expect(read(reportData(2015, '2014', 2015, '顺德区'), part('other', '', '预计全年实现地区生产总值增长8.6%。'))).toEqual(['8.6% 2014 estimate gdp']);
});
