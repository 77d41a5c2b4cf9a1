/**
 * Converter pinyin glosses: some republishing tools write a syllable after characters, as in
 * `區(qū)`, `經(jīng)濟`, `綠(lǜ)`. A gloss is a parenthesised run of Latin syllables right after a Han
 * character with at least one tone-marked vowel or ü, so real parentheses survive: `数据(data)`,
 * `(一)`, `(上海)`.
 */

const toned = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ';
const syllable = `[a-zA-Z${toned}]{1,6}`;
const gloss = new RegExp(
  `(?<=\\p{Script=Han})[(\\uFF08](?=[^)\\uFF09]{0,30}[${toned}])${syllable}(?:[ '’]${syllable}){0,3}[)\\uFF09]`,
  'gu',
);

export interface GlossStrip {
  text: string;
  /** The glosses removed, in order, exactly as written. */
  glosses: string[];
  /** For each UTF-16 unit of `text`, its offset in the input: places map back to the source. */
  offsets: number[];
}

export function stripPinyinGlosses(input: string): GlossStrip {
  const glosses: string[] = [];
  const offsets: number[] = [];
  let text = '';
  let from = 0;
  for (const match of input.matchAll(gloss)) {
    text += input.slice(from, match.index);
    for (let k = from; k < match.index; k++) offsets.push(k);
    glosses.push(match[0]);
    from = match.index + match[0].length;
  }
  text += input.slice(from);
  for (let k = from; k < input.length; k++) offsets.push(k);
  return { text, glosses, offsets };
}
