/**
 * To MDX: the report as an mdast tree of MDX JSX elements, serialized by `mdast-util-to-markdown`
 * with `mdast-util-mdx`, under frontmatter holding the report's data as JSON (which is YAML 1.2, so
 * any frontmatter reader takes it; see `frontmatter`).
 *
 *   <Front><Line>…</Line>…</Front>
 *   <Part block="s1" kind="part" role="review">
 *     <H id="s1" level={2}>一、2013年工作回顾</H>
 *     <P id="s1-p1">…<Metric id="m1">1095亿元</Metric>…</P>
 *     <Section section="s1-1">
 *       <H id="s1-1" level={3}>(一)…</H>
 *       <P id="s1-1-p1" marker="1.">…</P>
 *     </Section>
 *   </Part>
 *
 * Headings, paragraphs and lines are text elements alone in a markdown paragraph, so they sit on
 * one line and MDX unwraps them (no `<p>` around them). `level={2}` is an expression attribute
 * carrying only its source value: the serializer needs nothing more, and the MDX compiler parses
 * it again. Every character of report text is text: the serializer escapes what MDX would read as
 * syntax (`{`, `<`, `*`, `[`, `\` …), checked by a property test that compiles the output.
 */
import type { Paragraph as MdastParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle, type State } from 'mdast-util-to-markdown';
import type { Block, Paragraph, Report, RichText, Section, Span } from '../model.ts';

export function toMdx(report: Report): string {
  const options = { extensions: [mdxToMarkdown(), { handlers: { text: plainText } }] };
  return `${frontmatter(report)}\n${toMarkdown(reportTree(report), options)}`;
}

/**
 * The serializer's own text handler, skipped for text it would return unchanged. `state.safe`
 * escapes only at a character some unsafe pattern names (each pattern matches its `character`), and
 * otherwise only backslashes (its `escapeBackslashes` also looks at the character after the text).
 * Most report text is Han and full-width punctuation with none of these, and running every pattern
 * over it was a tenth of the ingest's time.
 */
const plainText: Handle = (node, parent, state, info) => {
  const value = (node as { value: string }).value;
  const unsafe = unsafeCharacters(state);
  if (!unsafe.test(value) && !(info.after ?? '').includes('\\')) return value;
  return defaultHandlers.text(node, parent, state, info);
};

/** Every character an unsafe pattern of this serializer names, and the backslash. */
const unsafeSets = new WeakMap<State['unsafe'], RegExp>();

function unsafeCharacters(state: State): RegExp {
  let pattern = unsafeSets.get(state.unsafe);
  if (!pattern) {
    const characters = new Set(['\\', ...state.unsafe.map((u) => u.character)]);
    const escaped = [...characters].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    pattern = new RegExp(`[${escaped.join('')}]`);
    unsafeSets.set(state.unsafe, pattern);
  }
  return pattern;
}

/**
 * The report's data as JSON between the `---` fences, one top-level key per line:
 *
 *   {
 *   "slug":"shanghai-xuhui-2014",
 *   "title":"上海市徐汇区2014年政府工作报告",
 *   …
 *   "metrics":[{"id":"m1",…},…]
 *   }
 *
 * JSON is YAML 1.2, so the file stays ordinary MDX with YAML frontmatter (Astro reads it with
 * js-yaml: strings stay strings, `2014-01-17` never becomes a Date), and a loader may read it with
 * `JSON.parse` when it starts with `{`. It was `yaml.stringify`, 18 % of the ingest's time at 1000
 * reports. Compact values, not `JSON.stringify(data, null, 2)`: at 1000 reports the frontmatter is
 * 20 MB instead of 30 MB (23 MB as YAML), and js-yaml reads it a third faster; a line per key keeps
 * the head of the file readable. Key order is the data's. Characters YAML does not allow raw in a
 * stream are written as `\uXXXX`.
 */
export function frontmatter(report: Report): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(report.data)) {
    // As JSON.stringify: a key whose value is undefined is left out.
    if (value !== undefined) lines.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
  }
  return `---\n{\n${lines.join(',\n').replace(yamlNonPrintable, escapeUnicode)}\n}\n---\n`;
}

/**
 * Left raw by JSON.stringify but outside YAML's printable set (YAML 1.2 §5.1) or a line break to
 * YAML 1.1 readers: DEL, the C1 controls (NEL included), U+FFFE, U+FFFF. JSON.stringify already
 * escapes C0 controls and lone surrogates.
 */
const yamlNonPrintable = /[\u007f-\u009f\ufffe\uffff]/g;

const escapeUnicode = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The body as an mdast tree. */
export function reportTree(report: Report): Root {
  const children: RootContent[] = [];
  if (report.front.length > 0) {
    children.push(flow('Front', {}, report.front.map((line) => alone(text('Line', {}, line)))));
  }
  children.push(...report.blocks.map(block));
  return { type: 'root', children };
}

function block(node: Block): MdxJsxFlowElement {
  const children: MdxJsxFlowElement['children'] = [];
  if (node.heading) children.push(heading(node.id, 2, node.heading));
  for (const child of node.children) children.push(child.type === 'section' ? section(child) : paragraph(child));
  return flow('Part', { block: node.id, kind: node.kind, role: node.role }, children);
}

function section(node: Section): MdxJsxFlowElement {
  return flow('Section', { section: node.id }, [heading(node.id, 3, node.heading), ...node.children.map(paragraph)]);
}

function heading(id: string, level: number, rich: RichText): MdastParagraph {
  const element = text('H', { id }, rich);
  element.attributes.push({
    type: 'mdxJsxAttribute',
    name: 'level',
    value: { type: 'mdxJsxAttributeValueExpression', value: String(level) },
  });
  return alone(element);
}

function paragraph(node: Paragraph): MdastParagraph {
  return alone(text('P', node.marker ? { id: node.id, marker: node.marker } : { id: node.id }, node));
}

/** Text and span elements of a RichText; spans must lie within the text and not overlap. */
export function phrasing(rich: RichText): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const span of [...rich.spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > rich.text.length || span.end <= span.start) {
      throw new Error(`Span ${span.start}–${span.end} overlaps or leaves the text of line ${rich.line} (${rich.text.length} characters)`);
    }
    if (span.start > at) nodes.push({ type: 'text', value: rich.text.slice(at, span.start) });
    const inner: PhrasingContent[] = [{ type: 'text', value: rich.text.slice(span.start, span.end) }];
    nodes.push(element(...spanElement(span), inner));
    at = span.end;
  }
  if (at < rich.text.length) nodes.push({ type: 'text', value: rich.text.slice(at) });
  return nodes;
}

function spanElement(span: Span): [string, Record<string, string>] {
  switch (span.type) {
    case 'metric':
      return ['Metric', { id: span.metricId }];
    case 'term':
      return ['Term', { id: span.termId }];
    case 'damage':
      return ['Damage', { kind: span.kind }];
  }
}

const attributes = (values: Record<string, string>): MdxJsxAttribute[] =>
  Object.entries(values).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));

function flow(name: string, attrs: Record<string, string>, children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(attrs), children };
}

function element(name: string, attrs: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(attrs), children };
}

function text(name: string, attrs: Record<string, string>, rich: RichText): MdxJsxTextElement {
  return element(name, attrs, phrasing(rich));
}

/** A text element alone in a paragraph: one line of MDX, which MDX unwraps to just the element. */
function alone(node: MdxJsxTextElement): MdastParagraph {
  return { type: 'paragraph', children: [node] };
}
