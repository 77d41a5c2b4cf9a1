/**
 * Closing remarks: the final run of paragraphs that open with `各位代表` (or `同志们`) at the end of
 * the last part, before any appendix. Only that run: a mid-report `各位代表,过去的一年…` summary
 * inside part 一 stays where it is, and so does one in the last part that is followed by more text.
 */
import type { Block, Paragraph, Section } from '../model.ts';
import { salutation } from './outline-front.ts';

const isClosing = (node: Paragraph | Section | undefined) =>
  node?.type === 'paragraph' && !node.marker && salutation.test(node.text);

/** Move the closing run out of the last part into a closing block placed after it, in place. */
export function extractClosing(blocks: Block[]): void {
  const at = blocks.findLastIndex((b) => b.kind === 'part');
  const part = blocks[at];
  if (!part) return;
  const last = part.children.at(-1);
  const container = last?.type === 'section' ? last.children : part.children;
  let start = container.length;
  while (start > 0 && isClosing(container[start - 1])) start -= 1;
  // Never empty a part that has no heading and nothing else: that would lose the part itself.
  if (start === container.length || (start === 0 && container === part.children && !part.heading)) return;
  const children = container.splice(start);
  blocks.splice(at + 1, 0, { type: 'block', id: 'c', kind: 'closing', role: 'other', marker: '', children });
}
