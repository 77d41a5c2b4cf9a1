/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r914–r1399 (session 9's audit), with the project's own indicator dictionary: each test quotes a
 * line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, Report, ReportData } from '../../../src/model.ts';
import { extractMetrics } from '../../../src/ingest/metrics/index.ts';
import { paragraph, part, readFigures, reportData } from '../../helpers/figure-parts.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const read = (report: ReportData, block: Block) => readFigures(indicators, report, block, { indicator: true });
/** A budget report delivered mid-2022 on the half-year, with the last year's accounts (决算) before it. */
const halfYear = reportData(2022, '2022-H1');

test('in a half-year\'s report, a year the sentence names without 上半年 is that whole year, for all its `；` parts', () => {
  expect(read(halfYear, part('other', '五、地方政府债务情况', '2021年完成地方一般公共预算收入20920万元,上年结余7990万元;完成一般公共预算支出320628万元。'))).toEqual([
    '20920万元 2021 actual general-budget-revenue',
    '7990万元 2021 actual',
    '320628万元 2021 actual',
  ]);
  // The half-year itself, named or not, stays the half-year.
  expect(read(halfYear, part('other', '一、上半年预算执行情况', '2022年上半年,一般公共预算收入完成12.6亿元;支出完成30.2亿元。'))).toEqual([
    '12.6亿元 2022-H1 actual general-budget-revenue',
    '30.2亿元 2022-H1 actual',
  ]);
  expect(read(halfYear, part('other', '一、上半年预算执行情况', '一般公共预算收入完成12.6亿元,增长3%。'))).toEqual([
    '12.6亿元 2022-H1 actual general-budget-revenue',
    '3% 2022-H1 actual general-budget-revenue → 12.6亿元',
  ]);
});

test('the single past year a heading names dates the figures under it', () => {
  // A budget report on the half-year opening with the last year's accounts.
  expect(read(halfYear, part('other', '一、2021年财政决算情况', '全区一般公共预算收入完成112853万元。一般公共预算支出38.70亿元。'))).toEqual([
    '112853万元 2021 actual general-budget-revenue',
    '38.70亿元 2021 actual',
  ]);
  // A misdated report (reviewing 2021 by its dateline) whose heading names the year it reports on.
  expect(read(reportData(2021, '2021', 2022), part('review', '一、关于2020年财政预算执行情况', '其中:税收收入完成39229万元。'))).toEqual([
    '39229万元 2020 actual tax-revenue',
  ]);
  // A part after the plan's parts, on the year before the plan, written with a space (PDF text).
  expect(read(reportData(2020, '2019', 2020), part('plan', '二、2019 年经济和社会发展情况', '评定杰出金融人才 4 名。'))).toEqual(['4 名 2019 actual']);
  // The half-year a heading reviews, though it names the plan year.
  expect(read(reportData(2013, '2012', 2013), part('plan', '一、关于2013年上半年工作', '完成财政收入6.8亿元,同比增长8.3%。'))).toEqual([
    '6.8亿元 2013-H1 actual',
    '8.3% 2013-H1 actual → 6.8亿元',
  ]);
});

test('a heading that plans, spans a term or names the plan year does not date its figures', () => {
  expect(read(reportData(2022, '2021', 2022), part('plan', '二、2022年工作安排', '地区生产总值增长6%。'))).toEqual(['6% 2022 target gdp']);
  expect(read(reportData(2022, '2017-2021', 2022), part('review', '一、2021年和过去五年工作回顾', '过去五年,地区生产总值年均增长6%。'))).toEqual([
    '6% 2017-2021 actual gdp',
  ]);
});

const yearReview = (text: string) => read(reportData(2020, '2019'), part('review', '一、2019年工作回顾', text, '2019'));
const termReview = (text: string) => read(reportData(2017, '2012-2016'), part('review', '一、过去五年工作回顾', text, '2012-2016'));

