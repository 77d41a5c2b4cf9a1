/**
 * `fetch` for Pagefind, over http and from disk alike. Chromium refuses `fetch()` of `file://` URLs,
 * but a classic `<script src>` inserted into the page still loads from disk (and from a server). So
 * the site's one copy of the index is `search-assets/index/`: every file Pagefind fetches, as a
 * classic script that hands its bytes (base64) to `__baogaoPagefindFile(name, base64)`; this `fetch`
 * loads that script and answers with the bytes as a Response. esbuild injects it in place of the
 * global `fetch` in the bundle of Pagefind's own `pagefind.js`: the same engine reads the same
 * index for the hosted site and the copy opened from disk (docs/search.md, "One index").
 */

type FileCallback = (name: string, base64: string) => void;

declare global {
  interface Window {
    __baogaoPagefindFile?: FileCallback;
  }
}

/** Where the index lives: `search-assets/index/`, next to this bundle. */
const scriptSrc = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : location.href;
const dataBase = new URL('index/', scriptSrc).href;

const arrived = new Map<string, string>();
const waiting = new Map<string, Array<(base64: string) => void>>();

window.__baogaoPagefindFile = (name, base64) => {
  arrived.set(name, base64);
  for (const resolve of waiting.get(name) ?? []) resolve(base64);
  waiting.delete(name);
};

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The file's name inside `pagefind/` (`index/zh-cn_1a2b.pf_index`), from the URL Pagefind asks for. */
export function pagefindFileName(url: string): string {
  const path = url.replace(/[?#].*$/s, '');
  const at = path.lastIndexOf('/pagefind/');
  if (at < 0) throw new Error(`offline search: not a Pagefind file: ${url}`);
  return path.slice(at + '/pagefind/'.length);
}

function loadFile(name: string): Promise<string> {
  const ready = arrived.get(name);
  if (ready !== undefined) return Promise.resolve(ready);
  return new Promise((resolve, reject) => {
    const first = !waiting.has(name);
    waiting.set(name, [...(waiting.get(name) ?? []), resolve]);
    if (!first) return;
    const script = document.createElement('script');
    script.src = `${dataBase}${name}.js`;
    script.onload = () => script.remove();
    script.onerror = () => {
      script.remove();
      waiting.delete(name);
      reject(new Error(`offline search: could not load ${script.src}`));
    };
    document.head.append(script);
  });
}

/** The `fetch` Pagefind calls: every request names a file of its bundle. */
export async function offlineFetch(input: RequestInfo | URL): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const base64 = await loadFile(pagefindFileName(url));
  const type = url.includes('.json') ? 'application/json' : 'application/octet-stream';
  return new Response(bytesOf(base64), { status: 200, headers: { 'content-type': type } });
}

export { offlineFetch as fetch };
