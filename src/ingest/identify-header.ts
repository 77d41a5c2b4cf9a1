/**
 * Facts stated in the report's header: the dateline (`——2014年1月8日在…会议上`, `(2015年1月27日在…)`),
 * the meeting it names, a publication field (`时间:2014-01-17`), a year in the title
 * (`政府工作报告(2014年)`) and the speaker (`上海市徐汇区区长  过剑飞`).
 */
import type { SourceLine } from '../model.ts';
import { excerpt, found, parseNumber, SMALL_NUMBER, squeeze, TODAY, YEAR, type Found } from './identify-text.ts';

export interface HeaderFacts {
  date?: Found<string>;
  /** Year of the dateline. */
  datelineYear?: Found<number>;
  meeting?: Found<string>;
  /** Year of a publication field such as `时间:2014-01-17` (not the delivery date). */
  publishedYear?: Found<number>;
  /** Its month. */
  publishedMonth?: number;
  /** Year in a title line such as `政府工作报告(2014年)`. */
  titleYear?: Found<number>;
  /** The title's year stands in brackets after it (`政府工作报告(2018年)`): the year delivered or the year reviewed. */
  titleBracketed?: boolean;
  speaker?: Found<{ name: string; title: string }>;
  /** Text before the speaker's title, e.g. `上海市徐汇区`, `上城区人民政府`. */
  speakerOrgan?: string;
}

