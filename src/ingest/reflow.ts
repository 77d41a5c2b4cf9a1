/**
 * Structure recovered from text that lost its line breaks (a whole report on one line, as document
 * and essay sites copy it). Only a line that holds most of the text is touched; a text with its own
 * line breaks is left as it is.
 *
 * Such a line is cut, without changing a character, where the report's own structure stands:
 * before a dateline dash (`——2020年1月7日在…`), after the meeting (`…会议上`), before the salutation
 * (`各位代表:`), before part and section markers in sequence (`。一、`, `。(二)`), and after a part
 * heading glued to its text (`一、2019年工作回顾过去一年,…` → `一、2019年工作回顾` / `过去一年,…`).
 * A piece still long after that is split into paragraphs at sentence ends. Every cut piece keeps
 * its source line; the line is listed as `reflowed`.
 *
 * Page numbers of a document site inside the text (`年均 - 1 -`) are removed and listed as removals
 * (rule `chrome-page-number`), in any line.
 */
import type { Removal, SourceLine } from '../model.ts';
import { chineseNumeral } from './markers.ts';

/** A line holding at least this share of the text, and this long, lost its line breaks. */
const RUN_SHARE = 0.75;
const RUN_LENGTH = 300;
/** Paragraphs cut from a run are about this long (whole sentences). */
const PARAGRAPH_LENGTH = 200;
/** A piece longer than this is split at sentence ends. */
const LONG_PIECE = 400;

const PAGE_NUMBER = /\s*[-－—]\s*[0-9]{1,3}\s*[-－—]\s*$/;

export interface ReflowResult {
  lines: SourceLine[];
  removals: Removal[];
  /** Source lines that were cut into several. */
  reflowed: number[];
}

export function reflow(lines: readonly SourceLine[]): ReflowResult {
  const removals: Removal[] = [];
  const unpaged = lines.flatMap((line) => {
    const page = PAGE_NUMBER.exec(line.text);
    if (!page || page.index === 0) return [line];
    removals.push({ line: line.line, rule: 'chrome-page-number', text: page[0] });
    return [{ ...line, text: line.text.slice(0, page.index) }];
  });
  const total = unpaged.reduce((sum, line) => sum + line.text.length, 0);
  const reflowed: number[] = [];
  const out: SourceLine[] = [];
  for (const line of unpaged) {
    if (!isRun(line.text, total)) {
      out.push(line);
      continue;
    }
    const pieces = cutRun(line.text);
    if (pieces.length > 1) reflowed.push(line.line);
    for (const piece of pieces) out.push({ text: piece, line: line.line });
  }
  return { lines: out, removals, reflowed };
}

/**
 * A line that lost its line breaks: most of the text on one line, or a long line with a part
 * heading inside it (page chrome around a one-line report can keep its share under RUN_SHARE).
 */
export function isRun(text: string, total: number): boolean {
  return text.length >= RUN_LENGTH && (text.length >= total * RUN_SHARE || hasInnerPart(text));
}

