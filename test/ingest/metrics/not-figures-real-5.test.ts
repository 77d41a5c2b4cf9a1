/**
 * Numbers of real report text that are not the district's figures, found reading texts r3120–r3569
 * (session 13's second figures audit); each test quotes a line of a report that has the shape, shortened.
 */
import { expect, test } from 'vitest';
import { findFigures } from '../../../src/ingest/metrics/figures.ts';

const texts = (text: string) => findFigures(text).map((f) => f.text);

test('`名列《福布斯》“最佳县级城市”12位、“最佳商业城市百强”99位`: places in the lists named, not people (r3133)', () => {
  expect(texts('农民人均纯收入1.7万元。名列《福布斯》“2013年中国大陆最佳县级城市”12位、“最佳商业城市百强”99位和“全国县域经济基本竞争力百强县”27位。')).toEqual(['1.7万元']);
  // People counted after a quoted title stay figures.
  expect(texts('评选表彰“优秀志愿者”12位。')).toEqual(['12位']);
});

test('`对标落实国家6方面33条、省级39条稳增长一揽子政策`: the articles of a policy package (r3551; r117)', () => {
  expect(texts('对标落实国家6方面33条、省级39条稳增长一揽子政策,争取上级财力性转移资金13.6亿元。')).toEqual(['13.6亿元']);
  expect(texts('认真落实130条稳经济一揽子政策,惠及5万户市场主体。')).toEqual(['5万户']);
  expect(texts('新建道路23条、桥梁6座。')).toEqual(['23条', '6座']);
});

test('`取得“1个10%和3个50%”(即…)`: a slogan made of figures alone is a name; the figures spelled out after it stay (r3544, r3488; r789, r1108)', () => {
  expect(texts('取得“1个10%和3个50%”(即全社会研发投入占GDP的10%以上,50%的专利申请来自中小企业)的好成绩。')).toEqual(['10%', '50%']);
  expect(texts('建成了速生用材林“五个10万亩”基地。')).toEqual([]);
  expect(texts('入选省“5个100”重点项目。')).toEqual([]);
  // A quoted phrase with words of its own is not a slogan of figures alone.
  expect(texts('实施“新增10万亩高标准农田”工程。')).toEqual(['10万亩']);
});

test('`一年一度的政府工作报告`, `守住…三条底线`: a time that recurs and aims counted are no figures (r3130, r3196; r596)', () => {
  expect(texts('一年一度的政府工作报告,既是总结也是动员。')).toEqual([]);
  expect(texts('守住百姓增收、生态良好、社会平安三条底线,新建道路3条,一年建成。')).toEqual(['3条', '一年']);
});
