/**
 * Numbers of real report text that are not the district's figures, found reading texts r2220–r2521
 * (session 12's audit); each test quotes a line of a report that has the shape, shortened.
 */
import { expect, test } from 'vitest';
import { findFigures } from '../../../src/ingest/metrics/figures.ts';

const texts = (text: string) => findFigures(text).map((f) => f.text);

test('a small count in Chinese numerals next to a quoted name counts slogans, campaigns and titles (r2220, r2248; r276, r1591, r2519)', () => {
  expect(texts('深入实施三个“一号工程”和“十项重大工程”,有力落实“985”行动。')).toEqual([]);
  expect(texts('突出“都市经济、科技人才、民生事业”三个优先。')).toEqual([]);
  expect(texts('品牌之都、创新高地、品质城市三张“金名片”基本确立。')).toEqual([]);
  // Counts in digits before a quoted name are counted things.
  expect(texts('23个“两重”“两新”超长期特别国债项目列入名单。')).toEqual(['23个']);
  expect(texts('新增12个中级版、6个高级版“绿盈乡村”。')).toEqual(['12个', '6个']);
});

test('a session\'s reports, aims and a list\'s lead counted are no figures (r2248, r2268, r2468; r350, r953)', () => {
  expect(texts('同意三个报告提出的2019年经济社会发展主要目标。')).toEqual([]);
  expect(texts('围绕旅游目的地建设提升,聚焦六个方向,推动六个变化。')).toEqual([]);
  expect(texts('今年要重点聚焦八项工作:')).toEqual([]);
  expect(texts('全年完成十件民生实事、三项重点工程。')).toEqual(['十件', '三项']);
});
