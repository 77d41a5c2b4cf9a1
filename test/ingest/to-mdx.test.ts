import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parse as parseYaml } from 'yaml';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { reportData, type Identity, type Report, type ReportData } from '../../src/model.ts';
import { outline, summarizeOutline } from '../../src/ingest/outline.ts';
import { toMdx } from '../../src/ingest/to-mdx.ts';
import {
  childrenOf,
  elements,
  isElement,
  mdxBody,
  renderMdx,
  textOf,
  type RenderedElement,
} from '../fixtures/outline/mdx-render.ts';
import { seedLines } from '../fixtures/outline/seed-lines.ts';

const place = (name: string, slug: string, nameEn: string) => ({ name, slug, nameEn });

const data: ReportData = reportData.parse({
  slug: 'shanghai-xuhui-2014',
  title: '上海市徐汇区2014年政府工作报告',
  kind: 'government-work-report',
  coverage: 'year',
  district: place('徐汇区', 'xuhui', 'Xuhui District'),
  city: place('上海市', 'shanghai', 'Shanghai'),
  province: place('上海市', 'shanghai', 'Shanghai'),
  year: 2014,
  date: '2014-01-08',
  reviewPeriod: '2013',
  planYear: 2014,
  speaker: { name: '过剑飞', title: '区长' },
  meeting: '上海市徐汇区第十五届人民代表大会第四次会议',
  provenance: {
    sourceFile: '000_8a680f93dd4856e3.txt',
    sha256: '0'.repeat(64),
    bytes: 1234,
    encoding: 'utf-8',
    convertedFromTraditional: false,
    removals: [{ line: 1, rule: 'chrome-toolbar', text: '无障碍工具条: yes {x} # no' }],
    damage: [{ line: 37, column: 12, kind: 'censored', text: '**' }],
    overrides: [],
    facts: [{ fact: 'date', source: 'text', line: 12, evidence: '——2014年1月8日' }],
  },
  outline: [],
});

const report: Report = {
  data,
  front: [{ text: '政府工作报告(2014年)', spans: [], line: 9 }],
  blocks: [
    {
      type: 'block',
      id: 's1',
      kind: 'part',
      role: 'review',
      marker: '一、',
      period: '2013',
      heading: { text: '一、2013年工作回顾', spans: [], line: 19 },
      children: [
        {
          type: 'paragraph',
          id: 's1-p1',
          text: '全年实现生产总值1095亿元,增长8%。“十二五”**',
          spans: [
            { type: 'metric', start: 8, end: 14, metricId: 'm1' },
            { type: 'metric', start: 17, end: 19, metricId: 'm2' },
            { type: 'term', start: 21, end: 24, termId: 'shierwu' },
            { type: 'damage', start: 25, end: 27, kind: 'censored' },
          ],
          line: 21,
        },
        {
          type: 'section',
          id: 's1-1',
          marker: '(一)',
          heading: { text: '(一)注重发展的质量和效益。', spans: [], line: 23 },
          children: [{ type: 'paragraph', id: 's1-1-p1', marker: '1.', text: '1.建设{保障性}住房<22万>平方米。', spans: [], line: 23 }],
        },
      ],
    },
    {
      type: 'block',
      id: 'c',
      kind: 'closing',
      role: 'other',
      marker: '',
      children: [{ type: 'paragraph', id: 'c-p1', text: '各位代表,让我们 * 努力 _ 奋斗!', spans: [], line: 62 }],
    },
  ],
};

