import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { Identity, Sidecar, SourceLine } from '../../src/model.ts';
import { identify } from '../../src/ingest/identify.ts';
import { clean } from '../../src/ingest/clean.ts';
import { decode } from '../../src/ingest/decode.ts';
import { projectKnowledge, projectSeeds } from '../helpers/seeds.ts';

const knowledge = await projectKnowledge();
const seeds = await projectSeeds();

/** Hand-made cleaned lines, numbered from 1. */
const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

function run(input: SourceLine[], sidecar?: Sidecar): { identity: Identity; file: VFile } {
  const file = new VFile({ path: 'seeds/x.txt' });
  return { identity: identify(input, { file, knowledge, sidecar }), file };
}

const fact = (identity: Identity, name: string) => identity.facts.find((origin) => origin.fact === name);

/** Runs identify and returns the fatal message it threw. */
function failure(input: SourceLine[], sidecar?: Sidecar): string {
  try {
    run(input, sidecar);
  } catch (error) {
    return String(error);
  }
  throw new Error('identify did not fail');
}

const XUHUI_2014 = lines(
  '政府工作报告(2014年)',
  '——2014年1月8日在上海市徐汇区第十五届',
  '人民代表大会第四次会议上',
  '上海市徐汇区区长  过剑飞',
  '各位代表:',
  '现在,我代表徐汇区人民政府,向大会作政府工作报告,请予审议。',
  '一、2013年工作回顾',
  '全年实现生产总值1095亿元。',
  '二、2014年工作的总体要求和主要任务',
);

describe('header facts', () => {
  test('dateline, meeting joined across the line break, speaker', () => {
    const { identity } = run(XUHUI_2014);
    expect(identity).toMatchObject({
      year: 2014,
      date: '2014-01-08',
      meeting: '上海市徐汇区第十五届人民代表大会第四次会议',
      speaker: { name: '过剑飞', title: '区长' },
    });
    expect(fact(identity, 'date')).toEqual({
      fact: 'date',
      source: 'text',
      line: 2,
      evidence: '——2014年1月8日在上海市徐汇区第十五届',
    });
    expect(fact(identity, 'speaker')).toMatchObject({ source: 'text', line: 4 });
  });

  test('a dateline in parentheses and a speaker with 人民政府', () => {
    const { identity } = run(
      lines('(2015年1月27日在上城区第十四届人民代表大会第四次会议上)', '上城区人民政府区长  陈瑾', '各位代表:'),
    );
    expect(identity).toMatchObject({
      year: 2015,
      date: '2015-01-27',
      meeting: '上城区第十四届人民代表大会第四次会议',
      speaker: { name: '陈瑾', title: '区长' },
    });
  });

  test('a dateline in Chinese numerals', () => {
    const { identity } = run(lines('——二〇一四年一月二十八日在徐汇区第十五届人民代表大会第四次会议上', '各位代表:'));
    expect(identity.date).toBe('2014-01-28');
  });

  test('a publication field gives the year but not the date', () => {
    const { identity } = run(lines('时间:2014-01-17', '我代表徐汇区人民政府,向大会作政府工作报告。'));
    expect(identity.year).toBe(2014);
    expect(identity.date).toBeUndefined();
    expect(fact(identity, 'year')).toMatchObject({ source: 'text', line: 1 });
  });

  test('a year in the title', () => {
    const { identity } = run(lines('上海市徐汇区2016年政府工作报告', '各位代表:', '我代表徐汇区人民政府'));
    expect(identity.year).toBe(2016);
    expect(identity.reviewPeriod).toBe('2015');
    expect(fact(identity, 'reviewPeriod')).toMatchObject({ source: 'inferred' });
  });

  test('speaker, meeting and date are optional', () => {
    const { identity } = run(lines('我代表徐汇区人民政府,向大会作政府工作报告。', '一、2024年工作回顾'));
    expect(identity.speaker).toBeUndefined();
    expect(identity.meeting).toBeUndefined();
    expect(identity.date).toBeUndefined();
  });
});

