import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { Block, Identity, Paragraph, SourceLine } from '../../src/model.ts';
import { outline, summarizeOutline } from '../../src/ingest/outline.ts';
import { seedLines } from '../fixtures/outline/seed-lines.ts';

/** Only the identity facts outline reads. */
const identity = (reviewPeriod: string, planYear: number) => ({ reviewPeriod, planYear }) as Identity;
const id2014 = identity('2013', 2014);

const numbered = (texts: string[], from = 1): SourceLine[] => texts.map((text, i) => ({ text, line: from + i }));

function run(texts: string[] | SourceLine[], who = id2014) {
  const lines = typeof texts[0] === 'string' ? numbered(texts as string[]) : (texts as SourceLine[]);
  const file = new VFile({ path: 'test.txt' });
  const result = outline(lines, { file, identity: who });
  return { ...result, file, summary: summarizeOutline(result.blocks) };
}

/** Block → nested [id, text] pairs: a readable picture of the structure. */
function shape(blocks: Block[]) {
  return blocks.map((b) => ({
    id: b.id,
    kind: b.kind,
    heading: b.heading?.text,
    children: b.children.map((c) =>
      c.type === 'paragraph'
        ? [c.id, c.marker ?? '', c.text]
        : { id: c.id, heading: c.heading.text, children: c.children.map((p) => [p.id, p.marker ?? '', p.text]) },
    ),
  }));
}

const longProse = (words: string) => `${words}${'持续推进各项工作落实,'.repeat(8)}。`;

describe('front and preamble', () => {
  test('header lines before 各位代表 are the front; the salutation opens the preamble', () => {
    const { front, blocks } = run([
      '政府工作报告',
      '——2018年1月16日在静安区第一届人民代表大会第五次会议上',
      '静安区区长 陆晓栋',
      '各位代表:',
      '现在,我代表静安区人民政府,向大会作政府工作报告,请予审议。',
      '一、2017年工作回顾',
      '2017年是关键之年。',
    ]);
    expect(front.map((f) => [f.line, f.text])).toEqual([
      [1, '政府工作报告'],
      [2, '——2018年1月16日在静安区第一届人民代表大会第五次会议上'],
      [3, '静安区区长 陆晓栋'],
    ]);
    expect(shape(blocks)[0]).toEqual({
      id: 's0',
      kind: 'preamble',
      heading: undefined,
      children: [
        ['s0-p1', '', '各位代表:'],
        ['s0-p2', '', '现在,我代表静安区人民政府,向大会作政府工作报告,请予审议。'],
      ],
    });
  });

  test('no header: the body starts at the first part marker or the first line of prose', () => {
    expect(run(['一、上半年工作回顾', '上半年,区委全面贯彻。']).front).toEqual([]);
    const { front } = run(['政府工作报告', '时间:2014-01-17', longProse('2013年'), '一、回顾']);
    expect(front.map((f) => f.text)).toEqual(['政府工作报告', '时间:2014-01-17']);
  });

  test('lines are trimmed and blank lines dropped, source line numbers kept', () => {
    const { blocks } = run(numbered(['  各位代表: ', '   ', '  一、2013年工作回顾 ', '\t正文。'], 16));
    expect(blocks.map((b) => [b.id, b.heading?.line, b.children.map((c) => c.type === 'paragraph' && [c.text, c.line])])).toEqual([
      ['s0', undefined, [['各位代表:', 16]]],
      ['s1', 18, [['正文。', 19]]],
    ]);
  });
});

