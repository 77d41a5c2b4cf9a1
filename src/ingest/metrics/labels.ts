/**
 * The label of a figure: the phrase before it in its clause (`全年实现生产总值1095亿元` → label
 * `全年实现生产总值`), matched against the indicator dictionary (label and synonyms, longest match
 * wins). Counted things often come after the figure (`新增283张机构养老床位`): for counts with no
 * indicator before, the phrase after is tried too.
 */
import type { Indicator } from '../../model.ts';
import { YEARS_SPAN } from './period.ts';

/** Clause punctuation: a label never reaches across it. Quotes and brackets stay inside. */
const clauseBreak = /[，,。；;：:、！？!?\n]/u;
/**
 * Words at the end of a label that belong to the figure's phrasing, not to the indicator.
 * Qualifiers (`超过`, `近` …) are already outside the label: figures.ts cut them off.
 */
const trailingFiller = /(?:控制在|保持在|分别|共计|总计|合计|累计|达到|达|为|至|到|了|的|是|共)+$/u;

/**
 * The phrase from the clause start (or `limit`) to `end`, as written. A bracketed note is read
 * whole, its commas included (`地区生产总值(预计,下同)820亿元`).
 */
export function phraseBefore(text: string, end: number, limit = 0, breaks: RegExp = clauseBreak): string {
  let start = end;
  while (start > limit) {
    const ch = text[start - 1] ?? '';
    if (ch === ')' || ch === '）') {
      const open = Math.max(text.lastIndexOf('(', start - 2), text.lastIndexOf('（', start - 2));
      if (open >= limit && open > start - 16 && !/[)）]/u.test(text.slice(open + 1, start - 1))) {
        start = open;
        continue;
      }
    }
    if (breaks.test(ch)) break;
    start -= 1;
  }
  return text.slice(start, end).trim();
}

/** The phrase from `start` to the next clause break, as written. */
export function phraseAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !clauseBreak.test(text[end] ?? '')) end += 1;
  return text.slice(start, end).trim();
}

/** A label without the figure's verbs and qualifiers at its end: `城镇登记失业人数控制在` → `城镇登记失业人数`. */
export function trimLabel(raw: string): string {
  return raw.replace(trailingFiller, '').trim();
}

interface Entry {
  phrase: string;
  indicator: Indicator;
}

export interface IndicatorIndex {
  /** Every label and synonym, longest first. */
  entries: Entry[];
  byId: Map<string, Indicator>;
  /** The words for the report's own whole place (`全县`, `县属`, `县级` in a county's report): they do not narrow an indicator. */
  ownWords: RegExp;
}

/**
 * `ownUnit`: the last character of the report's district (`桦川县` → `县`; `琼海市` → `市`).
 * `ownName`: the district's name (`汶上县完成GDP`, `平房区(哈经开区)地区生产总值`), which does not
 * narrow an indicator either.
 */
export function buildIndicatorIndex(indicators: Indicator[], ownUnit = '区', ownName = ''): IndicatorIndex {
  const entries = indicators
    .flatMap((indicator) => [indicator.label, ...indicator.synonyms].map((phrase) => ({ phrase, indicator })))
    .filter((e) => e.phrase.length > 0)
    .sort((a, b) => b.phrase.length - a.phrase.length);
  // Built once here: matchIndicator runs for every figure against every indicator phrase.
  // `区生产总值`: the unit's own name right before the indicator's.
  const names = ownName.length >= 2 ? [ownName, ...(ownName.length >= 3 ? [ownName.slice(0, -1)] : [])] : [];
  const named = names.map((n) => `${n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:[(（][^)）]{1,8}[)）])?`).join('|');
  const ownWords = new RegExp(`${named ? `${named}|` : ''}全${ownUnit}|${ownUnit}属|${ownUnit}级|(?<![城市镇乡园])${ownUnit}$`, 'gu');
  return { entries, byId: new Map(indicators.map((i) => [i.id, i])), ownWords };
}

/**
 * The indicator a phrase names. `unitKind` is the figure's kind for a level (a level must be
 * measured in the indicator's kind: `占全区税收总收入的70.46%` is a share, not tax revenue), and
 * undefined for a change (`增长8%` fits any indicator). Among equally long matches the one whose
 * kind fits wins (`旧区改造1000户` → households, `旧区改造9万平方米` → area).
 */
export function matchIndicator(
  index: IndicatorIndex,
  phrase: string,
  unitKind: string | undefined,
  where: 'anywhere' | 'start' = 'anywhere',
): Indicator | undefined {
  if (phrase.startsWith('占')) return undefined;
  // `实现生 产总值`, `GDP 115亿元`: spaces left by a PDF's line breaks and justification.
  // `规模以上工业实现增加值`, `规模以上工业企业增加值`: a verb or the firms between the sector and its measure.
  // `城镇居民年人均可支配收入`, `农民年人均纯收入`: the year of a per-head income is the indicator's own.
  phrase = phrase
    .replace(/\s+/gu, '')
    .replace(/(?<=工业|产业|(?<!现代|生产性|生活性|新兴)服务业)(?:企业)?(?:实现|完成)?(?=增加值|总产值|产值)/gu, '')
    .replace(/(?<=居民|农民|牧民)年(?=人均)/gu, '');
  const fits = (i: Indicator) => unitKind === undefined || i.unitKind === unitKind;
  for (const entry of index.entries) {
    const at = phrase.indexOf(entry.phrase);
    if (at < 0 || (where === 'start' && at > 0)) continue;
    // `服务业增加值占比年均增长2.3%`: the share of the indicator, not the indicator.
    if (/^(?:所)?(?:占比|比重|占)/u.test(phrase.slice(at + entry.phrase.length))) continue;
    if (entry.indicator.headline && isScoped(phrase.slice(0, at), index.ownWords)) continue;
    const same = index.entries.filter((e) => e.phrase === entry.phrase);
    const fitting = same.find((e) => fits(e.indicator));
    if (fitting) return fitting.indicator;
    if (unitKind === undefined) return entry.indicator;
  }
  return undefined;
}

