import { expect, test } from 'vitest';
import { encodeTerm, fragmentId, textDirective } from '../../src/reader/client/text-fragment.ts';

test('a short selection is linked by its words, the directive syntax escaped', () => {
  expect(textDirective('  生产总值1095亿元 ')).toBe(`:~:text=${encodeURIComponent('生产总值1095亿元')}`);
  expect(encodeTerm('a-b,c&d')).toBe('a%2Db%2Cc%26d');
  expect(textDirective('   ')).toBe('');
});

test('a long selection is linked by its first and last words', () => {
  const long = '一'.repeat(30) + '二'.repeat(40) + '三'.repeat(30);
  expect(textDirective(long)).toBe(`:~:text=${encodeTerm('一'.repeat(18))},${encodeTerm('三'.repeat(18))}`);
  expect(textDirective('第一段的结尾。\n第二段的开头')).toBe(`:~:text=${encodeTerm('第一段的结尾。')},${encodeTerm('第二段的开头')}`);
});

test("a fragment's id is the part before a text directive", () => {
  expect(fragmentId('#s1-p2:~:text=%E7%94%9F')).toBe('s1-p2');
  expect(fragmentId('#%E4%B8%80')).toBe('一');
  expect(fragmentId('#%E4')).toBe('%E4');
  expect(fragmentId('')).toBe('');
});
