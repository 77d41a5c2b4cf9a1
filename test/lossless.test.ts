/**
 * Nothing is lost: for every seed, the cleaned text (what `clean` keeps) reaches the document
 * and the page. Compared modulo whitespace: line breaks and indentation are layout, not text.
 *
 * 1. cleaned lines = front lines + headings + paragraphs of the report tree, in order;
 * 2. the MDX, compiled with @mdx-js/mdx and rendered, has exactly that text too (so no `{`, `<`,
 *    `*` of the report was eaten by MDX syntax, and the frontmatter is not part of the body).
 */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { clean } from '../src/ingest/clean.ts';
import { decode } from '../src/ingest/decode.ts';
import { ingest } from '../src/ingest/index.ts';
import type { Report } from '../src/model.ts';
import { renderMdx, textOf } from './fixtures/outline/mdx-render.ts';
import { projectKnowledge, projectSeeds } from './helpers/seeds.ts';

const seeds = await projectSeeds();
const knowledge = await projectKnowledge();

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

test('there are seeds to check', () => {
  expect(seeds.length).toBeGreaterThanOrEqual(5);
});

describe.each(seeds)('$name', ({ path, bytes, sidecar }) => {
  const cleanedText = () => {
    const file = new VFile({ path });
    return clean(decode(bytes, file).text, file)
      .lines.map((line) => line.text)
      .join('\n');
  };
  const run = () => ingest(bytes, { path, sidecar, knowledge });

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
