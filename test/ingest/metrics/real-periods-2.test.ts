/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r610–r913 (session 8's audit), with the project's own indicator dictionary: each test quotes a
 * line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, ReportData } from '../../../src/model.ts';
import { extractMetrics } from '../../../src/ingest/metrics/index.ts';
import { part, readFigures, reportData, term, yearly } from '../../helpers/figure-parts.ts';
import { blockTiming, spanNamed } from '../../../src/ingest/metrics/period.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const data = reportData;
const read = (report: ReportData, block: Block) => readFigures(indicators, report, block, { indicator: true });
const yearReview = (text: string) => read(yearly, part('review', '一、2019年工作回顾', text, '2019'));
const termReview = (text: string) => read(term, part('review', '一、过去五年工作回顾', text, '2012-2016'));

test('an estimate opening a sentence after 初步, a year or a short lead holds through its `；` parts', () => {
  expect(yearReview('初步预计,全年实现地区生产总值2358亿元,增长10%;固定资产投资606亿元,增长8.8%。')).toEqual([
    '2358亿元 2019 estimate gdp',
    '10% 2019 estimate gdp → 2358亿元',
    '606亿元 2019 estimate fixed-asset-investment',
    '8.8% 2019 estimate fixed-asset-investment → 606亿元',
  ]);
  expect(yearReview('2019年预计,地区生产总值实现520亿元;固定资产投资完成225亿元。')).toEqual([
    '520亿元 2019 estimate gdp',
    '225亿元 2019 estimate fixed-asset-investment',
  ]);
  expect(yearReview('经济运行方面,预计全年,完成地区生产总值890亿元以上;固定资产投资231亿元。')).toEqual([
    '890亿元 2019 estimate gdp',
    '231亿元 2019 estimate fixed-asset-investment',
  ]);
  // 据初步统计 is counted, not estimated.
  expect(yearReview('据初步统计,全区实现生产总值325.9亿元;固定资产投资231亿元。')).toEqual([
    '325.9亿元 2019 actual gdp',
    '231亿元 2019 actual fixed-asset-investment',
  ]);
});

test('a note that the figures are estimated holds on, for the level of the change it follows too', () => {
  expect(yearReview('全年完成地区生产总值595亿元,增长5.5%(预计,同比,下同);固定资产投资307亿元,增长8%。')).toEqual([
    '595亿元 2019 estimate gdp',
    '5.5% 2019 estimate gdp → 595亿元',
    '307亿元 2019 estimate fixed-asset-investment',
    '8% 2019 estimate fixed-asset-investment → 307亿元',
  ]);
  expect(yearReview('地区生产总值从250.3亿元增长到340亿元(2019年指标为预计数,下同),年均增长7.3%。')[1]).toBe('340亿元 2019 estimate gdp');
});

test('预计 in the middle of a list is for its own clause only, not the figures after it', () => {
  expect(yearReview('外贸进出口增长6.6%,实际使用外资预计1.3亿美元、增长146%,金融机构存贷款余额增长16.82%。')).toEqual([
    '6.6% 2019 actual import-export',
    '1.3亿美元 2019 estimate',
    '146% 2019 estimate → 1.3亿美元',
    '16.82% 2019 actual',
  ]);
  // A count that is the subject of the estimated clause does not stop it.
  expect(yearReview('支柱产业进一步壮大,61户规模以上工业企业预计完成工业增加值102亿元,拉动经济增长28个百分点。')).toEqual([
    '61户 2019 actual',
    '102亿元 2019 estimate industrial-value-added',
    '28个百分点 2019 estimate',
  ]);
});

test('a term review: a change with no level and nothing compared is the last year\'s', () => {
  expect(termReview('农林牧渔业总产值102亿元,增长4.5%;规上工业增加值增长7.6%;固定资产投资下降9.8%。')).toEqual([
    '102亿元 2016 actual',
    '4.5% 2016 actual → 102亿元',
    '7.6% 2016 actual industrial-value-added',
    '9.8% 2016 actual fixed-asset-investment',
  ]);
  // Changes over the term stay the term's.
  expect(termReview('规上工业增加值年均增长7.6%,固定资产投资比2011年增长80%。')).toEqual([
    '7.6% 2012-2016 actual industrial-value-added',
    '80% 2012-2016 actual fixed-asset-investment',
  ]);
});

