import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { place } from '../../src/model.ts';
import {
  buildPlaceRegistry,
  districtsInYear,
  findCities,
  findDistricts,
  findProvince,
  narrowDistricts,
  shortName,
  type DistrictRecord,
} from '../../src/ingest/places.ts';
import { englishName, placeSlug } from '../../src/ingest/place-names.ts';

const registry = buildPlaceRegistry(parse(readFileSync('content/places.yaml', 'utf8')));
const where = (records: readonly DistrictRecord[]) =>
  records.map((record) => `${record.district.name} ${record.city.name} ${record.province.name}`);

describe('names', () => {
  test('short names drop the administrative suffix', () => {
    expect(['徐汇区', '上海市', '浦东新区', '浙江省', '长兴县', '城区'].map(shortName)).toEqual([
      '徐汇',
      '上海',
      '浦东',
      '浙江',
      '长兴',
      '城',
    ]);
  });

  test('slugs are toneless pinyin without the suffix, hyphenated before a vowel-initial syllable', () => {
    expect(placeSlug('徐汇区', 'district')).toBe('xuhui');
    expect(placeSlug('上海市', 'city')).toBe('shanghai');
    expect(placeSlug('静安区', 'district')).toBe('jing-an');
    expect(placeSlug('西安市', 'city')).toBe('xi-an');
    expect(placeSlug('长宁区', 'district')).toBe('changning');
    expect(placeSlug('吕梁市', 'city')).toBe('lvliang');
  });

  test('English names name the kind of division', () => {
    expect(englishName('徐汇区', 'district')).toBe('Xuhui District');
    expect(englishName('静安区', 'district')).toBe("Jing'an District");
    expect(englishName('长兴县', 'district')).toBe('Changxing County');
    expect(englishName('浦东新区', 'district')).toBe('Pudong New Area');
    expect(englishName('上海市', 'city')).toBe('Shanghai');
    expect(englishName('浙江省', 'province')).toBe('Zhejiang');
  });
});

