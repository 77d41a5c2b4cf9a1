import { describe, expect, test } from 'vitest';
import { runInNewContext } from 'node:vm';
import { dataScript, figuresData, glossaryData, glossaryGlobal } from '../../src/lib/notes-data.ts';
import type { MetricNote } from '../../src/lib/metric-note.ts';
import type { GlossaryTerm, Indicator } from '../../src/model.ts';

const gdp: Indicator = {
  id: 'gdp', label: '地区生产总值', synonyms: [], nameEn: 'Gross Regional Product', unitKind: 'currency', headline: true,
  definition: '新创造的价值总和。', definitionEn: 'Value added.',
};
const jobs: Indicator = { id: 'new-jobs', label: '新增就业岗位', synonyms: [], nameEn: 'New Jobs Created', unitKind: 'count', headline: false };
const term: GlossaryTerm = { id: 'shierwu', term: '十二五', aliases: [], zh: '2011—2015年的“规划”</script>', en: '12th Five-Year Plan' };
const note = (over: Partial<MetricNote>): MetricNote => ({ nameZh: '', valueZh: '', valueAsWritten: false, valueEn: '', facts: [], ...over });

describe('glossaryData', () => {
  test('by id: term, explanation, English explanation', () => {
    expect(glossaryData([term])).toEqual({ shierwu: ['十二五', '2011—2015年的“规划”</script>', '12th Five-Year Plan'] });
  });
});

describe('figuresData', () => {
  test("each note's English value and label; only the indicators the notes name", () => {
    const notes = [
      { id: 'm1', note: note({ indicator: 'gdp', valueZh: '1,095亿元', valueEn: '¥109.5 billion' }) },
      { id: 'm2', note: note({ valueZh: '36个', valueEn: '36', label: '引进项目' }) },
    ];
    const lookup = (id: string) => [gdp, jobs].find((i) => i.id === id);
    expect(figuresData(notes, lookup, ['m2'])).toEqual({
      figures: { m1: ['1,095亿元', '¥109.5 billion', ''], m2: ['36个', '36', '引进项目'] },
      indicators: { gdp: ['Gross Regional Product', '新创造的价值总和。', 'Value added.'] },
      shared: ['m2'],
    });
  });
});

describe('dataScript', () => {
  test('sets the global to exactly the data, whatever the text holds', () => {
    const data = glossaryData([term]);
    const window: Record<string, unknown> = {};
    runInNewContext(dataScript(glossaryGlobal, data), { window });
    expect(window[glossaryGlobal]).toEqual(data);
  });
});
