/**
 * The page shapes of real copies (issue 11) that the seeds do not have: more page chrome (toolbar
 * labels, breadcrumbs, publication lines, leaked script and HTML tags, page numbers), text that lost
 * its line breaks (reflow), and the header kept as the report's front.
 */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { clean, tableOfContents } from '../../src/ingest/clean.ts';
import { matchChrome } from '../../src/ingest/chrome-rules.ts';
import { cutRun, reflow } from '../../src/ingest/reflow.ts';
import { stripHtmlTags } from '../../src/ingest/html-tags.ts';
import { ingest } from '../../src/ingest/index.ts';
import { projectKnowledge } from '../helpers/seeds.ts';

const knowledge = await projectKnowledge();
const squeeze = (text: string) => text.replace(/\s+/gu, '');

describe('chrome of real pages', () => {
  test.each([
    ['拼音', 'chrome-toolbar'],
    ['大鼠标', 'chrome-toolbar'],
    ['黄底黑字蓝链接', 'chrome-toolbar'],
    ['您当前的位置:首页>>公开公告>>公开、公告、决议、决定', 'chrome-breadcrumb'],
    ['当前位置: 首页>>政务公开>>规划计划>>政府工作报告', 'chrome-breadcrumb'],
    ['首页 > 政务公开 > 政府工作报告', 'chrome-breadcrumb'],
    ['蜜蜂职场文库 > 工作报告 > 浦东政府工作报告', 'chrome-breadcrumb'],
    ['日期:2021-03-03 16:10 来源:区政府办公室 打印页面 关闭页面', 'chrome-published'],
    ['来源:龙华区 日期:2019年01月28日 【字体:', 'chrome-published'],
    ['2017年02月07日 来源: 上海普陀', 'chrome-published'],
    ['更新时间:2016-03-02', 'chrome-published'],
    ['发布时间:2021-01-06 15:37    打印     阅读次数:', 'chrome-published'],
    ['window.print();', 'chrome-script'],
    ['document.write("<a href=javascript:window.close()>关闭</a>");', 'chrome-script'],
    ['【字体: 打印', 'chrome-page-tools'],
    ['发布时间:2022-08-21 22:18   责任编辑:www', 'chrome-published'],
    ['[ 索引号 ] 11500230008686369K/2024-00230 [ 发文字号 ]', 'chrome-field'],
    ['[ 成文日期 ] 2022-09-28 [ 发布日期 ] 2022-09-28', 'chrome-field'],
    ['[ 有效性 ]', 'chrome-field'],
    ['义乌古称“乌伤”,为中国浙江省金华市下辖县级市,下面小编给大家分享几篇浙江省义乌市工作报告,一起看一下吧!', 'chrome-teaser'],
  ])('%s → %s', (line, rule) => {
    expect(matchChrome(line)?.ruleId).toBe(rule);
  });

  test('report text with the same words survives', () => {
    for (const line of [
      '时间:2014-01-17',
      '2020年,全区生产总值>100亿元,增长>5%。',
      '大力发展朝阳产业,放大品牌效应,加速转型。',
      '前进道路上,我们将继续努力。',
      '来源于基层的创新做法,于2019年1月8日得到推广。',
      '(function(){})是一段程序,我们在报告中写下它。',
      '[一]坚持稳中求进,全区经济平稳发展。',
      '报社编辑部推荐的小编们深入基层,采写稿件三百余篇,全区宣传工作取得新成效,为推动高质量发展营造了良好氛围,进一步凝聚了全区上下团结奋斗的强大合力,各项工作都取得了明显成效,得到了上级的充分肯定。',
    ]) {
      expect(matchChrome(line), line).toBeUndefined();
    }
  });

  test('HTML tags are removed with offsets; angle brackets of the text survive', () => {
    const stripped = stripHtmlTags('<h1 style="color:red"><b>2018年工作回顾</b></h1> 增速<5%');
    expect(stripped.text).toBe('2018年工作回顾 增速<5%');
    expect(stripped.tags).toEqual(['<h1 style="color:red">', '<b>', '</b>', '</h1>']);
    expect(stripped.offsets[0]).toBe('<h1 style="color:red"><b>'.length);
  });

  test('clean lists HTML tags and page numbers as removals', () => {
    const file = new VFile({ path: 'x.txt' });
    const result = clean('<h3>2018年工作回顾</h3>\n全社会固定资产投资年均 - 1 -\n增长32.4%。', file);
    expect(result.lines.map((line) => line.text)).toEqual(['2018年工作回顾', '全社会固定资产投资年均', '增长32.4%。']);
    expect(result.removals).toEqual([
      { line: 1, rule: 'chrome-html', text: '<h3></h3>', count: 2 },
      { line: 2, rule: 'chrome-page-number', text: ' - 1 -' },
    ]);
  });
});

