/**
 * The report's passages as the ledger sees them: every block, section and paragraph in the order
 * of the text, with its level, the passage it stands under, its fingerprint, and a way to set its id.
 */
import type { Block, Paragraph, Section } from '../../model.ts';
import { comparedText, measured, type Measured } from './fingerprint.ts';
import type { AnchorKind } from './schema.ts';

/** Blocks, then sections, then paragraphs: a level's parents are settled before it is matched. */
export type Level = 0 | 1 | 2;

export interface Passage {
  /** Position in the text, 0-based, over all passages. */
  order: number;
  level: Level;
  kind: AnchorKind;
  /** The passage this one stands under (undefined for a block). */
  parent: Passage | undefined;
  print: Measured;
  /** The page has an element with this id: every section and paragraph, and a block with a heading. */
  shown: boolean;
  starts: string;
  node: Block | Section | Paragraph;
}

export const levelOf = (kind: AnchorKind): Level => (kind === 'paragraph' ? 2 : kind === 'section' ? 1 : 0);

/** Characters kept in `starts`: enough to tell where a text begins. */
export const startsLength = 8;

export function passagesOf(blocks: Block[]): Passage[] {
  const passages: Passage[] = [];
  const add = (node: Passage['node'], kind: AnchorKind, parent: Passage | undefined, text: string, marker: string, shown = true) => {
    const compared = comparedText(text, marker);
    const passage: Passage = {
      order: passages.length,
      level: levelOf(kind),
      kind,
      parent,
      print: measured(compared),
      shown,
      starts: Array.from(compared).slice(0, startsLength).join(''),
      node,
    };
    passages.push(passage);
    return passage;
  };
  for (const block of blocks) {
    const owner = add(block, block.kind, undefined, block.heading?.text ?? '', block.marker, block.heading !== undefined);
    for (const child of block.children) {
      if (child.type === 'paragraph') {
        add(child, 'paragraph', owner, child.text, child.marker ?? '');
        continue;
      }
      const section = add(child, 'section', owner, child.heading.text, child.marker);
      for (const paragraph of child.children) add(paragraph, 'paragraph', section, paragraph.text, paragraph.marker ?? '');
    }
  }
  return passages;
}
