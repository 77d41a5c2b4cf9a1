import { describe, expect, test } from 'vitest';
import { chineseNumeral, matchAppendix, matchBarePart, matchItem, matchPart, matchSection } from '../../src/ingest/markers.ts';
import { splitHeading } from '../../src/ingest/split-heading.ts';

describe('chineseNumeral', () => {
  test.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十三', 23], ['九十九', 99],
  ])('%s is %i', (text, value) => expect(chineseNumeral(text)).toBe(value));

  test.each(['', '二三', '十十', '一百', '零', 'a'])('%j is not a numeral', (text) =>
    expect(chineseNumeral(text)).toBeUndefined());
});

describe('matchBarePart', () => {
  test('`第三部分` makes a part of any short title; other markers need a part\'s words', () => {
    expect(matchBarePart('第三部分 加强政府自身建设')).toEqual({ marker: '第三部分 ', title: '加强政府自身建设' });
    expect(matchBarePart('2024年工作回顾')).toEqual({ marker: '', title: '2024年工作回顾' });
    expect(matchBarePart('3、加强政府自身建设')).toBeUndefined();
    expect(matchBarePart('加强政府自身建设')).toBeUndefined();
  });
});

describe('matchPart', () => {
  test('reads the marker and its number', () => {
    expect(matchPart('一、2013年工作回顾')).toEqual({ marker: '一、', number: 1 });
    expect(matchPart('十一、其他')).toEqual({ marker: '十一、', number: 11 });
    // Some copies write a dot: `二.2012年政府工作总体要求`, `三．加强政府自身建设`.
    expect(matchPart('二.2012年政府工作总体要求和目标任务')).toEqual({ marker: '二.', number: 2 });
    expect(matchPart('三．加强政府自身建设')).toEqual({ marker: '三．', number: 3 });
  });
  test('needs the enumeration comma right after the numeral', () => {
    expect(matchPart('一年来,我们主要做了以下工作:')).toBeUndefined();
    expect(matchPart('十分重要、')).toBeUndefined();
    expect(matchPart('(一)注重')).toBeUndefined();
    expect(matchPart('1、建设')).toBeUndefined();
  });
});

describe('matchSection', () => {
  test('ASCII and full-width parentheses', () => {
    expect(matchSection('(一)立足布局优化')).toEqual({ marker: '(一)', number: 1 });
    expect(matchSection('（十二）加强')).toEqual({ marker: '（十二）', number: 12 });
    expect(matchSection('(三）混合')).toEqual({ marker: '(三）', number: 3 });
  });
  test('not a dateline in parentheses or an arabic item', () => {
    expect(matchSection('(2015年1月27日在上城区第十四届人民代表大会第四次会议上)')).toBeUndefined();
    expect(matchSection('(1)建设')).toBeUndefined();
  });
});

describe('matchItem', () => {
  test.each([
    ['1.建设保障性住房22万平方米。', '1.', 1],
    ['10.加强困难人群就业服务', '10.', 10],
    ['3、完成', '3、', 3],
    ['(2)推进', '(2)', 2],
    ['（２）推进', '（２）', 2],
    ['一是坚定不移建设一张蓝图。', '一是', 1],
    ['四是坚定不移抓好两项规划。', '四是', 4],
    ['第二,要加强', '第二,', 2],
    ['③新增', '③', 3],
  ])('%s has marker %s', (text, marker, number) => expect(matchItem(text)).toEqual({ marker, number }));

  test.each(['1.5亿元用于', '2013年是全面', '一年来,全区', '是一项', '第一年'])('%s is no item', (text) =>
    expect(matchItem(text)).toBeUndefined());
});

describe('matchAppendix', () => {
  test('a short 附件 line, with or without number and title', () => {
    expect(matchAppendix('附件')).toEqual({ marker: '附件', title: '' });
    expect(matchAppendix('附件1')).toEqual({ marker: '附件1', title: '' });
    expect(matchAppendix('附件:2018年实事项目')).toEqual({ marker: '附件', title: '2018年实事项目' });
  });
  test('not a sentence that starts with the word', () => {
    expect(matchAppendix('附件中的项目,全部完成。')).toBeUndefined();
    expect(matchAppendix('附近')).toBeUndefined();
  });
});

describe('splitHeading', () => {
  test('a section marker that opens a long paragraph: the heading is the first sentence', () => {
    const text = '(一)注重发展的质量和效益,加大产业结构调整力度,区域经济保持平稳健康发展。以现代服务业为主导的产业格局。';
    expect(splitHeading(text, 3)).toEqual({
      heading: '(一)注重发展的质量和效益,加大产业结构调整力度,区域经济保持平稳健康发展。',
      rest: '以现代服务业为主导的产业格局。',
      overlong: false,
    });
  });
  test('a short line without a sentence end is all heading', () => {
    expect(splitHeading('(一)立足布局优化,经济发展更有质量', 3)).toEqual({
      heading: '(一)立足布局优化,经济发展更有质量',
      rest: '',
      overlong: false,
    });
  });
  test('the sentence end may be ; or : and takes a closing quote with it', () => {
    expect(splitHeading('(二)加快“转型。”随后', 3).heading).toBe('(二)加快“转型。”');
    expect(splitHeading('(三)关于民生;全年完成', 3)).toMatchObject({ heading: '(三)关于民生;', rest: '全年完成' });
  });
  test('a heading joined to its text by a space on a long line', () => {
    const text = `(一)以改革创新为动力推动持续发展 ${'重点改革取得突破'.repeat(12)}`;
    expect(splitHeading(text, 3)).toMatchObject({ heading: '(一)以改革创新为动力推动持续发展', overlong: false });
  });
  test('a long line with no sentence end near the start is all heading, flagged', () => {
    const text = `(一)${'很长的标题'.repeat(20)}`;
    expect(splitHeading(text, 3)).toEqual({ heading: text, rest: '', overlong: true });
  });
  test('a first sentence longer than a heading is not a heading', () => {
    const text = `(一)${'很长的句子,'.repeat(20)}。后文`;
    expect(splitHeading(text, 3).heading).toBe(text);
  });
});