describe('registry', () => {
  test('a district by full or short name, with city and province', () => {
    const [xuhui, ...rest] = findDistricts(registry, '徐汇区');
    expect(rest).toEqual([]);
    expect(findDistricts(registry, '徐汇')).toEqual([xuhui]);
    expect(xuhui).toEqual({
      district: { name: '徐汇区', slug: 'xuhui', nameEn: 'Xuhui District', code: '310104' },
      city: { name: '上海市', slug: 'shanghai', nameEn: 'Shanghai', code: '31' },
      province: { name: '上海市', slug: 'shanghai', nameEn: 'Shanghai', code: '31' },
    });
  });

  test("a municipality's 市辖区 and 县 rows become the municipality", () => {
    expect(where(findDistricts(registry, '城口县'))).toEqual(['城口县 重庆市 重庆市']);
    expect(where(findDistricts(registry, '东城区'))).toEqual(['东城区 北京市 北京市']);
    expect(findCities(registry, '重庆').map((record) => record.city.name)).toEqual(['重庆市']);
  });

  test('curated slug and English name for 静安区', () => {
    expect(findDistricts(registry, '静安')[0]?.district).toMatchObject({ slug: 'jing-an', nameEn: "Jing'an District" });
  });

  test('上城区 is only in Hangzhou, Zhejiang', () => {
    expect(where(findDistricts(registry, '上城区'))).toEqual(['上城区 杭州市 浙江省']);
  });

  test('districts merged away come from the supplement, with their years', () => {
    expect(findDistricts(registry, '闸北区')).toEqual([
      expect.objectContaining({
        district: { name: '闸北区', slug: 'zhabei', nameEn: 'Zhabei District', code: '310108' },
        city: expect.objectContaining({ name: '上海市' }),
        until: 2015,
        mergedInto: '静安区',
      }),
    ]);
    expect(where(findDistricts(registry, '卢湾'))).toEqual(['卢湾区 上海市 上海市']);
    expect(where(findDistricts(registry, '下城区'))).toEqual(['下城区 杭州市 浙江省']);
    expect(findDistricts(registry, '江干区')[0]).toMatchObject({ until: 2021, mergedInto: '上城区' });
  });

  test('shared names return every candidate', () => {
    expect(where(findDistricts(registry, '鼓楼区'))).toEqual([
      '鼓楼区 南京市 江苏省',
      '鼓楼区 徐州市 江苏省',
      '鼓楼区 福州市 福建省',
      '鼓楼区 开封市 河南省',
    ]);
    expect(findDistricts(registry, '市中区')).toHaveLength(4);
    expect(findDistricts(registry, '火星区')).toEqual([]);
  });

  test('narrowing by a city or province mention', () => {
    const gulou = findDistricts(registry, '鼓楼区');
    expect(where(narrowDistricts(gulou, '南京市'))).toEqual(['鼓楼区 南京市 江苏省']);
    expect(where(narrowDistricts(gulou, '福州'))).toEqual(['鼓楼区 福州市 福建省']);
    expect(where(narrowDistricts(gulou, '河南'))).toEqual(['鼓楼区 开封市 河南省']);
    expect(narrowDistricts(gulou, '江苏省')).toHaveLength(2);
    // A mention of somewhere else leaves the candidates as they were.
    expect(narrowDistricts(gulou, '上海')).toEqual(gulou);
  });

  test('narrowing by year drops districts that no longer existed', () => {
    const both = [...findDistricts(registry, '闸北区'), ...findDistricts(registry, '静安区')];
    expect(where(districtsInYear(both, 2014))).toEqual(['闸北区 上海市 上海市', '静安区 上海市 上海市']);
    expect(where(districtsInYear(both, 2018))).toEqual(['静安区 上海市 上海市']);
  });

  test('provinces by full or short name, with curated English', () => {
    expect(findProvince(registry, '浙江')?.name).toBe('浙江省');
    expect(findProvince(registry, '内蒙古自治区')).toMatchObject({ slug: 'neimenggu', nameEn: 'Inner Mongolia' });
    expect(findProvince(registry, '陕西省')?.slug).toBe('shaanxi');
  });

  test('every place is valid; city slugs are unique, and district slugs unique within a city', () => {
    const all = [...registry.districts.map((record) => record.district), ...registry.cities.map((record) => record.city)];
    for (const entry of [...all, ...registry.provinces]) expect(() => place.parse(entry)).not.toThrow();
    const citySlugs = registry.cities.map((record) => record.city.slug);
    expect(new Set(citySlugs).size).toBe(citySlugs.length);
    const districtKeys = registry.districts.map((record) => `${record.city.name}/${record.district.slug}`);
    expect(districtKeys.filter((key, index) => districtKeys.indexOf(key) !== index)).toEqual([]);
  });
});

