import { describe, expect, test } from 'vitest';
import type { Target } from '../../src/model.ts';
import type { TargetPair } from '../../src/lib/target-pairs.ts';
import { differenceZh, outcomeZh, targetZh } from '../../src/lib/target-format.ts';

const target = (extra: Partial<Target>): Target => ({
  id: 't1', anchor: 's2-p1', text: '', label: '', period: '2020', measure: 'growth', bound: 'point', value: 8, unit: '%', ...extra,
});

describe('targetZh', () => {
  test('says the target in the reports’ own words', () => {
    expect(targetZh(target({ bound: 'approx' }))).toBe('增长8%左右');
    expect(targetZh(target({ value: -3.2 }))).toBe('下降3.2%');
    expect(targetZh(target({ bound: 'min', striving: true }))).toBe('力争增长8%以上');
    expect(targetZh(target({ bound: 'range', value: 7, upper: 7.5 }))).toBe('增长7%–7.5%');
    expect(targetZh(target({ measure: 'level', bound: 'max', value: 20600, unit: '人' }))).toBe('20,600人以内');
    expect(targetZh(target({ measure: 'level', value: 12820000000, unit: '元' }))).toBe('128.2亿元');
    expect(targetZh(target({ bound: 'relative', value: undefined, relativeTo: '与全市保持同步' }))).toBe('与全市保持同步');
  });
});

describe('outcomes and differences', () => {
  const pair = (extra: Partial<TargetPair>): TargetPair => ({
    districtKey: 'x', district: { name: '某区', slug: 'x', nameEn: 'x' }, city: { name: '某市', slug: 'y', nameEn: 'y' },
    indicator: 'gdp', period: '2020', measure: 'growth', status: 'met', unit: '%',
    outcome: { id: 'm1', anchor: 's1-p1', text: '7.5%', number: 7.5, unit: '%', scale: 1, value: 7.5, baseUnit: '%', unitKind: 'growth-rate', growth: 7.5, growthUnit: '%', period: '2020', role: 'estimate' },
    outcomeKind: 'estimate', outcomeValue: 7.5, ...extra,
  });
  test('an estimate says 预计; missed says by how much; a 左右 target met a little short says so', () => {
    expect(outcomeZh(pair({}))).toBe('预计增长7.5%');
    expect(differenceZh(pair({ status: 'missed', difference: -0.5, target: target({}) }))).toBe('差0.5个百分点');
    expect(differenceZh(pair({ status: 'met', difference: -0.2, target: target({ bound: 'approx' }) }))).toBe('略低0.2个百分点');
    expect(differenceZh(pair({ status: 'met', difference: 1.7, target: target({}) }))).toBe('超出1.7个百分点');
    expect(differenceZh(pair({ status: 'met', difference: -0.3, target: target({ value: -3.2 }) }))).toBe('优于目标0.3个百分点');
  });
});
