/**
 * Identification by evidence (issue 11): one small test for each cue real copies carry, the ranking
 * of cues, conflicts named by both lines, refusals that still show the sidecar, short names with
 * their false friends, and the kinds beyond the government work report.
 */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { Identity, SourceLine } from '../../src/model.ts';
import { identify } from '../../src/ingest/identify.ts';
import { rank } from '../../src/ingest/identify-evidence.ts';
import { clean } from '../../src/ingest/clean.ts';
import { projectKnowledge } from '../helpers/seeds.ts';

const knowledge = await projectKnowledge();

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

function run(input: SourceLine[]): { identity: Identity; file: VFile } {
  const file = new VFile({ path: 'real/x.txt' });
  return { identity: identify(input, { file, knowledge }), file };
}

/** Through the clean stage, as the ingest does (traditional script, chrome, reflow). */
function runText(text: string): { identity: Identity; file: VFile } {
  const file = new VFile({ path: 'real/x.txt' });
  const cleaned = clean(text, file);
  return { identity: identify(cleaned.lines, { file, knowledge, removals: cleaned.removals }), file };
}

function failure(input: SourceLine[]): string {
  try {
    run(input);
  } catch (error) {
    return String(error);
  }
  throw new Error('identify did not fail');
}

const fact = (identity: Identity, name: string) => identity.facts.find((origin) => origin.fact === name);
const OPENING = '现在,我代表徐汇区人民政府,向大会作政府工作报告,请予审议。';

describe('year cues', () => {
  test('a review heading without a part marker, in traditional script', () => {
    const { identity } = runText(['各位代表:', '現在,我代表徐匯區人民政府,向大會作政府工作報告,請予審議。', '2011年工作回顧', '過去的一年,全區經濟平穩發展。'].join('\n'));
    expect(identity).toMatchObject({ year: 2012, reviewPeriod: '2011', planYear: 2012 });
    expect(fact(identity, 'year')).toMatchObject({ line: 3 });
  });

  test('Arabic numbering with a space: `2、2016 年工作回顾`', () => {
    const { identity } = run(lines(OPENING, '2、2016 年工作回顾'));
    expect(identity).toMatchObject({ year: 2017, reviewPeriod: '2016' });
  });

  test.each([
    ['二○一七年工作回顾', 2018],
    ['二〇一九年工作安排', 2019],
    ['二o一九年工作安排', 2019],
  ])('Chinese-numeral years: %s', (heading, year) => {
    expect(run(lines(OPENING, heading)).identity.year).toBe(year);
  });

  test('a date run together with the title and the speaker', () => {
    const { identity } = runText(
      '在中国共产党扬州市邗江区第十二次代表大会上的报告——在中国共产党扬州市邗江区第十二次代表大会上的报告(2016年7月24日)张耀武各位代表、同志们:现在,我代表中共扬州市邗江区第十一届委员会向大会作报告。' +
        '过去五年,全区经济社会发展取得显著成绩。地区生产总值年均增长百分之十以上,财政收入稳步增长,城乡面貌明显改善。'.repeat(4),
    );
    expect(identity).toMatchObject({ year: 2016, kind: 'party-congress-report', coverage: 'five-year' });
  });

  test.each([
    ['──201617日在区第十五届人民代表大会第八次会议上', 2016],
    ['2019116日在徐汇区第十六届人民代表大会第四次会议上', 2019],
  ])('a dateline that lost 年 and 月: %s', (dateline, year) => {
    const { identity } = run(lines('政府工作报告', dateline, '各位代表:', OPENING));
    expect(identity.year).toBe(year);
    expect(fact(identity, 'year')?.evidence).toMatch(/lost 年\/月/);
  });

  test('a dateline that lost 年 and 月 in December: the review is of its own year', () => {
    const { identity } = run(lines('政府工作报告', '20161228日在包河区第四届人民代表大会第一次会议上', '各位代表:', OPENING, '一、过去五年工作回顾'));
    expect(identity).toMatchObject({ year: 2016, coverage: 'five-year', reviewPeriod: '2012-2016', planYear: 2017 });
  });

  test('an opening on the year reviewed (`2019年是…一年来`) and on the year planned (`2007年是…开局之年…建议`)', () => {
    expect(run(lines('各位代表:', OPENING, '2019年是新中国成立70周年。一年来,我们迎难而上。')).identity.year).toBe(2020);
    expect(run(lines('各位代表:', OPENING, '各位代表,2007年是新一届政府的开局之年,为此,建议抓好以下几个方面工作:')).identity.year).toBe(2007);
  });

  test('an opening year in the plan part is not the year reviewed (no conflict with the dateline)', () => {
    const { identity, file } = run(
      lines('——2014年1月8日在上海市徐汇区第十五届人民代表大会第四次会议上', '各位代表:', OPENING, '一、2013年工作回顾', '二、2014年工作的总体要求和主要任务', '2014年是全面深化改革的第一年。从宏观形势来看,世界经济将缓慢复苏。'),
    );
    expect(identity.year).toBe(2014);
    expect(file.messages.filter((message) => message.ruleId === 'year-mismatch')).toEqual([]);
  });

  test('plan years: `十三五` = 2016–2020', () => {
    expect(run(lines(OPENING, '今年是“十四五”开局之年,我们要开好局。')).identity.year).toBe(2021);
    expect(run(lines(OPENING, '一、年工作回顾', '全面完成了区五届人大六次会议和“十二五”规划确定的目标任务。')).identity.year).toBe(2016);
  });

  test('过去五年 and 过去四年 reviews cover the term before delivery', () => {
    const five = run(lines('——2017年1月8日在徐汇区第十六届人民代表大会第一次会议上', '各位代表:', OPENING, '一、过去五年的工作回顾'));
    expect(five.identity).toMatchObject({ coverage: 'five-year', reviewPeriod: '2012-2016' });
    const four = run(lines('(2021年12月7日在沈阳市和平区第十九届人民代表大会第一次会议上)', '各位代表:', OPENING, '一、过去四年工作回顾'));
    expect(four.identity).toMatchObject({ year: 2021, coverage: 'five-year', reviewPeriod: '2018-2021', planYear: 2022 });
  });

  test('a December report is titled with the year it plans: no conflict', () => {
    const { identity, file } = run(lines('2022年辽阳市文圣区政府工作报告', '——2021年12月3日在文圣区第十九届人民代表大会第一次会议上', '各位代表:', OPENING));
    expect(identity).toMatchObject({ year: 2021, planYear: 2022 });
    expect(file.messages.filter((message) => message.ruleId === 'year-mismatch')).toEqual([]);
  });

  test('agreeing weaker cues outrank one title (`2015年政府工作报告` of a report on the whole 十二五)', () => {
    const { identity } = run(
      lines('2015年政府工作报告', '长沙市岳麓区人民政府代区长 刘汇', '各位代表:', '现在,我代表区人民政府向大会报告工作,请连同《岳麓区国民经济和社会发展第十三个五年规划纲要(草案)》一并审议。', '一、“十二五”工作回顾'),
    );
    expect(identity).toMatchObject({ year: 2016, coverage: 'five-year', reviewPeriod: '2011-2015' });
  });

  test('`2015年度…报告` names the year reviewed, not the year delivered', () => {
    expect(run(lines('杨浦区2015年度政府工作报告', '各位代表:', OPENING)).identity.year).toBe(2016);
  });

  test('a page republished years later does not date the report', () => {
    const { identity } = runText(['时间:2018-09-15 来源:范文网 打印', '各位代表:', OPENING, '2016年是“十三五”开局之年。一年来,我们迎难而上。'].join('\n'));
    expect(identity.year).toBe(2017);
  });

  test('a five-year review naming only its base year is dated by its publication field', () => {
    const body = '一、过去五年工作回顾\n五年来,全区地区生产总值实现473亿元,年均递增8.6%,是2011年的1.5倍。';
    expect(runText(['时间:2016-12-20 00:00 来源:政府办', '各位代表:', OPENING, body].join('\n')).identity.year).toBe(2016);
    // Years after the last year the body names as such date the page, not the report.
    const republished = '一、过去五年工作回顾\n2016年,全区地区生产总值实现473亿元,是2011年的1.5倍。';
    expect(() => runText(['时间:2018-09-15 来源:范文网', '各位代表:', OPENING, republished].join('\n'))).toThrow(/Cannot determine the year/);
  });

  test('a plan period beside a year it cannot stand with: the copy replaced its years, the plan period dates it', () => {
    const { identity, file } = runText(
      ['2019年成都市锦江区人民政府工作报告', '各位代表:', '我代表区人民政府向大会报告工作。', '一、“十二五”发展成就及2019年工作回顾', '五年来,全区经济平稳发展。'].join('\n'),
    );
    expect(identity).toMatchObject({ year: 2016, coverage: 'five-year', reviewPeriod: '2011-2015' });
    expect(fact(identity, 'year')?.evidence).toMatch(/十二五 = 2011–2015: 2019 cannot stand beside it/);
    expect(file.messages.find((message) => message.ruleId === 'year-mismatch')?.reason).toMatch(/line 1: .*2019/);
    // A year within the period (or the next, at a term's end) is read as written.
    expect(run(lines(OPENING, '一、2015年及“十二五”工作回顾')).identity.year).toBe(2016);
  });

  test('only the meeting (`区六届人大三次会议`) is no evidence of a year: refused, with the sidecar to write', () => {
    const message = failure(lines('各位代表:', '现在,我代表徐汇区人民政府,向区六届人大三次会议报告工作。'));
    expect(message).toMatch(/unknown-year|Cannot determine the year/);
    expect(message).toContain('real/x.meta.yaml');
    expect(message).toContain('year: 2014');
  });
});

describe('ranking and conflicts', () => {
  test('the heaviest cue wins; other values with weight are conflicts', () => {
    const ranked = rank([
      { value: 2013, weight: 5, line: 7, evidence: 'heading' },
      { value: 2014, weight: 10, line: 2, evidence: 'dateline' },
      { value: 2015, weight: 1, evidence: 'guess' },
    ]);
    expect(ranked?.chosen).toMatchObject({ value: 2014, line: 2 });
    expect(ranked?.conflicts.map((cue) => cue.value)).toEqual([2013]);
    expect(ranked?.contradiction).toBe(false);
  });

  test('a conflict is a warning naming both lines', () => {
    const { identity, file } = run(lines('2022年辽阳市文圣区政府工作报告', '——2021年1月13日在文圣区第十八届人民代表大会第五次会议上', '各位代表:', OPENING));
    expect(identity.year).toBe(2021);
    const warning = file.messages.find((message) => message.ruleId === 'year-mismatch');
    expect(warning?.line).toBe(1);
    expect(warning?.reason).toMatch(/line 1: .*2022.*line 2: .*2021/);
  });

  test('two strong cues that disagree are refused, naming both lines and the sidecar', () => {
    const message = failure(lines('——2014年1月8日在徐汇区第十五届人民代表大会第四次会议上', '(2015年1月9日)', '各位代表:', OPENING));
    expect(message).toMatch(/line 2: .*2015.*line 1: .*2014/);
    expect(message).toContain('Strong cues contradict each other');
    expect(message).toContain('real/x.meta.yaml');
  });
});

describe('short names', () => {
  test('a district named only by its short name, its city named too', () => {
    const { identity } = run(
      lines('2024年工作回顾', '深入贯彻习近平总书记对北京重要讲话精神,加快“五宜”朝阳建设,推进中国式现代化的朝阳实践迈出坚实步伐。'),
    );
    expect(identity.district.name).toBe('朝阳区');
    expect(identity.city.name).toBe('北京市');
    expect(fact(identity, 'district')?.evidence).toMatch(/short name 朝阳/);
  });

  test('false friends: an ordinary word, a road, a city never named', () => {
    // 朝阳产业 is a sunrise industry; 宝山路 a road; 南山 without 深圳 or 广东 is any hill.
    expect(failure(lines('2024年工作回顾', '北京要大力发展朝阳产业,培育朝阳产业集群。'))).toMatch(/No district found/);
    expect(failure(lines('2024年工作回顾', '上海市宝山路改造完成,宝山路沿线焕然一新。'))).toMatch(/No district found/);
    expect(failure(lines('2024年工作回顾', '登南山,南山发展很好,南山建设加快。'))).toMatch(/No district found/);
  });

  test('a province abbreviation tells districts of the same name apart (`进京`, `首都`)', () => {
    const { identity } = run(lines('——2021年1月12日在朝阳区第十六届人民代表大会第七次会议上', '各位代表:', '我代表朝阳区人民政府向大会报告工作。严格进京管理。'));
    expect(identity.city.name).toBe('北京市');
  });

  test('`在京津冀` names a region, not Beijing: only the city rank decides, with a warning', () => {
    const { identity, file } = run(lines('——2021年1月12日在朝阳区第十六届人民代表大会第七次会议上', '各位代表:', '我代表朝阳区人民政府向大会报告工作。在京津冀协同中发展。'));
    expect(identity.city.name).toBe('北京市');
    expect(file.messages.map((message) => message.ruleId)).toContain('district-guessed');
  });

  test('a shared name whose cities rank alike is still refused (鼓楼区 of 南京 and 福州)', () => {
    expect(failure(lines('——2016年1月5日在鼓楼区第二届人民代表大会第二次会议上', '各位代表:'))).toMatch(/Ambiguous district 鼓楼区[\s\S]*real\/x\.meta\.yaml/);
  });
});

describe('news summaries and page fields', () => {
  const LEAD = '4月9日,昭平县第十七届人民代表大会第五次会议开幕。代县长周强代表县人民政府向大会作政府工作报告。';
  test('the parts a news lead names, quoted or not: `报告分为三部分:2024年工作回顾,2025年工作安排`', () => {
    expect(run(lines(LEAD, '报告分为三部分:2024年工作回顾,2025年工作安排,加强政府自身建设。')).identity.year).toBe(2025);
    expect(run(lines(LEAD, '报告分为2023年工作回顾,2024年主要工作和全面加强政府自身建设三部分。')).identity.year).toBe(2024);
    expect(runText(['2月17日,桂平市第十六屆人民代表大會第二次會議開幕。市長代表市人民政府向大會作政府工作報告。', '報告分為三部分:一是2022年工作回顧,二是2023年工作安排,三是加強政府建設。'].join('\n')).identity.year).toBe(2023);
  });

  test('`报告指出,2012年,是…` opens the review; `做好2013年的政府工作` names the year planned', () => {
    expect(run(lines(LEAD, '报告指出,2012年,是我县经济社会快速发展的一年。')).identity.year).toBe(2013);
    expect(run(lines(LEAD, '做好2013年的政府工作,对于顺利实施“十二五”规划意义重大。')).identity.year).toBe(2013);
  });

  test('news items: parts listed in a sentence, work reviewed or arranged, a half-year reported, a bare page date', () => {
    const opening = '1月7日上午,沾化区第三届人民代表大会第五次会议开幕。区长陈玉娟代表区人民政府向大会作政府工作报告。';
    expect(run(lines(opening, '报告共分三个部分:2024年工作回顾,2025年工作安排和全面加强政府自身建设。')).identity.year).toBe(2025);
    expect(run(lines(opening, '报告分三个部分:一、2019年政府工作回顾;二、2020年主要工作任务;三、全面加强政府自身建设。')).identity.year).toBe(2020);
    expect(run(lines(opening, '报告对过去一年工作进行回顾,对2008年工作进行安排。')).identity.year).toBe(2008);
    expect(run(lines(opening, '与会代表认为,报告对本届政府及2011年政府工作的回顾客观全面。')).identity.year).toBe(2012);
    expect(run(lines('2025-01-07 15:48 沾化融媒', opening)).identity.year).toBe(2025);
    const half = run(lines('8月23日,越城区人大常委会召开会议。区委副书记、区长钱林江作2025年上半年全区经济社会发展情况和下半年重点工作安排的报告。'));
    expect(half.identity).toMatchObject({ year: 2025, coverage: 'half-year', kind: 'government-work-report' });
    // The day a page was saved is not the report's.
    expect(runText(['今天是:2024年11月05日 星期二', '最后更新:2007-01-31', '各位代表:', OPENING, '二、2007年主要任务'].join('\n')).identity.year).toBe(2007);
  });

  test('a December session\'s news: the plan year named is the next year; a year\'s 工作情况 is reviewed', () => {
    const december = '12月26日上午,华容区第九届人民代表大会第四次会议开幕。区长龚涛代表区人民政府作政府工作报告。';
    expect(run(lines(december, '报告分三个部分:一是2024年工作回顾;二是2025年重点工作安排;三是2025年十件实事。')).identity.year).toBe(2024);
    expect(run(lines(OPENING, '报告共分三个部分:一、过去四年工作回顾和2006年工作情况。二、今后五年工作展望和2007年主要任务。')).identity.year).toBe(2007);
    expect(run(lines(OPENING, '会议明确了2019年全区经济社会发展的预期目标。')).identity.year).toBe(2019);
  });

  test('a wiki infobox field `报告时间:2003年12月25日` is the delivery date, over the title year it plans', () => {
    const { identity } = runText(['- 中文名:2004年法库县政府工作报告', '- 报告时间:2003年12月25日', '各位代表:', '现在,我代表法库县人民政府向大会报告工作。'].join('\n'));
    expect(identity).toMatchObject({ year: 2003, date: '2003-12-25' });
  });

  test('a publication line with pinyin glosses still dates the page', () => {
    const { identity } = runText(['發(fā)布時(shí)間:2008-03-06 來源:縣政府辦', '各位代表:', '現在,我代表徐匯區人民政府,向大會作政府工作報告。對2007年工作進行了回顧。'].join('\n'));
    expect(identity.year).toBe(2008);
  });
});

describe('counties', () => {
  test('a ten-character autonomous county in a dateline glued to its title', () => {
    const { identity } = run(lines('政府工作报告—2021年7月29日在围场满族蒙古族自治县第八届人民代表大会第一次会议上自治县人民政府代理县长 孙立良', '各位代表:'));
    expect(identity.district.name).toBe('围场满族蒙古族自治县');
    expect(identity.city.name).toBe('承德市');
  });

  test('a county renamed since is named as the text names it, in its years (赣县 before 2016, 赣县区 after)', () => {
    expect(run(lines('——2011年1月8日在赣县第十六届人民代表大会第五次会议上', '各位代表:')).identity.district.name).toBe('赣县');
    expect(run(lines('——2020年1月8日在赣州市赣县区第二届人民代表大会第五次会议上', '各位代表:')).identity.district.name).toBe('赣县区');
  });

  test('a one-character stem counts as the report\'s own (`泾县人民政府`), never as a word (`省市和县委`)', () => {
    expect(run(lines('各位代表:', '现在,我代表泾县人民政府向大会报告工作。', '一、2019年工作回顾')).identity.district.name).toBe('泾县');
    expect(run(lines('——2020年1月8日在滑县第十五届人民代表大会第四次会议上', '各位代表:')).identity.district.name).toBe('滑县');
    expect(failure(lines('各位代表:', '一、2019年工作回顾', '坚决贯彻中央、省市和县委重大决策部署,全县经济平稳发展。'))).toMatch(/No district found/);
  });

  test('`湟源县政府工作报告` in a title after a table of contents is telling', () => {
    expect(run(lines('目录', '一、2024年工作回顾', '2025年湟源县政府工作报告', '各位代表:')).identity.district.name).toBe('湟源县');
  });

  test('a short name only one county has, in a `全县` report with no city named; never a company or an enumeration', () => {
    const { identity, file } = run(
      lines('——2023年1月8日在县第十八届人民代表大会第二次会议上', '县长 李水泉', '各位代表:', '现在,我代表县政府向大会报告工作。', '一、2022年工作回顾', '2022年,是桦川振兴发展进程中极不平凡的一年,全县经济平稳发展。'),
    );
    expect(identity.district.name).toBe('桦川县');
    expect(fact(identity, 'district')?.evidence).toMatch(/no other district has; no city is named/);
    expect(file.messages.some((message) => message.fatal)).toBe(false);
    // 龙湖 is also a district (of 汕头): `龙湖地产` in a list of companies is not it; 资源 is a word.
    expect(failure(lines('——2016年1月8日在区第十五届人民代表大会第一次会议上', '各位代表:', '全区签约项目增加,复星集团、龙湖地产等企业落户。'))).toMatch(/No district found/);
    expect(failure(lines('——2016年1月8日在县第十五届人民代表大会第一次会议上', '各位代表:', '全县坚持节约资源,资源节约型社会建设加快。'))).toMatch(/No district found/);
  });

  test('`过去五年和2021年工作回顾` names the year; a term heading ending in a half-year is a five-year review', () => {
    expect(run(lines('各位代表:', OPENING, '一、过去五年和2021年工作回顾')).identity).toMatchObject({ year: 2022, coverage: 'five-year' });
    expect(run(lines('——2021年7月29日在徐汇区第八届人民代表大会第一次会议上', '一、过去五年发展成就和2021年上半年工作回顾')).identity.coverage).toBe('five-year');
  });

  test('a half-year\'s part named without 回顾 (`一、关于2013年上半年工作`)', () => {
    const { identity } = run(lines('政府工作报告(2013年夏季)', '——2013年6月25日在五河县第十六届人民代表大会第三次会议上', '各位代表:', '一、关于2013年上半年工作', '预计,上半年实现地区生产总值95亿元。'));
    expect(identity).toMatchObject({ coverage: 'half-year', year: 2013, reviewPeriod: '2013-H1' });
  });

  test('the outgoing government reviewed by its term, and a first session, make a five-year review; a year heading alone a yearly one', () => {
    const dated = (meeting: string, ...rest: string[]) => run(lines(`——2022年1月20日在牟定县第十八届人民代表大会${meeting}会议上`, '县长 李永军', '各位代表:', ...rest)).identity;
    // The outgoing government named by its term in the review heading.
    expect(dated('第一次', '一、2021年及十七届县人民政府工作回顾')).toMatchObject({ coverage: 'five-year', reviewPeriod: '2017-2021' });
    expect(dated('第五次', '一、第十四届区政府工作回顾')).toMatchObject({ coverage: 'five-year' });
    // A first session's report reviews the term, even under a heading that names no year …
    expect(dated('第一次', '一、攻坚克难、砥砺奋进,五年征程取得显著成绩')).toMatchObject({ coverage: 'five-year', reviewPeriod: '2017-2021', year: 2022 });
    // … but not under one that reviews a year alone, nor at another session.
    expect(dated('第一次', '一、2021年工作回顾')).toMatchObject({ coverage: 'year', reviewPeriod: '2021' });
    expect(dated('第三次', '一、攻坚克难、砥砺奋进,取得显著成绩')).toMatchObject({ coverage: 'year' });
    // A news lead on a first session opening; a news item naming the parts or quoting the review.
    const news = (lead: string, body: string) => run(lines(lead, body)).identity.coverage;
    expect(news('2022-01-07 22:38', '1月7日上午,重庆市沙坪坝区第十九届人民代表大会第一次会议在区级机关礼堂举行。代表们认为,区政府工作报告内容与区第十三次党代会精神高度契合。')).toBe('five-year');
    expect(news('2017-01-04', '1月3日上午,连江县人民代表大会开幕,县长代表连江县人民政府向大会作政府工作报告。报告分为2016年暨县十六届政府工作回顾、新一届政府努力方向和2017年工作安排三部分。')).toBe('five-year');
    expect(news('2017-02-06', '2月5日上午,历城区人民代表大会开幕,区长向大会作政府工作报告。报告首先回顾了历城区过去5年的工作。')).toBe('five-year');
    expect(news('2017-02-06', '2月5日上午,历城区第十八届人民代表大会第三次会议开幕,区长向大会作政府工作报告。')).toBe('year');
  });
});

describe('kinds', () => {
  test.each([
    ['在中国共产党徐汇区第十一次代表大会上的报告', 'party-congress-report', '-congress-5y'],
    ['在中共徐汇区委十届三次全体会议上的工作报告', 'party-plenary-report', '-plenary'],
    ['关于徐汇区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告', 'plan-execution-report', '-plan'],
    ['徐汇区2019年预算执行情况和', 'budget-report', '-budget'],
    ['徐汇区人民政府关于2021年决算情况的报告', 'budget-report', '-budget'],
  ])('%s', (title, kind, suffix) => {
    const { identity } = run(lines(title, '2020年预算草案的报告', '——2020年1月8日在徐汇区第十六届人民代表大会第五次会议上', '各位代表:', '我代表徐汇区人民政府,向大会作政府工作报告。'));
    expect(identity.kind).toBe(kind);
    expect(identity.slug).toBe(`shanghai-xuhui-2020${suffix}`);
  });

  test('a party congress report: the committee reports to the congress; a slogan title run into its dateline', () => {
    expect(run(lines('各位代表、同志们:', '现在,我代表中国共产党陵川县第十二届委员会向大会报告工作,请予审议。', '2021年是中国共产党成立100周年。')).identity.kind).toBe('party-congress-report');
    expect(
      run(lines('解放思想 改革创新 强势赶超 领跑发展为建设清凉绿色秀美幸福新陵川而不懈奋斗——在中国共产党陵川县第十三次代表大会上的报告(2021年3月29日)', '同志们:')).identity.kind,
    ).toBe('party-congress-report');
  });

  test('what the opening says it reports: `受区人民政府委托,向大会报告…计划执行情况与…计划草案,请予审议`', () => {
    const { identity } = run(lines('各位代表:', '我受徐汇区人民政府委托,向大会报告2009年国民经济和社会发展计划执行情况与2010年计划草案,请予审议。'));
    expect(identity).toMatchObject({ kind: 'plan-execution-report', year: 2010 });
  });

  test('a news item on a plenary\'s report: kind by the meeting, year by what the report summed up', () => {
    const { identity } = run(
      lines(
        '2月18日上午,中国共产党凤阳县第十三届委员会第六次全体(扩大)会议后,第三小组召开小组讨论会,讨论了县委工作报告。',
        '何开春认为,县委工作报告全面准确地总结了全县2013年经济社会发展情况。2014年,是全面深化改革的第一年,我们要保持清醒头脑。',
      ),
    );
    expect(identity).toMatchObject({ kind: 'party-plenary-report', year: 2014, district: { name: '凤阳县' } });
  });

  test('a deputy reviewing the city\'s report is no report of the district; the standing committee hearing the government\'s half-year report is one', () => {
    expect(
      run(lines('1月28日,市人大代表、荣昌区委书记万容在荣昌代表团审议市政府工作报告时指出,要与市政府工作报告各项部署一体推进。', '万容指出,市政府工作报告用事实和数据说话。2025年,实现了“十四五”圆满收官。')).identity.kind,
    ).not.toBe('government-work-report');
    expect(
      run(lines('2011年7月20日下午,区六届人大常委会举行会议,听取并讨论了区政府上半年工作情况的报告。', '宝山区政府上半年工作扎实推进。')).identity.kind,
    ).toBe('government-work-report');
  });

  test('a government\'s own plenary meeting is no report (宝山区政府召开了八届四次全体会议)', () => {
    const { identity } = run(lines('东北网双鸭山3月20日讯 今天,宝山区政府召开了八届四次全体会议。', '会议的主要任务是:部署2009年政府工作。区委常委、常务副区长徐旭升主持会议。'));
    expect(identity.kind).toBe('other');
  });

  test('the congress\'s resolution on the report is not the report', () => {
    const { identity } = run(lines('房县第十六届人民代表大会第五次会议,听取和审议了县长沈明云所作的政府工作报告。会议对县人民政府过去一年的工作表示满意,决定批准这个报告。', '会议指出,2011年是实施“十二五”规划的开局之年。'));
    expect(identity.kind).toBe('other');
  });

  test('a party congress report that mentions the 政府工作报告 is not a government work report', () => {
    const { identity } = run(lines('在中国共产党徐汇区第十一次代表大会上的报告', '(2021年7月6日)', '各位代表、同志们:', '区政府工作报告确定的目标全面完成。'));
    expect(identity.kind).toBe('party-congress-report');
  });

  test('a kind named in the opening sentence of a one-line report', () => {
    const { identity } = run(lines('主任、各位副主任、各位委员:我受区人民政府的委托,向区七届人大常委会第三次会议,作关于2021年徐汇区区本级决算和2022年上半年预算执行情况的报告。'));
    expect(identity).toMatchObject({ kind: 'budget-report', year: 2022, coverage: 'half-year' });
  });

  test('a government supervised by 人大 and 政协 gives the government work report', () => {
    const { identity } = run(lines('2024年工作回顾', '在市委市政府和区委的坚强领导下,在区人大、区政协的监督支持下,徐汇区经济平稳,徐汇区民生改善。'));
    expect(identity.kind).toBe('government-work-report');
  });
});

