/**
 * Text copied out of a PDF (or a converter's plain-text export) is hard-wrapped: every printed line
 * is a line of the file, so a paragraph is spread over lines of one width that break in
 * mid-sentence and mid-figure (`增长12.` / `5%`, `34.85亿` / `元`), with the page numbers between
 * pages on lines of their own. Such a text is recognised by its lines: most of them fill one width
 * (full-width characters 1, ASCII ½, as a PDF sets them), most of those end in mid-sentence, and
 * hardly any is wider. Its lines are then
 * joined back into paragraphs: a line that fills the width goes on in the next line, unless the next
 * line is indented (where paragraphs are) or starts a heading after a sentence end; a line a little
 * short of the width goes on too when it ends in mid-word (no punctuation: a first line whose indent
 * was lost), or before a dateline. Page-number lines between pages are removed, and a running
 * header or footer copied along with them. A text with its own line breaks (one line a paragraph)
 * is left as it is: its line widths vary, and many lines are wider than most.
 *
 * Pure: the lines as read (leading whitespace kept, so that indents count) in, a plan out.
 */

/** At least this many lines, two of them filling a width between these, before a text is taken as hard-wrapped. */
const MIN_LINES = 4;
const MIN_FILLING = 2;
const MIN_WIDTH = 14;
const MAX_WIDTH = 60;
/** Share of the lines that fill the width, and share allowed to be wider. */
const FULL_SHARE = 0.25;
const WIDER_SHARE = 0.05;
/** A line this close to the width fills it. */
const FULL_SLACK = 1.5;

export interface UnwrapPlan {
  /** The wrap width found (in full-width characters), when the text is hard-wrapped. */
  width?: number;
  /** Indexes of lines to join, in order: each group is one line of the result. */
  groups: number[][];
  /** Indexes of page-number lines between pages (left out of every group). */
  pageNumbers: number[];
  /** Indexes of running headers or footers: a line repeated next to the page numbers (left out too). */
  running: number[];
}

/** Width of text as set in a PDF: full-width characters 1, ASCII and no-break space ½. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x100 ? 0.5 : 1;
  return width;
}

const PAGE_NUMBER = /^[-－—–―\s]*(?:第\s*)?[0-9]{1,3}\s*(?:页)?(?:\s*[/／]\s*[0-9]{1,3}|\s*[,，]?\s*共\s*[0-9]{1,3}\s*页)?[-－—–―\s]*$/u;
/** A line that is only a page number (`- 2 -`, `— 1 —`, `第2页`, `2/10`). */
export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(text.trim());
const SENTENCE_END = /[。！？!?：:；;]$/u;
const ENDS_CLAUSE = /[。！？!?；;：:][”’」』)）]?$/u;
const FULL_STOP = /[。！？!?][”’」』)）]?$/u;
const MID_WORD = /[\p{Script=Han}0-9A-Za-z]$/u;
/** A dateline (`——2023年8月31日在…`, `——在…会议上`) starts a line of its own. */
const DATELINE_START = /^(?:——|──|－－|--)\s*(?:[0-9]{4}|[〇○零一二]{4}|在)/u;
const HEADING_START = /^(?:第[一二三四五六七八九十百]+[章节部分篇]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.．、](?![0-9]))/u;
const INDENT = /^(?:\u3000|\s{2,})/u;
/** Short words between spaces, four or more: a menu, not prose. */
const MENU = /^(?:\p{Script=Han}{2,6}\s+){3,}\p{Script=Han}{2,6}$/u;

