/**
 * Where the report's body starts. Everything before it is the front: title lines, dateline,
 * meeting, speaker, `时间:…`, kept verbatim. The body starts at the salutation (`各位代表:`), at the
 * first part or section marker, or at the first line of prose — whichever comes first.
 */
import type { SourceLine } from '../model.ts';
import { matchBarePart, matchPart, matchSection } from './markers.ts';

/** A line this long is prose, not a header line, even without a full stop. */
const proseLength = 80;
/** A line this long that contains a full stop is prose. */
const sentenceLength = 30;

export const salutation = /^(各位代表|同志们|主任、各位副主任)/;
/** The salutation is looked for this far; page chrome and teasers before it are front, not text. */
const salutationWithin = 40;

export function isProse(text: string): boolean {
  return text.length >= proseLength || (text.length >= sentenceLength && text.includes('。'));
}

/**
 * Index of the first body line; 0 when the text has no header. A salutation with only header
 * lines, a site's teaser or chrome before it (no part or section marker) starts the body, so the
 * title, dateline and speaker after a teaser stay in the front.
 */
export function findBodyStart(lines: SourceLine[]): number {
  const opens = ({ text }: SourceLine) =>
    matchPart(text)?.number === 1 || matchSection(text)?.number === 1 || matchBarePart(text) !== undefined;
  const greeting = lines.slice(0, salutationWithin).findIndex(({ text }) => salutation.test(text));
  if (greeting >= 0 && !lines.slice(0, greeting).some(opens)) return greeting;
  const index = lines.findIndex((line) => salutation.test(line.text) || opens(line) || isProse(line.text));
  return index < 0 ? 0 : index;
}
