import { describe, expect, test } from 'vitest';
import { bindClosingPunctuation } from '../../src/lib/figure-break.ts';

const figure = (text: string, target = 'm1') => `<button type="button" popovertarget="${target}"><data value="1">${text}</data></button>`;

describe('bindClosingPunctuation', () => {
  test('keeps a figure and the closing punctuation after it together, full-width or ASCII', () => {
    expect(bindClosingPunctuation(`总值${figure('1095亿元')},增长${figure('8%', 'm2')}。`)).toBe(
      `总值<span>${figure('1095亿元')},</span>增长<span>${figure('8%', 'm2')}。</span>`,
    );
    expect(bindClosingPunctuation(`${figure('8%')}\uFF0C${figure('9%')}\uFF1B`)).toBe(`<span>${figure('8%')}\uFF0C</span><span>${figure('9%')}\uFF1B</span>`);
  });
  test('takes the whole run of closing marks: a bracket and a stop', () => {
    expect(bindClosingPunctuation(`(${figure('3个')})。下`)).toBe(`(<span>${figure('3个')})。</span>下`);
  });
  test('leaves a figure followed by text, and other buttons, alone', () => {
    const html = `${figure('10年')}的协作<button type="button">复制</button>,`;
    expect(bindClosingPunctuation(html)).toBe(html);
  });
  test('the text itself is unchanged', () => {
    const html = `甲${figure('1')},乙${figure('2')}。丙${figure('3')}丁`;
    const text = (s: string) => s.replace(/<[^>]*>/g, '');
    expect(text(bindClosingPunctuation(html))).toBe(text(html));
  });
});
