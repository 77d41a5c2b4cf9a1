import { describe, expect, test } from 'vitest';
import { citeApa, citeGbt, reportAuthor } from '../../src/lib/citation.ts';

const report = {
  title: '上海市徐汇区2014年政府工作报告',
  kind: 'government-work-report' as const,
  year: 2014,
  date: '2014-01-08',
  district: { name: '徐汇区', slug: 'xuhui', nameEn: 'Xuhui District' },
  city: { name: '上海市', slug: 'shanghai', nameEn: 'Shanghai' },
};
const url = 'https://example.org/reports/shanghai-xuhui-2014.html';

describe('citations', () => {
  test('author is the district government or party committee', () => {
    expect(reportAuthor(report)).toBe('上海市徐汇区人民政府');
    expect(reportAuthor({ ...report, kind: 'party-committee-report' })).toBe('中共上海市徐汇区委员会');
  });
  test('GB/T 7714 report', () => {
    expect(citeGbt({ report, url })).toBe(
      `上海市徐汇区人民政府. 上海市徐汇区2014年政府工作报告[R/OL]. (2014-01-08)[引用日期]. ${url}.`,
    );
  });
  test('GB/T 7714 section as a contribution, with the anchor URL', () => {
    expect(citeGbt({ report, url: `${url}#s1`, section: '一、2013年工作回顾' })).toBe(
      `上海市徐汇区人民政府. 一、2013年工作回顾[R/OL]//上海市徐汇区人民政府. 上海市徐汇区2014年政府工作报告. (2014-01-08)[引用日期]. ${url}#s1.`,
    );
  });
  test('a paragraph: its section as the contribution, the paragraph id as the locator', () => {
    expect(citeGbt({ report, url: `${url}#s1-p2`, section: '一、2013年工作回顾', locator: 's1-p2' })).toBe(
      `上海市徐汇区人民政府. 一、2013年工作回顾[R/OL]//上海市徐汇区人民政府. 上海市徐汇区2014年政府工作报告: 段落 s1-p2. (2014-01-08)[引用日期]. ${url}#s1-p2.`,
    );
    expect(citeApa({ report, url: `${url}#s1-p2`, section: '一、回顾', locator: 's1-p2' })).toMatch(/^上海市徐汇区人民政府\. \(2014, January 8\)\. 一、回顾 \(para\. s1-p2\)\. In /);
  });
  test('APA report and section; a report without a date cites its year', () => {
    expect(citeApa({ report, url })).toBe(
      `上海市徐汇区人民政府. (2014, January 8). 上海市徐汇区2014年政府工作报告 [Government work report, Xuhui District, Shanghai, 2014]. ${url}`,
    );
    expect(citeApa({ report: { ...report, date: undefined }, url, section: '一、回顾' })).toMatch(
      /^上海市徐汇区人民政府\. \(2014\)\. 一、回顾\. In 上海市徐汇区2014年政府工作报告 \[/,
    );
  });
});

describe('section titles', () => {
  test('a heading that ends a sentence is cited without its full stop', () => {
    expect(citeApa({ report, url, section: '(二)注重功能布局。' })).toContain('(二)注重功能布局. In ');
    expect(citeGbt({ report, url, section: '(二)注重功能布局。' })).toContain('(二)注重功能布局[R/OL]//');
  });
});
