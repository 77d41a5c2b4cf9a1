/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r2220–r2521 (session 12's audit), with the project's own indicator dictionary: each test quotes a
 * line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, Report, ReportData } from '../../../src/model.ts';
import { extractMetrics } from '../../../src/ingest/metrics/index.ts';
import { cutRun } from '../../../src/ingest/reflow.ts';
import { part, readFigures, reportData } from '../../helpers/figure-parts.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const read = (report: ReportData, block: Block) => readFigures(indicators, report, block, { indicator: true });

test('a text without line breaks is not cut at `；一、二、三产业…`, an enumeration, so its figures keep the year (r2400)', () => {
  const run = `全年完成地区生产总值153亿元,增长6%;一、二、三产业增加值分别增长5.5%、6.8%、5.6%,三次产业结构比重由2016年的23.7 : 38.1 : 38.2调整为23.1:38.2:38.7;工业总产值完成240.30亿元,增长6.5%。${'经济平稳发展。'.repeat(50)}`;
  const pieces = cutRun(run);
  expect(pieces.filter((piece) => /^[一二三]、/u.test(piece))).toEqual([]);
  const sentence = pieces.find((piece) => piece.includes('一、二、三产业')) ?? '';
  expect(read(reportData(2018, '2017'), part('review', '一、2017年工作回顾', sentence, '2017')).filter((f) => /^(?:240|5\.5%)/u.test(f))).toEqual([
    '5.5% 2017 actual',
    '240.30亿元 2017 actual industrial-output',
  ]);
});

test('a quarter opening a sentence holds for its later `；`-parts: their figures are the quarter\'s, left unannotated (r2506; r370, r2294)', () => {
  const report = reportData(2020, '2019');
  expect(read(report, part('other', '', '2019年前三季度,全区实现地区生产总值152.5亿元,同比增长6%;社会消费品零售总额53.8亿元,同比增长8%;城乡居民人均可支配收入分别为32204元、13904元。全年实现全部财政收入45亿元,可比增长14.75%。'))).toEqual([
    '45亿元 2019 actual total-fiscal-revenue',
    '14.75% 2019 actual total-fiscal-revenue → 45亿元',
  ]);
  // A later part naming the whole year is the year's.
  expect(read(report, part('other', '', '前三季度,地区生产总值增长6%;全年一般公共预算收入增长8%。'))).toEqual(['8% 2019 actual general-budget-revenue']);
});

test('a news item\'s `主要经济指标的计划安排是:` leads the plan year\'s targets, through its `；`-parts (r2268)', () => {
  const report = reportData(2022, '2021');
  expect(read(report, part('other', '', '会议提出2022年主要经济指标的计划安排是:地区生产总值完成138亿元,同比增长8%;固定资产投资完成57.8亿元,增长8.6%。'))).toEqual([
    '138亿元 2022 target gdp',
    '8% 2022 target gdp → 138亿元',
    '57.8亿元 2022 target fixed-asset-investment',
    '8.6% 2022 target fixed-asset-investment → 57.8亿元',
  ]);
});

test('`计划建成…`, `计划年内新增…` are the plan\'s aims, for the plan year (r2348)', () => {
  const report = reportData(2023, '2022');
  expect(read(report, part('other', '', '计划年内新增市场主体20%、市场主体突破1.4万户。'))).toEqual(['20% 2023 target', '1.4万户 2023 target']);
  expect(read(report, part('other', '', '计划建成5000吨标准化粮食储备库1座、粮食种植面积达到19.07万亩以上。'))).toEqual([
    '5000吨 2023 target',
    '1座 2023 target',
    '19.07万亩 2023 target',
  ]);
});

test('a year a PDF\'s space broke from its 年 (`力争到2020 年,`) is read, and an aim for a year ahead after a short lead holds for all the sentence\'s `；`-parts (r2246)', () => {
  const report = reportData(2016, '2015', 2016, '连平县');
  expect(read(report, part('other', '', '“十三五”时期,连平将奋勇争先,力争到2020 年,全县生产总值达到147 亿元,年均增长9%以上;工业增加值达到83 亿元,年均增长10%以上。'))).toEqual([
    '147 亿元 2020 target gdp',
    '9% 2016-2020 target gdp → 147 亿元',
    '83 亿元 2020 target industrial-value-added',
    '10% 2016-2020 target industrial-value-added → 83 亿元',
  ]);
  // `发展目标:` sets the year's targets.
  expect(read(report, part('other', '', '今年是“十三五”的开局之年,连平树立2016 年发展目标:生产总值增长8.5%-9%。'))).toEqual(['8.5% 2016 target gdp', '9% 2016 target']);
  // The figures' places are the paragraph's own.
  const { metrics, spans } = extractMetrics({ data: report, blocks: [part('other', '', '力争到2020 年,全县生产总值达到147 亿元。')] } as Pick<Report, 'data' | 'blocks'>, indicators);
  const text = '力争到2020 年,全县生产总值达到147 亿元。';
  const [span] = spans.get('s1-p1') ?? [];
  expect(text.slice(span!.start, span!.end)).toBe(metrics[0]!.text);
});

