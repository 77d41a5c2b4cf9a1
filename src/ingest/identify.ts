/**
 * Identify: which report this is. District, city and province (from the place registry), kind,
 * coverage, the year delivered, the period reviewed and the year planned, date, speaker, meeting,
 * and from those the title and the slug. Every fact records the line (or the reason) it came from;
 * a sidecar (`NAME.meta.yaml`) overrides inference field by field and is listed in `overrides`.
 */
import type { VFile } from 'vfile';
import type { Coverage, FactOrigin, Identity, PageMeta, Place, Removal, ReportKind, Sidecar, SourceLine } from '../model.ts';
import type { Knowledge } from './knowledge.ts';
import { readHeader } from './identify-header.ts';
import { headline } from './identify-headline.ts';
import { partHeadingTitle, readHeadings, termStartInText, termYearsInText } from './identify-years.ts';
import { readKind } from './identify-kind.ts';
import { DistrictError, resolveDistrict } from './identify-district.ts';
import { excerpt, found, headerLines, inferred, sidecarPath, squeeze, type Found } from './identify-text.ts';
import { shortName } from './places.ts';
import { districtAliases } from './place-names.ts';
import { rank, where, type Cue } from './identify-evidence.ts';
import { stripPinyinGlosses } from './pinyin-gloss.ts';
import { asciiDigits, toSimplified } from './clean.ts';
import { FIRST_SESSION, NAMED_PARTS, reviewLag, yearCues } from './identify-year-cues.ts';
import { englishProse, minorityScript } from './language.ts';

export interface IdentifyContext {
  file: VFile;
  sidecar?: Sidecar | undefined;
  knowledge: Knowledge;
  /** Lines the clean stage removed as page chrome: a publication date there is still a cue. */
  removals?: readonly Removal[] | undefined;
  /** A web page's title, site name and publication date: cues where the text has none. */
  page?: PageMeta | undefined;
}

