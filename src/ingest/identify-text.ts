/**
 * Small text helpers shared by the identify stage: facts found on a line, Chinese-numeral years
 * and dates, the report's header lines and part headings.
 */
import type { FactSource, SourceLine } from '../model.ts';
import { isPageNumber } from './unwrap.ts';

/** A fact with where it came from (becomes a `FactOrigin`). */
export interface Found<T> {
  value: T;
  source: FactSource;
  line?: number;
  evidence: string;
}

export function found<T>(value: T, line: SourceLine | undefined, evidence: string): Found<T> {
  return line ? { value, source: 'text', line: line.line, evidence } : { value, source: 'inferred', evidence };
}

export function inferred<T>(value: T, evidence: string): Found<T> {
  return { value, source: 'inferred', evidence };
}

/** The line, trimmed and cut to a readable length around `needle`. */
export function excerpt(line: SourceLine, needle?: string): string {
  const text = line.text.trim();
  const at = needle ? Math.max(0, text.indexOf(needle)) : 0;
  const start = Math.max(0, at - 20);
  const end = Math.min(text.length, start + 60);
  return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
}

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, o: 0, O: 0, '○': 0, Ｏ: 0,
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** A year written `2014`, `２０１４` or `二〇一四` / `二o一四` (digit by digit). */
export const YEAR = '(?:[0-9０-９]{4}|[〇零oO○Ｏ一二三四五六七八九]{4})';
/** A month or day written `1`, `08`, `十二`, `二十七`. */
/**
 * The date a page was viewed, not published: `今天是:2024年11月05日`, or a live clock with its seconds and
 * weekday (`2019年03月18日17:01:33周一`).
 */
// A site's name with the day's date and weekday (`天津市河北区人民政府 2019年12月3日星期二`): its clock, left as crawled.
export const TODAY = /今天是|今日是|当前日期|[0-9]{1,2}[:：][0-9]{2}[:：][0-9]{2}\s*(?:周|星期)[一二三四五六日天]|^(?:[\u4e00-\u9fff]{2,16}人民政府)?\s*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s*星期[一二三四五六日天]$/;
export const SMALL_NUMBER = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})';

/** Parses what `YEAR` or `SMALL_NUMBER` matched. */
export function parseNumber(text: string): number {
  const ascii = text.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  if (ascii.includes('十')) {
    const [tens = '', ones = ''] = ascii.split('十');
    return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
  }
  return [...ascii].reduce((value, digit) => value * 10 + (DIGITS[digit] ?? 0), 0);
}

/** A part heading: `一、2013年工作回顾` (the marker is 一 to 十九 and 、). */
export const PART_HEADING = /^\s*[一二三四五六七八九十]{1,3}[、,，]\s*(.*)$/;

/**
 * The header: lines before the first part heading or the salutation `各位代表`, at most 25.
 * Title, dateline, meeting and speaker live here.
 */
export function headerLines(lines: readonly SourceLine[]): SourceLine[] {
  const header: SourceLine[] = [];
  for (const line of lines.slice(0, 25)) {
    if (PART_HEADING.test(line.text) || /^\s*各位代表/.test(line.text)) break;
    header.push(line);
  }
  return header;
}

/** Text with all whitespace (ASCII and full-width) removed. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Where the sidecar of `file` goes: `seeds/000_x.txt` → `seeds/000_x.meta.yaml`. */
export function sidecarPath(file: { stem?: string | undefined; dirname?: string | undefined }): string {
  if (!file.stem) return 'NAME.meta.yaml';
  const folder = file.dirname && file.dirname !== '.' ? `${file.dirname}/` : '';
  return `${folder}${file.stem}.meta.yaml`;
}

/** A report's title on a line of its own (`关于下陆区2021年财政决算草案的报告`), after a contents list too. */
export const STANDING_TITLE = /^关于.{4,60}的报告$/;
/** How far past the header a title standing alone is looked for. */
export const TITLE_LINES = 80;

/** A title broken before its last word (`关于新邵县2023年财政决算草案的` / `报 告`), read as one line. */
export function joinBrokenTitles(lines: readonly SourceLine[]): SourceLine[] {
  // A page number may stand between (`— 1 —`): the title broke at the page's end.
  const pageNumber = (line: SourceLine | undefined) => line !== undefined && isPageNumber(line.text);
  const after = (index: number) => (pageNumber(lines[index + 1]) ? index + 2 : index + 1);
  const broken = (index: number) => /^关于.{4,60}的$/.test(squeeze(lines[index]?.text ?? '')) && squeeze(lines[after(index)]?.text ?? '') === '报告';
  const joined = new Set(lines.flatMap((_, index) => (broken(index) ? [after(index)] : [])));
  return lines.flatMap((line, index) => {
    if (broken(index)) return [{ ...line, text: `${squeeze(line.text)}报告` }];
    return joined.has(index) ? [] : [line];
  });
}
