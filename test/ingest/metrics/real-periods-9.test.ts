/**
 * The period, status, indicator and level of figures in shapes read from the real corpus texts
 * r3120–r3569 (session 13's second figures audit), with the project's own indicator dictionary: each
 * test quotes a line of a report that was misread, shortened.
 */
import { expect, test } from 'vitest';
import type { Block, ReportData } from '../../../src/model.ts';
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
