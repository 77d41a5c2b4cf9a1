/** PDF text positions → lines: headers, footers and page numbers out, paragraphs joined. */
import { expect, test } from 'vitest';
import { layoutLines, type PdfPage, type TextRun } from '../../../src/ingest/formats/pdf-layout.ts';

const size = 12;
const left = 72;
const right = 72 + 40 * size;
/** A page of printed lines: `>` marks an indented line; lines are full width unless they end in `|`. */
function page(n: number, lines: string[], extra: TextRun[] = []): PdfPage {
  const runs = lines.map((line, i): TextRun => {
    const indented = line.startsWith('>');
    const short = line.endsWith('|');
    const text = line.replace(/^>|\|$/g, '');
    const x = indented ? left + 2 * size : left;
    return { text, x, y: 760 - i * 18, width: short ? text.length * size : right - x, size };
  });
  return {
    runs: [
      { text: '某某区人民政府文件', x: 200, y: 800, width: 108, size: 9 },
      ...runs,
      { text: `- ${n} -`, x: 290, y: 40, width: 30, size: 9 },
      ...extra,
    ],
  };
}

test('running headers and page numbers are dropped and counted; paragraphs are joined across lines and pages', () => {
  const { lines, dropped } = layoutLines([
    page(1, ['一、2013年工作回顾|', '>全年完成地区生产总值1095亿元，', '增长8%。|', '>二是推进', '城市更新']),
    page(2, ['和旧区改造。|', '>各位代表：|']),
    page(3, ['>谢谢。|']),
  ]);
  expect(lines).toEqual(['一、2013年工作回顾', '全年完成地区生产总值1095亿元，增长8%。', '二是推进城市更新和旧区改造。', '各位代表：', '谢谢。']);
  expect(dropped).toEqual([
    { rule: 'pdf-running-header', text: '某某区人民政府文件', count: 3 },
    { rule: 'pdf-page-number', text: '- 1 -' },
    { rule: 'pdf-page-number', text: '- 2 -' },
    { rule: 'pdf-page-number', text: '- 3 -' },
  ]);
});

test('a short line in mid-sentence does not end an indented paragraph; a heading after a sentence does', () => {
  // A paragraph of full lines first: the page's measure, against which the others are short.
  const full = ['>过去一年，全区经济运行稳中有进，主要指标好于预期，', '高质量发展迈出坚实步伐，民生福祉持续增进，社会大局', '和谐稳定。|'];
  const { lines } = layoutLines([page(1, [...full, '>全年完成59|', '条“美丽街区”建设。|', '（一）加快发展。|']), page(2, ['>新增6座口袋公园。|'])]);
  expect(lines).toEqual([
    '过去一年，全区经济运行稳中有进，主要指标好于预期，高质量发展迈出坚实步伐，民生福祉持续增进，社会大局和谐稳定。',
    '全年完成59条“美丽街区”建设。',
    '（一）加快发展。',
    '新增6座口袋公园。',
  ]);
});

test('where paragraphs are indented, a marker at the margin after a full line goes on an enumeration wrapped there', () => {
  const { lines } = layoutLines([
    page(1, ['>区长代表区政府作报告。报告分三部分：一、2025年工作回顾；', '二、“十五五”时期目标任务；三、2026年主要工作。|', '>（一）加快发展。|']),
    page(2, ['>全年新增6座口袋公园，建成绿道12公里，改造老旧小区30个，', '新建养老床位500张。|']),
  ]);
  expect(lines).toEqual([
    '区长代表区政府作报告。报告分三部分：一、2025年工作回顾；二、“十五五”时期目标任务；三、2026年主要工作。',
    '（一）加快发展。',
    '全年新增6座口袋公园，建成绿道12公里，改造老旧小区30个，新建养老床位500张。',
  ]);
});

