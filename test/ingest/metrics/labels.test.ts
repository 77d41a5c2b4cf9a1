import { expect, test } from 'vitest';
import type { Indicator } from '../../../src/model.ts';
import {
  buildIndicatorIndex,
  matchIndicator,
  phraseAfter,
  phraseBefore,
  respectiveSubjects,
  trimLabel,
} from '../../../src/ingest/metrics/labels.ts';

const indicator = (id: string, label: string, synonyms: string[], unitKind: string, headline = false): Indicator => ({
  id, label, synonyms, unitKind, headline, nameEn: id,
});
const index = buildIndicatorIndex([
  indicator('gdp', '地区生产总值', ['生产总值', 'GDP'], 'currency', true),
  indicator('tax-revenue', '税收总收入', [], 'currency', true),
  indicator('building-economy-tax', '楼宇经济税收', ['楼宇经济实现税收总收入'], 'currency'),
  indicator('old-area-renewal-households', '旧区改造受益居民', ['旧区改造'], 'count', true),
  indicator('old-area-renewal-area', '旧区改造面积', ['旧区改造'], 'area', true),
  indicator('elderly-care-beds', '养老床位', ['机构养老床位'], 'count', true),
  indicator('signing-rate', '家庭医生签约率', [], 'percent'),
]);
const id = (phrase: string, unitKind: string | undefined, where?: 'start') =>
  matchIndicator(index, phrase, unitKind, where)?.id;

test('the label is the clause before the figure', () => {
  const text = '一年来,全年实现生产总值1095亿元,增长8%';
  expect(phraseBefore(text, text.indexOf('1095'))).toBe('全年实现生产总值');
  expect(phraseBefore(text, text.indexOf('8%'))).toBe('增长');
  const beds = '日间照料中心3家、养老床位514张';
  expect(phraseBefore(beds, beds.indexOf('514'))).toBe('养老床位');
  const hq = '新增总部机构10家累计达到100家';
  expect(phraseBefore(hq, hq.indexOf('100'), hq.indexOf('累'))).toBe('累计达到');
  expect(phraseAfter('新增283张机构养老床位,居家养老', 6)).toBe('机构养老床位');
});

test('trimLabel drops the figure verbs at the end', () => {
  expect(trimLabel('城镇登记失业人数控制在')).toBe('城镇登记失业人数');
  expect(trimLabel('提案解决率为')).toBe('提案解决率');
  expect(trimLabel('全区亿元楼达')).toBe('全区亿元楼');
  expect(trimLabel('全年实现生产总值')).toBe('全年实现生产总值');
});

test('longest label or synonym wins', () => {
  expect(id('全年实现生产总值', 'currency')).toBe('gdp');
  expect(id('全区实现地区生产总值', 'currency')).toBe('gdp');
  expect(id('楼宇经济实现税收总收入', 'currency')).toBe('building-economy-tax');
  expect(id('全年完成税收总收入', 'currency')).toBe('tax-revenue');
});

test('a level must be measured in the indicator kind; a change fits any', () => {
  expect(id('旧区改造', 'count')).toBe('old-area-renewal-households');
  expect(id('旧区改造', 'area')).toBe('old-area-renewal-area');
  expect(id('生产总值', 'count')).toBeUndefined();
  expect(id('生产总值增长', undefined)).toBe('gdp');
});

test('a share of an indicator is not the indicator', () => {
  expect(id('占全区税收总收入的', 'percent')).toBeUndefined();
  expect(id('占全区税收总收入的', undefined)).toBeUndefined();
});

test('a headline indicator narrowed to a part is a breakdown, not the headline', () => {
  expect(id('五大重点产业实现税收总收入', 'currency')).toBeUndefined();
  expect(id('2015年全区地区生产总值', 'currency')).toBe('gdp');
  expect(id('预计全年实现生产总值', 'currency')).toBe('gdp');
});

test('after the figure only the noun right after counts', () => {
  expect(id('机构养老床位', 'count', 'start')).toBe('elderly-care-beds');
  expect(id('地块旧区改造', 'count', 'start')).toBeUndefined();
});

test('respective subjects split on 和', () => {
  expect(respectiveSubjects('全区单位GDP电耗和电力消费总量分别下降')).toEqual(['全区单位GDP电耗', '电力消费总量']);
  expect(respectiveSubjects('回收利用率分别达到')).toBeUndefined();
  expect(respectiveSubjects('城乡居民人均可支配收入分别增长')).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  expect(respectiveSubjects('生产总值增长')).toBeUndefined();
});