test('a change after 按可比价计算, a note or a minus sign is the change of the level before it', () => {
  expect(yearReview('实现地区生产总值67.8亿元,按可比价增长17.5%;财政收入5.81亿元。')[1]).toBe('17.5% 2019 actual gdp → 67.8亿元');
  expect(yearReview('实现地区生产总值236.6亿元,按可比价计算比上年增长(下同)15.5%。')[1]).toBe('15.5% 2019 actual gdp → 236.6亿元');
  expect(yearReview('GDP总量达613.62亿元,同比增长(下称“增长”)11.9%。')[1]).toBe('11.9% 2019 actual gdp → 613.62亿元');
  expect(yearReview('社会消费品零售总额完成11.5亿元,同比增长-1.3%。')).toEqual([
    '11.5亿元 2019 actual retail-sales',
    '1.3% 2019 actual retail-sales → 11.5亿元',
  ]);
  const { metrics } = extractMetrics({ data: reportData(2020, '2019'), blocks: [part('review', '一、2019年工作回顾', '一般公共预算收入完成4.6亿元,同比增长-39.4%。', '2019')] } as Pick<Report, 'data' | 'blocks'>, indicators);
  expect(metrics[1]).toMatchObject({ value: -39.4, unitKind: 'growth-rate', growth: -39.4 });
  expect(yearReview('固定资产投资增 10.2%;社会消费品零售总额增长 12%。')[0]).toBe('10.2% 2019 actual fixed-asset-investment');
});

test('in a term review, a level with its average change over the term is the last year\'s; what was added over it is the term\'s', () => {
  expect(termReview('实现地区生产总值210.9亿元,年均增长9.1%;一般公共预算收入28亿元,年均增长9.1%。')).toEqual([
    '210.9亿元 2016 actual gdp',
    '9.1% 2012-2016 actual gdp → 210.9亿元',
    '28亿元 2016 actual general-budget-revenue',
    '9.1% 2012-2016 actual general-budget-revenue → 28亿元',
  ]);
  expect(termReview('新增规模以上工业企业123户,年均增长19.7%。')[0]).toBe('123户 2012-2016 actual');
  // A level beside the term's total of it.
  expect(termReview('完成固定资产投资413.5亿元,五年累计完成1528.6亿元。')).toEqual([
    '413.5亿元 2016 actual fixed-asset-investment',
    '1528.6亿元 2012-2016 actual',
  ]);
  expect(termReview('固定资产投资五年累计完成690亿元,年均增长13.8%。')[0]).toBe('690亿元 2012-2016 actual fixed-asset-investment');
});

test('the indicator dictionary knows the names real reports give its headline figures', () => {
  expect(yearReview('规上工业产值实现230亿元,增长10%;公共财政收入14.5亿元。')).toEqual([
    '230亿元 2019 actual industrial-output',
    '10% 2019 actual industrial-output → 230亿元',
    '14.5亿元 2019 actual general-budget-revenue',
  ]);
  expect(yearReview('全区一般财政公共预算收入完成1.93亿元;新增城镇就业4023人。')).toEqual([
    '1.93亿元 2019 actual general-budget-revenue',
    '4023人 2019 actual urban-new-employment',
  ]);
  // Pastoral areas: 牧区 and 牧民 are the rural residents of a banner.
  expect(yearReview('城镇、牧区常住居民人均可支配收入分别达到24683元和19649元。')).toEqual([
    '24683元 2019 actual urban-disposable-income',
    '19649元 2019 actual rural-disposable-income',
  ]);
  expect(yearReview('农牧民人均可支配收入达12902元,同比增长9.2%。')[0]).toBe('12902元 2019 actual rural-disposable-income');
  // 本级 narrows: the district government's own level, a part of 全区's total.
  expect(yearReview('财政总收入完成31.09亿元;区本级财政总收入完成25.2亿元。')).toEqual([
    '31.09亿元 2019 actual total-fiscal-revenue',
    '25.2亿元 2019 actual',
  ]);
});

test('a note that the figures are estimated from there on (预计(下同)) holds for the later paragraphs of its part', () => {
  const block = part('review', '一、2005年工作回顾', '全区预计(下同)实现地区生产总值236.6亿元。', '2005');
  block.children.push(paragraph('实现工业增加值119.5亿元,增长19.5%。', 's1-p2'));
  expect(read(reportData(2006, '2005'), block)).toEqual([
    '236.6亿元 2005 estimate gdp',
    '119.5亿元 2005 estimate industrial-value-added',
    '19.5% 2005 estimate industrial-value-added → 119.5亿元',
  ]);
});

