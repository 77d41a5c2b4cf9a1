import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

test('with a cache, the knowledge is read back as it was built, under its key only', async () => {
  const content = path.join(root, 'content');
  const cache = { dir: mkdtempSync(path.join(tmpdir(), 'baogao-knowledge-cache-')), key: 'k1' };
  const built = await loadKnowledge(content, name);
  expect(await loadKnowledge(content, name, cache)).toEqual(built);
  expect(readdirSync(cache.dir)).toHaveLength(1);
  // The second read is the clone kept: a content folder that no longer holds the YAML is not read.
  const empty = mkdtempSync(path.join(tmpdir(), 'baogao-knowledge-'));
  const kept = await loadKnowledge(empty, name, cache);
  expect(kept).toEqual(built);
  expect(kept.places.districtsByName.get('徐汇区')).toEqual(built.places.districtsByName.get('徐汇区'));
  // Another key (other YAML or code) reads the YAML again, and the old clone goes.
  await expect(loadKnowledge(empty, name, { ...cache, key: 'k2' })).rejects.toThrow(/places\.yaml: cannot read/);
  await loadKnowledge(content, name, { ...cache, key: 'k2' });
  expect(readdirSync(cache.dir)).toHaveLength(1);
});
