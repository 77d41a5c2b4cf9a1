import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/model.ts';
import { corpusEntry, outlineSanity, scoreIdentity, summarizeIdentity } from '../../src/eval/identity.ts';

const entry = (expected: Record<string, unknown>) =>
  corpusEntry.parse({
    id: 'r001',
    source: 'https://example.gov.cn/',
    expected: { district: '徐汇区', city: '上海市', year: 2016, kind: 'government-work-report', coverage: 'year', review: 2015, year_stated: true, ...expected },
  });

const report = (data: Record<string, unknown>, paragraphs: string[] = ['一二三', '四']): Report =>
  ({
    data: {
      district: { name: '徐汇区' },
      city: { name: '上海市' },
      year: 2016,
      kind: 'government-work-report',
      coverage: 'year',
      reviewPeriod: '2015',
      ...data,
    },
    front: [],
    blocks: [
      {
        type: 'block', id: 's1', kind: 'part', role: 'review', marker: '',
        children: paragraphs.map((text, i) => ({ type: 'paragraph', id: `s1-p${i + 1}`, text, spans: [], line: 1 })),
      },
    ],
  }) as unknown as Report;

describe('scoreIdentity', () => {
  test('a right identity is identified, fact by fact', () => {
    const result = scoreIdentity(entry({}), { report: report({}) });
    expect(result.identified).toBe(true);
    expect(Object.values(result.correct).every(Boolean)).toBe(true);
  });

  test('a wrong city or year is not identified; a wrong review period is counted on its own', () => {
    expect(scoreIdentity(entry({}), { report: report({ city: { name: '长春市' } }) }).identified).toBe(false);
    const review = scoreIdentity(entry({}), { report: report({ reviewPeriod: '2014' }) });
    expect([review.identified, review.correct.review]).toEqual([true, false]);
  });

  test('a half-year review written as its year matches `YYYY-H1`', () => {
    const result = scoreIdentity(entry({ coverage: 'half-year', review: 2020, year: 2020 }), {
      report: report({ year: 2020, coverage: 'half-year', reviewPeriod: '2020-H1' }),
    });
    expect(result.correct.review).toBe(true);
  });

  test('a refusal identifies nothing; for a text a reader cannot identify it is the right outcome', () => {
    const refused = scoreIdentity(entry({}), { error: 'unknown-year' });
    const negative = scoreIdentity(entry({ district: null, city: null }), { error: 'unknown-district' });
    const summary = summarizeIdentity([refused, negative]);
    expect(summary).toMatchObject({ reports: 1, identified: 0, refused: 1, negatives: { refused: 1, total: 1 } });
  });

  test('outline sanity: parts and the share of the text in the longest paragraph', () => {
    expect(outlineSanity(report({}))).toEqual({ parts: 1, headedParts: 0, largestParagraphShare: 0.75 });
  });
});
