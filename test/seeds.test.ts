/**
 * Golden expectations for the five seeds, written by reading each seed text (not by copying
 * pipeline output): which report it is, and how its text is cut into parts and sections.
 *
 * Paragraph counts are per block and include the block's sections (a paragraph after the last
 * section of a part may belong to the part or to that section; either way it is counted once
 * here). A section line such as `(一)注重发展的质量和效益,…发展。以现代服务业…` is a heading
 * (its first sentence) plus the section's first paragraph (the rest of the line).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { IngestResult } from '../src/ingest/index.ts';
import type { Block, Paragraph, ReportData } from '../src/model.ts';
import { repoRoot as root } from './helpers/paths.ts';
import { ingestProjectSeeds } from './helpers/seeds.ts';

interface GoldenBlock {
  id: string;
  kind: Block['kind'];
  /** Omitted where the text does not say (a part about the government's own work). */
  role?: Block['role'];
  marker?: string;
  title?: string;
  period?: string;
  /** `[marker, title]` of each section, in order. */
  sections: Array<[string, string]>;
  /** All paragraphs of the block, its sections' included. */
  paragraphs: number;
}

interface Golden {
  file: string;
  slug: string;
  meta: Partial<Pick<ReportData, 'kind' | 'coverage' | 'year' | 'date' | 'reviewPeriod' | 'planYear' | 'speaker'>> & {
    district: string;
    city: string;
    province: string;
  };
  /** Matched against the meeting as stated; `null`: the text names no meeting. */
  meeting: RegExp | null;
  /** Strings the front matter lines (title, date, meeting, speaker) contain, in order. */
  front: string[];
  blocks: GoldenBlock[];
  /** Source lines removed as page chrome (pinyin glosses inside kept lines are not counted here). */
  noiseLines: number[];
  /** Damage the text shows: `[line, kind]`. */
  damage: Array<[number, ReportData['provenance']['damage'][number]['kind']]>;
  convertedFromTraditional: boolean;
  /** Text that must not reach any paragraph or heading (page chrome). */
  absent: string[];
}