describe('parts and sections', () => {
  test('a section marker opening a long paragraph: heading sentence, then its first paragraph', () => {
    const { blocks, summary } = run([
      '一、2013年工作回顾',
      '(一)注重发展的质量和效益,区域经济保持平稳健康发展。以现代服务业为主导的产业格局进一步巩固。',
      '(二)注重功能布局与形态优化',
      '坚持规划引领。',
      '(三)加强政府自身建设。',
    ]);
    expect(shape(blocks)).toEqual([
      {
        id: 's1',
        kind: 'part',
        heading: '一、2013年工作回顾',
        children: [
          {
            id: 's1-1',
            heading: '(一)注重发展的质量和效益,区域经济保持平稳健康发展。',
            children: [['s1-1-p1', '', '以现代服务业为主导的产业格局进一步巩固。']],
          },
          { id: 's1-2', heading: '(二)注重功能布局与形态优化', children: [['s1-2-p1', '', '坚持规划引领。']] },
          { id: 's1-3', heading: '(三)加强政府自身建设。', children: [] },
        ],
      },
    ]);
    expect(summary[0]?.sections.map((s) => [s.marker, s.title, s.paragraphs])).toEqual([
      ['(一)', '注重发展的质量和效益,区域经济保持平稳健康发展。', 1],
      ['(二)', '注重功能布局与形态优化', 1],
      ['(三)', '加强政府自身建设。', 0],
    ]);
    // Both halves of a split line point at the same source line.
    const first = blocks[0]?.children[0];
    expect(first?.type === 'section' && [first.heading.line, first.children[0]?.line]).toEqual([2, 2]);
  });

  test('a part heading that carries text is split the same way', () => {
    const { blocks } = run(['一、2013年工作回顾。2013年是全面深化改革的一年。']);
    expect(shape(blocks)[0]).toMatchObject({
      heading: '一、2013年工作回顾。',
      children: [['s1-p1', '', '2013年是全面深化改革的一年。']],
    });
  });

  test('full-width parentheses, and sections numbered again in each part', () => {
    const { summary } = run(['一、回顾', '（一）甲', '（二）乙', '二、2014年主要任务', '（一）丙']);
    expect(summary.map((b) => [b.id, b.sections.map((s) => `${s.id} ${s.marker}${s.title}`)])).toEqual([
      ['s1', ['s1-1 （一）甲', 's1-2 （二）乙']],
      ['s2', ['s2-1 （一）丙']],
    ]);
  });

  test('numbered items and 一是 items are paragraphs with their marker', () => {
    const { blocks } = run([
      '一、2014年重点工作',
      '一是坚定不移建设一张蓝图。',
      '二是坚定不移强化一个转变。',
      '(一)继续办好十件民生实事',
      '1.建设保障性住房22万平方米。',
      '10、完成社区治理创新园建设。',
      '(1)实施消防管道改建。',
      '1.5亿元用于更新管网。',
    ]);
    const markers = (ps: Array<Paragraph | { type: 'section' }>) =>
      ps.flatMap((p) => (p.type === 'paragraph' ? [p.marker ?? ''] : []));
    const part = blocks[0] as Block;
    expect(markers(part.children)).toEqual(['一是', '二是']);
    const section = part.children[2];
    expect(section?.type === 'section' && markers(section.children)).toEqual(['1.', '10、', '(1)', '']);
  });
});

describe('sequence: markers out of order are list items', () => {
  test('a 一、 after 三、 is an item, not a new part', () => {
    const { summary, blocks } = run(['一、甲', '二、乙', '三、丙', '正文。', '一、第一项,内容较长的列表项目。']);
    expect(summary.map((b) => b.id)).toEqual(['s1', 's2', 's3']);
    expect(shape(blocks)[2]?.children).toEqual([
      ['s3-p1', '', '正文。'],
      ['s3-p2', '一、', '一、第一项,内容较长的列表项目。'],
    ]);
  });

  test('a 一、二、 list inside part 一 does not steal part 二; the short heading does', () => {
    const { summary, blocks } = run([
      '一、2013年工作回顾',
      '一、经济平稳增长,全年实现生产总值1095亿元,增长8%,各项指标完成良好。',
      '二、社会事业进步,新增就业岗位4.6万个,城镇登记失业人数控制在目标以内。',
      '二、2014年主要任务',
      '正文。',
    ]);
    expect(summary.map((b) => [b.id, b.title, b.paragraphs])).toEqual([
      ['s1', '2013年工作回顾', 2],
      ['s2', '2014年主要任务', 1],
    ]);
    expect(shape(blocks)[0]?.children.map((c) => (Array.isArray(c) ? c[1] : c))).toEqual(['一、', '二、']);
  });

  test('a heading-like section marker out of sequence is an item with a warning', () => {
    const { summary, blocks, file } = run(['一、回顾', '(一)甲', '(三)丙']);
    expect(summary[0]?.sections.map((s) => s.id)).toEqual(['s1-1']);
    const section = blocks[0]?.children[0];
    expect(section?.type === 'section' && section.children.map((p) => p.marker)).toEqual(['(三)']);
    expect(file.messages.map((m) => [m.ruleId, m.line, m.reason])).toEqual([
      ['marker-sequence', 3, 'Section marker (三) out of sequence (expected 2): kept as a list item'],
    ]);
  });
});

