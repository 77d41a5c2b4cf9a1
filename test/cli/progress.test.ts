import { expect, test } from 'vitest';
import { createProgress, progressThreshold } from '../../src/cli/progress.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 60, written, write: (text: string) => written.push(text) > 0 };
}

test('no bar when the stream is not a terminal', () => {
  const s = stream(false);
  const progress = createProgress(s, 500);
  progress.tick('a.txt');
  progress.done();
  expect(s.written).toEqual([]);
});

test('no bar for a short run', () => {
  const s = stream(true);
  createProgress(s, progressThreshold).tick('a.txt');
  expect(s.written).toEqual([]);
});

test('a bar for a long run on a terminal, cleared at the end', () => {
  const s = stream(true);
  const progress = createProgress(s, 40);
  for (let i = 0; i < 20; i++) progress.tick(`${i}.txt`);
  progress.done();
  expect(s.written[19]).toContain('20/40 19.txt');
  expect(s.written[19]).toContain(`[${'#'.repeat(15)}${'-'.repeat(15)}]`);
  expect(s.written.at(-1)).toBe('\r\x1b[2K');
});
