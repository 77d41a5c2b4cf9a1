import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { mapLimit } from '../../src/cli/map-limit.ts';

test('results in item order, never more than `limit` calls at once', async () => {
  let running = 0;
  let most = 0;
  const result = await mapLimit([5, 1, 4, 2, 3, 0], 3, async (n, i) => {
    running += 1;
    most = Math.max(most, running);
    await sleep(n);
    running -= 1;
    return `${i}:${n}`;
  });
  expect(result).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0']);
  expect(most).toBe(3);
});

test('after a failure no new call starts, and the failure is thrown once the others settled', async () => {
  const started: number[] = [];
  let settled = 0;
  const run = mapLimit([0, 1, 2, 3, 4, 5], 2, async (n) => {
    started.push(n);
    await sleep(n === 1 ? 1 : 5);
    settled += 1;
    if (n === 1) throw new Error('one');
    return n;
  });
  await expect(run).rejects.toThrow('one');
  expect(started).toEqual([0, 1]);
  expect(settled).toBe(2);
});

test('no items, no calls', async () => {
  expect(await mapLimit([], 4, async () => 1)).toEqual([]);
});