test('warnings name the rule and the line: a part out of sequence, an overlong heading', () => {
  const overlong = `(一)${'很长的标题没有句号'.repeat(10)}`;
  const { file, summary } = run(['一、回顾', overlong, '三、计划']);
  expect(summary[0]?.sections.map((s) => s.title.length)).toEqual([90]);
  expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([
    ['long-heading', 2],
    ['marker-sequence', 3],
  ]);
});

describe('appendix', () => {
  const lines = [
    '一、2017年工作回顾',
    '正文。',
    '二、2018年主要工作',
    '正文。',
    '各位代表,静安发展站在了新的更高起点。',
    '附件',
    '2018年区政府要完成的',
    '与人民生活密切相关的实事项目',
    '一、启动新一轮“美丽家园”三年行动建设。完成直管公房全项目修缮6万平方米。',
    '二、全力推进“美丽城区”建设。对98条道路实施市容环境升级改造。',
    '三、新增彭越浦岸段1公里陆域贯通。',
  ];

  test('附件 and its title lines are the heading; its 一、二、 are items, not parts', () => {
    const { blocks, summary } = run(lines, identity('2017', 2018));
    const appendix = shape(blocks).at(-1);
    expect(appendix).toEqual({
      id: 'a1',
      kind: 'appendix',
      heading: '附件 2018年区政府要完成的与人民生活密切相关的实事项目',
      children: [
        ['a1-p1', '一、', lines[8]],
        ['a1-p2', '二、', lines[9]],
        ['a1-p3', '三、', lines[10]],
      ],
    });
    expect(summary.at(-1)).toEqual({
      id: 'a1',
      kind: 'appendix',
      role: 'other',
      marker: '附件',
      title: '2018年区政府要完成的与人民生活密切相关的实事项目',
      paragraphs: 3,
      sections: [],
    });
    expect(summary.map((b) => b.id)).toEqual(['s1', 's2', 'c', 'a1']);
  });

  test('附件 with its title on the same line, and a second appendix', () => {
    const { summary } = run(['一、回顾', '正文。', '附件1:实事项目', '1.完成。', '附件2', '名词解释', '十二五:规划。']);
    expect(summary.map((b) => [b.id, b.marker, b.title, b.paragraphs])).toEqual([
      ['s1', '一、', '回顾', 1],
      ['a1', '附件1', '实事项目', 1],
      ['a2', '附件2', '名词解释', 1],
    ]);
  });
});

describe('closing', () => {
  test('only the final run of 各位代表 paragraphs; a mid-report summary stays in its section', () => {
    const { blocks } = run([
      '一、2013年工作回顾',
      '(一)甲',
      '各位代表,过去的一年,成绩来之不易。',
      '我们也清醒地认识到不足。',
      '二、2014年主要任务',
      '(一)乙',
      '正文。',
      '各位代表,全面深化改革的号角已经吹响。',
      '各位代表,让我们团结一心。',
    ]);
    expect(shape(blocks)).toEqual([
      {
        id: 's1',
        kind: 'part',
        heading: '一、2013年工作回顾',
        children: [
          {
            id: 's1-1',
            heading: '(一)甲',
            children: [
              ['s1-1-p1', '', '各位代表,过去的一年,成绩来之不易。'],
              ['s1-1-p2', '', '我们也清醒地认识到不足。'],
            ],
          },
        ],
      },
      {
        id: 's2',
        kind: 'part',
        heading: '二、2014年主要任务',
        children: [{ id: 's2-1', heading: '(一)乙', children: [['s2-1-p1', '', '正文。']] }],
      },
      {
        id: 'c',
        kind: 'closing',
        heading: undefined,
        children: [
          ['c-p1', '', '各位代表,全面深化改革的号角已经吹响。'],
          ['c-p2', '', '各位代表,让我们团结一心。'],
        ],
      },
    ]);
  });

  test('a 各位代表 paragraph followed by more text is not a closing', () => {
    const { summary } = run(['一、回顾', '各位代表,过去一年成绩显著。', '同时也存在不足。']);
    expect(summary.map((b) => b.id)).toEqual(['s1']);
  });
});