describe('news items and their false friends (session 5 round of real text)', () => {
  test('a news item quoting the review (`报告指出,2023年,湟中区坚持…`) and the year of the targets', () => {
    expect(run(lines('人民网西宁2月28日电 西宁市湟中区第二届人民代表大会第四次会议开幕。区长郭健代表湟中区人民政府向大会作政府工作报告。', '报告指出,2023年,湟中区坚持强保护严治理,绿色发展基础更加牢固。')).identity.year).toBe(2024);
    expect(run(lines('西宁市湟中区第二届人民代表大会第四次会议开幕。区长郭健代表湟中区人民政府向大会作政府工作报告。', '2024年湟中区经济发展的主要预期目标是:地区生产总值增长6%左右。')).identity.year).toBe(2024);
    // A review of the targets met is the year reviewed, not planned.
    expect(failure(lines('西宁市湟中区第二届人民代表大会第四次会议开幕。区长郭健代表湟中区人民政府向大会作政府工作报告。', '2023年湟中区主要预期目标全面完成。'))).toContain('Cannot determine the year');
  });

  test('a news item naming a five-year review gives the coverage (`报告共分过去5年工作回顾`, `在报告中指出:五年来`)', () => {
    const parts = run(lines('发布日期:2021-11-17', '11月17日,西夏区第五届人民代表大会第一次会议开幕。', '区长张建兵代表西夏区政府向大会作政府工作报告。报告共分过去5年工作回顾;今后五年的总体要求和重点任务;2022年工作安排;加强政府自身建设四个部分。'));
    // A November session: delivered in the year it ends the term with.
    expect(parts.identity).toMatchObject({ coverage: 'five-year', year: 2021, reviewPeriod: '2017-2021' });
    const quoted = run(lines('7月28日,西宁市湟中区第二届人民代表大会第一次会议开幕。时间:2021-07-29', '代区长郭健代表区人民政府向大会报告工作。郭健在报告中指出:五年来,湟中发展迈上新台阶。'));
    expect(quoted.identity.coverage).toBe('five-year');
  });

  test('the plan year in the plan voice: `2025年是“十四五”规划收官之年,做好今年工作`, `2025年,兴庆区将重点做好`', () => {
    expect(run(lines('兴庆区人民政府工作报告', '2025年是“十四五”规划收官之年,做好今年工作意义重大。')).identity.year).toBe(2025);
    expect(run(lines('兴庆区人民政府工作报告', '2020年是“十三五”规划收官之年,我们取得了决定性成就。')).identity.year).toBe(2021);
    // Still to do: `将…高质量完成“十四五”规划目标任务` closes no plan period.
    expect(run(lines('兴庆区人民政府工作报告', '2025年,兴庆区将重点做好八个方面工作,高质量完成“十四五”规划目标任务。')).identity.year).toBe(2025);
    expect(run(lines('绿园区人民政府工作报告', '2024年政府工作的总体要求是:坚持稳中求进工作总基调。')).identity.year).toBe(2024);
  });

  test('a date a sentence tells of is no dateline (`2015年1月2日,崖州区正式挂牌成立`)', () => {
    const text = '代区长冯强在工作报告中指出,2015年1月2日,崖州区正式挂牌成立。当年,全区实现生产总值45.4亿元,撤镇设区以来全区经济社会发展取得显著成效,人民生活水平稳步提高。';
    expect(failure(lines('三亚崖州区第二届人民代表大会第一次会议9月27日开幕', text))).toContain('Cannot determine the year');
    expect(run(lines('政府工作报告', '(2015年1月2日)', OPENING)).identity.year).toBe(2015);
  });

  test('an anniversary celebrated and a year in the title\'s brackets', () => {
    expect(run(lines('“庆祝中华人民共和国成立75周年”系列主题新闻发布会——林周县经济社会发展成就新闻发布会在拉萨召开')).identity.year).toBe(2024);
    expect(run(lines('《肃南县志(1991-2012)》大事记(2007年)', '3 月', '12 日 县政府门户网站“肃南裕固族自治县公众信息网站”正式开通。')).identity.year).toBe(2007);
  });

  test('a district\'s delegation at its city\'s congress discusses the city\'s report, not its own', () => {
    const { identity } = run(lines('2026-01-15 08:22 吉林市融媒体中心', '1月14日,市十七届人大六次会议召开分组会议。市长王吉来到蛟河市代表团,与代表共同审议政府工作报告。', '大家认为,报告客观总结2025年我市经济社会发展取得的成就。'));
    expect(identity).toMatchObject({ kind: 'other' });
  });

  test('a CPPCC work report, an officer of the committee and 县委县政府 are no party committee report', () => {
    expect(run(lines('1月22日,澄城县政协十届三次会议召开。县政协主席党俊平代表常委会作工作报告。', '报告指出,2023年是全面贯彻落实二十大精神的开局之年。县委县政府团结带领全县人民奋进。')).identity.kind).toBe('other');
    expect(run(lines('庆祝建区五十周年 2006年10月17日', '据水磨沟区区委书记张海燕介绍,50年来水磨沟区取得了巨大成就。')).identity.kind).toBe('other');
    expect(run(lines('2024年10月29日 林周县发布会', '据林周县委常委、副县长刘静静介绍,林周县耕地保有量24.2万亩。')).identity.kind).toBe('other');
  });

  test('a town\'s report is refused: below the district level', () => {
    const message = failure(lines('政府工作报告', '——在伊金霍洛镇第四届人民代表大会第三次会议上', '(2023年4月20日)', '现在,我代表伊金霍洛镇人民政府向大会报告工作,请予审议。'));
    expect(message).toContain('A town\'s report');
    expect(message).toContain('meta.yaml');
  });

  test('a short name in a slogan (`中国式现代化通州答卷`) with the province named', () => {
    const { identity } = run(lines('刚刚闭幕的区委全会贯彻习近平总书记对江苏工作重要讲话精神,奋力书写好中国式现代化通州答卷。', '我们弘扬新时代通州干部精神特质。2025年是“十四五”规划收官之年,做好今年工作意义重大。'));
    expect(identity.district.name).toBe('通州区');
    expect(identity.city.name).toBe('南通市');
  });

  test('years as they are spoken (`对13年的工作回顾`, `14年的工作目标`), never a span (`过去10年的工作回顾`)', () => {
    const spoken = run(lines('3月4日,贞丰县第十四届人民代表大会第四次会议隆重开幕,县长秦昌政在大会上作政府工作报告。', '代表说:“这个报告对13年的工作回顾写得很全面,还有这个14年的工作目标。”'));
    expect(spoken.identity).toMatchObject({ year: 2014, reviewPeriod: '2013' });
    expect(failure(lines('3月4日,贞丰县第十四届人民代表大会第四次会议隆重开幕,县长秦昌政在大会上作政府工作报告。', '代表说:这个报告对过去10年的工作回顾写得很全面。'))).toContain('Cannot determine the year');
  });

  test('a new term\'s first session in the autumn reviews its own year; a page published in September does not make one', () => {
    const autumn = run(lines('9月26日,参加秦州区第七届人民代表大会第一次会议的人大代表听取秦州区政府工作报告。', '代表们认为,政府工作报告对本届政府及2011年政府工作的回顾总结客观全面。'));
    expect(autumn.identity).toMatchObject({ year: 2011, coverage: 'five-year', reviewPeriod: '2007-2011' });
    const published = run(lines('[ 发布日期 ] 2022-09-28', '丰都县人民政府关于2021年决算情况的报告', '2021年全县一般公共预算收入在县十九届人民代表大会第一次会议上审查批准。'));
    expect(published.identity).toMatchObject({ year: 2022, reviewPeriod: '2021' });
  });

  test('a name the district did not have in the report\'s year gives way to the one it had (长乐区 header over a 2007 report of 长乐市)', () => {
    const { identity } = run(lines('长乐区', '政府工作报告(2007年)', '来源:长乐市人民政府 2007-01-12', '——2007年1月12日在长乐市第十五届人民代表大会第三次会议上', OPENING.replace('徐汇区', '长乐市')));
    expect(identity.district.name).toBe('长乐市');
    expect(identity.slug).toBe('fuzhou-changle-shi-2007');
  });

  test('a title that lost its 年 (`2018政府工作报告`) and a district named only in a slogan (`魅力藁城`, `五华在争先`)', () => {
    const slogan = run(lines('长城网石家庄频道欢迎您', '2018政府工作报告', '过去的一年,在市委、市政府和区委的正确领导下,我们以建设“经济强区、魅力藁城”为目标,我区荣获全国综合实力百强区。'));
    expect(slogan.identity).toMatchObject({ year: 2018, district: { name: '藁城区' }, city: { name: '石家庄市' } });
    const once = run(lines('昆明市2023年政府工作报告', '各位代表:', '我代表区人民政府,向大会报告工作。', '一、2022年工作回顾', '以“当好排头兵、五华在争先”大竞赛活动为主线,描绘宏伟蓝图。'));
    expect(once.identity.district.name).toBe('五华区');
  });

  test('the year of the review in a news item\'s reported speech (`作政府工作报告。他说,2023年,…`) and the sessions named with their year', () => {
    const speech = run(lines('12月24日上午,福州市仓山区第十八届人民代表大会第三次会议开幕。', '区长刘用全代表区政府向大会作政府工作报告。他说,2023年,仓山区经济社会发展取得新进展。报告指出,2024年,全区上下要以习近平新时代中国特色社会主义思想为指导。'));
    expect(speech.identity).toMatchObject({ year: 2023, reviewPeriod: '2023' });
    const column = run(lines('5月28日,盘龙区第十六届人民代表大会第四次会议如期而至,区长沃磊向大会做政府工作报告。', '即日起,昆明信息港推出2020年盘龙区两会专栏。'));
    expect(column.identity.year).toBe(2020);
  });
    // The speech on its own line; the next year named as the new government's first, a sentence cut short.
    const own = run(
      lines(
        '12月21日上午,台江区第十八届人民代表大会第一次会议开幕。',
        '刘广辉代区长代表区政府向大会作政府工作报告。',
        '刘广辉说,2021年,在市委、市政府和区委的坚强领导下,区政府统筹疫情防控和经济社会发展。',
        '2022年是新一届政府履',
      ),
    );
    expect(own.identity).toMatchObject({ year: 2021, planYear: 2022, coverage: 'five-year' });

  test('headlines of other places above an e-paper item do not outweigh the district it names throughout', () => {
    const { identity } = run(lines('新密市与中原股交中心签订战略合作协议', '中原区“两会”胜利闭幕', '本报讯 中原区十五届人大五次会议近日胜利闭幕,乔耸当选中原区区长。', '代区长乔耸做了《政府工作报告》,乔耸说,2015年,中原区正大步从老工业区走向新兴服务业大区。'));
    expect(identity).toMatchObject({ district: { name: '中原区' }, year: 2016, kind: 'government-work-report' });
  });

  test('a page\'s publication line dates the page, not the report; a plan report submitted by a bureau; a title after a contents list', () => {
    const dated = run(lines('2022年沈阳市沈河区政府工作报告', '2022年02月18日来源:沈河区人民政府办公室', '——2021年12月6日在沈河区第十九届人民代表大会第一次会议上', '沈河区人民政府区长 林宇航', OPENING.replace('徐汇区', '沈河区')));
    expect(dated.identity.year).toBe(2021);
    const submitted = run(lines('南宁市西乡塘区第四届人民代表大会', '第五次会议文件之二', '——2025年2月20日在南宁市西乡塘区第四届人民代表大会第五次会议上', '西乡塘区发展和改革局', '受城区人民政府委托,现将西乡塘区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案提请四届城区人大五次会议审议。'));
    expect(submitted.identity.kind).toBe('plan-execution-report');
    const contents = run(lines('目录', '一、关于海沧区2023年预算执行情况和2024财政预算草案的报告', '二、2024年海沧区地方政府债务预算情况说明', '关于海沧区2023年预算执行情况和2024年预算草案的报告', '——2023年12月27日在区第十三届人民代表大会第三次会议上', '各位代表:'));
    expect(contents.identity.kind).toBe('budget-report');
    // An interpretation quoting the plan report's title is no plan report.
    const quoted = run(lines('分管负责人解读:霍邱县发改委副主任张锐解读文章《关于霍邱县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告》', '时间:2024-02-02', '一、制定背景和依据'));
    expect(quoted.identity.kind).not.toBe('plan-execution-report');
  });

  test('the draft discussed at an executive meeting, a resolution that 审查 the report, a review opening 2021年,实现了', () => {
    const meeting = run(lines('12月27日,市长李延春主持召开市政府2016年第五次常务会议,讨论即将提交市第九届人民代表大会第一次会议审议的《政府工作报告(征求意见稿)》。', '李延春指出,要符合肇东市发展实际。'));
    expect(meeting.identity).toMatchObject({ kind: 'other', year: 2016 });
    const resolution = run(lines('(2013年2月28日贡井区第十七届人民代表大会第二次会议通过)', '自贡市贡井区第十七届人民代表大会第二次会议听取和审查了区人民政府区长黄劲作的《政府工作报告》,会议决定批准该报告。'));
    expect(resolution.identity.kind).toBe('other');
    const opening = run(lines('1月14日,彝良县第十七届人民代表大会第一次会议开幕。县长陈霖代表县人民政府向大会作政府工作报告。', '报告指出:彝良县第十六届人民政府任期的五年,是脱贫攻坚全面胜利的五年。2021年,实现了经济社会平稳较快发展。'));
    expect(opening.identity.year).toBe(2022);
  });

  test('a page\'s 发表于 line is a publication date', () => {
    const { identity } = run(lines('首页 > 新闻热点 > 东昌要闻', '作者:东昌府新闻网 发表于:2024-01-13 09:27:40', '1月13日上午,出席聊城市第十八届人民代表大会第四次会议的东昌府区代表团举行全体会议,继续审议市长张百顺所作的政府工作报告。'));
    expect(identity).toMatchObject({ year: 2024, kind: 'other' });
  });

  test('a term\'s review: parts named with 过去五年及2021年, 本届政府任期的四年, a heading on 九届人民政府 or 十二五发展成就; a half-year\'s 目标任务半年完成情况', () => {
    const parts = run(lines('4月18日上午,镇平县第十六届人民代表大会第一次会议开幕,审议县长黄静所作的政府工作报告。', '报告共分三个部分:一、过去五年及2021年工作回顾;二、今后五年工作总体要求和奋斗目标;三、2022年工作安排。'));
    expect(parts.identity).toMatchObject({ coverage: 'five-year', reviewPeriod: '2017-2021' });
    const four = run(lines('政府工作报告', '——2016年11月26日在芷江侗族自治县第八届人民代表大会第一次会议上', OPENING.replace('徐汇区', '芷江侗族自治县'), '本届政府任期的四年,是芷江经济社会发展取得重大成就的四年。'));
    expect(four.identity).toMatchObject({ coverage: 'five-year', reviewPeriod: '2013-2016' });
    const term = run(lines('(2022年1月23日)', OPENING.replace('徐汇区', '大理市'), '一、2021年和九届人民政府工作回顾', '2021年是“十四五”开局之年。'));
    expect(term.identity.coverage).toBe('five-year');
    const plan = run(lines('——2016年2月24日在成都市武侯区第六届人民代表大会第五次会议上', OPENING.replace('徐汇区', '武侯区'), '一、“十二五”发展成就', '“十二五”时期是武侯发展极不平凡的五年。'));
    expect(plan.identity).toMatchObject({ coverage: 'five-year', reviewPeriod: '2011-2015' });
    const half = run(lines('2023年区政府工作报告目标任务半年完成情况', '2023年上半年,万州区完成地区生产总值550.5亿元。'));
    expect(half.identity).toMatchObject({ coverage: 'half-year', reviewPeriod: '2023-H1' });
  });

  test('texts that name a report without being one: a notice on its tasks, a decision to convene, the chairmen\'s meeting, a plan\'s reading', () => {
    const notice = run(lines('关于印发2022年《政府工作报告》主要任务上半年落实情况的通报', '发布时间:2022-08-23', '寿县人民政府督查室对2022年县《政府工作报告》上半年落实情况进行了专项督查。'));
    expect(notice.identity.kind).toBe('other');
    const decision = run(lines('关于召开县第十九届人民代表大会第二次会议的决定', '(2022年12月16日县十九届人民代表大会常务委员会第七次会议通过)', '郧西县第十九届人民代表大会第二次会议于2022年12月25日召开,听取和审议郧西县人民政府工作报告。'));
    expect(decision.identity.kind).toBe('other');
    const chairmen = run(lines('2022年7月26日,县人大常委会主任文牧主持召开自治县十届人大常委会第7次主任会议。', '会议讨论了五峰土家族自治县人民政府关于2022年上半年工作情况的报告。'));
    expect(chairmen.identity.kind).toBe('other');
    const meeting = run(lines('6月17日,副区长张超主持召开上街区人民政府2022年第9次常务会议。', '会议听取了《政府工作报告》起草情况汇报。'));
    expect(meeting.identity).toMatchObject({ kind: 'other', year: 2022 });
  });

  test('a half-year report heard by the standing committee, in a news lead that opens with its date', () => {
    const { identity } = run(lines('宝山区人大举行第20次(扩大)会议', '2014年7月29 日下午,上海市宝山区七届人大常委会在区委党校举行第20次(扩大)会议,听取并评议了区政府上半年工作情况的报告。'));
    expect(identity).toMatchObject({ year: 2014, coverage: 'half-year', kind: 'government-work-report' });
  });
});

describe('session 6 round of real text: titles listed, reported speech, banners, translations', () => {
  test('a listed report title dates the item: a half-year, final accounts, and a December plan', () => {
    const halfYear = run(lines('7月26日,县人大常委会主任主持召开五峰土家族自治县十届人大常委会第7次主任会议。', '会议讨论了自治县人民政府关于2022年上半年工作情况的报告。'));
    expect(halfYear.identity).toMatchObject({ year: 2022, coverage: 'half-year' });
    // Final accounts are drafted the year after the year they close.
    const accounts = run(lines('下陆区2021年政府决算公开目录', '一、政府决算报告', '二、公开表格', '1.一般公共预算收入决算表', '关于下陆区2021年财政决算草案的报告'));
    expect(accounts.identity).toMatchObject({ year: 2022, kind: 'budget-report' });
    // Read in December, the execution of 2012 and the plan for 2013 are delivered in 2012.
    const december = run(lines('12月21日上午,庐阳区三届人大二次会议主席团举行第八次全议。会议听取各代表团汇报关于庐阳区政府工作报告的决议草案、关于庐阳区2012年国民经济和社会发展计划执行情况及2013年计划报告的决议草案的讨论情况。'));
    expect(december.identity).toMatchObject({ year: 2012, kind: 'other' });
  });

  test('reported speech opening on the year: reviewed (`指出,2009年是极不平凡的一年`) or planned (`会议认为2007年是…关键之年,要…`)', () => {
    expect(run(lines('1月12日上午,市南区政协十一届三次会议开幕。', '李学海指出,2009年是极不平凡的一年,全区上下齐心协力、迎难而上。')).identity.year).toBe(2010);
    expect(run(lines('开福区第二届人大六次会议通过了该区政府工作报告。', '同时,会议认为2007年是开福区加快发展速度的关键之年,要坚持投资拉动力度。')).identity.year).toBe(2007);
  });

  test('a CPPCC chairman reporting on his committee\'s behalf is no government report', () => {
    const { identity } = run(lines('1月12日上午,市南区政协十一届三次会议开幕。区政协主席吴伟受政协第十一届青岛市市南区委员会常务委员会委托,向大会作工作报告。', '李学海指出,2009年是极不平凡的一年。'));
    expect(identity.kind).toBe('other');
  });

  test('a plenary news item: titled `县委十一届十四次全会召开`, or `在区委十四届十次全体(扩大)会议所作的工作报告`', () => {
    const titled = run(lines('县委十一届十四次全会召开', '发布时间:2021-06-25', '6月22日,县委书记胡明文主持召开中共涡阳县委十一届十四次全会。', '会议指出,2016年县第十一次党代会以来,全县上下圆满完成了各项目标任务。'));
    // The page's date counts though it is five years after the only year named: that year is a start (`以来`).
    expect(titled.identity).toMatchObject({ kind: 'party-plenary-report', year: 2021 });
    const reported = run(lines('昨天上午,区委书记孙云耀在区委十四届十次全体(扩大)会议所作的工作报告,引起与会人员强烈共鸣。', '大家认为,报告既回顾了过去一年工作,也对“十三五”开局之年工作作出了科学部署。', '孙云耀指出,上虞较好地完成了“十二五”规划各项目标任务。'));
    expect(reported.identity).toMatchObject({ kind: 'party-plenary-report', year: 2016 });
  });

  test('a title alone on its line decides over the body: `》解读` split from its text, `专题调研` naming a budget report', () => {
    expect(run(lines('-', '《洛龙区2022年国民经济和社会发展计划》解读', '-', '日期:2022-04-22', '为系统总结2021年全区国民经济社会发展情况,特制订本计划。')).identity.kind).toBe('other');
    expect(run(lines('《怀柔人大》数字报', '年度决算和半年计划预算执行情况专题调研', '6月28日,区人大财经委对怀柔区人民政府关于2023年上半年预算执行情况的报告进行初步审查。')).identity.kind).toBe('other');
  });

  test('a news item naming the work reviewed (`回顾了2018年县人民政府工作`, `在回顾2015年和“十二五”工作时`)', () => {
    expect(run(lines('3月6日,镇安县第十七届人民代表大会第六次会议隆重开幕。县长向大会作政府工作报告。', '县长在回顾2015年和“十二五”工作时说,五年来全县经济稳步增长。')).identity.year).toBe(2016);
    expect(run(lines('3月6日,镇安县第十七届人民代表大会第四次会议召开。县长何党生向大会作《政府工作报告》。', '何党生首先回顾了2018年县人民政府工作。')).identity.year).toBe(2019);
  });

  test('a dateline whose digits ran together without 日 (`——2011115县十六届人大四次会议通过`) outweighs a doc site\'s December date', () => {
    const { identity } = run(lines('发布时间:2011-12-15 14:55:50   来源:文档文库', '沾化县政府工作报告', '——2011115县十六届人大四次会议通过', '县长 张宝亮', '一、“十一五”工作回顾'));
    expect(identity.year).toBe(2011);
  });

  test('a date in digits alone on its line (`20111228`) dates a December report titled with its plan year', () => {
    const { identity } = run(lines('2012年政府工作报告', '——在长沙市望城区第十二届人民代表大会第五次会议上', '区长  谭小平', '20111228', '各位代表:', '现在,我代表区人民政府向大会作政府工作报告,请予审议。'));
    expect(identity).toMatchObject({ year: 2011, planYear: 2012 });
  });

  test('`报告共分…:一是过去五年和2021年工作回顾` is a five-year review; `向大会报告政府工作` a government report', () => {
    const { identity } = run(lines('2月17日上午,台州市椒江区第十一届人民代表大会第一次会议开幕。', '代区长马骏代表区人民政府向大会报告政府工作。报告共分四个部分:一是过去五年和2021年工作回顾;二是今后五年目标任务;三是2022年重点工作。'));
    expect(identity).toMatchObject({ kind: 'government-work-report', coverage: 'five-year', year: 2022 });
  });

  test('term reviews named in a news item, a heading or a plenary: five-year coverage', () => {
    const summed = run(lines('1月14日下午,参加陆良县第十八届人民代表大会第一次会议的代表围绕陆良县人民政府工作报告进行分组讨论。', '代表们认为,报告客观总结了过去五年和2021年各项工作取得的成绩,安排部署了2022年工作任务。'));
    expect(summed.identity).toMatchObject({ coverage: 'five-year', year: 2022 });
    const approved = run(lines('(2016年12月10日武汉市武昌区第十五届人民代表大会第一次会议通过)', '会议充分肯定区人民政府过去五年的工作成绩,同意报告提出的今后五年的目标任务和2017年工作安排。'));
    expect(approved.identity.coverage).toBe('five-year');
    const heading = run(lines('2022年1月8日在科左后旗第十七届人民代表大会第一次会议上', '现在,我代表旗人民政府向大会报告工作,请予审议。', '一、旗十六届人大一次会议以来工作回顾'));
    expect(heading.identity.coverage).toBe('five-year');
    const plenary = run(lines('县委十一届十四次全会召开', '发布时间:2021-06-25', '6月22日,县委书记主持召开中共涡阳县委十一届十四次全会。', '会议审议通过了十一届县委工作报告(审议稿)和全会决议。'));
    expect(plenary.identity).toMatchObject({ kind: 'party-plenary-report', coverage: 'five-year' });
  });

  test('a district by its short name run on from its city in the page\'s source line (`来源: 上海普陀`)', () => {
    const { identity, file } = runText(['【政协年中工作会议】', '', '2015-09-23 来源: 上海普陀', '', '与会委员听取区委副书记、区长孙荣乾所作的《关于区政府2012年上半年工作总结和下半年工作安排的报告》。'].join('\n'));
    expect(identity.district.name).toBe('普陀区');
    expect(identity.city.name).toBe('上海市');
    expect(file.messages.map((message) => message.ruleId)).toContain('district-from-page');
  });

  test('banners and autonomous counties as they are written: `科左后旗`, `五峰县`', () => {
    const banner = run(lines('2022年1月8日在科左后旗第十七届人民代表大会', '第一次会议上', '科左后旗人民政府旗长 郭天宝', '各位代表:', '现在,我代表旗人民政府向大会报告工作,请予审议。'));
    expect(banner.identity.district.name).toBe('科尔沁左翼后旗');
    expect(banner.identity.city.name).toBe('通辽市');
    const county = run(lines('政府工作报告', '——2023年1月5日在五峰县第十届人民代表大会第三次会议上', '现在,我代表县人民政府向大会报告工作,请予审议。'));
    expect(county.identity.district.name).toBe('五峰土家族自治县');
  });

  test('a page\'s time stamp (`2019年03月18日17:01:33周一`) is a publication, not the session\'s day; a town\'s delegation tells of a session', () => {
    const { identity } = run(lines('2019年03月18日17:01:33周一', '4月20日上午,县十五届人大一次会议开幕。王楼镇代表团积极组织团内14位代表按时参加此次大会。', '会议听取了延津县人民政府工作报告,书面听取了延津县2021年国民经济和社会发展计划执行情况与2022年计划(草案)的报告。'));
    expect(identity).toMatchObject({ year: 2022, kind: 'other' });
  });

  test('the 两会 a news item says set the year\'s work (`兴庆区“两会”确定了`) are the government\'s report', () => {
    const { identity } = run(lines('1月5日至8日,银川市兴庆区五届人大六次会议、政协五届四次会议胜利召开。兴庆区“两会”确定了坚持稳中求进工作总基调。', '2025年,兴庆区将重点做好八个方面工作。'));
    expect(identity).toMatchObject({ year: 2025, kind: 'government-work-report' });
  });

  test('an English translation is refused as not Chinese, naming the file', () => {
    const english = Array.from({ length: 12 }, () => 'The development of the economy and the society of our city was steady in the past year.').join('\n');
    const message = failure(lines('Report on government work', english));
    expect(message).toContain('real/x.txt');
    expect(message).toContain('The text is in English, not Chinese');
    // A Chinese report with English words (GDP, an English abstract line) is still read.
    expect(run(lines(OPENING, '2013年工作回顾', 'GDP growth of the district and the city in the year (English abstract).')).identity.year).toBe(2014);
  });
});

