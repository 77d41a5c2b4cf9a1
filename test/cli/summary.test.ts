import { expect, test } from 'vitest';
import { formatTable, formatTotals } from '../../src/cli/summary.ts';
import { padEnd, textWidth } from '../../src/cli/text-width.ts';

test('Chinese characters and full-width punctuation take two columns', () => {
  expect(textWidth('abc')).toBe(3);
  expect(textWidth('徐汇区')).toBe(6);
  expect(textWidth('(一)')).toBe(4);
  expect(textWidth('\uff08一\uff09\uff0c')).toBe(8);
  expect(padEnd('徐汇区', 8)).toBe('徐汇区  ');
});

test('the table lines up columns by display width', () => {
  const row = {
    slug: 'shanghai-xuhui-2014',
    district: '徐汇区',
    city: '上海市',
    kind: 'gov',
    year: '2014',
    structure: '2/13/37',
    removed: '14',
    flags: 'damage:3 sidecar',
  };
  const table = formatTable([row, { ...row, slug: 'hangzhou-shangcheng-2015', district: '上城区', city: '杭州市', flags: '' }]);
  expect(table).toBe(
    [
      'slug                      district  city    kind  year  parts/sect/para  removed  flags',
      'shanghai-xuhui-2014       徐汇区    上海市  gov   2014  2/13/37          14       damage:3 sidecar',
      'hangzhou-shangcheng-2015  上城区    杭州市  gov   2014  2/13/37          14',
    ].join('\n'),
  );
});

test('totals', () => {
  expect(formatTotals({ reports: 5, failed: 0, warnings: 1, removed: 20, damage: 3 })).toBe(
    '5 reports, 0 failed, 1 warning, 20 noise lines removed, 3 damaged spans',
  );
});