describe('years from the part headings', () => {
  test('the review heading names the year before delivery; the plan heading the year planned', () => {
    const { identity } = run(lines('我代表徐汇区人民政府,向大会作政府工作报告。', '一、2024年工作回顾', '二、2025年主要任务'));
    expect(identity).toMatchObject({ year: 2025, reviewPeriod: '2024', planYear: 2025 });
    expect(fact(identity, 'year')?.evidence).toBe('一、2024年工作回顾 (reviews 2024, so delivered 2025)');
    expect(fact(identity, 'planYear')).toMatchObject({ source: 'text', line: 3 });
  });

  test('a plan heading alone', () => {
    const { identity } = run(lines('我代表徐汇区人民政府,向大会作政府工作报告。', '一、2019年主要任务'));
    expect(identity).toMatchObject({ year: 2019, reviewPeriod: '2018', planYear: 2019 });
  });

  test('a heading naming only the year\'s work (主要工作) of a year before the dateline\'s reviews it (r2060)', () => {
    const dated = (heading: string) =>
      run(lines('政府工作报告', '(2015年2月11日在杭州市滨江区', '第四届人民代表大会第四次会议上)', '各位代表:', heading)).identity;
    expect(dated('一、2014年主要工作')).toMatchObject({ year: 2015, reviewPeriod: '2014', planYear: 2015 });
    // The year's own work is its plan; a year before with a task is left to the heading.
    expect(fact(dated('二、2015年主要工作'), 'planYear')).toMatchObject({ source: 'text', evidence: '二、2015年主要工作' });
    expect(dated('二、2014年主要任务').planYear).toBe(2014);
  });

  test('a review heading that disagrees with the dateline is a warning', () => {
    const { identity, file } = run(
      lines('政府工作报告', '——2014年1月8日在徐汇区第十五届人民代表大会第四次会议上', '一、2012年工作回顾'),
    );
    expect(identity.reviewPeriod).toBe('2012');
    expect(file.messages.map((message) => [message.ruleId, message.line, message.reason])).toMatchInlineSnapshot(`
      [
        [
          "year-mismatch",
          3,
          "Conflicting years: line 3: 一、2012年工作回顾 (reviews 2012, so delivered 2013) says delivered in 2013, but line 2: ——2014年1月8日在徐汇区第十五届人民代表大会第四次会议上 says 2014; using 2014.",
        ],
      ]
    `);
  });

  test('long lines that start with a numeral are not headings', () => {
    const { identity } = run(
      lines(
        '我代表徐汇区人民政府,向大会作政府工作报告。',
        '一、2024年工作回顾',
        '一、2030年建成一批重点项目,完成旧区改造,新增绿地,建设保障性住房,改善居住条件,提高市民生活质量。',
        '二、2025年主要任务',
      ),
    );
    expect(identity.planYear).toBe(2025);
  });
});

