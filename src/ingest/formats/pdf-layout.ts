/**
 * PDF text positions → the report's lines. A PDF holds positioned runs of text, not paragraphs:
 * runs are grouped into printed lines by their baseline; lines that repeat at the top or bottom of
 * most pages (running headers and footers, digits ignored) and page numbers (`- 3 -`, `第3页`,
 * `3/12`) are dropped; printed lines are joined back into paragraphs. A line starts a paragraph
 * when it is indented from the page's left margin, when the line before it stops well short of the
 * right margin, after a wide vertical gap, or when it starts with a heading marker (`一、`,
 * `（一）`, `1.`) after a line that ends a sentence (where paragraphs are indented, headings are
 * too: a marker at the margin after a full line is an enumeration wrapped there), or after a
 * centred line (a title line). Where
 * paragraphs are indented (as Chinese documents are), a short line only ends a paragraph when it
 * ends a sentence: line breaking keeps `条“美丽街区”` together and leaves lines short in
 * mid-sentence. A title too long for one line fills the measure and goes on centred in the next,
 * in the same (larger) size: one line. Pure: positions in, lines out.
 */
import type { Dropped } from '../../model.ts';
import { collectDropped } from './dropped.ts';

/** A run of text as the PDF places it (PDF coordinates: y grows upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the run's height). */
  size: number;
}

export interface PdfPage {
  runs: TextRun[];
}

export interface PrintedLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** A header or footer repeats on at least this share of pages (and on two at least). */
export const RUNNING_SHARE = 0.5;
/** Lines at each edge of a page looked at for headers, footers and page numbers. */
const EDGE_LINES = 2;

const pageNumber =
  /^[-－—–―\s]*(?:第\s*)?(?:\d+|[ivxlc]+)\s*(?:页)?(?:\s*[/／]\s*\d+|\s*[,，]?\s*共\s*\d+\s*页)?[-－—–―\s]*$|^(?:page|p\.)\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i;
const headingStart = /^(?:第[一二三四五六七八九十百]+[章节部分篇]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d))/;
const sentenceEnd = /[。！？：；!?:;）)」』”]$/;
const fullStop = /[。！？!?][”’」』]?$/;
const latin = /[A-Za-z]$/;

export function layoutLines(pages: readonly PdfPage[]): { lines: string[]; dropped: Dropped[] } {
  const printed = pages.map((page) => printedLines(page.runs));
  const dropped: Array<{ rule: string; text: string }> = [];
  const running = runningKeys(printed);
  const kept = printed.map((lines) =>
    lines.filter((line, i) => {
      const top = i < EDGE_LINES;
      const bottom = i >= lines.length - EDGE_LINES;
      if (!top && !bottom) return true;
      if (pageNumber.test(line.text.trim())) {
        dropped.push({ rule: 'pdf-page-number', text: line.text });
        return false;
      }
      const key = keyOf(line.text);
      if (top && running.top.has(key)) {
        dropped.push({ rule: 'pdf-running-header', text: line.text });
        return false;
      }
      if (bottom && running.bottom.has(key)) {
        dropped.push({ rule: 'pdf-running-footer', text: line.text });
        return false;
      }
      return true;
    }),
  );
  return { lines: joinParagraphs(kept), dropped: collectDropped(dropped) };
}

/** Runs grouped into lines by baseline (top of the page first), each line's runs left to right. */
export function printedLines(runs: readonly TextRun[]): PrintedLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(first.y - run.y) <= Math.max(first.size, run.size) * 0.4) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => {
    const ordered = line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of ordered) {
      // A visible gap between runs is a space the PDF does not spell out.
      const gap = run.x - end > run.size * 0.25 && text !== '' && !/\s$/.test(text) && !/^\s/.test(run.text);
      text += (gap ? ' ' : '') + run.text;
      end = run.x + run.width;
    }
    const first = ordered[0]!;
    return {
      text: text.trim(),
      x: first.x,
      right: end,
      y: first.y,
      size: Math.max(...ordered.map((r) => r.size)),
    };
  });
}

/** Digits stand for page numbers and dates; spaces vary with the layout. */
const keyOf = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

