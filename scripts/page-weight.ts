/**
 * Report page weight against issue 7's budget: gzip of each dist/reports/*.html versus
 * 1.25 × gzip of the report's own text (the text of its `data-pagefind-body`, notes and ¶ marks
 * excluded) + 4 KB. Also prints the JS (gzip) a report page loads before search is opened.
 * Usage: npx tsx scripts/page-weight.ts [--dist DIR]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Nodes, Root } from 'hast';
import { pageScriptBytes } from '../src/bench/page-scripts.ts';
import { pageWeightBudget } from '../src/bench/stats.ts';

const distArg = process.argv.indexOf('--dist');
const dist = path.resolve(distArg > 0 ? (process.argv[distArg + 1] ?? 'dist') : 'dist');
const gz = (s: string | Buffer) => gzipSync(s).byteLength;
const kb = (n: number) => (n / 1024).toFixed(1);

function find(node: Nodes, test: (e: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if ('children' in node) for (const child of node.children) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

/** Text of the indexed body without ignored subtrees (notes, ¶ marks, damage tags). */
function ownText(root: Root): string {
  const body = find(root, (e) => e.properties.dataPagefindBody !== undefined);
  if (!body) return '';
  const strip = (e: Element): Element => ({
    ...e,
    children: e.children.flatMap((c): Element['children'] =>
      c.type === 'element' ? (c.properties.dataPagefindIgnore !== undefined ? [] : [strip(c)]) : [c],
    ),
  });
  return toString(strip(body));
}

const dir = path.join(dist, 'reports');
let over = 0;
console.log("report".padEnd(34), "text gz", " target", "   page", " over B", "×targ", "  JS gz");
for (const name of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  const file = path.join(dir, name);
  const html = readFileSync(file, 'utf8');
  const text = gz(ownText(fromHtml(html)));
  const target = pageWeightBudget(text);
  const page = gz(html);
  if (page > target) over++;
  console.log(
    name.replace(/\.html$/, '').padEnd(34),
    kb(text).padStart(7), kb(target).padStart(7), kb(page).padStart(7), String(Math.round(page - target)).padStart(6),
    (page / target).toFixed(2).padStart(6), kb(pageScriptBytes(file, html)).padStart(7), page > target ? ' OVER' : '',
  );
}
console.log(over ? `${over} page(s) over budget` : 'every report page within budget');
process.exitCode = over ? 1 : 0;