describe('kind and coverage', () => {
  test('a government work report', () => {
    const { identity } = run(XUHUI_2014);
    expect(identity).toMatchObject({ kind: 'government-work-report', coverage: 'year' });
    expect(fact(identity, 'kind')).toMatchObject({ source: 'text', line: 1 });
  });

  test('向大会报告工作 marks a government report', () => {
    const { identity } = run(lines('现在,我代表上城区人民政府向大会报告工作,请予审议。', '一、2014年工作回顾'));
    expect(identity.kind).toBe('government-work-report');
  });

  test('a party committee half-year report: 区委 is the subject, the review is of 上半年', () => {
    const { identity } = run(
      lines('一、上半年工作回顾', '上半年,区委全面贯彻落实党的十八大精神。徐汇区经济平稳发展,徐汇区财政收入增长。'),
      { year: 2014 },
    );
    expect(identity).toMatchObject({
      kind: 'party-committee-report',
      coverage: 'half-year',
      year: 2014,
      reviewPeriod: '2014-H1',
      title: '上海市徐汇区委2014年上半年工作报告',
      slug: 'shanghai-xuhui-2014-party-h1',
    });
    expect(identity.planYear).toBeUndefined();
    expect(fact(identity, 'kind')).toMatchObject({ source: 'text', line: 2 });
    expect(fact(identity, 'coverage')).toMatchObject({ source: 'text', line: 1, evidence: '一、上半年工作回顾' });
  });

  test('区委 in a government report does not make it a party report', () => {
    const { identity } = run(
      lines('我代表徐汇区人民政府,向大会作政府工作报告。', '一年来,在市委、市政府和区委的领导下。区委召开全会。', '一、2013年工作回顾'),
    );
    expect(identity.kind).toBe('government-work-report');
  });

  test('a five-year review at the first session of a new 人大', () => {
    const { identity } = run(
      lines('政府工作报告', '——2017年1月10日在徐汇区第十六届人民代表大会第一次会议上', '一、过去五年工作回顾', '二、今后五年的目标任务', '三、2017年主要任务'),
    );
    expect(identity).toMatchObject({
      coverage: 'five-year',
      year: 2017,
      reviewPeriod: '2012-2016',
      planYear: 2017,
      slug: 'shanghai-xuhui-2017-5y',
      title: '上海市徐汇区2017年政府工作报告',
    });
  });

  test('no marker of a kind: `other`, with a warning', () => {
    const { identity, file } = run(lines('徐汇区今年经济发展良好。徐汇区财政收入增长。', '一、2013年工作回顾'));
    expect(identity.kind).toBe('other');
    expect(identity.slug).toBe('shanghai-xuhui-2014-other');
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unknown-kind']);
  });
});