function runningKeys(pages: readonly PrintedLine[][]): { top: Set<string>; bottom: Set<string> } {
  const need = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  const count = (edge: (lines: PrintedLine[]) => PrintedLine[]) => {
    const seen = new Map<string, number>();
    for (const lines of pages) {
      for (const key of new Set(edge(lines).map((l) => keyOf(l.text)))) seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    return new Set([...seen].filter(([, n]) => n >= need).map(([key]) => key));
  };
  return {
    top: count((lines) => lines.slice(0, EDGE_LINES)),
    bottom: count((lines) => lines.slice(-EDGE_LINES)),
  };
}

/**
 * The page's left margin: the leftmost position at which a share of the lines start. Not the most
 * common start: in a text of short one-line paragraphs (title lines, a list of headings, a
 * dateline), most lines start indented and only the few wrapped lines reach the margin.
 */
export function leftMargin(lines: readonly PrintedLine[]): number {
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.x), (starts.get(Math.round(line.x)) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(lines.length * MARGIN_SHARE));
  const near = (x: number) => (starts.get(x - 1) ?? 0) + (starts.get(x) ?? 0) + (starts.get(x + 1) ?? 0);
  const margin = [...starts.keys()].sort((a, b) => a - b).find((x) => near(x) >= need);
  return margin ?? mode(lines.map((l) => l.x));
}

/** Lines that start at the left margin: at least this share of a document's lines (and two). */
const MARGIN_SHARE = 0.03;

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

export function joinParagraphs(pages: readonly PrintedLine[][]): string[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const left = leftMargin(all);
  // The body's size: the size most of the text is set in (a page of title lines has few characters).
  const size = mode(all.flatMap((l) => Array.from({ length: l.text.length }, () => l.size))) || 10;
  // The right margin: the right end most full lines reach (lines are ragged by up to a character).
  const rights = all.map((l) => l.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? 0;
  const indented = (line: PrintedLine) => line.x > left + size * 0.8;
  // Centred on the measure (a title line): as far from the right margin as from the left, and
  // further in than a paragraph's indent (a first line ending early can look centred).
  const centred = (line: PrintedLine) => line.x - left > size * 2.5 && Math.abs(line.x - left - (right - line.right)) <= line.size * 0.5;
  /** A centred title too long for one line fills the measure (to within one of its characters) and goes on centred. */
  const titleGoesOn = (above: PrintedLine, line: PrintedLine) =>
    // A heading set in the title's size (`一、2022年预算执行情况`) starts its own line.
    !headingStart.test(line.text) &&
    above.x <= left + above.size * 1.05 &&
    above.right >= right - above.size * 1.05 &&
    !sentenceEnd.test(above.text) &&
    Math.abs(above.size - line.size) < 0.5 &&
    line.size > size + 0.5 &&
    centred(line);
  // Paragraphs are marked by indenting when more than a few lines are indented.
  const indentMode = all.filter(indented).length >= all.length * 0.05;
  const paragraphs: string[] = [];
  let previous: PrintedLine | undefined;
  const gaps = pages
    .flatMap((lines) => lines.slice(1).map((line, i) => lines[i]!.y - line.y))
    .filter((gap) => gap > 0 && gap < size * 3)
    .sort((a, b) => a - b);
  // The usual distance between lines; a paragraph set apart by space has more.
  const spacing = gaps[Math.floor(gaps.length / 2)] ?? size * 1.5;
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const above = i > 0 ? lines[i - 1] : undefined;
      const gap = above ? above.y - line.y : 0;
      const starts =
        previous === undefined ||
        (indented(line) && !(above !== undefined && titleGoesOn(above, line))) ||
        centred(previous) ||
        (previous.right < right - size * 2.5 && (!indentMode || sentenceEnd.test(previous.text))) ||
        (above !== undefined && gap > spacing * 1.8) ||
        // A line set in a title's size after one in another size (a dateline too long for one line, set at the
        // margin after a short `发布时间:…` field) starts a paragraph: one paragraph has one size.
        (Math.abs(line.size - previous.size) >= 0.5 && Math.max(line.size, previous.size) > size + 0.5) ||
        // A heading marker at the margin after a full line ending in `;` or `:`, where paragraphs
        // are indented, is an enumeration wrapped in mid-sentence (`…工作回顾;` / `二、…`): headings
        // are indented too. After a full stop it is a heading an office set at the margin
        // (`…更加美好的未来！` / `三、2017年重点工作任务`).
        (sentenceEnd.test(previous.text) &&
          headingStart.test(line.text) &&
          !(indentMode && previous.right >= right - size * 2.5 && !fullStop.test(previous.text))) ||
        // A heading marker set in another size than the full line before it is a heading in its
        // own style (Word's 标题 2 at the margin after `…以下五个方面的工作：`), not a wrapped list.
        (sentenceEnd.test(previous.text) && headingStart.test(line.text) && Math.abs(line.size - previous.size) >= 0.5);
      if (starts || paragraphs.length === 0) paragraphs.push(line.text);
      else {
        const last = paragraphs.pop()!;
        paragraphs.push(last + (latin.test(last) && /^[A-Za-z]/.test(line.text) ? ' ' : '') + line.text);
      }
      previous = line;
    });
  }
  return paragraphs;
}
