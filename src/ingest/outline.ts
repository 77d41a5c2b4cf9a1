/**
 * Outline: cleaned lines → front lines and blocks (preamble, parts with sections, closing,
 * appendices) of paragraphs, with positional anchors.
 *
 * One source line is one paragraph, except a marker line, whose heading sentence is split from
 * the text that runs on after it (split-heading.ts). Part and section numbers must run in
 * sequence: a `一、` after `三、` is a list item, not a new part. Markers are in markers.ts,
 * front detection in outline-front.ts, closing remarks in outline-closing.ts, roles in
 * outline-roles.ts, anchors in outline-anchors.ts.
 *
 * Rule ids: `no-structure` (no part markers: the text becomes one part), `marker-sequence` (a
 * heading-like marker out of sequence, kept as a list item), `long-heading` (a marker line with
 * no heading-length first sentence: the whole line is the heading).
 */
import type { VFile } from 'vfile';
import type {
  Block,
  BlockKind,
  Identity,
  OutlineBlock,
  Paragraph,
  RichText,
  Section,
  SourceLine,
} from '../model.ts';
import { matchAppendix, matchBarePart, matchItem, matchPart, matchSection } from './markers.ts';
import { maxHeadingLength, splitHeading } from './split-heading.ts';
import { findBodyStart } from './outline-front.ts';
import { extractClosing } from './outline-closing.ts';
import { assignAnchors } from './outline-anchors.ts';
import { assignRoles } from './outline-roles.ts';

export interface OutlineResult {
  front: RichText[];
  blocks: Block[];
}

/** A marker line this short (after the marker) with no punctuation ending a clause reads as a heading. */
const headingLikeLength = 30;
/** An appendix title line is at most this long. */
const appendixTitleLength = 40;
/** An appendix title runs over at most this many short lines after `附件`. */
const maxAppendixTitleLines = 3;

const rich = ({ text, line }: SourceLine): RichText => ({ text, spans: [], line });

export function outline(lines: SourceLine[], ctx: { file: VFile; identity: Identity }): OutlineResult {
  const body = lines
    .map(({ text, line }) => ({ text: text.trim(), line }))
    .filter(({ text }) => text !== '');
  const start = findBodyStart(body);
  const blocks = parseBlocks(body.slice(start), ctx.file);
  extractClosing(blocks);
  assignAnchors(blocks);
  assignRoles(blocks, ctx.identity);
  return { front: body.slice(0, start).map(rich), blocks };
}

function newBlock(kind: BlockKind, marker: string, heading?: RichText): Block {
  const block: Block = { type: 'block', id: '', kind, role: 'other', marker, children: [] };
  if (heading) block.heading = heading;
  return block;
}

function paragraph(source: SourceLine, marker?: string): Paragraph {
  const p: Paragraph = { type: 'paragraph', id: '', ...rich(source) };
  if (marker) p.marker = marker;
  return p;
}

/** Used where the sequence alone cannot tell a heading from a list item (and for warnings). */
function isHeadingLike(text: string, markerLength: number): boolean {
  return text.length - markerLength <= headingLikeLength && !/[。;；!！?？]/.test(text);
}

