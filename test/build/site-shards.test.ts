import { expect, test } from 'vitest';
import { assignCities, corpusHeapMb, corpusOutline, parseShardSpec } from '../../src/build/site-shards.ts';

test('--shard K/N is read as the K-th of N shards, and anything else is refused with the value', () => {
  expect(parseShardSpec('2/4')).toEqual({ index: 2, count: 4 });
  expect(parseShardSpec('1/1')).toEqual({ index: 1, count: 1 });
  for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/2', '']) {
    expect(() => parseShardSpec(bad)).toThrow(`got '${bad}'`);
  }
});

test('every city goes to exactly one shard, heaviest first to the lightest shard', () => {
  const reports = [
    { city: 'shanghai', weight: 50 },
    { city: 'shanghai', weight: 30 },
    { city: 'beijing', weight: 60 },
    { city: 'hangzhou', weight: 20 },
    { city: 'suzhou', weight: 15 },
    { city: 'nanjing', weight: 10 },
  ];
  // shanghai 80 → 1; beijing 60 → 2; hangzhou 20 → 2 (80); suzhou 15 → 1 (both 80: the lower); nanjing 10 → 2 (80 < 95).
  const shards = assignCities(reports, 2);
  expect(shards.flat().sort()).toEqual(['beijing', 'hangzhou', 'nanjing', 'shanghai', 'suzhou']);
  expect(shards).toEqual([
    ['shanghai', 'suzhou'],
    ['beijing', 'hangzhou', 'nanjing'],
  ]);
});

test('the plan does not depend on the order of the reports, and more shards than cities leaves some empty', () => {
  const reports = Array.from({ length: 40 }, (_, i) => ({ city: `c${i % 7}`, weight: 10 + ((i * 37) % 11) }));
  const plan = assignCities(reports, 3);
  expect(assignCities([...reports].reverse(), 3)).toEqual(plan);
  expect(new Set(plan.flat()).size).toBe(7);
  const sparse = assignCities(reports.slice(0, 2), 4);
  expect(sparse.filter((s) => s.length === 0)).toHaveLength(2);
});

test('the outline: the corpus counted by year, years in order, and every city once, by city and district name', () => {
  const r = (year: number, city: string, cityName: string, district: string) => ({ year, city, cityName, district: { slug: district, name: district } });
  const outline = corpusOutline([r(2015, 'suzhou', '苏州市', '姑苏区'), r(2014, 'beijing', '北京市', '东城区'), r(2015, 'suzhou', '苏州市', '吴中区'), r(1999, 'anqing', '安庆市', '迎江区'), r(2015, 'beijing', '北京市', '西城区')]);
  expect(outline.years).toEqual({ '1999': 1, '2014': 1, '2015': 3 });
  expect(Object.keys(outline.years)).toEqual(['1999', '2014', '2015']);
  expect(outline.cities).toEqual([
    { slug: 'anqing', name: '安庆市' },
    { slug: 'beijing', name: '北京市' },
    { slug: 'suzhou', name: '苏州市' },
  ]);
  expect(corpusOutline([])).toEqual({ years: {}, cities: [] });
});

test('the corpus pages’ heap limit: 800 MB up to 20,000 reports, growing with the corpus above', () => {
  expect(corpusHeapMb(0)).toBe(800);
  expect(corpusHeapMb(20_000)).toBe(800);
  expect(corpusHeapMb(30_000)).toBe(1100);
  expect(corpusHeapMb(40_000)).toBeGreaterThan(corpusHeapMb(30_000));
});
