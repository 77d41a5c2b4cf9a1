/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r914–r1399 (session 9's audit), with the project's own indicator dictionary: each test quotes a
 * line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, ReportData } from '../../../src/model.ts';
import { part, readFigures, reportData } from '../../helpers/figure-parts.ts';
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
