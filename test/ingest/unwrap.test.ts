/**
 * Text copied out of a PDF: hard-wrapped lines joined back into paragraphs (unwrap.ts, through
 * clean), page-number lines between pages removed, and every other text left as it is.
 */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/ingest/clean.ts';
import { ingest } from '../../src/ingest/index.ts';
import { displayWidth, unwrap, wrapWidth } from '../../src/ingest/unwrap.ts';
import { projectKnowledge } from '../helpers/seeds.ts';
import { REPORT_FRONT, wrapLine } from '../helpers/report-shapes.ts';

const knowledge = await projectKnowledge();
const texts = (text: string) => clean(text, new VFile({ path: 'x.txt' })).lines.map((line) => line.text);

const review =
  '过去一年，全区实现地区生产总值1234.5亿元，增长12.5%；一般公共预算收入34.85亿元，增长6.8%；社会消费品零售总额达到456.7亿元，增长9.1%。';
const people = '城乡居民人均可支配收入分别增长8.2%和9.3%，新增就业岗位1.2万个，城镇登记失业率控制在3.5%以内，群众获得感持续增强。';
const plan = '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。';

describe('the wrap width', () => {
  test('full-width characters count 1, ASCII ½', () => {
    expect(displayWidth('增长12.5%')).toBe(4.5);
  });

  test('a text of one line a paragraph is not wrapped, nor a list of headings of one length', () => {
    expect(wrapWidth(['政府工作报告', '各位代表：', review, people, plan, '一、2024年工作回顾', review])).toBeUndefined();
    const contents = ['一、2022年全县一般公共预算收支执行情况表', '二、2022年县级一般公共预算收支执行情况表', '三、2023年全县一般公共预算收支预算情况表', '四、2023年县级一般公共预算收入预算情况表', '五、2022年全县政府性基金预算执行情况表'];
    expect(wrapWidth(contents)).toBeUndefined();
    // A short text of sentences of about one length: they end with their sentences, not in mid-sentence.
    expect(wrapWidth(['上海市徐汇区2014年政府工作报告', '过去一年,全区实现生产总值1095亿元,增长8%。', '今年,我们将继续推进旧区改造,新增4所幼儿园。', '让我们共同努力,完成全年目标任务。'])).toBeUndefined();
  });

  test('lines of one width, a character early or late, are a wrapped text', () => {
    const lines = [review, people, plan].flatMap((paragraph) => wrapLine(paragraph, 20));
    expect(wrapWidth(lines)).toBe(20);
    // A PDF sets Latin glyphs wider or narrower than half a character, and keeps punctuation off a line's start.
    const ragged = lines.map((line, i) => (i % 3 === 1 && line.length > 18 ? line.slice(0, -1) : line));
    expect(wrapWidth(ragged)).toBe(20);
  });
});