const RUN =
  '政府工作报告――2020年1月7日在上海市徐汇区第十六届人民代表大会第六次会议上上海市徐汇区区长方世忠各位代表:现在,我代表徐汇区人民政府,向大会作政府工作报告,请予审议。' +
  ' 一、2019年工作回顾过去一年,我们在市委、市政府和区委的坚强领导下,坚持稳中求进,深入学习贯彻党的十九大和十九届二中、三中、四中全会精神。' +
  '全区经济平稳发展,地区生产总值增长6%,一般公共预算收入增长5%。'.repeat(6) +
  '(一)经济发展质量稳步提升。现代服务业完成营业收入2910亿元,同比增长12%。' +
  '(二)城区功能持续完善。新建绿地10万平方米。' +
  '二、2020年主要任务今年是全面建成小康社会和“十三五”规划收官之年。地区生产总值增长6%左右。';

describe('reflow: text without line breaks', () => {
  test('is cut at the dateline, speaker, salutation, markers in sequence and glued headings', () => {
    const pieces = cutRun(RUN);
    expect(pieces.slice(0, 5)).toEqual([
      '政府工作报告',
      '――2020年1月7日在上海市徐汇区第十六届人民代表大会第六次会议上',
      '上海市徐汇区区长方世忠',
      '各位代表:现在,我代表徐汇区人民政府,向大会作政府工作报告,请予审议。',
      '一、2019年工作回顾',
    ]);
    expect(pieces[5]).toMatch(/^过去一年,我们在市委/);
    expect(pieces).toContain('(二)城区功能持续完善。新建绿地10万平方米。');
    expect(pieces).toContain('二、2020年主要任务');
    // Nothing added or lost.
    expect(squeeze(pieces.join(''))).toBe(squeeze(RUN));
  });

  test('an enumeration of numerals is not a part marker (`十九届二中、三中`, `二、 三、四全会`)', () => {
    const pieces = cutRun(`一、2019年工作回顾过去一年,我们学习十九届 二、 三、四全会精神。${'经济平稳发展。'.repeat(60)}`);
    expect(pieces.filter((piece) => /^[二三]、/.test(piece))).toEqual([]);
  });

  test('a long run is split into paragraphs at sentence ends only', () => {
    const pieces = cutRun('全区经济平稳发展,地区生产总值增长6%。'.repeat(40));
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(piece.endsWith('。')).toBe(true);
  });

  test('an unmarked part heading between two sentences is cut out (`…意见。“十二五”发展成就及2019年工作回顾“十二五”时期是…`)', () => {
    const run = `各位代表:我代表区人民政府向大会报告工作,请予审查。“十二五”发展成就及2019年工作回顾“十二五”时期是锦江区加快发展的重要五年。${'经济平稳发展。'.repeat(50)}`;
    const pieces = cutRun(run);
    expect(pieces.slice(0, 2)).toEqual(['各位代表:我代表区人民政府向大会报告工作,请予审查。', '“十二五”发展成就及2019年工作回顾']);
    expect(pieces[2]).toMatch(/^“十二五”时期是锦江区加快发展的重要五年。/);
    // A space after the sentence end, and a plan period without quotes (`。 十二五主要成就和2015年工作回顾 十二五时期`).
    const spaced = cutRun(`请其他列席人员提出意见。 十二五主要成就和2015年工作回顾 十二五时期,是我区发展变化最大的五年。${'经济平稳发展。'.repeat(50)}`);
    expect(spaced.slice(0, 2)).toEqual(['请其他列席人员提出意见。', '十二五主要成就和2015年工作回顾']);
    // An older report's brief review (`2009年工作简要回顾2009年是极不寻常的一年`).
    const brief = cutRun(`各位代表:我代表区人民政府,向大会作工作报告,请予审议。2009年工作简要回顾2009年是极不寻常的一年。${'经济平稳发展。'.repeat(50)}`);
    expect(brief[1]).toBe('2009年工作简要回顾');
    expect(brief[2]).toMatch(/^2009年是极不寻常的一年。/);
    // A sentence that only mentions a review is not cut.
    expect(cutRun(`会议听取了2019年工作回顾的说明。${'经济平稳发展。'.repeat(50)}`)[0]).toMatch(/^会议听取了2019年工作回顾的说明。/);
  });

  test('a title dated in digits, or by a dateline that lost 年 and 月, is cut from the text run on after it', () => {
    const pieces = cutRun(`湘潭县2023年政府工作报告(20221223)一、全面回顾全年工作${'全县经济平稳发展。'.repeat(40)}`);
    expect(pieces[0]).toBe('湘潭县2023年政府工作报告');
    expect(pieces[1]).toBe('(20221223)');
    const mangled = cutRun(`在包河区第四届人民代表大会第一次会议上的工作报告20161228日)各位代表:${'全区经济平稳发展。'.repeat(40)}`);
    expect(mangled.slice(0, 2)).toEqual(['在包河区第四届人民代表大会第一次会议上的工作报告', '20161228日)']);
  });

  test('a long line with a part heading inside is reflowed even when page chrome keeps its share low', () => {
    const menu = Array.from({ length: 30 }, (_, index) => ({ text: `• 栏目导航与专题服务${index}`, line: index + 1 }));
    const run = { text: `各位代表:现在,我代表区人民政府报告工作。一、2019年工作回顾过去一年,我们坚持稳中求进。${'全区经济平稳发展。'.repeat(40)}二、2020年主要任务今年是收官之年。`, line: 31 };
    const result = reflow([...menu, run]);
    expect(run.text.length).toBeLessThan(0.6 * (run.text.length + menu.reduce((sum, line) => sum + line.text.length, 0)));
    expect(result.reflowed).toEqual([31]);
    expect(result.lines.map((line) => line.text)).toContain('二、2020年主要任务');
  });

  test('a one-line page keeps its title: chrome is cut off and removed, never the whole run', () => {
    const page =
      '当前位置: 首页 > 信息公开 > 工作报告龙华区2019年政府工作报告来源:龙华区 日期:2019年01月28日 【字体:大 中 小】' +
      '  ——在深圳市龙华区第一届人民代表大会第三次会议上  (2019年1月24日)各位代表:  现在我代表深圳市龙华区人民政府向大会作政府工作报告,请予审议。' +
      `一、2018年工作回顾2018年是改革开放40周年。${'全区经济平稳发展,地区生产总值增长10%。'.repeat(12)}`;
    const file = new VFile({ path: 'x.txt' });
    const cleaned = clean(page, file);
    const texts = cleaned.lines.map((line) => line.text);
    expect(texts[0]).toBe('工作报告龙华区2019年政府工作报告');
    expect(texts).toContain('一、2018年工作回顾');
    expect(cleaned.removals.map((removal) => removal.rule)).toEqual(['chrome-breadcrumb', 'chrome-published']);
    // Nothing lost: the kept pieces and the removed chrome are the page.
    const back = [cleaned.removals[0]?.text, texts[0], cleaned.removals[1]?.text, ...texts.slice(1)].join('');
    expect(squeeze(back)).toBe(squeeze(page));
  });

  test('a title, a meeting or a date run together with page chrome is cut out of it', () => {
    expect(cutRun(`设为首页收藏本站查看: 1499|回复: 0[四川] 2020年成都市锦江区政府工作报告[复制链接]  ——在成都市锦江区第七届人民代表大会第四次会议上各位代表:${'经济平稳发展。'.repeat(50)}`).slice(0, 3)).toEqual([
      '设为首页收藏本站查看: 1499|回复: 0[四川]',
      '2020年成都市锦江区政府工作报告',
      '[复制链接]',
    ]);
    expect(cutRun(`首页/ 政府信息公开 / 政府工作报告 / 正文2010年政府工作报告(全文)2010年2月24日在杨陵区第七届人民代表大会第四次会议上杨陵区区长 董胜利各位代表:${'经济平稳发展。'.repeat(50)}`).slice(0, 3)).toEqual([
      '首页/ 政府信息公开 / 政府工作报告 /',
      '正文2010年政府工作报告(全文)',
      '2010年2月24日在杨陵区第七届人民代表大会第四次会议上',
    ]);
    expect(cutRun(`无障碍浏览 索 引 号 luozhuang/2020-0000023 信息名称 关于2009年国民经济和社会发展计划执行情况与2010年计划草案的报告 生成日期 2020-01-01各位代表:${'经济平稳发展。'.repeat(50)}`)).toContain(
      '关于2009年国民经济和社会发展计划执行情况与2010年计划草案的报告',
    );
    // A report that mentions last year's report in a sentence is not cut there.
    const sentence = `我们认真落实2019年政府工作报告确定的各项任务,${'经济平稳发展。'.repeat(50)}`;
    expect(cutRun(sentence)[0]).toMatch(/^我们认真落实2019年政府工作报告确定的各项任务,/);
  });

  test('a long paragraph of a short excerpt is not a run (two thirds of the text, its own line)', () => {
    const lines = [
      { text: '政府工作报告', line: 1 },
      { text: '——在东乌珠穆沁旗第十六届人民代表大会第一会议上', line: 2 },
      { text: '各位代表:', line: 3 },
      { text: '一、过去四年工作回顾', line: 4 },
      { text: '过去的四年,是我旗发展进程中攻坚克难的四年。预计全旗地区生产总值累计完成232.75亿元,年均增长3.56%。'.repeat(6), line: 5 },
      { text: '——四年来,我们始终坚持干在一起、冲在一线,交出了一份“攻坚答卷”。', line: 6 },
    ];
    expect(reflow(lines).reflowed).toEqual([]);
  });

  test('a table of contents under 目录 is removed: its headings are not the report\'s parts', () => {
    const text = ['目录', '第一部分 报告', '第二部分 预算表格', '一、2022年全县一般公共预算收支执行情况表', '二、2023年全县一般公共预算收支预算情况表', '第一部分 报告', '关于沙洋县2022年预算执行情况和2023年预算草案的报告', '各位代表:', '一、2022年财政预算执行情况', '全县财政工作稳中求进。'];
    expect([...tableOfContents(text)]).toEqual([0, 1, 2, 3, 4]);
    const cleaned = clean(text.join('\n'), new VFile({ path: 'x.txt' }));
    expect(cleaned.lines.map((line) => line.text)[0]).toBe('第一部分 报告');
    expect(cleaned.removals.filter((removal) => removal.rule === 'chrome-toc')).toHaveLength(5);
    // A list under 目录 that the body never repeats is not one (nothing removed).
    expect(tableOfContents(['目录', '一、经济', '二、社会', '各位代表:', '全县经济平稳发展。'])).toEqual(new Set());
  });

  test('a table of contents ends where the title of the report starts, though the body after it is hard-wrapped; an entry may wrap', () => {
    const text = ['目    录', '一、县级财政决算情况', '(一)《关于检察公益诉讼工作情况报告', '的审议意见》落实情况', '二、直达资金管理情况', '关于2020年县级财政决算的报告', '——2021年6月30日在桃源县第十七届人民代表大会', '常务委员会第四十八次会议上', '主任、副主任,各位委员:', '一、县级财政决算情况', '2020年,全县各级各部门认真贯彻落实。'];
    expect([...tableOfContents(text)]).toEqual([0, 1, 2, 3, 4]);
  });

  test('lines of a text with its own line breaks are left alone', () => {
    const lines = [
      { text: '一、2019年工作回顾', line: 1 },
      { text: '过去一年,我们坚持稳中求进。'.repeat(30), line: 2 },
      { text: '过去一年,我们坚持稳中求进。'.repeat(30), line: 3 },
    ];
    expect(reflow(lines)).toEqual({ lines, removals: [], reflowed: [] });
  });

  test('the ingest keeps the text, flags the line reflowed and recovers parts, sections and periods', () => {
    const { report, file } = ingest(new TextEncoder().encode(RUN), { path: 'real/run.txt', knowledge });
    expect(report.data.provenance.reflowed).toEqual([1]);
    expect(file.messages.some((message) => message.ruleId === 'reflowed')).toBe(true);
    const text = [
      ...report.front.map((line) => line.text),
      ...report.blocks.flatMap((block) => [
        block.heading?.text ?? '',
        ...block.children.flatMap((child) =>
          child.type === 'paragraph' ? [child.text] : [child.heading.text, ...child.children.map((p) => p.text)],
        ),
      ]),
    ].join('');
    expect(squeeze(text)).toBe(squeeze(RUN));
    expect(report.front.map((line) => line.text)).toEqual([
      '政府工作报告',
      '――2020年1月7日在上海市徐汇区第十六届人民代表大会第六次会议上',
      '上海市徐汇区区长方世忠',
    ]);
    const parts = report.blocks.filter((block) => block.kind === 'part');
    expect(parts.map((part) => [part.heading?.text, part.role, part.period])).toEqual([
      ['一、2019年工作回顾', 'review', '2019'],
      ['二、2020年主要任务', 'plan', '2020'],
    ]);
    expect(parts[0]?.children.filter((child) => child.type === 'section')).toHaveLength(2);
    // Every figure carries the period of its part.
    for (const metric of report.data.metrics) {
      const inPlan = metric.anchor.startsWith('s2');
      expect(metric.period, metric.text).toBe(inPlan ? '2020' : '2019');
    }
    expect(report.data.metrics.length).toBeGreaterThan(5);
  });
});