const goldens: Golden[] = [
  {
    file: '000_8a680f93dd4856e3.txt',
    slug: 'shanghai-xuhui-2014',
    meta: {
      district: '徐汇区',
      city: '上海市',
      province: '上海市',
      kind: 'government-work-report',
      coverage: 'year',
      year: 2014,
      // `——2014年1月8日在…会议上`; `时间:2014-01-17` is when the page was published.
      date: '2014-01-08',
      reviewPeriod: '2013',
      planYear: 2014,
      speaker: { name: '过剑飞', title: '区长' },
    },
    meeting: /徐汇区第十五届人民代表大会第四次会议$/,
    front: ['政府工作报告(2014年)', '上海市徐汇区区长'],
    blocks: [
      { id: 's0', kind: 'preamble', sections: [], paragraphs: 2 },
      {
        id: 's1',
        kind: 'part',
        role: 'review',
        marker: '一、',
        title: '2013年工作回顾',
        period: '2013',
        sections: [
          ['(一)', '注重发展的质量和效益,加大产业结构调整力度,区域经济保持平稳健康发展。'],
          ['(二)', '注重功能布局与形态优化,大力推进重点区域和重大项目建设,城区综合管理能级有效提升。'],
          ['(三)', '注重贴近群众切身利益需求,不断探索改善民生新举措,社会保障体系进一步健全。'],
          ['(四)', '注重公共资源优化配置,推进公共服务均衡化发展,各项社会事业取得新进步。'],
          ['(五)', '注重社会管理机制创新,进一步夯实基层基础,社会保持和谐稳定。'],
          ['(六)', '注重转变职能改进作风,着力增强政府行政效能,政府管理和服务水平不断提高。'],
        ],
        paragraphs: 10,
      },
      {
        id: 's2',
        kind: 'part',
        role: 'plan',
        marker: '二、',
        title: '2014年工作的总体要求和主要任务',
        period: '2014',
        sections: [
          ['(一)', '全面深化重点领域体制改革和机制创新。'],
          ['(二)', '坚定不移推进区域经济转型发展。'],
          ['(三)', '加快步伐推进重点区域和重大项目建设。'],
          ['(四)', '注重长效提升城区精细化管理水平。'],
          ['(五)', '统筹兼顾完善社会保障体系建设。'],
          ['(六)', '均衡协调促进社会事业高水平发展。'],
          ['(七)', '共建共享加强社会治理与服务。'],
        ],
        paragraphs: 27,
      },
      { id: 'c', kind: 'closing', sections: [], paragraphs: 1 },
    ],
    // Accessibility toolbar, QR code, WeChat line, five `• 索 引 号:`-style fields; six share buttons.
    noiseLines: [1, 2, 3, 4, 5, 6, 7, 8, 64, 65, 66, 67, 68, 69],
    damage: [],
    convertedFromTraditional: false,
    absent: ['无障碍工具条', '二维码', '索 引 号', '分享到'],
  },
  {
    file: '001_fb16f82d61c4a2eb.txt',
    slug: 'shanghai-jing-an-2018',
    meta: {
      district: '静安区',
      city: '上海市',
      province: '上海市',
      kind: 'government-work-report',
      coverage: 'year',
      year: 2018,
      date: '2018-01-16',
      reviewPeriod: '2017',
      planYear: 2018,
      speaker: { name: '陆晓栋', title: '区长' },
    },
    meeting: /静安区第一届人民代表大会第五次会议$/,
    front: ['政府工作报告', '静安区区长 陆晓栋'],
    blocks: [
      { id: 's0', kind: 'preamble', sections: [], paragraphs: 2 },
      {
        id: 's1',
        kind: 'part',
        role: 'review',
        marker: '一、',
        title: '2017年工作回顾',
        period: '2017',
        sections: [
          ['(一)', '立足布局优化,经济发展更有质量'],
          ['(二)', '坚持瓶颈突破,改革创新更具活力'],
          ['(三)', '注重标准统一,城区品质更趋优质'],
          ['(四)', '着力难题破解,群众生活更加美好'],
          ['(五)', '紧抓效能提升,作风建设更显成效'],
        ],
        paragraphs: 21,
      },
      {
        id: 's2',
        kind: 'part',
        role: 'plan',
        marker: '二、',
        title: '2018年主要工作',
        period: '2018',
        sections: [
          ['(一)', '全力推进“一轴三带”发展战略,推动区域协调发展'],
          ['(二)', '突出重点领域改革创新,不断增强发展动力'],
          ['(三)', '发挥优势产业集聚效应,稳步提升经济质量和效益'],
          ['(四)', '加强城市精细化管理,努力建设美丽静安'],
          ['(五)', '提高群众幸福感获得感,扎实保障改善民生'],
          ['(六)', '拓展政府公共服务内涵,繁荣发展社会事业'],
          ['(七)', '贯彻发展新思想新理念,不断提高履职效能'],
        ],
        paragraphs: 34,
      },
      { id: 'c', kind: 'closing', sections: [], paragraphs: 1 },
      // 附件: the 实事项目 list; its 一、…十、 are items of the appendix, not parts. The two lines
      // under 附件 (`2018年区政府要完成的` / `与人民生活密切相关的实事项目`) are its title.
      { id: 'a1', kind: 'appendix', sections: [], paragraphs: 10 },
    ],
    // `较旧一篇:…较新一篇:…`: links to neighbouring pages of the site it was copied from.
    noiseLines: [177],
    // `管办**`, `**清企业`, `**实情`: censored; `建设持续*。`: a lost character.
    damage: [
      [37, 'censored'],
      [51, 'censored'],
      [101, 'censored'],
      [145, 'censored'],
    ],
    convertedFromTraditional: false,
    absent: ['较旧一篇', '较新一篇'],
  },
  {
    // No header at all: district and years come from the body.
    file: '002_ac793ded085856f1.txt',
    slug: 'shanghai-xuhui-2025',
    meta: {
      district: '徐汇区',
      city: '上海市',
      province: '上海市',
      kind: 'government-work-report',
      coverage: 'year',
      year: 2025,
      reviewPeriod: '2024',
      planYear: 2025,
    },
    meeting: null,
    front: [],
    blocks: [
      { id: 's0', kind: 'preamble', sections: [], paragraphs: 2 },
      {
        id: 's1',
        kind: 'part',
        role: 'review',
        marker: '一、',
        title: '2024年工作回顾',
        period: '2024',
        sections: [
          ['(一)', '坚持承压而上,经济运行总体平稳'],
          ['(二)', '紧抓项目建设,区域功能更加完善'],
          ['(三)', '聚焦群众需求,民生福祉持续增进'],
          ['(四)', '立足问题导向,城区治理提质增效'],
        ],
        paragraphs: 20,
      },
      {
        id: 's2',
        kind: 'part',
        role: 'plan',
        marker: '二、',
        title: '2025年主要任务',
        period: '2025',
        sections: [
          ['(一)', '坚持以进促稳,进一步推动经济持续向好'],
          ['(二)', '深化改革攻坚,进一步激发发展动力活力'],
          ['(三)', '坚持创新驱动,进一步发展新质生产力'],
          ['(四)', '聚焦功能品质,进一步构筑发展新空间'],
          ['(五)', '坚定文化自信,进一步提升文化软实力'],
          ['(六)', '回应群众期待,进一步增强民生服务效能'],
          ['(七)', '下足绣花功夫,进一步加强精细化精准化治理'],
        ],
        paragraphs: 36,
      },
      {
        id: 's3',
        kind: 'part',
        marker: '三、',
        title: '全面提升政府治理现代化水平',
        sections: [
          ['(一)', '把政治建设摆在首位。'],
          ['(二)', '把法治建设推向深入。'],
          ['(三)', '把效能建设融入日常。'],
          ['(四)', '把作风建设落在行动上。'],
        ],
        paragraphs: 6,
      },
      { id: 'c', kind: 'closing', sections: [], paragraphs: 1 },
    ],
    noiseLines: [],
    damage: [],
    convertedFromTraditional: false,
    absent: [],
  },
  {
    file: '003_9bc730d6815c430c.txt',
    slug: 'hangzhou-shangcheng-2015',
    meta: {
      district: '上城区',
      city: '杭州市',
      province: '浙江省',
      kind: 'government-work-report',
      coverage: 'year',
      year: 2015,
      date: '2015-01-27',
      reviewPeriod: '2014',
      planYear: 2015,
      speaker: { name: '陈瑾', title: '区长' },
    },
    meeting: /上城区第十四届人民代表大会第四次会议$/,
    front: ['2015年1月27日在上城区第十四届人民代表大会第四次会议上', '陈瑾'],
    blocks: [
      { id: 's0', kind: 'preamble', sections: [], paragraphs: 2 },
      {
        id: 's1',
        kind: 'part',
        role: 'review',
        marker: '一、',
        title: '2014年工作回顾',
        period: '2014',
        sections: [
          ['(一)', '以改革创新为动力推动持续发展'],
          ['(二)', '以高端集聚为引领加快转型升级'],
          ['(三)', '以有机更新为抓手提升城区品质'],
          ['(四)', '以改善民生为根本增强民心合力'],
          ['(五)', '以法治政府为目标加强自身建设'],
        ],
        paragraphs: 22,
      },
      {
        id: 's2',
        kind: 'part',
        role: 'plan',
        marker: '二、',
        title: '2015年重点工作',
        period: '2015',
        sections: [
          ['(一)', '适应经济发展新常态,推动实力上城再攻坚'],
          ['(二)', '把握产城融合大趋势,推动品质上城再攻坚'],
          ['(三)', '突出社会环境大治理,推动和谐上城再攻坚'],
          ['(四)', '坚持民生优先大目标,推动幸福上城再攻坚'],
          ['(五)', '紧扣法治政府新要求,推动法治上城再攻坚'],
        ],
        // 8 before the sections (四 `一是…四是` items among them), then 5 + 4 + 4 + 16 + 5:
        // (四) holds `继续办好十件民生实事。` and the items `1.` … `10.`.
        paragraphs: 42,
      },
      { id: 'c', kind: 'closing', sections: [], paragraphs: 1 },
    ],
    noiseLines: [],
    damage: [],
    convertedFromTraditional: false,
    absent: [],
  },
  {
    // A traditional-script copy with converter pinyin glosses of the Xuhui district party
    // committee's half-year report. The text states no year (it reviews the first half of 2014:
    // the mass-line campaign's second round with 中央第六巡回督导组, after the 十八届三中全会), so a
    // sidecar gives it.
    file: '004_7ac9c9b3664c3e79.txt',
    slug: 'shanghai-xuhui-2014-party-h1',
    meta: {
      district: '徐汇区',
      city: '上海市',
      province: '上海市',
      kind: 'party-committee-report',
      coverage: 'half-year',
      year: 2014,
      reviewPeriod: '2014-H1',
    },
    meeting: null,
    front: [],
    blocks: [
      {
        id: 's1',
        kind: 'part',
        role: 'review',
        marker: '一、',
        title: '上半年工作回顾',
        period: '2014-H1',
        // Each whole section is one line: heading (first sentence) + one paragraph.
        sections: [
          ['(一)', '以为民务实清廉为主题,教育实践活动有序开展。'],
          ['(二)', '以全面深化改革为动力,经济实现持续健康发展。'],
          ['(三)', '以创建全国文明城区为引领,长效管理机制更加健全。'],
          ['(四)', '以切实改善民生为根本,社会建设能级继续提升。'],
          ['(五)', '以调动各方力量为重点,民主法制建设不断完善。'],
          ['(六)', '以党要管党从严治党为原则,党建科学化水平有效提高。'],
        ],
        paragraphs: 8,
      },
    ],
    // `來源:網(wǎng)絡整理 免責聲明:…`
    noiseLines: [10],
    // `發(fā)展?jié)摿Σ粩嘣鰪。`, `有序?qū)嵤?ldquo;单独二孩”`, `?shù)默F(xiàn)` are mojibake;
    // `啟動201*年` is a placeholder.
    damage: [
      [4, 'mojibake'],
      [4, 'placeholder'],
      [6, 'mojibake'],
      [9, 'mojibake'],
    ],
    convertedFromTraditional: true,
    // Glosses go; a gloss-like run inside mojibake (`有序?qū)嵤?ldquo;`) stays, marked damaged.
    absent: ['來源', '来源', '免责声明', '(qū)', '(jīng)', '(fā)'],
  },
];