describe('counties and districts renamed since', () => {
  const renamed = registry.districts.filter((record) => record.until !== undefined);

  test('every one names a successor of its own city that exists in the registry, from the year after at the latest', () => {
    expect(renamed.length).toBeGreaterThan(100);
    const missing = renamed.filter((record) => !record.mergedInto).map((record) => record.district.name);
    expect(missing).toEqual([]);
    for (const record of renamed) {
      const successors = findDistricts(registry, record.mergedInto ?? '').filter((other) => other.city.name === record.city.name);
      expect(successors.map((other) => other.district.name), `${record.district.name} → ${record.mergedInto}`).toEqual([record.mergedInto]);
      const [successor] = successors;
      if (successor?.since !== undefined) expect(successor.since, record.district.name).toBeLessThanOrEqual((record.until ?? 0) + 1);
    }
  });

  test('a county and the district it became have different slugs, and both pages exist', () => {
    const haimen = findDistricts(registry, '海门市');
    expect(haimen.map((record) => record.district.slug)).toEqual(['haimen-shi']);
    expect(findDistricts(registry, '海门区').map((record) => record.district.slug)).toEqual(['haimen']);
    expect(findDistricts(registry, '望城县')[0]?.district.slug).toBe('wangcheng-xian');
  });

  test('the years tell the county from the district: 海门市 until 2020, 海门区 from 2020, both in the year of the change', () => {
    const both = [...findDistricts(registry, '海门市'), ...findDistricts(registry, '海门区')];
    expect(where(districtsInYear(both, 2019))).toEqual(['海门市 南通市 江苏省']);
    expect(where(districtsInYear(both, 2020))).toEqual(['海门市 南通市 江苏省', '海门区 南通市 江苏省']);
    expect(where(districtsInYear(both, 2021))).toEqual(['海门区 南通市 江苏省']);
    expect(findDistricts(registry, '海门市')[0]).toMatchObject({ until: 2020, mergedInto: '海门区', district: { code: '320684' } });
  });

  test('a short name shared by the county and its district is the district it is now', () => {
    expect(where(findDistricts(registry, '海门'))).toEqual(['海门区 南通市 江苏省']);
    expect(where(findDistricts(registry, '荣昌'))).toEqual(['荣昌区 重庆市 重庆市']);
  });

  test('renamed under another stem, merged, and in a municipality', () => {
    expect(where(districtsInYear(findDistricts(registry, '上饶县'), 2018))).toEqual(['上饶县 上饶市 江西省']);
    expect(findDistricts(registry, '上饶县')[0]).toMatchObject({ until: 2019, mergedInto: '广信区' });
    expect(findDistricts(registry, '广信区')[0]?.since).toBe(2019);
    expect(findDistricts(registry, '万盛区')[0]).toMatchObject({ city: expect.objectContaining({ name: '重庆市' }), mergedInto: '綦江区' });
    expect(findDistricts(registry, '崇明县')[0]).toMatchObject({ until: 2016, mergedInto: '崇明区', district: { slug: 'chongming-xian' } });
    // 黄岛区 kept its name when 胶南市 merged into it: no first year.
    expect(findDistricts(registry, '黄岛区')[0]?.since).toBeUndefined();
  });
});

describe('the supplement', () => {
  test('is optional', () => {
    expect(findDistricts(buildPlaceRegistry(null), '徐汇区')).toHaveLength(1);
    expect(findDistricts(buildPlaceRegistry(null), '闸北区')).toEqual([]);
  });

  test('amends a known district for one city only', () => {
    const amended = buildPlaceRegistry({ districts: [{ name: '鼓楼区', city: '福州市', nameEn: 'Gulou District, Fuzhou' }] });
    expect(findDistricts(amended, '鼓楼区').map((record) => record.district.nameEn)).toEqual([
      'Gulou District',
      'Gulou District',
      'Gulou District, Fuzhou',
      'Gulou District',
    ]);
  });

  test('rejects unknown fields, bad slugs, and new districts without a known city', () => {
    expect(() => buildPlaceRegistry({ district: [] })).toThrow(/district/);
    expect(() => buildPlaceRegistry({ cities: [{ name: '上海市', slug: 'Shang Hai' }] })).toThrow();
    expect(() => buildPlaceRegistry({ districts: [{ name: '火星区' }] })).toThrowErrorMatchingInlineSnapshot(`[Error: places.yaml: district 火星区 is not in GB/T 2260 data, so it needs a city]`);
    expect(() => buildPlaceRegistry({ districts: [{ name: '火星区', city: '火星市' }] })).toThrowErrorMatchingInlineSnapshot(`[Error: places.yaml: district 火星区: unknown city 火星市 (give a known city or a province)]`);
  });
});

describe('place names ending like a special suffix', () => {
  test('碑林区 and 北林区 are ordinary districts; 神农架林区 is the forestry district', async () => {
    const { shortName, placeSlug, englishName } = await import('../../src/ingest/place-names.ts');
    expect(shortName('碑林区')).toBe('碑林');
    expect(shortName('北林区')).toBe('北林');
    expect(placeSlug('北林区', 'district')).toBe('beilin');
    expect(englishName('碑林区', 'district')).toBe('Beilin District');
    expect(englishName('神农架林区', 'district')).toBe('Shennongjia Forestry District');
    expect(shortName('六枝特区')).toBe('六枝');
  });
});