describe('no structure', () => {
  test('a text without part markers becomes one part of plain paragraphs, with a warning', () => {
    const { blocks, summary, file } = run(['第一段正文。', '第二段正文。']);
    expect(shape(blocks)).toEqual([
      { id: 's1', kind: 'part', heading: undefined, children: [['s1-p1', '', '第一段正文。'], ['s1-p2', '', '第二段正文。']] },
    ]);
    expect(summary[0]).toMatchObject({ id: 's1', marker: '', title: '', role: 'other', paragraphs: 2 });
    expect(file.messages.map((m) => [m.ruleId, m.source, m.line, m.fatal])).toEqual([['no-structure', 'baogao', 1, false]]);
    expect(String(file.messages[0])).toContain('test.txt:1:1');
  });

  test('empty input gives no blocks and no warning', () => {
    const { blocks, front, file } = run([] as SourceLine[]);
    expect([blocks, front, file.messages]).toEqual([[], [], []]);
  });
});

describe('roles and periods', () => {
  test('review, plan, and a government part after the plan part is plan', () => {
    const { summary } = run(
      ['一、2024年工作回顾', '二、2025年主要任务', '三、全面提升政府治理现代化水平', '各位代表,奋斗成就伟业。'],
      identity('2024', 2025),
    );
    expect(summary.map((b) => [b.id, b.role, b.period])).toEqual([
      ['s1', 'review', '2024'],
      ['s2', 'plan', '2025'],
      ['s3', 'plan', '2025'],
      ['c', 'other', undefined],
    ]);
  });

  test.each([
    ['上半年工作回顾', identity('2014-H1', 2014), 'review', '2014-H1'],
    ['过去五年工作回顾', identity('2011-2015', 2016), 'review', '2011-2015'],
    ['2014年工作的总体要求和主要任务', id2014, 'plan', '2014'],
    ['2015年重点工作', identity('2014', 2015), 'plan', '2015'],
    ['2014年', id2014, 'plan', '2014'],
    ['关于2013年', id2014, 'review', '2013'],
    ['加强党的建设', id2014, 'other', undefined],
  ])('一、%s → %s', (title, who, role, period) => {
    const [block] = run([`一、${title}`], who).summary;
    expect([block?.role, block?.period]).toEqual([role, period]);
  });
});

test('anchors are the same for the same input', () => {
  const lines = seedLines('003_9bc730d6815c430c.txt');
  expect(run(lines).blocks).toEqual(run(lines).blocks);
});

