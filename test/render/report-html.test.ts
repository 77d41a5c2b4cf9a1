/**
 * The site's renderer of report MDX (src/render/report-html.ts): each element of the report
 * format becomes the HTML the page shows, anything else fails naming the file and place, and on
 * the real seeds it reads the MDX exactly as the MDX compiler (@mdx-js/mdx) does.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import type { Metric } from '../../src/model.ts';
import { renderReportBody, type BodyContext } from '../../src/render/report-html.ts';
import { splitReportFile } from '../../src/render/report-file.ts';
import { elements, renderMdx, textOf } from '../fixtures/outline/mdx-render.ts';
import { ingestProjectSeeds } from '../helpers/seeds.ts';

const metric = (id: string, value: number): Metric =>
  ({ id, value, text: String(value), anchor: 's1-p1', period: '2013', role: 'actual', number: value, unit: '' }) as unknown as Metric;

const ctx = (over: Partial<BodyContext> = {}): BodyContext => ({
  path: 'content/reports/x.mdx',
  firstLine: 10,
  metrics: new Map([['m1', metric('m1', 109500000000)]]),
  terms: new Set(['shierwu']),
  termHref: (id) => `../glossary.html#${id}`,
  ...over,
});

describe('renderReportBody', () => {
  test('maps each element of the report format to its HTML', () => {
    const body = [
      '<Front>',
      '  <Line>政府工作报告</Line>',
      '</Front>',
      '',
      '<Part block="s1" kind="part" role="review">',
      '  <H id="s1" level={2}>一、回顾</H>',
      '  <P id="s1-p1">生产总值<Metric id="m1">1095亿元</Metric>,“<Term id="shierwu">十二五</Term>”<Damage kind="censored">\\*\\*</Damage>。</P>',
      '  <Section section="s1-1">',
      '    <H id="s1-1" level={3}>(一)发展</H>',
      '    <P id="s1-1-p1" marker="1.">1.建设</P>',
      '  </Section>',
      '</Part>',
      '',
    ].join('\n');
    expect(renderReportBody(body, ctx())).toBe(
      '<div class="front"><p class="front-line">政府工作报告</p></div>\n' +
        '<section class="part-part"><h2 id="s1">一、回顾</h2>' +
        '<p id="s1-p1">生产总值<span><button popovertarget="m1"><data value="109500000000">1095亿元</data></button>,</span>“<a href="../glossary.html#shierwu">十二五</a>”' +
        '<span class="damage" data-kind="censored" title="文字损坏/待核:原文以星号遮蔽">**<span class="damage-tag" data-pagefind-ignore><span aria-hidden="true">待核</span><span class="visually-hidden">(文字损坏/待核:原文以星号遮蔽)</span></span></span>。</p>' +
        '<section><h3 id="s1-1">(一)发展</h3><p id="s1-1-p1" class="item">1.建设</p></section></section>',
    );
  });

  test.each([
    ['an unknown element', '<P id="s1-p1"><Foo>x</Foo></P>', /x\.mdx:10:15: <Foo>: not an element of the report format/],
    ['a figure without a metric', '<P id="s1-p1">a<Metric id="m9">1</Metric></P>', /x\.mdx:10:16: <Metric id="m9">: no metric with this id/],
    ['an unknown glossary term', '\n<P id="s1-p1"><Term id="nope">x</Term></P>', /x\.mdx:11:15: <Term id="nope">: no glossary entry/],
    ['a heading level out of range', '<H id="s1" level={7}>x</H>', /x\.mdx:10:1: <H id="s1">: expected level 2, 3 or 4, found 7/],
    ['a missing attribute', '<P>x</P>', /x\.mdx:10:1: <P>: missing the `id` attribute/],
    ['Markdown syntax', '<P id="s1-p1">*x*</P>', /x\.mdx:10:15: unexpected emphasis in a report body/],
    ['an expression', '<P id="s1-p1">{1 + 1}</P>', /x\.mdx:10:15: unexpected mdx(Text|Flow)Expression in a report body/],
    ['a bad block kind', '<Part block="s1" kind="chapter" role="review">\n</Part>', /x\.mdx:10:1: <Part kind="chapter">: expected preamble/],
  ])('fails on %s, naming the file, line and column', (_, body, message) => {
    expect(() => renderReportBody(body, ctx())).toThrow(message);
  });
});

describe('splitReportFile', () => {
  test('reads JSON frontmatter, YAML frontmatter, and where the body starts', () => {
    expect(splitReportFile('---\n{"slug": "a"}\n---\n<P id="x">y</P>\n', 'a.mdx')).toEqual({ data: { slug: 'a' }, body: '<P id="x">y</P>\n', bodyLine: 4 });
    expect(splitReportFile('---\nslug: "a"\nyear: 2014\n---\n\nbody', 'a.mdx')).toEqual({ data: { slug: 'a', year: 2014 }, body: '\nbody', bodyLine: 5 });
  });
  test('fails naming the file when there is no frontmatter or it does not parse', () => {
    expect(() => splitReportFile('<P id="x">y</P>', 'content/reports/a.mdx')).toThrow(/^content\/reports\/a\.mdx:1:1: expected frontmatter/);
    expect(() => splitReportFile('---\n{"slug": \n---\n', 'a.mdx')).toThrow(/^a\.mdx:2:1: the frontmatter does not parse/);
  });
});

describe('on the seeds', async () => {
  const seeds = await ingestProjectSeeds();
  const hast = (html: string): Root => fromHtml(html, { fragment: true });
  const byTag = (root: Root, test: (e: Element) => boolean): Element[] => {
    const out: Element[] = [];
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (test(child)) out.push(child);
        walk(child);
      }
    };
    walk(root);
    return out;
  };

  /** The element without the `待核` tags the page adds after damaged text (they are not report text). */
  const withoutDamageTags = (e: Element): Element => ({
    ...e,
    children: e.children
      .filter((c) => !(c.type === 'element' && (c.properties['className'] as string[] | undefined)?.includes('damage-tag')))
      .map((c) => (c.type === 'element' ? withoutDamageTags(c) : c)),
  });

  describe.each(seeds.map(({ seed, result }) => ({ name: seed.name, result })))('$name', ({ result }) => {
    const file = splitReportFile(result.mdx, 'x.mdx');
    const data = result.report.data;
    const html = renderReportBody(file.body, ctx({ metrics: new Map(data.metrics.map((m) => [m.id, m])), terms: new Set(data.terms) }));
    const root = hast(html);
    const reference = renderMdx(result.mdx);

    test('paragraphs and headings: the same anchors, in the same order, with the same text as the MDX compiler renders', () => {
      const ours = byTag(root, (e) => /^(p|h[234])$/.test(e.tagName) && typeof e.properties['id'] === 'string').map((e) => [
        String(e.properties['id']),
        toString(withoutDamageTags(e)),
      ]);
      const theirs = [...elements(reference, 'P'), ...elements(reference, 'H')]
        .map((e) => [String(e.props['id']), textOf(e)])
        .sort((a, b) => ours.findIndex((o) => o[0] === a[0]) - ours.findIndex((o) => o[0] === b[0]));
      expect(ours.length).toBeGreaterThan(10);
      expect(ours).toEqual(theirs);
    });

    test('every figure and term of the MDX is in the HTML, in order', () => {
      const figures = byTag(root, (e) => e.tagName === 'button').map((e) => String(e.properties['popoverTarget']));
      expect(figures).toEqual(elements(reference, 'Metric').map((e) => String(e.props['id'])));
      const terms = byTag(root, (e) => e.tagName === 'a').map((e) => String(e.properties['href']).split('#')[1]);
      expect(terms).toEqual(elements(reference, 'Term').map((e) => String(e.props['id'])));
    });
  });
});
