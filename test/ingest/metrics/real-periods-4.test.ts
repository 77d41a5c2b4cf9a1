/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r1851–r2213 (session 10's audit), with the project's own indicator dictionary: each test quotes a
 * line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, ReportData } from '../../../src/model.ts';
import { part, readFigures, reportData } from '../../helpers/figure-parts.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const read = (report: ReportData, block: Block) => readFigures(indicators, report, block, { indicator: true });

test('a sentence opening on 据统计预测 is estimated through all its parts (r1989)', () => {
  expect(read(reportData(2022, '2021', 2022, '某某县'), part('other', '', '据统计预测,全县地区生产总值增长12.6%达92.9亿元,第一产业增长9.1%达21.2亿元。'))).toEqual([
    '12.6% 2021 estimate gdp',
    '92.9亿元 2021 estimate gdp',
    '9.1% 2021 estimate',
    '21.2亿元 2021 estimate',
  ]);
});

test('a total in a paragraph opening on 过去的五年 is the term\'s, though the part names its last year too (r1987)', () => {
  const block = part('review', '一、“十二五”时期及2015年工作回顾', '过去的五年,国民经济快速发展。一般公共预算收入由40.6亿元增加到79亿元,年均增长14.3%;固定资产投资累计完成2867亿元。', '2015');
  expect(read(reportData(2016, '2015'), block).slice(-1)).toEqual(['2867亿元 2011-2015 actual fixed-asset-investment']);
});

test('targets a news item dates to the year after the report are that year\'s, and 即 before the list names no part (r2098)', () => {
  const text = '报告明确了安化县2022年经济社会发展的主要预期目标,即地区生产总值增长8%以上,地方一般公共预算收入增长10%以上。';
  expect(read(reportData(2021, '2016-2020', 2021, '某某县'), part('other', '', text))).toEqual([
    '8% 2022 target gdp',
    '10% 2022 target general-budget-revenue',
  ]);
});

test('a quotation mark left before the label does not hide its indicator (r1915)', () => {
  expect(read(reportData(2019, '2018'), part('other', '', '“预计全年实现地区生产总值300亿元,增长7.9%;地方财政收入16.8亿元,增长8.3%。'))).toEqual([
    '300亿元 2018 estimate gdp',
    '7.9% 2018 estimate gdp → 300亿元',
    '16.8亿元 2018 actual local-fiscal-revenue',
    '8.3% 2018 actual local-fiscal-revenue → 16.8亿元',
  ]);
});

test('residents\' incomes named as 城乡人均, 年人均, 城市和农村 or 农民人均可支配收入 are the urban and rural indicators (r2059, r2133, r2173, r1991)', () => {
  const year = (text: string) => read(reportData(2024, '2023'), part('review', '一、2023年工作回顾', text, '2023'));
  expect(year('城乡人均可支配收入分别增长6.2%、8.8%。')).toEqual(['6.2% 2023 actual urban-disposable-income', '8.8% 2023 actual rural-disposable-income']);
  expect(year('城镇居民年人均可支配收入达到17518元;农民年人均纯收入达到8407元。')).toEqual([
    '17518元 2023 actual urban-disposable-income',
    '8407元 2023 actual rural-net-income',
  ]);
  expect(year('城市和农村居民可支配收入分别达到4.8万元、2.2万元。')).toEqual([
    '4.8万元 2023 actual urban-disposable-income',
    '2.2万元 2023 actual rural-disposable-income',
  ]);
  expect(year('全区居民人均可支配收入41754元,农民人均可支配收入同比增长4%。')[1]).toBe('4% 2023 actual rural-disposable-income');
});

test('in a term review, a level measured against the year before the term or over its five years is the last year\'s (r2076, r2173, r2098)', () => {
  const term = (text: string) => read(reportData(2022, '2017-2021'), part('review', '一、过去五年工作回顾', text, '2017-2021'));
  expect(term('人均地区生产总值达到75268元,五年提高32666元。')).toEqual(['75268元 2021 actual', '32666元 2017-2021 actual']);
  expect(term('城市和农村居民可支配收入分别达到4.8万元、2.2万元,分别比2016年增加1.4万元和0.7万元。')).toEqual([
    '4.8万元 2021 actual urban-disposable-income',
    '2.2万元 2021 actual rural-disposable-income',
    '1.4万元 2017-2021 actual',
    '0.7万元 2017-2021 actual',
  ]);
  expect(term('城镇化率达到36%,较2016年提高5.05个百分点。')).toEqual(['36% 2021 actual', '5.05个百分点 2017-2021 actual']);
  // What was added over the term stays the term's.
  expect(term('新增就业3万人,较2016年增加1万人。')).toEqual(['3万人 2017-2021 actual', '1万人 2017-2021 actual']);
});

test('a threshold passed without a subject of its own stands beside the level stated before it; the change is the level\'s (r2111)', () => {
  const year = (text: string) => read(reportData(2019, '2018'), part('review', '一、2018年工作回顾', text, '2018'));
  expect(year('实现规模以上工业主营业务收入313.1亿元,首次突破300亿元,增长13.6%。')).toEqual([
    '313.1亿元 2018 actual',
    '300亿元 2018 actual',
    '13.6% 2018 actual → 313.1亿元',
  ]);
  expect(year('地区生产总值首次突破500亿元,增长8%。')).toEqual(['500亿元 2018 actual gdp', '8% 2018 actual gdp → 500亿元']);
});