test('a term review: a level measured against the year before the term is the last year\'s', () => {
  expect(termReview('一般公共预算收入突破10亿元,是2011年的2.1倍;城乡居民人均可支配收入达到32055元、15301元,分别是2011年的1.4倍和1.6倍。')).toEqual([
    '10亿元 2016 actual general-budget-revenue',
    '2.1倍 2016 actual',
    '32055元 2016 actual urban-disposable-income',
    '15301元 2016 actual rural-disposable-income',
    '1.4倍 2016 actual',
    '1.6倍 2016 actual',
  ]);
});

test('a term review: the end of a plan, 今年, and a month\'s end date a figure; 去年同期 is a comparison', () => {
  const plan = data(2021, '2016-2020');
  expect(read(plan, part('review', '一、十三五工作回顾', '预计十三五末,全区地区生产总值突破400亿元,年均增长6.2%;人均生产总值7.9万元。', '2016-2020'))).toEqual([
    '400亿元 2020 estimate gdp',
    '6.2% 2016-2020 estimate gdp → 400亿元',
    '7.9万元 2020 estimate',
  ]);
  const endOfYear = data(2007, '2003-2007', 2008);
  expect(read(endOfYear, part('review', '一、本届政府工作的回顾', '预计今年完成地区生产总值286亿元,是2002年的2.75倍,年均增长22.4%。', '2003-2007'))).toEqual([
    '286亿元 2007 estimate gdp',
    '2.75倍 2007 estimate',
    '22.4% 2003-2007 estimate gdp → 286亿元',
  ]);
  const late = data(2017, '2013-2017', 2018);
  expect(read(late, part('review', '一、2017年和过去五年工作回顾', '截止10月底,主营业务收入增长81.5%,利润总额是去年同期的4.7倍,亏损总额下降2.6%。', '2013-2017'))).toEqual([
    '81.5% 2017 actual',
    '4.7倍 2017 actual',
    '2.6% 2017 actual',
  ]);
});

test('a level counted up in a paragraph on five years starts the year before the five', () => {
  expect(yearReview('五年来,经济实力跨越发展。社会消费品零售总额从382亿元增长到500亿元,年均增长8.4%。')).toEqual([
    '382亿元 2014 actual retail-sales',
    '500亿元 2019 actual retail-sales',
    '8.4% 2015-2019 actual retail-sales → 500亿元',
  ]);
});

test('“十五” and 九五 are plans only as such: in quotes or before 时期, 期间, 计划', () => {
  const base = blockTiming({ role: 'review', kind: 'part', period: '2005' }, data(2006, '2005'));
  expect(spanNamed('一、2005年及“十五”时期工作回顾', base)).toBe('2001-2005');
  expect(spanNamed('十五期间,全区累计完成投资', base)).toBe('2001-2005');
  expect(spanNamed('区第十五届人民代表大会第三次会议', base)).toBeUndefined();
  expect(spanNamed('编制“十五五”规划', base)).toBe('2026-2030');
});

test('a level in brackets after its change is the change\'s indicator and level', () => {
  expect(yearReview('全区地区生产总值增长5.9%(达到1133.16亿元),规上工业总产值增长5.5%(达到955.33亿元)。')).toEqual([
    '5.9% 2019 actual gdp → 1133.16亿元',
    '1133.16亿元 2019 actual gdp',
    '5.5% 2019 actual industrial-output → 955.33亿元',
    '955.33亿元 2019 actual industrial-output',
  ]);
});