describe('session 7 round of real text (r700–r773, as it arrived)', () => {
  test('a page stamped in digits (`梨树县人民政府 2017-01-10 16:56:00`) is published that year', () => {
    const { identity } = run(lines('梨树县人民政府 2017-01-10 16:56:00', '来源:梨树县县委宣传部', '梨树县第十八届人民代表大会第一次会议', '五年来,县政府团结和带领全县人民,圆满完成了既定目标任务。'));
    expect(identity.year).toBe(2017);
    expect(fact(identity, 'year')?.evidence).toMatch(/published/);
  });

  test('`回顾“十一五”工作,展望“十二五”`: delivered as the later plan period opens', () => {
    const { identity } = run(lines('1月9日上午,甘谷县第十五届人民代表大会第五次会议在县委礼堂隆重开幕。', '县长贾忠慧受县人民政府委托,向大会作政府工作报告。回顾“十一五”工作,展望“十二五”。'));
    expect(identity.year).toBe(2011);
    // Two periods that do not follow each other say nothing.
    expect(() => run(lines('甘谷县人民政府工作报告', '县长向大会作政府工作报告。回顾“十一五”工作,展望“十三五”。'))).toThrow(/Cannot determine the year/);
  });

  test('a plan named with its year: `全面部署“十二五”时期和2011年的目标任务`, `2011年兴义市的预期目标是:`', () => {
    expect(run(lines('3月28日,兴义市代表团对政府工作报告进行认真审议。', '与会代表一致认为,政府工作报告全面部署“十二五”时期和2011年的目标任务和工作重点。')).identity.year).toBe(2011);
    expect(run(lines('3月28日,兴义市代表团对政府工作报告进行认真审议。', '2011年兴义市的预期目标是:全市生产总值达到156.6亿元。')).identity.year).toBe(2011);
  });

  test('a news paragraph on what the county did in the year reviewed (`2017年,该县…达到`), after lost indents (`????`)', () => {
    const { identity } = run(
      lines('忻城县代表团在审议政府工作报告。', '????1月10日,市四届人大三次会议忻城县代表团审议市长所作的政府工作报告。', '????2017年,该县全力以赴攻扶贫,持续推进产业扶贫,全县13个贫困村达到脱贫摘帽标准。'),
    );
    expect(identity.year).toBe(2018);
  });

  test('a December session named before its days (`…会议于12月19日至22日隆重举行`): the year planned is the next one', () => {
    const { identity } = run(
      lines(
        '敦化代表委员会聚一堂共商发展大计',
        '敦化市第十七届人民代表大会第五次会议于12月19日至22日隆重举行。',
        '他说,即将过去的一年,全市国民经济保持平稳较快增长。2016年是实施“十三五”规划的第一年,全体委员要增强责任感和使命感。',
        '敦化市市长周金星在敦化市第十七届人民代表大会第五次会议作政府工作报告。他说,2015年,敦化市政府实现了经济平稳较快发展。',
      ),
    );
    expect(identity).toMatchObject({ year: 2015, reviewPeriod: '2015', planYear: 2016 });
  });

  test('a news lead after a page of chrome still gives the session\'s month (December: the review is of its own year)', () => {
    const chrome = ['中国政府网 | 山西省政府 | 长治市政府', '当前位置:首页 > 政务公开 > 工作动态', '字体大小:【大】 【中】 【小】', '保存为word 打印 关闭', '索引号000014349/2025-32614', '发文机关潞城融媒'];
    const { identity } = run(
      lines(...chrome, '12月29日上午,长治市潞城区第二届人民代表大会第六次会议在产教融合实训基地开幕。', '报告共分为四个部分:一、2025年工作回顾;二、“十五五”时期主要目标任务;三、2026年工作建议。'),
    );
    expect(identity).toMatchObject({ year: 2025, reviewPeriod: '2025', planYear: 2026 });
  });

  test('a year without 年 in a listed title (`2023年预算执行情况和2024财政预算草案`)', () => {
    const { identity } = run(lines('目录', '一、关于海沧区2023年预算执行情况和2024财政预算草案的报告', '二、2024年海沧区地方政府债务预算情况说明', '——2023年12月27日在区第十三届人民代表大会第三次会议上', '各位代表:'));
    expect(identity).toMatchObject({ year: 2023, kind: 'budget-report' });
  });

  test('a half-year report reviewed by the standing committee, dated by the final accounts the same meeting approved', () => {
    const { identity } = run(
      lines(
        '组织全体区人大代表评议区政府上半年工作报告',
        '7月26日召开的常委会第25次会议(扩大)邀请全体区人大代表参加,听取并评议了俞北华区长关于区政府上半年工作情况的报告。代表们一致认为,虹口区发展取得了较好成绩。',
        '会议还听取并审议了虹口区2004年决算的报告、2004年预算执行和其他财政收入的审计工作报告以及2004年决算的初审报告,批准了虹口区2004年决算。',
      ),
    );
    expect(identity).toMatchObject({ year: 2005, kind: 'government-work-report', coverage: 'half-year' });
  });

  test('a name shared by a municipality\'s district and a province\'s: a text answering to a 省委 is the province\'s', () => {
    const item = (duty: string) =>
      ['8月9日上午,区人大常委会组织召开“一府两院”上半年工作情况通报会。区长徐炜波通报区人民政府2023年上半年工作情况。', `徐炜波指出,今年上半年,区政府坚决贯彻落实${duty}重要决策部署,推动现代化新普陀建设迈上新台阶。`].join('\n');
    const { identity } = runText(item('中央和省委、市委、区委'));
    expect(identity).toMatchObject({ district: { name: '普陀区' }, city: { name: '舟山市' }, year: 2023 });
    expect(fact(identity, 'district')?.evidence).toMatch(/answers to a 省委/);
    // Answering to the city alone, either may be meant: no guess from a short name.
    expect(() => runText(item('中央和市委、区委'))).toThrow(/No district found/);
  });

  test('a review framed by the term, with no year\'s review heading, covers the term', () => {
    const term = run(lines('——2021年12月18日在萨尔图区第十二届人民代表大会第一次会议上', '各位代表:', '过去五年,是我区发展历程中极不平凡的五年。'));
    expect(term.identity).toMatchObject({ year: 2021, coverage: 'five-year', reviewPeriod: '2017-2021' });
    const three = run(lines('——2007年1月12日在长乐市第十五届人民代表大会第一次会议上', '市十四届人大一次会议以来的三年,是长乐经济社会发展最快的三年。三年来,我们团结和依靠全市人民,攻坚克难。'));
    expect(three.identity).toMatchObject({ year: 2007, coverage: 'five-year', reviewPeriod: '2004-2006' });
    // `近五年来` opens no clause, `今后五年` looks ahead, and a year reviewed beside the term makes a yearly report.
    for (const sentence of ['全区近五年来首次实现财政收入超百亿。', '今后五年,全区要坚持高质量发展。', '一年来,全区经济平稳发展。五年来,我们累计引进内资1154亿元。']) {
      expect(run(lines('——2021年1月18日在徐汇区第十六届人民代表大会第五次会议上', '各位代表:', sentence)).identity.coverage).toBe('year');
    }
  });

  test('the plan part alone: a short name in a slogan (`开创“更好的奎文”建设新局面`) and `区政府工作的总体要求是`', () => {
    const { identity } = run(
      lines('二、2025年工作安排', '今年是“十四五”规划的收官之年。', '区政府工作的总体要求是:扎实推动高质量发展,奋力开创“更好的奎文”建设新局面。', '全区主要预期目标是:地区生产总值增长6%左右。'),
    );
    expect(identity).toMatchObject({ district: { name: '奎文区' }, city: { name: '潍坊市' }, year: 2025, kind: 'government-work-report' });
    // A short name that is an ordinary word is never taken so (`“更好的发展”建设`).
    expect(() => run(lines('二、2025年工作安排', '区政府工作的总体要求是:奋力开创“更好的发展”建设新局面。'))).toThrow(/No district found/);
  });
});

describe('session 7, second round of real text (r780–r850, as it arrived)', () => {
  test('a county converted since, not in the gazetteer, is read as the former name of its successor, with a warning', () => {
    const { identity, file } = runText(
      ['宁乡县第十六届人民代表大会第二次会议关于政府工作报告的决议', '编辑:陶湘 2013-03-11 15:43:21', '宁乡县第十六届人民代表大会第二次会议听取和审议了县长周辉代表县人民政府所作的《政府工作报告》,会议决定批准这个报告。'].join('\n'),
    );
    expect(identity).toMatchObject({ district: { name: '宁乡县', slug: 'ningxiang-xian' }, city: { name: '长沙市' }, year: 2013, kind: 'other' });
    expect(file.messages.find((m) => m.ruleId === 'district-former-name')?.reason).toMatch(/宁乡县 is in neither GB\/T 2260 nor content\/places\.yaml: read as the former name of 宁乡市 \(长沙市\)/);
  });

  test('a text that speaks of its autonomous region is of the region\'s district (新城区 of 呼和浩特, not of 西安)', () => {
    const { identity } = run(lines('——2012年11月26日在新城区第十六届人民代表大会第一次会议上', '新城区人民政府区长 薛燕群', '各位代表:', '五年来,我们团结带领全区各族干部群众,为早日建成自治区综合实力强区奠定了坚实基础。'));
    expect(identity).toMatchObject({ district: { name: '新城区' }, city: { name: '呼和浩特市' }, year: 2012 });
  });

  test('a resolution printed before the report it approves: the page is the report', () => {
    const { identity } = run(
      lines(
        '武汉市江岸区第十四届人民代表大会第二次会议关于江岸区人民政府工作报告的决议',
        '江岸区第十四届人民代表大会第二次会议,听取和审查了黎东辉区长代表区人民政府所作的工作报告。会议决定批准这个报告。',
        '政府工作报告 ——2012年12月18日在武汉市江岸区第十四届人民代表大会第二次会议上',
        '各位代表:',
        '现在,我代表区人民政府向大会报告工作,请予审议。',
      ),
    );
    expect(identity).toMatchObject({ kind: 'government-work-report', year: 2012 });
  });

  test('dates the pages give: a title dated in digits, a dateline that lost its 年, a December posting before the title\'s year', () => {
    expect(run(lines('湘潭县2023年政府工作报告(20221223)', '一、全面回顾全年工作,切实增强发展信心', '今年以来,在县委的坚强领导下,全年完成地区生产总值595亿元(预计)。')).identity).toMatchObject({ year: 2022, planYear: 2023 });
    const lost = run(lines('政府工作报告', '——20141月4日在金乡县第十六届人民代表大会第三次会议上', '县长 董冰', '发布日期:2014-01-10'));
    expect(lost.identity).toMatchObject({ year: 2014, reviewPeriod: '2013' });
    const posted = run(lines('2012年政府工作报告', '栏目:通知公告 发布时间:2011-12-19', '武汉市江汉区人民政府', '一、过去五年工作回顾', '本届政府即将任期届满。'));
    expect(posted.identity.year).toBe(2011);
  });

  test('a one-character county before its title\'s year (`息县2022年政府工作报告`); a review `进行了回顾`; a bracketed draft of final accounts', () => {
    expect(run(lines('(河南省)息县2022年政府工作报告', '——2022年4月26日在县十五届人大一次会议上', '各位代表:')).identity.district.name).toBe('息县');
    expect(run(lines('12月30日,桑植县第十七届人民代表大会第五次会议开幕。', '县长赵云海代表县人民政府向大会作政府工作报告。报告对2020年工作进行了回顾。')).identity.year).toBe(2020);
    const accounts = run(lines('2023年天等县决算(草案)的报告', '2024年10月18日天等县第十七届人民代表大会常务委员会第二十四次会议通过', '主任、副主任、各位委员:'));
    expect(accounts.identity).toMatchObject({ kind: 'budget-report', year: 2024 });
  });

  test('a news item: `报告首先回顾了汶上县人民政府2008年的工作`', () => {
    expect(run(lines('1月8日,汶上县第十六届人民代表大会第二次会议开幕。县长孙琪代表汶上县人民政府作《政府工作报告》。报告首先回顾了汶上县人民政府2008年的工作。')).identity.year).toBe(2009);
  });
});

describe('session 7, third round of real text (r860–r913, as it arrived)', () => {
  test('a one-character county at a clause start before its session without 第 (`,凤县十八届人大第一次会议`), never after a verb', () => {
    expect(run(lines('凤县新闻网讯 1月15日上午,凤县十八届人大第一次会议隆重开幕。', '县长蒋铃向大会作政府工作报告。报告分为四个部分:一、2021年及过去五年工作回顾;二、未来五年工作思路;三、2022年重点工作。')).identity).toMatchObject({
      district: { name: '凤县' },
      year: 2022,
    });
    expect(() => run(lines('政府工作报告', '各位代表:', '一年来,我们较好完成县十六届人大二次会议确定的目标任务。'))).toThrow(/No district found|Cannot determine/);
  });

  test('a sentence telling what the session did is no title; a resolution\'s approval may come lines later', () => {
    const news = run(lines('12月27日上午,沅陵县第十七届人大第二次会议在沅陵会堂开幕。', '县长周重颜代表县人民政府向大会作政府工作报告。报告共分三部分:一、2017年工作回顾;二、2018年重点工作任务。', '根据会议议程,大会审查沅陵2017年国民经济和社会发展计划执行情况与2'));
    expect(news.identity).toMatchObject({ kind: 'government-work-report', year: 2017 });
    const resolution = run(lines('北京市房山区第八届人民代表大会第六次会议,认真审议了郭延红区长代表房山区人民政府所作的《政府工作报告》。', '会议认为,过去的一年,全区上下坚持稳中求进。', '会议指出,2020年是全面建成小康社会和“十三五”规划收官之年,要实现第一个百年奋斗目标。', '会议决定批准这个报告。'));
    expect(resolution.identity).toMatchObject({ kind: 'other', year: 2020 });
  });

  test('a plan report\'s title after a long site menu; a menu\'s `区委 区委` is no party report', () => {
    const menu = ['呼和浩特市新城区人民政府', '区委 区委', '人大 人大', '政府 政府', '政协 政协', ...Array.from({ length: 60 }, (_, i) => `菜单项目${i}`)];
    const { identity } = run(lines(...menu, '呼和浩特市新城区2022年国民经济和社会发展计划执行情况', '与2023年国民经济和社会发展计划的报告', '发布时间:2023-01-10 15:30', '一、2022年国民经济和社会发展计划执行情况'));
    expect(identity).toMatchObject({ kind: 'plan-execution-report', year: 2023, district: { name: '新城区' } });
  });

  test('a plan report whose first part runs on after the page\'s publication line (a copy that lost its line breaks)', () => {
    const { identity } = runText(
      '呼和浩特市新城区人民政府 当前位置: 首页 - 归档专题 - 2023新城两会 - 权威发布 发布时间:2023-01-10 15:30 点击量:68来源: 新城区融媒体中心扫一扫在手机打开当前页一、2022年国民经济和社会发展计划执行情况今年以来,面对复杂严峻的外部环境,全区经济运行总体平稳。',
    );
    expect(identity).toMatchObject({ kind: 'plan-execution-report', year: 2023 });
  });

  test('a notice asking for suggestions on the report is no report', () => {
    const { identity } = run(lines('关于公开征集历下区2026年度《政府工作报告》起草建议的公告', '历下区2026年《政府工作报告》起草工作已启动,为深入了解群众期盼,现公开征集意见建议。'));
    expect(identity).toMatchObject({ kind: 'other', year: 2026 });
  });
});

describe('session 8, real text as it arrived (r920–r1038)', () => {
  test('a plenary by its report: `(扩大)` in brackets, a 讲话 at a 全会, `全委会工作报告`, `代表县委常委会所作的工作报告`', () => {
    const bracketed = run(lines('坚持科学发展走在全市前列 ——在区委十二届九次全体(扩大)会议上的报告陈瑞商 (2011年1月7日)', '同志们:', '这次区委全会是莲都区“十一五”时期经济社会发展的总结会。'));
    expect(bracketed.identity).toMatchObject({ kind: 'party-plenary-report', year: 2011, district: { name: '莲都区' } });
    const speech = run(lines('紧抓改革试验机遇 深入推进科学发展', '——在中共成都市青羊区五届四次全会上的讲话', '(2008年1月7日)', '同志们:'));
    expect(speech.identity).toMatchObject({ kind: 'party-plenary-report', year: 2008 });
    const news = run(lines('1月6日,中共镇雄县委十二届二次全体(扩大)会议在县城隆重召开。开幕会后,县人大常委会主任张翼明参加第五组讨论全委会工作报告。', '他认为,县委书记翟玉龙代表县委常委会所作的工作报告站位高。报告总结2016年的工作客观公正。'));
    expect(news.identity).toMatchObject({ kind: 'party-plenary-report', year: 2017 });
  });

  test('a report heard by the standing committee, named without 关于, on part of a year (`2013年元至九月`, `2014年1—7月份`)', () => {
    const nine = run(lines('红网长沙县站11月1日讯 昨日,长沙县召开第十六届人大常委会第七次会议。', '会议听取和审议了长沙县2013年元至九月国民经济和社会发展计划及政府投资项目计划执行与调整情况的报告。'));
    expect(nine.identity).toMatchObject({ kind: 'plan-execution-report', year: 2013 });
    const seven = run(lines('8月28日,泰兴市第十四届人大常委会召开第十七次会议。会议听取并审议市政府关于2013年财政决算、决算审计和2014年1—7月份财政预算执行情况的报告。'));
    expect(seven.identity).toMatchObject({ kind: 'budget-report', year: 2014 });
    // After the government's work report, a session item's other reports are not the page's kind.
    const session = run(lines('12月7日,沈阳市和平区第十九届人民代表大会第一次会议开幕。', '本次大会的主要任务是听取和审议和平区人民政府工作报告;审查和批准和平区2021年国民经济和社会发展计划执行情况及2022年计划(草案)的报告。', '会议听取了和平区2021年国民经济和社会发展计划执行情况的报告(书面)。'));
    expect(session.identity.kind).toBe('government-work-report');
  });

  test('plan periods as a year: the one just past, its outline under review, `“十三五”时期和今年以来`, `“十二五”及2011年…工作目标`', () => {
    expect(run(lines('万年县地处江西省东北部。', '刚刚过去的“十五”时期,是万年县发展史上极不平凡的五年。')).identity.year).toBe(2006);
    expect(run(lines('县十八届人大五次会议在南伞隆重开幕', '张德花作政府工作报告', '审查镇康县国民经济和社会发展第十五个五年规划纲要草案等')).identity.year).toBe(2026);
    expect(runText('11月16日上午,徐聞縣第十七屆人民代表大會第一次會議隆重開幕。代縣長梁瓊榮代表徐聞縣人民政府向大會作《政府工作報告》,回顧了“十三五”時期和今年以來工作。').identity.year).toBe(2021);
    const congress = run(lines('昨天下午,黄岩区委副书记李建安参加了第四代表团审议。', '各位党代表对“十一五”期间区委所做的工作是肯定的,对“十二五”及2011年区委工作目标的认识是一致的。'));
    expect(congress.identity.year).toBe(2011);
  });

  test('the session\'s livelihood projects: the year voted on is planned, the year judged is reviewed', () => {
    const { identity } = runText('秀山網訊 1月27日下午,縣第十八屆人大第五次會議各代表團召開第三次會議,審議了秀山土家族苗族自治縣人民政府工作報告、2024 年重點民生實事候選項目;對 2023 年重點民生實事項目推進情況進行滿意度測評。');
    expect(identity).toMatchObject({ year: 2024, district: { name: '秀山土家族苗族自治县' } });
  });

  test('`刚刚过去的2022年` mid-sentence, and the thanks of a page from the middle of a report', () => {
    const { identity } = run(lines('特别要向各位代表报告的是,刚刚过去的2022年,我们高效统筹疫情防控和经济社会发展工作。', '我谨代表光明区人民政府,向全区人民,向各位人大代表、政协委员,表示衷心的感谢和崇高的敬意!'));
    expect(identity).toMatchObject({ kind: 'government-work-report', year: 2023, district: { name: '光明区' } });
  });

  test('news of a draft or a resolution is no report: `讨论并原则通过…《政府工作报告(征求意见稿)》`, `表决通过了关于政府工作报告的决议`', () => {
    const draft = run(lines('公主岭市政府召开2019年第1次常务会议', '1月6日下午,常务副市长常忠诚主持召开市政府2019年第1次常务会议。讨论并原则通过拟提请第十八届人民代表大会第三次会议审议的《政府工作报告(征求意见稿)》。'));
    expect(draft.identity).toMatchObject({ kind: 'other', year: 2019 });
    const closing = run(lines('【聚焦2026同德两会】同德县第十七届人民代表大会第六次会议闭幕', '2月12日,同德县第十七届人民代表大会第六次会议胜利闭幕。', '会议表决通过了关于政府工作报告的决议,同意报告提出的2026年工作安排。'));
    expect(closing.identity.kind).toBe('other');
    // A page explaining the draft, posted on 30 December, is about the report of the next year.
    const explained = run(lines('关于《政府工作报告(征求意见稿)》解读', '发布时间: 2022-12-30', '《报告》共分为二部分,其中第一部分为2022年工作回顾部分;第二部分为2023年工作安排部分。尖山区政府研究室'));
    expect(explained.identity).toMatchObject({ kind: 'other', year: 2023 });
  });

  test('a place named once by its own plan (`《平湖市国民经济和社会发展第十二个五年规划纲要(草案)》`); a breadcrumb ending in source and date', () => {
    const plan = run(lines('2011年政府工作报告', '各位代表:现在,我代表市人民政府向大会作政府工作报告。市人民政府制订了《平湖市国民经济和社会发展第十二个五年规划纲要(草案)》。', '一、“十一五”主要成就和2010年工作回顾'));
    expect(plan.identity).toMatchObject({ district: { name: '平湖市' }, city: { name: '嘉兴市' }, year: 2011 });
    const crumb = runText(['商水县十五届人大二次会议开幕', '您当前的位置 :中华龙都网  >> 新闻中心     来源:中华龙都网 2018-01-26 15:55:35 ', '1月26日上午,商水县第十五届人民代表大会第二次会议在县影剧院隆重开幕。副县长胡国胜代表县人民政府向大会作《政府工作报告》。'].join('\n'));
    expect(crumb.identity).toMatchObject({ year: 2018, kind: 'government-work-report' });
  });
});

describe('session 8, real text as it arrived (continued)', () => {
  test('a consultation on the draft (`听取了《2025年政府工作报告》(征求意见稿)起草情况`), the city named only by its news outlet', () => {
    const { identity } = run(lines('1月7日,市委常委、政府副市长布尔金主持召开《政府工作报告》征求意见座谈会。', '会上,与会人员在听取了《2025年政府工作报告》(征求意见稿)起草情况和内容后进行了充分讨论。市政府将充分吸纳意见。', '长按图片识别二维码', '关注满洲里新闻'));
    expect(identity).toMatchObject({ kind: 'other', year: 2025, district: { name: '满洲里市' } });
  });

  test('the first three quarters heard by the standing committee: that year\'s plan execution', () => {
    const { identity } = run(lines('近日,甘肃省肃北蒙古族自治县十七届人大常委会第七次会议听取审议县人民政府2012年前三季度国民经济和社会发展情况的报告。'));
    expect(identity).toMatchObject({ kind: 'plan-execution-report', year: 2012 });
  });

  test('a delegation on the party congress report; a unique short name before 未来/今后; 同心 of 同心协力 is no county', () => {
    const congress = run(lines('昨天下午,区委副书记李建安参加了第四代表团审议。', '围绕党代会报告,他们进行了认真的审议。各位党代表对“十二五”及2011年区委工作目标的认识是一致的,本着对黄岩未来发展负责的精神。'));
    expect(congress.identity).toMatchObject({ kind: 'party-congress-report', year: 2011, district: { name: '黄岩区' } });
    expect(() => run(lines('各位代表:', '我受县政府的委托,现将全县2022年国民经济和社会发展计划执行情况及2023年计划(草案)报告如下,请予审议。', '面对复杂局面,同心协力,砥砺前行,全县经济稳中有进。'))).toThrow(/No district found/);
  });
});

