import { describe, expect, test } from 'vitest';
import { foldPhrase, locate, type IndexedPage } from '../../src/search/core/locate.ts';
import { matchPage } from '../../src/search/core/run.ts';

/** A page as Pagefind's `data()` gives it for Chinese: words joined by U+200B, anchors by word position. */
function page(blocks: Array<{ id?: string; element: string; words: string[] }>): IndexedPage {
  const words: string[] = [];
  const anchors: IndexedPage['anchors'] = [];
  for (const block of blocks) {
    if (block.id) anchors.push({ element: block.element, id: block.id, location: words.length, text: block.words.join('') });
    words.push(...block.words);
  }
  return { raw_content: words.join('\u200B'), content: words.join(''), anchors };
}

const report = page([
  { element: 'h1', words: ['徐汇', '区', '2014', '年'] },
  { id: 's1', element: 'h2', words: ['一', '、', '工作', '回顾', '. '] },
  { id: 's1-p1', element: 'p', words: ['加快', '推进', '旧区', '改造', ',', '完成', '旧', '改', '。 '] },
  { id: 'm1', element: 'button', words: ['1095', '亿元'] },
  { id: 's1-p2', element: 'p', words: ['全面', '完成', '实事', '项目', '。', 'GDP', '增长', '8%', '。 '] },
]);

describe('locate', () => {
  test('finds a phrase that the segmenter split into several words, in its paragraph', () => {
    const found = locate(report, '旧区改造');
    expect(found.map((o) => o.anchor)).toEqual(['s1-p1']);
    expect(found[0]!.excerpt.match).toBe('旧区改造');
    expect(found[0]!.section).toEqual({ id: 's1', text: '一、工作回顾.' });
  });

  test('keeps the excerpt inside the paragraph and marks exactly the match', () => {
    const [hit] = locate(report, '实事项目');
    expect(hit!.excerpt).toEqual({ before: '全面完成', match: '实事项目', after: '。GDP增长8%。' });
  });

  test('anchors only on blocks: a match after an inline element with an id still names its paragraph', () => {
    const found = locate(report, '亿元');
    expect(found.map((o) => o.anchor)).toEqual(['s1-p1']);
  });

  test('ignores letter case, width and spaces in the query', () => {
    expect(locate(report, 'gdp').map((o) => o.anchor)).toEqual(['s1-p2']);
    expect(locate(report, 'ＧＤＰ').map((o) => o.anchor)).toEqual(['s1-p2']);
    expect(locate(report, '旧区 改造').map((o) => o.anchor)).toEqual(['s1-p1']);
    expect(foldPhrase(' Ｇ D p ')).toBe('gdp');
  });

  test('returns every occurrence, and nothing for text that is not there', () => {
    expect(locate(report, '完成').map((o) => o.anchor)).toEqual(['s1-p1', 's1-p2']);
    expect(locate(report, '旧区改革')).toEqual([]);
    expect(locate(report, '')).toEqual([]);
  });

  test('text before the first anchor has no anchor', () => {
    expect(locate(report, '徐汇区')[0]!.anchor).toBeUndefined();
  });
});

describe('matchPage', () => {
  test('needs every token, and ranks the blocks holding most tokens first', () => {
    const matches = matchPage(report, ['完成', '实事项目']);
    expect(matches?.map((m) => m.anchor)).toEqual(['s1-p2', 's1-p1']);
    expect(matchPage(report, ['完成', '火星'])).toBeUndefined();
  });
});