/** The pieces of a run, in order; joined they are the run exactly (less surrounding spaces). */
export function cutRun(text: string): string[] {
  const cuts = new Set<number>();
  const at = (pattern: RegExp, offset: (match: RegExpExecArray) => number) => {
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
      const position = (match.index ?? 0) + offset(match as RegExpExecArray);
      if (position > 0 && position < text.length) cuts.add(position);
    }
  };
  // The dateline: a dash after a title, a date or meeting ending the header.
  at(/[^—─―\-\s](?=\s*(?:——|──|――|—|―)\s*(?:[0-9]{4}|[〇○o一二]{4}|在))/u, (m) => m[0].length);
  at(/(?:会议上|大会上|会议上的报告|大会上的报告)(?=[^的])/u, (m) => m[0].length);
  // The meeting or its date after page fields or a title: `浏览次数:在包河区第四届…会议上`, `(全文)2010年2月24日在…`.
  at(/(?<=[:：\s\d)）])在[^。，,]{2,40}?(?:会议|大会)上/u, () => 0);
  at(/(?<![—─―\-])(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*在[^。，,]{2,40}?(?:会议|大会)上/u, () => 0);
  // A date in parentheses closing the header: `…的报告(2016年7月24日)张耀武各位代表`.
  at(/[(（][0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日[)）]/u, (m) => m[0].length);
  // A title dated in digits (`…政府工作报告(20221223)`), or by a dateline that lost 年/月 (`…工作报告20161228日)`).
  at(/(?<=报告)[(（]?(?:19|20)[0-9]{5,6}日?[)）]/u, (m) => m[0].length);
  at(/(?<=报告)[(（]?(?:19|20)[0-9]{5,6}日?[)）]/u, () => 0);
  // Page chrome run together with the report: the end of a breadcrumb before a title naming a year
  // (`首页 > 信息公开 > 工作报告龙华区2019年政府工作报告`), and the page's fields (`来源:龙华区 日期:2019年01月28日`).
  at(/(?:>>?|»|›|＞|\/)\s*[^>»›＞\/。，,]{0,12}?(?=(?:关于)?[\u4e00-\u9fff]{0,12}(?:19|20)[0-9]{2}年[^。，,>»›＞\/]{0,40}?报告)/u, (m) => m[0].length);
  at(/(?:信息)?来源[:：][^。，,]{0,20}?(?:发布|更新)?(?:时间|日期)[:：]\s*[0-9]{4}|(?:发布|更新)?(?:时间|日期)[:：]\s*[0-9]{4}[-./年][0-9]{1,2}/u, () => 0);
  // A title between page chrome: `[四川] 2020年成都市锦江区政府工作报告[复制链接]` (never inside a sentence).
  at(TITLE_IN_CHROME, () => 0);
  at(TITLE_IN_CHROME, (m) => m[0].length);
  at(ABOUT_TITLE_IN_CHROME, () => 0);
  at(ABOUT_TITLE_IN_CHROME, (m) => m[0].length);
  // The salutation, and the speaker's name before it.
  at(/(?:各位代表|主任、各位副主任|同志们)[:：、,，]/u, () => 0);
  // A part heading without a marker between two sentences: `…意见。“十二五”发展成就及2019年工作回顾“十二五”时期是…`.
  at(UNMARKED_HEADING, () => 0);
  at(UNMARKED_HEADING, (m) => m[0].length);
  for (const position of markerCuts(text)) cuts.add(position);
  const pieces: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .flatMap(splitGluedHeading)
    .flatMap((piece) => (piece.length > LONG_PIECE ? sentences(piece) : [piece]));
}

/**
 * Part markers (`一、`) and section markers (`(一)`) after a sentence end, in sequence: `二、` only
 * after `一、`, so an enumeration (`十九届二中、三中全会`, `二、三季度`) is never a cut.
 */
function markerCuts(text: string): number[] {
  const cuts: number[] = [];
  const marker = /(?<=^|[。！？!?；;:：]\s*|\s{2,})(?:([一二三四五六七八九十]{1,3})[、､]|[(（]([一二三四五六七八九十]{1,3})[)）])/gu;
  let nextPart = 1;
  let nextSection = 1;
  for (const match of text.matchAll(marker)) {
    // `一、二、三产业增加值分别增长…`: a marker run straight into the next numeral is an enumeration.
    if (match[1] && /^[一二三四五六七八九十]{1,3}[、､]/u.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    const part = match[1] ? chineseNumeral(match[1]) : undefined;
    const section = match[2] ? chineseNumeral(match[2]) : undefined;
    if (part !== undefined && part === nextPart) {
      cuts.push(match.index ?? 0);
      nextPart += 1;
      nextSection = 1;
    } else if (section !== undefined && section === nextSection && nextPart > 1) {
      cuts.push(match.index ?? 0);
      nextSection += 1;
    }
  }
  return cuts;
}

/** `信息名称 关于2009年国民经济和社会发展计划执行情况与2010年计划草案的报告索引号:…` (never inside a sentence). */
const ABOUT_TITLE_IN_CHROME = /(?<=[\s\]】>》_|:：])关于[^。，,；;！？\s]{4,60}?的(?:工作)?报告(?=[\s\[【_|\-—]|[\u4e00-\u9fff]{2,4}[:：]|$)/u;
const TITLE_IN_CHROME =
  /(?<=[\s\]】>》_|:：])[\u4e00-\u9fff]{0,12}?(?:19|20)[0-9]{2}年[^。，,；;！？\s\[【]{0,20}?工作报告(?:[(（]全文[)）])?(?=[\s\[【_|\-—]|$)/u;

/**
 * An unmarked part heading right after a sentence end (or at the start): short, no clause punctuation, naming a year,
 * a plan period or the term (`2019年`, `“十二五”`, `过去五年`) and ending in a part's words.
 * `工作回忆` is how rewriting ("spinning") sites write `工作回顾`; `工作简要回顾` is an older report's.
 */
const UNMARKED_HEADING =
  /(?<=^|[。！？!?])\s*[^。，,；;：:！？!?\s]{0,12}?(?:(?:19|20)[0-9]{2}年|十[一二三四五]五[”"〞]?|过去[四五]年)[^。，,；;：:！？!?\s]{0,10}?(?:工作(?:简要)?回顾|工作回忆|工作安排|主要任务|工作任务)(?=[^。，,；;、的和与及]{2})/u;

/** Part heading words that end a heading glued to its first sentence. */
const GLUED_HEADING = /^([一二三四五六七八九十]{1,3}[、､]\s*[^。，,；;]{0,32}?(?:工作回顾|回顾|工作回忆|主要任务|工作任务|工作安排|总体要求|主要目标|工作打算|执行情况))(?=[^。，,；;、的和与及]{2})/u;

/** A part heading stands inside the line: `。一、…。二、…` in sequence, or an unmarked review heading. */
function hasInnerPart(text: string): boolean {
  return UNMARKED_HEADING.test(text) || markerCuts(text).length >= 2;
}

/** `一、2019年工作回顾过去一年,我们…` → the heading and the text after it. */
function splitGluedHeading(piece: string): string[] {
  const glued = GLUED_HEADING.exec(piece);
  if (!glued?.[1]) return [piece];
  return [glued[1], piece.slice(glued[1].length).trim()].filter((part) => part !== '');
}

/** Whole sentences gathered into paragraphs of about PARAGRAPH_LENGTH characters. */
function sentences(piece: string): string[] {
  const parts = piece.match(/[^。！？!?]*[。！？!?]+[”’」』)）]*|[^。！？!?]+$/gu) ?? [piece];
  const paragraphs: string[] = [];
  let current = '';
  for (const sentence of parts) {
    current += sentence;
    if (current.length >= PARAGRAPH_LENGTH) {
      paragraphs.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) paragraphs.push(current.trim());
  return paragraphs.filter((paragraph) => paragraph !== '');
}
