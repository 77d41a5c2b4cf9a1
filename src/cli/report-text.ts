/**
 * The text of a report as the ingest wrote it, read back from its MDX: a result from the ingest cache has no document tree, only the file. Parsed by satteri,
 * the MDX parser the site renders with (src/render/report-html.ts).
 */
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { splitReportFile } from '../render/report-file.ts';

/**
 * The report's headings and paragraphs, whitespace removed (line breaks and indentation are
 * layout, not text). Not the front lines: title, dateline and speaker are a few characters of any
 * copy, and page chrome the cleaner does not know (a forum's user panel) stays there.
 */
export function reportTextOfMdx(mdx: string, path: string): string {
  const { body } = splitReportFile(mdx, path);
  const tree = mdxToMdast(body, { features: { gfm: false, frontmatter: false } }) as unknown as Root;
  const text = tree.children.filter((node) => !('name' in node && node.name === 'Front')).map((node) => toString(node));
  return text.join('').replace(/\s+/gu, '');
}