export function identify(lines: SourceLine[], ctx: IdentifyContext): Identity {
  const { file, sidecar = {} } = ctx;
  const fromSidecar = <T>(field: keyof Sidecar, value: T | undefined): Found<T> | undefined =>
    value === undefined ? undefined : { value, source: 'sidecar', evidence: `sidecar ${field}: ${format(value)}` };

  // A translation is not the report: its figures and names would be read wrong or not at all.
  const english = englishProse(lines.map((line) => line.text).join('\n'));
  if (english) {
    return file.fail(
      `The text is in English, not Chinese (${english.functionWords} English function words such as \`the\`, \`of\`, against ${english.han} Chinese characters): ` +
        'a translation of a report, which baogao cannot read figures or places from. Use the Chinese original.',
      { place: { line: 1, column: 1 }, ruleId: 'not-chinese', source: 'baogao' },
    );
  }
  const other = minorityScript(lines.map((line) => line.text).join('\n'));
  if (other) {
    return file.fail(
      `The text is in ${other.language}, not Chinese (${other.letters} letters of its script against ${other.han} Chinese characters): ` +
        'a minority-language edition, which baogao cannot read figures or places from. Use the Chinese original.',
      { place: { line: 1, column: 1 }, ruleId: 'not-chinese', source: 'baogao' },
    );
  }

  // A document's section naming the report (`第一部分 决算报告`) comes before its title and dateline: no part.
  const firstHeading = lines.findIndex((line) => partHeadingTitle(line.text) !== undefined && !/^第[一二三四五六七八九十]部分[^。，,]{0,8}报告$/.test(squeeze(line.text)));
  const header = headerLines(firstHeading < 0 ? lines : lines.slice(0, firstHeading));
  const pageLines = pageFieldLines(ctx, 'year');
  const head = readHeader(header, pageLines);
  const published = ctx.page?.published;
  if (!head.publishedYear && published) {
    head.publishedYear = inferred(Number(published.slice(0, 4)), `the page's publication date (meta tag): ${published}`);
    head.publishedMonth = Number(published.slice(5, 7));
  }
  const headings = readHeadings(lines);

  let kind: Found<ReportKind> =
    fromSidecar('kind', sidecar.kind) ??
    readKind(lines, head.speaker?.value.title, header) ??
    unknownKind(file);
  const coverage: Found<Coverage> =
    fromSidecar('coverage', sidecar.coverage) ??
    headings.coverage ??
    titleCoverage(lines.slice(0, header.length + 12)) ??
    namedPartsCoverage(lines.slice(0, header.length + 25)) ??
    (kind.value === 'party-congress-report'
      ? inferred('five-year', 'a party congress meets every five years and reviews the five years since the last')
      : undefined) ??
    (kind.value === 'party-plenary-report' ? termReportCoverage(lines.slice(0, header.length + 25)) : undefined) ??
    (headings.reviewYear ? undefined : termReviewCoverage(lines.slice(0, header.length + 40))) ??
    (kind.value === 'government-work-report' && !headings.reviewYear ? firstSessionCoverage(head.meeting, lines.slice(0, header.length + 15)) : undefined) ??
    inferred('year', 'no 上半年 or 五年 review heading: a yearly report');

  if (coverage.value === 'five-year' && !headings.termYears) {
    const years = termYearsInText(lines);
    if (years) headings.termYears = years;
  }
  const cues = yearCues(lines, header, head, headings, coverage.value);
  const year = fromSidecar('year', sidecar.year) ?? chooseYear(file, cues.cues);
  if (!year) {
    return file.fail(
      'Cannot determine the year the report was delivered: no dateline (`——2014年1月8日在…会议上`), ' +
        'no `时间:` field, no year in a title line, no heading with a year (`一、2013年工作回顾`, ' +
        '`二〇一四年主要任务`) and no opening on the year reviewed (`2013年是…`).\n' +
        `Write the sidecar ${sidecarPath(file)}:\nyear: 2014\n` +
        (coverage.value === 'half-year' ? 'reviewPeriod: 2014-H1\n' : '') +
        'reason: <the evidence for the year>',
      { ruleId: 'unknown-year', source: 'baogao' },
    );
  }
  const lag = reviewLag(coverage.value, cues.month, cues.firstSession, cues.draftMeeting);

  const reviewPeriod = fromSidecar('reviewPeriod', sidecar.reviewPeriod) ?? reviewFor(year.value, coverage.value, headings, lag, termStartInText(lines, coverage.line));
  // `一、2014年主要工作` in a report delivered in 2015: the work of the year reviewed, not a plan.
  const workReviewed = headings.planByWorkOnly && headings.planYear && headings.planYear.value < year.value;
  const planYear =
    fromSidecar('planYear', sidecar.planYear) ??
    (workReviewed ? undefined : headings.planYear) ??
    (coverage.value === 'half-year'
      ? undefined
      : lag === 0
        ? inferred(year.value + 1, 'a report delivered at the end of a year plans for the next')
        : inferred(year.value, 'a report delivered in a year plans for that year'));
  const date = fromSidecar('date', sidecar.date) ?? head.date;
  const speaker = fromSidecar('speaker', sidecar.speaker) ?? head.speaker;
  const meeting = fromSidecar('meeting', sidecar.meeting) ?? head.meeting;

  const town = sidecar.district ? undefined : townReport(lines);
  if (town) {
    return file.fail(
      `A town's report (line ${town.line}: ${excerpt(town, town.text.includes('我代表') ? '我代表' : '人民代表大会')}): a 镇 or 乡 is below ` +
        'the district level that baogao holds (districts, counties, banners, county-level cities).\n' +
        `If it belongs under a district, write the sidecar ${sidecarPath(file)}:\ndistrict: <district>\ncity: <city>\nreason: <why>`,
      { place: { line: town.line, column: 1 }, ruleId: 'town-report', source: 'baogao' },
    );
  }
  const places = resolvePlaces(lines, header.length, ctx, year.value, pageFieldLines(ctx, 'place'));
  if (kind.source === 'text' && kind.value === 'government-work-report') kind = delegationKind(lines, places.district.value) ?? kind;
  const cityFact: Found<Place> = sidecar.city
    ? { value: places.city.value, source: 'sidecar', evidence: `sidecar city: ${sidecar.city}` }
    : places.city;

  // A report delivered in November or December is named by the year it plans, as its own title names
  // it (`2021年政府工作报告`, 2020-12-21): a district may deliver one in January and another in December.
  const namedYear = planYear && planYear.value === year.value + 1 ? planYear.value : year.value;
  const title = composeTitle(places.district.value, places.city.value, places.province.value, namedYear, kind.value, reviewPeriod?.value, kind.value === 'other' ? headline(header) : undefined);
  const slug = composeSlug(places.district.value, places.city.value, namedYear, kind.value, coverage.value, reviewPeriod?.value);
  const composed = 'composed from district, city, year, kind and coverage';

  const facts: Array<[string, Found<unknown> | undefined]> = [
    ['district', places.district],
    ['city', cityFact],
    ['province', places.province],
    ['kind', kind],
    ['coverage', coverage],
    ['year', year],
    ['date', date],
    ['reviewPeriod', reviewPeriod],
    ['planYear', planYear],
    ['speaker', speaker],
    ['meeting', meeting],
    ['title', inferred(title, composed)],
    ['slug', inferred(slug, composed)],
  ];
  return {
    slug,
    title,
    kind: kind.value,
    coverage: coverage.value,
    district: places.district.value,
    city: places.city.value,
    province: places.province.value,
    year: year.value,
    ...(date ? { date: date.value } : {}),
    ...(reviewPeriod ? { reviewPeriod: reviewPeriod.value } : {}),
    ...(planYear ? { planYear: planYear.value } : {}),
    ...(speaker ? { speaker: speaker.value } : {}),
    ...(meeting ? { meeting: meeting.value } : {}),
    facts: facts.flatMap(([fact, value]) => (value ? [factOrigin(fact, value)] : [])),
    overrides: Object.keys(sidecar).filter((field) => field !== 'reason'),
  };
}

