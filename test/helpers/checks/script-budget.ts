import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toString } from 'hast-util-to-string';
import { attribute, elements, type HtmlPage } from '../html.ts';
import type { Site } from '../site.ts';
import { resolveLink } from '../urls.ts';
import type { Problem } from './problem.ts';

// Static `import … from "x"`, `import "x"` and `export … from "x"`; dynamic `import("x")` loads later, on demand.
const staticImport = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g;

/**
 * The JavaScript a page loads up front, in gzip bytes: inline scripts, same-site `<script src>`, and
 * the modules those import statically (each file counted once). `readFile` reads a site file by path.
 */
export function initialScriptBytes(page: HtmlPage, readFile: (path: string) => string | undefined): number {
  const counted = new Set<string>();
  let bytes = 0;
  const addFile = (path: string, isModule: boolean) => {
    if (counted.has(path)) return;
    counted.add(path);
    const text = readFile(path);
    if (text === undefined) return;
    bytes += gzipSync(text).byteLength;
    if (!isModule) return;
    for (const [, specifier = ''] of text.matchAll(staticImport)) {
      const target = resolveLink(path, specifier);
      if (target.kind === 'internal') addFile(target.path, true);
    }
  };
  for (const script of elements(page.tree).filter((element) => element.tagName === 'script')) {
    const type = attribute(script, 'type') ?? '';
    const isModule = type === 'module';
    if (type !== '' && !isModule && !type.includes('javascript')) continue; // JSON data, templates
    const src = attribute(script, 'src');
    if (src === undefined) {
      const text = toString(script);
      bytes += gzipSync(text).byteLength;
      if (isModule) for (const [, specifier = ''] of text.matchAll(staticImport)) {
        const target = resolveLink(page.path, specifier);
        if (target.kind === 'internal') addFile(target.path, true);
      }
      continue;
    }
    const target = resolveLink(page.path, src);
    if (target.kind === 'internal') addFile(posix.normalize(target.path), isModule);
  }
  return bytes;
}

export function checkScriptBudget(page: HtmlPage, site: Site, root: string, budget: number): Problem[] {
  const bytes = initialScriptBytes(page, (path) => (site.kind(path) === 'file' ? readFileSync(`${root}/${path}`, 'utf8') : undefined));
  return bytes > budget ? [{ page: page.path, message: `loads ${bytes} bytes of gzipped JavaScript up front, budget ${budget}` }] : [];
}