test('levels counted `从2011年到2016年,…由65.6亿元增加到120.5亿元` are of the years named, for all the sentence\'s parts; `从 2016 年的` is a base year (r1641, r1859)', () => {
  const term = reportData(2016, '2011-2016', 2017);
  expect(read(term, part('review', '一、五年工作回顾', '从 2011 年到 2016 年,地区生产总值由 65.6 亿元增加到 120.5 亿元;固定资产投资由 27 亿元增加到 100.4 亿元。', '2011-2016'))).toEqual([
    '65.6 亿元 2011 actual gdp',
    '120.5 亿元 2016 actual gdp',
    '27 亿元 2011 actual fixed-asset-investment',
    '100.4 亿元 2016 actual fixed-asset-investment',
  ]);
  expect(read(reportData(2021, '2016-2020'), part('review', '一、过去五年的工作', '农村常住居民人均可支配收入从 2016 年的 7821 元增加到12000元。', '2016-2020'))[0]).toBe('7821 元 2016 actual rural-disposable-income');
});

test('`可实现`, `可完成` and a list\'s number (`1.地区生产总值增长`) do not narrow the indicator (r2233, r2427)', () => {
  expect(read(reportData(2024, '2023', 2024, '长海县'), part('review', '一、2023年政府工作回顾', '预计全县可实现地区生产总值107亿元,增长6%。', '2023'))).toEqual([
    '107亿元 2023 estimate gdp',
    '6% 2023 estimate gdp → 107亿元',
  ]);
  expect(read(reportData(2021, '2020'), part('plan', '一、主要预期目标', '1.地区生产总值增长13%,规模以上工业增加值增长20%。', '2021'))).toEqual([
    '13% 2021 target gdp',
    '20% 2021 target industrial-value-added',
  ]);
});

test('a change after a multiple (`是2016年的1.34倍,年均增长6%`) is of the subject the multiple measures, and a multiple is no level (r2242, r1426)', () => {
  const term = (text: string) => read(reportData(2022, '2017-2021', 2022, '灵宝市'), part('review', '一、过去五年工作回顾', text, '2017-2021'));
  expect(term('2021年,全市地区生产总值是2016年的1.34倍,年均增长6%;城乡居民人均可支配收入分别是2016年的1.4倍、1.53倍,年均增长7%、8.9%。')).toEqual([
    '1.34倍 2021 actual',
    '6% 2017-2021 actual gdp',
    '1.4倍 2021 actual',
    '1.53倍 2021 actual',
    '7% 2017-2021 actual urban-disposable-income',
    '8.9% 2017-2021 actual rural-disposable-income',
  ]);
  const report = reportData(2017, '2012-2016');
  expect(read(report, part('review', '一、过去五年工作回顾', '财政总收入244.93亿元,其中一般公共预算收入132.1亿元,均为五年前的1.9倍,年均分别增长13.6%和13.1%。', '2012-2016')).slice(3)).toEqual([
    '13.6% 2012-2016 actual total-fiscal-revenue → 244.93亿元',
    '13.1% 2012-2016 actual general-budget-revenue → 132.1亿元',
  ]);
});