/** The plan for `lines` (as read, leading whitespace kept; blank lines may be among them). */
export function unwrap(lines: readonly string[]): UnwrapPlan {
  const width = wrapWidth(lines);
  const kept = lines.map((_, i) => i).filter((i) => (lines[i] ?? '').trim() !== '');
  if (width === undefined) return { groups: kept.map((i) => [i]), pageNumbers: [], running: [] };
  const text = (i: number) => (lines[i] ?? '').trim();
  const pageNumbers = kept.filter((i) => PAGE_NUMBER.test(text(i)));
  const running = runningLines(kept, pageNumbers, text);
  const pageBreaks = [...pageNumbers, ...running];
  const body = kept.filter((i) => !pageNumbers.includes(i) && !running.includes(i));
  const indents = body.filter((i) => INDENT.test(lines[i] ?? '')).length;
  // Paragraphs are marked by indents when a good share of lines (the first of each) have one.
  const indentMode = indents >= body.length * 0.1;
  const full = (i: number) => displayWidth((lines[i] ?? '').trimEnd()) >= width - FULL_SLACK;
  // A first line whose two-character indent was lost in copying.
  const nearlyFull = (i: number) => displayWidth((lines[i] ?? '').trimEnd()) >= width - FULL_SLACK - 2;
  const goesOn = (a: number, b: number): boolean => {
    const before = text(a);
    const after = text(b);
    if (indentMode && INDENT.test(lines[b] ?? '')) return false;
    // Where paragraphs are indented, headings are too: a marker at the margin goes on an enumeration.
    if (!indentMode && SENTENCE_END.test(before) && HEADING_START.test(after)) return false;
    if (DATELINE_START.test(after)) return false;
    // A site's menu (`首页 新闻中心 信息公开 政务服务 …`) that happens to fill the width is no wrapped sentence.
    if (MENU.test(before)) return false;
    // A date or number broken at the margin (`…来源:中华龙都网 2018` / `-01-26 15:55:35`) is one.
    if (/[0-9]$/.test(before) && /^[-./:：][0-9]/.test(after)) return true;
    // A sentence end on a line a little short is a paragraph's end more often than not.
    if (!indentMode && FULL_STOP.test(before)) return displayWidth((lines[a] ?? '').trimEnd()) >= width - 0.5;
    return full(a) || (!indentMode && nearlyFull(a) && MID_WORD.test(before));
  };
  // A blank line ends a paragraph, unless blank lines stand between most lines (double spacing).
  const blankAfter = (a: number, b: number) => lines.slice(a + 1, b).some((line) => line.trim() === '');
  const pairs = body.slice(1).map((b, k) => blankAfter(body[k]!, b));
  const spaced = pairs.filter(Boolean).length > pairs.length / 2;
  const groups: number[][] = [];
  let previous: number | undefined;
  for (const i of body) {
    const group = groups.at(-1);
    const apart = previous !== undefined && !spaced && blankAfter(previous, i) && !pageBreaks.some((p) => p > previous! && p < i);
    if (group && previous !== undefined && !apart && goesOn(previous, i)) group.push(i);
    else groups.push([i]);
    previous = i;
  }
  return { width, groups, pageNumbers, running };
}

/**
 * A page's running header or footer, copied along with its text: the line just before or after a
 * page number that stands there at most page breaks (digits aside: `2019年政府工作报告`, `第3页`).
 */
function runningLines(kept: readonly number[], pageNumbers: readonly number[], text: (i: number) => string): number[] {
  if (pageNumbers.length < 2) return [];
  const key = (i: number) => text(i).replace(/[0-9]+/g, '#').replace(/\s+/g, '');
  const neighbours = pageNumbers.flatMap((p) => {
    const at = kept.indexOf(p);
    return [kept[at - 1], kept[at + 1]].filter((i): i is number => i !== undefined && !pageNumbers.includes(i));
  });
  const counts = new Map<string, number>();
  for (const i of new Set(neighbours)) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(pageNumbers.length * 0.5));
  const repeated = new Set([...counts].filter(([, n]) => n >= need).map(([k]) => k));
  return [...new Set(neighbours)].filter((i) => repeated.has(key(i))).sort((a, b) => a - b);
}

/**
 * The width most lines fill, when the text is hard-wrapped: at least FULL_SHARE of the lines reach
 * it (within FULL_SLACK: Latin letters and digits are narrower or wider than half a character, and
 * a line may end a character early or late to keep punctuation off a line's start) and at most
 * WIDER_SHARE are wider. Undefined for any other text.
 */
export function wrapWidth(lines: readonly string[]): number | undefined {
  const widths = lines
    .map((line) => line.trimEnd())
    .filter((line) => !PAGE_NUMBER.test(line.trim()) && line.trim() !== '')
    .map(displayWidth);
  if (widths.length < MIN_LINES) return undefined;
  const filling = (width: number) => widths.filter((w) => w >= width - FULL_SLACK && w <= width + 0.5).length;
  const candidates = [...new Set(widths.filter((w) => w >= MIN_WIDTH && w <= MAX_WIDTH).map(Math.ceil))];
  const [width] = candidates.map((w) => [w, filling(w)] as const).sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [];
  if (width === undefined || filling(width) < MIN_FILLING) return undefined;
  // Punctuation may hang past the measure, and Latin letters vary: a character over is no wider line.
  const wider = widths.filter((w) => w > width + 1.5).length;
  if (filling(width) < widths.length * FULL_SHARE || wider > widths.length * WIDER_SHARE) return undefined;
  // Printed lines break in mid-sentence; paragraphs of about one length end with their sentences.
  const fillingTexts = lines.map((line) => line.trimEnd()).filter((line) => {
    const w = displayWidth(line);
    return line.trim() !== '' && w >= width - FULL_SLACK && w <= width + 0.5;
  });
  const midSentence = fillingTexts.filter((line) => !ENDS_CLAUSE.test(line)).length;
  if (midSentence < Math.max(MIN_FILLING, fillingTexts.length / 2)) return undefined;
  // A list of headings of one length (a table of contents) is no wrapped text: its lines start with markers.
  const texts = lines.map((line) => line.trim()).filter((line) => line !== '' && !PAGE_NUMBER.test(line));
  const afterFull = texts.slice(1).filter((_, k) => displayWidth(texts[k]!) >= width - FULL_SLACK);
  return afterFull.filter((line) => HEADING_START.test(line)).length > afterFull.length / 2 ? undefined : width;
}
