import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { countPhrases, countWords, indexTexts } from '../../src/search/build/corpus-words.ts';
import { countCorpusWords } from '../../src/search/build/word-counts.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'baogao-word-counts-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A Pagefind bundle's fragments, as the pinyin lexicon reads them (word separators included). */
function fragments(pages: Record<string, string>, name = 'pagefind'): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  for (const [name, text] of Object.entries(pages)) {
    const json = JSON.stringify({ content: text.split('').join('\u200B') });
    writeFileSync(join(dir, 'fragment', `${name}.pf_fragment`), gzipSync(Buffer.from(`pagefind_dcd${json}`)));
  }
  return dir;
}

const pages = {
  'zh-cn_a': '全区生产总值增长百分之七。继续办好民生实事。',
  'zh-cn_b': '旧区改造稳步推进，生产总值再创新高。',
  'zh-cn_c': '继续办好民生实事，旧区改造。',
};

test('the same counts, in the same order, as counting every page at once; with or without a cache', () => {
  const dir = fragments(pages);
  const whole = countWords(indexTexts([dir]));
  expect([...countCorpusWords([dir]).words]).toEqual([...whole]);
  const cache = join(root, 'cache');
  const cold = countCorpusWords([dir], cache);
  expect([...cold.words]).toEqual([...whole]);
  expect(cold).toMatchObject({ reused: 0, pages: 3 });
  const warm = countCorpusWords([dir], cache);
  expect([...warm.words]).toEqual([...whole]);
  expect(warm).toMatchObject({ reused: 3, pages: 3 });
});

test('a changed page is counted again, the totals updated from the last; counts no page uses any more are removed', () => {
  const cache = join(root, 'cache');
  countCorpusWords([fragments(pages)], cache);
  const changed = { ...pages, 'zh-cn_b': '财政收入增长。' };
  const dir = fragments(changed);
  const again = countCorpusWords([dir], cache);
  expect(again).toMatchObject({ reused: 2, pages: 3 });
  // The same counts as counting every page (in another order: the last totals', then the new words);
  // the words only the old page had are gone.
  expect(Object.fromEntries(again.words)).toEqual(Object.fromEntries(countWords(indexTexts([dir]))));
  expect(again.words.get('财政')).toBe(1);
  expect(again.words.has('新高')).toBe(false);
  // A page gone and one added, then the first pages back: still the counts of the pages there.
  const { 'zh-cn_a': _gone, ...rest } = changed;
  const fewer = fragments({ ...rest, 'zh-cn_d': '生产总值增长。' });
  expect(Object.fromEntries(countCorpusWords([fewer], cache).words)).toEqual(Object.fromEntries(countWords(indexTexts([fewer]))));
  const back = fragments(pages);
  expect(Object.fromEntries(countCorpusWords([back], cache).words)).toEqual(Object.fromEntries(countWords(indexTexts([back]))));
  // Three pages' entries, and the cache's own state.
  expect(readdirSync(cache).sort()).toEqual([...readdirSync(cache).filter((n) => /^[0-9a-f]{64}\.json$/.test(n)).sort(), 'state.json'].sort());
  expect(readdirSync(cache)).toHaveLength(4);
});

test('pages split between search indexes: the same counts in the same order as in one index', () => {
  const whole = [...countCorpusWords([fragments(pages)]).words];
  const { 'zh-cn_b': second, ...first } = pages;
  const parts = [fragments({ 'zh-cn_b': second }, 'index-2'), fragments(first, 'index-1')];
  expect([...countCorpusWords(parts).words]).toEqual(whole);
  expect([...countWords(indexTexts(parts))]).toEqual(whole);
});

test('phrases are counted as over all the texts at once, with or without a cache, and again after a page changed', () => {
  const phrases = ['生产总值', '旧区改造', '民生实事', '财政收入'];
  const expected = (dir: string) => [...countPhrases(indexTexts([dir]), phrases)];
  const dir = fragments(pages);
  expect([...countCorpusWords([dir]).countPhrases(phrases)]).toEqual(expected(dir));
  const cache = join(root, 'cache');
  expect([...countCorpusWords([dir], cache).countPhrases(phrases)]).toEqual(expected(dir));
  // Warm: the counts kept per page; other phrases: counted again.
  expect([...countCorpusWords([dir], cache).countPhrases(phrases)]).toEqual(expected(dir));
  expect([...countCorpusWords([dir], cache).countPhrases(phrases.slice(1))]).toEqual([...countPhrases(indexTexts([dir]), phrases.slice(1))]);
  const changed = fragments({ ...pages, 'zh-cn_b': '财政收入增长，生产总值增长，生产总值。' });
  const again = countCorpusWords([changed], cache);
  expect(again).toMatchObject({ reused: 2, pages: 3 });
  expect([...again.countPhrases(phrases)]).toEqual(expected(changed));
  expect(again.countPhrases(phrases).get('生产总值')).toBe(3);
});