describe('seeds', () => {
  /** [id, role, period, title, direct paragraphs, [section title, paragraphs][]] per block. */
  function picture(name: string, who: Identity) {
    const { front, summary, blocks, file } = run(seedLines(name), who);
    return {
      front: front.map((f) => f.text),
      blocks: summary.map((b) => [b.id, b.role, b.period, b.marker + b.title, b.paragraphs, b.sections.map((s) => [s.title, s.paragraphs])]),
      items: blocks.flatMap((b) =>
        b.children.flatMap((c) => (c.type === 'paragraph' ? [c] : c.children)).flatMap((p) => (p.marker ? [`${p.id} ${p.marker}`] : [])),
      ),
      warnings: file.messages.map((m) => m.ruleId),
    };
  }

  test('000: two parts of 6 and 7 sections, each section line split into heading and text', () => {
    const p = picture('000_8a680f93dd4856e3.txt', identity('2013', 2014));
    expect(p.front).toEqual([
      '政府工作报告(2014年)',
      '时间:2014-01-17',
      '政 府 工 作 报 告',
      '——2014年1月8日在上海市徐汇区第十五届',
      '人民代表大会第四次会议上',
      // The seed separates title and name with a no-break space and a space, kept as written.
      '上海市徐汇区区长\u00a0 过剑飞',
    ]);
    expect(p.blocks).toEqual([
      ['s0', 'other', undefined, '', 2, []],
      ['s1', 'review', '2013', '一、2013年工作回顾', 2, [
        ['注重发展的质量和效益,加大产业结构调整力度,区域经济保持平稳健康发展。', 1],
        ['注重功能布局与形态优化,大力推进重点区域和重大项目建设,城区综合管理能级有效提升。', 1],
        ['注重贴近群众切身利益需求,不断探索改善民生新举措,社会保障体系进一步健全。', 1],
        ['注重公共资源优化配置,推进公共服务均衡化发展,各项社会事业取得新进步。', 1],
        ['注重社会管理机制创新,进一步夯实基层基础,社会保持和谐稳定。', 1],
        // + 各位代表,“十二五”规划中期评估… and 我们清醒地认识到…: mid-report, they stay.
        ['注重转变职能改进作风,着力增强政府行政效能,政府管理和服务水平不断提高。', 3],
      ]],
      ['s2', 'plan', '2014', '二、2014年工作的总体要求和主要任务', 4, [
        ['全面深化重点领域体制改革和机制创新。', 3],
        ['坚定不移推进区域经济转型发展。', 4],
        ['加快步伐推进重点区域和重大项目建设。', 3],
        ['注重长效提升城区精细化管理水平。', 3],
        ['统筹兼顾完善社会保障体系建设。', 3],
        ['均衡协调促进社会事业高水平发展。', 4],
        ['共建共享加强社会治理与服务。', 3],
      ]],
      ['c', 'other', undefined, '', 1, []],
    ]);
    expect(p.items).toEqual([]);
    expect(p.warnings).toEqual([]);
  });

  test('001: two parts, closing, and an appendix of 10 items', () => {
    const p = picture('001_fb16f82d61c4a2eb.txt', identity('2017', 2018));
    expect(p.front).toEqual(['政府工作报告', '——2018年1月16日在静安区第一届人民代表大会第五次会议上', '静安区区长 陆晓栋']);
    expect(p.blocks).toEqual([
      ['s0', 'other', undefined, '', 2, []],
      ['s1', 'review', '2017', '一、2017年工作回顾', 2, [
        ['立足布局优化,经济发展更有质量', 3],
        ['坚持瓶颈突破,改革创新更具活力', 3],
        ['注重标准统一,城区品质更趋优质', 5],
        ['着力难题破解,群众生活更加美好', 4],
        ['紧抓效能提升,作风建设更显成效', 4],
      ]],
      ['s2', 'plan', '2018', '二、2018年主要工作', 3, [
        ['全力推进“一轴三带”发展战略,推动区域协调发展', 4],
        ['突出重点领域改革创新,不断增强发展动力', 4],
        ['发挥优势产业集聚效应,稳步提升经济质量和效益', 4],
        ['加强城市精细化管理,努力建设美丽静安', 6],
        ['提高群众幸福感获得感,扎实保障改善民生', 4],
        ['拓展政府公共服务内涵,繁荣发展社会事业', 5],
        ['贯彻发展新思想新理念,不断提高履职效能', 4],
      ]],
      ['c', 'other', undefined, '', 1, []],
      ['a1', 'other', undefined, '附件2018年区政府要完成的与人民生活密切相关的实事项目', 10, []],
    ]);
    expect(p.items).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、'].map((m, i) => `a1-p${i + 1} ${m}`));
  });

  test('002: no header; three parts, the third about the government is plan', () => {
    const p = picture('002_ac793ded085856f1.txt', identity('2024', 2025));
    expect(p.front).toEqual([]);
    expect(p.blocks.map(([id, role, period, title, paragraphs, sections]) => [id, role, period, title, paragraphs, (sections as unknown[]).length])).toEqual([
      ['s0', 'other', undefined, '', 2, 0],
      ['s1', 'review', '2024', '一、2024年工作回顾', 3, 4],
      ['s2', 'plan', '2025', '二、2025年主要任务', 3, 7],
      ['s3', 'plan', '2025', '三、全面提升政府治理现代化水平', 1, 4],
      ['c', 'other', undefined, '', 1, 0],
    ]);
    expect(p.blocks[3]?.[5]).toEqual([
      ['把政治建设摆在首位。', 1],
      ['把法治建设推向深入。', 1],
      ['把效能建设融入日常。', 1],
      ['把作风建设落在行动上。', 2],
    ]);
  });

  test('003: 一是…四是 items in part 二, and the 1.–10. list inside section (四)', () => {
    const p = picture('003_9bc730d6815c430c.txt', identity('2014', 2015));
    expect(p.front).toEqual(['(2015年1月27日在上城区第十四届人民代表大会第四次会议上)', '上城区人民政府区长 \u00a0陈瑾']);
    expect(p.blocks).toEqual([
      ['s0', 'other', undefined, '', 2, []],
      ['s1', 'review', '2014', '一、2014年工作回顾', 3, [
        ['以改革创新为动力推动持续发展', 3],
        ['以高端集聚为引领加快转型升级', 3],
        ['以有机更新为抓手提升城区品质', 3],
        ['以改善民生为根本增强民心合力', 4],
        ['以法治政府为目标加强自身建设', 6],
      ]],
      ['s2', 'plan', '2015', '二、2015年重点工作', 8, [
        ['适应经济发展新常态,推动实力上城再攻坚', 5],
        ['把握产城融合大趋势,推动品质上城再攻坚', 4],
        ['突出社会环境大治理,推动和谐上城再攻坚', 4],
        ['坚持民生优先大目标,推动幸福上城再攻坚', 16],
        ['紧扣法治政府新要求,推动法治上城再攻坚', 5],
      ]],
      ['c', 'other', undefined, '', 1, []],
    ]);
    expect(p.items).toEqual([
      ...['一是', '二是', '三是', '四是'].map((m, i) => `s2-p${i + 2} ${m}`),
      ...Array.from({ length: 10 }, (_, i) => `s2-4-p${i + 7} ${i + 1}.`),
    ]);
  });

  test('004: one part whose sections are each one line: heading sentence + one paragraph', () => {
    const p = picture('004_7ac9c9b3664c3e79.txt', identity('2014-H1', 2014));
    expect(p.front).toEqual([]);
    expect(p.blocks).toEqual([
      ['s1', 'review', '2014-H1', '一、上半年工作回顾', 1, [
        ['以为民务实清廉为主题,教育实践活动有序开展。', 1],
        ['以全面深化改革为动力,经济实现持续健康发展。', 1],
        ['以创建全国文明城区为引领,长效管理机制更加健全。', 1],
        ['以切实改善民生为根本,社会建设能级继续提升。', 1],
        ['以调动各方力量为重点,民主法制建设不断完善。', 1],
        ['以党要管党从严治党为原则,党建科学化水平有效提高。', 2],
      ]],
    ]);
  });

  test.each(['000_8a680f93dd4856e3.txt', '001_fb16f82d61c4a2eb.txt', '002_ac793ded085856f1.txt', '003_9bc730d6815c430c.txt', '004_7ac9c9b3664c3e79.txt'])(
    '%s: nothing is lost — front, headings and paragraphs give back the lines',
    (name) => {
      const lines = seedLines(name);
      const { front, blocks } = run(lines);
      const texts = [
        ...front.map((f) => f.text),
        ...blocks.flatMap((b) => [
          b.heading?.text ?? '',
          ...b.children.flatMap((c) => (c.type === 'paragraph' ? [c.text] : [c.heading.text, ...c.children.map((p) => p.text)])),
        ]),
      ];
      const strip = (text: string) => text.replace(/\s+/g, '');
      expect(strip(texts.join(''))).toBe(strip(lines.map((l) => l.text).join('')));
    },
  );
});