describe('district, city, province', () => {
  test('from the header, with the city written before it', () => {
    const { identity } = run(XUHUI_2014);
    expect(identity.district).toEqual({ name: '徐汇区', slug: 'xuhui', nameEn: 'Xuhui District', code: '310104' });
    expect(identity.city.name).toBe('上海市');
    expect(identity.province.name).toBe('上海市');
    expect(fact(identity, 'district')).toMatchObject({ source: 'text', line: 2 });
    expect(fact(identity, 'city')).toMatchObject({ source: 'text', line: 2 });
  });

  test('from `我代表…人民政府` in the body, before any other district the text names', () => {
    const { identity } = run(
      lines('各位代表:', '学习长宁区、静安区的经验。', '现在,我代表静安区人民政府,向大会作政府工作报告。', '一、2017年工作回顾'),
    );
    expect(identity.district.name).toBe('静安区');
    expect(fact(identity, 'district')).toMatchObject({ source: 'text', line: 3 });
    expect(identity.slug).toBe('shanghai-jing-an-2018');
  });

  test('the city is inferred from the registry, with the line that names it as corroboration', () => {
    const { identity } = run(
      lines('(2015年1月27日在上城区第十四届人民代表大会第四次会议上)', '上城区人民政府区长  陈瑾', '举办杭州美术节。'),
    );
    expect(identity).toMatchObject({ city: { name: '杭州市', slug: 'hangzhou' }, province: { name: '浙江省' } });
    expect(identity.slug).toBe('hangzhou-shangcheng-2015');
    expect(fact(identity, 'city')).toEqual({
      fact: 'city',
      source: 'inferred',
      line: 3,
      evidence: '上城区 is in 杭州市, 浙江省 (place registry); the text names 杭州: 举办杭州美术节。',
    });
    expect(fact(identity, 'province')).toEqual({
      fact: 'province',
      source: 'inferred',
      evidence: '上城区 is in 杭州市, 浙江省 (place registry)',
    });
  });

  test('from the body alone: the name written most often, short names counting for less', () => {
    const { identity } = run(
      lines('一、上半年工作回顾', '上半年,区委全面贯彻。建设美丽徐汇。制定《徐汇区关于深化改革的意见》。服务在徐汇。'),
      { year: 2014 },
    );
    expect(identity.district.name).toBe('徐汇区');
    expect(fact(identity, 'district')?.evidence).toMatch(/named 3 times in the body/);
  });

  test('short names that are plain words (资源, 合作) and 城区 in 中心城区 are not districts', () => {
    expect(failure(lines('加强合作,整合资源,建设中心城区。', '一、2013年工作回顾'))).toMatch(/No district found/);
  });

  test('a merged-away district for a report of its time', () => {
    const { identity } = run(lines('政府工作报告', '——2014年1月10日在闸北区第十四届人民代表大会第四次会议上', '一、2013年工作回顾'));
    expect(identity.district).toMatchObject({ name: '闸北区', slug: 'zhabei' });
    expect(identity.slug).toBe('shanghai-zhabei-2014');
  });

  test('a shared name resolved by the city before it', () => {
    const { identity } = run(lines('——2016年1月5日在南京市鼓楼区第二届人民代表大会第二次会议上', '我代表鼓楼区人民政府,向大会作政府工作报告。'));
    expect(identity.city.name).toBe('南京市');
    expect(identity.slug).toBe('nanjing-gulou-2016');
  });

  test('a shared name resolved by the city the text names elsewhere', () => {
    const { identity } = run(
      lines('——2016年1月5日在鼓楼区第二届人民代表大会第二次会议上', '各位代表:', '在福州市委、市政府的领导下。'),
    );
    expect(identity.city.name).toBe('福州市');
    expect(identity.province.name).toBe('福建省');
  });

  test('a shared name resolved by the sidecar', () => {
    const { identity } = run(lines('——2016年1月5日在鼓楼区第二届人民代表大会第二次会议上', '各位代表:'), {
      district: '鼓楼区',
      city: '开封市',
      reason: 'the text does not name the city',
    });
    expect(identity.city.name).toBe('开封市');
    expect(fact(identity, 'district')).toMatchObject({ source: 'sidecar' });
    expect(fact(identity, 'city')).toEqual({ fact: 'city', source: 'sidecar', evidence: 'sidecar city: 开封市' });
    expect(identity.overrides).toEqual(['district', 'city']);
  });

  test('a shared name the text does not resolve is an error listing the candidates and the sidecar', () => {
    expect(failure(lines('——2016年1月5日在鼓楼区第二届人民代表大会第二次会议上', '各位代表:'))).toMatchInlineSnapshot(`
      "seeds/x.txt:1:1: Ambiguous district 鼓楼区 (line 1): 4 places have this name and the text does not say which:
        - 鼓楼区, 南京市, 江苏省
        - 鼓楼区, 徐州市, 江苏省
        - 鼓楼区, 福州市, 福建省
        - 鼓楼区, 开封市, 河南省
      Write the sidecar seeds/x.meta.yaml:
      district: 鼓楼区
      city: 南京市
      reason: <what the text says about the district>"
    `);
  });

  test('a shared name narrowed to a province, no city named: the higher-ranking city, with a warning', () => {
    const file = new VFile({ path: 'seeds/x.txt' });
    const identity = identify(lines('——2016年1月5日在鼓楼区第二届人民代表大会第二次会议上', '在江苏省委的领导下。'), { file, knowledge });
    expect(identity.city.name).toBe('南京市');
    expect(fact(identity, 'city')).toMatchObject({ source: 'inferred', evidence: expect.stringMatching(/also a district of 徐州市.*provincial capital/) });
    const warning = file.messages.find((message) => message.ruleId === 'district-guessed');
    expect(warning?.fatal).toBeFalsy();
    expect(warning?.reason).toMatch(/鼓楼区 guessed to be of 南京市[\s\S]*seeds\/x\.meta\.yaml:\ndistrict: 鼓楼区\ncity: 徐州市/);
  });

  test('no district at all is an error naming what was searched', () => {
    expect(failure(lines('——2014年1月8日在第十五届人民代表大会第四次会议上', '一、2013年工作回顾'))).toMatchInlineSnapshot(`
      "seeds/x.txt:1:1: No district found: searched every line for district and county names of GB/T 2260 and content/places.yaml (e.g. \`我代表徐汇区人民政府\`, \`上城区人民政府区长\`, \`徐汇区\`, \`徐汇\`).
      Write the sidecar seeds/x.meta.yaml:
      district: <district, e.g. 徐汇区>
      city: <city, e.g. 上海市>
      reason: <what the text says about the district>"
    `);
  });

  test('a district the registry does not know is an error', () => {
    expect(failure(lines('一、2013年工作回顾'), { district: '火星区' })).toMatchInlineSnapshot(`"seeds/x.txt:1:1: Unknown district 火星区: not in the place registry (GB/T 2260 data and content/places.yaml). Add it to content/places.yaml with its city and province."`);
  });

  test('a sidecar city without that district is an error', () => {
    expect(failure(lines('一、2013年工作回顾'), { district: '鼓楼区', city: '上海市' })).toMatch(
      /Sidecar city 上海市 has no district 鼓楼区/,
    );
  });
});

