/**
 * Numbers of real report text that are not the district's figures, found reading texts r3011–r3116
 * (session 13's figures audit); each test quotes a line of a report that has the shape, shortened.
 */
import { expect, test } from 'vitest';
import { findFigures } from '../../../src/ingest/metrics/figures.ts';

const texts = (text: string) => findFigures(text).map((f) => f.text);

test('`亿元以上项目49个、5亿元以上8个`: a sum and its bound right before a count is the class counted (r3111; r1088)', () => {
  expect(texts('全年新引进亿元以上项目49个、5亿元以上8个,到位资金99.6亿元。')).toEqual(['49个', '8个', '99.6亿元']);
  expect(texts('成功招引亿元以上项目27个,其中3亿元以上17个。')).toEqual(['27个', '17个']);
  // A sum reached, then a count in a clause of its own, is a figure.
  expect(texts('完成投资5亿元以上,新开工项目8个。')).toEqual(['5亿元', '8个']);
});
