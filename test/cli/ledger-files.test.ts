/**
 * The anchor ledgers on disk: the seeds' committed ledgers are exactly what ingest writes (they
 * were generated from the ids published before the ledger existed; re-ingesting the unchanged seeds
 * changes no byte and loses no id), and a broken one is refused with its file and place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { ledgerFileName, ledgerOfCopies, parseLedger, serializeLedger } from '../../src/cli/ledger-files.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { Knowledge } from '../../src/ingest/knowledge.ts';
import type { Seed } from '../../src/cli/corpus.ts';
import { repoRoot } from '../helpers/paths.ts';
import { projectKnowledge, projectSeeds } from '../helpers/seeds.ts';

let knowledge: Knowledge;
let seeds: Seed[];
beforeAll(async () => {
  [knowledge, seeds] = await Promise.all([projectKnowledge(), projectSeeds()]);
}, 120_000);

const committed = (seed: Seed) => readFileSync(path.join(repoRoot, 'content', 'ledger', ledgerFileName(seed.name)), 'utf8');

test("every seed has a committed ledger, marked as maintained by the ingest", () => {
  expect(seeds.length).toBeGreaterThan(0);
  for (const seed of seeds) expect(committed(seed)).toMatch(/^# Anchor ledger of .*maintained by `npm run ingest`, do not edit by hand\./);
});

test("the committed ledgers are what ingest writes: re-ingesting the seeds changes no byte and keeps every id", () => {
  for (const seed of seeds) {
    const text = committed(seed);
    const parsed = parseLedger(text, `content/ledger/${ledgerFileName(seed.name)}`, ledgerFileName(seed.name));
    if (!('ledger' in parsed)) throw new Error(parsed.problem.reason);
    const again = ingest(seed.bytes, { path: seed.path, sidecar: seed.sidecar, knowledge, ledger: parsed.ledger });
    // Every id ever published is still in the ledger, live or retired.
    const ids = new Set(again.ledger.anchors.map((a) => a.id));
    for (const a of parsed.ledger.anchors) expect(ids.has(a.id), `${seed.name}: ${a.id}`).toBe(true);
    // A pipeline change that moves ids shows here: run `npm run ingest` and commit content/ledger/.
    expect(serializeLedger(again.ledger), `content/ledger/${ledgerFileName(seed.name)} is not what \`npm run ingest\` writes now: run it and commit the ledger`).toBe(text);
    expect(again.moves).toEqual({ kept: parsed.ledger.anchors.filter((a) => !a.retired).length, edited: 0, new: 0, retired: 0 });
  }
});

test('a broken ledger is refused, naming the file and the place', () => {
  const name = '000_x.yaml';
  const syntax = parseLedger('seed: [unclosed\n', 'content/ledger/000_x.yaml', name);
  expect(syntax).toMatchObject({ problem: { path: 'content/ledger/000_x.yaml', ruleId: 'ledger-invalid', line: expect.any(Number) } });
  const shape = parseLedger('seed: 000_x.txt\nslugs: []\nanchors: []\n', 'content/ledger/000_x.yaml', name);
  expect(shape).toMatchObject({ problem: { ruleId: 'ledger-invalid', reason: expect.stringMatching(/slugs/) } });
  const other = parseLedger('seed: 001_y.txt\nslugs: [a-2014]\nanchors: []\n', 'content/ledger/000_x.yaml', name);
  expect(other).toMatchObject({ problem: { reason: expect.stringMatching(/001_y\.yaml/) } });
});

test('a kept copy takes over the published ledger of a copy set aside: the one with the most ids, its own on a tie', () => {
  const seed = (name: string): Seed => ({ name, path: `in/${name}`, bytes: new Uint8Array() });
  const anchor = (id: string) => ({ id, kind: 'part' as const, under: '', sha: '0123456789abcdef', mh: '', n: 0, starts: '' });
  const file = (name: string, slugs: string[], ids: string[]) => {
    const ledger = { seed: name, slugs, anchors: ids.map(anchor) };
    return [name.replace(/\.txt$/, ''), { ledger, text: serializeLedger(ledger) }] as const;
  };
  const [kept, a, b] = [seed('kept.txt'), seed('a.txt'), seed('b.txt')];
  const slug = 'shanghai-xuhui-2014';

  // The copy published before is taken over, relabelled for the kept copy.
  const taken = ledgerOfCopies(kept, [a], slug, new Map([file('a.txt', [slug], ['s1', 's2'])]));
  expect(taken?.ledger).toEqual({ seed: 'kept.txt', slugs: [slug], anchors: [anchor('s1'), anchor('s2')] });
  expect(taken?.text).toMatch(/^# Anchor ledger of kept\.txt/);
  // Of two published ledgers, the one that issued more ids (the later); a ledger of another slug never.
  const two = new Map([file('a.txt', [slug], ['s1']), file('b.txt', [slug], ['s1', 's2', 's3'])]);
  expect(ledgerOfCopies(kept, [a, b], slug, two)?.ledger?.anchors).toHaveLength(3);
  expect(ledgerOfCopies(kept, [a], slug, new Map([file('a.txt', ['shanghai-xuhui-2015'], ['s1'])]))).toBeUndefined();
  // The kept copy's own ledger, once it has as many ids: nothing to take over (a second run changes nothing).
  expect(ledgerOfCopies(kept, [a], slug, new Map([file('a.txt', [slug], ['s1', 's2']), file('kept.txt', [slug], ['s1', 's2'])]))).toBeUndefined();
  expect(ledgerOfCopies(kept, [a], slug, new Map([file('a.txt', [slug], ['s1', 's2', 's3']), file('kept.txt', [slug], ['s1', 's2'])]))?.ledger?.anchors).toHaveLength(3);
  // Its own ledger of another slug is its own history: kept, as for any seed.
  expect(ledgerOfCopies(kept, [a], slug, new Map([file('a.txt', [slug], ['s1']), file('kept.txt', ['x-2013'], ['s1'])]))).toBeUndefined();
  expect(ledgerOfCopies(kept, [a], slug, new Map())).toBeUndefined();
});
