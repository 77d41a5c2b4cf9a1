/**
 * Target reading (src/ingest/metrics/targets.ts) on sentences in the shapes real plans use, beyond
 * the labelled set: ranges, 力争 with a bound, a ceiling by 控制在, a rise stated as 涨幅, the year
 * named before the cue, and what is not a target list.
 */
import { describe, expect, test } from 'vitest';
import type { Target } from '../../../src/model.ts';
import { excerptReport } from '../../../src/eval/plan-text.ts';
import { cleanLabel, targetLists } from '../../../src/ingest/metrics/targets.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const knowledge = await projectKnowledge();
const read = (text: string, role: 'plan' | 'review' = 'plan', year = 2021) =>
  (excerptReport(text, { role, year }, knowledge, 'x.txt').data.targets ?? []).map((t: Target) => ({
    indicator: t.indicator,
    measure: t.measure,
    bound: t.bound,
    value: t.value,
    ...(t.upper !== undefined ? { upper: t.upper } : {}),
    ...(t.striving ? { striving: true } : {}),
    period: t.period,
  }));

describe('extractTargets', () => {
  test('a range, 力争 with 以上, a ceiling and a price rise', () => {
    expect(
      read('今年主要预期目标是:地区生产总值增长7%-7.5%,一般公共预算收入力争增长6%以上,城镇调查失业率控制在5.5%以内,居民消费价格涨幅3%左右。'),
    ).toEqual([
      { indicator: 'gdp', measure: 'growth', bound: 'range', value: 7, upper: 7.5, period: '2021' },
      { indicator: 'general-budget-revenue', measure: 'growth', bound: 'min', value: 6, striving: true, period: '2021' },
      { indicator: 'surveyed-unemployment-rate', measure: 'level', bound: 'max', value: 5.5, period: '2021' },
      { indicator: 'consumer-prices', measure: 'growth', bound: 'approx', value: 3, period: '2021' },
    ]);
  });

  test('the year named before the cue is the period; 十四五 年均 targets keep their plan period', () => {
    expect(read('报告提出2022年经济社会发展主要预期目标:地区生产总值增长6%。')[0]?.period).toBe('2022');
    expect(read('“十四五”时期的主要目标是:地区生产总值年均增长6%左右。')[0]).toMatchObject({ period: '2021-2025', bound: 'approx' });
  });

  test('a relative target names its indicator and has no value', () => {
    expect(read('主要预期目标是:地区生产总值增长与全市保持同步,一般公共预算收入增长5%。')[0]).toEqual({
      indicator: 'gdp', measure: 'growth', bound: 'relative', value: undefined, period: '2021',
    });
  });

  test('no targets in a review part, nor outside a target list', () => {
    expect(read('主要预期目标是:地区生产总值增长8%。', 'review')).toEqual([]);
    expect(read('社会消费品零售总额、地方财政收入低于年度预期目标,服务业增加值完成规划任务仍有压力。')).toEqual([]);
    expect(read('全年实现地区生产总值1095亿元,增长8%。')).toEqual([]);
  });
});

test('targetLists starts after the cue and its 是/为/建议为/colon, and ends with the sentence', () => {
  const text = '综合各方面因素,主要预期目标建议为地区生产总值增长8.5%。其他。';
  const [list] = targetLists(text);
  expect(text.slice(list!.start, list!.end)).toBe('地区生产总值增长8.5%');
});

test('cleanLabel drops verbs and comparison words around the indicator', () => {
  expect(cleanLabel('实现全社会固定资产投资额')).toBe('全社会固定资产投资额');
  expect(cleanLabel('区级一般公共预算收入同比增长')).toBe('区级一般公共预算收入');
  expect(cleanLabel('城乡居民人均可支配收入分别增长')).toBe('城乡居民人均可支配收入');
});

test('`主要经济指标的计划安排是:` leads a target list (r2268)', () => {
  expect(read('会议提出2022年主要经济指标的计划安排是:地区生产总值完成138亿元,同比增长8%。', 'plan', 2022)).toEqual([
    { indicator: 'gdp', measure: 'level', bound: 'point', value: 13800000000, period: '2022' },
    { indicator: 'gdp', measure: 'growth', bound: 'point', value: 8, period: '2022' },
  ]);
});
