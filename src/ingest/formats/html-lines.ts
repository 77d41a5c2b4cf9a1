/**
 * A parsed HTML tree (hast) → lines of text, following the page's block structure: every block
 * element (`p`, `div`, `h1`–`h6`, `li`, table rows and cells, …) and every `br` ends a line, inline
 * elements run on. A table row of plain cells (a data table: 序号 项目 完成时间) is one line, its
 * cells separated by a space, as a row copied from a browser reads; a cell holding blocks or `br`
 * (a layout table with the article in it) is a block like any other. Whitespace collapses as a browser shows it, except that a source line break
 * between two Han characters is dropped (Chinese has no spaces between words: the break is the
 * page's source wrapping, not a space). No-break spaces and U+3000 stay: `clean` trims them.
 * The parser has decoded entities already, so text is taken as it stands (decoded once).
 */
import type { Element, Nodes, Root } from 'hast';

const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is never text a reader sees. */
export const invisibleElements = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'embed',
  'svg', 'math', 'canvas', 'video', 'audio', 'select', 'option', 'button', 'input', 'textarea',
]);

const han = /\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u;

export interface LineOptions {
  /**
   * Where blocks hold lines broken by `br` (Word paragraphs of manual line breaks, as text pasted
   * from a PDF is), a blank line after every block: a paragraph ends there, not at every `br`,
   * and the clean stage, which joins hard-wrapped lines back (unwrap.ts), needs to know.
   */
  blankBetweenBrokenBlocks?: boolean;
}

export function hastToLines(tree: Root | Element, options: LineOptions = {}): string[] {
  const lines: string[] = [];
  let current = '';
  let brokenBy = 0;
  const breakLine = () => {
    const line = finishLine(current);
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: Nodes, pre: boolean) => {
    if (node.type === 'text') {
      current += pre ? node.value.replace(/\r\n?|\n/g, '\u2028') : node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (invisibleElements.has(node.tagName) || isHidden(node)) return;
      if (node.tagName === 'br') {
        brokenBy += 1;
        return breakLine();
      }
    }
    if (node.type === 'element' && node.tagName === 'tr' && isPlainRow(node)) {
      breakLine();
      current = node.children
        .filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
        .map((cell) => finishLine(inlineText(cell)))
        .filter(Boolean)
        .join(' ');
      return breakLine();
    }
    const block = node.type === 'element' && blockElements.has(node.tagName);
    if (block) breakLine();
    for (const child of node.children) walk(child as Nodes, pre || (node.type === 'element' && node.tagName === 'pre'));
    if (block) breakLine();
    if (block && lines.length > 0 && lines.at(-1) !== '') lines.push('');
  };
  walk(tree, false);
  breakLine();
  if (!options.blankBetweenBrokenBlocks || brokenBy === 0) {
    const unbroken = lines.filter((line) => line !== '');
    lines.length = 0;
    lines.push(...unbroken);
  } else if (lines.at(-1) === '') lines.pop();
  // Line breaks kept inside `pre` become lines of their own.
  return lines.flatMap((line) => (line === '' ? [''] : line.split('\u2028').map((l) => l.trim()).filter(Boolean)));
}

function finishLine(raw: string): string {
  const collapsed = raw
    .replace(/[\t\n\f\r ]*\n[\t\n\f\r ]*/g, (match, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + match.length] ?? '';
      return han.test(before) && han.test(after) ? '' : ' ';
    })
    .replace(/[\t\f\r ]+/g, ' ');
  return collapsed.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
}

/** A row whose cells hold only inline content. */
function isPlainRow(row: Element): boolean {
  const hasBlock = (node: Nodes): boolean =>
    node.type === 'element' && (node.tagName === 'br' || blockElements.has(node.tagName) || node.children.some(hasBlock));
  return row.children.every((cell) => cell.type !== 'element' || cell.children.every((child) => !hasBlock(child)));
}

function inlineText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || invisibleElements.has(node.tagName) || isHidden(node)) return '';
  return node.children.map(inlineText).join('');
}

function isHidden(node: Element): boolean {
  if (node.properties['hidden'] !== undefined && node.properties['hidden'] !== false) return true;
  const style = String(node.properties['style'] ?? '');
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
