import { expect, test } from 'vitest';
import { blockTiming, figureTiming } from '../../../src/ingest/metrics/period.ts';

const report = { year: 2014, reviewPeriod: '2013', planYear: 2014 };

test('the block gives period and role', () => {
  expect(blockTiming({ role: 'review', kind: 'part', period: '2013' }, report)).toEqual({ period: '2013', role: 'actual' });
  expect(blockTiming({ role: 'plan', kind: 'part', period: '2014' }, report)).toEqual({ period: '2014', role: 'target' });
  expect(blockTiming({ role: 'review', kind: 'part' }, report)).toEqual({ period: '2013', role: 'actual' });
  expect(blockTiming({ role: 'plan', kind: 'part' }, report)).toEqual({ period: '2014', role: 'target' });
  expect(blockTiming({ role: 'other', kind: 'appendix' }, report)).toEqual({ period: '2014', role: 'target' });
  expect(blockTiming({ role: 'other', kind: 'preamble' }, report)).toEqual({ period: '2013', role: 'actual' });
  expect(blockTiming({ role: 'review', kind: 'part', period: '2014-H1' }, { year: 2014, reviewPeriod: '2014-H1' }))
    .toEqual({ period: '2014-H1', role: 'actual' });
});

const actual = { period: '2024', role: 'actual' as const };
const target = { period: '2025', role: 'target' as const };

test('cue words in the sentence change the role', () => {
  expect(figureTiming(actual, '预计全年地区生产总值', '预计全年地区生产总值').role).toBe('estimate');
  expect(figureTiming(actual, '完成一般公共预算收入', '完成一般公共预算收入').role).toBe('actual');
  expect(figureTiming(actual, '力争完成旧区改造', '力争完成旧区改造').role).toBe('target');
  expect(figureTiming(actual, '确保北杨人工智能小镇等', '').role).toBe('target');
  expect(figureTiming(actual, '主要预期目标是:生产总值增长', '生产总值增长').role).toBe('target');
  expect(figureTiming(actual, '增幅超出预期,增长', '增长').role).toBe('actual');
  expect(figureTiming(actual, '实施科技发展计划', '实施科技发展计划').role).toBe('actual');
  expect(figureTiming(target, '预计今年', '预计今年').role).toBe('estimate');
});

test('上半年 makes a half-year; 累计 cumulative; 年均 an annual average over the plan period', () => {
  expect(figureTiming({ period: '2014', role: 'actual' }, '上半年实现文创产业增加值', '').period).toBe('2014-H1');
  expect(figureTiming({ period: '2014-H1', role: 'actual' }, '上半年实现', '').period).toBe('2014-H1');
  expect(figureTiming(actual, '新增总部机构10家,累计达到', '累计达到').cumulative).toBe(true);
  expect(figureTiming(actual, '累计上线区级“一件事”34个,平均实现减时间', '平均实现减时间').cumulative).toBeUndefined();
  expect(figureTiming(actual, '“十二五”期间生产总值年均增长', '“十二五”期间生产总值年均增长')).toEqual({
    period: '2011-2015',
    role: 'actual',
    annualAverage: true,
  });
  expect(figureTiming(actual, '生产总值年均增长', '生产总值年均增长').period).toBe('2024');
});

test('a five-year review: the base year, a plan period total, a year reached by', () => {
  const review = { period: '2015', role: 'actual' as const };
  // `地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元`
  expect(figureTiming(review, '五年来,地区生产总值由2010年的', '五年来,地区生产总值由2010年的')).toEqual({ period: '2010', role: 'actual' });
  expect(figureTiming(review, '地区生产总值由2010年的162.4亿元增加到2015年的', '地区生产总值由2010年的162.4亿元增加到2015年的').period).toBe('2015');
  expect(figureTiming(review, '“十二五”期间累积完成全社会固定资产投资', '“十二五”期间累积完成全社会固定资产投资')).toEqual({
    period: '2011-2015',
    role: 'actual',
    cumulative: true,
  });
  expect(figureTiming({ period: '2016', role: 'target' }, '到2017年底前,完成易地扶贫搬迁', '到2017年底前,完成易地扶贫搬迁').period).toBe('2017');
  // A year compared with is not the figure's year.
  expect(figureTiming(review, '城镇居民人均可支配收入比2010年增加', '城镇居民人均可支配收入比2010年增加').period).toBe('2015');
});
