/**
 * A report's MDX body → the HTML of its text, without compiling the MDX to a JavaScript module.
 *
 * The ingest writes every report in one closed MDX vocabulary (src/ingest/to-mdx.ts): nine
 * elements (Front, Line, Part, Section, H, P, Metric, Term, Damage) whose attributes are strings or
 * number literals, and text. Compiling each file into a module and rendering it through Astro's
 * JSX runtime cost most of the site build at scale (issue 7, docs/performance.md). Here the body is
 * parsed by satteri, the MDX parser Astro's own MDX integration uses, and each element is mapped to
 * hast as the components did; hast-util-to-html writes it. Anything outside the vocabulary (an
 * unknown element, Markdown syntax, an expression) is an error naming the file and the place:
 * the format is generated, so a surprise means a bug or a hand edit to look at.
 *
 * The figures' buttons point at their own metric id (`popovertarget="m3"`); which note a figure
 * opens depends on the rest of the corpus (src/lib/metric-note.ts) and is settled per page by
 * `pointFiguresAtNotes`, so this HTML depends on the file alone and can be cached with it.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { MdastNode } from 'satteri';
import { mdxToMdast } from 'satteri';
import type { BlockKind, DamageKind, Metric } from '../model.ts';
import { dataValue } from '../lib/format.ts';
import { damageKindLabel, t } from '../lib/i18n.ts';
import { bindFigurePunctuation } from './figure-punctuation.ts';

export interface BodyContext {
  /** The file, for messages (`content/reports/x.mdx`). */
  path: string;
  /** The line of the file the body starts on (after the frontmatter), so messages name file lines. */
  firstLine: number;
  metrics: ReadonlyMap<string, Metric>;
  /** Glossary term ids (content/glossary.yaml). */
  terms: ReadonlySet<string>;
  /** The link of a glossary term from the report page. */
  termHref: (id: string) => string;
}

/** An error in a report's MDX body, naming the file, line and column. */
export class ReportBodyError extends Error {
  override name = 'ReportBodyError';
}

const blockKinds: ReadonlySet<string> = new Set<BlockKind>(['preamble', 'part', 'appendix', 'closing']);

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

export function renderReportBody(body: string, ctx: BodyContext): string {
  const tree = mdxToMdast(body, { features: { gfm: false, frontmatter: false } }) as MdastNode as Node;
  const where = (node: Node) => {
    const start = node.position?.start;
    return start ? `${ctx.path}:${start.line + ctx.firstLine - 1}:${start.column}` : ctx.path;
  };
  const fail = (node: Node, reason: string): never => {
    throw new ReportBodyError(`${where(node)}: ${reason}`);
  };

  function attributes(node: Node): Map<string, string> {
    const out = new Map<string, string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) fail(node, `<${node.name}>: spread attributes are not part of the report format.`);
      const value = attribute.value;
      if (typeof value === 'string') out.set(attribute.name!, value);
      else if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') out.set(attribute.name!, value.value.trim());
      else fail(node, `<${node.name} ${attribute.name}>: expected a value.`);
    }
    return out;
  }
  function required(node: Node, attrs: Map<string, string>, name: string): string {
    return attrs.get(name) ?? fail(node, `<${node.name}>: missing the \`${name}\` attribute.`);
  }

  function children(node: Node): ElementContent[] {
    return (node.children ?? []).flatMap(content);
  }

  function content(node: Node): ElementContent[] {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value ?? '' }];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return [element(node)];
      // A flow element written inline in a paragraph (`<P>…</P>` on one line) is unwrapped, as MDX does.
      case 'paragraph':
        return children(node);
      default:
        return fail(node, `unexpected ${node.type} in a report body: the report format has only its elements and text.`);
    }
  }

  function element(node: Node): Element {
    const attrs = attributes(node);
    switch (node.name) {
      case 'Front':
        return h('div', { className: ['front'] }, children(node));
      case 'Line':
        return h('p', { className: ['front-line'] }, children(node));
      case 'Part': {
        const kind = required(node, attrs, 'kind');
        if (!blockKinds.has(kind)) fail(node, `<Part kind="${kind}">: expected preamble, part, appendix or closing.`);
        return h('section', { className: [`part-${kind}`] }, children(node));
      }
      case 'Section':
        return h('section', children(node));
      case 'H': {
        const id = required(node, attrs, 'id');
        const level = required(node, attrs, 'level');
        if (!['2', '3', '4'].includes(level)) fail(node, `<H id="${id}">: expected level 2, 3 or 4, found ${level}.`);
        return h(`h${level}`, { id }, bindFigurePunctuation(children(node)));
      }
      case 'P': {
        const id = required(node, attrs, 'id');
        return h('p', { id, className: attrs.has('marker') ? ['item'] : undefined }, bindFigurePunctuation(children(node)));
      }
      case 'Metric': {
        const id = required(node, attrs, 'id');
        const metric = ctx.metrics.get(id) ?? fail(node, `<Metric id="${id}">: no metric with this id in the frontmatter (it has ${ctx.metrics.size}).`);
        // No `type`: outside a form a button submits nothing, and on a page dense with figures the
        // attribute is ~4 % of the gzip weight (issue 7); test/helpers/checks keeps buttons out of forms.
        return h('button', { popoverTarget: id }, [h('data', { value: dataValue(metric.value) }, children(node))]);
      }
      case 'Term': {
        const id = required(node, attrs, 'id');
        if (!ctx.terms.has(id)) fail(node, `<Term id="${id}">: no glossary entry with this id in content/glossary.yaml.`);
        return h('a', { href: ctx.termHref(id) }, children(node));
      }
      case 'Damage': {
        const kind = required(node, attrs, 'kind');
        const label = Object.hasOwn(damageKindLabel, kind) ? damageKindLabel[kind as DamageKind] : fail(node, `<Damage kind="${kind}">: expected mojibake, placeholder or censored.`);
        const description = `${t('damageLabel')}:${label.zh}`;
        return h('span', { className: ['damage'], dataKind: kind, title: description }, [
          ...children(node),
          h('span', { className: ['damage-tag'], dataPagefindIgnore: true }, [
            h('span', { ariaHidden: 'true' }, '待核'),
            h('span', { className: ['visually-hidden'] }, `(${description})`),
          ]),
        ]);
      }
      default:
        return fail(node, `<${node.name ?? ''}>: not an element of the report format (Front, Line, Part, Section, H, P, Metric, Term, Damage).`);
    }
  }

  // Top-level blocks on lines of their own, as the MDX renderer wrote them.
  const blocks = (tree.children ?? []).flatMap(content);
  const root: HastRoot = { type: 'root', children: blocks.flatMap((b, i) => (i === 0 ? [b] : [{ type: 'text', value: '\n' }, b])) };
  return toHtml(root);
}