/**
 * The heaviest year cue; other years with weight are warnings naming both lines (a review heading
 * that disagrees with the dateline), and two strong cues that disagree are fatal.
 */
function chooseYear(file: VFile, cues: readonly Cue<number>[]): Found<number> | undefined {
  const ranked = rank(cues);
  if (!ranked) return undefined;
  const { chosen, conflicts, contradiction } = ranked;
  for (const conflict of conflicts) {
    const reason =
      `Conflicting years: ${where(conflict)} says delivered in ${conflict.value}, ` +
      `but ${where({ line: chosen.line, evidence: chosen.evidence })} says ${chosen.value}; using ${chosen.value}.`;
    if (contradiction) {
      return file.fail(
        `${reason.replace(/; using \d+\.$/, '.')} Strong cues contradict each other.\n` +
          `Write the sidecar ${sidecarPath(file)}:\nyear: ${chosen.value}\nreason: <which line is right>`,
        { place: conflict.line ? { line: conflict.line, column: 1 } : undefined, ruleId: 'year-conflict', source: 'baogao' },
      );
    }
    file.message(reason, {
      place: conflict.line ? { line: conflict.line, column: 1 } : undefined,
      ruleId: 'year-mismatch',
      source: 'baogao',
    });
  }
  return chosen;
}

function reviewFor(
  year: number,
  coverage: Coverage,
  headings: ReturnType<typeof readHeadings>,
  lag: number,
  termStart?: number,
): Found<string> {
  if (coverage === 'half-year') {
    return { ...(headings.coverage ?? inferred('', '')), value: `${year}-H1` };
  }
  if (coverage === 'five-year') {
    const plan = headings.planPeriod;
    if (plan) return { ...plan, value: `${plan.value[0]}-${plan.value[1]}` };
    const end = year - lag;
    // The term's first year where the review's opening names it (`2016年以来`; a term is four to six years),
    // unless it counts other than the usual five (`过去四年,…2017年以来,预计地区生产总值年均增长`: a growth's base year).
    const named = (headings.termYears ?? 5) === 5 && termStart !== undefined && termStart >= end - 5 && termStart <= end - 3;
    const start = named ? termStart : end - (headings.termYears ?? 5) + 1;
    return { ...(headings.coverage ?? inferred('', '')), value: `${start}-${end}` };
  }
  const review = headings.reviewYear;
  return review
    ? { ...review, value: String(review.value) }
    : lag === 0
      ? inferred(String(year), 'a report delivered at the end of a year reviews that year')
      : inferred(String(year - 1), 'a yearly report reviews the year before it was delivered');
}