describe('year and sidecar', () => {
  test('a year that cannot be determined is an error suggesting a sidecar', () => {
    expect(failure(lines('一、上半年工作回顾', '上半年,区委全面贯彻。徐汇区发展。徐汇区建设。'))).toMatchInlineSnapshot(`
      "seeds/x.txt:1:1: Cannot determine the year the report was delivered: no dateline (\`——2014年1月8日在…会议上\`), no \`时间:\` field, no year in a title line, no heading with a year (\`一、2013年工作回顾\`, \`二〇一四年主要任务\`) and no opening on the year reviewed (\`2013年是…\`).
      Write the sidecar seeds/x.meta.yaml:
      year: 2014
      reviewPeriod: 2014-H1
      reason: <the evidence for the year>"
    `);
  });

  test('every sidecar field overrides inference and is listed', () => {
    const { identity } = run(XUHUI_2014, {
      year: 2015,
      date: '2015-01-09',
      planYear: 2015,
      reviewPeriod: '2014',
      speaker: { name: '鲍炳章', title: '区长' },
      meeting: '上海市徐汇区第十五届人民代表大会第五次会议',
      kind: 'government-work-report',
      coverage: 'year',
      reason: 'a test',
    });
    expect(identity).toMatchObject({
      year: 2015,
      date: '2015-01-09',
      planYear: 2015,
      reviewPeriod: '2014',
      speaker: { name: '鲍炳章', title: '区长' },
      meeting: '上海市徐汇区第十五届人民代表大会第五次会议',
      slug: 'shanghai-xuhui-2015',
    });
    expect(identity.overrides).toEqual([
      'year',
      'date',
      'planYear',
      'reviewPeriod',
      'speaker',
      'meeting',
      'kind',
      'coverage',
    ]);
    expect(fact(identity, 'year')).toEqual({ fact: 'year', source: 'sidecar', evidence: 'sidecar year: 2015' });
    expect(fact(identity, 'speaker')?.evidence).toBe('sidecar speaker: {"name":"鲍炳章","title":"区长"}');
  });

  test('every fact of the identity has an origin', () => {
    const { identity } = run(XUHUI_2014);
    expect(identity.facts.map((origin) => origin.fact)).toEqual([
      'district',
      'city',
      'province',
      'kind',
      'coverage',
      'year',
      'date',
      'reviewPeriod',
      'planYear',
      'speaker',
      'meeting',
      'title',
      'slug',
    ]);
    expect(identity.title).toBe('上海市徐汇区2014年政府工作报告');
    expect(identity.slug).toBe('shanghai-xuhui-2014');
  });
});

/* ------------------------------------------------------------- the seeds */

/** A seed's cleaned lines, and its sidecar. */
function seedLines(name: string): { file: VFile; lines: SourceLine[]; sidecar?: Sidecar } {
  const seed = seeds.find((s) => s.name === `${name}.txt`);
  if (!seed) throw new Error(`no seed ${name}.txt`);
  const file = new VFile({ path: seed.path });
  const { lines: cleaned } = clean(decode(seed.bytes, file).text, file);
  return { file, lines: cleaned, ...(seed.sidecar ? { sidecar: seed.sidecar } : {}) };
}

