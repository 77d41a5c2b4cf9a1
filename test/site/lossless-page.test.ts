/**
 * Nothing is lost, end to end: for every seed, the text of its built report page (the indexed body,
 * without the parts marked `data-pagefind-ignore` such as notes and damage labels) is exactly the
 * cleaned text, modulo whitespace. test/lossless.test.ts proves the same for the document and the
 * MDX; this proves Astro's own MDX pipeline (remark/rehype plugins, typography) changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseSidecar } from '../../src/cli/corpus.ts';
import { loadKnowledge } from '../../src/cli/knowledge-files.ts';
import { clean } from '../../src/ingest/clean.ts';
import { decode } from '../../src/ingest/decode.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { Knowledge } from '../../src/ingest/knowledge.ts';
import { attribute, elements, parsePage } from '../helpers/html.ts';
import { distDir, repoRoot } from '../helpers/paths.ts';

const seedsDir = path.join(repoRoot, 'seeds');
const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
const squeeze = (text: string) => text.replace(/\s+/gu, '');

/** Text of a subtree, leaving out what is marked as not part of the report's text. */
function visibleText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && attribute(node, 'data-pagefind-ignore') !== undefined) return '';
  return node.children.map(visibleText).join('');
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? '' : `at ${i}: page …${a.slice(i - 20, i + 30)}… vs cleaned …${b.slice(i - 20, i + 30)}…`;
}

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge(path.join(repoRoot, 'content'), (p) => path.relative(repoRoot, p));
});

describe.each(seeds)('%s', (name) => {
  test('its report page shows every character of the cleaned text, and nothing else', () => {
    const seedPath = path.join(seedsDir, name);
    const bytes = readFileSync(seedPath);
    let sidecar;
    try {
      const parsed = parseSidecar(readFileSync(seedPath.replace(/\.txt$/, '.meta.yaml'), 'utf8'), seedPath);
      if (!('problem' in parsed)) sidecar = parsed.sidecar;
    } catch {
      sidecar = undefined;
    }
    const { report } = ingest(bytes, { path: `seeds/${name}`, sidecar, knowledge });
    const file = new VFile({ path: `seeds/${name}` });
    const cleaned = clean(decode(bytes, file).text, file).lines.map((line) => line.text).join('\n');

    const pagePath = `reports/${report.data.slug}.html`;
    const page = parsePage(pagePath, readFileSync(path.join(distDir, pagePath), 'utf8'));
    const bodies = elements(page.tree).filter((el: Element) => attribute(el, 'data-pagefind-body') !== undefined);
    expect(bodies, `${pagePath}: one element with data-pagefind-body`).toHaveLength(1);
    const shown = squeeze(visibleText(bodies[0]!));
    expect(shown.length).toBeGreaterThan(1000);
    expect(firstDifference(shown, squeeze(cleaned))).toBe('');
  });
});
