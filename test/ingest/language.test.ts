import { describe, expect, test } from 'vitest';
import { englishProse, minorityScript } from '../../src/ingest/language.ts';

describe('englishProse', () => {
  const sentence = 'The gross regional product of the district rose to 120 billion yuan, and the growth of the economy was steady in the year.';

  test('a machine translation is English prose, with its counts', () => {
    const result = englishProse(Array.from({ length: 10 }, () => sentence).join('\n'));
    expect(result?.functionWords).toBeGreaterThanOrEqual(30);
    expect(result?.han).toBe(0);
  });

  test('a Chinese report with Latin words (GDP, 5G, a page script) is not', () => {
    const report = '全区实现地区生产总值(GDP)1200亿元,增长6.5%。建成5G基站300个。'.repeat(40);
    expect(englishProse(`${report}\n<script>var share = function () { return the_url; }</script>`)).toBeUndefined();
  });

  test('a Chinese page with an English abstract stays Chinese: function words are weighed against Chinese characters', () => {
    const page = `${'过去一年,我们坚持稳中求进工作总基调,全区经济持续健康发展。'.repeat(30)}\n${Array.from({ length: 3 }, () => sentence).join(' ')}`;
    expect(englishProse(page)).toBeUndefined();
  });

  test('a few English sentences alone are too little to call', () => {
    expect(englishProse(sentence)).toBeUndefined();
  });
});

describe('minorityScript', () => {
  test('Yanbian\'s Korean news of a session is Korean, though its page chrome is Chinese', () => {
    const korean = '1월 10일, 훈춘시 제19기 인민대표대회 제3차 회의가 개막되였습니다. 시장이 훈춘시인민정부를 대표해 대회에 정부사업보고를 했습니다.';
    const result = minorityScript(`时间:2024-01-11 来源:珲春融媒\n${Array.from({ length: 4 }, () => korean).join('\n')}`);
    expect(result).toMatchObject({ language: 'Korean', han: 8 });
    expect(result?.letters).toBeGreaterThan(100);
  });

  test('a Chinese report naming a Korean or Uyghur name now and then is Chinese', () => {
    const report = '全州经济平稳发展,地区生产总值增长6%。'.repeat(20);
    expect(minorityScript(`${report}\n연변 조선족 자치주\nئۈرۈمچی`)).toBeUndefined();
  });
});