test('page number shapes', () => {
  for (const number of ['- 12 -', '第3页', '第 3 页 共 10 页', '3/10', '—4—', 'Page 5 of 9']) {
    const { dropped } = layoutLines([{ runs: [{ text: '各位代表', x: 72, y: 700, width: 48, size }, { text: number, x: 290, y: 40, width: 30, size: 9 }] }]);
    expect(dropped.map((d) => d.rule)).toEqual(['pdf-page-number']);
  }
});

test('runs on one baseline join, with a space where the PDF leaves a gap between words', () => {
  const { lines } = layoutLines([
    {
      runs: [
        { text: 'GDP', x: 72, y: 700, width: 24, size },
        { text: 'growth', x: 102, y: 700.5, width: 36, size },
        { text: '增长8%', x: 138, y: 700, width: 40, size },
      ],
    },
  ]);
  expect(lines).toEqual(['GDP growth增长8%']);
});

test('the left margin is where wrapped lines start, even when most lines are indented one-line paragraphs', () => {
  // A page line, a title, a dateline, a speaker, a salutation and a list of headings: one line
  // each, all indented; two wrapped lines show the margin. Each line is its own paragraph, even the
  // page line that fills the width without ending a sentence.
  const { lines } = layoutLines([
    page(1, ['>更新时间:2015-01-21 09:48 发布时间:2015-01-09 09:31 信息来源:区政府办', '>武汉市硚口区第十四届人民代表大会|', '>——2015年1月6日在区第十四届人民代表大会第四次会议上|', '>区长 景新华|', '>各位代表：|', '>（一）坚持扩增量、提质量|', '>（二）坚持抓改革、强服务|']),
    page(2, ['>（三）坚持强基础、固根本|', '>现在，我代表区人民政府向大会报告工作，请予审议，并请区政协各位委员和其他', '列席人员提出意见。|', '>过去一年，全区实现地区生产总值510亿元，增长9%，全社会固定资产投资额达到', '332亿元。|']),
  ]);
  expect(lines).toEqual([
    '更新时间:2015-01-21 09:48 发布时间:2015-01-09 09:31 信息来源:区政府办',
    '武汉市硚口区第十四届人民代表大会',
    '——2015年1月6日在区第十四届人民代表大会第四次会议上',
    '区长 景新华',
    '各位代表：',
    '（一）坚持扩增量、提质量',
    '（二）坚持抓改革、强服务',
    '（三）坚持强基础、固根本',
    '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协各位委员和其他列席人员提出意见。',
    '过去一年，全区实现地区生产总值510亿元，增长9%，全社会固定资产投资额达到332亿元。',
  ]);
});

test('a centred title goes on in a second centred line; centred lines after it start anew', () => {
  const title = 16;
  const centredRun = (text: string, y: number, width: number): TextRun => ({ text, x: left + (right - left - width) / 2, y, width, size: title });
  const { lines } = layoutLines([
    {
      runs: [
        centredRun('政府工作报告', 780, 6 * title),
        // Fills the measure, then goes on, centred, on the next line.
        { text: '（2021年12月7日在沈阳市和平区第十九届人民代表大会第一', x: left + 4, y: 760, width: right - left - 8, size: title },
        centredRun('次会议上）', 740, 5 * title),
        centredRun('区长 张德', 720, 5 * title),
        { text: '各位代表：', x: left + 2 * size, y: 700, width: 5 * size, size },
        { text: '现在，我代表区政府向大会报告工作，请予审议，并请区政协委员', x: left + 2 * size, y: 682, width: right - left - 2 * size, size },
        { text: '提出意见。', x: left, y: 664, width: 5 * size, size },
        { text: '过去四年，是和平区历史上极不寻常的四年。在市委、市政府和区委', x: left + 2 * size, y: 646, width: right - left - 2 * size, size },
        { text: '的正确领导下，我们坚持稳中求进工作总基调，全面完成了区十八届人大', x: left, y: 628, width: right - left, size },
        { text: '确定的目标任务。', x: left, y: 610, width: 8 * size, size },
      ],
    },
  ]);
  expect(lines).toEqual([
    '政府工作报告',
    '（2021年12月7日在沈阳市和平区第十九届人民代表大会第一次会议上）',
    '区长 张德',
    '各位代表：',
    '现在，我代表区政府向大会报告工作，请予审议，并请区政协委员提出意见。',
    '过去四年，是和平区历史上极不寻常的四年。在市委、市政府和区委的正确领导下，我们坚持稳中求进工作总基调，全面完成了区十八届人大确定的目标任务。',
  ]);
});

