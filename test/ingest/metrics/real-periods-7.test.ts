/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r2530–r3010 (session 12's second audit), with the project's own indicator dictionary: each test quotes a
 * line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, ReportData } from '../../../src/model.ts';
import { part, readFigures, reportData } from '../../helpers/figure-parts.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const read = (report: ReportData, block: Block) => readFigures(indicators, report, block, { indicator: true });

test('`预计到2021年末,` opening a sentence estimates all its `；`-parts, as `预计到年底,` does (r2793; r2605, r659, r1466)', () => {
  const report = reportData(2022, '2021');
  expect(read(report, part('review', '一、2021年工作回顾', '预计到2021年末,完成地区生产总值151亿元,同比增长6%;固定资产投资48亿元,同比增长10%;规上工业增加值同比增长6%。', '2021'))).toEqual([
    '151亿元 2021 estimate gdp',
    '6% 2021 estimate gdp → 151亿元',
    '48亿元 2021 estimate fixed-asset-investment',
    '10% 2021 estimate fixed-asset-investment → 48亿元',
    '6% 2021 estimate industrial-value-added',
  ]);
});

test('`引进项目19个,计划投资总额达80亿元` in a review is the projects\' planned total, won this year: no target (r2533; r2539)', () => {
  const report = reportData(2023, '2022');
  expect(read(report, part('review', '一、2022年工作回顾', '引进项目19个,计划投资总额达80亿元,其中工业项目32.4亿元、比增173.8%。新进园项目10个、计划投资总额17亿元。', '2022'))).toEqual([
    '19个 2022 actual',
    '80亿元 2022 actual',
    '32.4亿元 2022 actual',
    '173.8% 2022 actual → 32.4亿元',
    '10个 2022 actual',
    '17亿元 2022 actual',
  ]);
  // A plan to invest is still a target: `计划投资15亿元`.
  expect(read(report, part('review', '一、2022年工作回顾', '建设项目5个,计划投资15亿元。', '2022'))).toEqual(['5个 2022 actual', '15亿元 2022 target']);
});

test('changes `增速分别为5.6%(全市第四)、6.6%(全市第十)` after two levels: a rank noted after each does not end the chain (r2774)', () => {
  const report = reportData(2023, '2022');
  expect(read(report, part('review', '一、2022年工作回顾', '地方财政收入1亿元,增速12%(全市第七);城乡居民人均可支配收入分别为33365元、13528元,增速分别为5.6%(全市第四)、6.6%(全市第十);第三季度县域经济排名上升。', '2022'))).toEqual([
    '1亿元 2022 actual local-fiscal-revenue',
    '12% 2022 actual local-fiscal-revenue → 1亿元',
    '33365元 2022 actual urban-disposable-income',
    '13528元 2022 actual rural-disposable-income',
    '5.6% 2022 actual urban-disposable-income → 33365元',
    '6.6% 2022 actual rural-disposable-income → 13528元',
  ]);
});

test('`新增40亿元企业1家、20亿元企业2家`: a sum right before 企业 and its count is the class counted, no figure (r2994)', () => {
  const report = reportData(2026, '2025');
  expect(read(report, part('review', '一、2025年工作回顾', '规上工业增加值增长4.5%,新增40亿元企业1家、20亿元企业2家、规模工业企业60家。', '2025'))).toEqual([
    '4.5% 2025 actual industrial-value-added',
    '1家 2025 actual',
    '2家 2025 actual',
    '60家 2025 actual',
  ]);
});

test('a news item\'s `围绕上述目标,重点做好以下工作:一是…` after the targets is the plan year\'s work, its figures targets (r2931)', () => {
  const report = reportData(2021, '2020');
  const block: Block = part('other', '', '今年灌南县发展的主要目标是:地区生产总值同比增长10%,一般公共预算收入同比增长8%。');
  block.children.push({ type: 'paragraph', id: 's1-p2', text: '围绕上述目标,重点做好以下工作:一是全力优化产业生态。全年引进落户超亿元项目60个以上、完成产业投资100亿元以上。', spans: [], line: 2 });
  expect(read(report, block)).toEqual([
    '10% 2021 target gdp',
    '8% 2021 target general-budget-revenue',
    '60个 2021 target',
    '100亿元 2021 target',
  ]);
});

test('`同比口径增长3.6%` (on a like-for-like basis) is a bare change of the level before it (r2777)', () => {
  expect(read(reportData(2017, '2012-2016'), part('other', '', '实现地区生产总值1135亿元(预计数,下同),增长9%;一般公共预算收入65.5亿元,同比口径增长3.6%;规模以上固定资产投资510亿元,增长15%。'))).toEqual([
    '1135亿元 2016 estimate gdp',
    '9% 2016 estimate gdp → 1135亿元',
    '65.5亿元 2016 estimate general-budget-revenue',
    '3.6% 2016 estimate general-budget-revenue → 65.5亿元',
    '510亿元 2016 estimate fixed-asset-investment',
    '15% 2016 estimate fixed-asset-investment → 510亿元',
  ]);
});
