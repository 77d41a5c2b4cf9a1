/**
 * The period and status of figures in shapes read from the real corpus (test/real-corpus, texts
 * r001–r060 and r400–r460), with the project's own indicator dictionary: each test quotes a line
 * of a report that was misread.
 */
import { expect, test } from 'vitest';
import type { Block, ReportData } from '../../../src/model.ts';
import { extractMetrics } from '../../../src/ingest/metrics/index.ts';
import { paragraph, part, readFigures, term, yearly } from '../../helpers/figure-parts.ts';
import { projectKnowledge } from '../../helpers/seeds.ts';

const { indicators } = await projectKnowledge();

const place = (name: string) => ({ name, slug: 'x', nameEn: 'x' });
const read = (data: ReportData, block: Block) => readFigures(indicators, data, block);
const termReview = (text: string) => read(term, part('review', '一、过去五年工作回顾', text, '2012-2016'));
const yearReview = (text: string) => read(yearly, part('review', '一、2019年工作回顾', text, '2019'));

test('a term review: the year a sentence names runs on through its `；` parts', () => {
  expect(termReview('2016年实现地区生产总值1495亿元,年均增长7.8%;完成区级财政收入186亿元,年均增长12.3%。')).toEqual([
    '1495亿元 2016 actual',
    '7.8% 2012-2016 actual → 1495亿元',
    '186亿元 2016 actual',
    '12.3% 2012-2016 actual → 186亿元',
  ]);
  expect(termReview('截至2016年末,全县地方生产总值完成96.4亿元,是2011年的1.37倍;财政总收入、公共预算收入分别完成6.1亿元、3.6亿元。')).toEqual([
    '96.4亿元 2016 actual',
    '1.37倍 2016 actual',
    '6.1亿元 2016 actual',
    '3.6亿元 2016 actual',
  ]);
  // A total in such a sentence stays the term's.
  expect(termReview('2016年,地区生产总值预计达到4942亿元,同比增长6.5%,五年增加1670亿元,年均增长7.9%;万元GDP能耗累计下降24.1%。')).toEqual([
    '4942亿元 2016 estimate',
    '6.5% 2016 estimate → 4942亿元',
    '1670亿元 2012-2016 estimate',
    '7.9% 2012-2016 estimate → 4942亿元',
    '24.1% 2012-2016 actual',
  ]);
});

test('a term review: 去年, 全年 and a level with a change over one year are the last year\'s', () => {
  expect(termReview('经济发展成效显著。去年实现地区生产总值3432.8亿元,增长8.8%。')).toEqual([
    '3432.8亿元 2016 actual',
    '8.8% 2016 actual → 3432.8亿元',
  ]);
  expect(termReview('全年预计实现生产总值同比增长9%,固定资产投资增长42.87%。')).toEqual(['9% 2016 estimate', '42.87% 2016 estimate']);
  expect(termReview('实现地区生产总值410.5亿元、增长7%,一般公共预算收入可比增长7%。')).toEqual([
    '410.5亿元 2016 actual',
    '7% 2016 actual → 410.5亿元',
    '7% 2016 actual',
  ]);
  expect(termReview('全区实现地区生产总值566.6亿元,其中服务业增加值459亿元,分别增长11.2%和13%。')).toEqual([
    '566.6亿元 2016 actual',
    '459亿元 2016 actual',
    '11.2% 2016 actual → 566.6亿元',
    '13% 2016 actual → 459亿元',
  ]);
});

test('a term review: a level counted up from another runs from the year before the term to its end', () => {
  expect(termReview('五年来,区级财政收入从61.60亿元增长到104.12亿元,年均增长11.07%。')).toEqual([
    '61.60亿元 2011 actual',
    '104.12亿元 2016 actual',
    '11.07% 2012-2016 actual → 104.12亿元',
  ]);
  expect(termReview('2016年实现地区生产总值99.3亿元(预计数,下同),年均增长8.5%;一般公共预算收入由5.05亿元增加到7.17亿元。')).toEqual([
    '99.3亿元 2016 estimate',
    '8.5% 2012-2016 estimate → 99.3亿元',
    '5.05亿元 2011 actual',
    '7.17亿元 2016 estimate',
  ]);
});

