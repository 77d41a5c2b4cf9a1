/** What a built page costs in JavaScript, for the benchmark and scripts/page-weight.ts. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzip bytes of the scripts a page loads before search is opened: each `<script src>` file that
 * exists beside the page, and inline code. JSON data blocks (`application/json`, `ld+json`) are data.
 */
export function pageScriptBytes(htmlPath: string, html = readFileSync(htmlPath, 'utf8')): number {
  let gzip = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    const file = src ? join(dirname(htmlPath), src.split(/[?#]/)[0] ?? '') : undefined;
    if (file && !existsSync(file)) continue;
    gzip += gzipSync(file ? readFileSync(file) : Buffer.from(m[2] ?? '')).byteLength;
  }
  return gzip;
}
