import { pinyin } from 'pinyin-pro';
import { describe, expect, test } from 'vitest';
import { buildPinyinLexicon, pinyinShardScript, readingsOf } from '../../src/search/build/pinyin-lexicon.ts';
import { parsePinyin, readPinyin, shardsFor, type PinyinLexicon } from '../../src/search/core/pinyin.ts';
import { pinyinSyllables } from '../../src/search/core/pinyin-syllables.ts';

/** A lexicon as the browser assembles it from shards. */
function lexiconOf(words: Record<string, number>, known: string[] = [], countAll = () => new Map<string, number>()): PinyinLexicon {
  const shards = buildPinyinLexicon(new Map(Object.entries(words)), known, countAll);
  return new Map([...shards.values()].flatMap((shard) => Object.entries(shard)));
}

const read = (query: string, lexicon: PinyinLexicon) => {
  const parsed = parsePinyin(query);
  return parsed && readPinyin(parsed, lexicon);
};

test('the syllable table is every toneless syllable pinyin-pro gives a CJK ideograph, interjections aside', () => {
  const seen = new Set<string>();
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    for (const s of pinyin(String.fromCodePoint(code), { toneType: 'none', type: 'array', v: true, multiple: true })) if (/^[a-z]+$/.test(s)) seen.add(s);
  }
  for (const interjection of ['m', 'n', 'ng', 'hng']) seen.delete(interjection);
  expect([...pinyinSyllables].sort()).toEqual([...seen].sort());
});

describe('parsePinyin', () => {
  const texts = (query: string) => parsePinyin(query)?.splits.map((split) => split.map((s) => `${s.text}${s.tone ?? ''}`).join(' '));

  test('letters split into every sequence of syllables', () => {
    expect(texts('xuhui')).toEqual(['xu hui']);
    expect(texts('xian')?.sort()).toEqual(['xi an', 'xian']);
    expect(texts('shisanwu')).toContain('shi san wu');
  });

  test('spaces, apostrophes and hyphens end a syllable; case does not matter', () => {
    expect(texts("Xi'an")).toEqual(['xi an']);
    expect(texts('jing-an')).toEqual(['jing an']);
    expect(texts('SHI SAN WU')).toEqual(['shi san wu']);
    expect(parsePinyin('shi san wu')?.splits[0]?.map((s) => s.spaceBefore)).toEqual([false, true, true]);
  });

  test('tone marks and tone numbers give the syllable its tone; ü is v', () => {
    expect(texts('xúhuì')).toEqual(['xu2 hui4']);
    expect(texts('xu2hui4')).toEqual(['xu2 hui4']);
    expect(texts('xi1an1')).toEqual(['xi1 an1']);
    expect(texts('lǜsè')).toEqual(['lv4 se4']);
    expect(texts('lu:se')).toEqual(['lv se']);
    expect(texts('lvse')).toEqual(['lv se']);
    expect(texts('lue')).toContain('lve');
    expect(texts('de0')).toEqual(['de5']);
  });

  test('English words, Chinese and other characters are not pinyin', () => {
    for (const query of ['district', 'GDP', 'fiscal revenue', '徐汇', 'xuhui2014', 'x&y', '']) expect(parsePinyin(query), query).toBeUndefined();
  });

  test('the shards a query needs are its syllables', () => {
    expect(shardsFor(parsePinyin('xian')!)).toEqual(['an', 'xi', 'xian']);
  });
});

