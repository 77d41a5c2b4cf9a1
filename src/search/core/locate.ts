/**
 * Where a phrase stands in a page of the Pagefind index, to the paragraph.
 *
 * Pagefind matches Chinese queries word by word (its segmenter splits `旧区改造` into `旧|区|改造`
 * and finds pages holding those words anywhere), so a page it returns need not contain the phrase.
 * Its page data carries the indexed text as words separated by U+200B and every element with an id
 * (our paragraphs `s1-3-p2` and headings `s1-3`) with the word position where it starts. This
 * module finds the phrase itself in that text and names the paragraph or heading it stands in.
 */

import { pageWords } from './page-words.ts';

/** The part of Pagefind's page data (`result.data()`) that locating needs. */
export interface IndexedPage {
  raw_content?: string;
  content: string;
  anchors: Array<{ element: string; id: string; location: number; text?: string }>;
}

/** One occurrence of a phrase: the anchored block it is in, and an excerpt around it. */
export interface Occurrence {
  /** Id of the paragraph or heading (`s1-3-p2`), or undefined before the first one. */
  anchor: string | undefined;
  /** The heading the occurrence stands under (the heading itself when it is in one). */
  section: { id: string; text: string } | undefined;
  /** Text before, the match itself, and text after, for an excerpt with the match marked. */
  excerpt: { before: string; match: string; after: string };
}

/** Elements whose ids are places a reader can be sent to: paragraphs, headings, list items. */
const blockElement = /^(p|h[1-6]|li|blockquote|dd|dt|td|th)$/i;

/** Case- and width-insensitive form of one character; whitespace is dropped from matching. */
const fold = (char: string) => char.normalize('NFKC').toLowerCase();

interface Stream {
  /** The page's text (words joined). */
  text: string;
  /** Folded characters without whitespace, each with its offset in `text` and its word index. */
  folded: string;
  offsets: number[];
  words: number[];
  /** Anchors on block elements, by word location. */
  anchors: Array<{ id: string; location: number }>;
  /** Anchors on headings, with their text. */
  headings: Array<{ id: string; location: number; text: string }>;
}

const streams = new WeakMap<IndexedPage, Stream>();

function streamOf(page: IndexedPage): Stream {
  const cached = streams.get(page);
  if (cached) return cached;
  const parts = pageWords(page);
  let text = '';
  let folded = '';
  const offsets: number[] = [];
  const words: number[] = [];
  parts.forEach((part, word) => {
    for (const char of part) {
      if (!/\s/.test(char)) {
        for (const unit of fold(char)) {
          folded += unit;
          offsets.push(text.length);
          words.push(word);
        }
      }
      text += char;
    }
  });
  const anchors = page.anchors
    .filter((anchor) => blockElement.test(anchor.element) && anchor.id)
    .map(({ id, location }) => ({ id, location }))
    .sort((a, b) => a.location - b.location);
  const headings = page.anchors
    .filter((anchor) => /^h[1-6]$/i.test(anchor.element) && anchor.id)
    .map(({ id, location, text: headingText }) => ({ id, location, text: (headingText ?? '').trim() }))
    .sort((a, b) => a.location - b.location);
  const stream = { text, folded, offsets, words, anchors, headings };
  streams.set(page, stream);
  return stream;
}

function anchorAt(stream: Stream, word: number): { id: string; location: number } | undefined {
  let found: { id: string; location: number } | undefined;
  for (const anchor of stream.anchors) {
    if (anchor.location > word) break;
    found = anchor;
  }
  return found;
}

/** The folded form of a query phrase, as it is matched against page text. */
export function foldPhrase(phrase: string): string {
  return [...phrase].filter((char) => !/\s/.test(char)).map(fold).join('');
}

/**
 * Every occurrence of `phrase` in the page (whitespace and letter case ignored), in text order,
 * with the anchor it falls under and an excerpt of about `context` characters each side, cut at
 * the anchored block's edges.
 */
export function locate(page: IndexedPage, phrase: string, context = 40): Occurrence[] {
  const needle = foldPhrase(phrase);
  if (!needle) return [];
  const stream = streamOf(page);
  const occurrences: Occurrence[] = [];
  let from = 0;
  for (;;) {
    const at = stream.folded.indexOf(needle, from);
    if (at < 0) break;
    from = at + needle.length;
    const start = stream.offsets[at]!;
    const last = stream.offsets[at + needle.length - 1]!;
    const end = last + [...stream.text.slice(last, last + 2)][0]!.length;
    const anchor = anchorAt(stream, stream.words[at]!);
    const next = stream.anchors.find((a) => a.location > (anchor?.location ?? -1));
    const blockStart = anchor ? textOffsetOfWord(stream, anchor.location) : 0;
    const blockEnd = next ? textOffsetOfWord(stream, next.location) : stream.text.length;
    const before = stream.text.slice(Math.max(blockStart, start - context), start);
    const after = stream.text.slice(end, Math.min(blockEnd, end + context));
    const word = stream.words[at]!;
    const heading = stream.headings.filter((h) => h.location <= word).at(-1);
    occurrences.push({
      anchor: anchor?.id,
      section: heading && { id: heading.id, text: heading.text },
      excerpt: {
        before: (start - context > blockStart ? '…' : '') + before.trimStart(),
        match: stream.text.slice(start, end),
        after: after.trimEnd() + (end + context < blockEnd ? '…' : ''),
      },
    });
  }
  return occurrences;
}

function textOffsetOfWord(stream: Stream, word: number): number {
  // Words without a folded character (punctuation, spaces) have no entry: take the next word that does.
  const index = stream.words.findIndex((w) => w >= word);
  return index < 0 ? stream.text.length : stream.offsets[index]!;
}
