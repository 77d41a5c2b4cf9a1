import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { chromeRules, matchChrome } from '../../src/ingest/chrome-rules.ts';
import { clean } from '../../src/ingest/clean.ts';
import { stripPinyinGlosses } from '../../src/ingest/pinyin-gloss.ts';
import type { CleanResult } from '../../src/model.ts';

function run(text: string): { result: CleanResult; file: VFile } {
  const file = new VFile({ path: 'seeds/example.txt' });
  return { result: clean(text, file), file };
}

const seed = (prefix: string): string => {
  const names: Record<string, string> = {
    '000': '000_8a680f93dd4856e3.txt',
    '001': '001_fb16f82d61c4a2eb.txt',
    '002': '002_ac793ded085856f1.txt',
    '003': '003_9bc730d6815c430c.txt',
    '004': '004_7ac9c9b3664c3e79.txt',
  };
  return readFileSync(`seeds/${names[prefix]}`, 'utf8');
};

describe('clean: lines', () => {
  test('trims spaces, nbsp and U+3000, drops blank lines, keeps source line numbers', () => {
    const { result } = run(
      '\u00a0\u00a0 各位代表:\u00a0\n\n\u3000\u3000现在,我代表区人民政府。 \n \u00a0\n一、回顾',
    );
    expect(result.lines).toEqual([
      { text: '各位代表:', line: 1 },
      { text: '现在,我代表区人民政府。', line: 3 },
      { text: '一、回顾', line: 5 },
    ]);
    expect(result.removals).toEqual([]);
    expect(result.convertedFromTraditional).toBe(false);
  });

  test('inner spaces and full-width punctuation are kept as written (full-width digits become ASCII)', () => {
    const { result } = run('上海市徐汇区区长\u00a0 过剑飞\n增长８％，（一）全年；');
    expect(result.lines.map((l) => l.text)).toEqual([
      '上海市徐汇区区长\u00a0 过剑飞',
      '增长8％，（一）全年；',
    ]);
  });
});

describe('clean: page chrome', () => {
  test('each declared rule removes its example and lists line, rule and the line exactly', () => {
    const text = [
      '无障碍工具条',
      '二维码',
      '用微信扫描二维码,分享微信朋友圈',
      '  • 索 引 号:',
      '  • 文\u00a0\u00a0\u00a0\u00a0号:',
      '  • 名\u00a0\u00a0\u00a0\u00a0称:政府工作报告(2014年)',
      '政府工作报告(2014年)',
      '时间:2014-01-17',
      '  • 分享:',
      '  • 分享到新浪微博',
      '来源:网络整理 免责声明:本文仅限学习分享,如产生版权问题,请联系我们及时删除。',
      '较旧一篇:2018年厦门市同安区政府工作报告较新一篇:2018年上海市虹口区政府工作报告',
      '【打印】【关闭】',
      '字号:大 中 小',
      '浏览次数:1024',
    ].join('\n');
    const { result } = run(text);
    expect(result.lines).toEqual([
      { text: '政府工作报告(2014年)', line: 7 },
      { text: '时间:2014-01-17', line: 8 },
    ]);
    expect(result.removals.map((r) => [r.line, r.rule])).toEqual([
      [1, 'chrome-toolbar'],
      [2, 'chrome-qrcode'],
      [3, 'chrome-qrcode'],
      [4, 'chrome-field'],
      [5, 'chrome-field'],
      [6, 'chrome-field'],
      [9, 'chrome-share'],
      [10, 'chrome-share'],
      [11, 'chrome-footer'],
      [12, 'chrome-article-nav'],
      [13, 'chrome-page-tools'],
      [14, 'chrome-page-tools'],
      [15, 'chrome-page-meta'],
    ]);
    expect(result.removals[3]?.text).toBe('  • 索 引 号:');
  });

  test('report text that mentions the same words survives', () => {
    const content = [
      '(三)推广二维码门牌,市民用微信扫描即可查询办事指南,全年服务群众12万人次。',
      '分享经济加快发展,共享单车投放量达到3万辆。',
      '名称:徐汇区人民政府',
      '文号:徐府发〔2014〕1号',
      '无障碍设施改造完成120处。',
      '来源于基层的创新做法,得到推广。',
      '下一步,我们将继续推进。',
    ];
    const { result } = run(content.join('\n'));
    expect(result.lines.map((l) => l.text)).toEqual(content);
    expect(result.removals).toEqual([]);
  });

  test('every rule id is documented in docs/rules.md', () => {
    const docs = readFileSync('docs/rules.md', 'utf8');
    const ids = [
      ...new Set([
        ...chromeRules.map((r) => r.ruleId),
        'pinyin-gloss',
        'converted-traditional',
        'mojibake',
        'placeholder',
        'censored',
      ]),
    ];
    for (const id of [...ids, 'encoding-detected', 'empty-input', 'binary-input', 'undecodable-input']) {
      expect(docs, id).toContain(`\`${id}\``);
    }
  });

  test('matchChrome answers for the whole line only', () => {
    expect(matchChrome('分享到微信朋友圈')?.ruleId).toBe('chrome-share');
    expect(matchChrome('把成果分享到基层')).toBeUndefined();
  });
});

