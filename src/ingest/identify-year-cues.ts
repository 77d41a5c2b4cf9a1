/**
 * Every cue in a report to the year it was delivered, each a `Cue<number>` with its weight and
 * line (ranked by identify-evidence.ts):
 *
 * | cue | example | weight |
 * |---|---|---|
 * | dateline | `——2014年1月8日在…会议上`, `(2019年1月24日)` | 10 |
 * | a full date in the header, e.g. run together with the speaker | `…上的报告(2018年6月30日)王某某各位代表` | 7 |
 * | a dateline that lost 年/月 | `──201617日在区第十五届…`, `2019116日`, `——2011115县十六届人大四次会议` | 6 |
 * | a year in the title | `龙华区2019年政府工作报告`; `2015年度…` reviews 2015 | 6 / 5 |
 * | review or plan heading | `一、2013年工作回顾` (+1), `二○一九年工作安排` | 5 |
 * | a plan period beside a year it cannot stand with (years replaced) | `“十二五”发展成就及2019年工作回顾` | 7 |
 * | an opening sentence on the year reviewed | `2019年是新中国成立70周年…` (+1), `报告指出,2012年,是…`, `报告指出,2023年,湟中区坚持…` | 3 |
 * | the year's work to do | `做好2013年的政府工作`, `2024年…主要预期目标是:` | 3 |
 * | what a news item says the report reviewed | `报告全面准确地总结了全县2013年经济社会发展情况` (+1) | 3 |
 * | the parts a news lead names | `报告分为2023年工作回顾,2024年主要工作…三部分` | 5 |
 * | a publication field (not years after the latest year the body names) | `时间:2014-01-17`, `日期:2019年01月28日` | 3 |
 * | plan years | `今年是“十四五”开局之年` (2021) | 2 |
 * | an anniversary celebrated | `庆祝中华人民共和国成立75周年` (2024) | 2 |
 * | a year written with two digits | `对13年的工作回顾`, `14年的工作目标` | 2 |
 * | a year in brackets closing the title | `大事记(2007年)` | 4 |
 * | the sessions named with their year | `2020年盘龙区两会专栏` | 4 |
 * | a meeting named with its year | `市政府2016年第五次常务会议` | 3 |
 *
 * A review year becomes a delivery year by the coverage and the month: a yearly report reviews the
 * year before (unless delivered in November or December, at a new congress), a half-year report
 * its own year.
 */
import type { Coverage, SourceLine } from '../model.ts';
import type { Cue } from './identify-evidence.ts';
import type { HeaderFacts } from './identify-header.ts';
import type { HeadingFacts } from './identify-years.ts';
import { excerpt, joinBrokenTitles, parseNumber, squeeze, STANDING_TITLE, TITLE_LINES, TODAY, YEAR, type Found } from './identify-text.ts';
import { inPlanVoice, PLAN_START, REVIEW_VOICE, sentenceCues } from './identify-sentence-cues.ts';

