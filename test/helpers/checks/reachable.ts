import { attribute, elements } from '../html.ts';
import type { Site } from '../site.ts';
import { resolveLink } from '../urls.ts';
import type { Problem } from './problem.ts';

/**
 * Every HTML page can be reached from the home page by following `<a href>` links, except the pages
 * named in `unlinked` (404.html is shown by the server, not linked).
 */
export function checkReachable(site: Site, home = 'index.html', unlinked: readonly string[] = ['404.html']): Problem[] {
  const seen = new Set<string>([home]);
  const queue = [home];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const page = site.page(path);
    if (!page) continue;
    for (const element of elements(page.tree)) {
      if (element.tagName !== 'a' && element.tagName !== 'area') continue;
      const target = resolveLink(path, attribute(element, 'href') ?? '');
      if (target.kind === 'internal' && !seen.has(target.path) && site.page(target.path)) {
        seen.add(target.path);
        queue.push(target.path);
      }
    }
  }
  return site
    .pages()
    .filter((page) => !seen.has(page.path) && !unlinked.includes(page.path))
    .map((page) => ({ page: page.path, message: `not reachable by links from ${home}` }));
}
