import { describe, expect, test } from 'vitest';
import {
  dataValue, displayUnit, groupDigits, growthEn, growthZh, inDisplayUnit, metricEn, metricZh, periodEn, periodPosition, periodZh, scaleEn,
} from '../../src/lib/format.ts';

const gdp = { number: 1095, scaleWord: '亿', unit: '元', value: 1095e8, baseUnit: '元', unitKind: 'currency' };

describe('metric values', () => {
  test('Chinese in full with grouped digits', () => {
    expect(metricZh(gdp)).toBe('1,095亿元');
    expect(metricZh({ number: 118.7, scaleWord: '亿', unit: '元' })).toBe('118.7亿元');
    expect(metricZh({ number: 60, unit: '%', qualifier: '近' })).toBe('近60%');
    expect(metricZh({ number: 20900, unit: '人', qualifier: '以内' })).toBe('20,900人以内');
  });
  test('English with the scale in words', () => {
    expect(metricEn(gdp)).toBe('¥109.5 billion');
    expect(metricEn({ ...gdp, number: 281.87, value: 281.87e8 })).toBe('¥28.19 billion');
    expect(metricEn({ number: 8, unit: '%', value: 8, baseUnit: '%', unitKind: 'percent' })).toBe('8%');
    expect(metricEn({ number: 0.5, unit: '个百分点', value: 0.5, baseUnit: '个百分点', unitKind: 'percentage-points' })).toBe(
      '0.5 percentage points',
    );
    expect(metricEn({ number: 4.6, unit: '个', value: 46000, baseUnit: '个', unitKind: 'count' })).toBe('46,000');
    expect(metricEn({ number: 9, unit: '平方米', value: 90000, baseUnit: '平方米', unitKind: 'area', qualifier: '近' })).toBe(
      'nearly 90,000 m²',
    );
  });
  test('unknown units stay as written', () => {
    expect(metricEn({ number: 3, unit: '艘', value: 3, baseUnit: '艘', unitKind: 'count' })).toBe('3 艘');
    expect(metricEn({ number: 1, unit: '项', value: 1, baseUnit: '项', unitKind: 'count' })).toBe('1 item');
    expect(metricEn({ number: 10, unit: '年', value: 10, baseUnit: '年', unitKind: 'count' })).toBe('10 years');
    expect(metricEn({ number: 3.5, unit: '%', value: -3.5, baseUnit: '%', unitKind: 'growth-rate' })).toBe('−3.5%');
    expect(metricEn({ number: 13.2, unit: '%', value: -13.2, baseUnit: '%', unitKind: 'energy-intensity' })).toBe('−13.2%');
  });
  test('scale words', () => {
    expect(scaleEn(3000e8)).toBe('300 billion');
    expect(scaleEn(1.5e12)).toBe('1.5 trillion');
    expect(scaleEn(2_500_000)).toBe('2.5 million');
    expect(groupDigits(1234567.5)).toBe('1,234,567.5');
  });
});

describe('growth', () => {
  test('signed, in percent or percentage points', () => {
    expect(growthZh(8)).toBe('+8%');
    expect(growthZh(-3.2)).toBe('−3.2%');
    expect(growthZh(0.5, 'pp')).toBe('+0.5个百分点');
    expect(growthEn(0.5, 'pp')).toBe('+0.5 pp');
    expect(growthEn(0)).toBe('±0%');
  });
});

describe('periods', () => {
  test('labels', () => {
    expect(periodZh('2013')).toBe('2013年');
    expect(periodZh('2014-H1')).toBe('2014年上半年');
    expect(periodZh('2011-2015')).toBe('2011—2015年');
    expect(periodEn('2014-H2')).toBe('H2 2014');
    expect(periodEn('2011-2015')).toBe('2011–2015');
  });
  test('positions on a time axis keep half-years inside their year', () => {
    expect(periodPosition('2013')).toBe(2013);
    expect(periodPosition('2014-H1')).toBeGreaterThan(2014);
    expect(periodPosition('2014-H1')).toBeLessThan(periodPosition('2014-H2'));
    expect(periodPosition('2011-2015')).toBe(2015);
  });
});

describe('comparable display units', () => {
  test('currency in 亿元', () => {
    const unit = displayUnit('currency', '元');
    expect(unit.unit).toBe('亿元');
    expect(inDisplayUnit(1095e8, unit)).toBe('1,095');
    expect(inDisplayUnit(28187000000, unit)).toBe('281.87');
    expect(inDisplayUnit(12.345e8, unit)).toBe('12.35');
  });
  test('other kinds keep their base unit', () => {
    expect(displayUnit('count', '人').unit).toBe('人');
  });
});

describe('normalized values for <data value>', () => {
  test('the base-unit value as a valid HTML number, rid of binary noise', () => {
    expect(dataValue(807.62 * 1e8)).toBe('80762000000');
    expect(dataValue(1095e8)).toBe('109500000000');
    expect(dataValue(8.1)).toBe('8.1');
    expect(dataValue(-7.3)).toBe('-7.3');
    expect(dataValue(0.1 + 0.2)).toBe('0.3');
    expect(dataValue(46000)).toBe('46000');
  });
});

describe('US dollars', () => {
  test('are never relabelled as yuan', () => {
    const usd = { number: 2, scaleWord: '亿', unit: '美元', value: 2e8, baseUnit: '美元', unitKind: 'currency' };
    expect(metricEn(usd)).toBe('US$200 million');
    expect(displayUnit('currency', '美元').unit).toBe('亿美元');
    expect(displayUnit('currency', '元').unit).toBe('亿元');
  });
});
