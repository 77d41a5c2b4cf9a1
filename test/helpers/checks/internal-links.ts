import type { Element } from 'hast';
import { attribute, describe, elements, type HtmlPage } from '../html.ts';
import type { Site } from '../site.ts';
import { resolveLink, srcsetUrls } from '../urls.ts';
import type { Problem } from './problem.ts';

/** Attributes that hold one URL, by element (`*` for any). */
const urlAttributes: Record<string, readonly string[]> = {
  '*': ['href', 'src', 'poster'],
  form: ['action'],
  object: ['data'],
};

function urlsOf(element: Element): Array<{ name: string; url: string }> {
  const names = [...(urlAttributes['*'] ?? []), ...(urlAttributes[element.tagName] ?? [])];
  const urls = names.flatMap((name) => {
    const url = attribute(element, name);
    return url === undefined ? [] : [{ name, url }];
  });
  const srcset = attribute(element, 'srcset');
  if (srcset !== undefined) urls.push(...srcsetUrls(srcset).map((url) => ({ name: 'srcset', url })));
  return urls;
}

// A canonical URL is absolute by definition: it names the hosted page, not a file next to this one.
const isCanonical = (element: Element) =>
  element.tagName === 'link' && (attribute(element, 'rel') ?? '').split(/\s+/).includes('canonical');

/**
 * Every internal URL (href, src, srcset, poster, action, data) is relative, stays inside the site,
 * names an existing file (not a folder), and its fragment is an id on the target page.
 * `#` and `#top` are allowed: HTML defines them as the top of the page.
 */
export function checkInternalLinks(page: HtmlPage, site: Site, siteOrigins: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const element of elements(page.tree)) {
    if (isCanonical(element)) continue;
    for (const { name, url } of urlsOf(element)) {
      const report = (why: string) =>
        problems.push({ page: page.path, message: `${describe(element, name)} ${why}` });
      const target = resolveLink(page.path, url, siteOrigins);
      switch (target.kind) {
        case 'external':
          break;
        case 'empty':
          report('is an empty URL');
          break;
        case 'root-relative':
          report('is root-relative: it breaks when the site is opened from disk or under a sub-path');
          break;
        case 'site-absolute':
          report('is an absolute URL to the site itself: it must be relative');
          break;
        case 'outside':
          report("climbs out of the site's folder");
          break;
        case 'internal': {
          const kind = site.kind(target.path);
          if (target.folder || kind === 'directory') {
            report(`names a folder (${target.path || '.'}), not a file: folders do not open index.html from disk`);
          } else if (kind === 'missing') {
            report(`points at ${target.path}, which does not exist`);
          } else if (target.fragment && target.fragment !== 'top' && !target.fragment.startsWith(':~:')) {
            const targetPage = site.page(target.path);
            if (targetPage && !hasId(targetPage, target.fragment)) {
              report(`points at #${target.fragment}, which is not an id on ${target.path}`);
            }
          }
          break;
        }
      }
    }
  }
  return problems;
}

const idSets = new WeakMap<HtmlPage, Set<string>>();

function hasId(page: HtmlPage, id: string): boolean {
  let ids = idSets.get(page);
  if (!ids) {
    ids = new Set(elements(page.tree).flatMap((element) => attribute(element, 'id') ?? []));
    idSets.set(page, ids);
  }
  return ids.has(id);
}