describe('a page\'s publication date bounds the year from above', () => {
  test('an essay site republishing a 2011 session item in 2023: the text\'s own cue wins, with a warning', () => {
    const { identity, file } = run(lines('发布时间:2023-05-19 13:50:07 来源:网友投稿', '1月9日上午,甘谷县第十五届人民代表大会第五次会议在县委礼堂隆重开幕。', '县长代表县人民政府向大会作政府工作报告。回顾“十一五”工作,展望“十二五”发展。'));
    expect(identity.year).toBe(2011);
    expect(file.messages.map((m) => m.ruleId)).not.toContain('year-conflict');
  });

  test('where the text names no year, the page\'s date is still read', () => {
    const { identity } = run(lines('发布时间:2018-01-26 15:55', '1月26日上午,商水县第十五届人民代表大会第二次会议开幕。副县长代表县人民政府向大会作《政府工作报告》。'));
    expect(identity.year).toBe(2018);
  });
});

describe('short names that are something else (found by taking each corpus text\'s title away)', () => {
  test('`成渝双城` is no 双城区; `辽宁振兴发展` no 振兴区 (an ordinary word needs its city, not the province)', () => {
    expect(() => run(lines('2023年工作回顾', '一、服务国家战略,成渝双城首位城区能级更高', '唱好“双城记”,蓉北商圈成势见效。'))).toThrow(/No district found/);
    expect(() => run(lines('2021年工作回顾', '我们坚决落实习近平总书记关于东北、辽宁振兴发展的重要讲话精神,统筹推进经济社会发展,全面振兴取得新突破。'))).toThrow(/No district found/);
  });

  test('a city\'s short name is the city (`抚顺振兴发展`), not its county of the same name; the district\'s own short name still counts', () => {
    const { identity } = run(lines('2024年工作回顾', '我们深入学习贯彻习近平总书记关于东北、辽宁、抚顺振兴发展的重要讲话精神,紧紧围绕全面振兴三年行动。', '(一)坚持蓄力聚能,实力东洲的“发展引擎”更加强劲', '东洲发展取得新成效。'));
    expect(identity.district.name).toBe('东洲区');
  });
});

describe('session 8, older reports and portals (r1040–r1156, as they arrived)', () => {
  test('a place by its name of the report\'s year: a 2006 paper\'s `上虞` is 上虞市 (上虞区 since 2013); 达县, 户县 from the gazetteer', () => {
    const { identity } = run(lines('点击上虞日报', '今日上虞', '市第十四届人民代表大会第四次会议隆重开幕', '本报讯 腊月寒冬,盛会昨天下午召开。市长作报告,总结“十五”经验,部署2006年工作。市政府将全力以赴。'));
    expect(identity).toMatchObject({ district: { name: '上虞市' }, city: { name: '绍兴市' }, year: 2006 });
    expect(run(lines('政协第十三届达县委员会第十五次常委会召开', '发表于:2010年07月17日', '县委副书记、县长罗建在会上通报了今年上半年政府工作完成情况。')).identity).toMatchObject({ district: { name: '达县' }, kind: 'government-work-report' });
  });

  test('a meeting on the draft in the autumn is of the year before the report (`9月22日…原则通过了《政府工作报告》(讨论稿)`)', () => {
    const autumn = run(lines('9月22日,武山县长主持召开了县政府第五十二次常务会议。', '会议听取、讨论并原则通过了《政府工作报告》(讨论稿)、《关于武山县2011年财政预算执行情况及2012年财政预算草案的报告》(讨论稿)。'));
    expect(autumn.identity).toMatchObject({ kind: 'other', year: 2011 });
    const december = run(lines('12月13日,清水县委常委、副县长马小龙主持召开专题会议,讨论《政府工作报告(征求意见稿)》。', '大家认为,报告对2011年工作的安排中心明确。'));
    expect(december.identity).toMatchObject({ kind: 'other', year: 2010 });
  });

  test('a slogan (`山水法库`), a county head\'s briefing (`县长…通报了…上半年全县经济运行情况`); a document site\'s category path is no heading', () => {
    const slogan = run(lines('县政协召开第十一届委员会第十五次常委会议', '2010年07月22日', '7月20日,县政协召开常委会议。县长冯守权通报了2010年上半年全县经济运行情况。', '全县以打造“东北瓷都、中国牛县、山水法库”为目标。'));
    expect(slogan.identity).toMatchObject({ district: { name: '法库县' }, kind: 'government-work-report', year: 2010 });
    const site = run(lines('文库 实用文档 报告/总结', '2022年肥西县政府工作报告', '——2021 12 27 日在肥西县', '第十八届人民代表大会第一次会议上', '各位代表:'));
    expect(site.identity.year).toBe(2021);
  });

  test('a long-range goal\'s year (`二〇三五年远景目标纲要(草案)`) is never the year delivered', () => {
    const { identity } = run(lines('扎赉特旗第十五届人民代表大会第四次会议闭幕', '发布时间:2021年03月08日 16:18', '3月5日下午,扎赉特旗第十五届人民代表大会第四次会议闭幕。', '表决通过议案、建议审查报告和扎赉特旗“十四五”规划和二〇三五年远景目标纲要(草案)、计划、预算审查报告。'));
    expect(identity.year).toBe(2021);
  });
});

describe('session 8, older reports and portals (continued)', () => {
  test('other papers a committee hears or writes: a budget adjustment, the CPPCC\'s own report, an opinion on a report', () => {
    expect(run(lines('老城区召开十四届人大常委会第十三次会议', '会议于2008年12月25日在区人大四楼会议室召开,听取和审议了区政府2008年财政预算收支调整情况的报告。')).identity).toMatchObject({ kind: 'budget-report', year: 2008 });
    expect(run(lines('中国人民政治协商会议', '第七届磐安县委员会常务委员会工作报告', '(2011年3月7日在政协第七届磐安县委员会第五次会议上)', '各位委员:', '2010年工作回顾')).identity.kind).toBe('other');
    expect(run(lines('关于崇信县2017年上半年国民经济和社会发展计划执行情况的审查意见', '2017年9月1日县第十七届人大常委会第六次会议通过')).identity.kind).toBe('other');
  });

  test('what a news item says was reported: `向大会报告了2016年的政府主要工作情况`, `2021年政府工作取得的成效`, `会议指出,2025年上半年,`', () => {
    expect(run(lines('2月16日,钦南区第六届人民代表大会第二次会议开幕。', '区人民政府区长李遥向大会报告了2016年的政府主要工作情况和2017年主要工作任务。')).identity.year).toBe(2017);
    expect(runText('11月28日上午,甘谷縣第十八屆人民代表大會第一次會議隆重開幕。\n孫忠平代表縣人民政府向大會作政府工作報告。報告共分為五部分:一、過去五年政府工作回顧;二、2021年政府工作取得的成效;三、今后五年的發展目標和工作重點;四、2022年政府工作主要任務。').identity.year).toBe(2021);
    expect(run(lines('7月31日,夏河县召开全县上半年经济形势分析推进会。', '会议指出,2025年上半年,全县上下坚持稳中求进,经济运行稳中有进。')).identity.year).toBe(2025);
  });

  test('a county\'s delegation to the city\'s congress deliberates the city\'s reports (kind other); a notice printing the plan report is that report', () => {
    expect(run(lines('1月8日下午,市人大代表、市人大常委会副主任王玉成来到凤台县代表团,审议《市人大常委会工作报告》。', '代表们认为,报告对2009年的工作总结全面客观,对2010年的谋划符合要求。')).identity).toMatchObject({ district: { name: '凤台县' }, kind: 'other' });
    const notice = run(lines('关于印发《重庆市渝中区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告》的通知', '渝中区人民政府', '2024年2月9日', '一、2023年计划执行情况'));
    expect(notice.identity).toMatchObject({ kind: 'plan-execution-report', year: 2024 });
  });
});

describe('a district written in full once, and no other', () => {
  test('is the report\'s own when the text calls itself by its kind (`区委`), standing as a name', () => {
    const { identity } = run(lines('政府工作报告', '2018年工作回顾', '2018年是改革开放40周年。我们在工委、区委的坚强领导下,较好完成了全年目标任务。天元区经济运行总体平稳、稳中有进。'));
    expect(identity.district.name).toBe('天元区');
  });

  test('never inside another word (`卓越城区` is no 越城区), nor beside another district', () => {
    expect(() => run(lines('各位代表:', '一、2024年工作回顾', '我们较好地完成了区十六届人大三次会议确定的目标任务,社会主义现代化卓越城区建设迈出坚实步伐。'))).toThrow(/No district found/);
    expect(() => run(lines('2018年工作回顾', '区委坚强领导。我们与西湖区合作。天元区经济运行总体平稳。'))).toThrow(/No district found/);
  });
});

