/**
 * Positional anchors: preamble `s0`, parts `s1`…, sections `s1-3`, paragraphs `s1-p2` (directly in
 * a part) and `s1-3-p2` (in a section), appendices `a1` (`a1-p3`), closing `c` (`c-p1`).
 * Computed from order alone, so the same input always gets the same anchors.
 */
import type { Block } from '../model.ts';

/** Set every block, section and paragraph id, in place. */
export function assignAnchors(blocks: Block[]): void {
  let parts = 0;
  let appendices = 0;
  for (const block of blocks) {
    if (block.kind === 'part') block.id = `s${++parts}`;
    else if (block.kind === 'appendix') block.id = `a${++appendices}`;
    else block.id = block.kind === 'preamble' ? 's0' : 'c';
    let paragraphs = 0;
    let sections = 0;
    for (const child of block.children) {
      if (child.type === 'paragraph') {
        child.id = `${block.id}-p${++paragraphs}`;
        continue;
      }
      child.id = `${block.id}-${++sections}`;
      child.children.forEach((paragraph, index) => {
        paragraph.id = `${child.id}-p${index + 1}`;
      });
    }
  }
}