const MANGLED_DATELINE = /(?:^|[—─\-－(（])((?:19|20)[0-9]{2})([0-9]{1,4})(?:日(?:在|[)）]|$)|(?=在|[区县旗市]?第?[一二三四五六七八九十]{1,3}届))/;
/** A draft's dateline with its day left open (`(2021年xx月xx日在毕节市七星关区第二届人民代表大会第六次会议上)`). */
const OPEN_DAY_DATELINE = /(?:^|[—─\-－(（])((?:19|20)[0-9]{2})年[xX×*＊]{1,2}月[xX×*＊]{1,2}日在[^。]{0,40}?会议/;
const LOST_YEAR_MARK = /(?:^|[—─\-－(（])((?:19|20)[0-9]{2})(1[0-2]|0?[1-9])月([0-9]{1,2})日(?:在|[)）]|$)/;
// `2014年7月29 日`: a space may stand before 日.
const DIGIT_DATE = /^((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$/;
/** `湘潭县2023年政府工作报告(20221223)`: the day it was read, in digits, closing a title. */
const BRACKETED_DIGIT_DATE = /[(（]((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[)）]$/;
/** `——在20201226邵县第十七届人民代表大会第六次会议上`: a dateline whose date a copy wrote in digits. */
const DIGIT_DATELINE = /^[—─\-－]*在?((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[^。0-9]{0,24}?第[一二三四五六七八九十]{1,3}届[^。]{0,24}?会议/;
const FULL_DATE = new RegExp(`(${YEAR})年([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}) ?日`);
/** `2017-01-10 16:56:00`, `2019/03/18 09:12`, `2013年03月09 12:41:38`: a page's clock in digits (a content system's stamp). */
const STAMPED_DIGIT_DATE = new RegExp(`(?<![0-9])(${YEAR})(?:[-/.]|年)(0?[1-9]|1[0-2])(?:[-/.]|月)(?:0?[1-9]|[12][0-9]|3[01])日?\\s*[0-9]{1,2}[:：][0-9]{2}`);
const YEAR_LAST_STAMP = /^(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|[12][0-9]|3[01])\.((?:19|20)[0-9]{2})[0-9]{1,2}:[0-9]{2}$/;
const SPOKEN_YEAR = /(?<![0-9０-９.])([012][0-9])年的?(?:政府)?(工作回顾|工作总结|回顾|工作目标|工作任务|目标任务|工作安排)/g;
const TITLE_BRACKET_YEAR = new RegExp(`[(（](${YEAR})年[)）]$`);
const TITLE_REVIEW_YEAR = new RegExp(`(${YEAR})年度[^,，。；;]{0,20}(?:政府)?工作报告`);
/**
 * The title of a plan or budget report, in the header or the opening sentence
 * (`关于2009年…计划执行情况与2010年计划(草案)的报告`, `作关于…2022年上半年预算执行情况的报告`,
 * `向大会报告2009年…计划执行情况与2010年计划草案,请予审议`): the
 * draft's year, or a half-year's, is the year delivered; a year's execution alone is reviewed.
 */
const PART_OF_YEAR = '上半年|(?:元|1|一)月?份?[至—\\-－~～到](?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月份?|前三季度';
const REPORT_TITLE = /关于(.{4,60}?)的(?:审查)?(?:报告|决议|解读)|(.{0,40}(?:执行(?:[与和及]调整)?情况|草案|(?:前三季度|上半年)[^。，,]{0,24}情况)).{0,12}报告|(?:向|给)(?:大会|.{0,12}常委会)报告(.{4,60}?)[,，](?:请予|请)审议/;
/**
 * `2019年是新中国成立70周年…`, `刚刚过去的2020年,是…`: the opening of the review (or of the plan); in a
 * news item, the speaker's (`刘广辉说,2021年,在市委…领导下`).
 */
const OPENING_YEAR = new RegExp(`(?:^|[。！？!?]|各位代表[,，]|《?报告》?(?:中)?(?:指出|回顾|认为)[,，:：]?|[\u4e00-\u9fff]{2,4}(?:指出|认为|强调)[,，:：]?|[\u4e00-\u9fff]{1,4}(?:说|表示)[,，:：])[“"]?(?:刚刚过去的|过去的)?(${YEAR})年[,，]?(?:是|，是|我们)|《?报告》?(?:中)?(?:指出|回顾)[,，:：](${YEAR})年[,，]|(?:政府工作报告》?|报告》?)[^。]{0,12}?[。,，][\u4e00-\u9fff]{1,4}(?:说|指出|表示)[,，:：](${YEAR})年[,，]|(?:^|[。！？!?])(${YEAR})年[,，](?=[^。]{0,40}(?:实现了|取得了|完成了|交出了))|(?:^|[。！？!?])(${YEAR})年[,，]在[^。]{0,30}(?:坚强|正确)领导下|(?:^|[。！？!?])[\u4e00-\u9fff]{2,4}(?:说|指出|表示|认为)[,，:：](${YEAR})年[,，](?:在[^。]{0,40}领导下|[^。]{0,100}?(?:做了|取得了|实现了|完成了))`);
const OPENING_LINES = 25;
/**
 * A news lead naming the parts: `报告分为“2018年工作回顾”和“2019年工作安排”两大部分`,
 * `报告分为2023年工作回顾,2024年主要工作和…三部分`, `報告分為三部分:一是2022年工作回顧`,
 * `报告由本届政府工作回顾和2021年工作情况、…2022年的主要任务…四部分组成`.
 */
export const NAMED_PARTS = /报告》?(?:共)?(?:分为?|由)(?:[两三四五]个?大?部分[:：]?)?(.{0,80})/;
const NAMED_PART = new RegExp(`[“"]?(${YEAR})年((?:政府)?(?:工作)?(?:回顾|总结|情况|安排|任务|主要工作|重点工作|展望|工作))`, 'g');

/** Where the review ends relative to delivery: 1 for a January report of last year, 0 otherwise. */
export function reviewLag(coverage: Coverage, month: number | undefined, firstSession = false, draftMeeting = false): number {
  if (coverage === 'half-year' || month === undefined) return coverage === 'half-year' ? 0 : 1;
  // A new term's first session held from September on (after the congress election)
  // reviews that year too, as a November or December session does; so does a meeting on the
  // draft from August on (`9月22日…原则通过了《政府工作报告》(讨论稿)`), before a session in the new year.
  return month >= 11 || (firstSession && month >= 9) || (draftMeeting && month >= 8) ? 0 : 1;
}

/** A news lead on a meeting about the draft report: `12月30日至31日,…征求…对…《政府工作报告》(征求意见稿)的意见`. */
// `12月18日,…带队到我县征求2023年《市政府工作报告》意见建议`: a consultation on the draft, named or not.
const DRAFT_MEETING = /^[^。]{0,20}?(?<![0-9])(1[0-2]|0?[1-9])月[0-9]{1,2}日.{0,260}?(?:政府工作报告》?[(（]?(?:征求意见稿|讨论稿|送审稿|初稿)|征求[^。]{0,20}政府工作报告》?[^。]{0,4}意见)/;

/** The month of a meeting on the draft, from the news lead in the first lines (its next paragraph may name the draft). */
function draftMeetingMonth(lines: readonly SourceLine[]): number | undefined {
  for (const [index, line] of lines.slice(0, 5).entries()) {
    const lead = DRAFT_MEETING.exec(squeeze(line.text) + squeeze(lines[index + 1]?.text ?? ''));
    if (lead) return Number(lead[1]);
  }
  return undefined;
}

/** A document's number on a line of its own: `永政办发〔2008〕31号`, `双区政发[2018]1号`. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,10}[〔\[［(（【]((?:19|20)[0-9]{2})[〕\]］)）】]\s*[0-9]{1,4}\s*号$/;

/** A notice issuing the report to the government's departments: `…人民政府关于印发2018年政府工作报告的通知`. */
const ISSUING_NOTICE = /关于印发[^。]{0,30}?政府工作报告[^。]{0,6}?的通知/;

/** `第七届人民代表大会第一次会议`, `五届一次会议`: the first session of a congress's term. */
export const FIRST_SESSION = /第[一二三四五六七八九十]{1,3}届[^。，,]{0,12}?(?:第一次|一次)会议|[一二三四五六七八九十]{1,3}届(?:人大)?一次会议/;

function isFirstSession(lines: readonly SourceLine[]): boolean {
  // A dateline wrapped over two lines (`…在广州市白云区第十六届人民代表` / `大会第一次会议上`) is read joined.
  const head = lines.slice(0, 31).map((line) => squeeze(line.text));
  return head.slice(0, 30).some((text, index) => FIRST_SESSION.test(text + (head[index + 1] ?? '').slice(0, 12)));
}

export function yearCues(
  lines: readonly SourceLine[],
  header: readonly SourceLine[],
  head: HeaderFacts,
  headings: HeadingFacts,
  coverage: Coverage,
): { cues: Cue<number>[]; month?: number; firstSession: boolean; draftMeeting: boolean } {
  const cues: Cue<number>[] = [];
  const add = (found: Found<number> | undefined, weight: number, note = '') => {
    if (found) cues.push({ value: found.value, weight, line: found.line, evidence: found.evidence + note });
  };
  add(head.datelineYear, 10);
  // The month of the event a header or news lead dates (not a publication field).
  const eventMonth = headerMonth(header) ?? newsMonth(lines);
  let month = head.date ? Number(head.date.value.slice(5, 7)) : eventMonth;
  let mangledMonth: number | undefined;
  // The month of a page's stamp in digits (`厦门网 2021-12-28 17:45`), as a publication field's.
  let stampMonth: number | undefined;
  // A notice printing the report before its dated text (`…关于印发2018年政府工作报告的通知`).
  const issuingNotice = head.datelineYear === undefined ? undefined : header.find((line) => ISSUING_NOTICE.test(squeeze(line.text)));
  for (const line of header) {
    const text = squeeze(line.text);
    const date = FULL_DATE.exec(text);
    // A second date in the header is as strong as the dateline: two that disagree are a contradiction.
    // Not a publication field, nor the date a page was saved (`今天是:2024年11月05日`).
    // A page's own line (`2022年02月18日来源:…`, `浏览字号: 2011年07月22日`) dates the page: a publication.
    const counted = date && line.line !== head.datelineYear?.line && !/(?:时间|日期)[:：]/.test(text) && !TODAY.test(text);
    // So is a date stamped with its time (`2019年03月18日17:01:33周一`): the page's clock, not a session's day.
    const stamped = date !== null && /^\s*[0-9]{1,2}[:：][0-9]{2}/.test(text.slice(date.index + date[0].length));
    // A notice printing the report (`关于印发2018年政府工作报告的通知` … `2018年1月2日`) is signed after the
    // session its dateline names: the date it was issued, as a page's is.
    const issued = issuingNotice !== undefined && issuingNotice.line < line.line;
    // `Admin - admin 于2022年04月12日发表`: a post's date.
    const pageLine = /来源[:：]|发布|发表|浏览|点击/.test(text) || stamped || issued;
    if (counted && pageLine && line.line !== head.publishedYear?.line) {
      cues.push({ value: parseNumber(date[1] ?? ''), weight: 3, line: line.line, evidence: `${excerpt(line, '年')} (published)`, atMost: true });
    }
    // `12-24 10:34`: a page's stamp of month and day only: the month the page was posted.
    // A copy may run it on to the line before (`…隆重开幕12-24 10:34`).
    const monthDay = date ? null : /(?<![0-9:-])(1[0-2]|0?[1-9])-(?:[0-2]?[0-9]|3[01])[0-9]{1,2}:[0-9]{2}$/.exec(text);
    if (monthDay) stampMonth ??= Number(monthDay[1]);
    // `梨树县人民政府 2017-01-10 16:56:00`: the page's stamp in digits, unlabelled.
    const digitStamp = date ? null : STAMPED_DIGIT_DATE.exec(text);
    if (digitStamp && line.line !== head.publishedYear?.line && !TODAY.test(text)) {
      cues.push({ value: Number(digitStamp[1]), weight: 3, line: line.line, evidence: `${excerpt(line, digitStamp[1])} (published)`, atMost: true });
      stampMonth ??= Number(digitStamp[2]);
    }
    // `永政办发〔2008〕31号`: a document's number names the year it was issued, on or after the session.
    const docNumber = DOCUMENT_NUMBER.exec(text);
    if (docNumber) cues.push({ value: Number(docNumber[1]), weight: 3, line: line.line, evidence: `${excerpt(line, docNumber[1])} (a document number: issued in ${docNumber[1]})`, atMost: true });
    if (counted && !pageLine && standsAsDate(text, date)) {
      const weight = head.datelineYear ? 8 : 7;
      cues.push({ value: parseNumber(date[1] ?? ''), weight, line: line.line, evidence: `${excerpt(line, '年')} (a date in the header)` });
    }
    // `二OO六年三月` on a line of its own: a document's date (a plan outline's cover).
    const coverDate = new RegExp(`^(${YEAR})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月$`).exec(text);
    if (coverDate && !date) cues.push({ value: parseNumber(coverDate[1] ?? ''), weight: 6, line: line.line, evidence: `${excerpt(line)} (a document's date)` });
    // `20111228` on a line of its own: a date written in digits only.
    const digits = DIGIT_DATE.exec(text) ?? BRACKETED_DIGIT_DATE.exec(text) ?? DIGIT_DATELINE.exec(text);
    if (digits) {
      month ??= Number(digits[2]);
      cues.push({ value: Number(digits[1]), weight: 7, line: line.line, evidence: `${excerpt(line)} (a date written in digits)` });
    }
    const openDay = OPEN_DAY_DATELINE.exec(text);
    if (openDay) cues.push({ value: Number(openDay[1]), weight: 10, line: line.line, evidence: `${excerpt(line, openDay[1])} (a draft's dateline, its day left open)` });
    // `——20141月4日在金乡县第十六届人民代表大会…`: a dateline that lost only its 年.
    const noYearMark = date ? null : LOST_YEAR_MARK.exec(text);
    if (noYearMark) {
      month ??= Number(noYearMark[2]);
      cues.push({ value: Number(noYearMark[1]), weight: 8, line: line.line, evidence: `${excerpt(line, noYearMark[1])} (a dateline that lost its 年)` });
    }
    const mangled = noYearMark ? null : MANGLED_DATELINE.exec(text);
    if (mangled && !date && month === undefined && (mangled[2]?.length ?? 0) === 4) mangledMonth = Number(mangled[2]?.slice(0, 2));
    if (mangled && !date) {
      cues.push({
        value: Number(mangled[1]),
        weight: 6,
        line: line.line,
        evidence: `${excerpt(line, mangled[1])} (a dateline that lost 年/月: ${mangled[0]})`,
      });
    }
    // `《肃南县志》大事记(2007年)`: a year in brackets closing a title line.
    const bracketed = line === header[0] ? TITLE_BRACKET_YEAR.exec(text) : null;
    if (bracketed && !date) {
      cues.push({ value: parseNumber(bracketed[1] ?? ''), weight: 4, line: line.line, evidence: `${excerpt(line, '年')} (the year in the title's brackets)` });
    }
    // `征集…2026年度《政府工作报告》起草建议`: the report being drafted is named by the year it is for.
    const reviewTitle = /起草|征集/.test(text) ? null : TITLE_REVIEW_YEAR.exec(text);
    if (reviewTitle) {
      const reviewed = parseNumber(reviewTitle[1] ?? '');
      cues.push({ value: reviewed + 1, weight: 5, line: line.line, evidence: `${excerpt(line)} (年度: reviews ${reviewed})` });
    }
  }
  // `04.03.2015  12:10`: an aggregator's stamp with its year last (day or month first: the year is sure, not the month),
  // under a title the header may have ended before (`…四举助推“三个走在前列”目标`, read as a part).
  for (const line of lines.slice(0, 4)) {
    const yearLast = YEAR_LAST_STAMP.exec(squeeze(line.text));
    if (yearLast) cues.push({ value: Number(yearLast[1]), weight: 3, line: line.line, evidence: `${excerpt(line, yearLast[1])} (published)`, atMost: true });
  }
  // `即将过去的2017年`, `即将过去的一年`: the year is ending as the report is read, in a December session.
  const ending = lines.slice(0, OPENING_LINES).map((line) => ({ line, match: YEAR_ENDING.exec(squeeze(line.text)) })).find(({ match }) => match);
  if (ending) month ??= 12;
  // The review of a year that calls it this year (`一、2022年工作回顾` … `三年来特别是今年`): read in its December.
  const thisYearReviewed = reviewCallsItThisYear(lines, headings.reviewYear);
  if (thisYearReviewed && headings.reviewYear) {
    month ??= 12;
    cues.push({ value: headings.reviewYear.value, weight: 5, line: thisYearReviewed.line, evidence: `${excerpt(thisYearReviewed, '今年')} (the review of ${headings.reviewYear.value} calls it this year)` });
  }
  const draftMonth = draftMeetingMonth(lines);
  const draftMeeting = draftMonth !== undefined && (month ?? mangledMonth ?? draftMonth) === draftMonth;
  const lateInYear = (month ?? mangledMonth ?? 0) >= 11 || (draftMeeting && (draftMonth ?? 0) >= 8);
  // The session's own month, not the month a page was published in.
  const sessionMonth = month ?? mangledMonth;
  const firstSession = sessionMonth !== undefined && isFirstSession(lines);
  // A page on the draft (`《政府工作报告(征求意见稿)》解读`, posted 12-30) comes before the session: its month is not the session's.
  const aboutDraft = header.some((line) => /征求意见稿|讨论稿|送审稿/.test(squeeze(line.text)));
  if (ending?.match?.[1]) {
    cues.push({ value: parseNumber(ending.match[1] ?? ''), weight: 5, line: ending.line.line, evidence: `${excerpt(ending.line, '即将')} (the year about to end)` });
  }
  // A page posted in a year after the one its title or review heading names (`2019年政府工作报告`,
  // `一、2018年主要工作回顾`, 发布日期:2020-12-15) is a later copy: its month is none of the session's.
  const namedYear = head.titleYear?.value ?? (headings.reviewYear ? headings.reviewYear.value + 1 : undefined);
  const postedLater = head.publishedYear !== undefined && namedYear !== undefined && head.publishedYear.value > namedYear;
  month ??= mangledMonth ?? draftMonth ?? (aboutDraft || postedLater ? undefined : (head.publishedMonth ?? stampMonth));
  // A title standing alone further down (after a contents list) counts as much as one in the header.
  const standingTitles = joinBrokenTitles(lines.slice(header.length + 3, header.length + TITLE_LINES)).filter((line) => STANDING_TITLE.test(squeeze(line.text)));
  for (const line of [...joinBrokenTitles(lines.slice(0, header.length + 3)), ...standingTitles]) {
    // In a list of titles (`关于…的决议草案、关于…2012年…执行情况`, `《关于政府工作报告的决议》《关于…计划的决议》`,
    // `《2021年政府工作报告(送审稿)》《2020年…计划执行情况…》`)
    // the first whose words name a plan or budget, and of it only the last title's words.
    const reportWords = new RegExp(`执行(?:[与和及]调整)?情况|草案|决算|${PART_OF_YEAR}`);
    const words = [...squeeze(line.text).matchAll(new RegExp(REPORT_TITLE.source, 'g'))]
      .map((title) => (title[1] ?? title[2] ?? title[3])?.split(/、|；|;|关于|》《/).at(-1))
      .find((candidate) => candidate !== undefined && reportWords.test(candidate));
    if (!words) continue;
    // `2024财政预算草案`: a year written without 年 before what it qualifies. A part of the year
    // (`上半年`, `1—7月份`, `元至九月`, `前三季度`) is reported on within it, as a half-year is.
    // A long-range goal's year (`“十四五”规划和二〇三五年远景目标纲要(草案)`) is no year of delivery.
    const years = [...words.matchAll(new RegExp(`(${YEAR})(?:年(?!远景)(${PART_OF_YEAR})?|(?=财政|预算|国民经济))`, 'g'))].map((m) => ({ year: parseNumber(m[1] ?? ''), half: Boolean(m[2]) }));
    const last = years.at(-1);
    if (!last) continue;
    // `2021年财政决算草案`: the final accounts of a year closed are drafted the year after.
    const accounts = !last.half && new RegExp(`${last.year}年[^年]{0,12}决算`).test(words);
    const drafted = !accounts && (/草案|上半年/.test(words) || last.half || years.length > 1);
    // Read in December, a year's execution and the next year's draft are delivered the year before.
    const value = (drafted ? last.year : last.year + 1) - (lateInYear && !last.half ? 1 : 0);
    const why = accounts ? `the accounts of ${last.year}` : drafted ? 'the year of the draft or half-year' : `reviews ${last.year}`;
    cues.push({ value, weight: 6, line: line.line, evidence: `${excerpt(line, String(last.year).slice(0, 2))} (${why}${lateInYear ? ', read in December' : ''})` });
    break;
  }
  if (head.titleYear && !cues.some((cue) => cue.line === head.titleYear?.line && cue.weight === 5)) {
    // A report delivered in December is titled with the year it plans (`2017年政府工作报告`, 2016-12-28).
    const title = head.titleYear;
    // So is one a page published in November or December of the year before its title's: no page
    // publishes a report before it is read (`2012年政府工作报告`, 发布时间:2011-12-19).
    const publishedBefore = head.publishedYear?.value === title.value - 1 && (head.publishedMonth ?? 0) >= 11;
    const planned = lateInYear || publishedBefore;
    // `政府工作报告(2018年)` over `一、2018年工作简要回顾`: the year in brackets is the year the report reviews.
    const reviewedInBrackets = !planned && head.titleBracketed === true && headings.reviewYear?.value === title.value;
    if (reviewedInBrackets) add({ ...title, value: title.value + 1 }, 6, ` (the year in brackets is the one its review heading reviews: delivered ${title.value + 1})`);
    else add(planned ? { ...title, value: title.value - 1 } : title, 6, planned ? ` (titled with the year planned, ${title.value})` : '');
  }
  // A title run into the text after it by a comma (`海门市2014年政府工作报告,一年来,我们…`): a title still.
  const runInTitle = head.titleYear ? undefined : lines.slice(0, 3).map((line) => ({ line, match: RUN_IN_TITLE.exec(squeeze(line.text)) })).find(({ match }) => match);
  if (runInTitle?.match) {
    const titled = parseNumber(runInTitle.match[1] ?? '');
    cues.push({ value: titled - (lateInYear ? 1 : 0), weight: 5, line: runInTitle.line.line, evidence: `${excerpt(runInTitle.line, '政府工作报告')} (a title run into the text: ${titled})` });
  }
  const lag = reviewLag(coverage, month, firstSession, draftMeeting);
  // Read in December, the plan is for the year after delivery.
  const planLag = coverage !== 'half-year' && lag === 0 ? 1 : 0;
  if (headings.reviewYear) {
    const reviewed = headings.reviewYear.value;
    // A plan period outweighs a title and a heading whose years the copy replaced (identify-years.ts).
    add(
      { ...headings.reviewYear, value: reviewed + lag },
      headings.replacedYear === undefined ? 5 : 7,
      ` (reviews ${reviewed}, so delivered ${reviewed + lag})`,
    );
  }
  // A December report plans the next year: delivered the year before the plan.
  const planned = headings.planYear && { ...headings.planYear, value: headings.planYear.value - 1 + lag };
  add(planned, 5, headings.planYear ? ` (plans ${headings.planYear.value})` : '');
  if (headings.planPeriod && !headings.reviewYear) {
    const end = headings.planPeriod.value[1];
    add({ ...headings.planPeriod, value: end + lag }, 5, ` (reviews the plan period to ${end}, so delivered ${end + lag})`);
  }
  for (const line of lines.slice(0, OPENING_LINES)) {
    // `请连同《…第十三个五年规划纲要(草案)》一并审议`: the next plan period is drafted at its eve; so is it where a
    // speaker at the session tells of `根据《中共…区委关于制定…第十五个五年规划的建议》` (not the outline's own preface).
    const draft = /(?:第十([一二三四五])个五年规划|[“"]十([一二三四五])五[”"]规划).{0,30}?(?:纲要)?[(（]草案[)）]|(?:指出|表示|介绍|强调|说)[,，:：]?根据《[^》]{0,40}?关于制定[^》]{0,40}?第十([一二三四五])个五年规划[^》]{0,24}?的建议》/.exec(squeeze(line.text));
    if (!draft) continue;
    const start = PLAN_START[draft[1] ?? draft[2] ?? draft[3] ?? ''] ?? 0;
    cues.push({ value: start - 1 + lag, weight: 5, line: line.line, evidence: `${excerpt(line, '第十')} (drafts the plan for ${start}–${start + 4})` });
    break;
  }
  // A page republished years later (essay sites) dates the page, not the report.
  const latest = latestYearInBody(lines, header.length);
  // A template copy (`20xx年12月29日`, `20xx年,是我县建县50周年的喜庆之年`) is undated; the page's own date says
  // nothing about the report.
  const template =
    header.some((line) => /20[xX×*＊]{2}年[0-9一二三四五六七八九十]{1,2}月/.test(squeeze(line.text))) ||
    lines.slice(0, OPENING_LINES).some((line) => /(?<![0-9])20[xX×*＊]{2}年[,，]?是/.test(squeeze(line.text)));
  // A five-year review may name no year but the one its term is measured from (`是2011年的1.5倍`).
  // So may a text that names a year only as its start (`2016年县第十一次党代会以来`): up to a term later.
  const reach = latest !== undefined && onlyAsBase(lines, 0, latest) ? 5 : 1;
  if (head.publishedYear && !template && (latest === undefined || head.publishedYear.value <= latest + reach)) {
    // Published in January or later of the year after a December delivery.
    const after = lateInYear && (head.publishedMonth ?? 12) < 11;
    const published = after ? { ...head.publishedYear, value: head.publishedYear.value - 1 } : head.publishedYear;
    cues.push({ value: published.value, weight: 3, line: published.line, evidence: `${published.evidence} (published)`, atMost: true });
    // News published in the month of the event it tells of (`11月27日上午,…开幕`, 时间:2021-11-28): the event's year.
    if (!after && eventMonth !== undefined && head.publishedMonth === eventMonth) {
      cues.push({ value: published.value, weight: 4, line: published.line, evidence: `${published.evidence} (published in the month of the event, ${eventMonth}月)` });
    }
  }
  // The opening of the review, never the plan part (`二、2014年…任务` / `2014年是…的第一年`).
  const planStart = lines.findIndex((line) => line.line === headings.planYear?.line || /^[二三四五六七八九十][、,，]/.test(line.text.trim()));
  // A dateline run into a paragraph (a PDF's contents, title, dateline and speaker on one line): the day it was read.
  if (!head.datelineYear) {
    for (const line of lines.slice(0, TITLE_LINES)) {
      const dateline = DATELINE_IN_TEXT.exec(squeeze(line.text));
      if (!dateline) continue;
      cues.push({ value: parseNumber(dateline[1] ?? ''), weight: 6, line: line.line, evidence: `${excerpt(line, dateline[0].slice(0, 8))} (a dateline in the text)` });
      break;
    }
  }
  const opening = openingLines(lines.slice(0, planStart < 0 ? lines.length : planStart));
  // A news item on the session: a report delivered (`区长…向大会作政府工作报告`).
  const reportDelivered = opening.some((line) => /(?:作|审议)[^。]{0,8}《?政府工作报告|政府工作报告》?中[,，]/.test(squeeze(line.text)));
  // News at a year's start that looks back on the year and on to this one (`过去的一年,…` / `今年,兖州区将…`).
  const lookingBack = opening.some((line) => /过去的一年/.test(squeeze(line.text))) && opening.some((line) => /(?:^|。)今年[,，][^。]{0,20}将/.test(squeeze(line.text)));
  // Years said done, weak alone: the report quoted in news of it, a year's totals, what the place did in a year.
  // What the place did is read in such news, or where a text opens on it (`2015年,爱辉区始终坚定发展信心,…实现…`),
  // its first sentence after any short lines (a title, a running header `内部资料 注意保存`).
  const placeDid = { pattern: PLACE_DID_IN_YEAR, anchor: '年', why: 'the year reviewed' };
  // Not where the year's figures are estimates (`预计数`): written in its December or the next January alike.
  const estimated = opening.some((line) => /预计/.test(line.text));
  const openingSentence = estimated ? -1 : opening.findIndex((line) => squeeze(line.text).length >= 20);
  const yearsDone = [
    ...(reportDelivered ? [{ pattern: YEAR_QUOTED_DONE, anchor: '全年', why: 'the year reviewed' }] : []),
    { pattern: YEAR_TOTALS, anchor: '生产总值', why: "the year's totals" },
    ...(reportDelivered || lookingBack ? [placeDid] : []),
  ];
  const openingDone = yearsDone.includes(placeDid) ? yearsDone : [...yearsDone, placeDid];
  for (const [index, line] of opening.entries()) {
    const text = squeeze(line.text);
    // The sentence after a line's last: the next line's first (`2025年是…之年。` / `今年政府工作的总体要求是:`).
    const following = firstSentence(lines[index + 1]);
    const opening = OPENING_YEAR.exec(text);
    if (opening) {
      const named = parseNumber(opening.slice(1).find((group) => group !== undefined) ?? '');
      // The sentence the year opens, not the ones after it (`他说,2023年,…取得新进展。报告指出,2024年,…要以`).
      const end = text.indexOf('。', opening.index + opening[0].length);
      const sentence = text.slice(opening.index, end < 0 ? undefined : end + 1);
      // A sentence that only names what the year is (`2025年是“十四五”收官之年,…也是建县60周年。`) takes the
      // voice of the next: `要重点抓好…` plans it, `一年来,我们…` reviews it.
      const nextEnd = end < 0 ? -1 : text.indexOf('。', end + 1);
      // The next sentence may run on to the next line (a copy broken at a margin).
      const nextOne = end < 0 ? following : nextEnd < 0 ? text.slice(end + 1) + following : text.slice(end + 1, nextEnd + 1);
      // A next sentence in no voice either (`在全省…上,顺德作为县区代表发言。`) passes to the one after it.
      const laterEnd = nextEnd < 0 ? -1 : text.indexOf('。', nextEnd + 1);
      const later = nextEnd < 0 ? '' : laterEnd < 0 ? text.slice(nextEnd + 1) : text.slice(nextEnd + 1, laterEnd + 1);
      const next = inPlanVoice(nextOne) || REVIEW_VOICE.test(nextOne) || later === '' ? nextOne : later;
      const namesOnly = /之年|周年/.test(sentence) && !inPlanVoice(sentence) && !/一年来|过去一年|取得了|完成了|实现了/.test(sentence);
      const planning = inPlanVoice(sentence) || (namesOnly && inPlanVoice(next));
      // Named only, and the next sentence in no voice either (`2020年,是…收官之年。岁末年初,我们遭遇了…`): weaker
      // than a year said to be reviewed (`回顾了2019年的工作`).
      const weight = namesOnly && !planning && !REVIEW_VOICE.test(next) ? 2 : 3;
      cues.push(
        planning
          ? { value: named - planLag, weight, line: line.line, evidence: `${excerpt(line)} (the year planned: ${named})` }
          : { value: named + lag, weight, line: line.line, evidence: `${excerpt(line)} (the year reviewed: ${named})` },
      );
    }
    const parts = NAMED_PARTS.exec(text);
    const namedParts = [...(parts?.[1]?.matchAll(NAMED_PART) ?? [])];
    const lastNamed = Math.max(...namedParts.map((quoted) => parseNumber(quoted[1] ?? '')));
    for (const quoted of namedParts) {
      const named = parseNumber(quoted[1] ?? '');
      // The part's name may go on past the match: `2021年政府工作取得的成效` is a review.
      const rest = (parts?.[1] ?? '').slice((quoted.index ?? 0) + quoted[0].length).split(/[;；。,，、]|[二三四五六][、.．]/)[0] ?? '';
      // `一、本届政府和2021年主要工作;二、未来五年和2022年工作安排`: work named before a later year's is done work.
      const doneBeforeLater = named < lastNamed && /^(?:主要|重点)?工作$/.test(quoted[2] ?? '');
      const reviewed = /回顾|总结|情况/.test(quoted[2] ?? '') || doneBeforeLater || /^[^任务安排]{0,12}(?:成效|成绩|成就|回顾|总结)/.test(rest);
      cues.push({
        value: reviewed ? named + lag : named - 1 + lag,
        weight: 5,
        line: line.line,
        evidence: `${excerpt(line, '报告分为')} (a part named ${quoted[0]}: ${reviewed ? `reviews ${named}` : `plans ${named}`})`,
      });
    }
    cues.push(...sentenceCues(line, text, lag, planLag, following));
    for (const { pattern, anchor, why } of index === openingSentence ? openingDone : yearsDone) {
      const done = pattern.exec(text);
      if (!done || inPlanVoice(done[0]) || /将|力争/.test(done[0])) continue;
      const named = parseNumber(done[1] ?? '');
      cues.push({ value: named + lag, weight: 2, line: line.line, evidence: `${excerpt(line, anchor)} (${why}: ${named})` });
    }
    // `这个报告对13年的工作回顾写得很全面,还有这个14年的工作目标`: years as they are spoken.
    for (const spoken of text.matchAll(SPOKEN_YEAR)) {
      if (/(?:过去|近|前|后|多|几|每|第|这)$/.test(text.slice(0, spoken.index))) continue;
      const named = 2000 + Number(spoken[1]);
      const reviewed = /回顾|总结/.test(spoken[2] ?? '');
      cues.push({
        value: reviewed ? named + lag : named - 1 + lag,
        weight: 2,
        line: line.line,
        evidence: `${excerpt(line, spoken[0])} (a year written with two digits: ${reviewed ? `reviews ${named}` : `plans ${named}`})`,
      });
    }
  }
  return { cues: withinPublication(cues), firstSession, draftMeeting, ...(month === undefined ? {} : { month }) };
}

/**
 * A page's publication date bounds the delivery from above; it is a reading only where the text says
 * nothing else. Where the text's own cues all name earlier years (an essay site republishing a 2011
 * report in 2023), the date of the page is no evidence for a later year.
 */
function withinPublication(cues: Cue<number>[]): Cue<number>[] {
  const read = cues.filter((cue) => !cue.atMost && cue.weight >= 2);
  if (read.length === 0) return cues;
  const latest = Math.max(...read.map((cue) => cue.value));
  return cues.filter((cue) => !cue.atMost || cue.value <= latest);
}

/**
 * A date that dates the text: on a short line, in brackets (`(2018年6月30日)`) or before its meeting
 * (`2019年1月8日在…会议上`), not one a sentence tells of (`2015年1月2日,崖州区正式挂牌成立`).
 */
function standsAsDate(text: string, date: RegExpExecArray): boolean {
  const before = text.slice(0, date.index);
  const after = text.slice(date.index + date[0].length);
  // Never a founding told of in history (`1992年8月8日,盐城经济技术开发区在改革春潮中诞生`, `…开发区于1985年3月20日动工兴建`),
  // however short the line a copy broke it on.
  if (/^[^。]{0,40}?(?:诞生|成立|挂牌|建立|设立|组建|撤县设区|获批|动工兴建|开工建设)/.test(after)) return false;
  if (text.length <= 60) return true;
  // A news lead opens with its date (`2014年7月29日下午,区七届人大常委会…`).
  return before.trim() === '' || /[(（]$/.test(before) || /^[)）]/.test(after) || /^(?:上午|下午)?在[^。]{0,40}会议/.test(after);
}

/** The latest four-digit year the body names (`2016年`), if any. */
function latestYearInBody(lines: readonly SourceLine[], from: number): number | undefined {
  let latest: number | undefined;
  // Header lines count too when they are sentences (a news lead taken into the header), not fields.
  const sentences = lines.slice(0, from).filter((line) => squeeze(line.text).length > 60);
  for (const line of [...sentences, ...lines.slice(from)]) {
    for (const match of line.text.matchAll(/((?:19|20)[0-9]{2})年/g)) {
      const year = Number(match[1]);
      if (latest === undefined || year > latest) latest = year;
    }
  }
  return latest;
}

/** Every mention of `year` in the body is a base of comparison: `是2011年的1.5倍`, `比2011年增长`. */
function onlyAsBase(lines: readonly SourceLine[], from: number, year: number): boolean {
  const body = lines.slice(from).map((line) => line.text).join('\n');
  const all = body.split(`${year}年`).length - 1;
  const asBase = [...body.matchAll(new RegExp(`(?:是|比|较)${year}年(?:的|增|翻|提高|下降)|${year}年[^。，,;；]{0,20}以来`, 'g'))].length;
  return all > 0 && all === asBase;
}

function firstSentence(line: SourceLine | undefined): string {
  const text = line ? squeeze(line.text) : '';
  const end = text.indexOf('。');
  return end < 0 ? text : text.slice(0, end + 1);
}

/**
 * `2023年,晋宁区围绕…,地区生产总值完成224.53亿元`: in news of a report delivered, a paragraph opening on
 * what the place did in the year reviewed (not what it will do: `2024年,晋宁区将…实现`). A yearbook's
 * `2008年,肥西县完成…` is not news of a report, so a report must be delivered in the text.
 */
/** `“2017年全年实现地区生产总值128.3亿元`: the report quoted on the year just ended (not a year's target). */
const YEAR_QUOTED_DONE = new RegExp(`(?:^|[。！？!?“"])(${YEAR})年全年(?:共)?(?:实现|完成)(?![^。]{0,40}目标)`);
/** `2018年,荷塘区经济社会…——完成地区生产总值219.4亿元,增长8%`, `1995年全县国内生产总值16.11亿元,比上年增长3.38%`,
 * `王军介绍,2025年雅江县地区生产总值预计完成46.2亿元,增速…`: a year's totals. */
const YEAR_TOTALS = new RegExp(
  `(?:^|。|(?:介绍|指出)[,，])(${YEAR})年[,，]?(?![^。]{0,60}?(?:力争|预期|目标|确保|计划))[^。]{0,60}?(?:地区|国内)生产总值(?:预计)?(?:完成|实现|达到?|为)?[0-9.]+亿元[,，、]?(?:比上年)?(?:增长|下降|增速)`,
);
const PLACE_DID_IN_YEAR = new RegExp(`(?:^|。|[)）][:：])[?？]*(${YEAR})年[,，](?![全我本在])[\u4e00-\u9fff]{2,5}[县区市旗](?![委政人])[^。]{0,150}?(?:实现|完成|达到|取得|建成|新增|累计|分别增长)`);

/** The first OPENING_LINES lines with words: a site's menu (`|`, `看扬中 |`, `头条新闻 |`) does not use up the opening. */
function openingLines(lines: readonly SourceLine[]): SourceLine[] {
  const opening: SourceLine[] = [];
  let worded = 0;
  for (const line of lines) {
    if (worded >= OPENING_LINES) break;
    opening.push(line);
    if ((line.text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6) worded += 1;
  }
  return opening;
}

/** `…草案的报告2024年11月27日县十八届人大常委会第二十三次会议县财政局…`: a date with the meeting it was read at. */
const DATELINE_IN_TEXT = new RegExp(
  `(${YEAR})年(?:1[0-2]|0?[1-9])月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日(?:在)?[^。，,；;]{0,24}?(?:人民代表大会|人大常委会|人大)[^。，,；;]{0,20}?第[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议(?!以来|审议通过|通过|确定|提出)`,
);

/** The first line of the review part that speaks of the year reviewed as this year (`特别是今年`, `今年以来,我们`, `今年3月,`). */
function reviewCallsItThisYear(lines: readonly SourceLine[], reviewYear: Found<number> | undefined): SourceLine | undefined {
  if (!reviewYear) return undefined;
  const start = lines.findIndex((line) => line.line === reviewYear.line);
  for (const line of lines.slice(start + 1, start + 40)) {
    const text = squeeze(line.text);
    if (/^[二三四五六七八九十][、,，.．]/.test(text)) return undefined;
    if (/(?:特别是|尤其是)今年(?!以来的?[0-9一二三四五六七八九十])|(?:^|[。,，])今年以来[,，]我们|今年(?:1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})月(?:份)?[,，]/.test(text)) return line;
  }
  return undefined;
}

/** `海门市2014年政府工作报告,一年来,我们在应对挑战中…`: a title and the report's first words in one sentence. */
const RUN_IN_TITLE = new RegExp(`^[\\u4e00-\\u9fff]{0,12}?(${YEAR})年度?[\\u4e00-\\u9fff]{0,6}?政府工作报告(?:全文)?[,，:：]\\s*(?:一年来|过去的?一年|各位代表|20[0-9]{2}年[,，])`);

/** `即将过去的2017年`, `即将过去的一年`: the year is ending as the report is read. */
const YEAR_ENDING = new RegExp(`即将(?:过去|结束)的(?:(${YEAR})年|(?:这)?一年)`);

/** A news item's day of the session, without its year: `12月26日上午,…第九届人民代表大会第四次会议…开幕`, `12月8日,中国共产党北京市房山区第九次代表大会召开`. */
function newsMonth(lines: readonly SourceLine[]): number | undefined {
  // A news item's lead, after up to a page of chrome (breadcrumbs, field lines); a site's menu of short
  // items (`学会`, `领导人员`, `秘书处`…) does not use up the page.
  for (const line of lines.filter((line) => squeeze(line.text).length > 8).slice(0, 20)) {
    const news = /(?:^|[。！!])[^。]{0,80}?(?<![0-9])(1[0-2]|0?[1-9])月[0-9]{1,2}日(?:上午|下午|晚)?[,，]?[^。]{0,60}?(?:(?:人民(?:代表)?大会|人大|政协)[^。]{0,30}?(?:会议|开幕)|(?:中国共产党|中共)[^。]{0,24}?第[一二三四五六七八九十]{1,3}次代表大会[^。]{0,10}?(?:召开|开幕)|党代会[^。]{0,10}?(?:召开|开幕))/.exec(squeeze(line.text));
    if (news) return Number(news[1]);
    // `敦化市第十七届人民代表大会第五次会议于12月19日至22日隆重举行`: the session, then its days.
    const held = /(?:人民代表大会|人大)[^。]{0,20}?会议[^。]{0,4}?于(1[0-2]|0?[1-9])月[0-9]{1,2}日/.exec(squeeze(line.text));
    if (held) return Number(held[1]);
    // `12月17日,天全县第十七届人民政府2025年度工作务虚会召开`: the government's retreat before the session.
    const retreat = /(?:^|[。！!])[^。]{0,40}?(?<![0-9])(1[0-2]|0?[1-9])月[0-9]{1,2}日[,，]?[^。]{0,40}?政府[^。，,]{0,16}工作务虚会/.exec(squeeze(line.text));
    if (retreat) return Number(retreat[1]);
    // `…五届人民代表大会二次会议…将于明日隆重召开。此次会议会期为12月25日—28日`: a preview gives the session's days.
    const sitting = /(?:人民代表大会|人大)[^。]{0,40}?会议[^]{0,80}?会期为(1[0-2]|0?[1-9])月[0-9]{1,2}日/.exec(squeeze(line.text));
    if (sitting) return Number(sitting[1]);
  }
  return undefined;
}

/** The month of a full date in the header (not a publication field), when there is no dateline. */
function headerMonth(header: readonly SourceLine[]): number | undefined {
  for (const line of header) {
    const text = squeeze(line.text);
    if (/(?:时间|日期)[:：]/.test(text) || TODAY.test(text)) continue;
    const date = FULL_DATE.exec(text);
    // Not a date a sentence tells of (`停产6年的康甸糖厂2022年12月17日准时复榨生产`).
    if (date && standsAsDate(text, date)) return parseNumber(date[2] ?? '');
    // A headline broken over lines may start with the session's day alone (`11月16日上午` / `掇刀区第五届…`).
    const day = /^(1[0-2]|0?[1-9])月[0-9]{1,2}日(?:上午|下午|晚)?$/.exec(text);
    if (day) return Number(day[1]);
  }
  return undefined;
}
