/**
 * Every way a report's text changes, on copies of every seed: the ids published before the edit
 * still land on their passage, or on its successor with the reason the page will show.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { ingest, type IngestResult } from '../../../src/ingest/index.ts';
import type { Knowledge } from '../../../src/ingest/knowledge.ts';
import type { Ledger } from '../../../src/ingest/ledger/index.ts';
import { comparedText } from '../../../src/ingest/ledger/fingerprint.ts';
import type { Seed } from '../../../src/cli/corpus.ts';
import { edits, insertedText, passageTexts, type EditName } from '../../helpers/seed-edits.ts';
import { projectKnowledge, projectSeeds } from '../../helpers/seeds.ts';

let knowledge: Knowledge;
let seeds: Seed[];
beforeAll(async () => {
  [knowledge, seeds] = await Promise.all([projectKnowledge(), projectSeeds()]);
}, 120_000);

const run = (seed: Seed, text: string, ledger?: Ledger, sidecar = seed.sidecar): IngestResult =>
  ingest(new TextEncoder().encode(text), { path: seed.path, sidecar, knowledge, ...(ledger ? { ledger } : {}) });

interface Landing {
  before: Map<string, string>;
  after: Map<string, string>;
  result: IngestResult;
  /** Where each id published before lands now, and why when it is not its own. */
  lands: Map<string, { at: string; reason?: string }>;
}

function editSeed(seed: Seed, edit: EditName): Landing {
  const original = new TextDecoder().decode(seed.bytes);
  const first = run(seed, original);
  const result = run(seed, edits[edit](original, first.report), first.ledger);
  const before = passageTexts(first.report);
  const after = passageTexts(result.report);
  const retired = new Map((result.report.data.anchors?.retired ?? []).map((r) => [r.id, r]));
  const lands = new Map<string, { at: string; reason?: string }>();
  for (const id of before.keys()) {
    const r = retired.get(id);
    lands.set(id, after.has(id) ? { at: id } : r ? { at: r.to, reason: r.reason } : { at: '' });
  }
  return { before, after, result, lands };
}

/** Ids whose passage text changed or that no longer have a passage of their own. */
const moved = ({ before, after }: Landing) => [...before].filter(([id, text]) => after.get(id) !== text).map(([id]) => id);

const names = () => seeds.map((s) => s.name);

/** The edits a seed's shape allows (the party report's part has no two paragraphs in a row and no section of several). */
function applicable(seed: Seed): EditName[] {
  const text = new TextDecoder().decode(seed.bytes);
  const report = run(seed, text).report;
  return (Object.keys(edits) as EditName[]).filter((edit) => {
    try {
      return edits[edit](text, report) !== text;
    } catch {
      return false;
    }
  });
}

describe.each(['000', '001', '002', '003', '004'])('seed %s', (prefix) => {
  const seed = () => seeds.find((s) => s.name.startsWith(prefix))!;

  test('every published id lands on a passage of the edited report, in every edit', () => {
    expect(names().some((n) => n.startsWith(prefix))).toBe(true);
    expect(applicable(seed()).length).toBeGreaterThanOrEqual(prefix === '004' ? 4 : 6);
    for (const edit of applicable(seed())) {
      const landing = editSeed(seed(), edit);
      for (const [id, { at }] of landing.lands) expect(landing.after.has(at), `${edit}: ${id} → ${at}`).toBe(true);
    }
  }, 120_000);

  test('insert: every id keeps its text; only the new paragraph gets a new id', () => {
    const landing = editSeed(seed(), 'insert');
    expect(moved(landing)).toEqual([]);
    expect(landing.result.moves).toMatchObject({ edited: 0, new: 1, retired: 0 });
    const fresh = [...landing.after].filter(([id]) => !landing.before.has(id));
    expect(fresh.map(([, text]) => text)).toEqual([comparedText(insertedText)]);
  });

  test('delete: the deleted paragraph is retired as removed, landing on its previous neighbour', () => {
    const landing = editSeed(seed(), 'delete');
    const [gone, ...others] = moved(landing);
    expect(others).toEqual([]);
    const ids = [...landing.before.keys()];
    expect(landing.lands.get(gone!)).toEqual({ at: ids[ids.indexOf(gone!) - 1], reason: 'removed' });
    expect(landing.result.moves).toMatchObject({ edited: 0, new: 0, retired: 1 });
  });

  test('fix one character: the paragraph keeps its id (kept after an edit)', () => {
    const landing = editSeed(seed(), 'fix');
    const [fixed, ...others] = moved(landing);
    expect(others).toEqual([]);
    expect(landing.after.has(fixed!)).toBe(true);
    expect(landing.result.moves).toMatchObject({ edited: 1, new: 0, retired: 0 });
  });

  test('split: the first piece keeps the id, the second is new', () => {
    const landing = editSeed(seed(), 'split');
    const [split, ...others] = moved(landing);
    expect(others).toEqual([]);
    expect(landing.before.get(split!)!.startsWith(landing.after.get(split!)!)).toBe(true);
    expect(landing.result.moves).toMatchObject({ edited: 1, new: 1, retired: 0 });
  });

  test('merge: the merged paragraph keeps the first id; the second is retired as merged into it', () => {
    if (!applicable(seed()).includes('merge')) return expect(seed().name).toMatch(/^004/);
    const landing = editSeed(seed(), 'merge');
    const [kept, gone, ...others] = moved(landing);
    expect(others).toEqual([]);
    expect(landing.after.get(kept!)).toBe(landing.before.get(kept!)! + landing.before.get(gone!)!);
    expect(landing.lands.get(gone!)).toEqual({ at: kept, reason: 'merged' });
    expect(landing.result.moves).toMatchObject({ edited: 1, new: 0, retired: 1 });
  });

  test('reorder two sections: every id keeps its text', () => {
    if (!applicable(seed()).includes('reorder')) return expect(seed().name).toMatch(/^004/);
    const landing = editSeed(seed(), 'reorder');
    expect(moved(landing)).toEqual([]);
    expect(landing.result.moves).toMatchObject({ edited: 0, new: 0, retired: 0 });
  });
});

test('a changed sidecar year: the slug moves, every id stays, the old slug is kept as a former one', () => {
  const seed = seeds.find((s) => s.sidecar?.year !== undefined)!;
  const text = new TextDecoder().decode(seed.bytes);
  const first = run(seed, text);
  const next = run(seed, text, first.ledger, { ...seed.sidecar, year: seed.sidecar!.year! + 1 });
  expect(next.report.data.slug).not.toBe(first.report.data.slug);
  expect(next.ledger.slugs).toEqual([first.report.data.slug, next.report.data.slug]);
  expect(next.report.data.anchors?.formerSlugs).toEqual([first.report.data.slug]);
  expect(passageTexts(next.report)).toEqual(passageTexts(first.report));
  // And back: the first slug is current again, the second becomes the former one.
  const back = run(seed, text, next.ledger);
  expect(back.ledger.slugs).toEqual([next.report.data.slug, first.report.data.slug]);
});

test('re-ingesting with the ledger it wrote changes nothing', () => {
  for (const seed of seeds) {
    const first = run(seed, new TextDecoder().decode(seed.bytes));
    const again = run(seed, new TextDecoder().decode(seed.bytes), first.ledger);
    expect(again.ledger).toEqual(first.ledger);
    expect(again.mdx).toBe(first.mdx);
    expect(again.moves).toEqual({ kept: first.ledger.anchors.length, edited: 0, new: 0, retired: 0 });
  }
});