function identifySeed(name: string): Identity {
  const { file, lines: cleaned, sidecar } = seedLines(name);
  return identify(cleaned, { file, knowledge, sidecar });
}

/** The facts checked by hand against each seed's text. */
function summary(identity: Identity) {
  return {
    district: identity.district.name,
    city: identity.city.name,
    province: identity.province.name,
    kind: identity.kind,
    coverage: identity.coverage,
    year: identity.year,
    date: identity.date,
    reviewPeriod: identity.reviewPeriod,
    planYear: identity.planYear,
    speaker: identity.speaker,
    meeting: identity.meeting,
    title: identity.title,
    slug: identity.slug,
    overrides: identity.overrides,
  };
}

describe('seeds (checked by hand against the text)', () => {
  test('000: 徐汇区 2014, dateline 2014年1月8日, meeting broken over two lines', () => {
    expect(summary(identifySeed('000_8a680f93dd4856e3'))).toEqual({
      district: '徐汇区',
      city: '上海市',
      province: '上海市',
      kind: 'government-work-report',
      coverage: 'year',
      year: 2014,
      date: '2014-01-08',
      reviewPeriod: '2013',
      planYear: 2014,
      speaker: { name: '过剑飞', title: '区长' },
      meeting: '上海市徐汇区第十五届人民代表大会第四次会议',
      title: '上海市徐汇区2014年政府工作报告',
      slug: 'shanghai-xuhui-2014',
      overrides: [],
    });
  });

  test('001: 静安区 2018', () => {
    expect(summary(identifySeed('001_fb16f82d61c4a2eb'))).toEqual({
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
      meeting: '静安区第一届人民代表大会第五次会议',
      title: '上海市静安区2018年政府工作报告',
      slug: 'shanghai-jing-an-2018',
      overrides: [],
    });
  });

  test('002: no header; 徐汇区 from 我代表徐汇区人民政府, years from the part headings', () => {
    expect(summary(identifySeed('002_ac793ded085856f1'))).toEqual({
      district: '徐汇区',
      city: '上海市',
      province: '上海市',
      kind: 'government-work-report',
      coverage: 'year',
      year: 2025,
      date: undefined,
      reviewPeriod: '2024',
      planYear: 2025,
      speaker: undefined,
      meeting: undefined,
      title: '上海市徐汇区2025年政府工作报告',
      slug: 'shanghai-xuhui-2025',
      overrides: [],
    });
  });

  test('003: 上城区 of 杭州市, 浙江省, 2015', () => {
    expect(summary(identifySeed('003_9bc730d6815c430c'))).toEqual({
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
      meeting: '上城区第十四届人民代表大会第四次会议',
      title: '杭州市上城区2015年政府工作报告',
      slug: 'hangzhou-shangcheng-2015',
      overrides: [],
    });
  });

  test('004: traditional copy of a 徐汇区 party committee half-year report; the year from its sidecar', () => {
    expect(summary(identifySeed('004_7ac9c9b3664c3e79'))).toEqual({
      district: '徐汇区',
      city: '上海市',
      province: '上海市',
      kind: 'party-committee-report',
      coverage: 'half-year',
      year: 2014,
      date: undefined,
      reviewPeriod: '2014-H1',
      planYear: undefined,
      speaker: undefined,
      meeting: undefined,
      title: '上海市徐汇区委2014年上半年工作报告',
      slug: 'shanghai-xuhui-2014-party-h1',
      overrides: ['year', 'reviewPeriod'],
    });
  });

  test('004 without its sidecar fails on the year and shows the sidecar to write', () => {
    const { file, lines: cleaned } = seedLines('004_7ac9c9b3664c3e79');
    expect(() => identify(cleaned, { file, knowledge })).toThrow(
      /Cannot determine the year[\s\S]*seeds\/004_7ac9c9b3664c3e79\.meta\.yaml:\nyear: 2014\nreviewPeriod: 2014-H1/,
    );
  });
});
