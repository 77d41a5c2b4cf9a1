/**
 * Edits a maintainer (or a better pipeline) makes to a report's text, applied to copies of the
 * seeds: insert a paragraph, delete one, fix one character, split one, merge two, swap two sections
 * (renumbered, as an editor would), and a sidecar that corrects the year. The edits pick their
 * place by the shape of the text (the n-th long body paragraph, the first pair of sections), not
 * by a line number of one seed, so they apply to every seed.
 */
import { matchPart, matchSection } from '../../src/ingest/markers.ts';
import { comparedText } from '../../src/ingest/ledger/fingerprint.ts';
import type { Report } from '../../src/model.ts';

export type EditName = 'insert' | 'delete' | 'fix' | 'split' | 'merge' | 'reorder';

const lines = (text: string) => text.split('\n');

/**
 * Source lines (0-based) of the report's body paragraphs that stand on a line of their own: not in
 * the preamble or closing, not the rest of a heading line, long and with a sentence end.
 */
export function paragraphLines(report: Report): number[] {
  const headingLines = new Set<number>();
  const out: number[] = [];
  for (const block of report.blocks) {
    if (block.heading) headingLines.add(block.heading.line);
    for (const child of block.children) if (child.type === 'section') headingLines.add(child.heading.line);
  }
  for (const block of report.blocks) {
    if (block.kind !== 'part') continue;
    const paragraphs = block.children.flatMap((c) => (c.type === 'paragraph' ? [c] : c.children));
    for (const p of paragraphs) if (!headingLines.has(p.line) && p.text.length >= 40 && p.text.includes('。')) out.push(p.line - 1);
  }
  return out.sort((a, b) => a - b);
}

/** Two paragraph lines in a row (blank lines between allowed), from the `from`-th paragraph on. */
function adjacentPair(text: string, report: Report, from: number): [number, number] {
  const all = lines(text);
  const paragraphs = paragraphLines(report);
  for (const [k, i] of paragraphs.entries()) {
    if (k < from) continue;
    const j = paragraphs[k + 1];
    if (j !== undefined && all.slice(i + 1, j).every((line) => line.trim() === '')) return [i, j];
  }
  throw new Error('no two adjacent paragraphs');
}

/** The n-th body paragraph, or the last one of a report with fewer. */
const at = (report: Report, n: number) => {
  const all = paragraphLines(report);
  const index = all[Math.min(n, all.length - 1)];
  if (index === undefined) throw new Error('no body paragraph');
  return index;
};

export const insertedText = '这是为检验永久锚点而插入的新段落，说明修订后的文本在这里多出了一段话。';

/** Each edit takes the seed's text and the report ingested from it (to find its paragraphs' lines). */
export const edits: Record<EditName, (text: string, report: Report) => string> = {
  insert(text, report) {
    const all = lines(text);
    all.splice(at(report, 2) + 1, 0, `    ${insertedText}`);
    return all.join('\n');
  },
  delete(text, report) {
    const all = lines(text);
    all.splice(at(report, 2), 1);
    return all.join('\n');
  },
  fix(text, report) {
    const all = lines(text);
    const i = at(report, 4);
    const chars = Array.from(all[i]!);
    const middle = Math.floor(chars.length / 2);
    chars[middle] = chars[middle] === '某' ? '甲' : '某';
    all[i] = chars.join('');
    return all.join('\n');
  },
  split(text, report) {
    const all = lines(text);
    const i = paragraphLines(report).find((k) => (all[k]!.trim().match(/。/g) ?? []).length >= 2 && all[k]!.trim().indexOf('。') >= 15);
    if (i === undefined) throw new Error('no paragraph of two sentences');
    const line = all[i]!;
    const cut = line.indexOf('。') + 1;
    all.splice(i, 1, line.slice(0, cut), `    ${line.slice(cut).trim()}`);
    return all.join('\n');
  },
  merge(text, report) {
    const all = lines(text);
    const [i, j] = adjacentPair(text, report, 2);
    all[i] = all[i]!.trimEnd() + all[j]!.trim();
    all.splice(i + 1, j - i);
    return all.join('\n');
  },
  reorder(text) {
    // The first two sections of the first part that has three: swap their lines, keep the numbering.
    const all = lines(text);
    const sectionAt = (n: number, from: number) =>
      all.findIndex((line, i) => i >= from && matchSection(line.trim())?.number === n);
    for (let from = 0; from < all.length; ) {
      const first = sectionAt(1, from);
      if (first < 0) break;
      const second = sectionAt(2, first);
      const third = sectionAt(3, second);
      const nextPart = all.findIndex((line, i) => i > first && Boolean(matchPart(line.trim())));
      if (second > 0 && third > 0 && (nextPart < 0 || third < nextPart)) {
        const a = all.slice(first, second);
        const b = all.slice(second, third);
        const renumber = (block: string[], from: string, to: string) => [block[0]!.replace(from, to), ...block.slice(1)];
        all.splice(first, third - first, ...renumber(b, '(二)', '(一)').map((l) => l.replace('（二）', '（一）')), ...renumber(a, '(一)', '(二)').map((l) => l.replace('（一）', '（二）')));
        return all.join('\n');
      }
      from = first + 1;
    }
    throw new Error('no part with three sections');
  },
};

/** Every anchored passage of a report: id → its text as the ledger compares it (marker and spaces removed). */
export function passageTexts(report: Report): Map<string, string> {
  const out = new Map<string, string>();
  const put = (id: string, text: string, marker = '') => {
    if (out.has(id)) throw new Error(`duplicate id ${id}`);
    out.set(id, comparedText(text, marker));
  };
  for (const block of report.blocks) {
    put(block.id, block.heading?.text ?? '', block.marker);
    for (const child of block.children) {
      if (child.type === 'paragraph') put(child.id, child.text, child.marker);
      else {
        put(child.id, child.heading.text, child.marker);
        for (const p of child.children) put(p.id, p.text, p.marker);
      }
    }
  }
  return out;
}
