import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findDamage } from '../../src/ingest/damage.ts';

const kinds = (text: string): Array<[string, string]> => findDamage(text).map((d) => [d.kind, d.text]);

describe('findDamage: censored marks', () => {
  test('lone `*` and `**` glued into words (seed 001)', () => {
    expect(kinds('丽家园”建设持续*。坚持需求导向')).toEqual([['censored', '*']]);
    expect(kinds('和回应企业需求,**清企业的“难点')).toEqual([['censored', '**']]);
    expect(kinds('务建议事项6项。*推进行政审批评估')).toEqual([['censored', '*']]);
    expect(kinds('建公立医院“管办＊＊”新模式')).toEqual([['censored', '＊＊']]);
  });

  test('offsets are UTF-16 offsets into the text', () => {
    const text = '建设持续*。';
    expect(findDamage(text)).toEqual([{ start: 4, end: 5, kind: 'censored', text: '*' }]);
    expect(text.slice(4, 5)).toBe('*');
  });

  test('arithmetic between ASCII digits or letters is not censorship', () => {
    expect(findDamage('面积为3*4米,A*B方案')).toEqual([]);
  });
});

describe('findDamage: placeholders', () => {
  test('masked years and dates, with their unit', () => {
    expect(kinds('启动201*年市区两级')).toEqual([['placeholder', '201*年']]);
    expect(kinds('20**年工作回顾')).toEqual([['placeholder', '20**年']]);
    expect(kinds('于X月X日召开')).toEqual([
      ['placeholder', 'X月'],
      ['placeholder', 'X日'],
    ]);
  });

  test('masked place names from a template', () => {
    expect(kinds('XX区人民政府')).toEqual([['placeholder', 'XX区']]);
    expect(kinds('××县')).toEqual([['placeholder', '××县']]);
  });

  test('real labels and formulas stay: X区 as one zone, “2+7+X”, ordinary years', () => {
    expect(findDamage('A区和X区两个片区,“2+7+X”生态环境综合治理,2014年,MAX年')).toEqual([]);
  });
});

describe('findDamage: mojibake', () => {
  test('the three runs of seed 004, after conversion to simplified', () => {
    expect(kinds('聚焦重点区域建设,发展?jié)摿Σ粩嘣鰪。西岸传媒港')).toEqual([
      ['mojibake', '?jié)摿Σ粩嘣鰪'],
    ]);
    expect(kinds('综合改革,有序?qū)嵤?ldquo;单独二孩”政策')).toEqual([['mojibake', '?qū)嵤?ldquo;']]);
    expect(kinds('缺乏主动担当?shù)默F(xiàn)象时有发生')).toEqual([['mojibake', '?shù)默F(xiàn)']]);
  });

  test('UTF-8 read as GBK without a lost byte: a run of rare characters and kana', () => {
    // 政府工作报告 encoded as UTF-8 and decoded as GBK.
    const garbled = new TextDecoder('gbk').decode(new TextEncoder().encode('政府工作报告'));
    const found = findDamage(`各位代表,${garbled}。`);
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('mojibake');
    expect(garbled.startsWith(found[0]?.text ?? '-')).toBe(true);
  });

  test('U+FFFD and UTF-8 read as Latin-1', () => {
    expect(kinds('发展\uFFFD\uFFFD质量')).toEqual([['mojibake', '\uFFFD\uFFFD']]);
    const latin1 = new TextDecoder('windows-1252').decode(new TextEncoder().encode('政府'));
    expect(kinds(`报告${latin1}全文`)).toEqual([['mojibake', latin1]]);
  });

  test('question marks that are punctuation, URLs and rare names are not mojibake', () => {
    expect(findDamage('怎么办?我们要改革。见 https://www.xuhui.gov.cn/?id=3 。')).toEqual([]);
    expect(findDamage('区长张喆堃同志,GDP增长,数据(data)')).toEqual([]);
    expect(findDamage('这是为什么?')).toEqual([]);
  });
});

test('findDamage on the clean seeds finds only the censored marks of 001', () => {
  const found = new Map<string, string[]>();
  for (const name of readdirSync('seeds').filter((n) => n.endsWith('.txt') && !n.startsWith('004'))) {
    const text = readFileSync(`seeds/${name}`, 'utf8');
    found.set(name.slice(0, 3), [
      ...new Set(text.split('\n').flatMap((line) => findDamage(line).map((d) => d.kind))),
    ]);
  }
  expect(Object.fromEntries(found)).toEqual({ '000': [], '001': ['censored'], '002': [], '003': [] });
});
