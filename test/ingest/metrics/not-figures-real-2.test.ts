/**
 * Numbers of real report text that are not the district's figures, found reading texts r914–r1399
 * (session 9's audit) and r1851–r2213 (session 10's, with a unit missed) and r1400–r1850 (session 11's); each test quotes a line of a report that has the shape, shortened.
 */
import { expect, test } from 'vitest';
import { findFigures } from '../../../src/ingest/metrics/figures.ts';

const texts = (text: string) => findFigures(text).map((f) => f.text);

test('a policy named by its count of articles is not a figure; roads and lines counted are', () => {
  expect(texts('出台实施稳经济47条、助企纾困22条等措施。')).toEqual([]);
  expect(texts('先后出台和修订促进企业上市6 条、工业与信息产业27条、建筑业10条、大众创业万众创新12条、商贸业提升13条等系列扶持政策。')).toEqual([]);
  expect(texts('落实招商引资十条措施,全年招引亿元以上项目57个。')).toEqual(['57个']);
  expect(texts('制定《一指标一建议》3张清单和助企纾困54条措施。')).toEqual(['3张']);
  expect(texts('棚改配套道路完成13条15公里。')).toEqual(['13条', '15公里']);
});

test('delegates arriving at the session are its attendance, named before 县人大代表 too', () => {
  expect(texts('330多名县人大代表出席会议。')).toEqual([]);
  expect(texts('来自全县各条战线的230名人大代表精神饱满,陆续来到会场。')).toEqual([]);
  expect(texts('在近两个小时的报告中,代表们一边聆听一边思考。')).toEqual([]);
});

test('places in a ranking in 名 or spaced in a PDF\'s text, and moves in it, are not counts', () => {
  expect(texts('2016年排76名,比上年前进7位。')).toEqual([]);
  expect(texts('其中6个指标在16区排名进入前3名。')).toEqual(['6个']);
  expect(texts('跻身全国园区高质量发展百强榜第 49 位、先进制造业百强园区第 84 位。')).toEqual([]);
  expect(texts('鲁阳公司设立了我县第 2 家国家级企业技术中心,新增院士工作站 2 家。')).toEqual(['2 家']);
});

test('a slogan\'s span, a school\'s years, a size class, a programme and a page\'s counters are not figures', () => {
  expect(texts('——五年奋勇争先,我们综合实力交出了一份成绩优异的答卷。')).toEqual([]);
  expect(texts('围绕苦干五年争第一的目标。')).toEqual([]);
  expect(texts('完成西城区九年制学校建设,新增学位3000个。')).toEqual(['3000个']);
  expect(texts('【4个】10万吨级集装箱泊位建成投产。'.replace(/[【】]/gu, ''))).toEqual(['4个']);
  expect(texts('区内企业共成功申请国家863项目和重点产业化项目5项。')).toEqual(['5项']);
  expect(texts('其中10万平方米以上大型展会达12场。')).toEqual(['12场']);
  expect(texts('评论 0人参与,0条评论')).toEqual([]);
  expect(texts('全市三个文明建设取得丰硕成果。')).toEqual([]);
  // People taking part are counted.
  expect(texts('包括志愿者在内的1.8万人参与其中')).toEqual(['1.8万人']);
});

test('a decimal a PDF\'s text broke after its point is one number; a list\'s number before a figure is not', () => {
  expect(findFigures('固定资产投资 140 亿元,增长 0. 5%;完成一般公共预算收入 18. 08 亿元。').map((f) => [f.text, f.value])).toEqual([
    ['140 亿元', 14e9],
    ['0. 5%', 0.5],
    ['18. 08 亿元', 1.808e9],
  ]);
  expect(texts('1. 5个项目开工建设')).toEqual(['5个']);
});