test('a heading set centred in the title\'s size after a title that fills the measure starts its own line', () => {
  const title = 16;
  const centredRun = (text: string, y: number, width: number): TextRun => ({ text, x: left + (right - left - width) / 2, y, width, size: title });
  const { lines } = layoutLines([
    {
      runs: [
        { text: '昌都市卡若区2022年财政预算执行情况与2023年财政预', x: left + 4, y: 780, width: right - left - 8, size: title },
        centredRun('一、2022年预算执行情况', 760, 13 * title),
        { text: '2022年，全区各部门在自治区党委、政府及市委、市政府的正确领导', x: left + 2 * size, y: 740, width: right - left - 2 * size, size },
        { text: '下，统筹推进各项工作。', x: left, y: 722, width: 11 * size, size },
      ],
    },
  ]);
  expect(lines).toEqual(['昌都市卡若区2022年财政预算执行情况与2023年财政预', '一、2022年预算执行情况', '2022年，全区各部门在自治区党委、政府及市委、市政府的正确领导下，统筹推进各项工作。']);
});

test('a dateline in the title\'s size after a short field line in the body\'s starts its own line, though set at the margin', () => {
  const title = 16;
  const centredRun = (text: string, y: number, width: number): TextRun => ({ text, x: left + (right - left - width) / 2, y, width, size: title });
  const { lines } = layoutLines([
    {
      runs: [
        centredRun('2022年丹江口市人民政府工作报告', 780, 16 * title),
        { text: '发布时间:2022-07-19 21:19 责任编辑:www', x: left + 2 * size, y: 760, width: 20 * size, size },
        // Too long for one line in the title's size: it fills the measure from the margin and goes on centred.
        { text: '2021年11月4日在丹江口市第十九届人民代表大会第一次会议', x: left + 4, y: 736, width: right - left - 8, size: title },
        centredRun('上', 712, title),
        { text: '各位代表:', x: left + 2 * size, y: 690, width: 5 * size, size },
        { text: '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协各位', x: left + 2 * size, y: 672, width: right - left - 2 * size, size },
        { text: '委员提出意见。', x: left, y: 654, width: 7 * size, size },
        { text: '一、过去五年工作回顾', x: left + 2 * size, y: 636, width: 10 * size, size },
        { text: '市十八届人大一次会议以来的五年,是极不容易的五年。面对持续加大', x: left + 2 * size, y: 618, width: right - left - 2 * size, size },
        { text: '的经济下行压力和突如其来的新冠肺炎疫情,在十堰市委市政府和市委的', x: left, y: 600, width: right - left, size },
        { text: '坚强领导下,我们团结一心、艰苦奋战,在脱贫攻坚、疫情防控、防汛抗', x: left, y: 582, width: right - left, size },
        { text: '洪等大战大考中取得重大胜利。', x: left, y: 564, width: 14 * size, size },
      ],
    },
  ]);
  expect(lines).toEqual([
    '2022年丹江口市人民政府工作报告',
    '发布时间:2022-07-19 21:19 责任编辑:www',
    '2021年11月4日在丹江口市第十九届人民代表大会第一次会议上',
    '各位代表:',
    '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协各位委员提出意见。',
    '一、过去五年工作回顾',
    '市十八届人大一次会议以来的五年,是极不容易的五年。面对持续加大的经济下行压力和突如其来的新冠肺炎疫情,在十堰市委市政府和市委的坚强领导下,我们团结一心、艰苦奋战,在脱贫攻坚、疫情防控、防汛抗洪等大战大考中取得重大胜利。',
  ]);
});
