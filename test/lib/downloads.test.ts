import { describe, expect, test } from 'vitest';
import { csvField, metricsCsv, reportsJson } from '../../src/lib/downloads.ts';
import type { ReportData } from '../../src/model.ts';

const place = (name: string, slug: string) => ({ name, slug, nameEn: slug });
const report: ReportData = {
  slug: 'shanghai-xuhui-2014', title: '上海市徐汇区2014年政府工作报告', kind: 'government-work-report', coverage: 'year',
  district: place('徐汇区', 'xuhui'), city: place('上海市', 'shanghai'), province: place('上海市', 'shanghai'), year: 2014,
  provenance: {
    sourceFile: 'a.txt', sha256: 'a'.repeat(64), bytes: 10, encoding: 'utf-8', convertedFromTraditional: false,
    removals: [{ line: 1, rule: 'chrome-share', text: '分享' }], damage: [], overrides: [], facts: [{ fact: 'district', source: 'text' }],
  },
  outline: [],
  metrics: [{
    id: 'm1', anchor: 's1-p1', text: '1095亿元', number: 1095, unit: '元', scaleWord: '亿', scale: 1e8, value: 1095e8, baseUnit: '元',
    unitKind: 'currency', label: '全年实现生产总值,其中"服务业"', indicator: 'gdp', period: '2013', role: 'actual', growth: 8, growthUnit: '%',
  }],
  terms: [],
};

describe('metrics.csv', () => {
  test('fields with commas or quotes are quoted per RFC 4180', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField(undefined)).toBe('');
    expect(csvField(8)).toBe('8');
  });
  test('a header and one row a figure, with the page and anchor of the paragraph', () => {
    const csv = metricsCsv([report]);
    expect(csv.startsWith('\uFEFFreport,city,district,year,metric,anchor,indicator')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      'shanghai-xuhui-2014,上海市,徐汇区,2014,m1,s1-p1,gdp,"全年实现生产总值,其中""服务业""",1095亿元,1095,亿,元,109500000000,元,currency,,2013,actual,8,%,,reports/shanghai-xuhui-2014.html#s1-p1',
    );
  });
});

describe('reports.json', () => {
  test('one object a report with its page and a provenance summary', () => {
    const [first] = JSON.parse(reportsJson([report])) as Array<Record<string, unknown>>;
    expect(first?.page).toBe('reports/shanghai-xuhui-2014.html');
    expect(first?.provenance).toEqual({
      sourceFile: 'a.txt', sha256: 'a'.repeat(64), bytes: 10, encoding: 'utf-8', convertedFromTraditional: false,
      removedLines: 1, damage: [], overrides: [],
    });
    expect((first?.metrics as unknown[]).length).toBe(1);
  });
});