test('a policy carried out and named by its issuer\'s count of articles is not a figure (r2054)', () => {
  expect(texts('深入落实国务院33条以及省市助企纾困等一揽子政策,累计落实组合式税费支持超22亿元。')).toEqual(['22亿元']);
  expect(texts('落实市政府道路改造计划,新建道路23条。')).toEqual(['23条']);
});

test('installed power in 万千瓦 is a figure, apart from energy in 千瓦时 (r1987)', () => {
  expect(texts('煤化工产能达到482万吨、电力装机达到421.6万千瓦。')).toEqual(['482万吨', '421.6万千瓦']);
  expect(texts('发电量12亿千瓦时。')).toEqual(['12亿千瓦时']);
});

test('a measured unit a PDF\'s text broke with a space is still the unit (r2106)', () => {
  expect(texts('引进 253.1 亿元、实际利用外资 1830 万美 元,分别增长 51.6% 144%')).toEqual(['253.1 亿元', '1830 万美 元', '51.6%', '144%']);
});

test('a full stop a page wrote for the decimal point, before a percentage or money, is the point (r1555)', () => {
  expect(findFigures('预计2007年地区生产总值达到33亿元,比2002年的12。41亿元翻了一番多,年均增长20。9%。').map((f) => [f.text, f.value])).toEqual([
    ['33亿元', 3.3e9],
    ['12。41亿元', 1.241e9],
    ['20。9%', 20.9],
  ]);
  // A sentence ending on an ordinal is not a decimal.
  expect(texts('投资强度保持西部第1。40栋亿元级楼宇投用。')).toEqual(['40栋']);
});

test('livestock in 头 or 头只, cut flowers in 枝 and areas in ㎡ are figures (r1453, r1431, r1465, r1784, r1541; r2118 left from session 10)', () => {
  expect(texts('全年生产小龙虾4万吨、龟鳖7000吨,出栏生猪68.3万头。')).toEqual(['4万吨', '7000吨', '68.3万头']);
  expect(texts('牛羊育肥133万头只。')).toEqual(['133万头只']);
  expect(texts('年产鲜切花56亿枝、产值36亿元。')).toEqual(['56亿枝', '36亿元']);
  expect(findFigures('商业体量达50万㎡的百荣国际鞋城开业在即。').map((f) => [f.text, f.value, f.baseUnit])).toEqual([['50万㎡', 5e5, '平方米']]);
});

test('a move in a ranking, a name in small Chinese numerals of money, counted headings and aims, and a quoted count of articles are not figures (r1783, r1796, r1746, r1803, r1504)', () => {
  expect(texts('连续四年入选全国综合实力百强区,位次从52位晋升到43位。')).toEqual([]);
  expect(texts('全年新引进重点招商项目11个,九元航空正式运营。')).toEqual(['11个']);
  expect(texts('扶持三元、麦福劳等农牧业龙头企业。')).toEqual([]);
  expect(texts('六组数据看“收官”')).toEqual([]);
  expect(texts('继续突出交通建设、改革创新、作风转变六个重点,真抓实干。')).toEqual([]);
  expect(texts('深入落实“幸福民生40条”,区十六届人大四次会议确定的主要目标基本完成。')).toEqual([]);
  // Counted work still is.
  expect(texts('新建六个重点项目,建成三家企业。')).toEqual(['六个', '三家']);
});

test('a harvest in 担 (50 kg) is a figure (r1487)', () => {
  expect(findFigures('烟叶产量2.4万担,毛茶产量9245吨。').map((f) => [f.text, f.value, f.baseUnit])).toEqual([
    ['2.4万担', 1.2e6, '千克'],
    ['9245吨', 9245, '吨'],
  ]);
});

test('an area that delimits where work is done (范围内) is no figure, as a distance is not (r1541)', () => {
  expect(texts('尽快完成新区38平方公里范围内剩余拆迁,实现新增报地2000亩以上。')).toEqual(['2000亩']);
  expect(texts('新增绿地38平方公里,范围覆盖全区。')).toEqual(['38平方公里']);
});
