import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import * as OpenCC from 'opencc-js';
import { glossaryTerm, type Block, type GlossaryTerm, type Paragraph, type Section } from '../../src/model.ts';
import { buildNeedles, findTerms, matchTerms } from '../../src/ingest/terms.ts';

const glossary: GlossaryTerm[] = [
  { id: 'shierwu', term: '十二五', aliases: [], zh: '', en: '' },
  { id: 'sifeng', term: '四风', aliases: [], zh: '', en: '' },
  { id: 'sangong-jingfei', term: '三公经费', aliases: ['“三公”经费'], zh: '', en: '' },
  { id: 'baxiang-guiding', term: '八项规定', aliases: ['中央八项规定'], zh: '', en: '' },
  { id: 'wanggehua-guanli', term: '网格化管理', aliases: ['网格化'], zh: '', en: '' },
  { id: 'jiuqu-gaizao', term: '旧区改造', aliases: ['旧改'], zh: '', en: '' },
  { id: 'bot', term: 'BOT', aliases: [], zh: '', en: '' },
  { id: 'rexian-12345', term: '12345热线', aliases: [], zh: '', en: '' },
];

const paragraph = (id: string, text: string): Paragraph => ({ type: 'paragraph', id, text, spans: [], line: 1 });
const section = (id: string, heading: string, ...children: Paragraph[]): Section => ({
  type: 'section',
  id,
  marker: '(一)',
  heading: { text: heading, spans: [], line: 1 },
  children,
});
const block = (id: string, heading: string | undefined, ...children: Array<Paragraph | Section>): Block => ({
  type: 'block',
  id,
  kind: 'part',
  role: 'review',
  marker: '',
  ...(heading === undefined ? {} : { heading: { text: heading, spans: [], line: 1 } }),
  children,
});

describe('findTerms', () => {
  test('marks the first use of a term in each section only', () => {
    const blocks = [
      block(
        's1',
        '一、2013年工作回顾',
        section('s1-1', '(一)反对四风。', paragraph('s1-1-p1', '纠正四风,坚决纠正四风。')),
        section('s1-2', '(二)其他。', paragraph('s1-2-p1', '继续纠正四风。')),
      ),
    ];
    const { terms, spans } = findTerms({ blocks }, glossary);
    expect(terms).toEqual(['sifeng']);
    expect(spans.get('s1-1')).toEqual([{ type: 'term', start: 5, end: 7, termId: 'sifeng' }]);
    expect(spans.has('s1-1-p1')).toBe(false);
    expect(spans.get('s1-2-p1')).toEqual([{ type: 'term', start: 4, end: 6, termId: 'sifeng' }]);
  });

  test("a block's own heading and paragraphs are one scope, apart from its sections", () => {
    const blocks = [
      block(
        's1',
        '一、实施十二五规划',
        paragraph('s1-p1', '十二五规划中期评估。'),
        section('s1-1', '(一)十二五。', paragraph('s1-1-p1', '十二五。')),
        paragraph('s1-p2', '十二五收官。'),
      ),
      block('s2', undefined, paragraph('s2-p1', '完成十二五规划。')),
    ];
    const { spans } = findTerms({ blocks }, glossary);
    expect([...spans.keys()]).toEqual(['s1', 's1-1', 's2-p1']);
    expect(spans.get('s1')).toEqual([{ type: 'term', start: 4, end: 7, termId: 'shierwu' }]);
  });

  test('a term in quotation marks counts, and a quoted alias maps to its term', () => {
    const blocks = [
      block('s1', undefined, paragraph('s1-p1', '实施“十二五”规划,公开“三公”经费预算。')),
      block('s2', undefined, paragraph('s2-p1', '严控“三公经费”支出。')),
    ];
    const { terms, spans } = findTerms({ blocks }, glossary);
    expect(terms).toEqual(['shierwu', 'sangong-jingfei']);
    expect(spans.get('s1-p1')).toEqual([
      { type: 'term', start: 3, end: 6, termId: 'shierwu' },
      { type: 'term', start: 12, end: 18, termId: 'sangong-jingfei' },
    ]);
    expect(spans.get('s2-p1')).toEqual([{ type: 'term', start: 3, end: 7, termId: 'sangong-jingfei' }]);
  });

  test('the longest spelling wins and matches never overlap', () => {
    const text = '认真贯彻中央八项规定,加强网格化管理和网格化服务。';
    const { spans } = findTerms({ blocks: [block('s1', undefined, paragraph('s1-p1', text))] }, glossary);
    const marked = (spans.get('s1-p1') ?? []).map((s) => text.slice(s.start, s.end));
    expect(marked).toEqual(['中央八项规定', '网格化管理']);
  });

  test('every use is found by matchTerms, in text order, without overlaps', () => {
    const text = '旧区改造和旧改,旧区改造。';
    const found = matchTerms(text, buildNeedles(glossary));
    expect(found.map((m) => [text.slice(m.start, m.end), m.termId])).toEqual([
      ['旧区改造', 'jiuqu-gaizao'],
      ['旧改', 'jiuqu-gaizao'],
      ['旧区改造', 'jiuqu-gaizao'],
    ]);
  });

  test('Latin and digit terms do not match inside longer words or numbers', () => {
    const needles = buildNeedles(glossary);
    expect(matchTerms('ROBOT企业', needles)).toEqual([]);
    expect(matchTerms('拨打912345热线', needles)).toEqual([]);
    expect(matchTerms('以BOT形式建设,12345热线', needles).map((m) => m.termId)).toEqual(['bot', 'rexian-12345']);
  });

  test('a report without glossary terms gives no spans', () => {
    const { terms, spans } = findTerms({ blocks: [block('s1', '一、回顾', paragraph('s1-p1', '生产总值1095亿元。'))] }, glossary);
    expect(terms).toEqual([]);
    expect(spans.size).toBe(0);
  });
});

describe('content/glossary.yaml', () => {
  const entries = z.array(glossaryTerm).parse(parse(readFileSync('content/glossary.yaml', 'utf8')));

  test('has at least 45 terms with unique ids and explanations in both languages', () => {
    expect(entries.length).toBeGreaterThanOrEqual(45);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.zh.length, e.id).toBeGreaterThan(10);
      expect(e.en.length, e.id).toBeGreaterThan(20);
    }
  });

  test('no spelling belongs to two terms', () => {
    const spellings = entries.flatMap((e) => [e.term, ...e.aliases]);
    expect(new Set(spellings).size).toBe(spellings.length);
  });

  test('every term is used by a seed (traditional seeds read in simplified script)', () => {
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const seeds = readdirSync('seeds')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => toSimplified(readFileSync(`seeds/${f}`, 'utf8').replace(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g, '')))
      .join('\n');
    const unused = entries.filter((e) => ![e.term, ...e.aliases].some((s) => seeds.includes(s))).map((e) => e.id);
    expect(unused).toEqual([]);
  });
});
