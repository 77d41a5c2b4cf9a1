/**
 * Web page stage: a saved page's text → the report's own lines, and what was dropped.
 *
 * The page is parsed by parse5 (hast-util-from-html), which repairs markup the way a browser does
 * (unclosed `<p>` inside table cells, stray `</div>`: common on government sites). The report is
 * found among navigation, breadcrumbs, share bars, related links and footers by Mozilla's
 * Readability (the content extraction behind Firefox's Reader View: text density, link density
 * and class/id cues, kept up to date against thousands of real pages) run over linkedom, a light
 * DOM, on the repaired markup. Its result is parsed again as hast and turned into lines by block
 * structure (html-lines.ts). Every line of the page that is not in the result is listed as dropped.
 */
import { Readability } from '@mozilla/readability';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { parseHTML } from 'linkedom';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Dropped, PageMeta } from '../../model.ts';
import { readPageMeta } from './page-meta.ts';
import { collectDropped } from './dropped.ts';
import { hastToLines, invisibleElements } from './html-lines.ts';

export interface ExtractedPage {
  lines: string[];
  dropped: Dropped[];
  meta: PageMeta;
}

/** Fewer Han characters than this in what Readability found: the page holds no report. */
export const MIN_REPORT_HAN = 200;
/** Share of the found text inside links above which it is a list of links, not a report. */
export const MAX_LINK_SHARE = 0.5;

const hanChar = /\p{Script=Han}/gu;

export function extractPage(html: string, file: VFile): ExtractedPage {
  const name = file.path || '(unnamed input)';
  const page = fromHtml(html);
  const meta = readPageMeta(page);
  pruneInvisible(page);
  const pageLines = hastToLines(bodyOf(page));

  const { document } = parseHTML(toHtml(page));
  // Readability reads the page's own structure only; class names are not kept (no styling here).
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const content = fromHtml(article?.content ?? '', { fragment: true });
  const lines = withTitle(hastToLines(content), article?.title, pageLines);
  const han = lines.join('').match(hanChar)?.length ?? 0;
  const linkShare = shareInLinks(content);
  if (han < MIN_REPORT_HAN || linkShare > MAX_LINK_SHARE) {
    const found =
      han < MIN_REPORT_HAN
        ? `its main text has ${han} Chinese characters`
        : `${Math.round(linkShare * 100)} % of its main text is links (a list page)`;
    file.fail(
      `${name}: no report found in the web page (${found}, of ${pageLines.length} lines on the page); ` +
        `expected a page whose main text is a report of at least ${MIN_REPORT_HAN} Chinese characters`,
      { ruleId: 'html-no-report', source: 'baogao' },
    );
  }
  return { lines, dropped: collectDropped(droppedLines(pageLines, lines).map((text) => ({ rule: 'html-boilerplate', text }))), meta };
}

/** The head's title and meta tags stay: Readability reads the page title from them. */
const keptInHead = new Set(['head', 'title', 'meta']);

/** Scripts, styles, forms' controls and comments go before Readability sees the page. */
function pruneInvisible(page: Root): void {
  visit(page, (node, index, parent) => {
    const invisible =
      node.type === 'comment' || (node.type === 'element' && !keptInHead.has(node.tagName) && invisibleElements.has(node.tagName));
    if (!invisible || parent === undefined || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

function bodyOf(page: Root): Root | Element {
  const html = page.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  return html?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'body') ?? page;
}

/**
 * Readability takes the page's headline out of the text (it reports it as the title). A report's
 * title says what it is (kind, year), so when the headline stands on the page and the text does
 * not contain it, it goes back in front. The headline is the page title, or the part of it before
 * or after a separator (`2014年政府工作报告_徐汇区人民政府`), that is a line of the page.
 */
export function withTitle(lines: string[], title: string | null | undefined, pageLines: readonly string[]): string[] {
  const whole = title?.trim() ?? '';
  const candidates = [whole, ...whole.split(/\s*[_|｜]\s*|\s+[-–—]\s+/)].map((part) => part.trim());
  const headline = candidates.find((part) => [...part].length >= 4 && pageLines.includes(part));
  if (!headline || lines.some((line) => line.includes(headline))) return lines;
  return [headline, ...lines];
}

/** Lines of the page that did not reach the report, in page order (a multiset difference). */
export function droppedLines(pageLines: readonly string[], kept: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const line of kept) left.set(line, (left.get(line) ?? 0) + 1);
  return pageLines.filter((line) => {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    return n === 0;
  });
}

function shareInLinks(tree: Root): number {
  let all = 0;
  let inLinks = 0;
  const walk = (node: Root | Element, link: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        const n = child.value.replace(/\s/g, '').length;
        all += n;
        if (link) inLinks += n;
      } else if (child.type === 'element') walk(child, link || child.tagName === 'a');
    }
  };
  walk(tree, false);
  return all === 0 ? 0 : inLinks / all;
}