describe('readPinyin', () => {
  const lexicon = lexiconOf({ 徐汇: 49, 建设: 393, 实施: 300, 事实: 3, 西安: 2, 先: 9, 改造: 80, 旧: 5, 就: 90, 区: 300 }, ['十三五', '旧区改造', '静安']);

  test('a word by its spelling, with or without spaces, tone marks or numbers', () => {
    for (const query of ['xuhui', 'xu hui', 'Xúhuì', 'xu2hui4', 'XUHUI']) expect(read(query, lexicon)?.tokens, query).toEqual(['徐汇']);
    for (const query of ['shisanwu', 'shi san wu', 'shi2san1wu3']) expect(read(query, lexicon)?.tokens, query).toEqual(['十三五']);
    expect(read("jing'an", lexicon)?.tokens).toEqual(['静安']);
  });

  test('a term the site knows is one word, though the segmenter splits it', () => {
    expect(read('jiuqugaizao', lexicon)?.tokens).toEqual(['旧区改造']);
  });

  test('a known term is read whole however many syllables it has (13 here), not as its commoner homophones', () => {
    const long = lexiconOf({ 这: 900, 管理: 300, 城市: 400, 建设: 393, 新时代: 50, 只: 80, 家: 90 }, ['新时代城市建设者管理者之家']);
    expect(read('xinshidaichengshijianshezheguanlizhezhijia', long)?.tokens).toEqual(['新时代城市建设者管理者之家']);
  });

  test('words typed together are one phrase; words typed apart must each occur', () => {
    expect(read('xuhuijianshe', lexicon)?.tokens).toEqual(['徐汇建设']);
    expect(read('xuhui jianshe', lexicon)?.tokens).toEqual(['徐汇', '建设']);
  });

  test('an ambiguous spelling: the most frequent word is searched and the others offered', () => {
    const reading = read('shishi', lexicon);
    expect(reading?.tokens).toEqual(['实施']);
    expect(reading?.choices).toEqual(['事实']);
    expect(read('xuhui shishi', lexicon)?.choices).toEqual(['徐汇 事实']);
    expect(read('jianshe', lexicon)?.choices).toEqual([]);
  });

  test('tones choose among words spelt alike', () => {
    expect(read('shi4shi2', lexicon)?.tokens).toEqual(['事实']);
    expect(read('xi1an1', lexicon)?.tokens).toEqual(['西安']);
    // Wrong tones are not held against the reader: the spelling still finds its words.
    expect(read('xu4hui1', lexicon)?.tokens).toEqual(['徐汇']);
  });

  test('fewest words first: xian is 先 (one word) only when 西安 is not more frequent', () => {
    expect(read('xian', lexicon)?.tokens).toEqual(['先']);
    expect(read('xian', lexicon)?.choices).toEqual([]);
    expect(read("xi'an", lexicon)?.tokens).toEqual(['西安']);
  });

  test('a spelling no word of the lexicon has is not read', () => {
    expect(read('zhongguo', lexicon)).toBeUndefined();
  });
});

describe('buildPinyinLexicon', () => {
  test('words under their toneless spelling with tones, most frequent first, in shards by first syllable', () => {
    const shards = buildPinyinLexicon(new Map([['实施', 300], ['事实', 3], ['徐汇', 49]]), [], () => new Map());
    expect(shards.get('shi')).toEqual({ 'shi shi': [['实施', 300, '21'], ['事实', 3, '42']] });
    expect(shards.get('xu')).toEqual({ 'xu hui': [['徐汇', 49, '24']] });
  });

  test('a known term spelt like another word is counted in the corpus; otherwise it is not', () => {
    const counted: string[] = [];
    const countAll = (terms: readonly string[]) => (counted.push(...terms), new Map(terms.map((term) => [term, 7])));
    const shards = buildPinyinLexicon(new Map([['实施', 3]]), ['事实', '十三五', 'GDP'], countAll);
    expect(counted).toEqual(['事实']);
    expect(shards.get('shi')?.['shi shi']).toEqual([['事实', 7, '42'], ['实施', 3, '21']]);
    expect(shards.get('shi')?.['shi san wu']).toEqual([['十三五', 0, '213']]);
  });

  test('a single character under each of its readings, the first ranked by its count', () => {
    expect(readingsOf('行').map((r) => r.syllables.join(' '))).toEqual(expect.arrayContaining(['xing', 'hang']));
    const shards = buildPinyinLexicon(new Map([['行', 5], ['航', 2]]), [], () => new Map());
    expect(shards.get('hang')?.['hang']).toEqual([['航', 2, '2'], ['行', 0, '2']]);
  });

  test("the words' order makes no difference (a rebuild's word totals come in another order)", () => {
    const words: Array<[string, number]> = [['实施', 300], ['事实', 3], ['徐汇', 49], ['行', 5], ['航', 2], ['十三', 3]];
    const countAll = (terms: readonly string[]) => new Map(terms.map((term) => [term, 7]));
    const lexicon = (order: Array<[string, number]>) => JSON.stringify([...buildPinyinLexicon(new Map(order), ['事实', '十三五', '航行'], countAll)]);
    expect(lexicon([...words].reverse())).toBe(lexicon(words));
    expect(lexicon([...words.slice(3), ...words.slice(0, 3)])).toBe(lexicon(words));
  });

  test('a shard is a classic script that cannot close a script element', () => {
    expect(pinyinShardScript('xu', { 'xu hui': [['徐汇', 1, '24']] })).toBe('__baogaoPinyinShard("xu",{"xu hui":[["徐汇",1,"24"]]});\n');
  });
});