test('an average is of the span the paragraph or the heading names; a plan compared with is no span', () => {
  const data = { district: place('某某县'), year: 2016, reviewPeriod: '2015', planYear: 2016 } as ReportData;
  const withSpan = read(data, part('review', '一、“十二五”发展回顾和2015年工作情况', '五年来,综合实力显著增强。初步测算,全市地区生产总值年均增长13.1%;全社会固定资产投资累计1098.1亿元,是“十一五”的3.1倍,年均增长18.1%。', '2015'));
  expect(withSpan).toEqual([
    '13.1% 2011-2015 actual',
    '1098.1亿元 2011-2015 actual',
    // The multiple of the plan before measures the total over this one (session 12, real-periods-6).
    '3.1倍 2011-2015 actual',
    '18.1% 2011-2015 actual → 1098.1亿元',
  ]);
});

test('the part of the year a figure is of is the last one named before it', () => {
  // A quarter's figures have no period in the model: left unannotated rather than dated to the year.
  expect(yearReview('全区GDP增速从一季度3.3%、到上半年4.5%、再到前三季度4.9%,全年完成1368.6亿元、同比增长4.7%。')).toEqual([
    '4.5% 2019-H1 actual',
    '1368.6亿元 2019 actual',
    '4.7% 2019 actual → 1368.6亿元',
  ]);
  expect(yearReview('地区生产总值同比增长2.1%,较上半年回升9.8个百分点。')).toEqual(['2.1% 2019 actual', '9.8个百分点 2019 actual']);
  expect(yearReview('前三季度,完成地区生产总值192.8亿元,增长8.2%;1-11月,固定资产投资增长9%。')).toEqual([]);
  // A quarter named as a deadline or in a campaign's name elsewhere in the sentence dates nothing.
  expect(yearReview('“决战四季度、大干一百天”攻坚行动大力开展,谋划储备项目2281个、开工72个。')).toEqual(['2281个 2019 actual', '72个 2019 actual']);
  expect(yearReview('全年实现地区生产总值314.4亿元,克服了一季度下降8.4%的不利影响,全年增长3.0%。')).toEqual([
    '314.4亿元 2019 actual',
    '3.0% 2019 actual → 314.4亿元',
  ]);
});

test('a review\'s money won is no target; a review\'s forecast is an estimate', () => {
  expect(yearReview('争取超长期特别国债等上级政策性资金32.8亿元,新落地500强项目12个,完成固定资产投资785.6亿元、增长11.7%。')).toEqual([
    '32.8亿元 2019 actual',
    '12个 2019 actual',
    '785.6亿元 2019 actual',
    '11.7% 2019 actual → 785.6亿元',
  ]);
  expect(yearReview('预期实现地方一般公共预算收入140.7亿元。')).toEqual(['140.7亿元 2019 estimate']);
  expect(yearReview('初步预测,全年地区生产总值增长4.5%左右,一般公共预算收入增长10%。')).toEqual(['4.5% 2019 estimate', '10% 2019 estimate']);
});

test('a target list outside the review is the plan year\'s, through all its `；` parts', () => {
  const news = read(yearly, part('other', '', '提出了今年经济发展的主要预期指标:全区生产总值增长6.3%左右;全社会固定资产投资增长7.4%以上。'));
  expect(news).toEqual(['6.3% 2020 target', '7.4% 2020 target']);
});

test('a budget measured against is the year\'s target; the year before\'s figure compared with is that year\'s', () => {
  const halfYear = { district: place('某某区'), year: 2020, reviewPeriod: '2020-H1' } as ReportData;
  expect(read(halfYear, part('review', '一、上半年预算执行情况', '税收收入112446万元,完成年初预算207380万元的54.22%,比上年同期133191万元减收20745万元,下降15.58%。', '2020-H1'))).toEqual([
    '112446万元 2020-H1 actual',
    '207380万元 2020 target',
    '54.22% 2020-H1 actual',
    '133191万元 2019-H1 actual',
    '20745万元 2020-H1 actual',
    '15.58% 2020-H1 actual → 112446万元',
  ]);
});

test('a change qualifies the level, not a ratio, share or amount of change before it', () => {
  expect(termReview('2015年,全区生产总值预计达到739亿元,是“十一五”末的1.6倍,年均增长10%。')).toContain('10% 2012-2016 estimate → 739亿元');
  expect(yearReview('固定资产投资41.4亿元,完成年度任务的112%,同比增长18.3%。')).toContain('18.3% 2019 actual → 41.4亿元');
  expect(yearReview('登记失业人数约4万人,控制在市下达指标范围内,比上年同期减少6.3%')).toContain('6.3% 2019 actual → 4万人');
});

test('an indicator\'s abbreviation before its figure', () => {
  expect(yearReview('2019年全区实现GDP665.08亿元、年均增长11.7%')[0]).toBe('665.08亿元 2019 actual');
});

