import { expect, test } from 'vitest';
import * as OpenCC from 'opencc-js';
import { Converter } from 'opencc-js/t2cn';
import { parseQuery } from '../../src/search/core/query.ts';

const lexicon = [{ en: ['district fiscal revenue'], zh: ['区级财政收入'] }];
const toSimplified = Converter({ from: 'tw', to: 'cn' });

test('a traditional query is searched in simplified script, and says so', () => {
  const query = parseQuery('舊區改造', toSimplified, lexicon);
  expect(query).toMatchObject({ text: '旧区改造', alternatives: [['旧区改造']], converted: true, expansions: [] });
});

test('spaces split tokens; quotes are dropped', () => {
  expect(parseQuery(' “旧区改造”   实事项目 ', toSimplified, lexicon).alternatives).toEqual([['旧区改造', '实事项目']]);
});

test('an English query keeps itself and adds the Chinese names as alternatives', () => {
  const query = parseQuery('Fiscal Revenue', toSimplified, lexicon);
  expect(query.alternatives).toEqual([['Fiscal', 'Revenue'], ['区级财政收入']]);
});

test('the search page converts exactly as ingest does (opencc tw → cn from the t2cn bundle)', () => {
  const full = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const sample = '區政府實事項目、舊區改造、經濟發展、財政總收入、社會消費品零售總額、臺灣、著力、乾淨、於是、後來、裡面、麵包';
  expect(toSimplified(sample)).toBe(full(sample));
});

test('a pinyin reading is searched as one more alternative, and listed with the English expansions', () => {
  const places = [{ en: ['xuhui district', 'xuhui'], zh: ['徐汇区', '徐汇'], place: true as const }];
  const reading = { tokens: ['徐汇'], words: [], choices: [] };
  const query = parseQuery('xuhui', toSimplified, places, reading);
  // 徐汇 is already an alternative (the place's short name): searched once, shown once.
  expect(query.alternatives).toEqual([['xuhui'], ['徐汇区'], ['徐汇']]);
  expect(query.searchedAs).toEqual(['徐汇区', '徐汇']);
  const phrase = parseQuery('xuhui jianshe', toSimplified, lexicon, { tokens: ['徐汇', '建设'], words: [], choices: [] });
  expect(phrase.alternatives).toEqual([['xuhui', 'jianshe'], ['徐汇', '建设']]);
  expect(phrase.searchedAs).toEqual(['徐汇 建设']);
});

test('a Chinese query takes no pinyin reading', () => {
  const query = parseQuery('徐汇', toSimplified, lexicon, { tokens: ['续会'], words: [], choices: [] });
  expect(query.alternatives).toEqual([['徐汇']]);
  expect(query.reading).toBeUndefined();
});
