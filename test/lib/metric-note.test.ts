import { describe, expect, test } from 'vitest';
import { isPlain, metricNote, noteOwner, reportNotes, sharedFigures } from '../../src/lib/metric-note.ts';
import type { Indicator, Metric, ReportData } from '../../src/model.ts';

const gdp: Indicator = { id: 'gdp', label: '地区生产总值', synonyms: [], nameEn: 'Gross Regional Product', unitKind: 'currency', headline: true };
const m1: Metric = {
  id: 'm1', anchor: 's1-p1', text: '1095亿元', number: 1095, unit: '元', scaleWord: '亿', scale: 1e8, value: 1095e8, baseUnit: '元',
  unitKind: 'currency', indicator: 'gdp', period: '2013', role: 'actual', growth: 8, growthUnit: '%',
};
const m2: Metric = { id: 'm2', anchor: 's1-p1', text: '8%', number: 8, unit: '%', scale: 1, value: 8, baseUnit: '%', unitKind: 'percent', growthOf: 'm1', period: '2013', role: 'actual' };
const m3: Metric = { id: 'm3', anchor: 's1-p2', text: '4.6万个', number: 4.6, unit: '个', scaleWord: '万', scale: 1e4, value: 46000, baseUnit: '个', unitKind: 'count', label: '新增就业岗位', period: '2013', role: 'actual' };
const place = (name: string, slug: string) => ({ name, slug, nameEn: slug });
const report = {
  slug: 'shanghai-xuhui-2014', district: place('徐汇区', 'xuhui'), city: place('上海市', 'shanghai'), metrics: [m1, m2, m3],
} as unknown as ReportData;
const data = { indicator: (id: string) => (id === 'gdp' ? gdp : undefined), districtIndicators: () => [gdp] };

describe('metricNote', () => {
  test('a headline figure: names, value in full in both languages, period, role, growth, links', () => {
    expect(metricNote(m1, report, data)).toEqual({
      nameZh: '地区生产总值',
      indicator: 'gdp',
      label: undefined,
      valueZh: '1,095亿元',
      // The text says 1095亿元: grouping the digits is no news, so the page does not repeat it.
      valueAsWritten: true,
      valueEn: '¥109.5 billion',
      facts: ['2013年', '实际'],
      growth: '增长+8%',
      indicatorPage: 'indicators/gdp.html',
      districtPage: { path: 'districts/shanghai-xuhui.html', hash: 'gdp', label: '徐汇区历年数据' },
    });
  });
  test('a growth figure is named as the change of the figure it belongs to', () => {
    const note = metricNote(m2, report, data);
    expect(note.nameZh).toBe('地区生产总值的增长');
    expect(note.valueEn).toBe('8%');
  });
  test('a figure without a known indicator is named by its label and links nowhere', () => {
    const note = metricNote(m3, report, data);
    expect(note.nameZh).toBe('');
    expect(note.label).toBe('新增就业岗位');
    expect(note.indicator).toBeUndefined();
    expect(note.valueZh).toBe('4.6万个');
    expect(note.valueAsWritten).toBe(true);
    expect(note.valueEn).toBe('46,000');
    expect(note.indicatorPage).toBeUndefined();
    expect(note.districtPage).toBeUndefined();
  });
});

describe('which note a figure opens', () => {
  test('a growth figure beside its base opens the base\'s note; others their own', () => {
    expect(noteOwner(m2, report)).toBe('m1');
    expect(noteOwner(m1, report)).toBe('m1');
    const apart = { ...m2, id: 'm9', anchor: 's2-p1' };
    expect(noteOwner(apart, { metrics: [m1, apart] })).toBe('m9');
  });
  test('a report renders one note per figure that owns one, in text order', () => {
    expect(reportNotes(report, data).map((n) => n.id)).toEqual(['m1', 'm3']);
  });
});

describe('isPlain', () => {
  const plain = { nameZh: '', valueZh: '2,286名', valueAsWritten: false, valueEn: '2,286', facts: ['2005年', '实际'] };
  test('a note with no indicator, growth or series is plain, even when the value is formatted', () => {
    expect(isPlain(plain)).toBe(true);
  });
  test('an indicator link, a district series or a growth makes the note its own', () => {
    expect(isPlain({ ...plain, indicatorPage: 'indicators/gdp.html' })).toBe(false);
    expect(isPlain({ ...plain, districtPage: { path: 'districts/a-b.html', hash: 'gdp', label: 'x' } })).toBe(false);
    expect(isPlain({ ...plain, growth: '增长+8%' })).toBe(false);
  });
});

describe('sharedFigures', () => {
  test('the figure of each button opening a shared note, in text order', () => {
    const plain = (id: string, anchor: string): Metric => ({ ...m3, id, anchor, label: undefined });
    const withShared = { ...report, metrics: [m1, m2, plain('m4', 's1-p3'), m3, plain('m5', 's1-p4')] } as ReportData;
    const notes = reportNotes(withShared, data);
    expect(notes.filter((n) => n.shared).map((n) => n.id)).toEqual(['m4', 'm3', 'm5']);
    expect(sharedFigures(withShared, new Map(notes.map((n) => [n.id, n])))).toEqual(['m4', 'm3', 'm5']);
  });
});

describe('valueAsWritten', () => {
  test('a value that differs from the text in more than digit grouping is repeated in the note', () => {
    const scaled = { ...m1, text: '1095亿' } as Metric;
    expect(metricNote(scaled, report, data).valueAsWritten).toBe(false);
    const grouped = { ...m1, text: '1,095亿元' } as Metric;
    expect(metricNote(grouped, report, data).valueAsWritten).toBe(true);
  });
});
