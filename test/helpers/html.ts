/**
 * HTML parsed with a real parser (parse5, through hast), and the few lookups the checks need.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema } from 'property-information';
import { visit } from 'unist-util-visit';

/** One HTML file of the built site: its path inside dist/ (posix, e.g. `reports/x.html`) and its tree. */
export interface HtmlPage {
  path: string;
  source: string;
  tree: Root;
}

export function parsePage(path: string, source: string): HtmlPage {
  return { path, source, tree: fromHtml(source) };
}

/** Every element in document order (template contents excluded: they are not part of the page). */
export function elements(tree: Root | Element): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    found.push(node);
  });
  return found;
}

/** An attribute as written in HTML (`popovertarget`, `rel`, `data-copy-link`), or undefined when absent. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[find(htmlSchema, name).property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

export function hasAttribute(element: Element, name: string): boolean {
  return attribute(element, name) !== undefined;
}

/** The ids on a page, each with how often it occurs. */
export function idCounts(tree: Root): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of elements(tree)) {
    const id = attribute(element, 'id');
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** A short human description of an element for messages: `<a href="x.html">`. */
export function describe(element: Element, ...names: string[]): string {
  const shown = names
    .map((name) => [name, attribute(element, name)] as const)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<${element.tagName}${shown}>`;
}
