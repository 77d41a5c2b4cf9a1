/**
 * What a saved web page says about itself outside its text: the `<title>` and the metadata that
 * Chinese government sites carry on every article page (政府网站发展指引, 2017: `SiteName`,
 * `ArticleTitle`, `PubDate`, `ContentSource`), and the common publication-date tags of other sites.
 * A report whose text never names its district (`我代表区人民政府…`) is still on the district's own
 * site; these are weak cues for identify, used only where the text settles nothing.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { PageMeta } from '../../model.ts';

const SITE_NAMES = ['sitename', 'og:site_name', 'contentsource'];
const TITLES = ['articletitle', 'og:title'];
const DATES = ['pubdate', 'publishdate', 'article:published_time', 'firstpublishedtime', 'publish_time', 'dc.date'];

export function readPageMeta(page: Root): PageMeta {
  const meta = new Map<string, string>();
  let title: string | undefined;
  visit(page, 'element', (node: Element) => {
    if (node.tagName === 'title' && title === undefined) title = textOf(node);
    if (node.tagName !== 'meta') return;
    const name = String(node.properties['name'] ?? node.properties['property'] ?? '').toLowerCase();
    const content = String(node.properties['content'] ?? '').trim();
    if (name && content && !meta.has(name)) meta.set(name, content);
  });
  const first = (names: readonly string[]) => names.map((name) => meta.get(name)).find((value) => value);
  const date = /((?:19|20)[0-9]{2})[-./年]([0-9]{1,2})[-./月]([0-9]{1,2})/.exec(first(DATES) ?? '');
  const names = [...new Set([first(TITLES), title, ...SITE_NAMES.map((name) => meta.get(name))].filter((value): value is string => Boolean(value?.trim())))];
  return {
    ...(names.length > 0 ? { names: names.map((name) => name.trim().slice(0, 120)) } : {}),
    ...(date ? { published: `${date[1]}-${date[2]?.padStart(2, '0')}-${date[3]?.padStart(2, '0')}` } : {}),
  };
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text.trim();
}
