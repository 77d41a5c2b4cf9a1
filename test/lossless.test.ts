/**
 * Nothing is lost: for every seed, the cleaned text (what `clean` keeps) reaches the document
 * and the page. Compared modulo whitespace: line breaks and indentation are layout, not text.
 *
 * 1. cleaned lines = front lines + headings + paragraphs of the report tree, in order;
 * 2. the MDX, compiled with @mdx-js/mdx and rendered, has exactly that text too (so no `{`, `<`,
 *    `*` of the report was eaten by MDX syntax, and the frontmatter is not part of the body).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledge } from '../src/cli/knowledge-files.ts';
import { parseSidecar } from '../src/cli/corpus.ts';
import { clean } from '../src/ingest/clean.ts';
import { decode } from '../src/ingest/decode.ts';
import { ingest } from '../src/ingest/index.ts';
import type { Knowledge } from '../src/ingest/knowledge.ts';
import type { Report } from '../src/model.ts';
import { root } from './cli/helpers.ts';
import { renderMdx, textOf } from './fixtures/outline/mdx-render.ts';

const seedsDir = path.join(root, 'seeds');
const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();

const squeeze = (text: string) => text.replace(/\s+/gu, '');

function documentText(report: Report): string {
  const parts = report.front.map((line) => line.text);
  for (const block of report.blocks) {
    if (block.heading) parts.push(block.heading.text);
    for (const child of block.children) {
      if (child.type === 'paragraph') parts.push(child.text);
      else parts.push(child.heading.text, ...child.children.map((p) => p.text));
    }
  }
  return parts.join('\n');
}

/** The first position where two texts differ, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? '' : `at ${i}: …${a.slice(i - 20, i + 30)}… vs …${b.slice(i - 20, i + 30)}…`;
}

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge(path.join(root, 'content'), (p) => path.relative(root, p));
});

test('there are seeds to check', () => {
  expect(seeds.length).toBeGreaterThanOrEqual(5);
});

describe.each(seeds)('%s', (name) => {
  const seedPath = path.join(seedsDir, name);
  const bytes = readFileSync(seedPath);
  const sidecarFile = seedPath.replace(/\.txt$/, '.meta.yaml');
  const sidecar = (() => {
    try {
      const parsed = parseSidecar(readFileSync(sidecarFile, 'utf8'), sidecarFile);
      if ('problem' in parsed) throw new Error(parsed.problem.reason);
      return parsed.sidecar;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  })();

  const cleanedText = () => {
    const file = new VFile({ path: `seeds/${name}` });
    return clean(decode(bytes, file).text, file)
      .lines.map((line) => line.text)
      .join('\n');
  };
  const run = () => ingest(bytes, { path: `seeds/${name}`, sidecar, knowledge });

  test('the cleaned text is the text of the front lines, headings and paragraphs', () => {
    const expected = squeeze(cleanedText());
    const actual = squeeze(documentText(run().report));
    expect(expected.length).toBeGreaterThan(1000);
    expect(firstDifference(actual, expected)).toBe('');
  });

  test('the rendered MDX has the same text', () => {
    const expected = squeeze(cleanedText());
    const rendered = squeeze(textOf(renderMdx(run().mdx)));
    expect(firstDifference(rendered, expected)).toBe('');
  });
});