describe('clean: pinyin glosses', () => {
  test('removes tone-marked syllables after Han characters, ASCII or full-width parentheses', () => {
    expect(stripPinyinGlosses('區(qū)委經(jīng)濟（fā）展，綠(lǜ)化(ü)').text).toBe('區委經濟展，綠化');
    expect(stripPinyinGlosses('區(qū)委').glosses).toEqual(['(qū)']);
  });

  test('keeps real parentheses: no tone mark, not Latin, or not after a Han character', () => {
    const text = '数据(data)、(一)、(上海)、GDP(gòu)、(fā)展、小巨人(培育)';
    expect(stripPinyinGlosses(text).text).toBe(text);
  });

  test('offsets map each kept unit back to the input', () => {
    const stripped = stripPinyinGlosses('區(qū)委*');
    expect(stripped.offsets).toEqual([0, 5, 6]);
  });

  test('clean records one removal per line with the glosses and their count', () => {
    const { result } = run('上半年,區(qū)委\n經(jīng)濟發(fā)展');
    expect(result.removals).toEqual([
      { line: 1, rule: 'pinyin-gloss', text: '(qū)', count: 1 },
      { line: 2, rule: 'pinyin-gloss', text: '(jīng)(fā)', count: 2 },
    ]);
  });
});

describe('clean: script', () => {
  test('converts a traditional text to simplified, after stripping glosses, and says so', () => {
    const { result, file } = run(
      '上半年,區(qū)委全面貫徹落實黨的十八大精神。\n經(jīng)濟社會持續健康發(fā)展。',
    );
    expect(result.convertedFromTraditional).toBe(true);
    expect(result.lines.map((l) => l.text)).toEqual([
      '上半年,区委全面贯彻落实党的十八大精神。',
      '经济社会持续健康发展。',
    ]);
    const info = file.messages.find((m) => m.ruleId === 'converted-traditional');
    expect(info?.fatal).toBeUndefined();
  });

  test('full-width digits become ASCII digits, one character for one, and the run says so', () => {
    const { result, file } = run('——２０１４年１月８日在区第十五届人民代表大会第三次会议上\n地区生产总值增长１２．５％,达到１２３４亿元。');
    expect(result.lines.map((l) => l.text)).toEqual([
      '——2014年1月8日在区第十五届人民代表大会第三次会议上',
      '地区生产总值增长12.5％,达到1234亿元。',
    ]);
    const info = file.messages.find((m) => m.ruleId === 'converted-digits');
    expect(info?.reason).toContain('13 of them');
    expect(info?.fatal).toBeUndefined();
    // A full-width point that is no decimal point stays.
    expect(run('第１．').result.lines[0]?.text).toBe('第1．');
  });

  test('simplified text is not touched, even with a stray traditional-looking character', () => {
    const text = '坚持以人民为中心,著力推进乾坤湾建设。';
    const { result, file } = run(text);
    expect(result.convertedFromTraditional).toBe(false);
    expect(result.lines[0]?.text).toBe(text);
    expect(file.messages).toEqual([]);
  });
});

describe('clean: damage', () => {
  test('flags with line and source column, keeps the text, warns per occurrence', () => {
    const { result, file } = run('标题\n  區(qū)建設持續*。啟動201*年計劃');
    expect(result.lines[1]?.text).toBe('区建设持续*。启动201*年计划');
    // Columns count in the source line: two spaces and the gloss come before.
    expect(result.damage).toEqual([
      { line: 2, column: 12, kind: 'censored', text: '*' },
      { line: 2, column: 16, kind: 'placeholder', text: '201*年' },
    ]);
    const warnings = file.messages.filter((m) => m.fatal === false);
    expect(warnings.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['censored', 2, 12],
      ['placeholder', 2, 16],
    ]);
    expect(warnings[1]?.place).toEqual({ start: { line: 2, column: 16 }, end: { line: 2, column: 21 } });
  });
});

