import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { districtAliases } from '../../src/ingest/place-names.ts';
import { buildPlaceRegistry, findDistricts } from '../../src/ingest/places.ts';

describe('districtAliases', () => {
  test.each([
    ['五峰土家族自治县', ['五峰县', '五峰']],
    ['双江拉祜族佤族布朗族傣族自治县', ['双江县', '双江']],
    ['莫力达瓦达斡尔族自治旗', ['莫力达瓦旗', '莫力达瓦']],
    ['科尔沁左翼后旗', ['科左后旗']],
    ['察哈尔右翼中旗', ['察右中旗']],
  ])('%s goes by %j', (name, aliases) => {
    expect(districtAliases(name)).toEqual(aliases);
  });

  test('a name that is all people and level (`鄂温克族自治旗`) or an ordinary district has none', () => {
    expect(districtAliases('鄂温克族自治旗')).toEqual([]);
    expect(districtAliases('徐汇区')).toEqual([]);
  });

  test('the registry finds a district by its alias, and counts the alias with its level as a full name', () => {
    const registry = buildPlaceRegistry(parse(readFileSync('content/places.yaml', 'utf8')));
    expect(findDistricts(registry, '科右前旗').map((record) => `${record.district.name} ${record.city.name}`)).toEqual(['科尔沁右翼前旗 兴安盟']);
    expect(findDistricts(registry, '五峰县').map((record) => record.district.name)).toEqual(['五峰土家族自治县']);
    expect(registry.fullAliases.has('五峰县')).toBe(true);
    expect(registry.fullAliases.has('五峰')).toBe(false);
  });
});

describe('都 in a place name', () => {
  test('is read du, as in every place name (花都, 都匀, 昌都), not the adverb dou', async () => {
    const { placeSlug, englishName } = await import('../../src/ingest/place-names.ts');
    expect(placeSlug('花都区', 'district')).toBe('huadu');
    expect(placeSlug('江都区', 'district')).toBe('jiangdu');
    expect(placeSlug('成都市', 'city')).toBe('chengdu');
    expect(englishName('都匀市', 'district')).toBe('Duyun');
    expect(englishName('昌都市', 'city')).toBe('Changdu');
  });
});

describe('place names through traditional script', () => {
  test('every district and city name comes back from its traditional form (濬縣 → 浚县, 澂江 → 澄江)', async () => {
    const OpenCC = await import('opencc-js');
    const { toSimplified } = await import('../../src/ingest/clean.ts');
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const registry = buildPlaceRegistry(parse(readFileSync('content/places.yaml', 'utf8')));
    const names = new Set(registry.districts.flatMap((record) => [record.district.name, record.city.name]));
    expect([...names].filter((name) => toSimplified(toTraditional(name)) !== name)).toEqual([]);
  });
});

describe('former names of counties and county-level cities converted since', () => {
  const registry = buildPlaceRegistry(parse(readFileSync('content/places.yaml', 'utf8')));
  const found = (name: string) => findDistricts(registry, name).map((record) => `${record.district.name} ${record.city.name} ${record.formerNameOf ?? ''}`.trim());

  test('a county-level city or a district stands for the county of its stem; never for a former city (`X市场`)', () => {
    expect(found('海淀市')).toEqual([]);
    expect(found('宁乡县')).toEqual(['宁乡县 长沙市 宁乡市']);
    expect(found('双流县').length).toBeGreaterThan(0);
    expect(findDistricts(registry, '宁乡县')[0]?.district.slug).toBe(`${findDistricts(registry, '宁乡市')[0]?.district.slug}-xian`);
  });

  test('never a name another place has, a gazetteer entry, nor a city\'s name', () => {
    // 赣县 is in the gazetteer (until 2016), with its own years, not inferred.
    expect(findDistricts(registry, '赣县').every((record) => record.formerNameOf === undefined)).toBe(true);
    // 大同区 (of 大庆) is never a former 大同市: that is the city.
    expect(findDistricts(registry, '大同市').every((record) => record.formerNameOf === undefined)).toBe(true);
    // A former name is found only written in full: its short name is its successor's.
    expect(found('宁乡')).toEqual(['宁乡市 长沙市']);
  });
});

describe('districts named with their people', () => {
  test('`瀍河区` is 瀍河回族区, as its own people write it', () => {
    expect(districtAliases('瀍河回族区')).toEqual(['瀍河区', '瀍河']);
    expect(districtAliases('梅里斯达斡尔族区')).toEqual(['梅里斯区', '梅里斯']);
    expect(districtAliases('徐汇区')).toEqual([]);
  });
});