const DATE = `(${YEAR})年(${SMALL_NUMBER})月(${SMALL_NUMBER})日`;
/** A date followed by the meeting: `2014年1月8日在…第四次会议上`. */
const DATELINE = new RegExp(`${DATE}在(.+?(?:会议|大会))(?:上|[)）]|$)`);
/** A line that is only a date: `(2014年1月8日)`. */
const DATE_LINE = new RegExp(`^[—－-]*[(（]?${DATE}[)）]?$`);
/** The delivery date as a field: `- 报告时间:2003年12月25日`. */
const REPORT_DATE = new RegExp(`^[-•·*]?报告(?:时间|日期)[:：]${DATE}`);
/** A publication field, at a line's start or after other page fields (`来源:龙华区 日期:2019年01月28日`, an e-paper's `日期:[2018年08月16日]`). */
export const PUBLISHED = /(?:^|[\s\u3000]|[^\u4e00-\u9fff])(?:(?:发布|更新)?(?:时间|日期)|最后更新|发表于)\s*[:：\]】]\s*[[【]?\s*(\d{4})\s?[-./年]\s?(\d{1,2})/;
/**
 * A page's date alone at the start of a line (`2020-01-07 19:03`, `2025-01-07 15:48 沾化融媒`, `2021-09-18 阅读: 2757`,
 * `编辑:梁盈豪2025-01-17 11:32`), or after a breadcrumb's bar (`您的位置:武隆网 > 时政新闻 > 正文 | 2023-02-02 阅读量:`, `| 招商动态 |2017-03-03`).
 */
const BARE_PAGE_DATE = /^(?:[^。|｜]{0,60}[|｜]\s*){0,3}[【\[]?(?:编辑[:：][\u4e00-\u9fff]{2,4}\s*)?((?:19|20)\d{2})[-/](\d{1,2})[-/]\d{1,2}(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:\s|[\u4e00-\u9fff]|$)/;
/** A page's clock written with 年 and 月 (`2013年03月09 12:41:38 来源:…`, its 日 often lost). */
const CLOCK_PAGE_DATE = /^((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日?\s*\d{1,2}[:：]\d{2}/;
/** A page's date before its source field (`2017年02月20日 来源: 浙江在线 通讯员 施建文`), as a news page heads its item. */
const DATED_SOURCE = /^((?:19|20)\d{2})[-./年](\d{1,2})[-./月]\d{1,2}日?\s*(?:信息)?来源[:：]/;
/** A page's source field and time-stamped date (`来源:中华龙都网 2018-01-26 15:55:35`, the space lost in a PDF), as in a breadcrumb's line. */
const SOURCE_STAMP = /来源[:：]\s*[^\s:：]{1,24}\s+((?:19|20)\d{2})-(\d{1,2})-\d{1,2}\s*\d{1,2}[:：]\d{2}/;
// `2018政府工作报告`: a title that lost its 年. Not a part's title over its source (`2010年政府工作(政府工作报告节选)`:
// the year the part reviews).
const TITLE_YEAR = new RegExp(`(${YEAR})年[^(（]*工作报告|工作报告[(（](${YEAR})年?[)）]|^(?:[\u4e00-\u9fff]{0,12})((?:19|20)[0-9]{2})(?:年度)?(?:[\u4e00-\u9fff]{1,8}?[区县市旗])?(?:人民)?(?:政府)?工作报告`);
/** `…区长  过剑飞`: organ, title, then a name of two to four characters (a middle dot for some names). */
const SPEAKER =
  /^(.*?)(代理区长|代区长|区长|代理县长|代县长|县长|代市长|市长|区委书记|县委书记|书记)[\s\u3000]+([\u4e00-\u9fff·](?:[\s\u3000]*[\u4e00-\u9fff·]){1,4})$/;

/**
 * `removed`: page lines the clean stage removed as chrome (`日期:2021-03-03 来源:…`); they are not
 * the report's text, but their publication date is still a (weak) cue to the year.
 */
export function readHeader(header: readonly SourceLine[], removed: readonly SourceLine[] = []): HeaderFacts {
  const facts: HeaderFacts = {};
  readDateline(header, facts);
  for (const line of [...header, ...removed]) {
    const text = line.text.trim();
    const published = PUBLISHED.exec(text);
    const bare = published ? undefined : BARE_PAGE_DATE.exec(text);
    const date = published ?? bare ?? SOURCE_STAMP.exec(text) ?? CLOCK_PAGE_DATE.exec(text) ?? DATED_SOURCE.exec(text);
    if (date && !facts.publishedYear && !TODAY.test(text)) {
      facts.publishedYear = found(Number(date[1]), line, excerpt(line));
      facts.publishedMonth = Number(date[2]);
    }
    if (removed.includes(line)) continue;
    // A title is a short line; a sentence that mentions the report is not one.
    const title = squeeze(text).length <= 60 ? TITLE_YEAR.exec(squeeze(text)) : null;
    if (title && !facts.titleYear) {
      facts.titleYear = found(parseNumber(title[1] ?? title[2] ?? title[3] ?? ''), line, excerpt(line));
      if (title[1] === undefined && title[2] !== undefined) facts.titleBracketed = true;
    }
    // A photo's caption (`▲中共攸县县委书记 李鹏程`) names who is pictured, not who speaks.
    const speaker = /^\s*[▲△■□●◆]/.test(text) ? null : SPEAKER.exec(text);
    if (speaker && !facts.speaker) {
      const [, organ = '', title = '', name = ''] = speaker;
      facts.speaker = found({ name: squeeze(name), title }, line, excerpt(line));
      facts.speakerOrgan = squeeze(organ);
    }
  }
  return facts;
}

/**
 * The dateline may be broken over lines (seed 000: `——2014年1月8日在上海市徐汇区第十五届` /
 * `人民代表大会第四次会议上`), so it is matched on the header joined without whitespace.
 */
function readDateline(header: readonly SourceLine[], facts: HeaderFacts): void {
  let joined = '';
  const starts: number[] = [];
  for (const line of header) {
    starts.push(joined.length);
    joined += squeeze(line.text);
  }
  const withMeeting = DATELINE.exec(joined);
  // A date line, or a page's field for it (`报告时间:2003年12月25日` in a wiki's infobox).
  const dateOnly = header.find((line) => DATE_LINE.test(squeeze(line.text)) || REPORT_DATE.test(squeeze(line.text)));
  const match = withMeeting ?? (dateOnly && (DATE_LINE.exec(squeeze(dateOnly.text)) ?? REPORT_DATE.exec(squeeze(dateOnly.text))));
  if (!match) return;
  const line = withMeeting ? header[starts.findLastIndex((start) => start <= match.index)] : dateOnly;
  if (!line) return;
  const [, year = '', month = '', day = '', meeting] = match;
  const yearNumber = parseNumber(year);
  const date = `${yearNumber}-${pad(parseNumber(month))}-${pad(parseNumber(day))}`;
  facts.date = found(date, line, excerpt(line));
  facts.datelineYear = found(yearNumber, line, excerpt(line));
  if (meeting) facts.meeting = found(meeting, line, match[0]);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