test('in a text with no part placed, a lead of the year\'s work (`今年要重点聚焦八项工作:`) makes what follows the plan\'s (r2468)', () => {
  const report = reportData(2023, '2022', 2023);
  const lead = part('other', '', '今年要重点聚焦八项工作:');
  const work: Block = { ...part('other', '一、以粮为主、粮经统筹,高起点打造“天府粮仓”', '新建高标准农田1万亩,年出栏生猪20万头以上。'), id: 's2' };
  const { metrics } = extractMetrics({ data: report, blocks: [lead, work] } as Pick<Report, 'data' | 'blocks'>, indicators);
  expect(metrics.map((m) => `${m.text} ${m.period} ${m.role}`)).toEqual(['1万亩 2023 target', '20万头 2023 target']);
  // The lead in the header's last line, too; without it the work is the year reviewed.
  const fromFront = extractMetrics({ data: report, front: [{ text: '今年要全力抓好十件大事:', spans: [], line: 2 }], blocks: [work] } as Pick<Report, 'data' | 'blocks' | 'front'>, indicators);
  expect(fromFront.metrics.map((m) => `${m.period} ${m.role}`)).toEqual(['2023 target', '2023 target']);
  expect(extractMetrics({ data: report, blocks: [work] } as Pick<Report, 'data' | 'blocks'>, indicators).metrics.map((m) => `${m.period} ${m.role}`)).toEqual(['2022 actual', '2022 actual']);
});

test('a title naming the plan year\'s promises (`2023年政府承诺十大惠民工程`) makes the text the plan\'s (r2306)', () => {
  const report = reportData(2023, '2022', 2023, '泽库县');
  const work = part('other', '', '二是就业惠民工程。实施总投资1200万元泽库县创业孵化基地建设项目,新增城镇就业300人以上。');
  const front = [{ text: '首页 >泽库要闻', spans: [], line: 1 }, { text: '2023年政府承诺十大惠民工程', spans: [], line: 3 }, { text: '时间:2023-03-07 |浏览:18066', spans: [], line: 5 }];
  expect(extractMetrics({ data: report, front, blocks: [work] } as Pick<Report, 'data' | 'blocks' | 'front'>, indicators).metrics.map((m) => `${m.text} ${m.period} ${m.role}`)).toEqual([
    '1200万元 2023 target',
    '300人 2023 target',
  ]);
  // A review of the year's promises is no plan.
  const done = [{ text: '2022年十大惠民工程完成情况', spans: [], line: 3 }];
  expect(extractMetrics({ data: report, front: done, blocks: [work] } as Pick<Report, 'data' | 'blocks' | 'front'>, indicators).metrics.map((m) => m.role)).toEqual(['actual', 'actual']);
});

test('a report\'s title and session dateline run into its first figures do not date them (r2404)', () => {
  const report = reportData(2020, '2019');
  expect(read(report, part('other', '', '1、2020年吴川市政府工作报告(全文) 政 府 工 作 报 告2020年5月19日在吴川市第十六届人民代表大会第六次会议工业增加值29.9亿元,增长6%;固定资产投资166.8亿元,增长1.6%。')).slice(0, 2)).toEqual([
    '29.9亿元 2019 actual industrial-value-added',
    '6% 2019 actual industrial-value-added → 29.9亿元',
  ]);
  // A stock on a date is that year's.
  expect(read(report, part('other', '', '2019年12月31日,全区人口达到50万人。'))).toEqual(['50万人 2019 actual']);
});

test('a multiple of the plan period before (`分别是“十二五”的1.1倍`) measures totals over the next, its span (r2362; r417, r1530, r2109)', () => {
  const report = reportData(2021, '2020');
  expect(read(report, part('review', '一、“十三五”发展成就和2020年主要工作', '预计五年累计完成固定资产投资2676.8亿元、社会消费品零售总额2131亿元,分别是“十二五”的1.1倍、1.5倍。', '2020'))).toEqual([
    '2676.8亿元 2016-2020 estimate fixed-asset-investment',
    '2131亿元 2016-2020 estimate retail-sales',
    '1.1倍 2016-2020 estimate',
    '1.5倍 2016-2020 estimate',
  ]);
  // A multiple of a plan's end is of a level, the year's.
  expect(read(reportData(2016, '2015'), part('review', '一、2015年工作回顾', '地区生产总值达到300亿元,是“十一五”末的1.8倍。', '2015'))[1]).toBe('1.8倍 2015 actual');
});

test('a change whose word is abbreviated for the rest of the text (`同比增长(以下简称增长)6%`) is still the change of the level before (r2400; r218, r1776)', () => {
  expect(read(reportData(2018, '2017'), part('review', '一、2017年工作回顾', '全年完成地区生产总值153亿元,同比增长(以下简称增长)6%。', '2017'))).toEqual([
    '153亿元 2017 actual gdp',
    '6% 2017 actual gdp → 153亿元',
  ]);
});