function parseBlocks(lines: SourceLine[], file: VFile): Block[] {
  const blocks: Block[] = [];
  const hasParts = lines.some(({ text }) => matchPart(text)?.number === 1);
  let block: Block | undefined;
  let section: Section | undefined;
  let nextPart = 1;
  let nextSection = 1;
  /** Next number of a `一、二、` list running inside a part; 0 when none runs. */
  let list = 0;

  const warn = (reason: string, ruleId: string, line: number) =>
    file.message(reason, { place: { line, column: 1 }, ruleId, source: 'baogao' });
  const add = (p: Paragraph) => {
    if (section) return void section.children.push(p);
    if (!block) blocks.push((block = newBlock('preamble', '')));
    block.children.push(p);
  };
  /** Heading from a marker line; the rest of the line becomes the first paragraph. */
  const headed = (source: SourceLine, markerLength: number) => {
    const split = splitHeading(source.text, markerLength);
    if (split.overlong) {
      const reason = `Marker line without a sentence end in its first ${maxHeadingLength} characters: the whole line is the heading`;
      warn(reason, 'long-heading', source.line);
    }
    return { heading: rich({ text: split.heading, line: source.line }), rest: split.rest };
  };

  // Without `一、`, parts may still be headed in other ways (`2024年工作回顾`, `第一部分 …`).
  const bareParts = !hasParts && lines.some(({ text }) => matchBarePart(text));
  if (!hasParts && !bareParts && lines[0]) {
    warn('No part markers (一、二、…) found: the whole text becomes one part', 'no-structure', lines[0].line);
    blocks.push((block = newBlock('part', '')));
  }

  for (let index = 0; index < lines.length; index++) {
    const source = lines[index] as SourceLine;
    const { text, line } = source;

    const appendix = block && block.kind !== 'preamble' ? matchAppendix(text) : undefined;
    if (appendix) {
      const titles: string[] = [];
      while (appendix.title === '' && titles.length < maxAppendixTitleLines) {
        const next = lines[index + 1]?.text;
        if (!next || !isAppendixTitle(next)) break;
        titles.push(next);
        index += 1;
      }
      const headingText = titles.length > 0 ? `${text} ${titles.join('')}` : text;
      blocks.push((block = newBlock('appendix', appendix.marker, rich({ text: headingText, line }))));
      section = undefined;
      continue;
    }

    const bare = bareParts && block?.kind !== 'appendix' ? matchBarePart(text) : undefined;
    if (bare) {
      blocks.push((block = newBlock('part', bare.marker, rich(source))));
      section = undefined;
      nextPart += 1;
      nextSection = 1;
      list = 0;
      continue;
    }

    const part = matchPart(text);
    if (part && block?.kind !== 'appendix') {
      const headingLike = isHeadingLike(text, part.marker.length);
      if (part.number === nextPart && (list !== part.number || headingLike)) {
        const { heading, rest } = headed(source, part.marker.length);
        blocks.push((block = newBlock('part', part.marker, heading)));
        section = undefined;
        nextPart += 1;
        nextSection = 1;
        list = 0;
        if (rest) add(paragraph({ text: rest, line }));
        continue;
      }
      if (part.number === 1) list = 2;
      else if (part.number === list) list += 1;
      else if (headingLike) warn(`Part marker ${part.marker} out of sequence (expected ${nextPart}): kept as a list item`, 'marker-sequence', line);
      add(paragraph(source, part.marker));
      continue;
    }

    const sectionMarker = matchSection(text);
    if (sectionMarker && block?.kind === 'part' && sectionMarker.number === nextSection) {
      const { heading, rest } = headed(source, sectionMarker.marker.length);
      section = { type: 'section', id: '', marker: sectionMarker.marker, heading, children: [] };
      block.children.push(section);
      nextSection += 1;
      if (rest) add(paragraph({ text: rest, line }));
      continue;
    }
    if (sectionMarker && block?.kind === 'part' && isHeadingLike(text, sectionMarker.marker.length)) {
      warn(`Section marker ${sectionMarker.marker} out of sequence (expected ${nextSection}): kept as a list item`, 'marker-sequence', line);
    }

    add(paragraph(source, sectionMarker?.marker ?? part?.marker ?? matchItem(text)?.marker));
  }
  return blocks;
}

function isAppendixTitle(text: string): boolean {
  return (
    text.length <= appendixTitleLength &&
    !/[。;；]$/.test(text) &&
    !matchPart(text) &&
    !matchSection(text) &&
    !matchItem(text) &&
    !matchAppendix(text)
  );
}

/** The outline as it travels in the frontmatter: titles without markers, paragraph counts. */
export function summarizeOutline(blocks: Block[]): OutlineBlock[] {
  // `附件1:实事项目` → `实事项目`: the separator after a marker is not part of the title.
  const withoutMarker = (text: string | undefined, marker: string) =>
    (text ?? '').slice(marker.length).replace(/^[\s:：]+/, '').trim();
  return blocks.map((block) => {
    const summary: OutlineBlock = {
      id: block.id,
      kind: block.kind,
      role: block.role,
      marker: block.marker,
      title: withoutMarker(block.heading?.text, block.marker),
      paragraphs: block.children.filter((c) => c.type === 'paragraph').length,
      sections: block.children.flatMap((c) =>
        c.type === 'section'
          ? [{ id: c.id, marker: c.marker, title: withoutMarker(c.heading.text, c.marker), paragraphs: c.children.length }]
          : [],
      ),
    };
    if (block.period) summary.period = block.period;
    return summary;
  });
}
