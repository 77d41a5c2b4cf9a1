/**
 * Walk every annotatable text of a report in reading order, with its anchor and context.
 * Headings are addressed by their block or section id, paragraphs by their own id.
 */
import type { Block, Paragraph, Report, RichText, Section } from '../model.ts';

export interface TextSite {
  /** Anchor of the heading or paragraph. */
  anchor: string;
  rich: RichText;
  kind: 'heading' | 'paragraph';
  block: Block;
  section?: Section;
  paragraph?: Paragraph;
}

export function* textSites(report: Pick<Report, 'blocks'>): Generator<TextSite> {
  for (const block of report.blocks) {
    if (block.heading) yield { anchor: block.id, rich: block.heading, kind: 'heading', block };
    for (const child of block.children) {
      if (child.type === 'paragraph') {
        yield { anchor: child.id, rich: child, kind: 'paragraph', block, paragraph: child };
        continue;
      }
      yield { anchor: child.id, rich: child.heading, kind: 'heading', block, section: child };
      for (const paragraph of child.children) {
        yield { anchor: paragraph.id, rich: paragraph, kind: 'paragraph', block, section: child, paragraph };
      }
    }
  }
}
