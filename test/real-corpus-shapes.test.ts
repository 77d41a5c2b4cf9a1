/**
 * The real corpus saved in other shapes real copies take (issue 11): the same texts as a web page
 * in a government site's frame, in traditional script, with CRLF line ends and full-width indents,
 * and run together on one line as document sites copy them. Whatever the plain text identifies,
 * these must identify too (a one-line copy loses its line breaks, so a few may be lost there).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { ingestDocument } from '../src/ingest/index.ts';
import { MIN_REPORT_HAN } from '../src/ingest/formats/html.ts';
import { corpusEntry, scoreIdentity } from '../src/eval/identity.ts';
import { repoRoot } from './helpers/paths.ts';
import { projectKnowledge } from './helpers/seeds.ts';

const knowledge = await projectKnowledge();
const dir = path.join(repoRoot, 'test', 'real-corpus');
const entries = z
  .array(corpusEntry)
  .parse(parse(readFileSync(path.join(dir, 'corpus.yaml'), 'utf8')))
  .filter((entry) => entry.expected.district !== null && entry.expected.year !== null);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A government page around the text: navigation, breadcrumb, one `<p>` a line, footer. */
function asWebPage(text: string): string {
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escape(line.trim())}</p>`)
    .join('\n');
  return (
    '<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开</title></head><body>' +
    '<div class="nav"><a href="/">首页</a> &gt; <a href="/a">政务公开</a> &gt; <a href="/b">规划计划</a></div>' +
    `<div class="main"><div class="content">${paragraphs}</div></div>` +
    '<div class="footer"><p>版权所有 主办单位:区人民政府办公室 网站标识码</p></div></body></html>'
  );
}

const shapes: Record<string, { save: (text: string) => string; extension: string }> = {
  'a web page': { save: asWebPage, extension: 'html' },
  'traditional script': { save: (text) => toTraditional(text), extension: 'txt' },
  'CRLF and full-width indents': { save: (text) => text.split('\n').map((line) => `\u3000\u3000${line}`).join('\r\n'), extension: 'txt' },
  'one line': { save: (text) => text.split('\n').map((line) => line.trim()).join(''), extension: 'txt' },
};

async function identified(id: string, text: string, extension: string, entry: (typeof entries)[number]): Promise<boolean> {
  try {
    const { report } = await ingestDocument(new TextEncoder().encode(text), { path: `real/${id}.${extension}`, knowledge });
    return scoreIdentity(entry, { report }).identified;
  } catch {
    return false;
  }
}

const texts = new Map(entries.map((entry) => [entry.id, readFileSync(path.join(dir, 'texts', `${entry.id}.txt`), 'utf8')]));
const plain = new Set<string>();
for (const entry of entries) if (await identified(entry.id, texts.get(entry.id) ?? '', 'txt', entry)) plain.add(entry.id);

/** A page whose text has fewer Chinese characters than a report needs is refused as holding none. */
const tooShortForAPage = (text: string) => (text.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_REPORT_HAN;

describe.each(Object.entries(shapes))('the real corpus saved as %s', (name, shape) => {
  test('identifies what the plain text identifies', async () => {
    const lost: string[] = [];
    for (const entry of entries) {
      const text = texts.get(entry.id) ?? '';
      if (!plain.has(entry.id) || (shape.extension === 'html' && tooShortForAPage(text))) continue;
      if (!(await identified(entry.id, shape.save(text), shape.extension, entry))) lost.push(entry.id);
    }
    expect(plain.size).toBeGreaterThan(100);
    if (name === 'one line') expect(lost.length / plain.size, `lost: ${lost.join(' ')}`).toBeLessThanOrEqual(0.1);
    else expect(lost).toEqual([]);
  }, 120_000);
});