/**
 * The page's own field lines the clean stage removed (`日期:2021-03-03 来源:上海普陀`). A breadcrumb counts for the
 * year only where it ends in the page's source and date (`…>> 新闻中心 来源:中华龙都网 2018-01-26 15:55:35`); for the
 * place, every breadcrumb counts, last (`您当前的位置: 淳安新闻 > 时政要闻`: the district's news site).
 */
function pageFieldLines(ctx: IdentifyContext, use: 'year' | 'place'): SourceLine[] {
  return (ctx.removals ?? []).flatMap((removal) => {
    if (!['chrome-published', 'chrome-field', 'chrome-breadcrumb'].includes(removal.rule)) return [];
    // Removed lines are kept as written: glosses (`發(fā)布時(shí)間`), script and full-width digits still to undo;
    // a line wrapped in a copied PDF is read whole (`…2018` / `-01-26 15:55:35`).
    const text = asciiDigits(toSimplified(stripPinyinGlosses(removal.text.replace(/\s*\n\s*/g, '')).text));
    // A breadcrumb dates the page only with its source or its date after a bar (`…> 正文 | 2023-02-02 阅读量:`).
    if (use === 'year' && removal.rule === 'chrome-breadcrumb' && !/来源[:：]|[|｜]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}/.test(text)) return [];
    return [{ text, line: removal.line }];
  });
}

function resolvePlaces(lines: readonly SourceLine[], headerCount: number, ctx: IdentifyContext, year: number, pageLines: readonly SourceLine[]) {
  try {
    const facts = resolveDistrict(lines, headerCount, ctx.knowledge.places, { sidecar: ctx.sidecar, year, pageNames: [...(ctx.page?.names ?? []), ...pageLines.map((line) => line.text)] });
    if (facts.fromPage) {
      ctx.file.message(
        `The text names no district: ${facts.district.value.name} (${facts.city.value.name}) is taken from the web page's title, site name or source line \`${facts.fromPage}\`.`,
        { ruleId: 'district-from-page', source: 'baogao' },
      );
    }
    const former = ctx.knowledge.places.districtsByName
      .get(facts.district.value.name)
      ?.find((record) => record.formerNameOf && record.city.name === facts.city.value.name);
    if (former) {
      ctx.file.message(
        `${former.district.name} is in neither GB/T 2260 nor content/places.yaml: read as the former name of ${former.formerNameOf} ` +
          `(${former.city.name}), which took its place. If it is not, or to give its years, add it to content/places.yaml.`,
        { place: facts.district.line ? { line: facts.district.line, column: 1 } : undefined, ruleId: 'district-former-name', source: 'baogao' },
      );
    }
    if (facts.guessedOver) {
      const { district, city } = facts;
      ctx.file.message(
        `District ${district.value.name} guessed to be of ${city.value.name}: ${city.evidence}. If it is another, write the sidecar ` +
          `${sidecarPath(ctx.file)}:\n` +
          facts.guessedOver.map((other) => `district: ${other.district.name}\ncity: ${other.city.name}`).join('\n  or\n') +
          '\nreason: <what the text says about the district>',
        { place: district.line ? { line: district.line, column: 1 } : undefined, ruleId: 'district-guessed', source: 'baogao' },
      );
    }
    return facts;
  } catch (error) {
    if (!(error instanceof DistrictError)) throw error;
    const example = error.candidates[0];
    // A sidecar settles what the text leaves open, not a name the registry lacks.
    const hint =
      error.ruleId === 'ambiguous-district' || !ctx.sidecar?.district
        ? `\nWrite the sidecar ${sidecarPath(ctx.file)}:\n` +
          `district: ${example?.district.name ?? '<district, e.g. 徐汇区>'}\n` +
          `city: ${example?.city.name ?? '<city, e.g. 上海市>'}\n` +
          'reason: <what the text says about the district>'
        : '';
    return ctx.file.fail(error.message + hint, {
      place: error.line ? { line: error.line, column: 1 } : undefined,
      ruleId: error.ruleId,
      source: 'baogao',
    });
  }
}

