import { describe, expect, test } from 'vitest';
import { buildLexicon, buildPlaceLexicon, expandEnglish, glossaryEnglishName } from '../../src/search/core/lexicon.ts';
import { loadGlossary, loadIndicators } from '../../src/lib/curated-data.ts';

const lexicon = buildLexicon(loadIndicators(), loadGlossary());

describe('expandEnglish over content/indicators.yaml and content/glossary.yaml', () => {
  test('an indicator by its English name, as whole words, in any case', () => {
    expect(expandEnglish('retail sales', lexicon)).toContain('社会消费品零售总额');
    expect(expandEnglish('Gross Regional Product', lexicon)).toEqual(expect.arrayContaining(['地区生产总值', '生产总值']));
  });

  test('fiscal revenue names every fiscal-revenue indicator', () => {
    expect(expandEnglish('fiscal revenue', lexicon)).toEqual(expect.arrayContaining(['区级财政收入', '财政总收入', '地方财政收入']));
  });

  test('GDP, a Latin synonym in the dictionary, brings the Chinese labels', () => {
    expect(expandEnglish('GDP', lexicon)).toEqual(expect.arrayContaining(['地区生产总值', '生产总值']));
    // An exact English name wins over names that merely contain it (energy use per unit of GDP).
    expect(expandEnglish('GDP', lexicon)).not.toContain('单位GDP能耗');
    expect(expandEnglish('unit of GDP', lexicon)).toContain('单位GDP能耗');
  });

  test('a glossary term by its English name', () => {
    expect(expandEnglish('Eight-point Rules', lexicon)).toContain('八项规定');
  });

  test('Chinese queries and unknown words are not expanded', () => {
    expect(expandEnglish('旧区改造', lexicon)).toEqual([]);
    expect(expandEnglish('zebra', lexicon)).toEqual([]);
    expect(expandEnglish('sales', lexicon).length).toBeGreaterThan(0);
    expect(expandEnglish('ales', lexicon)).toEqual([]);
  });
});

test('glossaryEnglishName takes the rendering before the explanation', () => {
  expect(glossaryEnglishName('12th Five-Year Plan (2011–2015). The national plans.')).toBe('12th Five-Year Plan');
  expect(glossaryEnglishName('The “four undesirable work styles”. Formalism …')).toBe('four undesirable work styles');
});

describe('places by their English names', () => {
  const places = buildPlaceLexicon([
    { name: '徐汇区', slug: 'xuhui', nameEn: 'Xuhui District', short: '徐汇' },
    { name: '静安区', slug: 'jing-an', nameEn: "Jing'an District", short: '静安' },
    { name: '上海市', slug: 'shanghai', nameEn: 'Shanghai', short: '上海' },
    { name: '上海市', slug: 'shanghai', nameEn: 'Shanghai', short: '上海' },
    { name: '城区', slug: 'chengqu', nameEn: 'Chengqu District', short: '城' },
  ]);

  test('with or without the administrative word, in any case, without apostrophes and spaces, with accents', () => {
    for (const query of ['Xuhui District', 'xuhui district', 'Xuhui', 'XUHUI', 'xuhuidistrict', 'Xúhuì']) {
      expect(expandEnglish(query, places), query).toEqual(['徐汇区', '徐汇']);
    }
    for (const query of ["Jing'an", 'Jingan', 'jing an', "JING'AN DISTRICT", 'Jing’an']) {
      expect(expandEnglish(query, places), query).toEqual(['静安区', '静安']);
    }
  });

  test('a place named twice (a municipality is city and province) is one entry; a one-character short name is not searched', () => {
    expect(places.filter((entry) => entry.zh.includes('上海市'))).toHaveLength(1);
    expect(expandEnglish('Shanghai', places)).toEqual(['上海市', '上海']);
    expect(expandEnglish('Chengqu', places)).toEqual(['城区']);
  });

  test('a word inside a name is not a place', () => {
    expect(expandEnglish('district', places)).toEqual([]);
    expect(expandEnglish('xu', places)).toEqual([]);
  });
});
