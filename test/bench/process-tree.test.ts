import { expect, test } from 'vitest';
import { descendantsRssKb, parsePs } from '../../src/bench/process-tree.ts';

const ps = `
    1     0   1000
   10     1    500
   11    10  40000
   12    10  30000
   13    12  20000
   20     1   9999
   30    10    700
   31    30    800
`;

test('parses ps rows and skips lines that are not three numbers', () => {
  expect(parsePs(`${ps}\n  garbage line\n`)).toHaveLength(8);
});

test('sums the resident memory of every descendant, at any depth, without the root or other trees', () => {
  expect(descendantsRssKb(parsePs(ps), 10)).toBe(40000 + 30000 + 20000 + 700 + 800);
});

test('leaves out excluded subtrees (the sampler itself)', () => {
  expect(descendantsRssKb(parsePs(ps), 10, new Set([30]))).toBe(40000 + 30000 + 20000);
  expect(descendantsRssKb(parsePs(ps), 99)).toBe(0);
});
