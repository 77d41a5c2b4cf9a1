import { beforeAll, expect, test } from 'vitest';
import { applyLedger, isSamePassageEdited } from '../../../src/ingest/ledger/apply.ts';
import { comparedText, fingerprint, measured, overlap } from '../../../src/ingest/ledger/fingerprint.ts';
import type { Ledger } from '../../../src/ingest/ledger/index.ts';
import type { Block, Paragraph, Report } from '../../../src/model.ts';
import { passageTexts } from '../../helpers/seed-edits.ts';
import { ingestProjectSeeds } from '../../helpers/seeds.ts';

let reports: Report[];
beforeAll(async () => {
  reports = (await ingestProjectSeeds()).map(({ result }) => result.report);
}, 120_000);

const para = '“十二五”规划确定的主要目标顺利完成，全年实现生产总值1095亿元，增长8%，新增就业岗位4.6万个。';

test('fingerprints: the text without marker and spaces; one fixed character stays alike, another text does not', () => {
  expect(comparedText('(三)加强 城区\u3000管理', '(三)')).toBe('加强城区管理');
  expect(fingerprint('甲乙丙')).toEqual(fingerprint('甲乙丙'));
  const fixed = overlap(fingerprint(para), measured(para.replace('1095', '1096')));
  expect(fixed.jaccard).toBeGreaterThan(0.8);
  const other = overlap(fingerprint(para), measured('坚持以人民为中心的发展思想，办好一批群众关心的实事项目，让发展成果更多惠及全区人民。'));
  expect(other.jaccard).toBeLessThan(0.2);
  // A paragraph inside the one it was merged into: all of it is found there.
  const merged = overlap(fingerprint(para), measured(para + '坚持以人民为中心的发展思想，办好一批群众关心的实事项目，让发展成果更多惠及全区人民。'.repeat(3)));
  expect(merged.oldInNew).toBeGreaterThan(0.9);
});

test('thresholds: Jaccard, containment with enough bigrams, or the same beginning', () => {
  const o = (jaccard: number, oldInNew = 0, newInOld = 0) => ({ jaccard, shared: 0, oldInNew, newInOld });
  const n = (count: number, starts = '甲乙丙丁戊己庚辛') => ({ n: count, starts });
  expect(isSamePassageEdited(o(0.5), n(20), n(20, '其他的开头不同字'))).toBe(true);
  expect(isSamePassageEdited(o(0.49), n(20), n(20, '其他的开头不同字'))).toBe(false);
  expect(isSamePassageEdited(o(0.3, 0.9), n(8), n(30, '其他的开头不同字'))).toBe(true);
  expect(isSamePassageEdited(o(0.3, 0.9), n(7), n(30, '其他的开头不同字'))).toBe(false);
  expect(isSamePassageEdited(o(0.1), n(200), n(20))).toBe(true);
  expect(isSamePassageEdited(o(0.1), n(200, '甲乙'), n(20, '甲乙'))).toBe(false);
});

/** A copy of the blocks with the paragraphs of one section cut at their first sentence. */
function cutSection(blocks: Block[], sectionId: string): { blocks: Block[]; cut: string[] } {
  const copy = structuredClone(blocks);
  const cut: string[] = [];
  for (const block of copy) {
    for (const child of block.children) {
      if (child.type !== 'section' || child.id !== sectionId) continue;
      child.children = child.children.flatMap((p): Paragraph[] => {
        const end = p.text.indexOf('。') + 1;
        if (end <= 0 || end === p.text.length) return [p];
        cut.push(p.id);
        return [{ ...p, text: p.text.slice(0, end) }, { ...p, id: '', text: p.text.slice(end), marker: undefined }];
      });
    }
  }
  return { blocks: copy, cut };
}

test('a pipeline that cuts paragraphs differently keeps every other id, and the first piece keeps the cut one', () => {
  for (const report of reports) {
    const seed = report.data.provenance.sourceFile;
    const first = applyLedger(structuredClone(report.blocks), { previous: undefined, seed, slug: report.data.slug });
    const section = report.blocks.flatMap((b) => b.children).find((c) => c.type === 'section' && c.children.some((p) => (p.text.match(/。/g) ?? []).length >= 2));
    if (!section || section.type !== 'section') continue;
    const { blocks, cut } = cutSection(report.blocks, section.id);
    expect(cut.length).toBeGreaterThan(0);
    const next = applyLedger(blocks, { previous: first.ledger, seed, slug: report.data.slug });
    const before = passageTexts(report);
    const after = passageTexts({ ...report, blocks });
    for (const [id, text] of before) {
      if (cut.includes(id)) expect(text.startsWith(after.get(id)!), id).toBe(true);
      else expect(after.get(id), id).toBe(text);
    }
    expect(next.moves).toEqual({ kept: before.size - cut.length, edited: cut.length, new: cut.length, retired: 0 });
  }
});

test('a new id never reuses a retired one, and a retired text that comes back gets its id again', () => {
  const report = reports[0]!;
  const seed = report.data.provenance.sourceFile;
  const first = applyLedger(structuredClone(report.blocks), { previous: undefined, seed, slug: report.data.slug });
  // Drop the last paragraph of the closing, then add a different one in its place.
  const last = (blocks: Block[]) => blocks.find((b) => b.kind === 'closing')!;
  const dropped = structuredClone(report.blocks);
  const gone = last(dropped).children.pop()!;
  const second = applyLedger(dropped, { previous: first.ledger, seed, slug: report.data.slug });
  expect(second.retired).toEqual([expect.objectContaining({ id: gone.id, reason: 'removed' })]);
  const replaced = structuredClone(dropped);
  last(replaced).children.push({ type: 'paragraph', id: '', text: '全新的结束语，与原来的完全不同，用来检验编号不被重复使用。', spans: [], line: 1 });
  const third = applyLedger(replaced, { previous: second.ledger, seed, slug: report.data.slug });
  const fresh = last(replaced).children.at(-1)!;
  expect(fresh.id).not.toBe(gone.id);
  expect(third.ledger.anchors.filter((a) => a.id === gone.id)).toHaveLength(1);
  const back = structuredClone(report.blocks);
  const fourth = applyLedger(back, { previous: third.ledger, seed, slug: report.data.slug });
  expect(last(back).children.at(-1)!.id).toBe(gone.id);
  expect(fourth.retired.map((r) => r.id)).toEqual([fresh.id]);
});

test('a chain of retirements lands on a live id', () => {
  const report = reports[1]!;
  const seed = report.data.provenance.sourceFile;
  let previous: Ledger | undefined;
  let blocks = structuredClone(report.blocks);
  const first = applyLedger(blocks, { previous, seed, slug: report.data.slug });
  previous = first.ledger;
  const part = () => blocks.find((b) => b.kind === 'part')!;
  const removedIds: string[] = [];
  for (let i = 0; i < 2; i++) {
    blocks = structuredClone(blocks);
    const gone = part().children.find((c) => c.type === 'paragraph')!;
    removedIds.push(gone.id);
    part().children.splice(part().children.indexOf(gone), 1);
    previous = applyLedger(blocks, { previous, seed, slug: report.data.slug }).ledger;
  }
  const result = applyLedger(structuredClone(blocks), { previous, seed, slug: report.data.slug });
  const live = new Set(passageTexts({ ...report, blocks }).keys());
  for (const id of removedIds) expect(live.has(result.retired.find((r) => r.id === id)!.to)).toBe(true);
});