test('a list of the plan year\'s projects (重点抓好10件民生实事:) goes on through its numbered items', () => {
  const block = part('other', '', '报告指出,2022年县政府将重点抓好10件民生实事:', undefined);
  block.children.push(paragraph('(2)落实高校毕业生就业政策,新增城镇就业5500人以上。', 's1-p2'));
  block.children.push(paragraph('(5)改造农村危桥4座。', 's1-p3'));
  // The lead's own count (10件) is read from its sentence alone, which names the year but no target word.
  expect(read(reportData(2021, '2017-2021', 2022), block).slice(1)).toEqual([
    '5500人 2022 target urban-new-employment',
    '4座 2022 target',
  ]);
});

test('a target a news item does not date is the plan year\'s; funds won and a plan met are no targets', () => {
  expect(read(reportData(2024, '2023', 2024), part('other', '', '经济高质量发展,确保GDP增长7%。'))).toEqual(['7% 2024 target gdp']);
  expect(yearReview('积极开展“找矿行动”,成功争取基金项目2个。')).toEqual(['2个 2019 actual']);
  expect(yearReview('通过各部门积极向上争取,一般公共预算支出完成232,940万元。')).toEqual(['232,940万元 2019 actual']);
  expect(yearReview('一般公共预算收入117.31亿元,为预期的106.3%,加上级补助收入9.02亿元。')).toEqual([
    '117.31亿元 2019 actual general-budget-revenue',
    '106.3% 2019 actual',
    '9.02亿元 2019 actual',
  ]);
  // 计划招引: a plan.
  expect(read(reportData(2013, '2012', 2013), part('other', '', '2013年,五莲县计划招引20个以上过亿项目。'))).toEqual(['20个 2013 target']);
});

test('changes are of the levels, not of the amounts of change or the margin over a task stated between', () => {
  expect(termReview('城镇和农村居民人均可支配收入分别达到27457元、20027元,比2011年分别增加4477元、5463元,年均增长6.1%和8.2%。').slice(-2)).toEqual([
    '6.1% 2012-2016 actual urban-disposable-income → 27457元',
    '8.2% 2012-2016 actual rural-disposable-income → 20027元',
  ]);
  expect(yearReview('固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%。')[2]).toBe('20.6% 2019 actual fixed-asset-investment → 17亿元');
});

test('in a term review, a paragraph opening on the last year goes on in it for the headline levels of its later sentences', () => {
  expect(termReview('初步统计,2016年全区生产总值达到1300亿元,是2011年的1.7倍。城乡常住居民人均可支配收入分别达到33300元、15200元。')).toEqual([
    '1300亿元 2016 actual gdp',
    '1.7倍 2016 actual',
    '33300元 2016 actual urban-disposable-income',
    '15200元 2016 actual rural-disposable-income',
  ]);
  // What was won or added over the term stays the term's; so does a sentence on the term.
  expect(termReview('2016年实现地区生产总值43.17亿元。先后获得全国双拥模范城等5项国家级荣誉。固定资产投资累计完成53.97亿元。')).toEqual([
    '43.17亿元 2016 actual gdp',
    '5项 2012-2016 actual',
    '53.97亿元 2012-2016 actual fixed-asset-investment',
  ]);
});

test('subjects listed as ordinals (一、二、三次产业) and levels restated with their year take their own indicator', () => {
  expect(yearReview('其中,一、二、三次产业增加值分别完成2.34亿元、27.07亿元和7.79亿元。')).toEqual([
    '2.34亿元 2019 actual',
    '27.07亿元 2019 actual',
    '7.79亿元 2019 actual services-value-added',
  ]);
  expect(termReview('地区生产总值、财政总收入和区级财政收入年均分别增长11.9%、13.8%和15.3%,2016年分别达到1483亿元、434亿元和139亿元。').slice(3)).toEqual([
    '1483亿元 2016 actual gdp',
    '434亿元 2016 actual total-fiscal-revenue',
    '139亿元 2016 actual district-fiscal-revenue',
  ]);
  expect(yearReview('城镇居民家庭人均可支配收入、农民人均纯收入分别达到10558元、6238元。')).toEqual([
    '10558元 2019 actual urban-disposable-income',
    '6238元 2019 actual rural-net-income',
  ]);
});
