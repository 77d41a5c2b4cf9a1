/**
 * Which district the report is about, and so its city and province.
 *
 * Names are looked up in the place registry wherever they stand in the text. Mentions in the
 * header or in a telling phrase (`我代表徐汇区人民政府`, `静安区区长`, `上城区第十四届…`) decide;
 * without any, the district named most often in the body wins (seed 004 says only `徐汇区`/`徐汇`).
 * A name shared by several districts (鼓楼区, 市中区) is narrowed by a city written before it
 * (`南京市鼓楼区`), the sidecar's city, the report year, and the cities or provinces the text names.
 */
import { isCommonHan } from './common-han.ts';
import { cityShortName } from './place-names.ts';
import type { Place, Sidecar, SourceLine } from '../model.ts';
import {
  districtsInYear,
  findDistricts,
  narrowDistricts,
  shortName,
  type DistrictRecord,
  type PlaceRegistry,
} from './places.ts';
import { excerpt, found, type Found } from './identify-text.ts';
import { abbreviatedIn, chooseByShortName, chooseByUniqueShortName } from './identify-short-name.ts';
import { cityRank, ofTheProvinceItAnswersTo, outrankingCandidate } from './identify-city-rank.ts';

export interface DistrictFacts {
  district: Found<Place>;
  city: Found<Place>;
  province: Found<Place>;
  /** The name is shared and the text names no city: the others it could be (identify-city-rank.ts). */
  guessedOver?: readonly DistrictRecord[];
  /** The text names no district: it was taken from the web page's title, site name or source line. */
  fromPage?: string;
}

/** A problem identify turns into `file.fail` (kept apart so this module stays free of VFile). */
export class DistrictError extends Error {
  readonly ruleId: 'unknown-district' | 'ambiguous-district';
  readonly line: number | undefined;
  /** The districts the text could mean, for the sidecar example. */
  readonly candidates: readonly DistrictRecord[];

  constructor(
    message: string,
    ruleId: 'unknown-district' | 'ambiguous-district',
    line?: number,
    candidates: readonly DistrictRecord[] = [],
  ) {
    super(message);
    this.ruleId = ruleId;
    this.line = line;
    this.candidates = candidates;
  }
}

interface Mention {
  /** Full name as in the registry, e.g. `徐汇区`. */
  name: string;
  line: SourceLine;
  strong: boolean;
  /** Followed by a word that makes it the report's own (`思茅区2025年《政府工作报告`), not only placed in the header. */
  telling?: boolean;
  /** Written short (`徐汇`), which counts for less. */
  short: boolean;
  /** City or province written right before the name, e.g. `上海市` in `上海市徐汇区`. */
  placeBefore?: string;
  /** Found by a short name only one district has, with no city named (identify-short-name.ts). */
  unique?: boolean;
  /** Unique only among districts of provinces, the text answering to a 省委 (identify-city-rank.ts). */
  provinceOnly?: boolean;
}

/** Words after a name that make it the report's own district, not one it merely mentions. */
const TELLING_WORDS = '人民政府|政府工作报告|区长|县长|旗长|市长|代区长|代县长|代旗长|代市长|区委|县委|旗委';
// `制订了《平湖市国民经济和社会发展第十二个五年规划纲要(草案)》`: the place's own plan.
// `中共通州区委的正确领导下`, `通州区政府`: the name's own 区 starts its committee or government.
const TELLING_AFTER = new RegExp(`^(?:(?:[0-9]{4}年度?)?《?(?:${TELLING_WORDS})|委(?![托屈婉])|政府|人大常委会|第?[一二三四五六七八九十]+届|国民经济和社会发展第[一二三四五六七八九十]+个五年规划)`);
/** A one-character stem (泾县) needs the 第 of `第十六届`: `较好完成县十六届人大` is no 成县. */
// `息县2022年政府工作报告`: a title's year may stand between.
const TELLING_ONE_CHARACTER = new RegExp(`^(?:(?:[0-9]{4}年度?)?(?:${TELLING_WORDS})|[0-9]{4}年度?政府工作报告|第[一二三四五六七八九十]+届)`);

