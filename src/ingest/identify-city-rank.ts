/**
 * The last resort for a district name shared by several cities when the text names none of them
 * (`朝阳区` of 北京 or 长春, `鼓楼区` of 南京 or 徐州 in a text that names only 江苏): the district of the
 * higher-ranking city is taken, with a warning that names the others and the sidecar to write.
 * Reports of districts of municipalities, provincial capitals and sub-provincial cities are by far
 * the ones most often published and copied, so this guess is usually right; it is made only when one
 * candidate outranks all the others.
 */
import type { Place } from '../model.ts';
import type { DistrictRecord } from './places.ts';

/** Provincial capitals and sub-provincial cities (计划单列市 included). */
const MAJOR_CITIES = new Set([
  '石家庄市', '太原市', '呼和浩特市', '沈阳市', '大连市', '长春市', '哈尔滨市', '南京市', '杭州市', '宁波市', '合肥市',
  '福州市', '厦门市', '南昌市', '济南市', '青岛市', '郑州市', '武汉市', '长沙市', '广州市', '深圳市', '南宁市', '海口市',
  '成都市', '贵阳市', '昆明市', '拉萨市', '西安市', '兰州市', '西宁市', '银川市', '乌鲁木齐市',
]);
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/** 3 a municipality, 2 a provincial capital or sub-provincial city, 1 any other city. */
export function cityRank(city: Place): number {
  if (MUNICIPALITIES.has(city.name)) return 3;
  return MAJOR_CITIES.has(city.name) ? 2 : 1;
}

/** The one candidate whose city outranks every other candidate's, if there is one. */
export function outrankingCandidate(candidates: readonly DistrictRecord[]): DistrictRecord | undefined {
  const ranked = [...candidates].sort((a, b) => cityRank(b.city) - cityRank(a.city));
  const [first, second] = ranked;
  if (!first || (second && cityRank(second.city) === cityRank(first.city))) return undefined;
  return first;
}

/**
 * A text answering to a province (`贯彻落实中央和省委、市委、区委重要决策部署`) is not of a
 * municipality's district: of a name shared by a municipality's district and a province's (普陀区 of
 * 上海 and of 舟山), only the province's stay. One that speaks of its autonomous region
 * (`建成自治区综合实力强区`) is of the region's district (新城区 of 呼和浩特, not of 西安). A text that
 * names neither keeps every candidate.
 */
export function ofTheProvinceItAnswersTo(candidates: readonly DistrictRecord[], text: string): DistrictRecord[] {
  if (candidates.length < 2) return [...candidates];
  // `建成自治区综合实力强区`: an autonomous region (not an autonomous prefecture's or county's 自治州/自治县).
  const region = /(?<![州县旗])自治区(?!域)/.test(text)
    ? candidates.filter((record) => record.province.name.endsWith('自治区'))
    : [];
  if (region.length > 0) return region;
  if (!/省委|省政府|省人大|全省/.test(text)) return [...candidates];
  const inProvinces = candidates.filter((record) => !MUNICIPALITIES.has(record.province.name));
  return inProvinces.length > 0 ? inProvinces : [...candidates];
}
