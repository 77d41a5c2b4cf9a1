/**
 * Generated names for places: the short name (`徐汇区` → `徐汇`), a pinyin slug (`xuhui`, `jing-an`)
 * and an English name (`Xuhui District`, `Jing'an District`, `Shanghai`).
 * content/places.yaml overrides these where the reading or the convention differs.
 */
import { pinyin } from 'pinyin-pro';

export type PlaceLevel = 'province' | 'city' | 'district';

/** Suffixes by level, longest first, each with the English word that replaces it. */
const SUFFIXES: Record<PlaceLevel, Array<[suffix: string, english: string]>> = {
  province: [
    ['特别行政区', ''],
    ['自治区', ''],
    ['省', ''],
    ['市', ''],
  ],
  city: [
    ['自治州', 'Autonomous Prefecture'],
    ['地区', 'Prefecture'],
    ['盟', 'League'],
    ['市', ''],
  ],
  district: [
    ['自治县', 'Autonomous County'],
    ['自治旗', 'Autonomous Banner'],
    ['新区', 'New Area'],
    ['林区', 'Forestry District'],
    ['特区', 'Special District'],
    ['区', 'District'],
    ['县', 'County'],
    ['旗', 'Banner'],
    ['市', ''],
  ],
};

/**
 * The only forestry district and the only special district: elsewhere `林区` and `特区` end an
 * ordinary name (碑林区 is 碑林 District, not 碑 Forestry District).
 */
const ONLY_WITH_SUFFIX: Record<string, string> = { 林区: '神农架林区', 特区: '六枝特区' };

function split(name: string, level: PlaceLevel): { stem: string; english: string } {
  for (const [suffix, english] of SUFFIXES[level]) {
    const only = ONLY_WITH_SUFFIX[suffix];
    if (only !== undefined && name !== only) continue;
    if (name.endsWith(suffix) && name.length > suffix.length) {
      return { stem: name.slice(0, -suffix.length), english };
    }
  }
  return { stem: name, english: '' };
}

/** The name without its administrative suffix: `徐汇区` → `徐汇`, `上海市` → `上海`, `浦东新区` → `浦东`. */
export function shortName(name: string): string {
  for (const level of ['district', 'city', 'province'] as const) {
    const { stem } = split(name, level);
    if (stem !== name) return stem;
  }
  return name;
}

/** Toneless syllables; `ü` kept for English, `v` for slugs. */
function syllables(stem: string, ascii: boolean): string[] {
  const read = pinyin(stem, { toneType: 'none', type: 'array', v: ascii }).map((syllable) => syllable.toLowerCase());
  // In a place's name 都 is always dū (花都, 都匀, 昌都), never the adverb dōu that pinyin-pro reads outside 成都.
  return read.length === [...stem].length ? read.map((syllable, index) => ([...stem][index] === '都' ? 'du' : syllable)) : read;
}

/**
 * Syllables joined, with a separator before a syllable that starts with a vowel, where the joined
 * form would be ambiguous (the pinyin apostrophe rule: 静安 jing-an, not jin-gan; 西安 xi-an).
 */
function joinSyllables(list: string[], separator: string): string {
  return list.map((syllable, index) => (index > 0 && /^[aoe]/.test(syllable) ? separator : '') + syllable).join('');
}

/** `徐汇区` → `xuhui`, `静安区` → `jing-an`, `上海市` → `shanghai`. */
export function placeSlug(name: string, level: PlaceLevel): string {
  return joinSyllables(syllables(split(name, level).stem, true), '-');
}

/** `徐汇区` → `Xuhui District`, `静安区` → `Jing'an District`, `上海市` → `Shanghai`. */
export function englishName(name: string, level: PlaceLevel): string {
  const { stem, english } = split(name, level);
  const joined = joinSyllables(syllables(stem, false), "'");
  const capitalized = joined.charAt(0).toUpperCase() + joined.slice(1);
  return english ? `${capitalized} ${english}` : capitalized;
}

/** The peoples named in autonomous counties' and banners' names (`五峰土家族自治县`). */
const PEOPLES = [
  '土家', '苗', '侗', '彝', '回', '满', '蒙古', '藏', '壮', '瑶', '布依', '白', '哈尼', '傣', '黎', '傈僳', '佤', '畲', '拉祜',
  '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '普米',
  '塔吉克', '怒', '鄂温克', '独龙', '鄂伦春', '哈萨克', '保安', '裕固', '各',
].map((people) => `${people}族`);
const AUTONOMOUS = new RegExp(`^(\\p{Script=Han}{2,}?)(?:${PEOPLES.join('|')})+自治([县旗])$`, 'u');
/** `大理白族自治州` → `大理`: a prefecture named with its people, as it is written short. */
const AUTONOMOUS_PREFECTURE = new RegExp(`^(\\p{Script=Han}{2,}?)(?:${PEOPLES.join('|')})+自治州$`, 'u');

/** A city's name as a text writes it short: `大理` for 大理白族自治州, else its stem (`抚顺`). */
export function cityShortName(name: string): string {
  return AUTONOMOUS_PREFECTURE.exec(name)?.[1] ?? shortName(name);
}

/** `瀍河回族区`: a district named with its people, written `瀍河区` (`瀍河区人大召开…`). */
const PEOPLES_DISTRICT = new RegExp(`^(\\p{Script=Han}{2,}?)(?:${PEOPLES.join('|')})+区$`, 'u');
/** `科尔沁左翼后旗` → `科左后旗`: a banner of a wing, as it is always written. */
const WING_BANNER = /^(\p{Script=Han})\p{Script=Han}*?([左右])翼([前中后])旗$/u;

/**
 * The names a district goes by besides its own and its short name: an autonomous county by its
 * place and level (`五峰土家族自治县` → `五峰县`, `五峰`), a district named with its people by its place
 * (`瀍河回族区` → `瀍河区`, `瀍河`), a wing's banner abbreviated (`科左后旗`).
 */
export function districtAliases(name: string): string[] {
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous) return [`${autonomous[1]}${autonomous[2]}`, autonomous[1] ?? ''];
  const peoples = PEOPLES_DISTRICT.exec(name);
  if (peoples) return [`${peoples[1]}区`, peoples[1] ?? ''];
  const wing = WING_BANNER.exec(name);
  if (wing) return [`${wing[1]}${wing[2]}${wing[3]}旗`];
  return [];
}