export function resolveDistrict(
  lines: readonly SourceLine[],
  headerCount: number,
  registry: PlaceRegistry,
  options: { sidecar?: Sidecar | undefined; year?: number | undefined; pageNames?: readonly string[] | undefined },
): DistrictFacts {
  // A name that did not exist in the report's year (a site header naming today's 长乐区 over a 2007
  // report of 长乐市) gives way to the names that did.
  const allMentions = lines.flatMap((line, index) => findMentions(line, index < headerCount, registry));
  const year = options.year;
  const namesInYear = new Set(year === undefined ? [] : [...new Set(allMentions.map((mention) => mention.name))].filter((name) => existedIn(registry, name, year)));
  const inYear = year === undefined ? allMentions : allMentions.filter((mention) => namesInYear.has(mention.name));
  const mentions = inYear.length > 0 ? inYear : allMentions;
  // The page's title and site name (`闵行区人民政府`): only where the text names no district.
  const pageMentions = (options.pageNames ?? []).flatMap((text) =>
    findMentions({ text, line: 0 }, false, registry).filter((mention) => !mention.short),
  );
  const { sidecar } = options;
  let name: string;
  let origin: Found<string>;
  let pageSource: string | undefined;
  if (sidecar?.district) {
    name = sidecar.district;
    origin = { value: name, source: 'sidecar', evidence: `sidecar district: ${name}` };
  } else {
    // Last, the page's own lines (`来源: 上海普陀`): a short name run on from its city.
    const pageLines = (options.pageNames ?? []).map((text) => ({ text, line: 0 }));
    const chosen =
      chooseName(mentions) ??
      fromShortName(lines, registry, year) ??
      fromPage(pageMentions) ??
      fromUniqueShortName(lines, registry, year) ??
      fromSoleMention(mentions, lines) ??
      (pageLines.length > 0 ? fromShortName([...lines, ...pageLines], registry, year) ?? fromUniqueShortName([...lines, ...pageLines], registry, year) : undefined);
    if (!chosen) {
      throw new DistrictError(
        'No district found: searched every line for district and county names of GB/T 2260 and ' +
          'content/places.yaml (e.g. `我代表徐汇区人民政府`, `上城区人民政府区长`, `徐汇区`, `徐汇`).',
        'unknown-district',
      );
    }
    name = chosen.mention.name;
    if (chosen.mention.line.line === 0) pageSource = chosen.mention.line.text;
    const where = excerpt(chosen.mention.line, shortName(name));
    origin = chosen.mention.line.line === 0 ? { value: name, source: 'inferred', evidence: `the web page's title, site name or source line: ${chosen.mention.line.text}` } : found(
      name,
      chosen.mention.line,
      chosen.mention.strong
        ? where
        : chosen.mention.short
          ? chosen.mention.unique
            ? `${where} (named ${chosen.times} time${chosen.times === 1 ? '' : 's'} by its short name ${shortName(name)}, which ${chosen.mention.provinceOnly ? 'only one district in a province has (the text answers to a 省委; the others are of municipalities)' : 'no other district has'}; no city is named)`
            : `${where} (named ${chosen.times} times by its short name ${shortName(name)}; its city or province is named too)`
          : `${where} (named ${chosen.times} times in the body)`,
    );
  }
  let candidates = findDistricts(registry, name);
  if (candidates.length === 0) {
    throw new DistrictError(
      `Unknown district ${name}${origin.line ? ` (line ${origin.line})` : ''}: not in the place registry ` +
        '(GB/T 2260 data and content/places.yaml). Add it to content/places.yaml with its city and province.',
      'unknown-district',
      origin.line,
    );
  }
  const own = [...mentions, ...pageMentions].filter((mention) => mention.name === name);
  if (sidecar?.city) {
    const narrowed = narrowDistricts(candidates, sidecar.city);
    if (!narrowed.some((record) => record.city.name === sidecar.city || shortName(record.city.name) === sidecar.city)) {
      throw new DistrictError(
        `Sidecar city ${sidecar.city} has no district ${name}; districts of that name:\n${listCandidates(candidates)}`,
        'unknown-district',
        undefined,
        candidates,
      );
    }
    candidates = narrowed;
  }
  for (const mention of own) {
    if (mention.placeBefore) candidates = narrowDistricts(candidates, mention.placeBefore);
  }
  if (options.year !== undefined) candidates = districtsInYear(candidates, options.year);
  if (candidates.length > 1) candidates = narrowByTextMentions(candidates, [...lines, ...(options.pageNames ?? []).map((text) => ({ text, line: 0 }))]);
  if (candidates.length > 1) candidates = ofTheProvinceItAnswersTo(candidates, lines.map((line) => line.text).join('\n'));
  // The last resort, never over a sidecar's city: the candidate of the higher-ranking city.
  const outranking = candidates.length > 1 && !sidecar?.city ? outrankingCandidate(candidates) : undefined;
  const guessedOver = outranking ? candidates.filter((record) => record !== outranking) : undefined;
  if (outranking) candidates = [outranking];
  const [record, ...others] = candidates;
  if (!record || others.length > 0) {
    throw new DistrictError(
      `Ambiguous district ${name}${origin.line ? ` (line ${origin.line})` : ''}: ${candidates.length} places have this ` +
        `name and the text does not say which:\n${listCandidates(candidates)}`,
      'ambiguous-district',
      origin.line,
      candidates,
    );
  }
  const district: Found<Place> = { ...origin, value: record.district };
  if (guessedOver) {
    const others = guessedOver.map((other) => other.city.name).join('、');
    const city: Found<Place> = {
      value: record.city,
      source: 'inferred',
      evidence: `${name} is also a district of ${others}; the text names no city, and ${record.city.name} ranks above (${cityRank(record.city) === 3 ? 'a municipality' : 'a provincial capital or sub-provincial city'})`,
    };
    const province = record.province.name === record.city.name ? { ...city, value: record.province } : placeFact(record.province, record, lines, own);
    return { district, city, province, guessedOver, ...(pageSource ? { fromPage: pageSource } : {}) };
  }
  const city = placeFact(record.city, record, lines, own);
  const province =
    record.province.name === record.city.name
      ? { ...city, value: record.province }
      : placeFact(record.province, record, lines, own);
  return { district, city, province, ...(pageSource ? { fromPage: pageSource } : {}) };
}

