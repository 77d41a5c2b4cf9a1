/**
 * Where the report's body starts. Everything before it is the front: title lines, dateline,
 * meeting, speaker, `时间:…`, kept verbatim. The body starts at the salutation (`各位代表:`), at the
 * first part or section marker, or at the first line of prose — whichever comes first.
 */
import type { SourceLine } from '../model.ts';
import { matchPart, matchSection } from './markers.ts';

/** A line this long is prose, not a header line, even without a full stop. */
const proseLength = 80;
/** A line this long that contains a full stop is prose. */
const sentenceLength = 30;

export const salutation = /^(各位代表|同志们)/;

export function isProse(text: string): boolean {
  return text.length >= proseLength || (text.length >= sentenceLength && text.includes('。'));
}

/** Index of the first body line; 0 when the text has no header. */
export function findBodyStart(lines: SourceLine[]): number {
  const index = lines.findIndex(
    ({ text }) =>
      salutation.test(text) ||
      matchPart(text)?.number === 1 ||
      matchSection(text)?.number === 1 ||
      isProse(text),
  );
  return index < 0 ? 0 : index;
}
