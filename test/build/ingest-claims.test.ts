import { expect, test } from 'vitest';
import { batchesOf, groupByBatch, slugsToSettle, type SettleInput } from '../../src/build/ingest-claims.ts';

const seeds = ['a', 'b', 'c', 'd', 'e', 'f'];
// a and e claim one slug (e, a later batch, keeps it); c is set aside as a copy of d.
const claims = { a: { slug: 'x' }, b: { slug: 'y' }, c: { slug: 'z', setAside: true as const }, d: { slug: 'z' }, e: { slug: 'x' }, f: { slug: 'w' } };
const input = (over: Partial<SettleInput>): SettleInput => ({
  previous: { seeds, batchSize: 2, claims },
  seeds,
  batchSize: 2,
  changed: new Set(),
  changedClaims: {},
  ...over,
});

test('batches cut the sorted seeds every batch size; claimants grouped by batch in order', () => {
  const batches = batchesOf(seeds, 4);
  expect([...batches.values()]).toEqual([0, 0, 0, 0, 1, 1]);
  expect(groupByBatch(['e', 'b', 'a'], batches)).toEqual([
    { batch: 0, seeds: ['a', 'b'] },
    { batch: 1, seeds: ['e'] },
  ]);
  expect(() => groupByBatch(['q'], batches)).toThrow(/q/);
});

test('nothing changed: nothing to settle', () => {
  expect(slugsToSettle(input({}))).toEqual(new Map());
});

test('a changed seed alone on its slug: only that slug, with only that seed', () => {
  expect(slugsToSettle(input({ changed: new Set(['b']), changedClaims: { b: { slug: 'y' } } }))).toEqual(new Map([['y', [{ batch: 0, seeds: ['b'] }]]]));
});

test('a changed seed that lost its slug to a later batch: the slug with both claimants, by batch', () => {
  expect(slugsToSettle(input({ changed: new Set(['a']), changedClaims: { a: { slug: 'x' } } }))).toEqual(
    new Map([
      [
        'x',
        [
          { batch: 0, seeds: ['a'] },
          { batch: 2, seeds: ['e'] },
        ],
      ],
    ]),
  );
});

test('a changed seed that moves to another slug: the old slug goes to its other claimant, the new one is settled too', () => {
  const plan = slugsToSettle(input({ changed: new Set(['e']), changedClaims: { e: { slug: 'v' } } }));
  expect(plan).toEqual(
    new Map([
      ['v', [{ batch: 2, seeds: ['e'] }]],
      ['x', [{ batch: 0, seeds: ['a'] }]],
    ]),
  );
});

test('a copy in one batch: its slug is settled with the kept seed of its batch', () => {
  expect(slugsToSettle(input({ changed: new Set(['c']), changedClaims: { c: { slug: 'z' } } }))).toEqual(new Map([['z', [{ batch: 1, seeds: ['c', 'd'] }]]]));
});

test('a removed seed: its slug is settled with the claimants left, none when it was alone', () => {
  const rest = seeds.filter((s) => s !== 'f' && s !== 'e');
  const plan = slugsToSettle(input({ seeds: rest }));
  expect(plan.get('w')).toEqual([]);
  expect(plan.get('x')).toEqual([{ batch: 0, seeds: ['a'] }]);
  expect([...plan.keys()]).toEqual(['w', 'x']);
});

test('a seed added ahead of unchanged claimants: a slug whose claimants now meet or part is settled again, no other', () => {
  // Batches of 2 after '0': (0 a) (b c) (d e) (f). a and e stay in batches apart; c and d, one batch before, part.
  const added = slugsToSettle(input({ seeds: ['0', ...seeds], changed: new Set(['0']), changedClaims: { '0': { slug: 'n' } } }));
  expect([...added.keys()]).toEqual(['n', 'z']);
  expect(added.get('z')).toEqual([
    { batch: 1, seeds: ['c'] },
    { batch: 2, seeds: ['d'] },
  ]);
  // A batch of 6: a and e meet in one ingest, where the copies' rule decides, not the batch order.
  expect(slugsToSettle(input({ batchSize: 6 }))).toEqual(new Map([['x', [{ batch: 0, seeds: ['a', 'e'] }]]]));
});

test('many claimants of one slug: every seed in its batch group, sorted, none lost', () => {
  const many = Array.from({ length: 5000 }, (_, i) => `s${String(i).padStart(5, '0')}`);
  const groups = groupByBatch([...many].reverse(), batchesOf(many, 1000));
  expect(groups.map((g) => g.batch)).toEqual([0, 1, 2, 3, 4]);
  expect(groups.flatMap((g) => g.seeds)).toEqual(many);
});
