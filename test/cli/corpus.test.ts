import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parseSidecar, readCorpus } from '../../src/cli/corpus.ts';

test('a valid sidecar', () => {
  expect(parseSidecar('year: 2014\ncoverage: half-year\nreason: no year in the text\n', 'a.meta.yaml')).toEqual({
    sidecar: { year: 2014, coverage: 'half-year', reason: 'no year in the text' },
  });
});

test('a sidecar with a wrong field names the field path', () => {
  const result = parseSidecar('speaker:\n  name: 陈瑾\n', 'a.meta.yaml');
  expect(result).toMatchObject({ problem: { path: 'a.meta.yaml', ruleId: 'sidecar-schema' } });
  expect('problem' in result && result.problem.reason).toMatch(/speaker\.title/);
});

test('a sidecar with a YAML syntax error gives its line', () => {
  const result = parseSidecar('year: 2014\nkind: [\n', 'a.meta.yaml');
  expect(result).toMatchObject({ problem: { ruleId: 'sidecar-yaml', line: expect.any(Number) } });
});

test('seeds sorted by name, sidecars attached, orphans reported', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'baogao-corpus-'));
  for (const name of ['b.txt', 'a.txt', 'notes.md']) writeFileSync(path.join(dir, name), name);
  writeFileSync(path.join(dir, 'b.meta.yaml'), 'year: 2015\n');
  writeFileSync(path.join(dir, 'c.meta.yaml'), 'year: 2016\n');
  const corpus = await readCorpus(dir, (p) => path.basename(p));
  expect(corpus.seeds.map((s) => [s.name, s.path, s.sidecar])).toEqual([
    ['a.txt', 'a.txt', undefined],
    ['b.txt', 'b.txt', { year: 2015 }],
  ]);
  expect(corpus.warnings).toEqual([
    { path: 'notes.md', reason: expect.stringMatching(/^Not read: not a format baogao reads/), ruleId: 'ignored-file' },
    { path: 'c.meta.yaml', reason: expect.stringMatching(/no seed.*c\.txt/), ruleId: 'sidecar-orphan' },
  ]);
});

test('reports in every format are read; one sidecar serves every copy of a report; every other entry is named with why', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'baogao-corpus-'));
  const names = ['a.txt', 'b.html', 'c.HTM', 'd.docx', 'e.pdf', 'e.meta.yaml', 'f.doc', 'f.shtml', 'g.jpg', '.DS_Store', 'h.wps', 'list.xlsx', 'page.mht'];
  for (const name of names) writeFileSync(path.join(dir, name), name.endsWith('.yaml') ? 'year: 2015\n' : name);
  mkdirSync(path.join(dir, 'old'));
  writeFileSync(path.join(dir, 'e.txt'), 'e');
  const corpus = await readCorpus(dir, (p) => path.basename(p));
  expect(corpus.seeds.map((s) => [s.name, s.sidecar])).toEqual([
    ['a.txt', undefined],
    ['b.html', undefined],
    ['c.HTM', undefined],
    ['d.docx', undefined],
    ['e.pdf', { year: 2015 }],
    ['e.txt', { year: 2015 }],
    ['f.doc', undefined],
    ['f.shtml', undefined],
    ['page.mht', undefined],
  ]);
  expect(corpus.warnings.map((w) => [w.path, w.ruleId, w.reason.split(' (reports:')[0]])).toEqual([
    ['.DS_Store', 'ignored-file', 'Not read: a hidden file'],
    ['g.jpg', 'ignored-file', 'Not read: an image: baogao reads text, not pictures of it (run OCR and save the text)'],
    ['h.wps', 'ignored-file', 'Not read: a word-processor format baogao does not read; save it as .docx, .pdf or .txt'],
    ['list.xlsx', 'ignored-file', 'Not read: a spreadsheet or slides, not a report'],
    ['old', 'ignored-file', 'Not read: a folder; the ingest reads the files directly in the input folder, not in folders within it'],
  ]);
});
