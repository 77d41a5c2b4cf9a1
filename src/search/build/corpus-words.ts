/**
 * The words of the corpus, for the pinyin lexicon: the text of every page as Pagefind indexed it
 * (its fragments), split into words by `Intl.Segmenter` in pieces of a few thousand characters cut
 * after a full stop (it is superlinear on long strings, and each call has a cost: sentence by
 * sentence took 3× as long as page by page on the seeds, with the same words). Pagefind's own word list is no use here: for Chinese it also holds every pair of
 * neighbouring characters (`续办` from 继续办好), which are not words a reader spells.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

function unpack(packed: Buffer, file: string): Buffer {
  const bytes = gunzipSync(packed);
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file}: not a Pagefind file`);
  return bytes.subarray(SIGNATURE.length);
}

/** The indexed text of a page from its fragment file's bytes (Pagefind's word separators removed). */
export function fragmentText(bytes: Buffer, file: string): string {
  return (JSON.parse(unpack(bytes, file).toString('utf8')) as { content: string }).content.replace(/\u200B/g, '');
}

/**
 * The fragment files of the Pagefind indexes `pagefindDirs`, in the order of their names (hashes
 * of their content): the same order however the pages are split between indexes.
 */
export function fragmentFiles(pagefindDirs: readonly string[]): string[] {
  return pagefindDirs
    .flatMap((pagefindDir) => {
      const dir = join(pagefindDir, 'fragment');
      return readdirSync(dir)
        .filter((name) => name.endsWith('.pf_fragment'))
        .map((name) => ({ name, file: join(dir, name) }));
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ file }) => file);
}

/**
 * The indexed text of every page, read one page at a time as it is iterated: the corpus's text
 * is never held whole. Each iteration reads the files again.
 */
export function indexTexts(pagefindDirs: readonly string[]): Iterable<string> {
  return {
    *[Symbol.iterator]() {
      for (const file of fragmentFiles(pagefindDirs)) yield fragmentText(readFileSync(file), file);
    },
  };
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

const pieceLength = 4000;

/** `text` in pieces of about `pieceLength` characters, each ending after a full stop where there is one. */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const sentence of text.split(/(?<=[。！？\n])/)) {
    if (piece.length + sentence.length > pieceLength && piece) {
      pieces.push(piece);
      piece = '';
    }
    piece += sentence;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Chinese words (Han characters only) of `texts` with their occurrences. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const piece of piecesOf(text)) {
      for (const { segment, isWordLike } of segmenter.segment(piece)) {
        if (isWordLike && /^\p{Script=Han}+$/u.test(segment)) counts.set(segment, (counts.get(segment) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Occurrences of each of `phrases` in `texts` (not overlapping), in one pass over the texts. */
export function countPhrases(texts: Iterable<string>, phrases: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>(phrases.map((phrase) => [phrase, 0]));
  for (const text of texts) {
    for (const phrase of counts.keys()) {
      let count = 0;
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) count++;
      if (count > 0) counts.set(phrase, counts.get(phrase)! + count);
    }
  }
  return counts;
}