/**
 * Words before an indicator name that do not narrow it: time, place-wide (`全区`, `我区`, `本区`), verbs of stating, `即` of a
 * list (`主要预期目标,即地区生产总值增长8%`) and quotation marks left alone (`“预计全年实现地区生产总值`);
 * in a news item, the speaker (`黄喜忠介绍称2014年预计全年实现地区生产总值`) and the subject of a
 * target list's lead (`顺德政府工作的主要目标是地区生产总值增长6%`).
 */
const unscoping = new RegExp(
  `^.*?(?:介绍称|介绍说|表示|指出|透露|》称)|^.*?的主要(?:预期)?目标(?:是|为)|(?:到|至)\\d{4}年(?:底|末)?|\\d{4}年|${YEARS_SPAN}|[“"]?十[一二三四五]五[”"]?(?:期间|时期|末)?|年均|全年|去年|上年|全社会|全(?=$)|全区|区属|我(?:区|县|市|旗)|本(?:区|县|旗)(?![域级])|年内|今年|明年|预期|初步|全口径|[(（]下同[)）]|[●•■◆▲▪※★☆◇□]|上半年|下半年|其中|实现|完成|预计|累计|累积|力争|确保|计划|争取|新增|引进|实施|同比|共计|共|有组织|接待|全面|继续|成功|当年|本年|主要|预期目标是|目标是|据?初步(?:核算|统计|测算)|核算|统计|[0-9]+万元(?:及)?以上|可(?=实现|完成|达到)|^[0-9０-９]{1,2}[.．、](?![0-9０-９])|[(（]预计数?(?:[,，、]下同)?[)）]|即|[“”"]`,
  'gu',
);

/**
 * True when the words before a headline indicator name narrow it to a part of the district or
 * economy (`五大重点产业实现税收总收入`, `金融业实现地方财政收入`): the figure is a breakdown,
 * not the headline.
 */
function isScoped(prefix: string, ownWords: RegExp): boolean {
  return prefix.replace(unscoping, '').replace(ownWords, '').trim() !== '';
}

/** Clause breaks without the enumeration comma: subjects listed before 分别 are joined by 、. */
export const listBreak = /[，,。；;：:！？!?\n]/u;

/**
 * `单位GDP电耗和电力消费总量分别下降`, `生活垃圾分类达标率、回收利用率分别达到` → the subjects
 * in order, for figures stated with 分别; `城乡居民…分别` → urban, then rural residents. Pass the
 * phrase read back to `listBreak`. `城乡人均…分别` too. `chained`: the label heads a chain of figures
 * (`城镇和农村常住居民人均可支配收入39175元和19156元`), which lists its subjects without 分别.
 */
export function respectiveSubjects(label: string, chained = false): string[] | undefined {
  const at = label.indexOf('分别');
  if (at < 0 && !chained) return undefined;
  // `城、乡居民人均可支配收入`: urban and rural named by one character each are 城乡.
  const subject = (at < 0 ? label : label.slice(0, at)).replace(/城[、和及与]乡/u, '城乡');
  // `一、二、三次产业增加值分别完成`: the first, second and third industries, each with the measure.
  const ordinal = /^(?:第)?([一二三])[、和及与](?:第)?([一二三])[、和及与](?:第)?([一二三])(?:次)?产业(.*)$/u.exec(subject);
  if (ordinal) return ordinal.slice(1, 4).map((n) => `第${n}产业${ordinal[4] ?? ''}`);
  const parts = subject.split(/[和及与、]/u).filter((p) => p.length > 0);
  if (parts.length > 1) return sharingHead(parts);
  // `城乡居民人均可支配收入分别增长8.5%、10.6%`, `城乡常住居民…`: urban first, then rural.
  // `城乡人均可支配收入分别增长6.2%、8.8%`: the residents left out.
  const both = /城乡(常住)?(居民|(?=人均))/u.exec(subject);
  if (both) return [subject.replace(both[0], `城镇${both[1] ?? ''}${both[2] ?? ''}`), subject.replace(both[0], `农村${both[1] ?? ''}${both[2] ?? ''}`)];
  return undefined;
}

const residence = /^(?:城镇|城市|农村牧区|农村|乡村|牧区)/u;

/**
 * `城镇和农村常住居民人均可支配收入`: the first subjects are bare modifiers of the last one's
 * noun, so each takes it (`城镇常住居民人均可支配收入`).
 */
function sharingHead(parts: string[]): string[] {
  const last = parts.at(-1) ?? '';
  const lastModifier = residence.exec(last)?.[0];
  if (!lastModifier) return parts;
  const head = last.slice(lastModifier.length);
  return parts.map((part, i) => {
    const modifier = residence.exec(part)?.[0];
    if (i === parts.length - 1 || !modifier) return part;
    const own = part.slice(modifier.length);
    return head.startsWith(own) && head.length > own.length ? modifier + head : part;
  });
}
