/**
 * The hand-labelled metric set (test/golden/metrics/*.yaml) is well formed: each `find` names exactly
 * one paragraph or heading of the cleaned text, every figure is written in that paragraph in the
 * order given, each value agrees with its text, and the set is as large and as spread as issue 4
 * asks. This checks the labels against the text only, never against the extractor's output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { indicator } from '../../src/model.ts';
import { goldenFile, type GoldenFile } from '../../src/eval/golden.ts';
import { decode } from '../../src/ingest/decode.ts';
import { clean } from '../../src/ingest/clean.ts';
import { identify } from '../../src/ingest/identify.ts';
import { outline } from '../../src/ingest/outline.ts';
import { textSites } from '../../src/ingest/walk.ts';
import { projectKnowledge, projectSeeds } from '../helpers/seeds.ts';

const dir = 'test/golden/metrics';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const goldens = new Map<string, GoldenFile>(
  files.map((f) => [f, goldenFile.parse(parse(readFileSync(path.join(dir, f), 'utf8')))]),
);
const knowledge = await projectKnowledge();
const seeds = new Map((await projectSeeds()).map((seed) => [seed.name, seed]));

/** Headings and paragraphs of a seed as cleaned and outlined (no annotation). */
function siteTexts(name: string): string[] {
  const seed = seeds.get(name);
  if (!seed) throw new Error(`no seed ${name}`);
  const file = new VFile({ path: seed.path });
  const cleaned = clean(decode(seed.bytes, file).text, file);
  const identity = identify(cleaned.lines, { file, sidecar: seed.sidecar, knowledge });
  const { blocks } = outline(cleaned.lines, { file, identity });
  return [...textSites({ blocks })].map((site) => site.rich.text);
}

const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below 10^4 (`十`, `五十六`, `三千二百`). */
function chineseSmall(s: string): number {
  let total = 0;
  let pending = 0;
  for (const c of s) {
    if (c in digits) pending = digits[c] ?? 0;
    else if (c in smallUnits) {
      total += (pending || 1) * (smallUnits[c] ?? 1);
      pending = 0;
    } else return Number.NaN;
  }
  return total + pending;
}

/** The value a figure's text states, independent of the extractor: number × scale. */
function statedValue(text: string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)(?:余|多)?(千万|百万|十万|万|亿|千)?/.exec(text);
  if (!m) return Number.NaN;
  const num = /^[0-9]/.test(m[1] ?? '') ? Number(m[1]) : chineseSmall(m[1] ?? '');
  const scale = { 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 亿: 1e8, 千: 1e3 }[m[2] ?? ''] ?? 1;
  return num * scale;
}

const decrease = /(下降|减少|降低|减)[^,，;；。]{0,8}$/;

describe('golden metrics', () => {
  test('cover all five seeds with at least 20 figures each and 160 in all', () => {
    expect(files).toEqual([...seeds.keys()].map((s) => s.replace(/\.txt$/, '.yaml')));
    const counts = files.map((f) => goldens.get(f)?.paragraphs.reduce((n, p) => n + p.figures.length, 0) ?? 0);
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(20);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(160);
  });

  test.each(files)('%s: every find names one paragraph and every figure is in it, in order', (name) => {
    const golden = goldens.get(name);
    if (!golden) throw new Error(`no golden ${name}`);
    expect(name).toBe(golden.seed.replace(/\.txt$/, '.yaml'));
    const texts = siteTexts(golden.seed);
    const ids = new Set(z.array(indicator).parse(knowledge.indicators).map((i) => i.id));
    const problems: string[] = [];
    for (const { find, figures } of golden.paragraphs) {
      const holders = texts.filter((t) => t.includes(find));
      if (holders.length !== 1) {
        problems.push(`find "${find}" is in ${holders.length} paragraphs`);
        continue;
      }
      const text = holders[0] ?? '';
      let from = 0;
      const seen: string[] = [];
      for (const figure of figures) {
        const at = text.indexOf(figure.text, from);
        const where = `"${find}" / ${figure.text}`;
        if (at === -1) problems.push(`${where}: not found in order`);
        else from = at + figure.text.length;
        const stated = statedValue(figure.text);
        if (Math.abs(Math.abs(figure.value) - stated) > 1e-9 * Math.max(1, stated)) {
          problems.push(`${where}: value ${figure.value}, text states ${stated}`);
        }
        const before = text.slice(0, Math.max(at, 0));
        if (figure.value < 0 && !decrease.test(before)) {
          problems.push(`${where}: negative without a decrease word before it`);
        }
        if (figure.value > 0 && /(下降|减少|降低)$/.test(before)) {
          problems.push(`${where}: positive right after a decrease word`);
        }
        const unit = figure.unit === 'pp' ? '个百分点' : figure.unit;
        if (!figure.text.endsWith(unit)) problems.push(`${where}: unit ${figure.unit} is not how the text ends`);
        if (figure.growthOf !== undefined && !seen.includes(figure.growthOf)) {
          problems.push(`${where}: growthOf ${figure.growthOf} is not an earlier figure`);
        }
        if (figure.indicator !== undefined && !ids.has(figure.indicator)) {
          problems.push(`${where}: unknown indicator ${figure.indicator}`);
        }
        seen.push(figure.text);
      }
    }
    expect(problems).toEqual([]);
  });
});
