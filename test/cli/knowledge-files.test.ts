import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/cli/knowledge-files.ts';
import { root } from './helpers.ts';

const name = (p: string) => `content/${path.basename(p)}`;

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'baogao-knowledge-'));
  copyFileSync(path.join(root, 'content/places.yaml'), path.join(dir, 'places.yaml'));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

test('indicators and glossary may be missing: none yet', async () => {
  const knowledge = await loadKnowledge(contentDir({}), name);
  expect(knowledge.indicators).toEqual([]);
  expect(knowledge.glossary).toEqual([]);
});

test('the place registry is required', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'baogao-knowledge-'));
  await expect(loadKnowledge(dir, name)).rejects.toThrow(KnowledgeError);
  await expect(loadKnowledge(dir, name)).rejects.toThrow(/content\/places\.yaml: cannot read/);
});

test('a bad entry names its file and the field', async () => {
  const dir = contentDir({ 'glossary.yaml': '- id: shierwu\n  term: 十二五\n  zh: 第十二个五年规划\n' });
  await expect(loadKnowledge(dir, name)).rejects.toThrow(/content\/glossary\.yaml: 0\.en: /);
});

test('a YAML syntax error names its file', async () => {
  const dir = contentDir({ 'indicators.yaml': '- id: gdp\n  label: [\n' });
  await expect(loadKnowledge(dir, name)).rejects.toThrow(/content\/indicators\.yaml: /);
});
