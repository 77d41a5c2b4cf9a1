import { mkdtempSync, writeFileSync } from 'node:fs';
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
    { path: 'c.meta.yaml', reason: expect.stringMatching(/no seed.*c\.txt/), ruleId: 'sidecar-orphan' },
  ]);
});
