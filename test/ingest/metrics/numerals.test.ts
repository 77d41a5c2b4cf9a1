import { describe, expect, test } from 'vitest';
import { parseArabic, parseChinese, parseNumber, scaled, toAsciiDigits } from '../../../src/ingest/metrics/numerals.ts';

describe('parseArabic', () => {
  test.each([
    ['1095', 1095],
    ['118.7', 118.7],
    ['1,095', 1095],
    ['1,234,567.5', 1234567.5],
    ['１０９５', 1095],
    ['３．５', 3.5],
    ['0', 0],
    ['20900', 20900],
  ])('%s → %d', (text, value) => expect(parseArabic(text)).toBe(value));

  test.each(['', '1,09', '12,34,567', '1.2.3', 'abc', '1095亿', '-3'])('%s is not an Arabic number', (text) =>
    expect(parseArabic(text)).toBeUndefined(),
  );
});

describe('parseChinese', () => {
  test.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['三千二百', 3200],
    ['三千二', 3200],
    ['一万五', 15000],
    ['两万', 20000],
    ['十万', 100000],
    ['三万二千', 32000],
    ['一万零五百', 10500],
    ['两千万', 20000000],
    ['一亿五千万', 150000000],
    ['二十亿', 2000000000],
    ['两亿零三百万', 203000000],
    ['二〇一四', 2014],
    ['壹佰', 100],
  ])('%s → %d', (text, value) => expect(parseChinese(text)).toBe(value));

  test.each(['', '万', '亿', '百', '三五', '十二五x', '第三'])('%s is not a Chinese number', (text) =>
    expect(parseChinese(text)).toBeUndefined(),
  );
});

describe('parseNumber', () => {
  test('keeps the scale word apart from an Arabic number', () => {
    expect(parseNumber('3.5万')).toEqual({ number: 3.5, scaleWord: '万', scale: 1e4 });
    expect(parseNumber('1095亿')).toEqual({ number: 1095, scaleWord: '亿', scale: 1e8 });
    expect(parseNumber('1594 亿')).toEqual({ number: 1594, scaleWord: '亿', scale: 1e8 });
    expect(parseNumber('2千万')).toEqual({ number: 2, scaleWord: '千万', scale: 1e7 });
    expect(parseNumber('1.2万亿')).toEqual({ number: 1.2, scaleWord: '万亿', scale: 1e12 });
  });

  test('a Chinese numeral carries its own magnitude', () => {
    expect(parseNumber('两万')).toEqual({ number: 20000, scale: 1 });
    expect(parseNumber('一亿五千万')).toEqual({ number: 150000000, scale: 1 });
  });

  test('rejects text that is not wholly a number', () => {
    expect(parseNumber('3.5万人')).toBeUndefined();
    expect(parseNumber('十二五规划')).toBeUndefined();
  });
});

test('scaled removes binary noise', () => {
  expect(scaled(4.6, 1e4)).toBe(46000);
  expect(scaled(118.7, 1e8)).toBe(11870000000);
  expect(scaled(0.07, 100)).toBe(7);
});

test('toAsciiDigits changes digits only', () => {
  expect(toAsciiDigits('增长８．５％，')).toBe('增长8.5％，');
});
