/**
 * The hand-labelled target set (test/golden/targets/targets.yaml) is well formed and as large as
 * issue 13 asks, every stored real text keeps its source, and target reading scores at least 0.95
 * strict precision and recall on it (value, bound, period and indicator all right).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { goldenTargetFile } from '../../src/eval/targets-golden.ts';
import { strictPrecision, strictRecall } from '../../src/eval/targets-score.ts';
import { evaluateTargets } from '../../scripts/eval.ts';

const dir = 'test/golden/targets';
const golden = goldenTargetFile.parse(parse(readFileSync(path.join(dir, 'targets.yaml'), 'utf8')));

describe('the labelled targets', () => {
  test('cover every seed target sentence and at least 40 targets of real texts', () => {
    const seeds = golden.sources.filter((s) => s.seed !== undefined);
    const seedsWithTargets = readdirSync('seeds')
      .filter((f) => f.endsWith('.txt'))
      .filter((f) => /主要预期目标|预期目标[是为]/u.test(readFileSync(path.join('seeds', f), 'utf8')));
    expect(seeds.map((s) => s.seed).sort()).toEqual(expect.arrayContaining(seedsWithTargets));
    const real = golden.sources.filter((s) => s.text !== undefined).flatMap((s) => s.paragraphs.flatMap((p) => p.targets));
    expect(real.length).toBeGreaterThanOrEqual(40);
  });

  test('each stored text has its source URL beside it and every find is in it', () => {
    for (const source of golden.sources.filter((s) => s.text !== undefined)) {
      const file = path.join(dir, source.text!);
      const meta = parse(readFileSync(file.replace(/\.txt$/u, '.source.yaml'), 'utf8')) as { url?: string };
      expect(meta.url, file).toMatch(/^https?:\/\//u);
      expect(source.planYear, file).toBeGreaterThan(1990);
    }
  });

  test('a relative target has no value and a figure target has one', () => {
    for (const t of golden.sources.flatMap((s) => s.paragraphs.flatMap((p) => p.targets))) {
      if (t.bound === 'relative') expect(t.value).toBeUndefined();
      else expect(t.value, t.figure).toBeTypeOf('number');
      if (t.bound === 'range') expect(t.upper).toBeTypeOf('number');
    }
  });
});

test('target reading scores at least 0.95 strict precision and recall', async () => {
  const { total } = await evaluateTargets();
  expect(total.golden).toBe(golden.sources.reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + p.targets.length, 0), 0));
  expect(strictPrecision(total)).toBeGreaterThanOrEqual(0.95);
  expect(strictRecall(total)).toBeGreaterThanOrEqual(0.95);
}, 120_000);