describe('toMdx', () => {
  test('writes the body format of COMMON.md, escaping syntax in the text', () => {
    expect(mdxBody(toMdx(report))).toBe(
      [
        '',
        '<Front>',
        '  <Line>政府工作报告(2014年)</Line>',
        '</Front>',
        '',
        '<Part block="s1" kind="part" role="review">',
        '  <H id="s1" level={2}>一、2013年工作回顾</H>',
        '',
        '  <P id="s1-p1">全年实现生产总值<Metric id="m1">1095亿元</Metric>,增长<Metric id="m2">8%</Metric>。“<Term id="shierwu">十二五</Term>”<Damage kind="censored">\\*\\*</Damage></P>',
        '',
        '  <Section section="s1-1">',
        '    <H id="s1-1" level={3}>(一)注重发展的质量和效益。</H>',
        '',
        '    <P id="s1-1-p1" marker="1.">1.建设\\{保障性}住房\\<22万>平方米。</P>',
        '  </Section>',
        '</Part>',
        '',
        '<Part block="c" kind="closing" role="other">',
        '  <P id="c-p1">各位代表,让我们 \\* 努力 \\_ 奋斗!</P>',
        '</Part>',
        '',
      ].join('\n'),
    );
  });

  test('frontmatter reads back, as Astro reads it, to the same validated data', () => {
    const { frontmatter } = parseFrontmatter(toMdx(report));
    expect(reportData.parse(frontmatter)).toEqual(data);
    expect(frontmatter).toMatchObject({ date: '2014-01-08', reviewPeriod: '2013', planYear: 2014 });
  });

  test('renders to the text it was given, spans as elements with their ids', () => {
    const tree = renderMdx(toMdx(report));
    expect(elements(tree, 'P').map(textOf)).toEqual([
      '全年实现生产总值1095亿元,增长8%。“十二五”**',
      '1.建设{保障性}住房<22万>平方米。',
      '各位代表,让我们 * 努力 _ 奋斗!',
    ]);
    expect(elements(tree, 'Metric').map((m) => [m.props.id, textOf(m)])).toEqual([
      ['m1', '1095亿元'],
      ['m2', '8%'],
    ]);
    expect(elements(tree, 'Term').map((t) => t.props.id)).toEqual(['shierwu']);
    expect(elements(tree, 'Damage').map((d) => [d.props.kind, textOf(d)])).toEqual([['censored', '**']]);
    expect(elements(tree, 'Part').map((p) => p.props.block)).toEqual(['s1', 'c']);
  });

  test('rejects a span that leaves its text or overlaps another', () => {
    const bad = structuredClone(report);
    const first = bad.blocks[0]?.children[0];
    if (first?.type !== 'paragraph') throw new Error('fixture changed');
    first.spans = [
      { type: 'metric', start: 8, end: 15, metricId: 'm1' },
      { type: 'term', start: 12, end: 16, termId: 'x' },
    ];
    expect(() => toMdx(bad)).toThrow(/Span 12–16 overlaps or leaves the text of line 21/);
    first.spans = [{ type: 'metric', start: 20, end: 99, metricId: 'm1' }];
    expect(() => toMdx(bad)).toThrow(/Span 20–99/);
  });

  test('a whole seed renders back to its cleaned text, line by line', () => {
    const lines = seedLines('001_fb16f82d61c4a2eb.txt');
    const identity = { reviewPeriod: '2017', planYear: 2018 } as Identity;
    const { front, blocks } = outline(lines, { file: new VFile(), identity });
    const seedReport: Report = { data: { ...data, outline: summarizeOutline(blocks) }, front, blocks };
    const tree = renderMdx(toMdx(seedReport));
    const rendered = [...elements(tree, 'Line'), ...elements(tree, 'Part').flatMap((part) => elementsInOrder(part))]
      .map(textOf)
      .join('');
    const strip = (text: string) => text.replace(/\s+/g, '');
    expect(strip(rendered)).toBe(strip(lines.map((l) => l.text).join('')));
  });
});

/** H and P elements in document order, sections nested in between. */
function elementsInOrder(node: unknown): RenderedElement[] {
  if (!isElement(node)) return [];
  if (node.type === 'H' || node.type === 'P') return [node];
  return childrenOf(node).flatMap(elementsInOrder);
}

describe('frontmatter as JSON', () => {
  const fenced = (mdx: string) => /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '';

  test('is one JSON object, a top-level key per line, that round-trips through the schema', () => {
    const json = fenced(toMdx(report));
    expect(json.startsWith('{\n"slug":"shanghai-xuhui-2014",\n"title":')).toBe(true);
    expect(json.split('\n')).toHaveLength(Object.keys(data).length + 2);
    const parsed: unknown = JSON.parse(json);
    expect(reportData.parse(parsed)).toEqual(data);
    expect(Object.keys(parsed as object)).toEqual(Object.keys(data));
  });

  test('is YAML too: yaml and Astro (js-yaml) read the same object, strings stay strings', () => {
    const mdx = toMdx(report);
    const json = fenced(mdx);
    expect(parseYaml(json)).toEqual(JSON.parse(json));
    expect(parseFrontmatter(mdx).frontmatter).toEqual(JSON.parse(json));
  });

  test('escapes characters YAML does not allow raw; the value reads back unchanged', () => {
    const odd = 'a\u007fb\u0085c\u009fd\uffffe"f\\g\nh\u2028i';
    const withOdd: Report = {
      ...report,
      data: { ...data, provenance: { ...data.provenance, removals: [{ line: 1, rule: 'chrome-toolbar', text: odd }] } },
    };
    const mdx = toMdx(withOdd);
    const json = fenced(mdx);
    expect(json).toContain(String.raw`a\u007fb\u0085c\u009fd\uffffe\"f\\g\nh`);
    expect(json).not.toMatch(/[\u007f-\u009f\ufffe\uffff]/);
    for (const read of [JSON.parse(json), parseYaml(json), parseFrontmatter(mdx).frontmatter]) {
      expect(reportData.parse(read).provenance.removals[0]?.text).toBe(odd);
    }
  });
});