/** `关于邕宁区2020年上半年预算执行情况的报告`: a title on the first half of a year. */
function titleCoverage(header: readonly SourceLine[]): Found<Coverage> | undefined {
  // Not a report on how the opinions on a half-year's execution were acted on.
  const line = header.find((candidate) => {
    const text = squeeze(candidate.text);
    return (
      (/上半年.{0,40}(?:执行情况|工作报告|情况报告|的报告)/.test(text) || /(?:作|通报)(?:[^。，,]{0,12}?年|了?)上半年/.test(text) || /目标任务(?:上)?半年(?:完成|执行)情况/.test(text)) &&
      !/(?:审议|审查)意见的报告/.test(text)
    );
  });
  return line ? { value: 'half-year', source: 'text', line: line.line, evidence: excerpt(line, '上半年') } : undefined;
}

/** `我代表伊金霍洛镇人民政府向大会报告工作`, `在某某乡第四届人民代表大会第三次会议上`: a town speaks. */
const TOWN_SPEAKS = /我代表[\u4e00-\u9fff]{1,8}[镇乡](?:人民)?政府|在[\u4e00-\u9fff]{1,8}[镇乡]第[一二三四五六七八九十]{1,3}届人民代表大会/;

function townReport(lines: readonly SourceLine[]): SourceLine | undefined {
  return lines.slice(0, 30).find((line) => TOWN_SPEAKS.test(squeeze(line.text)));
}

/**
 * `市长王吉来到蛟河代表团,与代表共同审议政府工作报告`: the district is a delegation at its city's
 * congress, so the report discussed is the city's, not the district's own.
 */
function delegationKind(lines: readonly SourceLine[], district: Place): Found<ReportKind> | undefined {
  // `肃南代表团` of 肃南裕固族自治县: the short name without its peoples too.
  const shorts = [shortName(district.name), ...districtAliases(district.name).filter((alias) => !/[区县旗市]$/.test(alias))].filter((name) => name.length >= 2);
  const delegation = new RegExp(`(?:${district.name}|(?:${shorts.join('|')})(?:[区县旗市])?)(?:[(（][^)）]{1,12}[)）])?代表团`);
  const line = lines.slice(0, 20).find((candidate) => delegation.test(squeeze(candidate.text)));
  if (line) return found('other', line, `${excerpt(line, '代表团')} (the district's delegation at a higher congress: the report is not its own)`);
  // `王楼镇代表团积极组织团内14位代表…听取各项报告`: a town's delegation telling of the session it attended.
  const town = lines.slice(0, 20).find((candidate) => /(?:^|[。,，])[\u4e00-\u9fff]{1,6}[镇乡]代表团(?!审议|讨论)/.test(squeeze(candidate.text)));
  return town ? found('other', town, `${excerpt(town, '代表团')} (a town's delegation on the session it attended)`) : undefined;
}

/** A news item naming the report's parts (`报告共分过去5年工作回顾;今后五年…四个部分`) or quoting its review (`在报告中指出:五年来`, `对本届政府及2011年政府工作的回顾`,
 * `对2021年及十七届县人民政府工作作了全面回顾`): a term's review. */
