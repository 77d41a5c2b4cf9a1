/**
 * A text in English rather than Chinese: a machine translation of a report (`Report on government
 * work … Fellow Deputies, …`). Chinese reports carry some Latin script (`GDP`, `5G`, page scripts),
 * but not English prose: its function words are what tells them apart.
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
