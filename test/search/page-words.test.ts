/**
 * Excerpts show the text as written: Pagefind's browser code escapes `<` and `>` in `raw_content`
 * (its excerpts are HTML; ours are text), so without undoing it `<script>` showed as `&lt;script&gt;`.
 */
import { expect, test } from 'vitest';
import { locate } from '../../src/search/core/locate.ts';
import { pageWords, unescapeAlong } from '../../src/search/core/page-words.ts';

/** Page data as pagefind.js's loadFragment leaves it: raw_content escaped, content plain and unsplit. */
function loaded(words: string[], anchors: Array<{ element: string; id: string; location: number }>) {
  const text = words.join('\u200B');
  return {
    raw_content: text.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    content: text.replace(/\u200B/g, ''),
    anchors,
  };
}

test('an excerpt shows <script> as written, not as &lt;script&gt;', () => {
  const page = loaded(['网页', '中', '的', '<', 'script', '>', '标签', '应', '原样', '显示', '。'], [{ element: 'p', id: 's1-p1', location: 0 }]);
  const [hit] = locate(page, '标签');
  expect(hit!.excerpt).toEqual({ before: '网页中的<script>', match: '标签', after: '应原样显示。' });
  expect(locate(page, '<script>')[0]!.excerpt.match).toBe('<script>');
});

test('a report that itself says &lt; keeps it: only the escapes Pagefind made are undone', () => {
  const page = loaded(['写作', '&lt;', '与', '<', '不同'], []);
  expect(pageWords(page)).toEqual(['写作', '&lt;', '与', '<', '不同']);
  expect(unescapeAlong('a&lt;b&gt;&amp;c', 'a<b>&amp;c')).toBe('a<b>&amp;c');
});

test('page data without raw_content, or with an unescaped one, reads as it is', () => {
  expect(pageWords({ content: 'a b <c>' })).toEqual(['a ', 'b ', '<c>']);
  expect(pageWords({ raw_content: '甲\u200B<\u200B乙', content: '甲<乙' })).toEqual(['甲', '<', '乙']);
});
