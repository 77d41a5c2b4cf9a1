/**
 * Property: any report text — heavy in what MDX reads as syntax — goes through toMdx, compiles with
 * @mdx-js/mdx, renders, and comes back as exactly the same text, with element ids and attributes.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Block, Paragraph, Report, RichText, Span } from '../../src/model.ts';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { reportTree, toMdx } from '../../src/ingest/to-mdx.ts';
import { elements, renderMdx, textOf } from '../fixtures/outline/mdx-render.ts';

const tokens = [
  '{', '}', '<', '>', '*', '_', '#', '[', ']', '(', ')', '\\', '`', '~', '!', '|', '&', ';', ':', '=', '"', "'",
  '/', '-', '+', '.', '$', '%', '^', ' ', '  ', '\t', 'import', 'export', 'import {a} from "b"', 'export const x = 1',
  '1.', '1)', '- ', '> ', '# ', '```', '~~~', '&amp;', '&#123;', '&lt;', '<!--', '-->', '</P>', '<H>', '{/* */}',
  'http://a.b', '<http://a.b>', 'a@b.c', '***', '___', '---', '===', '[x]: /y', '![i](j)', '\\*', '\\{',
  '\u3000', '\u00a0', '\u000b', '\f', '\u200b', '\ufeff', '&nbsp;', '&', '&#x3C;',
  '一、', '(一)', '各位代表:', '生产总值', '1095亿元', '8%', '“十二五”', '**', '201*年', '。', ',',
];

const textArb = fc
  .array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 4 }), fc.string({ maxLength: 3, unit: 'grapheme' })), { minLength: 1, maxLength: 14 })
  // Paragraph text is one trimmed line. NUL cannot pass through markdown (it becomes U+FFFD, even
  // as `&#0;`); decode rejects binary input long before this stage.
  .map((parts) => parts.join('').replace(/[\r\n\u2028\u2029\u0000]/g, ' ').trim())
  .filter((text) => text !== '');

/** Rich text with up to three non-overlapping spans at arbitrary places. */
const richArb = fc
  .tuple(textArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('metric', 'term', 'damage')), { maxLength: 3 }))
  .map(([text, cuts]): RichText => {
    const spans: Span[] = [];
    let at = 0;
    cuts.forEach(([a, b, type], index) => {
      if (at >= text.length) return;
      const start = at + (a % (text.length - at));
      const end = start + 1 + (b % (text.length - start));
      at = end;
      if (type === 'metric') spans.push({ type, start, end, metricId: `m${index + 1}` });
      else if (type === 'term') spans.push({ type, start, end, termId: `t-${index}` });
      else spans.push({ type, start, end, kind: 'censored' });
    });
    return { text, spans, line: 1 };
  });

const reportArb = fc
  .record({
    front: fc.array(richArb, { maxLength: 2 }),
    heading: richArb,
    paragraphs: fc.array(fc.tuple(richArb, fc.option(fc.constantFrom('1.', '一是', '(1)', '一、'), { nil: undefined })), {
      minLength: 1,
      maxLength: 3,
    }),
    sectionHeading: richArb,
    sectionParagraph: richArb,
  })
  .map(({ front, heading, paragraphs, sectionHeading, sectionParagraph }): Report => {
    const children: Block['children'] = paragraphs.map(([rich, marker], index): Paragraph => ({
      type: 'paragraph',
      id: `s1-p${index + 1}`,
      ...rich,
      ...(marker ? { marker } : {}),
    }));
    children.push({
      type: 'section',
      id: 's1-1',
      marker: '(一)',
      heading: sectionHeading,
      children: [{ type: 'paragraph', id: 's1-1-p1', ...sectionParagraph }],
    });
    const block: Block = { type: 'block', id: 's1', kind: 'part', role: 'review', marker: '一、', heading, children };
    // toMdx serializes data as frontmatter only; the body is what this property is about.
    return { data: { slug: 'x' } as Report['data'], front, blocks: [block] };
  });

function spanElements(rich: RichText) {
  return rich.spans.map((span) => ({
    name: span.type === 'metric' ? 'Metric' : span.type === 'term' ? 'Term' : 'Damage',
    props:
      span.type === 'metric' ? { id: span.metricId } : span.type === 'term' ? { id: span.termId } : { kind: span.kind },
    text: rich.text.slice(span.start, span.end),
  }));
}

function renderedSpans(node: unknown) {
  return ['Metric', 'Term', 'Damage']
    .flatMap((name) => elements(node, name).map((element) => ({ element, name })))
    .map(({ element, name }) => {
      const { children: _children, ...props } = element.props;
      return { name, props, text: textOf(element) };
    });
}

function spanOrder(rich: RichText, spans: ReturnType<typeof renderedSpans>) {
  // Rendered spans are collected per component name; compare as a set ordered by text position.
  const expected = spanElements(rich);
  const key = (s: { name: string; text: string; props: object }) => `${s.name}|${JSON.stringify(s.props)}|${s.text}`;
  return [expected.map(key).sort(), spans.map(key).sort()];
}

describe('toMdx round trip through the MDX compiler', () => {
  test('text, ids, markers and spans come back exactly', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const tree = renderMdx(toMdx(report));
        const block = report.blocks[0] as Block;

        const lines = elements(tree, 'Line');
        expect(lines.map(textOf)).toEqual(report.front.map((line) => line.text));
        report.front.forEach((line, index) => {
          const [expected, actual] = spanOrder(line, renderedSpans(lines[index]));
          expect(actual).toEqual(expected);
        });

        const [part] = elements(tree, 'Part');
        expect(part?.props).toMatchObject({ block: 's1', kind: 'part', role: 'review' });

        const headings = elements(tree, 'H');
        const section = block.children.find((c) => c.type === 'section');
        const expectedHeadings = [
          { id: 's1', level: 2, rich: block.heading as RichText },
          { id: 's1-1', level: 3, rich: section?.type === 'section' ? section.heading : undefined },
        ];
        expect(headings.map((h) => [h.props.id, h.props.level, textOf(h)])).toEqual(
          expectedHeadings.map((h) => [h.id, h.level, h.rich?.text]),
        );

        const paragraphs = block.children.flatMap((c) => (c.type === 'paragraph' ? [c] : c.children));
        const rendered = elements(tree, 'P');
        expect(rendered.map((p) => [p.props.id, p.props.marker, textOf(p)])).toEqual(
          paragraphs.map((p) => [p.id, p.marker, p.text]),
        );
        paragraphs.forEach((p, index) => {
          const [expected, actual] = spanOrder(p, renderedSpans(rendered[index]));
          expect(actual).toEqual(expected);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the text fast path', () => {
  test('the body is exactly what the serializer writes with its own text handler', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const body = toMdx(report).replace(/^---\n[\s\S]*?\n---\n\n/, '');
        expect(body).toBe(toMarkdown(reportTree(report), { extensions: [mdxToMarkdown()] }));
      }),
      { numRuns: 300 },
    );
  });
});
