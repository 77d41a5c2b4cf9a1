/**
 * Inputs that identify as one report: the fullest copy is kept, copies are set aside, texts that
 * are not copies are conflicts; the verdict does not depend on the order of the inputs.
 */
import { expect, test } from 'vitest';
import { byFullness, conflictReason, copyShare, judgeCopies, setAsideReason, shareIn, type CopyFacts } from '../../src/cli/copies.ts';
import { bigrams } from '../../src/ingest/ledger/fingerprint.ts';

const review = '2013年,全区实现生产总值1095亿元,增长8%。完成区级财政收入118.7亿元,增长8.8%。新增就业岗位4.6万个。';
const plan = '今年的主要预期目标是:生产总值增长7.5%,区级财政收入增长8%,新增就业岗位4万个。全面深化改革,坚决贯彻落实中央的决定部署。';
const closing = '各位代表,让我们在市委、市政府和区委的坚强领导下,共同奋斗,为建设现代化国际大都市一流中心城区而努力!';

const input = (name: string, text: string, more: Partial<CopyFacts> = {}): CopyFacts => ({
  name,
  path: `in/${name}`,
  text,
  damaged: 0,
  paragraphs: 3,
  figures: 6,
  reviewPeriod: '2013',
  planYear: 2014,
  ...more,
});

const full = input('gov.txt', review + plan + closing);
const short = input('forum.txt', review + plan, { paragraphs: 2 });
// A news item that reprints part of the report after its own lead: a copy, and less full.
const reprint = input('news.txt', `新华网讯 过剑飞作报告。${review}${plan}`, { paragraphs: 2, date: undefined });
// Another district report delivered the same calendar year (a December session): not a copy.
const december = input('december.txt', '2014年,全区实现生产总值1190亿元,增长7.8%。今年的主要预期目标是:生产总值增长7%,新增就业岗位4万个。', {
  reviewPeriod: '2014',
  planYear: 2015,
});

const permutations = <T>(items: T[]): T[][] =>
  items.length <= 1 ? [items] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

test('the fullest copy is kept and each other copy is set aside as a copy of it, in any order', () => {
  for (const order of permutations([short, full, reprint])) {
    const verdict = judgeCopies(order);
    expect(verdict.reports.map((report) => report.name)).toEqual(['gov.txt']);
    expect(verdict.setAside.map((aside) => [aside.copy.name, aside.kept.name])).toEqual([
      ['news.txt', 'gov.txt'],
      ['forum.txt', 'gov.txt'],
    ]);
    expect(verdict.conflicts).toEqual([]);
  }
});

test('fuller means more undamaged report text, then more paragraphs, then more figures, then the first file name', () => {
  expect([short, full].sort(byFullness)[0]).toBe(full);
  // A reprint one character longer but with a mojibake span loses to the clean copy.
  const clean = input('clean.txt', review + plan);
  const garbled = input('garbled.txt', `${review}${plan}X`, { damaged: 6 });
  for (const order of permutations([garbled, clean])) expect(judgeCopies(order).reports[0]).toBe(clean);
  const b = input('b.txt', review, { paragraphs: 2 });
  expect([b, input('a.txt', review, { paragraphs: 1 })].sort(byFullness)[0]).toBe(b);
  const c = input('c.txt', review, { figures: 7 });
  expect([input('a.txt', review), c].sort(byFullness)[0]).toBe(c);
  for (const order of permutations([input('b.txt', review), input('a.txt', review)])) expect(judgeCopies(order).reports[0]!.name).toBe('a.txt');
});

test('a text that is not mostly in the fuller one is no copy: both conflict, none is kept, none set aside', () => {
  const other = input('other.txt', '区委常委会坚持以人民为中心的发展思想,围绕中心服务大局,扎实推进全面从严治党,持续深化作风建设。');
  const verdict = judgeCopies([full, other]);
  expect(verdict.setAside).toEqual([]);
  expect(verdict.conflicts.map((conflict) => [conflict.report.name, conflict.others.map((o) => o.other.name)])).toEqual([
    ['gov.txt', ['other.txt']],
    ['other.txt', ['gov.txt']],
  ]);
  expect(verdict.conflicts[0]!.others[0]!.share).toBeLessThan(copyShare);
  expect(verdict.conflicts[0]!.others[0]!.differences).toEqual([]);
});