test('a change qualifies its level, not an amount of change, a plan met or a threshold passed', () => {
  expect(yearReview('一般公共预算收入38941万元,完成预算的107.47%,同比增收7796万元,增长25.03%。')[3]).toBe('25.03% 2019 actual general-budget-revenue → 38941万元');
  expect(yearReview('一般公共预算收入完成47.98亿元,完成调整预算101%,较上年增长13.4%。')[2]).toBe('13.4% 2019 actual general-budget-revenue → 47.98亿元');
  expect(termReview('2016年,全区生产总值达到279亿元,较2011年净增83.4亿元,年均增长7.2%。')[2]).toBe('7.2% 2012-2016 actual gdp → 279亿元');
  expect(termReview('预计2016年地区生产总值完成201.6亿元,突破200亿元关口,五年年均增长6.2%。')[2]).toBe('6.2% 2012-2016 estimate gdp → 201.6亿元');
  // Changes stated 按可比口径, 现价 or 与上年同期相比(下同) are still the level's.
  expect(yearReview('公共财政预算收入实现12.24亿元,按可比口径增长2%。')[1]).toBe('2% 2019 actual general-budget-revenue → 12.24亿元');
  expect(yearReview('一般公共预算收入27.95亿元、与上年同期相比(下同)增长7.17%。')[1]).toBe('7.17% 2019 actual general-budget-revenue → 27.95亿元');
  expect(yearReview('同比增长(下同)5%,第一产业增加值增长6%。')[0]).toBe('5% 2019 actual');
});

test('changes written 削减, 增速高达 or spaced by a PDF are changes', () => {
  expect(yearReview('化学需氧量和二氧化硫的排放量分别削减8.35%和5.81%。')).toEqual(['8.35% 2019 actual', '5.81% 2019 actual']);
  const { metrics } = extractMetrics({ data: yearly, blocks: [part('review', '一、2019年工作回顾', '排放量分别削减8.35%和5.81%,电子信息产业年均增速高达43.12%,利税、利润同比分别增长 14.5%、14.7 %和 19.5%。', '2019')] }, indicators);
  expect(metrics.map((m) => [m.unitKind, m.value])).toEqual([
    ['growth-rate', -8.35],
    ['growth-rate', -5.81],
    ['growth-rate', 43.12],
    ['growth-rate', 14.5],
    ['growth-rate', 14.7],
    ['growth-rate', 19.5],
  ]);
});

test('indicators named with the district, a bracketed note, a threshold or a verb inside', () => {
  const county = data(2009, '2008', 2009, '汶上县');
  expect(read(county, part('review', '一、2008年工作回顾', '初步测算,2008年,汶上县完成GDP 115亿元,现价增长27.7%。', '2008'))).toEqual([
    '115亿元 2008 actual gdp',
    '27.7% 2008 actual gdp → 115亿元',
  ]);
  const zone = data(2019, '2018', 2019, '平房区');
  expect(read(zone, part('review', '一、2018年工作回顾', '预计2018年平房区(哈经开区)地区生产总值同比增长6%左右。', '2018'))).toEqual(['6% 2018 estimate gdp']);
  expect(yearReview('初步核算全年GDP达1284.61亿元;全年地区生产总值(预计,下同)820亿元。')).toEqual([
    '1284.61亿元 2019 actual gdp',
    '820亿元 2019 estimate gdp',
  ]);
  expect(yearReview('全区500万元以上固定资产投资完成25.66亿元;规模以上工业实现增加值42.97亿元;规模以上工业企业总产值1265亿元。')).toEqual([
    '25.66亿元 2019 actual fixed-asset-investment',
    '42.97亿元 2019 actual industrial-value-added',
    '1265亿元 2019 actual industrial-output',
  ]);
  // A share of an indicator is not the indicator.
  expect(yearReview('服务业增加值占比年均增长2.3%。')).toEqual(['2.3% 2019 actual']);
  // Names of real reports: 城市居民 are urban, 本级收入 is the budget revenue, 消费品零售额 retail sales.
  expect(yearReview('城市居民人均可支配收入28757元;一般公共预算本级收入6.91亿元;实现消费品零售额176亿元;城镇和农村人均可支配收入分别达到4.12万元和2万元。')).toEqual([
    '28757元 2019 actual urban-disposable-income',
    '6.91亿元 2019 actual general-budget-revenue',
    '176亿元 2019 actual retail-sales',
    '4.12万元 2019 actual urban-disposable-income',
    '2万元 2019 actual rural-disposable-income',
  ]);
});

