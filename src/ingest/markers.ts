/**
 * The marker grammar of report text: what a line opens with when it is a part (`一、`), a section
 * (`(一)`), a numbered item (`1.`, `1、`, `(1)`, `一是`, `①`, `第一,`) or an appendix (`附件`).
 *
 * Pure matching only: whether a marker really starts a part or section depends on the sequence,
 * which outline.ts decides.
 */

const digits: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Value of a Chinese numeral up to 99 (`一` 1, `十` 10, `十一` 11, `二十` 20, `二十三` 23);
 * undefined when the string is not one.
 */
export function chineseNumeral(text: string): number | undefined {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? digits[tens] : undefined;
  return (tens ? (digits[tens] ?? 0) : 1) * 10 + (units ? (digits[units] ?? 0) : 0);
}

export interface MarkerMatch {
  /** The marker exactly as written, e.g. `一、`, `(三)`, `1.`, `二是`. */
  marker: string;
  /** Its number in sequence. */
  number: number;
}

const numeral = '[一二三四五六七八九十]{1,3}';

function numbered(pattern: RegExp, text: string, parse: (n: string) => number | undefined) {
  const match = pattern.exec(text);
  if (!match?.[1]) return undefined;
  const number = parse(match[1]);
  return number === undefined ? undefined : { marker: match[0], number };
}

/** `一、`, `十一、` (or `一.`, `一．` as some copies write it): a part heading, or an item where the sequence says so. */
export function matchPart(text: string): MarkerMatch | undefined {
  return numbered(new RegExp(`^(${numeral})[、､.．]`), text, chineseNumeral);
}

/** `(一)` or `(一)` with full-width parentheses: a section heading. */
export function matchSection(text: string): MarkerMatch | undefined {
  return numbered(new RegExp(`^[(（](${numeral})[)）]`), text, chineseNumeral);
}

const arabic = (n: string) => Number(n.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
const circled = (c: string) => c.charCodeAt(0) - 0x2460 + 1;

/** Item patterns, tried in order. `1.` must not be the start of a decimal such as `1.5亿元`. */
const itemPatterns: Array<[RegExp, (n: string) => number | undefined]> = [
  [/^([0-9０-９]{1,2})[.．](?![0-9０-９])/, arabic],
  [/^([0-9０-９]{1,2})[、､]/, arabic],
  [/^[(（]([0-9０-９]{1,2})[)）]/, arabic],
  [new RegExp(`^(${numeral})是`), chineseNumeral],
  [new RegExp(`^第(${numeral})[,，、:：]`), chineseNumeral],
  [/^([\u2460-\u2473])/, circled],
];

/** A numbered item at the start of a paragraph: `1.`, `1、`, `(1)`, `一是`, `第一,`, `①`. */
export function matchItem(text: string): MarkerMatch | undefined {
  for (const [pattern, parse] of itemPatterns) {
    const match = numbered(pattern, text, parse);
    if (match) return match;
  }
  return undefined;
}

/**
 * `附件`, `附件1`, `附件一:`, `附件:2018年实事项目` — an appendix opens. Only on a short line, so
 * a sentence that begins with the word is not taken for one.
 */
export function matchAppendix(text: string): { marker: string; title: string } | undefined {
  const match = /^(附件\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})?)\s*[:：]?\s*(.*)$/.exec(text);
  if (!match?.[1] || text.length > 40 || /[。,，]/.test(match[2] ?? '')) return undefined;
  return { marker: match[1], title: match[2] ?? '' };
}

/** A part marker other than `一、`: `2、`, `3.`, `第一部分`. */
const otherPartMarker = /^(?:[0-9]{1,2}(?:、|[.．](?![0-9]))|第[一二三四五六七八九十]{1,3}部分)\s*/;
const headingWords = /回顾|回忆|总结|执行情况|完成情况|任务|安排|打算|目标|思路|要求/;
/** A heading written without a marker must end like one. */
const bareHeadingEnd = /(?:回顾|工作回忆|总结|任务|安排|打算|目标|思路|要求|执行情况|完成情况)$/;

/**
 * A part heading as real copies write it when the `一、` is missing or different: `2024年工作回顾`,
 * `五年工作回顾`, `2、2016 年工作回顾`, `第一部分 过去五年工作回顾`. Short, no clause punctuation, and
 * named like a review or plan part, so a sentence is never one.
 */
export function matchBarePart(text: string): { marker: string; title: string } | undefined {
  const trimmed = text.trim();
  const marker = otherPartMarker.exec(trimmed)?.[0] ?? '';
  const title = trimmed.slice(marker.length);
  const squeezed = title.replace(/[\s\u3000]+/g, '');
  if (squeezed.length === 0 || squeezed.length > (marker ? 40 : 20) || /[。,，;；:：!！?？]/.test(squeezed)) return undefined;
  // A site's category path (`文库 实用文档 报告/总结`) is a menu, not a heading.
  if (!marker && /[/|>»]/.test(squeezed)) return undefined;
  // `过去五年政府工作`: a term's review may end in `工作`.
  // `第三部分 加强政府自身建设`: the marker says it is a part, whatever the title.
  // (`第一部分 报告` over a budget report's text names the document's own sections, not a part.)
  const namedPart = marker.startsWith('第') && squeezed.length >= 4;
  if (!namedPart && !(marker ? headingWords : bareHeadingEnd).test(squeezed) && !/^过去[四五]年.{0,6}工作$/.test(squeezed)) return undefined;
  return { marker, title };
}
