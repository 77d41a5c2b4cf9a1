import { attribute, elements, type HtmlPage } from '../html.ts';
import { resolveLink } from '../urls.ts';
import type { Problem } from './problem.ts';

/** The page links to the search page with `rel="search"` (on `<a>` or `<link>`), by a relative URL. */
export function checkSearchLink(page: HtmlPage, searchPath = 'search.html'): Problem[] {
  const linksToSearch = elements(page.tree).some((element) => {
    if (element.tagName !== 'a' && element.tagName !== 'link') return false;
    if (!(attribute(element, 'rel') ?? '').split(/\s+/).includes('search')) return false;
    const target = resolveLink(page.path, attribute(element, 'href') ?? '');
    return target.kind === 'internal' && target.path === searchPath;
  });
  return linksToSearch ? [] : [{ page: page.path, message: `no <a> or <link> with rel="search" pointing at ${searchPath}` }];
}
