/**
 * Split a marker line into its heading and the text that follows on the same line.
 *
 * Reports often open a section with its heading sentence and run straight on into the first
 * paragraph: `(一)注重发展的质量和效益,…发展。以现代服务业为主导…`. The heading is the first
 * sentence (up to 。;:!? and any closing quote or bracket after it), when that sentence is of
 * heading length. A short line without such an end is a heading on its own.
 */

/** Longest heading sentence we accept, in characters after the marker. */
export const maxHeadingLength = 80;

const sentenceEnd = /[。;；:：!！?？]/;
const closers = /^[”’」』)）》]+/;

export interface HeadingSplit {
  /** Marker and heading sentence, exactly as written. */
  heading: string;
  /** The rest of the line, trimmed; empty when the whole line is the heading. */
  rest: string;
  /** True when no heading-length sentence end was found on a long line: the whole line is the heading. */
  overlong: boolean;
}

export function splitHeading(text: string, markerLength: number): HeadingSplit {
  const end = text.slice(markerLength).search(sentenceEnd);
  if (end >= 0 && end <= maxHeadingLength) {
    let cut = markerLength + end + 1;
    cut += closers.exec(text.slice(cut))?.[0].length ?? 0;
    return { heading: text.slice(0, cut), rest: text.slice(cut).trim(), overlong: false };
  }
  // A heading separated from its text by a space, as when two source lines were joined.
  const long = text.length - markerLength > maxHeadingLength;
  const space = long ? /\s+/.exec(text.slice(markerLength)) : null;
  if (space && space.index > 0 && space.index <= maxHeadingLength) {
    const cut = markerLength + space.index;
    return { heading: text.slice(0, cut), rest: text.slice(cut).trim(), overlong: false };
  }
  return { heading: text, rest: '', overlong: long };
}
