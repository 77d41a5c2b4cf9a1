/**
 * Queries typed without a Chinese keyboard, for the recall test: every place of the site by its
 * English name (with and without the administrative word, in other cases, without apostrophes and
 * spaces) and by pinyin (toneless, spaced, tone marks, tone numbers), glossary terms and indicator
 * labels by pinyin, and ordinary words of the text by pinyin. The pinyin is pinyin-pro's, and the
 * ordinary words and their rivals are counted here from the pipeline's text, never from the site.
 */
import { pinyin } from 'pinyin-pro';
import { shortName } from '../../src/ingest/place-names.ts';
import type { GlossaryTerm, Indicator, Place } from '../../src/model.ts';
import { reportHolds, type ReportText } from './corpus-text.ts';

export interface LatinCase {
  query: string;
  /** What a report must contain to be expected (any of them). */
  phrases: string[];
  /** The Chinese the page must say it searched for (`xuhui → 徐汇`). */
  searched: string;
  why: 'English place name' | 'place in pinyin' | 'term in pinyin' | 'word in pinyin';
}

const unique = <T,>(items: T[]) => [...new Set(items)];

/** Pinyin spellings of a Chinese word as readers type them. */
export const spellings = (word: string) => ({
  joined: pinyin(word, { toneType: 'none', separator: '', v: true }),
  spaced: pinyin(word, { toneType: 'none', v: true }),
  marks: pinyin(word, { separator: '' }),
  numbers: pinyin(word, { toneType: 'num', separator: '' }),
});

/** Every place of the reports (districts, cities, provinces), each once. */
export function placesOf(corpus: readonly ReportText[]): Place[] {
  const byName = new Map<string, Place>();
  for (const report of corpus) for (const place of report.places) byName.set(place.name, place);
  return [...byName.values()];
}

const adminWord = /\s+(District|County|New Area|City|Province|Banner|Prefecture|League)$/;

/** English and pinyin queries for one place, with what they must find. */
export function placeQueries(place: Place): LatinCase[] {
  const short = shortName(place.name);
  const searched = [...short].length >= 2 ? short : place.name;
  const both = unique([place.name, searched]);
  const stem = place.nameEn.replace(adminWord, '');
  const english = unique([place.nameEn, stem, place.nameEn.toLowerCase().replace(/['\s]/g, ''), stem.toUpperCase(), stem.replace(/'/g, '')]);
  const { spaced, marks, numbers } = spellings(searched);
  return [
    ...english.map((query) => ({ query, phrases: both, searched, why: 'English place name' as const })),
    ...unique([spaced, marks, numbers]).map((query) => ({ query, phrases: [searched], searched, why: 'place in pinyin' as const })),
    ...(place.name !== searched ? [{ query: spellings(place.name).joined, phrases: [place.name], searched: place.name, why: 'place in pinyin' as const }] : []),
  ];
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Chinese words of the pipeline's text, counted (segmented sentence by sentence, as the build does). */
export function wordCounts(corpus: readonly ReportText[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const report of corpus) {
    for (const text of [report.front, ...report.sites.values()]) {
      for (const sentence of text.split(/[。；！？，、]/)) {
        for (const { segment, isWordLike } of segmenter.segment(sentence)) {
          if (isWordLike && /^\p{Script=Han}+$/u.test(segment)) counts.set(segment, (counts.get(segment) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}

/** Words by toneless spelling, most frequent first. */
export function homophones(counts: ReadonlyMap<string, number>): Map<string, Array<[string, number]>> {
  const bySpelling = new Map<string, Array<[string, number]>>();
  for (const [word, count] of counts) {
    const key = spellings(word).joined;
    bySpelling.set(key, [...(bySpelling.get(key) ?? []), [word, count]]);
  }
  for (const list of bySpelling.values()) list.sort((a, b) => b[1] - a[1]);
  return bySpelling;
}

/**
 * `count` glossary terms and indicator labels that some report contains (every `count`-th of them
 * in file order; all with BAOGAO_SEARCH_ALL=1), by pinyin (toneless, and with tone numbers for every
 * third), and the `ordinary` most frequent words of the text that clearly lead their spelling (twice
 * as frequent as any other word spelt alike, two characters or more).
 */
export function pinyinQueries(
  corpus: readonly ReportText[],
  glossary: readonly GlossaryTerm[],
  indicators: readonly Indicator[],
  { count, ordinary }: { count: number; ordinary: number },
): LatinCase[] {
  const present = unique([...glossary.map((g) => g.term), ...indicators.map((i) => i.label)])
    .filter((term) => /^\p{Script=Han}+$/u.test(term))
    .filter((term) => corpus.some((report) => reportHolds(report, [term])));
  const step = process.env['BAOGAO_SEARCH_ALL'] ? 1 : Math.max(1, present.length / count);
  const terms = present.filter((_, index) => Math.floor(index / step) !== Math.floor((index - 1) / step));
  const termCases = terms.flatMap((term, index) => {
    const { joined, numbers } = spellings(term);
    return (index % 3 === 0 ? [joined, numbers] : [joined]).map((query) => ({ query, phrases: [term], searched: term, why: 'term in pinyin' as const }));
  });
  const counts = wordCounts(corpus);
  const known = new Set([...terms, ...placesOf(corpus).flatMap((p) => [p.name, shortName(p.name)])]);
  const leading = [...homophones(counts).values()]
    .filter((list) => [...list[0]![0]].length >= 2 && !known.has(list[0]![0]) && (list[1] === undefined || list[0]![1] >= 2 * list[1][1]))
    .map((list) => list[0]!)
    .sort((a, b) => b[1] - a[1])
    .slice(0, ordinary);
  const wordCases = leading.map(([word], index) => {
    const { joined, spaced } = spellings(word);
    return { query: index % 2 === 0 ? joined : spaced, phrases: [word], searched: word, why: 'word in pinyin' as const };
  });
  return [...termCases, ...wordCases];
}
