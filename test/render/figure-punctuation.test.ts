import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { bindFigurePunctuation } from '../../src/render/figure-punctuation.ts';

const figure = (text: string, target = 'm1') => h('button', { popoverTarget: target }, [h('data', { value: '1' }, text)]);
const figureHtml = (text: string, target = 'm1') => `<button popovertarget="${target}"><data value="1">${text}</data></button>`;
const text = (value: string): ElementContent => ({ type: 'text', value });
const html = (children: ElementContent[]) => toHtml({ type: 'root', children: bindFigurePunctuation(children) });

describe('bindFigurePunctuation', () => {
  test('keeps a figure and the closing punctuation after it together, full-width or ASCII', () => {
    expect(html([text('总值'), figure('1095亿元'), text(',增长'), figure('8%', 'm2'), text('。')])).toBe(
      `总值<span>${figureHtml('1095亿元')},</span>增长<span>${figureHtml('8%', 'm2')}。</span>`,
    );
    expect(html([figure('8%'), text('\uFF0C'), figure('9%'), text('\uFF1B')])).toBe(`<span>${figureHtml('8%')}\uFF0C</span><span>${figureHtml('9%')}\uFF1B</span>`);
  });
  test('takes the whole run of closing marks: a bracket and a stop, and leaves the rest of the text after the span', () => {
    expect(html([text('('), figure('3个'), text(')。下')])).toBe(`(<span>${figureHtml('3个')})。</span>下`);
  });
  test('the text after a bound mark can itself end before another figure', () => {
    expect(html([figure('1'), text(',和'), figure('2'), text('。')])).toBe(`<span>${figureHtml('1')},</span>和<span>${figureHtml('2')}。</span>`);
  });
  test('leaves a figure followed by text, and other buttons, alone', () => {
    const children = [figure('10年'), text('的协作'), h('button', { type: 'button' }, '复制'), text(',')];
    expect(html(children)).toBe(toHtml({ type: 'root', children }));
  });
  test('the text itself is unchanged', () => {
    const children = [text('甲'), figure('1'), text(',乙'), figure('2'), text('。丙'), figure('3'), text('丁')];
    const plain = (s: string) => s.replace(/<[^>]*>/g, '');
    expect(plain(html(children))).toBe(plain(toHtml({ type: 'root', children })));
  });
});