/** Every registry name on the line, longest match first; short names only where no full name stands. */
function findMentions(line: SourceLine, inHeader: boolean, registry: PlaceRegistry): Mention[] {
  const text = line.text;
  const lengthsByPrefix = nameIndex(registry);
  const mentions: Mention[] = [];
  let start = 0;
  while (start < text.length) {
    // Only the lengths of names that begin with these two characters can match here (longest first).
    const lengths = start + 1 < text.length ? lengthsByPrefix.get(pairKey(text, start)) : undefined;
    let matched = 0;
    for (const length of lengths ?? []) {
      if (start + length > text.length) continue;
      const word = text.slice(start, start + length);
      const records = registry.districtsByName.get(word);
      if (!records) continue;
      const isFull = records.some((record) => record.district.name === word) || registry.fullAliases.has(word);
      const placeBefore = placeEndingAt(text, start, registry);
      const after = text.slice(start + length).trimStart();
      // One-character stems are common words (城区, 郊区, `乡镇和县直部门`): only with their city before
      // them, or as the report's own (`泾县人民政府县长`, `在泾县第十五届…`).
      // At a clause's start the session may follow without its 第 (`1月15日上午,凤县十八届人大第一次会议`);
      // after another character it is a verb's (`较好完成县十六届人大` is no 成县).
      const clauseStart = start === 0 || /[,，。；;:：\s讯]/.test(text[start - 1] ?? '');
      // `政协第十三届达县委员会`: the county's own CPPCC committee, after its term.
      const ownCommittee = /届$/.test(text.slice(0, start)) && /^委员会/.test(after);
      // `活力泾县、品质泾县、幸福泾县`: the county in its own slogans.
      const slogan = /(?:活力|品质|魅力|美丽|幸福|智慧|生态|宜居|文明|平安|法治|健康|数字|绿色|中国式现代化)$/.test(text.slice(0, start));
      const telling = TELLING_ONE_CHARACTER.test(after) || ownCommittee || slogan || (clauseStart && /^(?:[一二三四五六七八九十]+届|新闻网|融媒体中心|人大常委会)/.test(after));
      // A county whose stem is a rare character (`隰县`, `睢县`) opening a clause forms no ordinary word (not
      // `郊区`, `矿区`; not `示范县` mid-clause): it stands as the name it is.
      const wordlike = !(clauseStart && word.endsWith('县') && !isCommonHan(shortName(word)));
      if (isFull && shortName(word).length < 2 && wordlike && !placeBefore && !telling) continue;
      // An honour that reads as a name (`连续14年成功创建省级平安区`), or a street address (a site's footer:
      // `济南市历下区龙鼎大道1号龙奥大厦`): no place of the report.
      if (/(?:省|市|国家|全国|自治区)级$|创建$/.test(text.slice(0, start)) || /^[\u4e00-\u9fff]{1,8}(?:路|大道|大街|街)[0-9]{1,5}号/.test(after)) {
        matched = length;
        break;
      }
      // `重庆市北碚区`: the short name 市北 (of 青岛's 市北区) overlaps a full name starting inside it; the full name stands.
      if (!isFull && fullNameStartsWithin(text, start + 1, start + length, registry)) break;
      // `赣县` is a county's full name and 赣县区's short one: written in full, it is the county.
      const ownWords = TELLING_AFTER.test(after);
      const named = isFull && !registry.fullAliases.has(word) ? records.filter((record) => record.district.name === word) : records;
      for (const name of new Set(named.map((record) => record.district.name))) {
        mentions.push({
          name,
          line,
          // A name in a list (`陇南市、渭源县、永昌县…等地区到舟曲观摩`) is one of several places, not the report's.
          strong: isFull && ((inHeader && !inList(text, start, length)) || ownWords),
          telling: isFull && ownWords,
          short: !isFull,
          ...(placeBefore ? { placeBefore } : {}),
        });
      }
      matched = length;
      break;
    }
    start += matched || 1;
  }
  return mentions;
}