test('the heading names the span of an average whose paragraph names none', () => {
  const data = { district: place('某某区'), year: 2016, reviewPeriod: '2015', planYear: 2016 } as ReportData;
  expect(read(data, part('other', '一、“十二五”发展成就', '“3主导+1特色”现代产业增加值占GDP比重为86.4%,服务业增加值年均增长9.8%。'))).toEqual([
    '86.4% 2015 actual',
    '9.8% 2011-2015 actual',
  ]);
});

test('an estimate opening a sentence holds through its `；` parts; (预计) after a figure makes it one', () => {
  expect(yearReview('预计,地区增加值同比增长20%;社会消费品零售额208亿元,同比增长20%;完成固定资产投资86亿元,与去年持平。')).toEqual([
    '20% 2019 estimate',
    '208亿元 2019 estimate',
    '20% 2019 estimate → 208亿元',
    '86亿元 2019 estimate',
  ]);
  expect(yearReview('初步预测,全年地区生产总值增长4.5%左右;城镇和农村居民人均可支配收入分别增长6%和7%左右。')).toEqual([
    '4.5% 2019 estimate',
    '6% 2019 estimate',
    '7% 2019 estimate',
  ]);
  // The start of a term is past and known, whatever is estimated of its end.
  expect(termReview('五年来,区级增加值从619.98亿元增长到880亿元(预计),年均增长8%左右。')).toEqual([
    '619.98亿元 2011 actual',
    '880亿元 2016 estimate',
    '8% 2012-2016 estimate → 880亿元',
  ]);
});

test('per-capita income of all residents, rural net income and the revenue names of real reports are indicators', () => {
  const indicatorsOf = (text: string) => extractMetrics({ data: yearly, blocks: [part('review', '一、2019年工作回顾', text, '2019')] }, indicators).metrics.map((m) => [m.text, m.indicator]);
  expect(indicatorsOf('居民人均可支配收入18959.8元,增长9.1%。')).toEqual([
    ['18959.8元', 'disposable-income'],
    ['9.1%', 'disposable-income'],
  ]);
  expect(indicatorsOf('城镇居民人均可支配收入34065元,农民人均纯收入18910元,分别增长13.4%和13.8%。')).toEqual([
    ['34065元', 'urban-disposable-income'],
    ['18910元', 'rural-net-income'],
    ['13.4%', 'urban-disposable-income'],
    ['13.8%', 'rural-net-income'],
  ]);
  expect(indicatorsOf('城、乡居民人均可支配收入分别增长8%、9%。')).toEqual([
    ['8%', 'urban-disposable-income'],
    ['9%', 'rural-disposable-income'],
  ]);
  expect(indicatorsOf('地方财政一般公共预算收入完成35.51亿元;全口径财政收入实现75.6亿元;消费品零售总额261.9亿元。')).toEqual([
    ['35.51亿元', 'general-budget-revenue'],
    ['75.6亿元', 'total-fiscal-revenue'],
    ['261.9亿元', 'retail-sales'],
  ]);
  expect(indicatorsOf('去年实现地区生产总值3432.8亿元,增长8.8%。')).toEqual([
    ['3432.8亿元', 'gdp'],
    ['8.8%', 'gdp'],
  ]);
});

test('a target list led by a line of its own runs on through the items that end in `；`', () => {
  const block: Block = {
    type: 'block',
    id: 's1',
    kind: 'part',
    role: 'other',
    marker: '',
    children: [
      paragraph('全县经济社会发展主要预期目标是：', 's1-p1'),
      paragraph('地区生产总值增长7%；', 's1-p2'),
      paragraph('城镇和农村居民人均可支配收入分别增长8%和11%；', 's1-p3'),
      paragraph('PM2.5平均浓度下降完成省市下达任务。', 's1-p4'),
      paragraph('全年新增就业2500人。', 's1-p5'),
    ],
  };
  expect(read(yearly, block)).toEqual(['7% 2020 target', '8% 2020 target', '11% 2020 target', '2500人 2019 actual']);
});

test('levels restated after a chain of changes take the chain\'s subjects, not its label', () => {
  const indicatorsOf = (text: string) => extractMetrics({ data: yearly, blocks: [part('review', '一、2019年工作回顾', text, '2019')] }, indicators).metrics.map((m) => [m.text, m.indicator]);
  expect(indicatorsOf('城镇居民人均可支配收入和农村居民人均可支配收入分别增长7.8%和8.5%、达到49601元和28224元。')).toEqual([
    ['7.8%', 'urban-disposable-income'],
    ['8.5%', 'rural-disposable-income'],
    ['49601元', 'urban-disposable-income'],
    ['28224元', 'rural-disposable-income'],
  ]);
});