describe('clean: the seeds', () => {
  const lossless = (prefix: string): void => {
    const raw = seed(prefix).split('\n');
    const { result } = run(seed(prefix));
    const kept = new Map(result.lines.map((l) => [l.line, l.text]));
    const removed = new Map(result.removals.map((r) => [r.line, r.text]));
    raw.forEach((text, i) => {
      const line = i + 1;
      if (removed.has(line)) expect(removed.get(line)).toBe(text);
      else if (text.trim() === '') expect(kept.has(line)).toBe(false);
      else expect(kept.get(line)).toBe(text.trim());
    });
  };

  test('000: chrome lines 1–8 and 64–69 are removed, nothing else', () => {
    const { result } = run(seed('000'));
    expect(result.removals.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 64, 65, 66, 67, 68, 69]);
    expect(result.lines.slice(0, 3).map((l) => l.text)).toEqual([
      '政府工作报告(2014年)',
      '时间:2014-01-17',
      '政 府 工 作 报 告',
    ]);
    expect(result.damage).toEqual([]);
    lossless('000');
  });

  test('001: the article links are removed and the censored marks found', () => {
    const { result } = run(seed('001'));
    expect(result.removals).toEqual([
      {
        line: 177,
        rule: 'chrome-article-nav',
        text: '较旧一篇:2018年厦门市同安区政府工作报告较新一篇:2018年上海市虹口区政府工作报告',
      },
    ]);
    expect(result.damage.map((d) => [d.line, d.kind, d.text])).toEqual([
      [27, 'censored', '*'],
      [37, 'censored', '*'],
      [49, 'censored', '*'],
      [51, 'censored', '**'],
      [97, 'censored', '*'],
      [101, 'censored', '**'],
      [115, 'censored', '*'],
      [145, 'censored', '**'],
    ]);
    const raw = seed('001').split('\n');
    for (const d of result.damage)
      expect(raw[d.line - 1]?.slice(d.column - 1, d.column - 1 + d.text.length)).toBe(d.text);
    lossless('001');
  });

  test('002 and 003: nothing removed, nothing flagged, every line kept', () => {
    for (const prefix of ['002', '003']) {
      const { result, file } = run(seed(prefix));
      expect(result.removals).toEqual([]);
      expect(result.damage).toEqual([]);
      expect(result.convertedFromTraditional).toBe(false);
      expect(file.messages).toEqual([]);
      lossless(prefix);
    }
  });

  test('004: converted, glosses gone, footer removed, mojibake and placeholder flagged', () => {
    const { result } = run(seed('004'));
    expect(result.convertedFromTraditional).toBe(true);
    const text = result.lines.map((l) => l.text).join('\n');
    expect(text).toContain('区委全面贯彻落实');
    expect(text).not.toContain('區');
    expect(text).not.toMatch(/\p{Script=Han}[((][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[))]/u);
    expect(result.lines[0]).toEqual({ text: '一、上半年工作回顾', line: 1 });
    expect(result.removals.filter((r) => r.rule !== 'pinyin-gloss')).toEqual([
      { line: 10, rule: 'chrome-footer', text: seed('004').split('\n')[9] },
    ]);
    // Every gloss in the source (all are single tone-marked syllables in parentheses) is accounted for.
    const sourceGlosses =
      seed('004')
        .split('\n')
        .slice(0, 9)
        .join('\n')
        .match(/(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/gu) ?? [];
    const glossCount = result.removals.reduce(
      (n, r) => n + (r.rule === 'pinyin-gloss' ? (r.count ?? 1) : 0),
      0,
    );
    expect(glossCount).toBe(sourceGlosses.length);
    expect(glossCount).toBeGreaterThan(400);
    expect(result.damage.map((d) => [d.line, d.kind, d.text])).toEqual([
      [4, 'placeholder', '201*年'],
      [4, 'mojibake', '?jié)摿Σ粩嘣鰪'],
      [6, 'mojibake', '?qū)嵤?ldquo;'],
      [9, 'mojibake', '?shù)默F(xiàn)'],
    ]);
  });

  test('004: apart from glosses and script, every character survives', () => {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const raw = seed('004').split('\n');
    const { result } = run(seed('004'));
    for (const line of result.lines) {
      expect(line.text).toBe(convert(stripPinyinGlosses(raw[line.line - 1]?.trim() ?? '').text));
    }
    expect(result.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
