/**
 * A figure in the text is a button, which lays out as an atomic inline box, and CSS allows a line
 * break after any atomic inline, even before a character that may not start a line (CSS Text 3
 * §5.1): a full-width `,` or `。` after a figure could begin the next line (Chromium does this;
 * `display: inline` does not help, a button stays atomic). So the figure and the closing
 * punctuation right after it are wrapped in a `<span>` that CSS keeps on one line
 * (`.report-text span:has(> [popovertarget])`). Only the markup around the text changes: its
 * characters and their order stay as they are.
 */
import type { ElementContent } from 'hast';

/**
 * Characters that may not start a line (kinsoku), full-width and ASCII: ， 。 、 ； ： ？ ！ ） ］ 」 』
 * 】 〕 〉 》 ” ’ … — ％ ‰ · and , . ; : ? ! ) ] %.
 */
const closing = '\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF1F\uFF01\uFF09\uFF3D\u300D\u300F\u3011\u3015\u3009\u300B\u201D\u2019\u2026\u2014\uFF05\u2030\u00B7,.;:?!)\\]%';
const leadingClosing = new RegExp(`^[${closing}]+`);

const isFigure = (node: ElementContent | undefined): boolean =>
  node?.type === 'element' && node.tagName === 'button' && node.properties['popoverTarget'] !== undefined;

/** The children of a paragraph or heading, with each figure and the closing punctuation after it kept together. */
export function bindFigurePunctuation(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const next = children[i + 1];
    const marks = isFigure(node) && next?.type === 'text' ? leadingClosing.exec(next.value)?.[0] : undefined;
    if (!marks || next?.type !== 'text') {
      out.push(node);
      continue;
    }
    out.push({ type: 'element', tagName: 'span', properties: {}, children: [node, { type: 'text', value: marks }] });
    const rest = next.value.slice(marks.length);
    // The rest of the text is the next child now (it may itself be followed by a figure).
    children = [...children.slice(0, i + 1), ...(rest ? [{ type: 'text' as const, value: rest }] : []), ...children.slice(i + 2)];
  }
  return out;
}
