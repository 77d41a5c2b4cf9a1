import { expect, test } from 'vitest';
import { changeDirection, changeUnit, isBareChange } from '../../../src/ingest/metrics/growth.ts';

test('a change word before the figure gives its sign', () => {
  expect(changeDirection('增长')).toBe(1);
  expect(changeDirection('同比增长')).toBe(1);
  expect(changeDirection('较上届增长')).toBe(1);
  expect(changeDirection('提高')).toBe(1);
  expect(changeDirection('增长了')).toBe(1);
  expect(changeDirection('增幅为')).toBe(1);
  expect(changeDirection('全年单位增加值能耗下降')).toBe(-1);
  expect(changeDirection('区级会议同比减少')).toBe(-1);
  expect(changeDirection('“三公”经费同比下降')).toBe(-1);
});

test('提高至 states a level, and a plain label is no change', () => {
  expect(changeDirection('二三级医院门诊号源下沉比例提高至')).toBeUndefined();
  expect(changeDirection('绿化覆盖率')).toBeUndefined();
  expect(changeDirection('占全市')).toBeUndefined();
});

test('a bare change has no subject of its own', () => {
  expect(isBareChange('增长')).toBe(true);
  expect(isBareChange('同比增长')).toBe(true);
  expect(isBareChange('较上年下降')).toBe(true);
  expect(isBareChange('较上届增长')).toBe(true);
  expect(isBareChange('生产总值增长')).toBe(false);
  expect(isBareChange('单位增加值能耗下降')).toBe(false);
});

test('changes are stated in % or percentage points', () => {
  expect(changeUnit('%')).toBe('%');
  expect(changeUnit('％')).toBe('%');
  expect(changeUnit('个百分点')).toBe('pp');
  expect(changeUnit('亿元')).toBeUndefined();
});
