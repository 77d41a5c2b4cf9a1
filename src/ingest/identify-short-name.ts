/**
 * Weaker place evidence, used only when the full names settle nothing:
 *
 * - A district named only by its short name as the subject of the report (`宝山坚持…`,
 *   `“五宜”朝阳建设`, `推进中国式现代化的朝阳实践`), never with `…区人民政府` anywhere. A short
 *   name counts where it stands as a name: at a clause start or before a word that goes with a
 *   place (`发展`, `建设`, `实践`, `人民`). It never counts before a word that makes it something
 *   else: a road, a gate, a park (`宝山路`, `朝阳门`) or an ordinary word (`朝阳产业`). And its city or
 *   province must be named in the text, so a short name that is a plain word elsewhere
 *   (a Shanghai report's `南山`) does not make a district of it.
 * - The one-character abbreviation of a province-level division in a travel or residence word
 *   (`进京`, `返京`, `在沪`, `来津`) and `首都` for Beijing: they tell apart districts of the same name
 *   (北京 朝阳区 and 长春 朝阳区) when no city is written.
 */
import type { SourceLine } from '../model.ts';
import type { DistrictRecord, PlaceRegistry } from './places.ts';
import { shortName } from './places.ts';
import { cityShortName } from './place-names.ts';
import { ofTheProvinceItAnswersTo } from './identify-city-rank.ts';

