/**
 * The offline copy's name and the text of the `[data-offline-download]` element in its three
 * states: before packaging, on the hosted site (link and size), inside the ZIP itself.
 */
export const offlineZipName = 'baogao-offline.zip';

export const offlineDownload = {
  pending: '整站离线版（ZIP）在打包后提供：运行 npm run package。',
  /** Inside the ZIP there is nothing to download: the reader already has the copy. */
  insideZip: '这是本站的离线副本：用浏览器打开其中的 index.html 即可阅读和搜索，无需联网。',
};

/** `1.2 MB`, `850 KB`: the size shown beside the link. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The element's inner HTML on the hosted site: a link (relative to the page) with the size. */
export function downloadLinkHtml(href: string, bytes: number): string {
  return `<a href="${escapeHtml(href)}" download>下载整站离线版</a>（ZIP，${escapeHtml(formatSize(bytes))}）：解压后用浏览器打开其中的 index.html，无需联网，搜索也可用。`;
}

const placeholder = /(<([a-z]+)\b[^>]*\bdata-offline-download\b[^>]*>)[\s\S]*?(<\/\2>)/g;

/** Replaces the inner HTML of every `[data-offline-download]` element of a page. */
export function fillOfflineDownload(html: string, innerHtml: string): string {
  return html.replace(placeholder, (_, open: string, _tag: string, close: string) => `${open}${innerHtml}${close}`);
}

export { escapeHtml };