test('a list of the plan\'s aims led by 努力目标为 is the plan year\'s targets through its `；` parts', () => {
  const plan = data(2025, '2024', 2025);
  expect(read(plan, part('other', '', '建议2025年全县经济社会发展的努力目标为:全区生产总值增长7%;固定资产投资增长10%以上。'))).toEqual([
    '7% 2025 target gdp',
    '10% 2025 target fixed-asset-investment',
  ]);
});

test('a bare measure (增加值, 总产值) is of the sector its sentence named last', () => {
  expect(yearReview('规模以上工业实现总产值218亿元、增加值61亿元,分别增长25%和17%。')).toEqual([
    '218亿元 2019 actual industrial-output',
    '61亿元 2019 actual industrial-value-added',
    '25% 2019 actual industrial-output → 218亿元',
    '17% 2019 actual industrial-value-added → 61亿元',
  ]);
  expect(yearReview('全区规模以上工业企业达到186家;完成增加值53.9亿元。')[1]).toBe('53.9亿元 2019 actual industrial-value-added');
  // Modern services are not all services.
  expect(yearReview('现代服务业实现增加值1300亿元。')).toEqual(['1300亿元 2019 actual']);
});

test('a term review: a level with its change 现价 or 按可比口径 is the last year\'s; 共完成 over a plan named is its total', () => {
  expect(termReview('工业经济稳中有进,规上工业总产值1818亿元,现价增长24.2%。')).toEqual([
    '1818亿元 2016 actual industrial-output',
    '24.2% 2016 actual industrial-output → 1818亿元',
  ]);
  const review2005 = data(2006, '2005');
  expect(read(review2005, part('review', '一、2005年及“十五”时期工作回顾', '“十五”期间,全区共完成固定资产投资267.15亿元,是“九五”期间的2.45倍。', '2005'))[0]).toBe(
    '267.15亿元 2001-2005 actual fixed-asset-investment',
  );
});

test('the names of older statistics: 规模以上/城镇以上固定资产投资, 单位地区生产总值能耗, 经济总量', () => {
  expect(yearReview('完成规模以上固定资产投资55亿元;城镇以上固定资产投资26亿元;单位地区生产总值能耗下降7.07%;经济总量突破2000亿元。')).toEqual([
    '55亿元 2019 actual fixed-asset-investment',
    '26亿元 2019 actual fixed-asset-investment',
    '7.07% 2019 actual energy-intensity',
    '2000亿元 2019 actual gdp',
  ]);
});

test('a term review: a sentence whose figures are of the last year dates the levels it states for the term', () => {
  expect(termReview('预计全区地区生产总值663亿元,增长9%;实际利用外资1815万元,完成年度任务的100.8%;城镇登记失业率5%。')).toEqual([
    '663亿元 2016 estimate gdp',
    '9% 2016 estimate gdp → 663亿元',
    '1815万元 2016 actual actual-foreign-investment',
    '100.8% 2016 actual',
    '5% 2016 actual registered-unemployment-rate',
  ]);
  // An amount of change over the term keeps the term.
  expect(termReview('存款余额达31.14亿元,比2011年末增加23.66亿元;城镇居民人均可支配收入12318元,增长9%。')).toEqual([
    '31.14亿元 2016 actual',
    '23.66亿元 2012-2016 actual',
    '12318元 2016 actual urban-disposable-income',
    '9% 2016 actual urban-disposable-income → 12318元',
  ]);
});

test('an estimate note does not make a past year\'s figure an estimate', () => {
  const review = data(2021, '2020');
  expect(read(review, part('review', '一、“十三五”时期和2020年工作回顾', '2020年完成地区生产总值(预计,下同)820亿元;人均GDP由2015年52092元提高到73182元。', '2020'))).toEqual([
    '820亿元 2020 estimate gdp',
    '52092元 2015 actual',
    '73182元 2020 estimate',
  ]);
});

test('a term review: 一般公共预算收入 in a list of the last year is the last year\'s (公共 is no 共)', () => {
  expect(termReview('预计地区生产总值增长6%左右,一般公共预算收入完成18.8亿元,城镇常住居民人均可支配收入增长7%左右。')).toEqual([
    '6% 2016 estimate gdp',
    '18.8亿元 2016 estimate general-budget-revenue',
    '7% 2016 estimate urban-disposable-income',
  ]);
});
