/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r3120–r3569 (session 13's second figures audit), with the project's own indicator dictionary: each
 * test quotes a line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, Report, ReportData } from '../../../src/model.ts';
import { extractMetrics } from '../../../src/ingest/metrics/index.ts';
import { part, readFigures, reportData } from '../../helpers/figure-parts.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const read = (report: ReportData, block: Block) => readFigures(indicators, report, block, { indicator: true });

test('`主要预期目标建议为:` leads a target list through all its `；`-parts, as `主要预期目标是:` does (r3196, r3342)', () => {
  const report = reportData(2014, '2013');
  expect(read(report, part('other', '2014年政府工作', '全区经济社会发展主要预期目标建议为:地区生产总值增长9%;公共财政预算收入增长9%;城镇登记失业率控制在3.5%以内。'))).toEqual([
    '9% 2014 target gdp',
    '9% 2014 target general-budget-revenue',
    '3.5% 2014 target registered-unemployment-rate',
  ]);
});

test('`国内生产总值223 961万元`: thousands grouped by a space are one number, whole numbers only (r3338)', () => {
  const report = reportData(2001, '2000');
  expect(read(report, part('review', '一、2000年工作回顾', '完成财政总收入14 362万元,总支出14 904万元,分别比上年减少3.9%和7.8%;农民人均纯收入2 310元,比上年增长3%。', '2000'))).toEqual([
    '14 362万元 2000 actual total-fiscal-revenue',
    '14 904万元 2000 actual',
    '3.9% 2000 actual total-fiscal-revenue → 14 362万元',
    '7.8% 2000 actual → 14 904万元',
    '2 310元 2000 actual rural-net-income',
    '3% 2000 actual rural-net-income → 2 310元',
  ]);
  // A PDF's count and amount run together stay apart (`项目\n107 461.4 亿`): not grouped.
  expect(read(report, part('review', '一、2000年工作回顾', '列入省级项目107 461.4亿元。', '2000'))).not.toContain('107 461.4亿元 2000 actual');
});

test('`地区生产总值年均增长14.9%,2010年达到1790亿元,比上年增长11.8%`: the level a year reaches is the average\'s subject (r3413)', () => {
  const report = reportData(2011, '2010');
  expect(read(report, part('review', '一、“十一五”发展回顾', '地区生产总值年均增长14.9%,2010年达到1790亿元,比上年增长11.8%;社会消费品零售总额年均增长18%,2010年达到395亿元,增长18.7%。', '2010'))).toEqual([
    '14.9% 2006-2010 actual gdp',
    '1790亿元 2010 actual gdp',
    '11.8% 2010 actual gdp → 1790亿元',
    '18% 2006-2010 actual retail-sales',
    '395亿元 2010 actual retail-sales',
    '18.7% 2010 actual retail-sales → 395亿元',
  ]);
});

test('`预计本区生产总值突破1600亿元` names the district\'s own indicator, as `我区` does (r3352; r090)', () => {
  expect(read(reportData(2015, '2014'), part('review', '一、2014年工作回顾', '预计本区生产总值突破1600亿元,增长8%,提前一年完成“十二五”规划目标。', '2014'))).toEqual([
    '1600亿元 2014 estimate gdp',
    '8% 2014 estimate gdp → 1600亿元',
    '一年 2014 estimate',
  ]);
  // `本区域`, `本级` are no district-wide words.
  expect(read(reportData(2015, '2014'), part('review', '一、2014年工作回顾', '本级一般公共预算收入12亿元。', '2014'))).toEqual(['12亿元 2014 actual']);
});

test('`项目个数、计划投资额分别增长46.2%、12.7%` in a review: the projects\' planned total grew, no target (r3130; r318)', () => {
  expect(read(reportData(2025, '2024'), part('review', '一、2024年工作回顾', '引进超亿元制造业项目个数、计划投资额分别增长46.2%、12.7%。', '2024'))).toEqual([
    '46.2% 2024 actual',
    '12.7% 2024 actual',
  ]);
});

test('`分别增长15.4%、-5.3%和1.5%`: a minus after the list\'s comma signs its own figure and keeps the list going (r3338; r233)', () => {
  const report = reportData(2001, '2000');
  expect(read(report, part('review', '一、2000年工作回顾', '第一产业88 366万元,第二产业51 203万元,第三产业84 392万元,分别增长15.4%、-5.3%和1.5%。', '2000'))).toEqual([
    '88 366万元 2000 actual',
    '51 203万元 2000 actual',
    '84 392万元 2000 actual',
    '15.4% 2000 actual → 88 366万元',
    '5.3% 2000 actual → 51 203万元',
    '1.5% 2000 actual → 84 392万元',
  ]);
  const { metrics } = extractMetrics({ data: reportData(2024, '2023'), blocks: [part('review', '一、2023年工作回顾', '规上工业增加值、全社会固定资产投资、社会消费品零售总额分别增长5.6%、-24.4%、9.9%。', '2023')] } as Pick<Report, 'data' | 'blocks'>, indicators);
  expect(metrics.map((m) => `${m.indicator} ${m.growth}`)).toEqual(['industrial-value-added 5.6', 'fixed-asset-investment -24.4', 'retail-sales 9.9']);
  // A range is no sign: `增长12%-15%`.
  const range = extractMetrics({ data: reportData(2024, '2023'), blocks: [part('plan', '二、2024年工作安排', '地区生产总值增长6.5%-7%。', '2024')] } as Pick<Report, 'data' | 'blocks'>, indicators);
  expect(range.metrics.map((m) => m.value)).toEqual([6.5, 7]);
});

test('`未来五年,…主要目标是,地区生产总值达1220亿元,年均增长6.5%` after the review of 2025: the five years after it, levels their last year\'s (r3483; r1990)', () => {
  expect(read(reportData(2026, '2025'), part('review', '一、2025年工作回顾', '未来五年,同安区将建设现代化新城区。经济社会发展主要目标是,地区生产总值达1220亿元,年均增长6.5%,规上工业总产值超2400亿元。', '2025'))).toEqual([
    '1220亿元 2030 target gdp',
    '6.5% 2026-2030 target gdp → 1220亿元',
    '2400亿元 2030 target industrial-output',
  ]);
  // A term review's report: `今后五年的奋斗目标是:力争生产总值年均增长8%左右` is over the five years after the term.
  expect(read(reportData(2022, '2017-2021'), part('review', '一、过去五年工作回顾', '报告提出今后五年的奋斗目标是:力争生产总值年均增长8%左右。', '2017-2021'))).toEqual([
    '8% 2022-2026 target gdp',
  ]);
});

test('`新增城镇就业2.4万人,建成55个长者食堂`: a count in another measure word is not the employment carried on (r3483)', () => {
  expect(read(reportData(2026, '2025'), part('review', '一、2025年工作回顾', '新增城镇就业2.4万人,建成55个长者食堂及老年助餐点。', '2025'))).toEqual([
    '2.4万人 2025 actual urban-new-employment',
    '55个 2025 actual elderly-meal-points',
  ]);
});
