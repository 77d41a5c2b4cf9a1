import { describe, expect, test } from 'vitest';
import { englishProse } from '../../src/ingest/language.ts';

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
