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

test('a year the sentence names dates its figures; a span, a start or a comparison does not', () => {
  const five = { period: '2012-2016', role: 'actual' as const };
  expect(figureTiming(five, '2016年实现地区生产总值', '2016年实现地区生产总值').period).toBe('2016');
  expect(figureTiming(five, '2016年实现地区生产总值1495亿元,年均增长', '年均增长')).toEqual({ period: '2012-2016', role: 'actual', annualAverage: true });
  expect(figureTiming(five, '2012年以来,累计完成投资', '2012年以来,累计完成投资').period).toBe('2012-2016');
  expect(figureTiming(five, '2012—2016年,全区生产总值', '全区生产总值').period).toBe('2012-2016');
  expect(figureTiming(five, '与2011年相比,2016年完成财政收入', '2016年完成财政收入').period).toBe('2016');
  expect(figureTiming(five, '比2011年增加', '比2011年增加').period).toBe('2012-2016');
  expect(figureTiming(five, '1992年建区时的生产总值', '1992年建区时的生产总值').period).toBe('2012-2016');
  expect(figureTiming({ period: '2016-H1', role: 'actual' }, '2016年上半年,完成', '完成').period).toBe('2016-H1');
});

test('五年 with 年均 or 累计: the five years reviewed, or planned', () => {
  expect(figureTiming({ period: '2015', role: 'actual' }, '全年预计生产总值增长8%,过去五年年均增长', '过去五年年均增长'))
    .toEqual({ period: '2011-2015', role: 'estimate', annualAverage: true });
  expect(figureTiming({ period: '2015', role: 'actual' }, '五年累计新增就业岗位', '五年累计新增就业岗位').period).toBe('2011-2015');
  expect(figureTiming({ period: '2016', role: 'target' }, '今后五年,地区生产总值年均增长', '地区生产总值年均增长').period).toBe('2016-2020');
  expect(figureTiming({ period: '2015', role: 'actual' }, '连续五年获评', '连续五年获评').period).toBe('2015');
});

test('a change over five years, and the years named for them', () => {
  const estimate = { period: '2017', role: 'target' as const };
  // `2016年,地区生产总值预计达到4942亿元,同比增长6.5%,五年增加1670亿元,年均增长7.9%`
  expect(figureTiming(estimate, '2016年,地区生产总值预计达到4942亿元,同比增长6.5%,五年增加', '五年增加').period).toBe('2012-2016');
  expect(figureTiming(estimate, '2016年,地区生产总值预计达到4942亿元,同比增长6.5%,五年增加1670亿元,年均增长', '年均增长').period).toBe('2012-2016');
  // `是2011年的1.5倍`: the year compared with.
  expect(figureTiming({ period: '2012-2016', role: 'actual' }, '总量是2011年的', '总量是2011年的').period).toBe('2012-2016');
  // An actual cannot be of a year after the report's.
  expect(figureTiming({ period: '2015', role: 'actual' }, '总量是2019年', '总量是2019年').period).toBe('2015');
});

test('five years behind a plan year end the year before it', () => {
  expect(figureTiming({ period: '2026', role: 'target' }, '五年来,GDP年均增长', 'GDP年均增长')).toEqual({ period: '2021-2025', role: 'actual', annualAverage: true });
  expect(figureTiming({ period: '2015', role: 'actual' }, '五年共实施重点工业项目', '五年共实施重点工业项目').period).toBe('2011-2015');
});

test('review idioms that look like target cues', () => {
  expect(figureTiming(actual, '融资和资金争取工作取得新突破,全年融入资金', '全年融入资金').role).toBe('actual');
  expect(figureTiming(actual, '完成投资14.8亿元,占年计划投资的', '占年计划投资的').role).toBe('actual');
  expect(figureTiming(actual, '确保了农村', '确保了农村').role).toBe('actual');
  expect(figureTiming(actual, '顶住需求收缩、供给冲击、预期转弱三重压力,全年地区生产总值达', '全年地区生产总值达').role).toBe('actual');
  expect(figureTiming(actual, '争取到位上级资金', '争取到位上级资金').role).toBe('actual');
  expect(figureTiming(actual, '争取实现投资', '争取实现投资').role).toBe('target');
  expect(figureTiming(actual, '计划投资', '计划投资').role).toBe('target');
});

test('a plan\'s end compared with is a base, not the span of 年均; a plan\'s end as the time is the span\'s end', () => {
  const review = { period: '2015', role: 'actual' as const };
  expect(figureTiming(review, '固定资产投资138.39亿元,是十一五末的3.8倍,年均增长', '年均增长').period).toBe('2015');
  expect(figureTiming(review, '十二五末,全区生产总值169.65亿元,年均增长', '年均增长').period).toBe('2011-2015');
});

test('共计 is a total over the span the sentence names, and only then', () => {
  const review = { period: '2020', role: 'actual' as const };
  expect(figureTiming(review, '全面完成“十三五”规划目标任务,共计完成财政总收入', '共计完成财政总收入')).toEqual({
    period: '2016-2020',
    role: 'actual',
    cumulative: true,
  });
  expect(figureTiming(review, '共计完成财政总收入', '共计完成财政总收入')).toEqual({ period: '2020', role: 'actual' });
});

test('a 年均 growth after a total in one clause is an average, not a total', () => {
  const review = { period: '2020', role: 'actual' as const };
  expect(figureTiming(review, '“十三五”期间共计完成财政总收入476亿元、年均增长', '共计完成财政总收入476亿元、年均增长')).toEqual({
    period: '2016-2020',
    role: 'actual',
    annualAverage: true,
  });
});
