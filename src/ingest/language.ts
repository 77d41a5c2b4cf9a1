/**
 * A text in English rather than Chinese: a machine translation of a report (`Report on government
 * work … Fellow Deputies, …`). Chinese reports carry some Latin script (`GDP`, `5G`, page scripts),
 * but not English prose: its function words are what tells them apart. A report in a minority's
 * script (the Korean of Yanbian's news, Uyghur, Tibetan, Mongolian editions) is told by its letters.
 */
const FUNCTION_WORDS = /\b(?:the|of|and|to|in)\b/gi;
const HAN = /\p{Script=Han}/gu;
/** Fewer than this many function words is a stray English sentence, not a translation. */
const MIN_FUNCTION_WORDS = 30;
/** English function words per Han character above which the prose is English (a Chinese page with an English abstract stays below). */
const ENGLISH_SHARE = 0.25;

export interface EnglishProse {
  functionWords: number;
  han: number;
}

/** The counts that show the text is English prose, or undefined when it is Chinese. */
export function englishProse(text: string): EnglishProse | undefined {
  const functionWords = text.match(FUNCTION_WORDS)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  return functionWords >= MIN_FUNCTION_WORDS && functionWords > han * ENGLISH_SHARE ? { functionWords, han } : undefined;
}

/** Scripts of the languages China's minority editions are published in, by name. */
const MINORITY_SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['Korean', /\p{Script=Hangul}/gu],
  ['Uyghur', /\p{Script=Arabic}/gu],
  ['Tibetan', /\p{Script=Tibetan}/gu],
  ['Mongolian', /\p{Script=Mongolian}/gu],
];
/** Fewer letters than this is a name or a heading in another script (a bilingual sign), not the text. */
const MIN_LETTERS = 100;

export interface OtherScript {
  language: string;
  letters: number;
  han: number;
}

/** The language of a text written mostly in a minority's script, or undefined when Chinese leads. */
export function minorityScript(text: string): OtherScript | undefined {
  const han = text.match(HAN)?.length ?? 0;
  const [best] = MINORITY_SCRIPTS.map(([language, letter]) => ({ language, letters: text.match(letter)?.length ?? 0, han })).sort((a, b) => b.letters - a.letters);
  return best && best.letters >= MIN_LETTERS && best.letters > han ? best : undefined;
}