/** A short name standing as a name: at a clause start, after `的`/`”`, or before a place's word. */
// `宽城代表团`: a district's delegation at its city's congress.
const BEFORE = /^(?:发展|建设|实践|人民|经济|特色|全区|新城|样板|区域|城区|大地|高质量|现代化|速度|品牌|故事|力量|经验|模式|答卷|篇章|干部|群众|百姓|儿女|之治|之路|方案|声音|担当|作为|贡献|代表团|人|的|[,，、。;；])/;
const AFTER_BOUNDARY = /(?:^|[。;；!！?？,，、:：“”"》]|的|在|为|把|让|使|将|是|和|与|对|魅力|美丽|幸福|活力|品质|智慧|数字|平安|法治|健康|文明|生态|绿色|大美|人文|宜居|山水)$/;
/** Words that turn the short name into something else (a road, a gate, a park) or an ordinary word. */
const NOT_A_NAME = /^(?:路|街|道|门|公园|桥|站|村|镇|乡|里|湖|江|河|山|寺|产业|行业|企业|市|县|区)/;
/** Words after a short name that go with a place (`桦川振兴发展`), or its own news outlet (`秀山网讯`). */
const PLACE_WORD_AFTER = /^[”"]?(?:(?:19|20)[0-9]{2}(?![0-9])|两会|实际|发展|建设|人民|经济|振兴|脱贫|大地|儿女|新闻|发布|融媒|日报|电视|未来|今后|当前|实践|新篇章|网讯|新闻网)/;
/** At least this many standing mentions make the short name the report's district. */
const MIN_MENTIONS = 2;

export interface ShortNameChoice {
  record: DistrictRecord;
  line: SourceLine;
  times: number;
  /** The name is shared with a municipality's district, set aside because the text answers to a 省委. */
  provinceOnly?: boolean;
}

/** The district whose short name the text uses as a name most, if its city or province is named too. */
export function chooseByShortName(
  lines: readonly SourceLine[],
  registry: PlaceRegistry,
  year?: number,
): ShortNameChoice | undefined {
  const text = lines.map((line) => line.text).join('\n');
  const counts = new Map<string, { times: number; line: SourceLine }>();
  const byFirst = shortNamesByFirstCharacter(registry);
  for (const line of lines) {
    const text = line.text;
    for (let at = 0; at < text.length; at++) {
      for (const name of byFirst.get(text[at] ?? '') ?? []) {
        if (!text.startsWith(name, at)) continue;
        const before = text.slice(Math.max(0, at - 2), at);
        const after = text.slice(at + name.length, at + name.length + 3);
        if (!NOT_A_NAME.test(after) && (AFTER_BOUNDARY.test(before) || BEFORE.test(after) || afterItsCity(text, at, name, registry))) {
          const entry = counts.get(name) ?? { times: 0, line };
          entry.times += 1;
          counts.set(name, entry);
        }
      }
    }
  }
  // One standing mention is enough when it is the only short name the text uses as a name and the
  // report calls itself by the same kind of place (`我代表区人民政府` and `五华在争先`).
  const suffix = ownSuffix(text);
  // A province's name (`视察河北`, not 天津's 河北区) is no short name of the report's own place.
  // Nor a city's (`森林大理建设`, `融入大理“两城一区”`: the prefecture above, not 大理市).
  const named = [...counts].filter(([name]) => !ORDINARY_WORDS.has(name) && !provinceNames(registry).has(name) && !cityShortNames(registry).has(name));
  const alone = named.length === 1 ? named[0] : undefined;
  const single = alone && (registry.districtsByName.get(alone[0]) ?? []).some((record) => suffix !== undefined && record.district.name.endsWith(suffix));
  const ranked = [...counts].filter(([, c]) => c.times >= MIN_MENTIONS || single).sort((a, b) => b[1].times - a[1].times);
  for (const [name, { times, line }] of ranked) {
    // `辽宁、抚顺振兴发展`: a city's short name means the city, not its county of the same name (抚顺县).
    const records = (registry.districtsByName.get(name) ?? []).map((record) => asNamedIn(record, year, registry)).filter(
      (record) =>
        ownShortName(record.district.name, name) &&
        shortName(record.city.name) !== name &&
        (times >= MIN_MENTIONS || (suffix !== undefined && record.district.name.endsWith(suffix))),
    );
    // An ordinary word (`东北、辽宁振兴发展`) is a name only beside its city, never its province alone.
    const placed = records.filter((record) => (ORDINARY_WORDS.has(name) ? namesPlace(text, record, { cityOnly: true }) : namesPlace(text, record)));
    const [record, ...others] = placed;
    if (record && others.length === 0) return { record, line, times };
  }
  return undefined;
}

/** `上海普陀`, `杭州萧山`: the short name run on from its own city's (a source line, a masthead). */
function afterItsCity(text: string, at: number, name: string, registry: PlaceRegistry): boolean {
  return (registry.districtsByName.get(name) ?? []).some((record) => {
    const city = shortName(record.city.name);
    return city.length >= 2 && city !== name && text.slice(at - city.length, at) === city;
  });
}

const provinceNameSets = new WeakMap<PlaceRegistry, ReadonlySet<string>>();
/** The short names of the provinces (`河北`, `海南`), which districts share (天津's 河北区, 乌海's 海南区). */
const cityNameSets = new WeakMap<PlaceRegistry, Set<string>>();

function cityShortNames(registry: PlaceRegistry): ReadonlySet<string> {
  let names = cityNameSets.get(registry);
  if (!names) cityNameSets.set(registry, (names = new Set(registry.cities.map((record) => cityShortName(record.city.name)))));
  return names;
}

function provinceNames(registry: PlaceRegistry): ReadonlySet<string> {
  let names = provinceNameSets.get(registry);
  if (!names) provinceNameSets.set(registry, (names = new Set(registry.provinces.map((province) => shortName(province.name)))));
  return names;
}

/**
 * Short names that are also ordinary words or names of other things; never taken as a county's own
 * name without its city (`资源节约`, `合作共赢`, `东方`, `江海资源`, `和平发展`, `通道建设`, `长安`).
 */
const ORDINARY_WORDS = new Set([
  '资源', '合作', '东方', '江海', '和平', '通道', '长安', '新华', '城关', '开发', '永定', '高新', '中山', '大同', '太平', '安定',
  // 江城: also 武汉's byname (`江城基金`).
  '和田', '东山', '西山', '南山', '北山', '新城', '新区', '长沙', '青山', '白云', '江南', '江北', '河东', '河西',
  '城中', '城东', '城西', '城南', '城北', '市中', '铁东', '铁西', '中原', '红旗', '前进', '胜利', '向阳', '光明', '民主',
  '振兴', '发展', '新兴', '兴业', '永安', '平安', '安全', '清河', '临江', '沿江', '新建', '丰收', '团结', '和谐', '宁安',
  '宏伟', '江城',
  // Words and idioms of any report: 同心协力, 富民强县, 社会安宁, 公安局, 南部片区, 清新空气, 长寿之乡, 平和心态,
  // 高明的, 安居乐业, 康乐, 温泉小镇, 清水河, 和顺, 永福, 会同有关部门, 阳春三月, 大兴调查研究之风, 大方.
  '同心', '富民', '安宁', '公安', '南部', '清新', '长寿', '平和', '高明', '乐业', '安居', '康乐', '温泉', '清水',
  '和顺', '永福', '会同', '阳春', '大兴', '大方',
  // `成渝双城经济圈`, `双城记`; `解放思想`.
  '双城', '解放',
]);

/** What the report calls its own place: `全县`, `县政府`, `我县` → the suffix 县 (旗, 市, 区 likewise). */
function ownSuffix(text: string): string | undefined {
  const counts = new Map<string, number>();
  // `县第十八届人民代表大会`, `区十九届人大`: its own congress.
  for (const match of text.matchAll(/(?:全|我|本)([县旗区市])|([县旗区市])(?:人民)?政府|([县旗区市])(?:长|委)|([县旗区市])第?[一二三四五六七八九十]{1,3}届人(?:民代表)?大/g)) {
    const suffix = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    // `资金总量居全市前列`, `年度考核居全市第一`: a rank in the city above, not the report's own place.
    const at = (match.index ?? 0) + match[0].length;
    if (match[1] && (/^(?:第|前列|前茅|首位|之首|排名|领先|平均|同类)/.test(text.slice(at, at + 2)) || /[居列排]$/.test(text.slice(0, match.index)))) continue;
    // `我区`, `全区` speak of the report's own place; `市委、市政府` most often of the city above it.
    counts.set(suffix, (counts.get(suffix) ?? 0) + (match[1] ? 2 : 1));
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best?.[0];
}

/**
 * The last resort when no city is named: a short name that stands as a name (`落户宜丰`,
 * `桦川振兴发展`) and belongs to one district only, of the kind the report calls itself (a `全县`
 * report, a 县). Never an ordinary word; the caller warns that the city was not named.
 */
export function chooseByUniqueShortName(lines: readonly SourceLine[], registry: PlaceRegistry, year?: number): ShortNameChoice | undefined {
  const allText = lines.map((line) => line.text).join('\n');
  const suffix = ownSuffix(allText);
  const provinceOnly = new Set<string>();
  if (!suffix) return undefined;
  const byFirst = shortNamesByFirstCharacter(registry);
  const counts = new Map<DistrictRecord, { times: number; line: SourceLine }>();
  for (const line of lines) {
    const text = line.text;
    for (let at = 0; at < text.length; at++) {
      for (const name of byFirst.get(text[at] ?? '') ?? []) {
        if (ORDINARY_WORDS.has(name) || !text.startsWith(name, at)) continue;
        const before = text.slice(Math.max(0, at - 2), at);
        const after = text.slice(at + name.length, at + name.length + 3);
        // Stricter than for a name whose city is written: a clause start or a place's word, never an
        // enumeration (`复星集团、龙湖地产`) or a company, estate or street (`龙湖地产`, `…广场`); a place's own
        // news outlet counts (`关注满洲里新闻`, `洱源发布`). A slogan's
        // closing quote may stand between (`开创“更好的奎文”建设新局面`).
        // Inside quotes a name ends at the closing quote (`“更好的奎文”`); one that runs on is a term (`“双清零”`).
        const quotedTerm = /[“"]$/.test(before) && /^[\u4e00-\u9fff]/.test(after) && !/^的/.test(after) && !PLACE_WORD_AFTER.test(after);
        const standing =
          !quotedTerm &&
          !NOT_A_NAME.test(after) &&
          !/^(?:地产|集团|公司|股份|科技|实业|置业|银行|控股|酒店|广场|大道|中心|小区|花园|新城|商城|基金|证券|保险|资本|投资)/.test(after) &&
          (/(?:^|[。;；!！?？,，:：“”"]|[,，]是|落户|扎根|新|美丽|幸福|加快|山水|生态|魅力|活力|品质|宜居|绿美|现代化|今日|数字|智慧|平安|大美)$/.test(before) || PLACE_WORD_AFTER.test(after));
        if (!standing) continue;
        // A place under its name of the report's year (上虞市 until 2013, 上虞区 since).
        const named = (registry.districtsByName.get(name) ?? []).filter((record) => ownShortName(record.district.name, name)).map((record) => asNamedIn(record, year, registry));
        const records = ofTheProvinceItAnswersTo(named, allText);
        const [record, ...others] = records;
        if (named.length > records.length) provinceOnly.add(name);
        if (!record || others.length > 0 || !record.district.name.endsWith(suffix)) continue;
        const entry = counts.get(record) ?? { times: 0, line };
        entry.times += 1;
        counts.set(record, entry);
      }
    }
  }
  const [best, second] = [...counts].sort((a, b) => b[1].times - a[1].times);
  if (!best || (second && second[1].times >= best[1].times)) return undefined;
  const shared = provinceOnly.has(shortName(best[0].district.name));
  return { record: best[0], line: best[1].line, times: best[1].times, ...(shared ? { provinceOnly: true } : {}) };
}

/** `秀山` of 秀山土家族苗族自治县 (whose short name keeps its peoples: 秀山土家族苗族), as of 徐汇区. */
function ownShortName(district: string, name: string): boolean {
  const short = shortName(district);
  return short === name || (/族$/.test(short) && short.startsWith(name));
}

const shortNameIndexes = new WeakMap<PlaceRegistry, Map<string, string[]>>();

/** Short district names (2+ characters, not also a full name) by their first character; built once. */
function shortNamesByFirstCharacter(registry: PlaceRegistry): Map<string, string[]> {
  let index = shortNameIndexes.get(registry);
  if (index) return index;
  index = new Map();
  for (const [name, records] of registry.districtsByName) {
    if (name.length < 2 || records.every((record) => record.district.name === name)) continue;
    const first = name[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), name]);
  }
  shortNameIndexes.set(registry, index);
  return index;
}

/** Whether the text names the record's city or province (full, short or by abbreviation). */
export function namesPlace(text: string, record: DistrictRecord, options: { cityOnly?: boolean } = {}): boolean {
  const own = shortName(record.district.name);
  // 朝阳县 of 朝阳市: the city's short name is the district's own, so it proves nothing.
  // A prefecture is written without its peoples (`大理` for 大理白族自治州).
  const named = (name: string) =>
    text.includes(name) || [shortName(name), cityShortName(name)].some((short) => short.length >= 2 && short !== own && text.includes(short));
  if (options.cityOnly) return named(record.city.name);
  return named(record.city.name) || named(record.province.name) || abbreviatedIn(text, record);
}

/** Official one-character abbreviations of the province-level divisions. */
const ABBREVIATIONS: Record<string, string> = {
  北京市: '京', 天津市: '津', 上海市: '沪', 重庆市: '渝', 河北省: '冀', 山西省: '晋', 辽宁省: '辽', 吉林省: '吉',
  黑龙江省: '黑', 江苏省: '苏', 浙江省: '浙', 安徽省: '皖', 福建省: '闽', 江西省: '赣', 山东省: '鲁', 河南省: '豫',
  湖北省: '鄂', 湖南省: '湘', 广东省: '粤', 海南省: '琼', 四川省: '川', 贵州省: '黔', 云南省: '滇', 陕西省: '陕',
  甘肃省: '甘', 青海省: '青', 内蒙古自治区: '蒙', 广西壮族自治区: '桂', 西藏自治区: '藏', 宁夏回族自治区: '宁',
  新疆维吾尔自治区: '新',
};

/** `进京`, `返京`, `在沪`, `来津`, `京外`, `驻京`; `首都` for Beijing. */
export function abbreviatedIn(text: string, record: DistrictRecord): boolean {
  const abbreviation = ABBREVIATIONS[record.province.name];
  if (!abbreviation) return false;
  if (record.province.name === '北京市' && /首都/.test(text)) return true;
  const others = Object.values(ABBREVIATIONS).join('');
  // `在京津冀…` names a region, not a stay in Beijing: no other abbreviation may follow.
  return new RegExp(`(?:进|返|在|来|赴|离|驻|抵|留|回)${abbreviation}(?![${others}市县区省])|${abbreviation}外(?:人员|来)`).test(text);
}

/**
 * The place as it was named in `year`: a bare short name is indexed under today's district (上虞 →
 * 上虞区, since 2013), but a report of 2006 is of its predecessor under the gazetteer (上虞市).
 */
function asNamedIn(record: DistrictRecord, year: number | undefined, registry: PlaceRegistry): DistrictRecord {
  if (year === undefined || (record.since ?? -Infinity) <= year) return record;
  for (const list of registry.districtsByName.values()) {
    const before = list.find((other) => other.mergedInto === record.district.name && other.city.name === record.city.name && (other.until ?? Infinity) >= year);
    if (before) return before;
  }
  return record;
}