/** Whether a district's full name (not a short one) starts at some position in [from, to). */
function fullNameStartsWithin(text: string, from: number, to: number, registry: PlaceRegistry): boolean {
  const lengthsByPrefix = nameIndex(registry);
  for (let at = from; at < to && at + 1 < text.length; at++) {
    for (const length of lengthsByPrefix.get(pairKey(text, at)) ?? []) {
      const word = text.slice(at, at + length);
      if ((registry.districtsByName.get(word) ?? []).some((record) => record.district.name === word)) return true;
    }
  }
  return false;
}

/** A name between enumeration commas (`、渭源县、`), or opening or closing such a list. */
function inList(text: string, start: number, length: number): boolean {
  return text[start - 1] === '、' || text[start + length] === '、';
}

/** The first two UTF-16 code units at `at` as one number (every name has at least two). */
const pairKey = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/**
 * Registry names (2 code units or more) by their first two code units → their lengths, longest
 * first. Looking up every length at every position of every line was a sixth of the ingest's time;
 * most positions start no name and are now one lookup. Built once per registry.
 */
const nameIndexes = new WeakMap<PlaceRegistry, Map<number, number[]>>();

function nameIndex(registry: PlaceRegistry): Map<number, number[]> {
  let index = nameIndexes.get(registry);
  if (index) return index;
  index = new Map();
  for (const name of registry.districtsByName.keys()) {
    if (name.length < 2) continue;
    const key = pairKey(name, 0);
    const lengths = index.get(key) ?? [];
    if (!lengths.includes(name.length)) lengths.push(name.length);
    index.set(key, lengths);
  }
  for (const lengths of index.values()) lengths.sort((a, b) => b - a);
  nameIndexes.set(registry, index);
  return index;
}