test('copies agree on the facts both state: another year reviewed or another date is another report', () => {
  const differencesOf = (a: CopyFacts, b: CopyFacts) => judgeCopies([a, b]).conflicts.find((c) => c.report === b)?.others[0]?.differences;
  const sameTextOtherYear = input('b.txt', review + plan, { reviewPeriod: '2014', planYear: 2015 });
  expect(differencesOf(full, sameTextOtherYear)).toEqual(['reviews 2014 against 2013', 'plans 2015 against 2014']);
  const dated = input('gov.txt', full.text, { date: '2014-01-08' });
  expect(differencesOf(dated, input('c.txt', review + plan, { date: '2014-12-20' }))).toEqual(['delivered 2014-12-20 against 2014-01-08']);
  // A fact one copy does not state is no difference.
  expect(judgeCopies([dated, short]).setAside).toHaveLength(1);
});

test('copies of two reports under one slug: each report keeps its copies, and the two reports conflict', () => {
  // The shape of r056 (January), r058 (December) and r078 (r058 reprinted in traditional script).
  const januaryFull = input('r056.txt', review + plan + closing);
  const decemberCopy = input('r078.txt', december.text + '各位代表!', { reviewPeriod: '2014', planYear: 2015 });
  for (const order of permutations([december, januaryFull, decemberCopy])) {
    const verdict = judgeCopies(order);
    expect(verdict.reports.map((report) => report.name)).toEqual(['r056.txt', 'r078.txt']);
    expect(verdict.setAside.map((aside) => [aside.copy.name, aside.kept.name])).toEqual([['december.txt', 'r078.txt']]);
    expect(verdict.conflicts.map((conflict) => conflict.report.name)).toEqual(['r056.txt', 'r078.txt']);
  }
});

test('share of a text in another: by distinct character bigrams', () => {
  expect(shareIn(bigrams('生产总值'), bigrams('全区生产总值增长'))).toBe(1);
  expect(shareIn(bigrams('生产总值'), bigrams('生产'))).toBeCloseTo(1 / 3);
  expect(shareIn(new Set(), bigrams('生产'))).toBe(1);
});

test('the messages name both files, the slug, why the kept one is fuller, and how to keep both', () => {
  const verdict = judgeCopies([short, full]);
  expect(setAsideReason(verdict.setAside[0]!, 'shanghai-xuhui-2014')).toMatchInlineSnapshot(`"in/forum.txt is a copy of the report in in/gov.txt (shanghai-xuhui-2014; 100% of its text is in it); kept in/gov.txt, the fuller text (176 characters of undamaged report text against 125). Nothing of in/forum.txt is written. If they are in fact different reports, add a sidecar (docs/sidecar.md) to one of them stating the fact that tells them apart"`);
  const conflict = judgeCopies([full, december]).conflicts[1]!;
  expect(conflictReason(conflict, 'shanghai-xuhui-2014')).toMatchInlineSnapshot(`"in/december.txt identifies as the same report (shanghai-xuhui-2014) as in/gov.txt (reviews 2014 against 2013, plans 2015 against 2014), but they are not copies of one another: keeping one would lose the other, so each fails. The slug is made of the district, the year delivered, the kind and the coverage: if one of them is misread, add a sidecar (docs/sidecar.md) to that input stating the right fact; if one only reports on the other (a news item in its own words), remove it"`);
  const tie = judgeCopies([input('b.txt', review), input('a.txt', review)]).setAside[0]!;
  expect(setAsideReason(tie, 'x-2014')).toContain('kept in/a.txt, first by file name of copies as full as each other');
});