describe('session 8, session news and report pages (r1160–r1235, as they arrived)', () => {
  test('a closing with its votes is other, unless it sums up the report; the resolutions\' years date it', () => {
    const closing = run(lines('【聚焦两会】沙洋县第五届人民代表大会第五次会议闭幕', '12月30日下午,沙洋县第五届人民代表大会第五次会议圆满完成各项议程后,在县文化中心闭幕。', '会议逐项通过了《关于政府工作报告的决议》《关于沙洋县2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划的决议》。'));
    expect(closing.identity).toMatchObject({ kind: 'other', year: 2020 });
    const summed = run(lines('西工区第十二届人民代表大会第二次会议胜利闭幕', '1月28日上午,为期4天的西工区第十二届人民代表大会第二次会议胜利闭幕。', '区长张世敏在会上作政府工作报告,对过去一年工作进行回顾,对2008年工作进行安排。'));
    expect(summed.identity).toMatchObject({ kind: 'government-work-report', year: 2008 });
    const votes = run(lines('2月13日上午,庆元县第十七届人民代表大会第一次会议在圆满完成各项议程后,胜利闭幕。', '大会对2021年度县政府民生实事项目满意度进行测评,票决2022年度县政府十件民生实事项目,表决通过县政府工作报告等决议。'));
    expect(votes.identity).toMatchObject({ kind: 'other', year: 2022 });
  });

  test('a year named only as what it is takes the voice of the next sentence', () => {
    const plan = runText('1月4日,長豐縣第十二屆人民代表大會第四次會議開幕。代理縣長李衛作政府工作報告。報告指出,2025年是“十四五”收官之年,是“十五五”謀劃之年,也是長豐建縣60周年。要重點抓好七個方面工作。');
    expect(plan.identity.year).toBe(2025);
    const review = run(lines('各位代表:现在,我代表龙岗区人民政府向大会报告工作,请予审议。', '2019年是新中国成立70周年,是先行示范区开局之年。一年来,我们在区委的坚强领导下,较好完成了全年目标。'));
    expect(review.identity.year).toBe(2020);
  });

  test('a headline broken over lines with the day first; a part `2021年工作和过去五年工作回顾`', () => {
    const { identity } = run(lines('11月16日上午', '掇刀区第五届人民代表大会', '第一次会议', '开 幕', '王玮代表区人民政府向大会作工作报告。《报告》分四个部分:2021年工作和过去五年工作回顾;未来五年经济社会发展的总体要求;2022年主要工作。'));
    expect(identity).toMatchObject({ year: 2021, district: { name: '掇刀区' } });
  });

  test('a contents list printed before the title; a county named once after 是; the outline draft of `“十三五”规划纲要(草案)`', () => {
    const contents = run(lines('一、全面贯彻“疫情要防住”的要求', '(一)加强能力建设', '二、紧紧围绕“四个中心”城市战略定位', '2023年怀柔区政府工作报告', '各位代表:', '2022年工作回顾', '2022年,我们踔厉奋发、笃行不怠。'));
    expect(contents.identity).toMatchObject({ kind: 'government-work-report', year: 2023, district: { name: '怀柔区' } });
    const once = run(lines('各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '一、2024年工作回顾', '刚刚过去的一年,是全面贯彻落实党的二十大精神的关键之年,也是化德县抢抓机遇、迎接挑战的重要之年。'));
    expect(once.identity.district.name).toBe('化德县');
    const outline = run(lines('海淀区政府工作报告', '2017-05-12', '各位代表:', '我代表海淀区人民政府向大会报告工作,并对“十三五”规划纲要(草案)作说明,请予审议。'));
    expect(outline.identity.year).toBe(2016);
  });
});

describe('session 8, the other kinds (r1240–r1279, as they arrived)', () => {
  test('a first reading by the finance committee (`初审《关于…2016年上半年…计划执行情况的报告》`); a plan printed by a notice', () => {
    expect(runText('8月16日下午,區人大常委會財經工委召開委員會議,初審《關于越秀區2016年上半年國民經濟和社會發展計劃執行情況的報告》。').identity).toMatchObject({ kind: 'plan-execution-report', year: 2016 });
    expect(run(lines('紫阳县人民政府关于印发《紫阳县2025年国民经济和社会发展计划》的通知', '紫阳县人民政府', '2025年4月29日')).identity).toMatchObject({ kind: 'plan-execution-report', year: 2025 });
  });

  test('a county head briefing the deputies on the half-year; the opening of a party congress', () => {
    expect(run(lines('宁海县人大常委会举行重要情况通报会', '宁海新闻网 2015年08月21日 08:23:40', '会议邀请县长杨勇向县人大代表通报今年上半年县政府主要工作。')).identity.kind).toBe('government-work-report');
    const congress = run(lines('金湾区召开第五次党代会', '9月26日上午,中国共产党珠海市金湾区第五次代表大会开幕,区委书记梁耀斌代表区委作工作报告。', '今年是“十四五”开局之年。'));
    expect(congress.identity).toMatchObject({ kind: 'party-congress-report', year: 2021 });
  });

  test('a document section naming the report (`第一部分 决算报告`) is no part: the dated title after it is read; an official 解读 in a table is other', () => {
    const accounts = run(lines('2021年华容县政府决算公开', '第一部分 决算报告', '关于2021年财政决算草案', '县财政局局长 丁乙', '(2022年7月29日)', '县人大常委会:', '一、2021年财政决算情况'));
    expect(accounts.identity).toMatchObject({ kind: 'budget-report', year: 2022 });
    const reading = runText('標題: | 關于《高青縣2021年國民經濟和社會發展計劃執行情況與2022年計劃(草案)》的解讀 | ||\n發文日期: | 2022-01-07 |\n一、起草背景和過程');
    expect(reading.identity).toMatchObject({ kind: 'other', year: 2022 });
  });
});

describe('session 8, as a researcher scrapes (r1360–r1399)', () => {
  test('a November first session planning `2022年县政府将继续优先保障民生投入`', () => {
    const { identity } = runText('11月28日,甘谷縣第十八屆人民代表大會第一次會議在甘谷大劇院隆重開幕,孫忠平代表縣人民政府向大會作政府工作報告。\n2022年縣政府將繼續優先保障民生投入,重點抓好10件民生實事。');
    expect(identity).toMatchObject({ year: 2021, district: { name: '甘谷县' } });
  });
});

describe('session 8, the last rounds (r1280–r1350)', () => {
  test('years of what a committee looks at: a 审查报告, a half-year seminar (other), the year ahead, the budget report approved, a cover dated 二OO六年三月', () => {
    expect(run(lines('舒城县人大常委会组织召开全县上半年经济形势和社会发展计划执行情况调研座谈会', '发布日期:2020-07-22')).identity).toMatchObject({ kind: 'other', year: 2020 });
    expect(run(lines('襄州区人大常委会召开2020年上半年国民经济和社会发展执行情况调研座谈会', '会议听取了区发改局等15个单位的经济运行情况汇报。')).identity.year).toBe(2020);
    expect(run(lines('14日下午,长春市十五届人大三次会议朝阳区代表团审议政府工作报告。', '代表们说,展望2019年,我市各项经济指标的安排部署仍然保持高位运行。')).identity.year).toBe(2019);
    expect(runText('剛剛閉幕的維西縣第十五屆人民代表大會第二次會議通過了維西縣2009年財政預決算報告。').identity.year).toBe(2009);
    expect(run(lines('瓯海区国民经济和社会发展', '第十一个五年规划纲要', '瓯海区人民政府', '二OO六年三月', '目 录')).identity.year).toBe(2006);
  });

  test('a plan target year after a comma (`2010年,白云区经济社会发展的主要预期目标是`); a government\'s plenary meeting and a plan outline are other', () => {
    expect(runText('昨日上午,白云區十四屆人大五次會議召開。白云區長余楚風作《政府工作報告》。2010年,白云區經濟社會發展的主要預期目標是:地區生產總值增長10%,建設廣州北軸。').identity.year).toBe(2010);
    expect(run(lines('瓯海区政府(2011)第十四次全体会议召开', '发布日期:2011-08-09', '8月5日,区人民政府第十四次全体会议召开,总结上半年工作,部署下半年主要任务。')).identity.kind).toBe('other');
  });

  test('a plenary news lead; a district of before 2014 (萝岗区); the short name of a page\'s source (`来源:盐都日报`); a name in a book title is no standing name', () => {
    const plenary = run(lines('1月16日上午,中共广州开发区工委2013年第一次工作会议暨中共萝岗区委二届四次全体会议在萝岗会议中心隆重召开。', '骆蔚峰作报告'));
    expect(plenary.identity).toMatchObject({ kind: 'party-plenary-report', district: { name: '萝岗区' }, year: 2013 });
    const source = runText('区十六届人大常委会第40次会议召开\n发布日期:2021-07-31 来源:盐都日报\n会议听取和审议了区政府关于2021年上半年国民经济社会发展计划执行情况的报告。');
    expect(source.identity.district.name).toBe('盐都区');
    expect(() => run(lines('2021年工作回顾', '现代服务业加速升级。《二道江区旅游发展规划》编制完成,全区旅游业加快发展。'))).toThrow(/No district found/);
  });
});

describe('standing committees hearing several reports (r1280–r1350, second pass)', () => {
  test('a report heard after `;` on the line; another body\'s 工作报告 heard before is no government work report', () => {
    const later = run(lines('8月25日,绛县第十七届人大常委会第十九次会议召开。', '会议听取县人民政府关于林业生态乡村振兴工作情况的报告;听取县人民政府关于绛县2023年1至7月份全县国民经济和社会发展计划执行情况的报告。'));
    expect(later.identity).toMatchObject({ kind: 'plan-execution-report', year: 2023 });
    const audit = run(lines('8月22日,济阳县十八届人大常委会第十八次会议举行。', '会议分别听取了县审计局代表县政府所作的《关于济阳县2017年度县级预算执行及其他审计的工作报告》、县财政局代表县政府所作的《关于济阳县2017年县级财政决算(草案)和2018年上半年预算执行情况的报告》。'));
    expect(audit.identity.kind).toBe('budget-report');
  });

  test('a preparatory meeting is other, though its own 筹备工作报告 is summed up', () => {
    const { identity } = run(lines('6月6日上午9时,沂南县十七届人大四次会议预备会议在国际会议中心举行。', '会议确定大会的主要任务是:听取和审议县人大常委会、县政府、县法院、县检察院工作报告;审查、批准沂南县2019年国民经济和社会发展计划执行情况的报告与2020年计划。', '杜凤涛在筹备工作报告中指出,开好这次大会意义重大。'));
    expect(identity).toMatchObject({ kind: 'other', year: 2020 });
  });
});

describe('a district\'s delegation and a district named with its people', () => {
  test('`宽城代表团` at 长春\'s congress; `瀍河区人大召开…`', () => {
    const delegation = run(lines('14日下午,长春市十五届人大三次会议宽城代表团审议政府工作报告。', '宽城代表团的代表们说,展望2019年,我市各项经济指标的安排部署仍然保持高位运行。'));
    expect(delegation.identity).toMatchObject({ district: { name: '宽城区' }, city: { name: '长春市' }, year: 2019 });
    const peoples = run(lines('瀍河区人大召开区十六届人大常委会第六次会议', '2018-01-02', '12月14日-15日,瀍河区人大召开区十六届人大常委会第六次会议。'));
    expect(peoples.identity.district.name).toBe('瀍河回族区');
  });
});

describe('a researcher\'s scrape, report pages and copy sites (r1400–r1519)', () => {
  test('years a news item writes as looked back on or set out: 回首, 盘点了, 预计全年; 看…怎么干, 擘画, 部署了, 主要目标是, 年目标', () => {
    const news = (...texts: string[]) => run(lines(...texts)).identity.year;
    expect(news('今天(2月10日)上午', '宜都市第九届人民代表大会第五次会议开幕', '市长夏明海代表市人民政府向大会作《政府工作报告》', '回首2024年', '是宜都承压前行的奋进之年')).toBe(2025);
    expect(news('宜都市第九届人民代表大会第五次会议开幕,市长向大会作《政府工作报告》。', '看2025年宜都怎么干?')).toBe(2025);
    expect(news('1月2日上午,参加湘潭县第十六届人民代表大会第五次会议的人大代表们认真听取了政府工作报告。报告盘点了2019年湘潭县发展的“成绩单”,部署了2020年的重点工作。')).toBe(2020);
    expect(news('昨日上午,深圳市龙华区第二届人民代表大会第四次会议开幕。区长代表龙华区人民政府向大会作政府工作报告,擘画2024年政府工作的基本思路。')).toBe(2024);
    expect(news('1月11日,佛山市顺德区十七届人大三次会议开幕,顺德区区长作政府工作报告。', '2023年,顺德政府工作的主要目标是地区生产总值增长6%。')).toBe(2023);
    expect(news('2月13日,顺德区第十五届人民代表大会第五次会议召开,区长在会上作了《政府工作报告》。区长介绍称2014年预计全年实现地区生产总值2765亿元。')).toBe(2015);
    expect(news('2月13日,顺德区第十五届人民代表大会第五次会议召开,区长在会上作了《政府工作报告》。', '2015年目标,将实现地区生产总值增长8.5%。')).toBe(2015);
    // A target set for a later year (`到2025年预计实现`) is no estimate of the year reviewed.
    expect(news('2月13日,顺德区第十五届人民代表大会第五次会议召开,区长作《政府工作报告》。', '2015年目标,将实现地区生产总值增长8.5%,到2020年预计实现翻番。')).toBe(2015);
  });

  test('a paragraph opening on what the district did in the year, not on what it will do', () => {
    const lead = '1月31日上午,昆明市晋宁区第二届人民代表大会第三次会议开幕,区长李松代表区人民政府向大会作政府工作报告。';
    expect(run(lines(lead, '2023年,晋宁区围绕云南省委“3815”战略发展目标,持续开展大竞赛活动,地区生产总值完成224.53亿元。')).identity.year).toBe(2024);
    // What it will do names the year planned (2024), never a year reviewed (which would give 2025).
    const planned = run(lines(lead, '2024年,晋宁区将围绕发展目标,力争地区生产总值完成240亿元。')).identity;
    expect(planned.year).toBe(2024);
    expect(fact(planned, 'year')?.evidence).toMatch(/the year planned: 2024/);
  });

  test('a sentence naming only what the year is takes the voice of the next line', () => {
    const { identity } = run(
      lines('2025年发展目标和重点工作', '2025年是“十四五”规划的收官之年,是“十五五”规划的谋篇布局之年。', '今年政府工作的总体要求是:坚持稳中求进,全面贯彻习近平总书记视察河北、视察石家庄重要讲话精神,按照县委十二届七次全会部署,贡献正定力量。'),
    );
    expect(identity).toMatchObject({ year: 2025, district: { name: '正定县' } });
  });

  test('a province\'s name is no short name of a district (视察河北 is not 天津\'s 河北区)', () => {
    const { identity } = run(lines('2025年主要预期目标是:地区生产总值增长6%以上。', '全面贯彻习近平总书记视察河北、视察石家庄重要讲话精神,按照县委全会部署,为强国建设贡献正定力量。'));
    expect(identity.district.name).toBe('正定县');
  });

  test('a page clock with 年 and 月 and no 日 (`2013年03月09 12:41:38 来源:…`)', () => {
    const { identity } = runText('县人大常委会主任李友先出席颜集乡代表团审议工作报告\n2013年03月09 12:41:38 来源:民权县人民政府网站\n3月8日下午,县人大主任李友先参加了颜集乡代表团的审议,对《政府工作报告》进行深入讨论。今年的《政府工作报告》符合民权经济社会发展的实际。');
    expect(identity).toMatchObject({ year: 2013, district: { name: '民权县' } });
  });

  test('a budget report\'s title broken before 报告, after a long list of the tables published', () => {
    const tables = Array.from({ length: 30 }, (_, k) => `${k + 1}、 一般公共预算收支决算表${k + 1}`);
    const { identity } = run(lines('2023年新邵县政府决算公开', '一、 政府决算报告', ...tables, '关于新邵县2023年财政决算草案的', '报 告', '县财政局局长 谭中凡', '主任、各位副主任、各位委员:', '受县人民政府委托,现在我向各位报告2023年财政决算情况,请予审议。'));
    expect(identity).toMatchObject({ kind: 'budget-report', year: 2024 });
  });

  test('pages about the report that are not it: a summary and plan, progress on its targets, a report to the standing committee, a meeting on the draft', () => {
    const kind = (...texts: string[]) => run(lines(...texts)).identity.kind;
    expect(kind('吴中区2016年工作总结与2017年工作计划', '2016年工作总结', '2016年,在市委、市政府和区委的正确领导下,吴中区较好完成了区三届人大五次会议确定的主要目标任务。')).toBe('other');
    expect(kind('2022年区政府工作报告目标任务半年完成情况', '2022年上半年,万州区实现地区生产总值513.8亿元,同比增长3.9%。')).toBe('other');
    expect(kind('区人民政府向区人大常委会报告2022年政府工作情况', '时间:2022年10月24日', '五通桥区人民政府向人大常委会报告今年以来政府工作情况,并听取意见建议。')).toBe('other');
    expect(kind('我县召开《政府工作报告》征求意见会', '2013-12-27 15:53:00', '连江新闻网讯 日前,我县召开《政府工作报告》征求意见会,广泛征求县人大代表、政协委员对工作报告的意见。')).toBe('other');
  });
});

describe('copy sites and pages from the middle (r1480–r1519, second pass)', () => {
  test('a district written in full in a list of visitors is not the report\'s, though the page opens on it', () => {
    const { identity } = run(
      lines('政府工作报告', '一年来,甘肃省的日喀则市、定西市、渭源县、永昌县、镇原县等地区和单位到舟曲观摩考察。“散文诗创作基地”落户舟曲,全州宣传思想工作会在舟曲召开。', '各位代表,2018年,我们付出了更多的努力,全县人民团结奋斗。'),
    );
    expect(identity).toMatchObject({ district: { name: '舟曲县' }, year: 2019 });
  });

  test('a short name after `,是` in a yearly opening; a part titled by its year over its source is the year reviewed', () => {
    const { identity } = run(lines('2010年政府工作(政府工作报告节选)', '2010年,是鄞州在转型中发展、创新中奋进的一年。一年来,我们在区委的领导下,实现了区域经济健康发展。'));
    expect(identity).toMatchObject({ district: { name: '鄞州区' }, year: 2011, reviewPeriod: '2010' });
  });

  test('the government\'s executive meeting on the drafts and the presidium on the draft resolutions are other', () => {
    const kind = (...texts: string[]) => run(lines(...texts)).identity.kind;
    expect(kind('梁庆民主持召开县政府十七届十三次常务会议', '12月12日,县委副书记、桦南县县长梁庆民主持召开县政府十七届十三次常务会议。', '会议讨论并原则通过了《关于桦南县2017年财政预算执行情况和2018年财政预算草案的报告》。')).toBe('other');
    expect(kind('主席团常务主席黄志平、何美华出席会议。陈秀仙主持会议。', '会议听取了各代表团审议关于政府工作报告的决议草案、关于义乌市2011年国民经济和社会发展计划执行情况及2012年国民经济和社会发展计划的决议草案情况的汇报。')).toBe('other');
  });
});

describe('a district in its own slogans and a half-year briefing (r1400–r1519, third pass)', () => {
  test('a one-character county in its slogans (`活力泾县、品质泾县`) is named, though not in a title', () => {
    const { identity } = run(lines('一、2018年工作回顾', '二、2019年工作安排', '1.四个泾县:活力泾县、品质泾县、魅力泾县、幸福泾县', '2.五大会战:工业提速大会战、旅游提质大会战'));
    expect(identity).toMatchObject({ district: { name: '泾县' }, year: 2019 });
  });

  test('the district head briefing the standing committee on the first half (`代表区政府通报上半年…`)', () => {
    const { identity } = run(lines('区人大常委会召开年中重要情况通报会', '发布时间:2021-08-25  来源:宁波市奉化区人民政府', '8月24日下午,区人大常委会召开年中重要情况通报会。区委副书记、区长胡永光代表区政府通报上半年全区经济社会发展、民生实事项目推进情况。'));
    expect(identity).toMatchObject({ kind: 'government-work-report', coverage: 'half-year', year: 2021, reviewPeriod: '2021-H1' });
  });
});

test('a page clock written with full-width colons (`2018-2-7 07：55：25`) dates the page as one with ASCII colons does', () => {
  const page = (clock: string) => runText(`满洲里市政府工作报告\n发表于 ${clock} | 只看该作者\n各位代表:\n现在,我代表满洲里市人民政府向大会报告工作。过去一年,全市经济平稳运行。`).identity.year;
  expect(page('2018-2-7 07：55：25')).toBe(page('2018-2-7 07:55:25'));
  expect(page('2018-2-7 07：55：25')).toBe(2018);
});

describe('news of sessions, report pages and older years (r1520–r1639)', () => {
  const year = (...texts: string[]) => run(lines(...texts)).identity.year;

  test('a page date in brackets (`【2022-03-30 来源:…】`) after a December first session dates it the year before', () => {
    expect(runText('元宝区第十九届人民代表大会第一次会议开幕\n【2022-03-30 来源:丹东市元宝区区委宣传部】\n踏上新征程。12月8日下午,元宝区第十九届人民代表大会第一次会议在区文化馆隆重召开。区长左忠鹏代表区政府向大会做政府工作报告。').identity.year).toBe(2021);
  });

  test('a speaker saying what the year was (`他说,2017年是…`); a year named only, the next sentence in no voice, gives way to the year said to be reviewed', () => {
    expect(year('1月16日上午,上海市虹口区第十六届人民代表大会第四次会议开幕。大会听取了区长赵永峰所作的政府工作报告。', '他说,2017年是现任虹口区政府成立的第一年。')).toBe(2018);
    expect(year('5月7号上午,环县第十八届人民代表大会第五次会议开幕。县长何英禅作政府工作报告。何英禅从五个方面回顾了2019年的工作。', '何英禅说:2020年,是全面建成小康社会和“十三五”规划收官之年。岁末年初,我们遭遇了新冠肺炎疫情。')).toBe(2020);
  });

  test('news naming the report by its year, or saying what it plans for a year; a briefing on the year; a budget adjusted', () => {
    expect(year('翔安区第三届人民代表大会第四次会议昨日召开。', '解读2015年翔安区政府工作报告')).toBe(2015);
    expect(year('关于2011年工作,政府工作报告突出了转变经济发展方式、深化改革开放五个重点。泰兴市将力争全市新兴产业规模达100亿元。')).toBe(2011);
    expect(year('清水县干部群众在10月22日上午收听收看清水县第十七届人民代表大会第一次会议开幕直播,认真聆听县长所作的政府工作报告。报告全面安排部署了2017年重点要抓的工作。')).toBe(2016);
    expect(run(lines('5日上午,晋江召开2025年市委和市政府工作通报会,向全市离休干部通报过去一年工作,展望新一年发展。')).identity).toMatchObject({ year: 2026, kind: 'other' });
    expect(year('10月28日,区六届人大常委会第十五次会议召开。会议审查批准了朝天区政府关于2013年区本级财政预算调整方案。')).toBe(2013);
  });

  test('`县长…代表县政府作工作报告` is the work report; a notice dividing the report\'s tasks is not', () => {
    expect(run(lines('1月27日上午,芦山县第十八届人民代表大会第六次会议开幕。县长岑永杰代表县政府作工作报告。报告由四个部分组成:2025年和“十四五”工作回顾;2026年工作要点。')).identity).toMatchObject({ kind: 'government-work-report', year: 2026 });
    expect(run(lines('各开发区管委会,各镇人民政府、街道办事处,市政府各部门:', '经市政府研究同意,现将《海城市关于贯彻落实2023年<海城市政府工作报告>任务分解和责任分工方案》印发给你们,请认真贯彻落实。', '海城市人民政府', '2023年3月17日')).identity.kind).toBe('other');
  });
});

test('a part on the year\'s work and its results (`一、2022年主要工作和成效`) is the review, not the plan', () => {
  const { identity } = run(lines('——2023年1月17日在浦江县第十五届人民代表大会第三次会议上', '各位代表:', '一、2022年主要工作和成效'));
  expect(identity).toMatchObject({ year: 2023, reviewPeriod: '2022', planYear: 2023 });
});

describe('the real corpus in the shapes of a PDF (r1400–r1639)', () => {
  test('an outline ending on the government\'s own conduct is the work report\'s, its title lost', () => {
    const { identity } = run(lines('一、2018年工作回顾', '二、2019年工作安排', '三、全面加强政府自身建设', '1.四个泾县:活力泾县、品质泾县、魅力泾县、幸福泾县'));
    expect(identity).toMatchObject({ kind: 'government-work-report', year: 2019 });
  });

  test('a title broken before 报告 across a page number; titles run together (`》《`): the last one\'s years', () => {
    const tables = Array.from({ length: 30 }, (_, k) => `${k + 1}、 一般公共预算收支决算表${k + 1}`);
    expect(runText(['2023年新邵县政府决算公开', ...tables, '关于新邵县2023年财政决算草案的', '— 1 —', '报 告', '主任、各位副主任、各位委员:'].join('\n')).identity).toMatchObject({ kind: 'budget-report', year: 2024 });
    const drafts = run(lines('2月18号,十七届县人民政府第80次常务会议召开。', '会议听取并审议了《牟定县国民经济和社会发展第十四个五年规划纲要(送审稿)》《2021年政府工作报告(送审稿)》《2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划报告<草案>(送审稿)》《2020年地方财政预算执行情况和2021年地方财政预算报告<草案>(送审稿)》。'));
    expect(drafts.identity.year).toBe(2021);
  });

  test('the sentence after a year only named may run on to the next line', () => {
    const { identity } = run(lines('政府工作报告解读', '2020年是全面建成小康社会的决胜之年和“十三五”收官之年。神木市今年的《', '政府工作报告》提出,神木市将围绕榆林市委交给神木的任务,落实一大战略。'));
    expect(identity.year).toBe(2020);
  });
});

describe('the less-covered provinces in rank order (r1640–r1679)', () => {
  test('a party congress report opening `我代表中共…委员会向大会作报告。`', () => {
    const { identity } = run(lines('发布时间:2021-12-20', '各位代表,同志们:', '现在,我代表中共天津市滨海新区第三届委员会向大会作报告。'));
    expect(identity).toMatchObject({ kind: 'party-congress-report', year: 2021 });
  });

  test('the plan part alone, by its own words (`2017年全区经济和社会发展主要预期目标是`), is the work report; a plan report\'s are not', () => {
    const plan = run(lines('2017年是推动实施“十三五”规划的关键之年,也是新一届政府履职的第一年。2017年全区经济和社会发展主要预期目标是:地区生产总值同比增长6.5%。', '启动平房区“两个大厅”改革,实施两区行政审批。'));
    expect(plan.identity).toMatchObject({ kind: 'government-work-report', year: 2017 });
  });

  test('closing news summing the report up is the report\'s; the CPPCC\'s session news is other', () => {
    const closing = run(lines('【重要新闻】晋源区五届人大二次会议和政协五届二次会议胜利闭幕', '2017-02-28', '2月23日——26日晋源区召开了第五届人民代表大会第二次会议,并胜利闭幕。会议听取和审议了晋源区政府工作报告,回顾了2016年经济社会发展情况,确定2017年政府工作的总体要求和部署。'));
    expect(closing.identity).toMatchObject({ kind: 'government-work-report', year: 2017 });
    const cppcc = run(lines('中国人民政治协商会议天津市宝坻区第五届委员会第四次会议圆满完成各项议程,1月7日下午在宝坻宾馆闭幕。区长毛劲松所作的政府工作报告,展望了宝坻未来发展的宏伟蓝图。', '2020年是“十三五”规划收官之年。'));
    expect(cppcc.identity.kind).toBe('other');
  });
});

describe('traditional-script copies in rank order (r1680–r1719)', () => {
  const year = (...texts: string[]) => run(lines(...texts)).identity.year;

  test('what news says the report looked back on or set out: 回顾了“十四五”…和2025年, 对2018年工作作了全面的部署, 对2014年的规划展望, 2007年预计海淀全区实现', () => {
    expect(year('1月29日下午,永嘉县第十七届人民代表大会第五次会议隆重开幕,听取县长钟方成所作的县政府工作报告。报告回顾了“十四五”发展成就和2025年主要工作。')).toBe(2026);
    expect(year('县人大代表赵长女话报告谋发展', '今年的《政府工作报告》总结成绩客观,并对2018年工作作了全面的部署,充分显示了我县的决心。开化县人民政府')).toBe(2018);
    expect(year('委员们表示,夏津县政府工作报告简明扼要,全面概括了过去一年来夏津县经济社会的发展变化,对2014年的规划展望鼓舞人心。')).toBe(2014);
    expect(year('海淀区政府工作报告', '2007年预计海淀全区实现生产总值1750亿元,增长17%。')).toBe(2008);
  });

  test('the head named without the title delivers the report; a pre-session review of the reports is other', () => {
    expect(run(lines('2月20日上午,商洛市商州区第十九届人民代表大会第三次会议开幕。支朝奇代表区人民政府作工作报告。报告共分三个部分:2023年工作回顾、2024年工作总体要求和预期目标、2024年重点工作。')).identity).toMatchObject({ kind: 'government-work-report', year: 2024 });
    expect(run(lines('市十七届人大五次会议“六个工作报告和规划纲要”会前审议举行', '发布日期:2026-01-12', '1月8日至9日,乐清市人大常委会和一府两院举行市十七届人大五次会议会前审议活动。')).identity.kind).toBe('other');
    expect(run(lines('2月3日,区委副书记、区长郭小萍主持召开綦江区政府第99次常务会议,审议2026年区政府工作报告目标任务分解工作方案。')).identity).toMatchObject({ kind: 'other', year: 2026 });
  });
});

test('a dateline run into a paragraph after a contents list (a PDF\'s title, dateline and speaker on one line) dates the report', () => {
  const { identity } = run(
    lines('2023年新邵县政府决算公开', '一、 政府决算报告', '二、 政府决算说明', '1、 税收返还和转移支付执行情况说明', '3、 预算绩效开展情况说明4、 财政拨款本级“三公”经费决算执行情况说明三、 政府决算表一、政府决算报告关于新邵县2023年财政决算草案的报 告2024年11月27日县十八届人大常委会第二十三次会议县财政局党组书记、局长 谭中凡主任、各位副主任、各位委员:'),
  );
  expect(identity).toMatchObject({ year: 2024, kind: 'budget-report' });
  // A meeting named with the day its decisions were taken is no dateline of this report.
  expect(() => run(lines('新邵县政府工作', '一、 工作情况', '二、 下步打算', '落实2023年1月10日县十八届人大第二次会议审议通过的各项任务。'))).toThrow(/Cannot determine the year/);
});

describe('the newest reports and the big cities\' districts (r1720–r1799)', () => {
  test('a December first session dated by its page\'s stamp: the month of the stamp is the session\'s', () => {
    const { identity } = runText('厦门网 2021-12-28 17:45\n昨日上午,思明区第十八届人民代表大会第一次会议开幕。思明区人民政府代区长陈通汕作思明区政府工作报告,回顾总结了2021年和过去五年的经济社会发展成就,提出2022年和今后五年的奋斗目标。');
    expect(identity).toMatchObject({ year: 2021, coverage: 'five-year' });
  });

  test('estimates introduced with 预计(下同); a resolution approving the year\'s work and its targets; 回顾了2022年全区取得的成绩', () => {
    expect(run(lines('(一)聚焦发展质量提升,经济产业更趋高端化', '着力稳增长。初步预计(下同),2016年实现地区生产总值3560亿元左右,增长8.6%左右。福田区人民政府')).identity.year).toBe(2017);
    expect(run(lines('宁海县第十九届人民代表大会第四次会议 关于政府工作报告的决议', '宁海县第十九届人民代表大会第四次会议听取和审议了县长楼鼎鼎所作的政府工作报告。会议充分肯定县政府2024年所做的工作和取得的成绩,同意报告提出的2025年目标任务、工作安排,决定批准这个报告。')).identity).toMatchObject({ year: 2025, kind: 'other' });
    expect(run(lines('1月1日,政协南京市玄武区第十三届委员会第二次会议隆重召开。', '区委书记闵一峰回顾了2022年全区取得的成绩。')).identity).toMatchObject({ year: 2023, kind: 'other' });
  });

  test('other pages: the government\'s executive meeting by its title, a notice dividing the year\'s targets, the CPPCC\'s briefing; an imitation addressed to the citizens is the report', () => {
    const kind = (...texts: string[]) => run(lines(...texts)).identity.kind;
    expect(kind('| 区政府召开2025年第15次常务会议 |', '12月16日,二道江区政府召开2025年第15次常务会议,研究了《通化市二道江区人民政府工作报告(审议稿)》等事宜。')).toBe('other');
    expect(kind('| 信息名称: | 区政府关于印发2026年区政府主要工作目标任务分解落实方案的通知 |', '南京市鼓楼区人民政府', '2026年2月9日')).toBe('other');
    expect(kind('萧山区政协召开政情通报会 听取2025年萧山区经济社会发展情况和2026年政府工作思路', '发布时间:2026-02-13')).toBe('other');
    expect(kind('2024松滋市工作报告', '尊敬的各位领导、各位代表:', '我们齐聚一堂,共同回顾2023年的辉煌成就,我代表松滋市政府,向全市人民汇报2024年松滋市工作报告。')).toBe('government-work-report');
  });
});

test('an honour that reads as a district\'s name (`创建省级平安区`) names no place', () => {
  expect(() => run(lines('——2020年1月8日在区第十五届人民代表大会第三次会议上', '各位代表:', '连续14年成功创建省级平安区,再次夺得全省“五水共治”工作优秀区“大禹鼎”。'))).toThrow(/No district found/);
});

describe('counties of the populous provinces and report pages (r1800–r1846)', () => {
  test('`即将过去的2017年` is a December session\'s: the year reviewed is the year delivered', () => {
    const { identity } = run(lines('政 府 工 作 报 告', '——在嘉鱼县第十八届人民代表大会第二次会议上', '县长 胡春雷', '各位代表:', '一、2017年工作回顾', '即将过去的2017年是党的十九大胜利召开之年,也是本届县政府依法履职的第一年。'));
    expect(identity).toMatchObject({ year: 2017, reviewPeriod: '2017', planYear: 2018 });
  });

  test('the plan part alone: `2014年,我市经济社会发展的预期目标是`', () => {
    expect(run(lines('2014年政府工作的总体目标和主要措施', '2014年,我市经济社会发展的预期目标是:地区生产总值增长13%。实现浏阳市跨越赶超。')).identity).toMatchObject({ kind: 'government-work-report', year: 2014 });
  });
});

describe('session 10 rounds (r1850–r2009): news, notices and the newest reports', () => {
  const kind = (...texts: string[]) => run(lines(...texts)).identity.kind;

  test('a page dated before its source (`2017年02月20日 来源: 浙江在线 …`), removed as chrome, still dates the news', () => {
    const { identity } = runText(['黄岩区第十六届人民代表大会第一次会议隆重开幕', '2017年02月20日 来源: 浙江在线 通讯员 施建文', '代区长陈建勋代表区人民政府向大会作政府工作报告。'].join('\n'));
    expect(identity).toMatchObject({ district: { name: '黄岩区' }, year: 2017 });
  });

  test('a live clock with seconds and weekday (`2019年03月18日17:01:33周一`) is when the page was viewed: no year', () => {
    expect(() => runText(['2019年03月18日17:01:33周一', '4月19日下午,中原办代表团审议讨论了政府等七个工作报告。为华龙区营造良好的营商环境。'].join('\n'))).toThrow(/Cannot determine the year/);
  });

  test('a full name overlapping a short one (`重庆市北碚区`: not 市北) is the report\'s place', () => {
    const { identity } = run(lines('重庆市北碚区人民政府', '关于2024年决算的报告', '——2025年9月28日在区十九届人大常委会第三十八次会议上'));
    expect(identity).toMatchObject({ district: { name: '北碚区' }, kind: 'budget-report', year: 2025 });
  });

  test('a breadcrumb naming the county\'s news (`淳安新闻 > 时政要闻`) names the place when the text does not', () => {
    const { identity } = runText(['您当前的位置: 淳安新闻 > 时政要闻', '县十六届人大五次会议开幕式侧记', '发布时间:2021-02-24 08:45:00', '“2020年是‘十三五’收官之年,更是极不简单、极不平凡的一年……”台上,县长张鸿斌作《政府工作报告》。全县人民振奋。'].join('\n'));
    expect(identity.district.name).toBe('淳安县');
  });

  test('years: 提出了2019年的发展目标; 时逢改革开放40周年; a numbered meeting of the year; the year\'s report divided; the first half surveyed', () => {
    expect(run(lines('德州新闻网讯 县十七届人大三次会议期间,出席会议的人大代表热议政府工作报告。大家一致认为,总结过去一年的工作实事求是,提出了2019年的发展目标贴进实际。临邑交出了一份扎实的年度答卷,对临邑未来充满信心。')).identity).toMatchObject({ district: { name: '临邑县' }, year: 2019 });
    expect(run(lines('台海网12月29日讯 昨日上午,湖里区第八届人民代表大会第三次会议举行,湖里区人民政府区长林重阳向大会作政府工作报告。', '时逢改革开放40周年之际,特区发祥地湖里区奏响新时代号角。')).identity.year).toBe(2018);
    expect(run(lines('1月17日,王良俊主持召开区政府党组2025年第1次会议;审议思茅区2025年《政府工作报告(送审稿)》等文件。')).identity).toMatchObject({ district: { name: '思茅区' }, year: 2025, kind: 'other' });
    expect(run(lines('经县政府同意,现将《2025年县<政府工作报告>任务分解》印发给你们。', '沁县人民政府办公室')).identity).toMatchObject({ year: 2025, kind: 'other' });
    expect(run(lines('8月10日,遂溪县人大常委会副主任陈林英率调研组对2023年上半年国民经济和社会发展计划执行情况进行专题调研。')).identity).toMatchObject({ year: 2023, kind: 'other' });
  });

  test('a sentence that only names its year takes the voice of the sentence after the next when the next has none', () => {
    const { identity } = run(lines('3月16日,顺德区十七届人大六次会议开幕。顺德区区长吕园园向大会作政府工作报告。', '2026年是“十五五”规划开局之年。在全省“新春第一会”上,顺德作为县区代表发言。今年政府工作的主要目标是:地区生产总值增长4.5%左右。'));
    expect(identity).toMatchObject({ year: 2026, reviewPeriod: '2025' });
    expect(run(lines('3月11日,山阳县政协十届四次会议开幕。县政协主席王昕代表常委会作工作报告。', '王昕表示,2025年是“十四五”规划收官之年,县政协要紧扣奋斗目标。')).identity.year).toBe(2025);
  });

  test('a draft\'s dateline with its day left open (`2021年xx月xx日在…会议上`) outweighs the site\'s title year', () => {
    const { identity } = run(lines('2022年《政府工作报告》征求意见稿(2022年)', '政府工作报告 ( 2021 年 xx 月 xx 日在毕节市七星关区第二届人民代表大会第六次会议上)', '各位代表:'));
    expect(identity.year).toBe(2021);
  });

  test('places: `中国式现代化南澳实践`, `磴口新篇章`, `今日新野`, `秀山网讯`, `黟县篇章`, `渠县人大常委会:`; a name the text makes its own outranks one in a header sentence', () => {
    const district = (...texts: string[]) => run(lines(...texts)).identity.district.name;
    expect(district('2月25日下午,参加县十六届人大五次会议的人大代表们开展分组讨论,审议县政府工作报告,讨论2025年民生实事项目。', '代表们就绿美南澳生态建设出谋划策,奋力推进中国式现代化南澳实践。')).toBe('南澳县');
    expect(district('二、2025年主要工作', '做好今年政府工作意义重大。按照县委十六届七次全会作出的安排部署,政府工作的总体要求是:奋力谱写中国式现代化磴口新篇章。')).toBe('磴口县');
    expect(district('您当前所在位置: 首页 > 今日新野 > 今日新野', '8月15日,县人大常委会对我县2025年上半年国民经济和社会发展计划执行情况进行视察。')).toBe('新野县');
    expect(district('秀山网讯 7月15日上午,县人大常委会召开2020年1-6月国民经济和社会发展计划执行情况调研座谈会。全县经济平稳。')).toBe('秀山土家族苗族自治县');
    expect(district('12月28日,参加县政协十一届五次会议的政协委员分组讨论,明确提出了2026年工作任务,为奋力谱写中国式现代化黟县篇章贡献力量。')).toBe('黟县');
    expect(district('渠县人大常委会:', '现将渠县2024年财政总决算和2025年1-6月财政预算执行情况报告如下,请予审议。')).toBe('渠县');
    expect(district('1月17日,王良俊主持召开区政府党组2025年第1次会议,传达学习总书记对西藏日喀则市定日县6.8级地震作出的重要指示精神;审议思茅区2025年《政府工作报告(送审稿)》等文件。')).toBe('思茅区');
  });

  test('`和县人大常委会` after a conjunction is no 和县', () => {
    expect(() => run(lines('——2019年1月8日在区第十五届人民代表大会第三次会议上', '区人民政府和县人大常委会共同推进。'))).toThrow(/No district found/);
  });

  test('kinds: an agenda, an article explaining the report, a consultation on the draft, surveys of the plan, notices dividing its tasks: other; the plan part by its own words: the report', () => {
    expect(kind('(2015年12月27日县十六届人大四次会议主席团第一次会议通过)', '日期 议程', '1、听取湘阴县人民政府工作报告;', '2、听取湘阴县国民经济和社会发展第十三个五年规划编制情况汇报。')).toBe('other');
    expect(kind('引言', '2019年,应城市政府在年度工作报告中,全面回顾了过去一年的工作成果。本文将深度解读应城政府工作报告,透视城市发展脉络。')).toBe('other');
    expect(kind('《福鼎市政府工作报告》征求市人大代表意见', '来源:福鼎新闻网 发布时间: 2022-12-16 15:20', '12月7日,《福鼎市政府工作报告(征求意见稿)》征求市人大代表意见会召开。')).toBe('other');
    expect(kind('县人大常委会调研组调研2018年上半年国民经济和计划执行情况', '7月10日,新蔡县人大常委会对全县2018年上半年国民经济和计划执行情况进行调研。')).toBe('other');
    expect(kind('汝南县人大常委会对汝南县2024年上半年国民经济和社会发展计划执行情况开展调研')).toBe('other');
    expect(kind('石狮市人民政府办公室关于2025年市《政府工作报告》目标任务责任分解的通知')).toBe('other');
    expect(kind('金乡县人民政府', '2025年2月28日', '2025年金乡县政府重要工作事项责任分工', '根据县十八届人大四次会议通过的《政府工作报告》,现将2025年县政府重要工作事项责任分工如下:')).toBe('other');
    expect(kind('二、2024年工作安排', '各位代表,2024年是中华人民共和国成立75周年,是通道侗族自治县成立70周年。做好政府工作意义重大、责任重大,全县上下要持续加压奋进抓落实。')).toBe('government-work-report');
    expect(kind('2025年是“十四五”规划收官之年。按照县委十六届七次全会作出的安排部署,政府工作的总体要求是:以习近平新时代中国特色社会主义思想为指导,奋力谱写中国式现代化磴口新篇章。', '全县经济社会发展的主要预期目标是:地区生产总值增长7%以上。')).toBe('government-work-report');
  });
});

describe('session 10 rounds by district name (r2010–r2129)', () => {
  const kind = (...texts: string[]) => run(lines(...texts)).identity.kind;

  test('`即将过去的一年` under a review heading: a December session titled by the year it plans', () => {
    const { identity } = run(lines('2020年泰宁县政府工作报告', '——在泰宁县第十七届人民代表大会第四次会议上', '各位代表:', '一、2019年工作回顾', '即将过去的一年,县政府深入学习贯彻习近平新时代中国特色社会主义思想。'));
    expect(identity).toMatchObject({ year: 2019, reviewPeriod: '2019', planYear: 2020 });
  });

  test('years: 制定了2022年目标任务; `回顾2022` as a digest\'s heading; 政府召开2017年度第二次常务会议; 2021年《政府工作报告》解读新闻发布会; 十三届全国人大二次会议 alone', () => {
    expect(run(lines('云阳网讯 1月6日下午,出席县第十八届人民代表大会第一次会议的代表分团审议了《政府工作报告》。', '代表们一致认为,报告制定了2022年目标任务和工作重点。五年来,云阳综合实力全面增强。')).identity.year).toBe(2022);
    expect(run(lines('聚焦两会!速读六合区政府工作报告', '回顾2022', '净增规上工业企业40家。')).identity).toMatchObject({ year: 2023, reviewPeriod: '2022' });
    expect(run(lines('本报讯 3月28日下午,马村区政府召开2017年度第二次常务会议。会议听取《政府工作报告》任务分解情况。')).identity.year).toBe(2017);
    expect(run(lines('1月15日上午,临淄区政府新闻办公室召开2021年《政府工作报告》(以下简称《报告》)解读新闻发布会。')).identity).toMatchObject({ year: 2021, kind: 'other' });
    expect(run(lines('红网时刻湘西3月8日讯 3月5日上午,十三届全国人大二次会议在人民大会堂开幕,大会听取了国务院总理李克强作的政府工作报告。', '泸溪县广大干群对政府工作报告反响十分热烈。')).identity).toMatchObject({ year: 2019, kind: 'other' });
  });

  test('a title\'s year in brackets over a review heading of the same year is the year reviewed; spaced and slashed page dates', () => {
    const { identity } = runText(['政府工作报告(2018年)', '发布日期: 2019- 03- 08 08: 58 浏览次数: 来源:东阳市人民政府', '东阳市人民政府市长 姚激扬', '各位代表:', '一、2018年工作简要回顾'].join('\n'));
    expect(identity).toMatchObject({ year: 2019, reviewPeriod: '2018' });
    expect(runText(['市十六届人大一次会议隆重开幕', '2012/03/29 | 864', '3月28日上午,邳州市第十六届人民代表大会第一次会议在新区会议中心隆重开幕。市长王强代表邳州市人民政府向大会作政府工作报告。'].join('\n')).identity.year).toBe(2012);
  });

  test('news published in the month of the session it tells of dates it, over a plan period the review completes', () => {
    const { identity } = runText(['【聚焦两会】岳池县第十八届人民代表大会第一次会议开幕', '来源:中国网 时间:2021-11-28 12:38:14 编辑:陈蓉 点击:', '11月27日上午,岳池县第十八届人民代表大会第一次会议开幕。陈松柏代表县人民政府向大会作报告。报告分为过去五年工作回顾、未来五年工作安排、加强政府自身建设等内容。', '报告指出,2016年以来,县第十七届人民政府较好完成“十三五”规划主要目标。'].join('\n'));
    expect(identity.year).toBe(2021);
  });

  test('a term closing one plan and opening the next (`“十三五”圆满收官、“十四五”良好开局`) reviews to the next plan\'s first year', () => {
    expect(run(lines('嵊泗县人民政府年度工作总结(2017年—2021年)', '一、本届政府工作回顾', '五年来,我们实现“十三五”圆满收官、“十四五”良好开局,较好完成了本届政府确定的主要目标。')).identity).toMatchObject({ year: 2022, kind: 'other' });
  });

  test('a title that names the place between its year and 工作报告 (`2024夷陵区工作报告`)', () => {
    expect(run(lines('2024夷陵区工作报告', '2024年,夷陵区在市委、市政府的坚强领导下,较好地完成了全年目标任务。')).identity).toMatchObject({ district: { name: '夷陵区' }, year: 2024 });
  });

  test('a rank in the city above (`居全市第一`) does not make the report a city\'s: 城固 stays a county', () => {
    const { identity } = run(lines('现在,我代表县人民政府向大会报告工作,请予审议。', '一、 2022 年工作回顾', '2022 年,是党和国家历史上极为重要的一年,也是城固发展进程中极不平凡的一年。资金总量居全市前列,年度考核居全市第一,总量居全市第一。'));
    expect(identity).toMatchObject({ district: { name: '城固县' }, year: 2023 });
  });

  test('kinds: the head consulting the CPPCC on the draft, a newspaper\'s 为你来解读, the CPPCC\'s session after a news lead, a plenary\'s communiqué', () => {
    expect(kind('陈创业赴冷水江市政协征求《政府工作报告》意见', '发布时间:2022-12-15 09:00', '12月15日讯 14日,冷水江市市长陈创业率队赴市政协机关,就《政府工作报告》征求意见建议。2022年各项成绩取得来之不易。')).toBe('other');
    expect(kind('发布时间:2025-12-25 09:00', '12月24日,县十八届人大五次会议开幕。备受关注的政府工作报告都有什么内容?2025年我县取得了哪些成绩?今报为你来解读……仙游县')).toBe('other');
    expect(kind('本报讯(刘永红 周亮)中国人民政治协商会议第九届蓬安县委员会第五次会议于5月12日至14日在该县相如饭店召开。', '与会委员讨论了县政府工作报告、《关于蓬安县2014年国民经济和社会发展计划执行情况及2015年国民经济和社会发展计划(草案)的报告》。')).toBe('other');
    expect(kind('中国共产党马尔康市第三届委员会', '第十次全体会议公报', '(2025年12月31日中国共产党马尔康市', '第三届委员会第十次全体会议通过)')).toBe('party-plenary-report');
  });
});

describe('session 10: the last rounds merged (r2130–r2213)', () => {
  test('a CPPCC session\'s December date makes its plan year the next (`12月28日…政协…会议`, `提出了2026年工作任务`)', () => {
    expect(run(lines('县政协十一届五次会议举行分组讨论', '12月28日,参加县政协十一届五次会议的政协委员分组讨论了县政协常委会工作报告,明确提出了2026年工作任务,为奋力谱写中国式现代化黟县篇章贡献力量。')).identity).toMatchObject({ year: 2025, kind: 'other' });
  });

  test('the party\'s standing committee passing the drafts is other; `开创2013年各项工作新局面` plans the year', () => {
    expect(run(lines('2月20日,秦安县委书记王东红主持召开县委常委会议。', '会议研究了召开县十七届人大二次会议有关事宜;讨论通过了县人大常委会工作报告、秦安县人民政府工作报告。', '会议要求,开创2013年各项工作新局面。')).identity).toMatchObject({ year: 2013, kind: 'other' });
  });

  test('the plan part named by a verb before its year (`二、奋进2023年:矢志赶超、开创新局`)', () => {
    expect(run(lines('各位代表!过去一年,成绩来之不易。在此,我谨代表区人民政府,向全区人民表示衷心的感谢!南浔区', '二、奋进2023年:矢志赶超、开创新局')).identity).toMatchObject({ year: 2023, planYear: 2023 });
  });

  test('a presidium called to its meeting (`召开主席团第二次会议`) hearing the execution and the next year\'s draft: other, of the draft\'s year', () => {
    expect(run(lines('2月13日,县十七届人大二次会议召开主席团第二次会议。', '会议听取并表决了县人大财经委关于吉安县2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的审查报告。')).identity).toMatchObject({ district: { name: '吉安县' }, year: 2022, kind: 'other' });
  });
});

describe('session 10: the term beside the year', () => {
  test('`报告全面回顾了过去五年和2025年工作` and `刚刚过去的2025年` beside the term: a yearly report looking back on the term too', () => {
    const { identity } = run(lines('1月14日,宜兴市第十八届人民代表大会第六次会议开幕。市长代表市人民政府作政府工作报告。', '报告全面回顾了过去五年和2025年工作:过去五年,全市上下团结奋进,顺利完成“十四五”规划目标任务。'));
    expect(identity).toMatchObject({ coverage: 'year', reviewPeriod: '2025', year: 2026 });
  });

  test('`全面回顾了过去五年的主要工作` in news of a first session: the term reviewed', () => {
    const { identity } = run(lines('云阳网讯 1月6日下午,出席县第十八届人民代表大会第一次会议的代表分团审议了《政府工作报告》。', '代表们一致认为,《政府工作报告》全面回顾了过去五年的主要工作,制定了2022年目标任务和工作重点。五年来,云阳综合实力全面增强。'));
    expect(identity).toMatchObject({ coverage: 'five-year', year: 2022 });
  });
});

describe('session 11: the term a review covers', () => {
  test('a first session\'s dateline wrapped over two lines still reviews the year it is held in (October)', () => {
    const { identity } = run(lines('政府工作报告', '2016年10月24日在广州市白云区第十六届人民代表', '大会第一次会议上', '区长  苏小澎', '各位代表:', '一、过去五年工作回顾', '五年来,本届政府主动适应发展新常态。预计2016年实现地区生产总值1670亿元,比2011年增长55.3%。'));
    expect(identity).toMatchObject({ year: 2016, coverage: 'five-year', reviewPeriod: '2012-2016', planYear: 2017 });
  });

  test('the review\'s opening names the term\'s first year (`2016年以来`, `2011 年换届以来`)', () => {
    const since = run(lines('——2021年11月18日在临夏县第十八届人民代表大会第一次会议上', '各位代表:', '一、十七届人民政府工作回顾', '2016年以来,面对艰巨繁重的脱贫攻坚和改革发展任务,我们坚持稳中求进。'));
    expect(since.identity).toMatchObject({ year: 2021, coverage: 'five-year', reviewPeriod: '2016-2021' });
    const election = run(lines('——2016 年 9 月 26 日在海口市琼山区第十五届人民代表大会第一次会议上', '各位代表:', '过去五年工作回顾', '2011 年换届以来,在市委、市政府和区委的正确领导下,区政府团结和依靠全区人民。'));
    expect(election.identity).toMatchObject({ coverage: 'five-year', reviewPeriod: '2011-2016' });
  });

  test('a term counted as four years keeps its count over a growth\'s base year (`过去四年,…2017年以来,预计…年均增长`)', () => {
    const { identity } = run(lines('2022年1月6日在呼和浩特市回民区第十一届人民代表大会第一次会议上', '各位代表:', '本届政府工作回顾', '过去四年,我们始终坚持稳中求进,经济社会各项事业迈上了新台阶。2017年以来,预计地区生产总值年均增长5%。'));
    expect(identity).toMatchObject({ coverage: 'five-year', reviewPeriod: '2018-2021' });
  });
});

describe('session 11: a plan period\'s results as the review', () => {
  test('`一、十二五经济社会发展主要成绩` reviews the plan period, as `回顾` does', () => {
    const { identity } = run(lines('2016年1月11日在青云谱区第十五届人民代表大会第六次会议上', '各位代表:', '一、十二五经济社会发展主要成绩', '十二五时期,在市委、市政府和区委的坚强领导下,全区上下深入践行党的群众路线。'));
    expect(identity).toMatchObject({ year: 2016, coverage: 'five-year', reviewPeriod: '2011-2015' });
  });
});

describe('session 11: round bi (r2340–r2364), as it arrived', () => {
  test('`会议指出,2018年,安新县…实现了新突破、取得了新成绩` reviews the year though its verb stands far on', () => {
    const { identity } = runText('中国雄安官网1月17日电 1月16日,政协安新县第九届委员会第三次会议在白洋淀文化广场礼堂开幕。\n会议指出,2018年,安新县发扬“铁军”精神,经受住了严峻的考验,在推进污染治理、科学管控、项目用地、移风易俗、产业转型转移等各项工作中实现了新突破、取得了新成绩。');
    expect(identity).toMatchObject({ district: { name: '安新县' }, year: 2019, kind: 'other' });
  });

  test('`预计2021年实现地区生产总值` in a term review, no comma after 预计: the estimates of the year just ended', () => {
    const { identity } = run(lines('政府工作报告', '在简阳市第十八届人民代表大会第一次会议上', '各位代表:', '过去五年工作回顾', '过去五年,是简阳全面融入成都的第一个五年。', '(一)综合竞争力全面提高。经济总量迈上新台阶,预计2021年实现地区生产总值480亿元、年均增速7.9%。'));
    expect(identity).toMatchObject({ year: 2022, coverage: 'five-year' });
  });

  test('`“2017年全年实现地区生产总值128.3亿元`, quoted from the report in news of the session: the year reviewed', () => {
    const { identity } = run(lines('——市十六届人大二次会议开幕式侧记', '3月13日下午,龙泉市第十六届人民代表大会第二次会议开幕。市长吴松平代表市政府向大会作政府工作报告。', '“2017年全年实现地区生产总值128.3亿元,增长7.1%;一般公共预算收入8.5亿元,增长11.7%。”'));
    expect(identity).toMatchObject({ year: 2018, kind: 'government-work-report' });
    // A year's target is no year reviewed.
    expect(() => run(lines('龙泉市人民政府', '2018年全年实现地区生产总值增长8%的目标。'))).toThrow(/Cannot determine the year/);
  });

  test('a quoted term that begins with a short name is no mention of it (`“双清零”`); `数字宣化2020` is', () => {
    const text = '数字宣化2020\n2020年是我区发展进程中极不平凡的一年。这一年,全区建档立卡贫困人口全部脱贫。\n在较短时间内扭转工作被动,实现确诊、疑似病例“双清零”。';
    expect(runText(text).identity).toMatchObject({ district: { name: '宣化区' }, city: { name: '张家口市' } });
    expect(() => runText('2020年是我区发展进程中极不平凡的一年。\n实现确诊、疑似病例“双清零”。全区建档立卡贫困人口全部脱贫。')).toThrow(/No district found/);
  });
});

describe('session 11: round bf (r2220–r2254), as it arrived', () => {
  test('a party plenary\'s news lead with 市委 and 全会 (`高州市委十四届七次全会暨市委经济工作会议召开`), in a converter\'s variant characters (`廻顧`, `曏全會`)', () => {
    const text = '【關注2024高州,奮進新時代】\n1月25日上午,高州市委十四屆七次全會暨市委經濟工作會議召開。高州提出,以“百千萬工程”爲縂抓手。\n“2023年是全麪貫徹黨的二十大精神的開侷之年,也是高州改革發展歷程上具有裡程碑意義的一年。”會上,高州市委書記王土瑞代表高州市委常委會曏全會作報告。\n首先廻顧了2023年高州的那些不凡與突破。';
    expect(runText(text).identity).toMatchObject({ district: { name: '高州市' }, year: 2024, kind: 'party-plenary-report' });
  });

  test('a plenary that `提出2022年主要目标任务` (no 了) plans that year', () => {
    const { identity } = run(lines('1月26日,中共坡头区委十届二次全会召开。会议号召,奋力推动坡头各项事业迈向全市第一方阵。', '会议提出2022年主要目标任务:生产总值增长6.5%,固定资产投资增长20%。'));
    expect(identity).toMatchObject({ district: { name: '坡头区' }, year: 2022, kind: 'party-plenary-report' });
  });

  test('a government\'s working meeting on 1月4日 that `谋划好2015年度工作规划`: other, of that year', () => {
    const { identity } = run(lines('临湘政府网1月5日报道 1月4日,临湘市市长龚卫国主持召开市政府工作会议,就当前市政府相关工作进行研究及部署。', '龚卫国要求,全市各级要在努力圆满完成2014年度各项工作任务的同时,着力谋划好2015年度工作规划。'));
    expect(identity).toMatchObject({ district: { name: '临湘市' }, year: 2015, kind: 'other' });
  });

  test('an aggregator\'s stamp with the year last (`04.03.2015  12:10`) under a title read as a part', () => {
    const { identity } = runText('乌兰浩特市四举助推“三个走在前列”目标\n\n04.03.2015  12:10\n\n乌兰浩特市按照要求,奋力推进各项工作。乌市大力发展设施农业,阿木古郎河治理工程全部完工。');
    expect(identity).toMatchObject({ district: { name: '乌兰浩特市' }, year: 2015 });
  });

  test('parts named in news (`报告共分三个部分:一、本届政府和2021年主要工作;二、未来五年和2022年工作安排`): the first is the work done', () => {
    const { identity } = run(lines('金寨县十八届人大一次会议隆重开幕', '1月6日上午,县十八届人大一次会议在县影剧院开幕。县长张涧代表县十七届人民政府向大会作《政府工作报告》。报告共分三个部分:一、本届政府和2021年主要工作;二、未来五年和2022年工作安排;三、切实加强政府自身建设。'));
    expect(identity).toMatchObject({ district: { name: '金寨县' }, year: 2022, kind: 'government-work-report' });
  });
});

describe('session 11: round bg (r2260–r2294), as it arrived', () => {
  test('`<<政府工作报告>>中提出2008年要…`: a forum\'s brackets around the title', () => {
    const { identity } = run(lines('3月20日,古交市长李文清在古交人大会二次会议所做的<<政府工作报告>>中提出2008年要为古交做十件大事:', '1:马兰滩的安置房建设. 2:古交集中供热提高市民供暖质量.'));
    expect(identity).toMatchObject({ district: { name: '古交市' }, year: 2008 });
  });

  test('`对2026年工作与未来五年规划的安排部署` in a consultation on the draft: the year planned', () => {
    const { identity } = run(lines('泸水市人民政府就政府工作报告征求市人大常委会意见', '2月12日,泸水市委副书记、市人民政府代理市长杨仕林率市政府领导班子到市人大常委会座谈,就《政府工作报告(征求意见稿)》听取意见建议。', '座谈会上,大家一致认为,《报告》对2026年工作与未来五年规划的安排部署思路清晰、重点突出。'));
    expect(identity).toMatchObject({ district: { name: '泸水市' }, year: 2026, kind: 'other' });
  });

  test('a delegation deliberating the report: `。2024年,武宣县…分别增长` mid-line is the year reviewed', () => {
    const { identity } = run(lines('1月21日,来宾市第五届人民代表大会第七次会议开幕,武宣县人大代表团积极履行神圣职责,认真审议政府工作报告。', '代表们一致认为,政府工作报告求真务实。2024年,武宣县一、二、三产业增加值分别增长5.2%、4.7%、4.8%。'));
    expect(identity).toMatchObject({ district: { name: '武宣县' }, year: 2025 });
  });

  test('`围绕永安市“十二五”期间及2011年的经济社会发展目标任务`: the plan period and its first year', () => {
    const { identity } = run(lines('在各分组讨论地点,代表们畅所欲言。大家一致认为:《政府工作报告》实事求是地总结了“十一五”所取得的成绩。', '围绕永安市“十二五”期间及2011年的经济社会发展目标任务,代表们还提出了众多建设性意见和建议。'));
    expect(identity).toMatchObject({ district: { name: '永安市' }, year: 2011, kind: 'government-work-report' });
  });

  test('explainers titled `政府工作报告解读丨…` and `…《政府工作报告》解读之一` are other', () => {
    expect(run(lines('政府工作报告解读丨“数说惠山”:2018年,惠山收获了这么多', '发布时间:2019-02-13 21:26 文字大小:', '1月8日,惠山区第四届人民代表大会第三次会议开幕。吴建元区长代表区人民政府向大会作政府工作报告。')).identity).toMatchObject({ kind: 'other' });
    expect(run(lines('县长杭莺在县十七届人大六次会议上所作《政府工作报告》解读之一', '来源:崇阳新闻网 日期:2016/1/22 15:34:19', '一、2015年工作总结', '2015年,在市委、市政府和县委的坚强领导下,县人民政府圆满完成了全年工作目标任务。')).identity).toMatchObject({ district: { name: '崇阳县' }, year: 2016, kind: 'other' });
  });

  test('a plenary `暨县委经济工作会议于2026年1月6日召开` is the plenary\'s', () => {
    const { identity } = run(lines('中国共产党太康县第十三届委员会第十次全体会议暨县委经济工作会议于2026年1月6日召开。会议总结2025年经济工作,部署2026年经济工作。', '2025年,面对复杂严峻的发展形势,太康县委团结带领全县上下,顺利完成年度目标任务。'));
    expect(identity).toMatchObject({ district: { name: '太康县' }, year: 2026, kind: 'party-plenary-report' });
  });

  test('photo captions of the leaders (`▲中共攸县县委书记 李鹏程`) name no speaker', () => {
    const { identity } = run(lines('▲中共攸县县委书记 李鹏程', '▲中共攸县县委副书记 攸县人民政府县长 武挪强', '一、2023年工作回顾', '(一)承压而上,经济发展回升向好。全年地区生产总值增长1.2%;新增“四上”企业80家,完成率全市第一。攸县香干进入北大餐桌。'));
    expect(identity.kind).not.toBe('party-committee-report');
  });
});

describe('session 11: round bh (r2300–r2336), as it arrived', () => {
  test('a site\'s menu of short items before the lead (`12月27日上午,…会议…开幕`) does not hide the session\'s December', () => {
    const menu = ['学会', '学会简介', '领导人员', '常务理事', '理事', '组织架构', '秘书处', '专家委员会', '市州联络处', '文化艺术院', '企业工委', '乡村工委', '城镇工委', '绿色工委', '通知公告', '理事活动集', '金堂县委书记钟静远出席金堂县十九届人大二次会议'];
    const { identity } = run(lines(...menu, '时间:2023-01-03 11:50:02  来源:金堂县人民政府网站', '12月27日上午,金堂县第十九届人民代表大会第二次会议在县委大会议室开幕。', '县人民政府县长古建桥代表县人民政府向大会作政府工作报告。政府工作报告分为三个部分:一、2022年主要工作回顾;二、2023年主要工作安排;三、努力建设人民满意的政府。'));
    expect(identity).toMatchObject({ district: { name: '金堂县' }, year: 2022, planYear: 2023 });
  });

  test('a county whose stem is a rare character opens a clause (`隰县经济社会发展势头强劲`); `示范县` and `郊区` stay words', () => {
    const { identity } = runText('隰县经济社会发展势头强劲\n\n2014-03-03 08:51:53 来源:临汾新闻网\n\n临汾新闻网讯 2013年,隰县紧紧围绕发展战略,经济社会发展势头强劲,各项工作取得新的成绩。');
    expect(identity).toMatchObject({ district: { name: '隰县' }, city: { name: '临汾市' } });
    expect(() => run(lines('2013年,全力创建国家级示范县,郊区生态修复取得了新成效。'))).toThrow(/No district found/);
  });

  test('a district in a site\'s footer address (`济南市历下区龙鼎大道1号龙奥大厦`) is not the report\'s', () => {
    const { identity } = run(lines('【济阳政协】区政府领导向区政协征求《政府工作报告》意见建议', '信息来源:济南政协 发布日期:2022-02-14 09:15', '2月13日,区政府就《政府工作报告(征求意见稿)》向区政协征求意见建议。', '区政协将发挥政协优势,为推动济阳高质量发展贡献智慧和力量。', '中国人民政治协商会议山东省济南市委员会办公厅 © 2017 版权所有', '济南市历下区龙鼎大道1号龙奥大厦15'));
    expect(identity).toMatchObject({ district: { name: '济阳区' }, kind: 'other' });
  });

  test('news of the session naming the head\'s report as `代区长辛俊所作报告` is the report\'s', () => {
    const { identity } = run(lines('——广元市昭化区第八届人民代表大会第五次会议开幕侧记', '14日上午,广元市昭化区第八届人民代表大会第五次会议顺利开幕。', '会场里暖意融融,亦如昭化区人民政府代区长辛俊所作报告里的“春和景明”。', '2024年,是实施“十四五”规划的关键一年,是昭化发展历程中砥砺奋进的一年。'));
    expect(identity).toMatchObject({ district: { name: '昭化区' }, year: 2025, kind: 'government-work-report' });
  });

  test('an e-paper\'s date field in brackets (`日期:[2018年08月16日] -- 牡丹晚报`)', () => {
    const { identity } = runText('第A5版:魅力单县\n\n日期:[2018年08月16日] -- 牡丹晚报 -- 版次:[A5]\n\n单县人民政府召开全体(扩大)会议\n本报讯 8月14日下午,单县人民政府召开全体(扩大)会议,县委副书记、县长张庆国主持会议。会议回顾总结上半年的工作。');
    expect(identity).toMatchObject({ district: { name: '单县' }, year: 2018 });
  });

  test('an explainer titled `——2023年郸城县政府工作报告解读` and a head\'s new-year greeting are other', () => {
    expect(run(lines('奋力谱写中国式现代化郸城新篇章', '——2023年郸城县政府工作报告解读', '2月8日,郸城县第十五届人民代表大会第三次会议举行。县长董鸿作政府工作报告。')).identity).toMatchObject({ year: 2023, kind: 'other' });
    expect(run(lines('鱼台县县长 宫振华', '值此龙年新春来临之际,谨向一直关心支持鱼台经济社会发展的各级领导、各界朋友及全县人民致以最美好的祝愿!', '2011年,鱼台县经济社会保持又好又快的发展势头,实现了“十二五”良好开局。')).identity).toMatchObject({ year: 2012, kind: 'other' });
  });
});

describe('session 11: rounds bj–bm (r2380–r2521), as they arrived', () => {
  test('a date a sentence tells of (`康甸糖厂2022年12月17日准时复榨生产`) is no session\'s month', () => {
    const { identity } = runText(['第十三届县人民政府召开第二次全体会议', '来源:永德县融媒体中心 作者: 时间:2023年03月04日 10:18 点击率:打印 】【 关闭', '3月3日,第十三届县人民政府召开第二次全体会议,对2023年政府各项重点工作任务再动员、再部署。县人民政府县长、常务副县长、副县长,县人大常委会、县政协相关领导出席会议。', '彭春蕊指出:2022年政府系统坚持以习近平新时代中国特色社会主义思想为指导,上下同心、团结协作,取得了很多令人振奋的成绩。蔗糖产业实现恢复性发展,停产6年的康甸糖厂2022年12月17日准时复榨生产。'].join('\n'));
    expect(identity).toMatchObject({ district: { name: '永德县' }, year: 2023, kind: 'other' });
  });

  test('a founding told of in history (`1992年8月8日,…开发区在改革春潮中诞生`) dates no text', () => {
    expect(() => run(lines('8月8日,国家级盐城经济技术开发区迎来三十周岁生日。', '1992年8月8日,盐城经济技术开发区在改革春潮中诞生。经过三十年的艰苦创业,开发区从昔日一片郊野农田发展成为全市对外开放主窗口。'))).toThrow(/Cannot determine the year/);
  });

  test('a page\'s stamp of month and day (`12-24 10:34`) puts a session that reviews 2017 in December 2017', () => {
    const { identity } = run(lines('勠力同心谋发展 砥砺前行续新篇 ——热烈祝贺县十八届人大二次会议隆重开幕', '12-24 10:34', '宣恩县第十八届人民代表大会第二次会议今天隆重开幕。', '2017年,在州委、州政府和县委的正确领导下,全县上下真抓实干,较好完成了县十八届人大一次会议确定的各项目标任务。'));
    expect(identity).toMatchObject({ district: { name: '宣恩县' }, year: 2017, planYear: 2018 });
  });

  test('a year\'s totals (`1995年全县国内生产总值16.11亿元,比上年增长3.38%`) are the year reviewed', () => {
    const { identity } = run(lines('抢抓机遇加快发展', '东平县辖9镇、8乡、682个行政村,总面积1269平方公里。1995年全县国内生产总值16.11亿元,比上年增长3.38%。'));
    expect(identity).toMatchObject({ district: { name: '东平县' }, year: 1996 });
  });

  test('a notice `关于分解落实2021年《政府工作报告》及民生实事的通知` and a bulletin on the tasks\' progress are other', () => {
    expect(run(lines('石首市人民政府办公室关于分解落实2021年《政府工作报告》及 民生实事的通知', '信息来源:石首市人民政府网 | 发布时间:2021-01-22', '2021年《政府工作报告》及民生实事已经市九届人大五次会议审议通过,现将报告确定的2021年主要目标任务分解交办给你们。')).identity).toMatchObject({ year: 2021, kind: 'other' });
    expect(run(lines('淄川区人民政府关于《政府工作报告》重点工作任务三季度进展情况的督查通报', '发布日期:2025-10-29', '各部门单位围绕2025年《政府工作报告》,坚持稳中求进工作总基调。')).identity).toMatchObject({ year: 2025, kind: 'other' });
  });

  test('a site\'s clock (`天津市河北区人民政府` / `2019年12月3日星期二`) dates neither the report nor its month', () => {
    const { identity } = run(lines('天津市河北区人民政府', '2019年12月3日星期二', '各位代表:', '受区人民政府委托,现向大会报告河北区2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案,请予审议。'));
    expect(identity).toMatchObject({ district: { name: '河北区' }, year: 2026, kind: 'plan-execution-report' });
  });

  test('news at a year\'s start looking back (`过去的一年,…`, `2019年,兖州区…取得新成绩`) and on (`今年,兖州区将…`)', () => {
    const { identity } = run(lines('苦干实干 跨越图强 兖州区争当县域经济排头兵', '济宁新闻网讯 过去的一年,兖州区坚持稳中求进工作总基调,经济社会发展取得新成绩。', '2019年,兖州区突出“两条工作线”,打好“三大攻坚战”,经济社会发展取得新成绩。', '今年,兖州区将坚定不移抓企业扩集群、抓投资上项目。'));
    expect(identity).toMatchObject({ district: { name: '兖州区' }, year: 2020 });
  });

  test('a report\'s review telling of the city\'s plenary (`在焦作市政府第一次全体会议…上作典型经验介绍`) is still the report', () => {
    const review = '2022年,是新一届政府担负使命的第一年。一年来,我们较好完成了各项任务,在焦作市政府第一次全体会议暨重点工作讲评推进会上作典型经验介绍。';
    const { identity } = run(lines('2023年政府工作报告', '——在孟州市第六届人民代表大会第三次会议上', '孟州市人民政府市长  李明霖', '各位代表:', '现在,我代表市人民政府,向大会报告工作,请予审议。', '2022年工作回顾', review));
    expect(identity).toMatchObject({ district: { name: '孟州市' }, year: 2023, kind: 'government-work-report' });
  });

  test('`在政府工作报告中,提出了2020年,要…`; `2025年,在县委的坚强领导下` opens a review; `2024年,台山…交出了…成绩单`', () => {
    expect(run(lines('今天上午,参加孟州市五届人大五次会议的全体代表分团审议了政府工作报告。', '在政府工作报告中,提出了2020年,要优先发展教体事业。')).identity).toMatchObject({ year: 2020 });
    expect(run(lines('1月23日,特克斯县第十八届人民代表大会第六次会议举行第二次全体会议,听取特克斯县人大常委会工作报告。', '特克斯县人大常委会主任向大会报告工作。2025年,在县委的坚强领导下,县人大常委会始终坚持正确政治方向。')).identity).toMatchObject({ year: 2026 });
    expect(run(lines('2月10日,中共台山市委十四届九次全体会议暨全市高质量发展大会胜利召开。', '2024年,台山广大干部群众克难奋进,勇毅前行,交出了一份来之不易的成绩单。')).identity).toMatchObject({ district: { name: '台山市' }, year: 2025 });
  });

  test('a short name before `两会` stands as a name (`2016年蓝山两会专题`)', () => {
    const { identity } = run(lines('您现在所在的位置 : 首页 > 专题专栏 > 2016年蓝山两会专题 > 两会要闻', '2016-11-28 00:00', '11月27日下午,县委书记秦志军来到第四代表团讨论点,与代表们一道讨论政府工作报告,共商我县改革发展大计。'));
    expect(identity).toMatchObject({ district: { name: '蓝山县' }, year: 2016 });
  });
});

describe('session 11: the corpus merged (r2220–r2521)', () => {
  test('`以优异成绩迎接党的二十大胜利召开` puts the text in the congress\'s year (read in December, the year before)', () => {
    expect(run(lines('1月5日上午,中国人民政治协商会议第十一届临泉县委员会第一次会议在县会议中心隆重开幕。', '于群强调,要以优异成绩迎接党的二十大胜利召开。')).identity).toMatchObject({ district: { name: '临泉县' }, year: 2022 });
  });

  test('`迈入2011年`, `2022年的扬中,正处在…`, `2016年度工作会议`: the year the text is written in', () => {
    expect(run(lines('充满激情的“十一五”过去了,定安县以顽强的奋斗拼搏取得了优异的成绩,以豪情万丈的姿态迈入2011年!')).identity).toMatchObject({ district: { name: '定安县' }, year: 2011 });
    expect(run(lines('这是2月25日,五台山风景名胜区2016年度工作会议提出的五台山未来发展的战略构想。')).identity).toMatchObject({ year: 2016 });
    expect(run(lines('翻看今年扬中市政府工作报告,处处绘就着扬中人民生活的崭新画卷。', '2022年的扬中,正处在爬坡过坎的关键期。')).identity).toMatchObject({ year: 2022 });
  });

  test('`2024年禅城工作成绩如何?2025年要如何干?` and `展望2020` plan their year', () => {
    expect(run(lines('1月23日,佛山市禅城区第五届人民代表大会第六次会议召开,区长盘石向大会作政府工作报告。2025年要如何干?')).identity).toMatchObject({ year: 2025 });
    expect(run(lines('今天上午,参加孟州市五届人大五次会议的全体代表分团审议了政府工作报告。', '吕市长的政府工作报告,非常振奋人心。展望2020更是鼓舞人心。')).identity).toMatchObject({ year: 2020 });
  });

  test('a short name before `实际` stands as a name (`更好地反映睢宁实际`)', () => {
    expect(run(lines('12月27日上午,我县召开2022年《政府工作报告》征求意见座谈会。', '会议强调,要进一步完善《政府工作报告》,更好地反映睢宁实际。')).identity).toMatchObject({ district: { name: '睢宁县' } });
  });

  test('news quoting `在坡头区政府工作报告中` takes the place\'s year done (`2020年,坡头区…实现334.0亿元`)', () => {
    const { identity } = run(lines('坡头区去年经济逆势飘红', '4月25日至27日,坡头区召开第九届人民代表大会第七次会议,代表们在坡头区政府工作报告中,欣喜地了解到坡头区经济社会发展依然取得不斐成绩。', '2020年,坡头区经济经受住了“压力测试”,指标逆势上扬,区生产总值实现334.0亿元,增长7.5%。'));
    expect(identity).toMatchObject({ district: { name: '坡头区' }, year: 2021 });
  });

  test('the standing committee\'s head `向大会报告工作` is no government\'s report', () => {
    const { identity } = run(lines('1月23日,特克斯县第十八届人民代表大会第六次会议举行第二次全体会议,听取特克斯县人大常委会工作报告。', '特克斯县人大常委会主任加尔肯·库达别尔肯向大会报告工作。2025年,在县委的坚强领导下,县人大常委会始终坚持正确政治方向。'));
    expect(identity).toMatchObject({ year: 2026, kind: 'other' });
  });

  test('a site\'s menu of words without sentences (`|`) does not use up the opening', () => {
    const menu = Array.from({ length: 40 }, (_, index) => (index % 3 === 0 ? '扬中要闻 |' : '|'));
    expect(run(lines(...menu, '翻看今年扬中市政府工作报告,处处绘就着扬中人民生活的崭新画卷,让人倍感自豪。', '2022年的扬中,正处在爬坡过坎的关键期。')).identity).toMatchObject({ year: 2022 });
  });

  test('`解放思想` names no 解放区', () => {
    expect(() => run(lines('回首2022年,经开区在市委、市政府的坚强领导下,全区实现生产总值223.2亿元。', '干部的精神风貌焕然一新,解放思想、奋发进取。'))).toThrow(/No district found/);
  });
});

describe('session 11: the corpus in other shapes', () => {
  test('a founding on a short line a copy broke (`【概况】…开发区于1985年3月20日动工兴建,规划面积36平方公里。20`) dates nothing', () => {
    const { identity } = run(lines('烟台经济技术开发区', '【概况】烟台经济技术开发区于1985年3月20日动工兴建,规划面积36平方公里。20', '02年9月19日,烟台市政府对开发区进行区划调整。截至2002年底,累计完成固定资产投资232亿元。', '2002年,是开发区发展史上最辉煌的一年,全区实现了地区生产总值的新突破。'));
    expect(identity.year).not.toBe(1985);
  });

  test('a stamp of month and day run on to the title\'s broken end (`隆重开幕12-24 10:34`)', () => {
    const { identity } = run(lines('勠力同心谋发展 砥砺前行续新篇 ——热烈祝贺县十八届人大二次会议隆重开', '幕12-24 10:34', '宣恩县第十八届人民代表大会第二次会议今天隆重开幕。', '2017年,在州委、州政府和县委的正确领导下,全县上下真抓实干,较好完成了县十八届人大一次会议确定的各项目标任务。'));
    expect(identity).toMatchObject({ year: 2017 });
  });

  test('an explainer\'s title broken by a PDF (`…所作《政府工作报告》解` / `读之一`) is other', () => {
    const { identity } = run(lines('县长杭莺在县十七届人大六次会议上所作《政府工作报告》解', '读之一', '来源:崇阳新闻网 日期:2016/1/22 15:34:19', '一、2015年工作总结', '2015年,在市委、市政府和县委的坚强领导下,县人民政府圆满完成了全年工作目标任务。'));
    expect(identity).toMatchObject({ district: { name: '崇阳县' }, kind: 'other' });
  });
});

describe('session 12: the term a review covers, told of in news', () => {
  test('deputies attending a first session (`出席…十七届人大一次会议的区人大代表`) hear the outgoing government\'s term reviewed', () => {
    const text = '人大代表分组审议建阳区《政府工作报告》\n2021-12-23 09:24:17 来源:建阳区融媒体中心\n12月22日下午,出席建阳区十七届人大一次会议的区人大代表们分组审议了《政府工作报告》。\n代表们认为,报告全面具体,实事求是地回顾了我区五年来及2021年经济和社会发展情况。';
    expect(runText(text).identity).toMatchObject({ year: 2021, coverage: 'five-year', reviewPeriod: '2017-2021' });
    // A later session's deputies hear a year reviewed.
    expect(runText(text.replaceAll('十七届人大一次会议', '十七届人大二次会议')).identity).toMatchObject({ coverage: 'year' });
  });

  test('`对2021年及十七届县人民政府工作作了全面回顾`: the outgoing government\'s term, named beside its last year', () => {
    const text = '牟定县人民政府\n日期:2022年01月24日 来源:牟定县融媒体中心\n1月20日,牟定县人民政府县长李永军在作《政府工作报告》时,对2021年及十七届县人民政府工作作了全面回顾,对2022年的主要工作作了安排部署。';
    expect(runText(text).identity).toMatchObject({ year: 2022, coverage: 'five-year', reviewPeriod: '2017-2021' });
    expect(runText(text.replace('及十七届县人民政府工作', '工作')).identity).toMatchObject({ coverage: 'year', reviewPeriod: '2021' });
  });

  test('a review opening on the plan period (`“十三五”时期是江北发展极不平凡的五年`) is of those five years', () => {
    const text = '2021年重庆市江北区政府工作报告\n——2021年3月30日在重庆市江北区第十八届人民代表大会第五次会议上\n各位代表:\n时序更替,岁物丰成。“十三五”时期是江北发展极不平凡的五年。全辖税收连续五年全市第一。';
    expect(runText(text).identity).toMatchObject({ year: 2021, coverage: 'five-year', reviewPeriod: '2016-2020' });
    // With the year beside it, the plan period is told of in passing.
    expect(runText(text.replace('极不平凡的五年。', '极不平凡的五年。过去一年,我们坚持稳中求进。')).identity).toMatchObject({ coverage: 'year' });
  });

  test('news of deputies saying the report `总结了“十一五”所取得的成绩` reviews the plan period', () => {
    const text = '永安市十五届人大五次会议\n2011年1月10日,代表们分组讨论《政府工作报告》。\n大家一致认为:《政府工作报告》实事求是地总结了“十一五”所取得的成绩,明确提出了“十二五”宏伟蓝图和今年的工作思路。';
    expect(runText(text).identity).toMatchObject({ year: 2011, coverage: 'five-year', reviewPeriod: '2006-2010' });
  });
});

describe('session 12: rounds bn–bp (r2530–r2694), as they arrived', () => {
  test('a notice printing the report, signed after the session its dateline names, is no second delivery date', () => {
    const text = '盘锦市双台子区人民政府关于印发 2018年政府工作报告的通知\n各街、镇,区政府各部门:\n经区政府同意,现将区长李吉峰于2017年12月6日盘锦市双台子区第九届人民代表大会第一次会议上所做的《政府工作报告》印发给你们,请认真结合各自工作实际,抓好贯彻落实。\n盘锦市双台子区人民政府\n2018年1月2日\n政府工作报告\n2017年12月6日在盘锦市双台子区第九届人民代表大会第一次会议上\n盘锦市双台子区人民政府代理区长李吉峰\n各位代表:';
    expect(runText(text).identity).toMatchObject({ year: 2017, kind: 'government-work-report' });
    // Without the notice, two dates in the header that disagree still contradict each other.
    expect(() => runText(text.replace(/^.*通知\n/, ''))).toThrow(/Conflicting years/);
  });

  test('a government\'s yearly key points and work plan are not its report (`关于印发2026年政府工作要点的通知`, `…区2020年工作计划`)', () => {
    const points = runText('宝鸡市凤翔区人民政府关于印发2026年政府工作要点的通知\n各镇人民政府,区政府各工作部门:\n现将《2026年政府工作要点》印发你们,请结合实际,认真抓好贯彻落实。\n宝鸡市凤翔区人民政府\n2026年1月26日');
    expect(points.identity).toMatchObject({ year: 2026, kind: 'other' });
    const plan = runText('珠海市斗门区2020年工作计划\n2020-06-01 11:59:38\n2020年是全面建成小康社会和“十三五”规划收官之年。做好今年政府工作的总体要求是:高举习近平新时代中国特色社会主义思想伟大旗帜。');
    expect(plan.identity).toMatchObject({ district: { name: '斗门区' }, year: 2020, kind: 'other' });
  });

  test('a notice dividing the year\'s government targets (`关于分解落实2023年区政府工作目标任务的通知`) is no report', () => {
    const { identity } = runText('郧阳区人民政府关于分解落实2023年区政府工作目标任务的通知\n发布日期 2023年02月13日 10:53:20\n各乡镇人民政府,区政府各部门:\n2023年是贯彻党的二十大精神的开局之年。');
    expect(identity).toMatchObject({ district: { name: '郧阳区' }, year: 2023, kind: 'other' });
  });

  test('a government\'s plenary named by its term (`铁东区十九届人民政府第四次全体(扩大)会议`) is the government\'s meeting', () => {
    const { identity } = runText('铁东区十九届人民政府第四次全体(扩大)会议召开\n民生   2025-01-16 21:40   辽宁\n1月16日,鞍山市铁东区十九届人民政府召开第四次全体(扩大)会议,对区两会明确的各项目标任务,明确“任务书”。区委副书记、区长宗培楠出席会议并讲话。\n2025年是全面振兴新突破三年行动决胜之年。');
    expect(identity).toMatchObject({ year: 2025, kind: 'other' });
  });

  test('a call for suggestions on drafting the report (`为起草好…《政府工作报告》,…公开征集`) is no report', () => {
    const text = '相山区“两会”的脚步越来越近,《政府工作报告》是“两会”的重要事项。\n2023年是深入贯彻落实党的二十大精神的重要一年。为起草好2023年相山区《政府工作报告》,进一步问政于民、问需于民、问计于民,区人民政府发起“我为政府工作报告写几句”活动,公开征集社会各界意见建议。';
    expect(runText(text).identity).toMatchObject({ district: { name: '相山区' }, kind: 'other' });
  });

  test('a breadcrumb\'s date after its bar (`…> 正文 | 2023-02-02 阅读量:`) dates news of the session in that month', () => {
    const text = '左军深入代表团与代表一起审议报告\n您的位置:武隆网 > 时政新闻 > 正文   |   2023-02-02   阅读量:\n本网讯 2月1日,区委副书记、区长左军来到区十九届人民代表大会第三次会议第二代表团,与代表们一起审议区政府工作报告。\n审议现场,代表们围绕民生事业改善、城市功能提升等话题展开了热烈讨论。';
    expect(runText(text).identity).toMatchObject({ district: { name: '武隆区' }, year: 2023 });
    expect(() => runText(text.replace('   |   2023-02-02   阅读量:', ''))).toThrow(/Cannot determine the year/);
  });

  test('a year\'s totals told of by a speaker (`王军介绍,2025年雅江县地区生产总值预计完成46.2亿元,增速…`): the year reviewed', () => {
    const text = '1月21日,雅江县·宜宾市产业投资推介新闻发布会在四川宜宾举行。\n“发展的成果最终要体现在群众的笑脸上。”王军介绍,2025年雅江县地区生产总值预计完成46.2亿元,增速连续四年位居甘孜州前列。';
    expect(runText(text).identity).toMatchObject({ district: { name: '雅江县' }, year: 2026 });
    // A target for the year is no total.
    expect(() => runText(text.replace('预计完成46.2亿元,增速', '力争完成50亿元,增速'))).toThrow(/Cannot determine the year/);
  });

  test('a review of a year that calls it this year (`一、2022年工作回顾` … `三年来特别是今年`) was read in its December', () => {
    const text = '(湖北省)安陆市人民政府工作报告(2023年)\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、2022年工作回顾\n2022年是党和国家历史上极为重要的一年,党的二十大胜利召开。\n一年来,我们全力落实“疫情要防住”的要求。三年来特别是今年,我们经受住了疫情的反复冲击。';
    expect(runText(text).identity).toMatchObject({ year: 2022, reviewPeriod: '2022' });
    expect(runText(text.replace('三年来特别是今年,', '三年来,')).identity).toMatchObject({ year: 2023, reviewPeriod: '2022' });
  });

  test('news that the report `全面回顾了“十四五”时期`, in January: the year after the plan period', () => {
    const text = '津南区人大代表分组审议“两个报告”\n1月14日,天津市津南区第十八届人民代表大会第七次会议期间,各代表团认真审议《政府工作报告》。\n代表们一致认为,《政府工作报告》全面回顾了“十四五”时期津南区在高质量发展道路上取得的显著成就。';
    expect(runText(text).identity).toMatchObject({ year: 2026, kind: 'government-work-report' });
    // In a December session the period reviewed ends with the year it is held in.
    expect(runText(text.replace('1月14日', '12月14日')).identity).toMatchObject({ year: 2025 });
  });

  test('the standing committee hearing `区政府关于全区2025年上半年工作情况和下半年工作安排的报告`: the half-year\'s report', () => {
    const text = '8月20日,溧水区十七届人大常委会召开第三十次会议。\n会议听取审议了区政府关于全区2025年上半年工作情况和下半年工作安排的报告、2025年国民经济和社会发展计划上半年执行情况的报告。';
    expect(runText(text).identity).toMatchObject({ year: 2025, kind: 'government-work-report', coverage: 'half-year', reviewPeriod: '2025-H1' });
  });

  test('the review\'s thanks with a long list of those thanked (`我谨代表区人民政府,向…,向…,表示衷心的感谢`) mark a report\'s page', () => {
    const thanked = Array.from({ length: 8 }, (_, i) => `向第${i + 1}条战线上辛勤耕耘的同志们`).join(',');
    const text = `一、2022年工作回顾\n一年来,淮阴区坚持稳中求进,淮阴区经济运行稳中向好。\n在此,我谨代表区人民政府,${thanked},表示衷心的感谢,并致以崇高的敬意!`;
    expect(runText(text).identity).toMatchObject({ year: 2023, kind: 'government-work-report' });
    expect(runText(text.replace('我谨代表区人民政府', '我谨代表区总工会')).identity).toMatchObject({ kind: 'other' });
  });

  test('a document\'s number (`永政办发〔2008〕31号`) dates a notice on the report\'s tasks, which is no report', () => {
    const text = '永政办发〔2008〕31号\n永康市人民政府办公室\n关于印发政府工作报告若干重点工作任务的通知\n各镇人民政府、街道办事处,市府各部门:\n《政府工作报告若干重点工作任务》根据市长在十五届人大二次会议上所作的《政府工作报告》确定,现印发给你们。';
    expect(runText(text).identity).toMatchObject({ district: { name: '永康市' }, year: 2008, kind: 'other' });
  });

  test('a text opening on what the place did in a year (`2015年,爱辉区始终坚定发展信心,…实现平稳健康发展`) reviews it', () => {
    const text = '2015年,爱辉区始终坚定发展信心,主动担当、积极作为,全力推进“八项提升工程”,经济社会实现平稳健康发展。\n项目建设实现新突破。重点项目开复工35个,完成投资36.08亿元,增长14.5%。';
    expect(runText(text).identity).toMatchObject({ district: { name: '爱辉区' }, year: 2016 });
    // Further down, without news of the report, it is one sentence among many.
    expect(() => runText(`项目建设实现新突破,重点项目开复工35个,建成投产一批。\n${text.split('\n')[0]}`)).toThrow(/Cannot determine the year/);
  });

  test('targets quoted first (`……这是亳州市谯城区2019年经济社会发展的预期目标`) name the year planned', () => {
    const text = '地区生产总值增长9%左右,财政收入增长8.8%以上……这是亳州市谯城区2019年经济社会发展的预期目标,也是对人民群众的郑重承诺。';
    expect(runText(text).identity).toMatchObject({ district: { name: '谯城区' }, year: 2019 });
  });

  test('the report the session heard `代表浦口区人民政府向大会所作的报告` is the government\'s', () => {
    const text = '南京市浦口区:力争“十五五”末,江北全域经济总量达到5800亿元左右\nYang Zi Wan Bao Wang·2026-01-08 08:39\n1月7日上午,南京市浦口区第五届人民代表大会第五次会议开幕。会议听取了常务副区长刘小平代表浦口区人民政府向大会所作的报告。';
    expect(runText(text).identity).toMatchObject({ year: 2026, kind: 'government-work-report' });
  });
});

describe('session 12: rounds bt–bu (r2910–r3010), as they arrived', () => {
  test('news of both sessions closing (`人大、政协两会胜利闭幕`, `…圆满完成了各项议程,胜利闭幕了`) is no report', () => {
    const text = '林西县人大、政协两会胜利闭幕\n发布时间:2018-03-09 10:43 浏览次数:1416\n在代表、委员的共同努力下,林西县十七届人大次会议和政协次会议圆满完成了各项议程,胜利闭幕了。\n大会审议通过了政府工作报告等各项报告。';
    expect(runText(text).identity).toMatchObject({ district: { name: '林西县' }, year: 2018, kind: 'other' });
  });

  test('the CPPCC\'s session `于2026年1月19日至21日在红安县城举行` is the CPPCC\'s; its members discussing at a session `举行分组讨论` hear the report', () => {
    const text = '中国人民政治协商会议第十一届红安县委员会第五次会议,于2026年1月19日至21日在红安县城举行。\n会议期间,中共红安县委书记胡广,县委副书记、代县长钟林出席会议,听取大会发言,参加分组讨论,与委员们共商《政府工作报告》。';
    expect(runText(text).identity).toMatchObject({ year: 2026, kind: 'other' });
    const discussion = '2月4日,政协第十一届南明区委员会第五次会议举行分组讨论,区政协主席喻应雄同委员们一起审议区政府工作报告。\n委员们一致认为,报告实事求是地总结了南明区“十四五”时期和2025年的工作成绩。';
    expect(runText(discussion).identity).toMatchObject({ kind: 'government-work-report' });
  });

  test('the year planned in news of a session: `会上确定2016年…为民兴办10件实事`, `2019年,任城区将以新旧动能转换为统领`', () => {
    const deeds = runText('大西北网讯 1月20日,榆中县第十七届人民代表大会召开第五次会议。会上确定2016年县委县政府为民兴办10件实事。\n这十件实事是:1.新修高标准基本农田10万亩。');
    expect(deeds.identity).toMatchObject({ district: { name: '榆中县' }, year: 2016 });
    const aim = runText('昨日,任城区第二届人大三次会议召开。2019年,任城区将以新旧动能转换为统领,以供给侧结构性改革为主线,奋力开创任城新局面。');
    expect(aim.identity).toMatchObject({ district: { name: '任城区' }, year: 2019 });
  });

  test('what the place did in a year, told by a named speaker (`任瑜(灌南县委书记):2020年,灌南县…取得了…`)', () => {
    const text = '任瑜(灌南县委书记):2020年,灌南县在市委市政府的正确领导下,取得了疫情防控和经济社会发展双胜利,主要经济指标实现全面增长。\n灌南县将认真贯彻本次“两会”精神。';
    expect(runText(text).identity).toMatchObject({ district: { name: '灌南县' }, year: 2021 });
  });

  test('a page date after two bars (`| 招商动态 |2017-03-03`) dates news of the session in that month', () => {
    const text = '【关注两会】人大代表分组审议万宁市政府工作报告\n| 招商动态 |2017-03-03\n3月3日,出席万宁市第十五届人民代表大会第二次会议的代表们分组讨论审议政府工作报告和计划、财政预算报告。';
    expect(runText(text).identity).toMatchObject({ district: { name: '万宁市' }, year: 2017 });
  });

  test('`报告指出,2012年是…开局之年,全区上下将按照…` plans 2012, in a December session', () => {
    const text = '12月12日至16日,泉港区隆重召开区人大三届一次会议,泉港区人民政府代区长吴礼源向区人大三届一次会议作政府工作报告。报告指出,2012年是泉港“二次创业”开局之年,全区上下将按照十七届六中全会精神的指引,加快推进新型工业化。';
    expect(runText(text).identity).toMatchObject({ district: { name: '泉港区' }, year: 2011 });
  });

  test('a template whose years are `20xx` (`20xx年,是我县建县50周年`) is undated, whatever the page\'s date', () => {
    const text = '金湖县政府工作报告\n作者:郑久群 发布时间:2026-01-16 21:30:57 阅读:0\n金湖县政府工作报告 20xx年,是我县建县50周年的喜庆之年,也是国际金融危机持续蔓延的一年。';
    expect(() => runText(text)).toThrow(/Cannot determine the year/);
    // Without the template's year, the page's date is a weak cue again.
    expect(runText(text.replace('20xx年,是', '今年是')).identity).toMatchObject({ year: 2026 });
  });

  test('`林杰对2015年的工作做了回顾` names the year reviewed', () => {
    const text = '27日上午,平潭县第十六届人民代表大会第五次会议在县委礼堂开幕。平潭县县长林杰向大会作《政府工作报告》。\n林杰对2015年的工作做了回顾。';
    expect(runText(text).identity).toMatchObject({ district: { name: '平潭县' }, year: 2016 });
  });

  test('a text opening on what the place did reads past a running header, but not where the figures are estimates', () => {
    const text = '内部资料 注意保存\n2015年,爱辉区始终坚定发展信心,主动担当、积极作为,经济社会实现平稳健康发展。\n项目建设实现新突破。重点项目开复工35个,完成投资36.08亿元,增长14.5%。';
    expect(runText(text).identity).toMatchObject({ district: { name: '爱辉区' }, year: 2016 });
    expect(() => runText(text.replace('完成投资36.08亿元', '预计完成投资36.08亿元'))).toThrow(/Cannot determine the year/);
  });

  test('a year of the Republic\'s calendar as 金门 writes it (`召開114年第1次縣務會議`) is 1911 later; a count of years is none', () => {
    const text = '記者呂胤甫/綜合報導\n金門縣政府於春節前召開114年第1次縣務會議,由縣長陳福海主持。陳福海感謝縣府團隊過去兩年的努力。';
    expect(runText(text).identity).toMatchObject({ district: { name: '金门县' }, year: 2025 });
    expect(() => runText(text.replace('114年第1次縣務會議', '縣務會議,慶祝建縣114年'))).toThrow(/Cannot determine the year/);
  });
});

describe('session 12: rounds bv–bw (r3020–r3116), as they arrived', () => {
  test('a dateline whose date a copy wrote in digits (`——在20201226邵县第十七届人民代表大会第六次会议上`) dates a December report', () => {
    const text = '2021年政府工作报告\n县十七届人大六次会议文件\n政 府 工 作 报 告\n——在20201226邵县第十七届人民代表大会第六次会议上\n县人民政府县长陈历贤\n各位代表:\n现在,我代表新邵县人民政府,向大会报告工作,请予审议。';
    expect(runText(text).identity).toMatchObject({ district: { name: '新邵县' }, year: 2020 });
  });

  test('a review naming a month of this year (`一、2021年…回顾` … `今年3月,习近平总书记再次亲临`) was read in its December', () => {
    const text = '2022年政府工作报告\n各位代表:\n现在,我代表泰宁县人民政府向大会报告工作,请予审议。\n一、2021年和十七届政府工作回顾\n2021年是我们党百年华诞,是泰宁发展进程中具有重要意义的一年。特别令人振奋的是,今年3月,习近平总书记再次亲临福建三明视察。';
    expect(runText(text).identity).toMatchObject({ year: 2021 });
  });

  test('news that the report `全面复盘“十四五”时期` and `明确了2026年的攻坚路径`: the year after the plan period', () => {
    const text = '3月1日至3月3日,霞山区两会召开。在2日召开的霞山区第十一届人民代表大会第六次会议开幕会上,霞山区区长代表区人民政府向大会作政府工作报告,全面复盘“十四五”时期霞山的奋斗历程和发展答卷,更以精准的部署明确了2026年的攻坚路径。';
    expect(runText(text).identity).toMatchObject({ district: { name: '霞山区' }, year: 2026 });
  });

  test('the party secretary giving the report at a party congress\'s yearly session (`区委书记李忠作党代会报告`)', () => {
    const text = '盐田:抢跑新赛道 塑造新引擎\n1月10日,深圳市盐田区六届四次党代会开幕,区委书记李忠作党代会报告。报告全面回顾过去一年来的工作,谋划2025年工作的基本思路。';
    expect(runText(text).identity).toMatchObject({ district: { name: '盐田区' }, year: 2025, kind: 'party-congress-report' });
  });

  test('the plan\'s voice in news: `2023年,博山区将立足…`, a year named and then `我们务必…`', () => {
    const aim = runText('淄博1月7日讯 1月7日上午,博山区第十九届人民代表大会第二次会议开幕。2023年,博山区将立足产业振兴、环境优美、群众满意“三大目标”,统筹推进经济社会发展。');
    expect(aim.identity).toMatchObject({ district: { name: '博山区' }, year: 2023 });
    const must = runText('3月11日,椒江区人大九届四次大会在椒江剧院隆重开幕。区长林金荣代表区政府向大会作政府工作报告。\n林金荣指出,2015年是全面深化改革的关键之年,也是全面完成“十二五”规划的收官之年。我们务必坚定发展信心,适应经济新常态。');
    expect(must.identity).toMatchObject({ district: { name: '椒江区' }, year: 2015 });
  });
});

describe('session 13: rounds bx–ca (r3120–r3360), as they arrived', () => {
  test('`中共通州区委` is the district\'s own committee: its name outranks a company\'s (`江海电容器`, 江门\'s 江海区), and 南通 tells which 通州区', () => {
    const text = '各位代表:\n现在,我代表区人民政府向大会作工作报告,请予审议。\n2010年工作总结及“十一五”回顾\n过去的一年,在中共通州区委的正确领导下,我们全力推进项目建设。\n企业上市领跑苏中苏北,江海电容器在深交所成功上市。南通家纺城等4家服务业集聚区完成投入15.8亿元。';
    expect(runText(text).identity).toMatchObject({ district: { name: '通州区' }, city: { name: '南通市' }, year: 2011 });
  });

  test('西海岸新区 is 黄岛区 under its other name', () => {
    const text = '关于全区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划(草案)的报告\n各位代表:\n受区政府委托,现将全区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划(草案),提请区第二届人民代表大会第三次会议审议。\n2018年,青岛西海岸新区坚持高质量发展。';
    expect(runText(text).identity).toMatchObject({ district: { name: '黄岛区' }, city: { name: '青岛市' }, year: 2019, kind: 'plan-execution-report' });
  });

  test('a page posted years after its title\'s year (`2019年政府工作报告`, 发布日期:2020-12-15): its December is not the session\'s', () => {
    const text = '2019年政府工作报告\n发布日期:2020-12-15 09:13:50 浏览次数:\n一、2018年主要工作回顾\n2018年是改革开放40周年。一年来,在中共洞头区委的坚强领导下,区政府坚持高质量发展。';
    expect(runText(text).identity).toMatchObject({ district: { name: '洞头区' }, year: 2019 });
  });

  test('a site\'s plan-report category as the title over the head\'s `我代表白云区人民政府,向大会作工作报告`: the work report', () => {
    const text = '2008年国民经济和社会发展计划执行情况与2009年计划\n--2009年3月10日在广州市白云区第十四届人民代表大会\n第四次会议上\n区长 余楚风\n各位代表:\n我代表白云区人民政府,向大会作工作报告,请予审议。\n一、2008年工作回顾';
    expect(runText(text).identity).toMatchObject({ district: { name: '白云区' }, year: 2009, kind: 'government-work-report' });
    const plan = text.replace('我代表白云区人民政府,向大会作工作报告', '受区人民政府委托,现将2008年计划执行情况与2009年计划草案提请大会审议');
    expect(runText(plan).identity).toMatchObject({ kind: 'plan-execution-report' });
  });

  test('a notice dividing `《2025年咸安区<政府工作报告>确定的主要目标任务责任分解方案》`: of 2025, no report', () => {
    const text = '各乡、镇人民政府,区政府各部门:\n《2025年咸安区<政府工作报告>确定的主要目标任务责任分解方案》已经区人民政府同意,现印发给你们,并就有关事项通知如下:\n一、提高政治站位。';
    expect(runText(text).identity).toMatchObject({ district: { name: '咸安区' }, year: 2025, kind: 'other' });
  });

  test('an explainer titled `《政府工作报告》解读·咸安篇` is no report', () => {
    const text = '《政府工作报告》解读·咸安篇\n来源: | 发布时间: 2018-01-23 |\n回眸2017\n2017年,是咸安区真抓实干、埋头苦干的奋进之年。全区建设项目323个,总投资499亿元。';
    expect(runText(text).identity).toMatchObject({ district: { name: '咸安区' }, kind: 'other' });
  });

  test('a party congress opening on `12月8日` that closed 十三五 and opened 十四五 is of that December', () => {
    const text = '12月8日,中国共产党北京市房山区第九次代表大会召开。大会指出,过去五年,是房山发展极不平凡的五年。区委团结带领全区广大党员干部群众,顺利实现“十三五”圆满收官和“十四五”良好开局,胜利完成区第八次党代会确定的目标任务。';
    expect(runText(text).identity).toMatchObject({ district: { name: '房山区' }, year: 2021, kind: 'party-congress-report' });
  });

  test('`受区政府委托,下面由我向区人大常委会报告…2025年上半年…计划执行情况。`: the half-year plan report', () => {
    const text = '——2025年7月30日在广州市白云区\n第十七届人大常委会第三十三次会议上\n广州市白云区发展和改革局局长 甘显超\n主任、各位副主任、各位委员:\n受区政府委托,下面由我向区人大常委会报告广州市白云区2025年上半年国民经济和社会发展计划执行情况。\n一、上半年国民经济和社会发展计划执行情况';
    expect(runText(text).identity).toMatchObject({ district: { name: '白云区' }, year: 2025, kind: 'plan-execution-report', coverage: 'half-year' });
  });

  test('the plan\'s voice in news: `2019年,江津区将突出…`', () => {
    const text = '2月21日,重庆市江津区第十七届人民代表大会第三次会议召开,江津区人民政府代区长毛平代表江津区人民政府向大会作政府工作报告。\n2019年,江津区将突出大数据智能化导向,着力推动制造业高质量发展。';
    expect(runText(text).identity).toMatchObject({ district: { name: '江津区' }, year: 2019 });
  });

  test('`本篇文章将对2020年应城政府工作报告进行回顾`: an article on the report', () => {
    const text = '引言\n2020年,应城市政府在疫情防控、经济社会发展等方面取得了显著成就。本篇文章将对2020年应城政府工作报告进行回顾,分析其亮点与挑战。\n一、2020年应城政府工作报告回顾';
    expect(runText(text).identity).toMatchObject({ kind: 'other' });
  });

  test('`把漾濞打造成…` with `森林大理`: the prefecture\'s short name (大理 for 大理白族自治州) is no rival, and names the city', () => {
    const text = '2023年政府工作总体要求是:认真学习贯彻党的二十大和州委九届三次全会、县委十三届三次全会等精神,围绕“森林大理建设示范县”建设,主动融入大理“两城一区”,真正把漾濞打造成苍洱后花园。';
    expect(runText(text).identity).toMatchObject({ district: { name: '漾濞彝族自治县' }, city: { name: '大理白族自治州' }, year: 2023 });
  });

  test('a head speaking as a deputy of the congress above (`州人大代表、珲春市市长张吉峰说`) is on its report; `市人大代表、市长` is the city\'s own', () => {
    const text = '张吉峰代表:打造改革开放新高地\n2019-01-22 09:55:13\n1月21日,州人大代表、珲春市市长张吉峰说,“政府工作报告通篇20余次提及珲春,充分体现了州委、州政府对珲春发展的关心。”';
    expect(runText(text).identity).toMatchObject({ district: { name: '珲春市' }, year: 2019, kind: 'other' });
    expect(runText(text.replace('州人大代表、珲春市市长', '市人大代表、市长').replace('州委、州政府', '珲春市委、市政府')).identity).toMatchObject({ kind: 'government-work-report' });
  });

  test('a notice putting the draft out for comment (`…(征求意见稿)》,现面向社会各界广泛征求意见`), the draft after it: no report', () => {
    const text = '为做好人代会全区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划报告,我们研究起草了《关于全区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划(草案)的报告(征求意见稿)》,现面向社会各界广泛征求意见。\n西海岸新区发展和改革局\n2019年1月1日\n关于全区2018年国民经济和社会发展计划\n执行情况与2019年国民经济和社会发展计划(草案)的报告';
    expect(runText(text).identity).toMatchObject({ district: { name: '黄岛区' }, kind: 'other' });
  });

  test('a title run into the text by a comma (`海门市2014年政府工作报告,一年来,我们…`) is a title still', () => {
    const text = '海门市2014年政府工作报告,一年来,我们在应对挑战中增强了综合实力。2013年,全市完成财政总收入140.2亿元,增长14.8%。预计(下同)实现地区生产总值740亿元,增长12.1%。';
    expect(runText(text).identity).toMatchObject({ district: { name: '海门市' }, year: 2014, kind: 'government-work-report' });
    expect(() => runText(text.replace('海门市2014年政府工作报告,', '海门市:'))).toThrow(/Cannot determine the year/);
  });
});

describe('session 13: a document of no report\'s kind named by its own headline', () => {
  test('a resolution is titled as it titles itself, not `…2026年工作报告`', () => {
    const text = '重庆大渡口网 > 大渡口新闻\n重庆市大渡口区第十四届人民代表大会第七次会议关于重庆市大渡口区人民政府工作报告的决议\n(2026年1月23日重庆市大渡口区第十四届人民代表大会第七次会议通过)\n重庆市大渡口区第十四届人民代表大会第七次会议听取和审议了区人民政府区长张涛所作的区人民政府工作报告。会议充分肯定区人民政府2025年及“十四五”时期工作,决定批准这个报告。';
    const { identity } = runText(text);
    expect(identity).toMatchObject({ kind: 'other', title: '重庆市大渡口区第十四届人民代表大会第七次会议关于重庆市大渡口区人民政府工作报告的决议' });
  });

  test('a headline not naming the place gets the district before it; a site\'s name or a slogan is no headline', () => {
    const news = runText('区政府召开第十六次常务会\n近日,区长主持召开区政府第十六次常务会议,讨论昭阳区2008年《政府工作报告》(征求意见稿)。');
    expect(news.identity).toMatchObject({ kind: 'other', title: '昭阳区:区政府召开第十六次常务会' });
    const slogan = runText('勐海又好又快发展谱新篇\n近日,区长主持召开区政府第十六次常务会议,讨论昭阳区2008年《政府工作报告》(征求意见稿)。');
    expect(slogan.identity.title).toMatch(/^昭通市昭阳区20[0-9]{2}年其他报告$/);
  });
});

describe('session 13: rounds cb–cd (r3400–r3569), as they arrived', () => {
  test('a delegation reviewing the session\'s reports, the government\'s first (`分别审议了区人民政府、区人大常委会、…报告`): the report', () => {
    const text = '1月28日下午,七星街道人大代表团代表在分团审议期间,分别审议了区人民政府、区人大常委会、区人民法院、区人民检察院,区国民经济和社会发展计划、区财政预算报告及七星区第十四个五年规划和2035年远景目标纲要(草案)。\n代表们一致认为,在2020年极不平凡的一年中,七星区经济社会全面稳定发展。';
    expect(runText(text).identity).toMatchObject({ district: { name: '七星区' }, year: 2021, kind: 'government-work-report' });
  });

  test('`黄岛区政府2012年工作报告`: the year between the government and its report', () => {
    const text = '黄岛区政府2012年工作报告\n(青岛市黄岛区第十届人民代表大会第一次会议审议通过)\n一、本届政府工作回顾\n区九届人大一次会议以来,我们紧紧依靠全区人民,经济社会发展取得了来之不易的成就。';
    expect(runText(text).identity).toMatchObject({ district: { name: '黄岛区' }, year: 2012, kind: 'government-work-report' });
  });

  test('the session\'s opening told, then `盧東林在報告中指出`: the report', () => {
    const text = '1月2日上午,绩溪县第十八届人民代表大会第四次会议第一次全体会议召开。\n县委书记肖阳主持大会。县委副书记、县长卢东林在主席台前排就座。\n卢东林在报告中指出,2024年是实现“十四五”规划目标任务的关键一年。一年来,我们攻坚克难、砥砺实干。';
    expect(runText(text).identity).toMatchObject({ district: { name: '绩溪县' }, year: 2025, kind: 'government-work-report' });
    expect(runText(text.replace('卢东林在报告中指出,', '')).identity.kind).not.toBe('government-work-report');
  });

  test('a plenary written 全体会 (`…第十三届委员会第十一次全体会上的讲话`)', () => {
    const text = '张益民在中国共产党旬阳县第十三届委员会第十一次全体会上的讲话\n(2010年8月30日)\n同志们:\n按照县委常委会安排,我着重就灾后重建和完成年度目标任务讲几点意见。';
    expect(runText(text).identity).toMatchObject({ district: { name: '旬阳县' }, year: 2010, kind: 'party-plenary-report' });
  });

  test('a title a copy cut before its last word (`2018年六安市金安区政府工作`) over `一、2017年工作回顾`', () => {
    const text = '2018年六安市金安区政府工作\n一、2017年工作回顾\n2017年是本届政府开局之年,我们较好地完成了区五届人大一次会议确定的各项目标任务。';
    expect(runText(text).identity).toMatchObject({ district: { name: '金安区' }, year: 2018, kind: 'government-work-report' });
  });

  test('the report named by the day it was given (`在2015年4月27日的镇安县政府工作报告中`)', () => {
    const text = '商洛日报讯 编者按:教育、就业、医疗等一系列关乎民计民生的大事,都在2015年4月27日的镇安县政府工作报告中做了掷地有声的部署。';
    expect(runText(text).identity).toMatchObject({ district: { name: '镇安县' }, year: 2015 });
  });

  test('a December consultation on a year\'s draft (`12月18日,…征求2023年《市政府工作报告》意见建议`): the year before', () => {
    const text = '本网讯 12月18日,市委常委、副市长胡栋良带队到我县征求2023年《市政府工作报告》意见建议。\n座谈会上,与会人员纷纷围绕报告,结合漳浦县实际畅所欲言。';
    expect(runText(text).identity).toMatchObject({ district: { name: '漳浦县' }, year: 2022, kind: 'other' });
  });
});

describe('session 13: rounds ce–cf (r3600–r3700), as they arrived', () => {
  test('a district named once after its city inside a title (`《西安市雁塔区2024年…报告》`) is the text\'s own', () => {
    const text = '各位代表:\n受区人民政府委托,现将《西安市雁塔区2024年国民经济和社会发展计划执行情况与2025年计划草案报告》提请区十八届人大四次会议审查。\n一、2024年国民经济和社会发展计划执行情况';
    expect(runText(text).identity).toMatchObject({ district: { name: '雁塔区' }, year: 2025, kind: 'plan-execution-report' });
  });

  test('`Admin - admin 于2022年04月12日发表` under a title is a post\'s date, no rival to the dateline', () => {
    const text = '二〇〇九年花都区政府工作报告\nAdmin - admin 于2022年04月12日发表\n——2009年3月11日在广州市花都区第十四届人民代表大会第四次会议上\n区长 林中坚\n各位代表:\n我代表区人民政府,向大会作政府工作报告,请予审议。';
    expect(runText(text).identity).toMatchObject({ district: { name: '花都区' }, year: 2009 });
  });

  test('`德州市人大代表、宁津县委副书记、县长…` on `朱开国市长所作的《政府工作报告》`: the city\'s report, not the county\'s', () => {
    const text = '齐鲁网·闪电新闻1月12日讯 1月12日上午,德州市第十九届人民代表大会第四次会议开幕。\n会后,德州市人大代表、宁津县委副书记、县长张健捷在接受闪电新闻记者采访时表示,朱开国市长所作的《政府工作报告》,为做好2025年工作凝聚了共识。';
    expect(runText(text).identity).toMatchObject({ district: { name: '宁津县' }, year: 2025, kind: 'other' });
  });

  test('a resolution run into the report it approves (`…决定批准这个报告. 政府工作报告――…会议上 区长蔡杰各位代表: 现在,我代表区人民政府`)', () => {
    const text = '武汉市江岸区第十三届人民代表大会第六次会议关于政府工作报告的决议 (2010年12月24日武汉市江岸区第十三届人民代表大会第六次会议通过) 会议听取和审议了蔡杰区长所作的《政府工作报告》.会议同意报告提出的2011年工作安排,决定批准这个报告. 政府工作报告――2010年12月22日在武汉市江岸区第十三届人民代表大会第六次会议上 区长蔡杰各位代表: 现在,我代表区人民政府,向大会作政府工作报告,请予审议。';
    expect(runText(text).identity).toMatchObject({ district: { name: '江岸区' }, year: 2010, kind: 'government-work-report' });
  });

  test('an explainer numbered in its title (`2020年文昌市政府工作报告解读(一):…`); deputies touring before the session (`“两会”观摩活动`)', () => {
    expect(runText('2020年文昌市政府工作报告解读(一):经济社会保持平稳健康发展\n来源:侨乡文昌报 发布日期:2020-05-14 17:30\n一年来,在省委、省政府和市委的坚强领导下,我市经济社会保持平稳健康发展。').identity).toMatchObject({ district: { name: '文昌市' }, kind: 'other' });
    expect(runText('我县组织开展“两会”观摩活动\n日期:2024-12-28 14:34\n2024年12月27日下午至28日上午,霍邱县分别组织参加县“两会”的代表和委员进行观摩。“两会”上,将认真审议讨论好《政府工作报告》。').identity).toMatchObject({ district: { name: '霍邱县' }, kind: 'other' });
  });

  test('a preview giving the session\'s days (`此次会议会期为12月25日—28日`) is of that December', () => {
    const text = '松滋市五届人民代表大会二次会议将于明日隆重召开。此次会议会期为12月25日—28日。\n此次人大会议将听取和审议市政府工作报告;审查和批准2012年国民经济和社会发展计划执行情况与2013年国民经济和社会发展计划草案的报告。';
    expect(runText(text).identity).toMatchObject({ district: { name: '松滋市' }, year: 2012 });
  });

  test('`肃南代表团` of 肃南裕固族自治县 at the city\'s congress: the city\'s report', () => {
    const text = '肃南:赵多磊与肃南代表团代表共同审议市政府工作报告\n2月8日,市人大代表、县委书记赵多磊与出席市五届人大五次会议的肃南代表,共同审议市政府工作报告。\n赵多磊说,叶尔波力·孜汗市长所作的政府工作报告总结成绩全面,回顾“十四五”时期取得的成就。2026年,肃南县将加力实施“强县域”行动。';
    expect(runText(text).identity).toMatchObject({ district: { name: '肃南裕固族自治县' }, kind: 'other' });
  });

  test('a session\'s days in full (`…第四次会议,于2020年5月12日至14日召开`)', () => {
    const text = '中国人民政治协商会议巫山县第十届委员会第四次会议,于2020年5月12日至14日召开。会议审议批准了政协巫山县第十届委员会常务委员会所作的工作报告。';
    expect(runText(text).identity).toMatchObject({ district: { name: '巫山县' }, year: 2020, kind: 'other' });
  });

  test('`江海资源` is a phrase, no rival to `“海门就是上海”`', () => {
    const text = '二、2025年重点工作\n2025年是“十四五”规划的收官之年。今年政府工作的指导思想是:深入贯彻习近平总书记对江苏工作重要讲话精神,紧紧围绕区委工作部署,用好交通区位、江海资源,全面打响“海门就是上海”投资品牌。';
    expect(runText(text).identity).toMatchObject({ district: { name: '海门区' }, year: 2025 });
  });
});

describe('session 13: rounds cg–ch (r3740–r3859), as they arrived', () => {
  test('the government\'s retreat (`12月17日,天全县第十七届人民政府2025年度工作务虚会召开`): no report, of that December', () => {
    const text = '12月17日,天全县第十七届人民政府2025年度工作务虚会召开,全面梳理盘点2024年工作开展情况,研究谋划2025年工作思路和举措。县委副书记、县长钟雪琴主持会议并讲话。';
    expect(runText(text).identity).toMatchObject({ district: { name: '天全县' }, year: 2024, kind: 'other' });
  });

  test('a county head as a deputy of the region\'s congress (`广西壮族自治区人大代表,都安瑶族自治县党委副书记、县长`)', () => {
    const text = '发布时间:2024-01-25 10:20 来源:河池日报\n1月24日,在广西壮族自治区第十四届人民代表大会第二次会议召开期间,广西壮族自治区人大代表,都安瑶族自治县党委副书记、县长黄瑞吉接受媒体采访。\n黄瑞吉介绍,2023年,都安瑶族自治县先后启动了城区校园的新建。';
    expect(runText(text).identity).toMatchObject({ district: { name: '都安瑶族自治县' }, kind: 'other' });
  });

  test('the plan\'s voice with the place short (`2022年,屯昌将努力实现地区生产总值增长9.5%左右`)', () => {
    const text = '1月11日上午,海南省屯昌县第十六届人民代表大会第一次会议召开,听取屯昌县人民政府工作报告。\n报告指出,过去五年屯昌成功打造农产品商标58个。\n2022年,屯昌将努力实现地区生产总值增长9.5%左右。';
    expect(runText(text).identity).toMatchObject({ district: { name: '屯昌县' }, year: 2022 });
  });

  test('a speaker at the session telling of `根据《…关于制定…第十五个五年规划的建议》`: the plan\'s first year; the outline\'s own preface is no such cue', () => {
    const text = '1月20日上午,上海市杨浦区第十七届人民代表大会第九次会议在沪东工人文化宫隆重开幕。\n杨浦区长周海鹰代表杨浦区人民政府向大会报告政府工作。\n周海鹰指出,根据《中共上海市杨浦区委关于制定杨浦区国民经济和社会发展第十五个五年规划的建议》,杨浦区深入研究把握发展阶段。';
    expect(runText(text).identity).toMatchObject({ district: { name: '杨浦区' }, year: 2026 });
    expect(() => runText(text.replace('周海鹰指出,根据', '在中共杨浦区委领导下,根据'))).toThrow(/Cannot determine the year/);
  });
});