/** Longest city or province name (`新疆维吾尔自治区`, `黔东南苗族侗族自治州`): how far back a place may start. */
const MAX_PLACE = 12;

/** A city or province name (full or short) that ends right at `end`, e.g. `上海市` before `徐汇区`. */
function placeEndingAt(text: string, end: number, registry: PlaceRegistry): string | undefined {
  for (let length = Math.min(MAX_PLACE, end); length >= 2; length--) {
    const word = text.slice(end - length, end);
    if (registry.citiesByName.has(word) || registry.provincesByName.has(word)) return word;
  }
  return undefined;
}

/** The telling mention that comes first, else the name with the most weight in the body. */
function chooseName(mentions: readonly Mention[]): { mention: Mention; times: number } | undefined {
  // A name the text makes its own (`审议思茅区2025年《政府工作报告》`) outranks one that only stands in the header
  // (`…传达…西藏日喀则市定日县6.8级地震…`).
  const strongAll = mentions.filter((mention) => mention.strong);
  const telling = strongAll.filter((mention) => mention.telling);
  const strong = telling.length > 0 && new Set(strongAll.map((mention) => mention.name)).size > 1 ? telling : strongAll;
  // Strong mentions that disagree (an e-paper's header listing other places' headlines above the
  // item): the name the text writes most in full.
  const strongNames = new Set(strong.map((mention) => mention.name));
  if (strongNames.size > 1) {
    const fullCount = (name: string) => mentions.filter((mention) => mention.name === name && !mention.short).length;
    const [best] = [...strongNames].sort((a, b) => fullCount(b) - fullCount(a));
    const first = strong.find((mention) => mention.name === best);
    if (first && best !== undefined && fullCount(best) > fullCount(strong[0]?.name ?? '')) return { mention: first, times: fullCount(best) };
  }
  if (strong[0]) return { mention: strong[0], times: 1 };
  // Short names are often plain words (资源, 合作, 东方): they count only for a name also written in full.
  const writtenInFull = new Set(mentions.filter((mention) => !mention.short).map((mention) => mention.name));
  const weight = new Map<string, number>();
  for (const mention of mentions) {
    if (!writtenInFull.has(mention.name)) continue;
    weight.set(mention.name, (weight.get(mention.name) ?? 0) + (mention.short ? 0.5 : 1));
  }
  const [best, second] = [...weight].sort((a, b) => b[1] - a[1]);
  // One passing mention is not evidence; a clear winner over the next name is.
  if (!best || best[1] < 1.5 || (second && best[1] < 2 * second[1])) return undefined;
  const own = mentions.filter((mention) => mention.name === best[0]);
  const first = own.find((mention) => !mention.short) ?? own[0];
  return first && { mention: first, times: own.length };
}

function existedIn(registry: PlaceRegistry, name: string, year: number): boolean {
  return findDistricts(registry, name).some((record) => (record.since ?? -Infinity) <= year && year <= (record.until ?? Infinity));
}

/** The first district a web page's title or site name names in full (`上海市闵行区人民政府`). */
function fromPage(pageMentions: readonly Mention[]): { mention: Mention; times: number } | undefined {
  const [first] = pageMentions;
  return first && { mention: first, times: 1 };
}

/** A district named once or twice by a short name no other district has, with no city named. */
function fromUniqueShortName(lines: readonly SourceLine[], registry: PlaceRegistry, year: number | undefined): { mention: Mention; times: number } | undefined {
  const choice = chooseByUniqueShortName(lines, registry, year);
  if (!choice) return undefined;
  return {
    mention: { name: choice.record.district.name, line: choice.line, strong: false, short: true, unique: true, provinceOnly: choice.provinceOnly },
    times: choice.times,
  };
}