function namedPartsCoverage(lines: readonly SourceLine[]): Found<Coverage> | undefined {
  for (const line of lines) {
    const text = squeeze(line.text);
    const parts = NAMED_PARTS.exec(text);
    const review =
      /报告(?:中)?(?:指出|回顾)[:：,，]?(?:过去的?|这)?[五5]年(?:来|间|里)|报告(?:首先|全面)?回顾了?[^。，,；;]{0,10}?(?:过去的?|这)[五5]年的?(?:工作|发展)|对本届政府[^。]{0,16}(?:回顾|总结)|总结(?:了)?过去[五5]年(?:[和及与][^。，,]{0,8})?的?(?:各项)?工作|肯定[^。]{0,16}过去[五5]年的?工作|本届政府任期(?:内)?的[四五]年|届人大一次会议以来(?:的)?(?:政府)?工作回顾|[和及与暨][区县市旗]?第?[一二三四五六七八九十]{1,3}届[区县市旗]?(?:人民)?政府工作(?:作了|进行了)?(?:全面|系统)?(?:回顾|总结)|(?:总结|回顾)了?[“"]?十[一二三四五]五[”"]?(?:时期|期间)?(?:所)?取得的(?:成绩|成就)/.exec(
        text,
      );
    if (review) return { value: 'five-year', source: 'text', line: line.line, evidence: excerpt(line, '报告') };
    if (
      parts &&
      /(?:过去|近|这)[四五45]年(?:来)?(?:的)?(?:[及和与][^、;；,，]{0,8})?(?:政府)?(?:工作)?(?:回顾|总结)|本届政府(?:工作)?(?:回顾|总结)|[和及与暨][区县市旗]?第?[一二三四五六七八九十]{1,3}届[区县市旗]?(?:人民)?政府(?:工作)?(?:回顾|总结)/.test(
        parts[1] ?? '',
      )
    ) {
      return { value: 'five-year', source: 'text', line: line.line, evidence: excerpt(line, '报告') };
    }
  }
  return undefined;
}

/**
 * A review framed by the term, with no year's review heading (`五年来,在市委…领导下`, `过去五年,是我区…`,
 * `区十六届人大一次会议以来的五年`, `三年来,我们团结和依靠全市人民`): a term's review, as a first
 * session gives. A clause must open on it, so `近五年来` and `今后五年` do not count.
 */