describe('hard-wrapped lines joined', () => {
  test('a figure broken over two lines is one again; the paragraphs are the ones printed', () => {
    const lines = ['政府工作报告', '各位代表：', review, people, '一、2025年工作安排', plan].flatMap((paragraph) => wrapLine(paragraph, 19));
    // Figures broken in two (`1234.` / `5亿元`, `34.85亿` / `元`, …).
    expect(lines.some((line, i) => /[0-9.亿]$/.test(line) && /^[0-9.亿元%]/.test(lines[i + 1] ?? ''))).toBe(true);
    expect(texts(lines.join('\n'))).toEqual(['政府工作报告', '各位代表：', review, people, '一、2025年工作安排', plan]);
  });

  test('a site menu that happens to fill the width is not joined to the title after it', () => {
    const lines = wrapLine(people, 30);
    const menu = '首页 新闻中心 信息公开 政务服务 政民互动 走进周至 专题专栏';
    expect(displayWidth(menu)).toBeGreaterThanOrEqual(29);
    const title = '周至县2024年财政预算草案的报告';
    expect(texts([menu, title, '各位代表:', ...lines].join('\n')).slice(0, 3)).toEqual([menu, title, '各位代表:']);
  });

  test('indented paragraphs start at their indent, whatever the line before', () => {
    const lines = [review, people, plan].flatMap((paragraph) => wrapLine(paragraph, 24, true));
    expect(texts(lines.join('\n'))).toEqual([review, people, plan]);
  });

  test('page numbers between pages are removed and listed; the sentence goes on across them', () => {
    const lines = [review, people, plan].flatMap((paragraph) => wrapLine(paragraph, 20));
    for (const pageNumber of ['- 2 -', '— 2 —', '第2页', '2']) {
      const text = [...lines.slice(0, 3), pageNumber, ...lines.slice(3)].join('\n');
      const result = clean(text, new VFile({ path: 'x.txt' }));
      expect(result.lines.map((line) => line.text)).toEqual([review, people, plan]);
      expect(result.removals).toEqual([{ line: 4, rule: 'chrome-page-number', text: pageNumber }]);
    }
  });

  test('a running header copied along with the page numbers is removed and listed', () => {
    const lines = [review, people, plan, review, people].flatMap((paragraph) => wrapLine(paragraph, 20));
    const pages = [lines.slice(0, 6), lines.slice(6, 12), lines.slice(12)];
    const text = pages.map((page, n) => [...(n > 0 ? ['2025年政府工作报告'] : []), ...page, `- ${n + 1} -`].join('\n')).join('\n');
    const result = clean(text, new VFile({ path: 'x.txt' }));
    expect(result.lines.map((line) => line.text)).toEqual([review, people, plan, review, people]);
    expect(result.removals.filter((r) => r.rule === 'chrome-running-header').map((r) => r.text)).toEqual(['2025年政府工作报告', '2025年政府工作报告']);
    expect(result.removals.filter((r) => r.rule === 'chrome-page-number')).toHaveLength(3);
  });

  test('a heading after a sentence end starts anew; a blank line ends a paragraph', () => {
    const lines = [
      '今年要坚持稳中求进，推动高质量发',
      '展，办好民生实事，守住安全底线。',
      '（一）坚持创新驱动发展战略，加快',
      '建设现代化产业体系。',
      '全面推进改革，持续优化营商环境，',
      '激发市场主体活力。',
    ];
    expect(unwrap(lines)).toMatchObject({ width: 16, groups: [[0, 1], [2, 3], [4, 5]] });
    expect(unwrap([...wrapLine(review, 16), '', ...wrapLine(people, 16)]).groups.length).toBe(2);
  });

  test('where paragraphs are indented, a marker at the margin goes on an enumeration wrapped there', () => {
    const lead = '\u3000\u3000区长代表区政府作报告。报告分三部分：一、2025年工作回顾；';
    const width = displayWidth(lead);
    const lines = [lead, '二、“十五五”时期目标任务；三、2026年主要工作。', ...[review, people].flatMap((paragraph) => wrapLine(paragraph, width, true))];
    expect(texts(lines.join('\n'))).toEqual(['区长代表区政府作报告。报告分三部分：一、2025年工作回顾；二、“十五五”时期目标任务；三、2026年主要工作。', review, people]);
  });

  test('a title that fills the width is not run into the dateline under it', () => {
    const title = '昆明市官渡区人民政府关于2023年上半年国民经济和社会发展计划执行情况的报告';
    const width = Math.ceil(displayWidth(title));
    const dateline = '——2023年8月31日在区第十七届人大常委会第十五次会议上';
    const lines = [title, dateline, ...[review, people, plan].flatMap((paragraph) => wrapLine(paragraph, width))];
    expect(texts(lines.join('\n'))).toEqual([title, dateline, review, people, plan]);
  });

  test('punctuation hanging past the measure does not make a wrapped text look unwrapped', () => {
    const lines = [review, people, plan].flatMap((paragraph) => wrapLine(paragraph, 20));
    // Kept on its line, a closing mark stands outside the measure.
    const hung = lines.map((line, i) => (i === 1 ? `${line}，` : i === 2 ? line.slice(1) : line));
    expect(wrapWidth(hung)).toBeGreaterThanOrEqual(20);
    expect(unwrap(hung).groups).toHaveLength(3);
  });

  test('every joined character keeps its own source line: damage is placed where it stands', () => {
    const lines = wrapLine(`${review}其中201*年新增企业**家。${people}`, 20);
    const at = lines.findIndex((line) => line.includes('**'));
    const result = clean(lines.join('\n'), new VFile({ path: 'x.txt' }));
    expect(result.lines).toHaveLength(1);
    expect(result.damage.find((d) => d.kind === 'censored')).toMatchObject({ line: at + 1, column: (lines[at] ?? '').indexOf('**') + 1 });
  });

  test('a pinyin gloss broken over two lines is still removed', () => {
    const paragraph = '过去的一年里，我们根据连云区(qū)委常委会研究的意见，讲四个方面的问题，刚刚过去的一年，是连云区发展史上极不平凡的一年，项目建设取得了新的成效。';
    const lines = wrapLine(paragraph, 15);
    expect(lines.some((line) => /\(q$/.test(line))).toBe(true);
    expect(texts(lines.join('\n'))).toEqual([paragraph.replace('(qū)', '')]);
  });

  test('a page line that filled the width and ran on into the title is removed without the title', () => {
    const chrome = '更新时间:2015-01-21 09:48 发布时间:2015-01-09 09:31 来源:区政府办';
    const width = Math.ceil(displayWidth(chrome));
    const lines = [chrome, '武汉市硚口区第十四届人民代表大会', ...[review, people, plan].flatMap((paragraph) => wrapLine(paragraph, width))];
    const result = clean(lines.join('\n'), new VFile({ path: 'x.txt' }));
    expect(result.lines.map((line) => line.text)).toEqual(['武汉市硚口区第十四届人民代表大会', review, people, plan]);
    expect(result.removals).toEqual([{ line: 1, rule: 'chrome-published', text: chrome }]);
  });
});

test('a report copied out of a PDF reads as the plain report: identity, outline and figures', () => {
  const report = [
    ...REPORT_FRONT,
    review,
    people,
    '二、2025年工作安排',
    plan,
  ];
  const plain = ingest(new TextEncoder().encode(report.join('\n')), { path: 'in/x.txt', knowledge });
  const copied = report.flatMap((line) => wrapLine(line, 19));
  copied.splice(12, 0, '- 1 -');
  const result = ingest(new TextEncoder().encode(copied.join('\n')), { path: 'in/x.txt', knowledge });
  const { provenance: _p, ...facts } = result.report.data;
  const { provenance: _q, ...plainFacts } = plain.report.data;
  expect(facts).toEqual(plainFacts);
  expect(facts.metrics.map((m) => m.text)).toContain('1234.5亿元');
  expect(result.file.messages.map((m) => m.ruleId)).toContain('unwrapped');
});

describe('a date broken at the margin of a copied PDF', () => {
  test('is joined, and a page line leading the group keeps its whole date', () => {
    const body = Array.from({ length: 12 }, () => '全县上下坚持稳中求进工作总基调,经济运行总体平稳向好,各项事业');
    const text = ['商水县十五届人大二次会议开幕', '您当前的位置 :中华龙都网  >> 新闻中心     来源:中华龙都网 2018', '-01-26 15:55:35', ...body].join('\n');
    const cleaned = clean(text, new VFile({ path: 'x.txt' }));
    const crumb = cleaned.removals.find((removal) => removal.rule === 'chrome-breadcrumb');
    expect(crumb?.text).toContain('2018\n-01-26 15:55:35');
    expect(cleaned.lines.some((line) => line.text.startsWith('-01-26'))).toBe(false);
  });
});