/**
 * The last resort: a district written in full once, the only district the text writes in full, of the
 * kind the text calls itself (`天元区经济运行总体平稳` in a text of `区委`, `全区`). One passing mention
 * is no evidence beside other names; alone, it is the report's own.
 */
function fromSoleMention(mentions: readonly Mention[], lines: readonly SourceLine[]): { mention: Mention; times: number } | undefined {
  // Short names are often plain words (振兴, 新建, 惠民): only names written in full count here.
  const full = mentions.filter((mention) => !mention.short);
  const name = full[0]?.name;
  if (full.length !== 1 || !full[0] || name === undefined) return undefined;
  // Standing as a name, at a clause's start: not the tail of another word (`卓越城区` is no 越城区).
  const at = full[0].line.text.indexOf(name);
  const before = full[0].line.text[at - 1] ?? '';
  // Nor inside a title (`《二道江区旅游发展规划》`) or a quotation.
  // A city or province right before it stands as a place's (`《西安市雁塔区2024年…计划…报告》`).
  if (at > 0 && !full[0].placeBefore && ((/\p{Script=Han}/u.test(before) && !/[是在对为把让将和与及的]/.test(before)) || /[《“"‘(（]/.test(before))) return undefined;
  const suffix = name.slice(-1);
  const callsItself = new RegExp(`(?:全|我|本)${suffix}|${suffix}(?:人民)?政府|${suffix}(?:长|委)`).test(lines.map((line) => line.text).join('\n'));
  return callsItself ? { mention: full[0], times: 1 } : undefined;
}

/** A district named only by its short name (identify-short-name.ts), as a mention. */
function fromShortName(lines: readonly SourceLine[], registry: PlaceRegistry, year: number | undefined): { mention: Mention; times: number } | undefined {
  const choice = chooseByShortName(lines, registry, year);
  if (!choice) return undefined;
  return { mention: { name: choice.record.district.name, line: choice.line, strong: false, short: true }, times: choice.times };
}

/** Keep the candidates whose city (or else province) the text names anywhere, or else abbreviates (`进京`). */
function narrowByTextMentions(
  candidates: readonly DistrictRecord[],
  lines: readonly SourceLine[],
): readonly DistrictRecord[] {
  const text = lines.map((line) => line.text).join('\n');
  const named = (place: Place) => text.includes(place.name) || [shortName(place.name), cityShortName(place.name)].some((short) => short.length >= 2 && text.includes(short));
  const byCity = candidates.filter((record) => named(record.city));
  if (byCity.length > 0) return byCity;
  const byProvince = candidates.filter((record) => named(record.province));
  if (byProvince.length > 0) return byProvince;
  const byAbbreviation = candidates.filter((record) => abbreviatedIn(text, record));
  return byAbbreviation.length > 0 ? byAbbreviation : candidates;
}

/** Where the text names the city or province; otherwise the registry is the evidence. */
function placeFact(
  place: Place,
  record: DistrictRecord,
  lines: readonly SourceLine[],
  own: readonly Mention[],
): Found<Place> {
  const short = shortName(place.name);
  const before = own.find((mention) => mention.placeBefore === place.name || mention.placeBefore === short);
  const line = lines.find((candidate) => candidate.text.includes(place.name) || (short.length >= 2 && candidate.text.includes(short)));
  if (before) {
    return before.line.line === 0
      ? { value: place, source: 'inferred', evidence: `the web page's title or site name: ${before.line.text}` }
      : found(place, before.line, excerpt(before.line, short));
  }
  const registry = `${record.district.name} is in ${record.city.name}, ${record.province.name} (place registry)`;
  // The registry decides; a line naming the place is corroboration, not the source.
  return line
    ? { value: place, source: 'inferred', line: line.line, evidence: `${registry}; the text names ${short}: ${excerpt(line, short)}` }
    : { value: place, source: 'inferred', evidence: registry };
}

export function listCandidates(candidates: readonly DistrictRecord[]): string {
  return candidates
    .map((record) => `  - ${record.district.name}, ${record.city.name}, ${record.province.name}`)
    .join('\n');
}