function termReviewCoverage(lines: readonly SourceLine[]): Found<Coverage> | undefined {
  const TERM = /(?:^|[。；;！!？?—:：])(?:[—-]+)?(?:报告指出[,，]?)?(?:过去的?[五5四4三3]年[,，里间是]|[五四三]年来[,，]|[“"]?十[一二三四五]五[”"]?时期[,，]?是[^。]{0,24}?的五年|[^。]{0,12}?(?:届人大一次会议|政府换届)以来的[三四五]年)|(?:全面|系统)?回顾了过去的?[五5]年(?:的|来)?(?:主要)?工作/;
  const line = lines.find((candidate) => TERM.test(squeeze(candidate.text)));
  // A year reviewed beside it (`一年来`, `去年`, `过去五年和2025年工作`, `“十四五”时期…成就和2025年主要工作`,
  // `刚刚过去的2025年`) makes it a yearly report looking back on the term too.
  const yearBeside = /一年来|过去一年|去年|(?:五年|十[一二三四五]五[”"]?[^。，,]{0,16}?)(?:和|及|暨)(?:19|20)[0-9]{2}年(?:的)?(?:主要)?工作|刚刚过去的(?:19|20)[0-9]{2}年/;
  if (!line || lines.some((candidate) => yearBeside.test(squeeze(candidate.text)))) return undefined;
  return { value: 'five-year', source: 'text', line: line.line, evidence: `${excerpt(line, '年')} (the review is of the term)` };
}

/**
 * The session opening in a news lead (`…第十九届人民代表大会第一次会议在区级机关礼堂举行`, `…五届一次会议隆重开幕`)
 * or its deputies at work (`出席建阳区十七届人大一次会议的区人大代表们分组审议了《政府工作报告》`).
 */
const FIRST_SESSION_OPENS = new RegExp(
  `(?:${FIRST_SESSION.source})(?:在[^。，,]{1,16}?)?(?:隆重|胜利)?(?:开幕|召开|举行)|出席[^。，,]{0,16}?(?:${FIRST_SESSION.source})的[^。，,]{0,8}?代表`,
);

/**
 * A government work report delivered at the first session of a new congress (a dateline
 * `——2022年1月20日在楚雄市第十届人民代表大会第一次会议上`, or a news lead on the session opening):
 * the outgoing government reports on its term. Asked only when no review heading names a year
 * alone (`一、2006年工作回顾` at a first session is a yearly report).
 */
function firstSessionCoverage(meeting: Found<string> | undefined, lines: readonly SourceLine[]): Found<Coverage> | undefined {
  const why = " (a new congress's first session: the outgoing government reviews its term)";
  if (meeting && FIRST_SESSION.test(squeeze(meeting.value))) return { ...meeting, value: 'five-year', evidence: meeting.evidence + why };
  const lead = lines.find((line) => FIRST_SESSION_OPENS.test(squeeze(line.text)));
  return lead && { value: 'five-year', source: 'text', line: lead.line, evidence: excerpt(lead, '会议') + why };
}

/**
 * A plenary that adopts the outgoing committee's report to the coming party congress
 * (`审议通过了十一届县委工作报告`, `县第十二次党代会召开在即`): the report reviews the committee's term.
 */
function termReportCoverage(lines: readonly SourceLine[]): Found<Coverage> | undefined {
  const line = lines.find((candidate) => /[一二三四五六七八九十]{1,3}届[区县旗市]委工作报告|(?:党代会|代表大会)召开在即/.test(squeeze(candidate.text)));
  return line && { value: 'five-year', source: 'text', line: line.line, evidence: `${excerpt(line, '届')} (the outgoing committee's report to the party congress)` };
}

function unknownKind(file: VFile): Found<ReportKind> {
  file.message(
    'Cannot tell the kind of report (no `政府工作报告`, `向大会…报告`, 区长 speaker or 区委 as subject): using `other`.',
    { ruleId: 'unknown-kind', source: 'baogao' },
  );
  return inferred('other', 'no marker of a government or party committee report');
}

/**
 * `上海市徐汇区2014年政府工作报告`, `上海市徐汇区委2014年上半年工作报告`; a document of no report's kind by its own
 * headline (`…会议关于…政府工作报告的决议`, with its district before it where the headline does not name it), else
 * as `…年其他报告`, never as the work report it is not.
 */
function composeTitle(district: Place, city: Place, province: Place, year: number, kind: ReportKind, review?: string, ownHeadline?: string): string {
  const prefix = (city.name === district.name ? province.name : city.name) + district.name;
  const half = review?.endsWith('-H1') ? '上半年' : review?.endsWith('-H2') ? '下半年' : '';
  if (kind === 'government-work-report') return `${prefix}${year}年${half}政府工作报告`;
  if (kind === 'party-committee-report') return `${prefix}委${year}年${half}工作报告`;
  if (kind === 'party-congress-report') return `中国共产党${prefix}代表大会报告(${year}年)`;
  if (kind === 'party-plenary-report') return `${prefix}委全体会议工作报告(${year}年)`;
  if (kind === 'plan-execution-report') return `${prefix}${year}年${half}计划执行情况报告`;
  if (kind === 'budget-report') return `${prefix}${year}年${half}预算报告`;
  if (ownHeadline) {
    const names = [district.name, shortName(district.name), ...districtAliases(district.name)].filter((name) => name.length >= 2);
    return names.some((name) => ownHeadline.includes(name)) ? ownHeadline : `${district.name}:${ownHeadline}`;
  }
  return `${prefix}${year}年${half}其他报告`;
}

/** `shanghai-xuhui-2014`, with `-party`/`-other` for other kinds and `-h1`/`-h2`/`-5y` for other coverage. */
function composeSlug(district: Place, city: Place, year: number, kind: ReportKind, coverage: Coverage, review?: string): string {
  const kindSuffix = {
    'government-work-report': '',
    'party-committee-report': '-party',
    other: '-other',
    'party-congress-report': '-congress',
    'party-plenary-report': '-plenary',
    'plan-execution-report': '-plan',
    'budget-report': '-budget',
  }[kind];
  const coverageSuffix =
    coverage === 'half-year' ? (review?.endsWith('-H2') ? '-h2' : '-h1') : coverage === 'five-year' ? '-5y' : '';
  return `${city.slug}-${district.slug}-${year}${kindSuffix}${coverageSuffix}`;
}

function factOrigin(fact: string, origin: Found<unknown>): FactOrigin {
  return {
    fact,
    source: origin.source,
    ...(origin.line === undefined ? {} : { line: origin.line }),
    evidence: origin.evidence,
  };
}

function format(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
