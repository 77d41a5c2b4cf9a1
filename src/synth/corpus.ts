/**
 * A deterministic generator of realistic synthetic reports for scale runs (issue 7).
 * Real district names from the GB/T 2260 division data, plausible years, the seeds' structure and
 * paragraphs recombined, some copies in traditional script or wrapped in scraped-page chrome.
 * Pure: the seed texts and division data come in as arguments; the same input gives the same corpus.
 * Never part of the published site.
 */
import * as OpenCC from 'opencc-js';

export interface DivisionArea {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}
export interface DivisionUnit {
  code: string;
  name: string;
}
export interface Divisions {
  areas: DivisionArea[];
  cities: Array<DivisionUnit & { provinceCode: string }>;
  provinces: DivisionUnit[];
}
export interface SynthReport {
  /** File name for the report, e.g. `synth-0001.txt`. */
  name: string;
  text: string;
}
export interface SynthOptions {
  /** PRNG seed; change it to get another corpus of the same shape. */
  seed?: number;
  /** Share of reports converted to traditional script (with converter pinyin glosses). */
  traditionalShare?: number;
  /** Share of reports wrapped in scraped-page chrome. */
  noisyShare?: number;
  /**
   * Districts named so only since a year (content/places.yaml `since`: 长乐区 since 2018): a report
   * of an earlier year under that name is an anachronism the ingest refuses, so such districts
   * are left out when their name is younger than the corpus's earliest year.
   */
  namedSince?: ReadonlyArray<{ district: string; city: string; since: number }>;
}

/** mulberry32: small, fast, good enough for picking paragraphs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKER = /^[(（][一二三四五六七八九十]+[)）]|^[一二三四五六七八九十]+、|^\d+[.、]/;
const SECTION = /^[(（]([一二三四五六七八九十]+)[)）]/;
const NUMERALS = '一二三四五六七八九十'.split('');
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌海林晓东宏波辉鹏飞云峰亮成'.split('');

/** The material the generator recombines: section titles and body paragraphs of the seeds. */
export interface SeedPool {
  sectionTitles: string[];
  paragraphs: string[];
  closings: string[];
}

export function buildSeedPool(seedTexts: string[], districtShortNames: string[]): SeedPool {
  // Only simplified-script seeds: traditional copies are made on purpose, not mixed in by accident.
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const simplified = seedTexts.filter((t) => toSimplified(t) === t);
  const pool: SeedPool = { sectionTitles: [], paragraphs: [], closings: [] };
  const neutral = (s: string) =>
    districtShortNames.reduce((acc, name) => acc.split(name).join('{D}'), s);
  for (const text of simplified) {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      const section = SECTION.exec(line);
      if (section) {
        const rest = line.slice(section[0].length);
        const title = rest.split('。')[0] ?? rest;
        if (title.length >= 6 && title.length <= 40) pool.sectionTitles.push(neutral(title));
        continue;
      }
      if (line.startsWith('各位代表,') && line.length > 40) pool.closings.push(neutral(line));
      // A seed's own target list would contradict the synthetic one (yearFigures): not recombined.
      else if (line.length >= 60 && !MARKER.test(line) && !line.includes('代表') && !/预期目标|主要目标/u.test(line))
        pool.paragraphs.push(neutral(line));
    }
  }
  return pool;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('synth: cannot pick from an empty list');
  return item;
}

function numeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 11] ?? ''}`;
  return `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`;
}

const fixed = (rand: () => number, lo: number, hi: number, digits = 1) =>
  (lo + rand() * (hi - lo)).toFixed(digits);

export interface Place {
  district: string;
  short: string;
  city: string;
}

/** A stable number for a text (FNV-1a), to seed one district-year's figures. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * One district's figures for one year, the same whichever report states them: the plan delivered
 * that year states the targets, the next year's review the outcomes, so consecutive synthetic
 * reports agree and the pairing (src/lib/target-pairs.ts) meets some targets and misses others.
 */
export function yearFigures(place: { district: string; city: string }, year: number) {
  const rand = prng(hashText(`${place.city}${place.district}${year}`));
  const gdpTarget = fixed(rand, 4, 8);
  const revenueTarget = fixed(rand, 3, 9);
  const retailTarget = fixed(rand, 4, 10);
  const jobsTarget = 1000 * Math.floor(5 + rand() * 40);
  return {
    gdpTarget,
    revenueTarget,
    retailTarget,
    jobsTarget,
    gdp: fixed(rand, 200, 3500, 2),
    gdpGrowth: (Number(gdpTarget) + (rand() - 0.6) * 2).toFixed(1),
    revenue: fixed(rand, 20, 300, 2),
    revenueGrowth: (Number(revenueTarget) + (rand() - 0.5) * 6).toFixed(1),
    retail: fixed(rand, 50, 900),
    retailGrowth: (Number(retailTarget) + (rand() - 0.5) * 4).toFixed(1),
    jobs: Math.floor(jobsTarget * (0.85 + rand() * 0.4)),
    /** Reviews written before the statistics are final state the GDP as 预计. */
    estimated: rand() < 0.4,
  };
}

function reportText(rand: () => number, pool: SeedPool, place: Place, year: number): string {
  const speaker = pick(rand, SURNAMES) + pick(rand, GIVEN) + (rand() < 0.6 ? pick(rand, GIVEN) : '');
  const congress = 10 + Math.floor(rand() * 9);
  const session = 1 + Math.floor(rand() * 5);
  const fill = (s: string) => s.split('{D}').join(place.short);
  const body = (count: number) =>
    Array.from({ length: count }, () => fill(pick(rand, pool.paragraphs)));
  const sections = (count: number) =>
    Array.from({ length: count }, (_, i) => [
      `(${numeral(i + 1)})${fill(pick(rand, pool.sectionTitles))}`,
      ...body(2 + Math.floor(rand() * 3)),
    ]).flat();
  const reviewed = yearFigures(place, year - 1);
  const planned = yearFigures(place, year);
  const lines = [
    '政府工作报告',
    `——${year}年1月${1 + Math.floor(rand() * 27)}日在${place.city}${place.district}第${numeral(congress)}届人民代表大会第${numeral(session)}次会议上`,
    `${place.district}区长 ${speaker}`,
    '各位代表:',
    `现在,我代表${place.district}人民政府,向大会作政府工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。`,
    `一、${year - 1}年工作回顾`,
    `${year - 1}年,全区${reviewed.estimated ? '预计' : ''}实现地区生产总值${reviewed.gdp}亿元,同比增长${reviewed.gdpGrowth}%;完成一般公共预算收入${reviewed.revenue}亿元,增长${reviewed.revenueGrowth}%;社会消费品零售总额${reviewed.retail}亿元,增长${reviewed.retailGrowth}%;新增就业岗位${reviewed.jobs}个。`,
    '一年来,我们主要做了以下工作:',
    ...sections(3 + Math.floor(rand() * 3)),
    `二、${year}年主要任务`,
    `综合各方面因素,建议今年经济社会发展的主要预期目标是:地区生产总值增长${planned.gdpTarget}%左右,一般公共预算收入增长${planned.revenueTarget}%,社会消费品零售总额增长${planned.retailTarget}%以上,新增就业岗位${planned.jobsTarget}个,城镇登记失业人数控制在市下达指标内。`,
    '为实现上述目标,要着力做好以下几方面工作:',
    ...sections(3 + Math.floor(rand() * 4)),
    fill(pick(rand, pool.closings)),
  ];
  return lines.join('\n') + '\n';
}

const CHROME_HEAD = ['无障碍工具条', '二维码', '用微信扫描二维码,分享微信朋友圈', '  • 索 引 号:'];
const CHROME_TAIL = ['  • 分享:', '  • 分享到微信朋友圈'];

/** Add converter pinyin glosses after a few common characters, as republished copies have. */
function addPinyinGlosses(text: string): string {
  return text.replaceAll('區', '區(qū)').replaceAll('經', '經(jīng)');
}

/** Distinct years of one district in one era of the corpus (`placeAndYear`). */
const ERA_YEARS = 18;
/** Years one era spans across the districts (2006–2025, then 1986–2005): each district has 18 of them. */
const ERA_SPAN = 20;
/** The earliest year a synthetic report of the first era is delivered in (runs of years over 2006–2025). */
const EARLIEST_YEAR = 2006;
/** Consecutive years of one district in a row: the pairing finds plans and their reviews. */
const RUN = 3;

/**
 * The district and year of the `i`th report. Runs of `RUN` consecutive years per district, walking
 * all districts, then again with earlier runs: over 6 passes of the districts every district has
 * 18 distinct years of 2006–2025 (six runs of three). Beyond that (i ≥ 18 × districts: 14,940 with
 * the 830 districts of the division data), the same walk twenty years earlier, over 1986–2005,
 * among `earlier` (the districts already named so in 1986). So (district, year) never repeats for
 * i < 18 × (places + earlier), and the first era is what it always was.
 */
export function placeAndYear(i: number, places: readonly Place[], earlier: readonly Place[]): { place: Place; year: number } {
  const firstEra = ERA_YEARS * places.length;
  const era = i < firstEra ? 0 : 1;
  const of = era === 0 ? places : earlier;
  const j = era === 0 ? i : (i - firstEra) % (ERA_YEARS * of.length);
  const block = Math.floor(j / RUN);
  const k = block % of.length;
  const place = of[(k * 7919) % of.length];
  if (!place) throw new Error('synth: no districts in the division data');
  const start = 2025 - ERA_SPAN * era - ((k + RUN * Math.floor(block / of.length)) % ERA_YEARS);
  return { place, year: start - (j % RUN) };
}

const ZONE = /开发区|园区|管理区|试验区|示范区|高新|保税|合作区|风景/;

/** Districts (names ending in 区) whose name is unique in the division data, with their city. */
export function uniqueDistricts(div: Divisions): Place[] {
  const count = new Map<string, number>();
  for (const a of div.areas) count.set(a.name, (count.get(a.name) ?? 0) + 1);
  const cityName = new Map(div.cities.map((c) => [c.code, c.name]));
  const provinceName = new Map(div.provinces.map((p) => [p.code, p.name]));
  return div.areas
    .filter(
      (a) =>
        a.name.endsWith('区') &&
        a.name.length >= 3 &&
        count.get(a.name) === 1 &&
        // Development and industrial zones (GB/T 2260 codes ending 70–99) have no people's
        // congress and no work report.
        Number(a.code.slice(4)) < 70 &&
        !ZONE.test(a.name),
    )
    .map((a) => {
      const city = cityName.get(a.cityCode);
      return {
        district: a.name,
        short: a.name.slice(0, -1),
        // Municipalities list their city level as 市辖区: the municipality is the province.
        city: !city || city === '市辖区' ? (provinceName.get(a.provinceCode) ?? '') : city,
      };
    });
}

export function synthesizeCorpus(
  n: number,
  seedTexts: string[],
  div: Divisions,
  options: SynthOptions = {},
): SynthReport[] {
  const rand = prng(options.seed ?? 20141);
  const youngerThan = (year: number) => new Set((options.namedSince ?? []).filter((p) => p.since > year).map((p) => `${p.city}${p.district}`));
  const younger = youngerThan(EARLIEST_YEAR);
  const places = uniqueDistricts(div).filter((p) => !younger.has(`${p.city}${p.district}`));
  const youngerThanEarlier = youngerThan(EARLIEST_YEAR - ERA_SPAN);
  const earlier = places.filter((p) => !youngerThanEarlier.has(`${p.city}${p.district}`));
  const pool = buildSeedPool(seedTexts, ['徐汇', '静安', '上城']);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const reports: SynthReport[] = [];
  for (let i = 0; i < n; i++) {
    const { place, year } = placeAndYear(i, places, earlier);
    let text = reportText(rand, pool, place, year);
    const roll = rand();
    if (roll < (options.traditionalShare ?? 0.1)) text = addPinyinGlosses(toTraditional(text));
    else if (roll < (options.traditionalShare ?? 0.1) + (options.noisyShare ?? 0.2))
      text = [...CHROME_HEAD, text.trimEnd(), ...CHROME_TAIL].join('\n') + '\n';
    reports.push({ name: `synth-${String(i + 1).padStart(5, '0')}.txt`, text });
  }
  return reports;
}