const results = new Map<string, IngestResult>();

beforeAll(async () => {
  for (const { seed, result } of await ingestProjectSeeds()) results.set(seed.name, result);
});

function texts(result: IngestResult): string[] {
  return result.report.blocks.flatMap((block) => [
    ...(block.heading ? [block.heading.text] : []),
    ...block.children.flatMap((child) =>
      child.type === 'paragraph' ? [child.text] : [child.heading.text, ...child.children.map((p) => p.text)],
    ),
  ]);
}

test('the five seeds are all covered', () => {
  expect(readFileSync(path.join(root, 'seeds', goldens[0]!.file)).byteLength).toBeGreaterThan(0);
  expect([...results.keys()]).toEqual(goldens.map((g) => g.file));
});

describe.each(goldens)('$file', (golden) => {
  const result = () => {
    const r = results.get(golden.file);
    if (!r) throw new Error(`no result for ${golden.file}`);
    return r;
  };

  test('which report it is', () => {
    const data = result().report.data;
    expect(data.slug).toBe(golden.slug);
    const { district, city, province, ...rest } = golden.meta;
    expect({ district: data.district.name, city: data.city.name, province: data.province.name }).toEqual({
      district,
      city,
      province,
    });
    expect(data).toMatchObject(rest);
    for (const key of ['date', 'speaker', 'planYear'] as const) {
      if (!(key in golden.meta) && golden.meta.coverage === 'year') expect(data[key], key).toBeUndefined();
    }
    if (golden.meeting) expect(data.meeting).toMatch(golden.meeting);
    else expect(data.meeting).toBeUndefined();
  });

  test('front lines', () => {
    const front = result().report.front.map((line) => line.text).join('\n');
    let from = 0;
    for (const expected of golden.front) {
      const at = front.indexOf(expected, from);
      expect(at, `front contains ${expected}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
    if (golden.front.length === 0) expect(front).toBe('');
  });

  test('outline: blocks, titles, sections and paragraph counts', () => {
    const outline = result().report.data.outline;
    // Compare only what the golden states for each block (a preamble has no marker or title).
    const actual = outline.map((block) => {
      const expected = golden.blocks.find((g) => g.id === block.id);
      const optional = (['role', 'marker', 'title', 'period'] as const).filter((key) => expected?.[key] !== undefined);
      return {
        id: block.id,
        kind: block.kind,
        ...Object.fromEntries(optional.map((key) => [key, block[key]])),
        sections: block.sections.map((s) => [s.marker, s.title]),
        paragraphs: block.paragraphs + block.sections.reduce((sum, s) => sum + s.paragraphs, 0),
      };
    });
    expect(actual).toEqual(golden.blocks);
  });

  test('page chrome removed, and listed with its line', () => {
    const removals = result().report.data.provenance.removals;
    const noise = [...new Set(removals.filter((r) => !r.rule.startsWith('pinyin')).map((r) => r.line))].sort(
      (a, b) => a - b,
    );
    expect(noise).toEqual(golden.noiseLines);
    const all = texts(result()).join('\n') + result().report.front.map((l) => l.text).join('\n');
    for (const chrome of golden.absent) expect(all, chrome).not.toContain(chrome);
  });

  test('damage is flagged where the text shows it', () => {
    const damage = result().report.data.provenance.damage.map((d) => [d.line, d.kind]);
    for (const expected of golden.damage) expect(damage).toContainEqual(expected);
    if (golden.damage.length === 0) expect(damage).toEqual([]);
    expect(result().report.data.provenance.convertedFromTraditional).toBe(golden.convertedFromTraditional);
  });
});

describe('numbered items keep their markers', () => {
  const paragraphs = (file: string): Paragraph[] =>
    (results.get(file)?.report.blocks ?? []).flatMap((block) =>
      block.children.flatMap((child) => (child.type === 'paragraph' ? [child] : child.children)),
    );

  test('001: the appendix lists the ten 实事项目 as items 一、…十、', () => {
    const appendix = results.get('001_fb16f82d61c4a2eb.txt')?.report.blocks.find((b) => b.kind === 'appendix');
    const items = (appendix?.children ?? []).flatMap((c) => (c.type === 'paragraph' && c.marker ? [c] : []));
    expect(items.map((p) => p.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、']);
    expect(items[0]?.text).toMatch(/^一、启动新一轮“美丽家园”三年行动建设。/);
  });

  test('003: `一是…四是` and `1.…10.` items', () => {
    const markers = paragraphs('003_9bc730d6815c430c.txt').flatMap((p) => (p.marker ? [p.marker] : []));
    expect(markers).toEqual([
      '一是',
      '二是',
      '三是',
      '四是',
      ...Array.from({ length: 10 }, (_, i) => `${i + 1}.`),
    ]);
  });
});
