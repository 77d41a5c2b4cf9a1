/**
 * Find the figures in a text: a number with its scale and unit (`1095亿元`, `4.6万个`, `8%`,
 * `两万户`, `4400余万元`, `8—10家`), plus the qualifier words around it.
 *
 * The span (`start`…`end`, `text`) is the figure without qualifier words: `超过20亿元` gives the
 * span `20亿元` with qualifier `超过`, so the marked-up text and the labelled set agree.
 * Approximation words that sit inside the figure (`4400余万元`, `30多项`) cannot be cut out and
 * stay in the span; they are recorded as the qualifier too. A range (`8—10家`) is one figure
 * whose number is the lower bound; the upper part is recorded as written in `qualifier` (`—10`).
 *
 * Not figures (each rule is tested with cases from the seeds): numbers without a unit (years before
 * 年, `12345` hotlines, `711号`, `11号线`, `1296弄`, plot names), ordinals after 第, numbers touching
 * Latin letters or `+` (`H7N9`, `PM2.5`, `3A级`, `5+X`, `1+1+1`), numbers after 每 (`每万人口`),
 * Chinese numerals without 百/千/万/亿 (`三大`, `两个`, `一轴三带`, `四次会议`), and distances
 * that define a zone rather than measure work (`10米范围内`, `300米服务半径`).
 */
import { parseNumber, scaled, scaleWords } from './numerals.ts';
import { unitAt, type UnitInfo } from './units.ts';

export interface Figure {
  start: number;
  end: number;
  /** The figure as written, qualifier words outside it excluded. */
  text: string;
  number: number;
  scaleWord?: string;
  scale: number;
  unit: string;
  baseUnit: string;
  unitKind: string;
  /** number × scale × unit factor, in baseUnit. */
  value: number;
  qualifier?: string;
  /** Start of the qualifier before the figure (or `start`): where the label phrase ends. */
  outerStart: number;
  /** End of the qualifier after the figure (or `end`). */
  outerEnd: number;
}

/**
 * `国内生产总值223 961万元`, `农民人均纯收入2 310元`: thousands grouped by spaces (as GB/T 15835 writes
 * them), whole numbers only (`项目107 461.4亿` is a PDF's count and amount run together).
 */
const GROUPED = '[0-9]{1,3}(?: [0-9]{3}(?![0-9.．]))+(?![0-9.．])';
const isGrouped = (numeral: string) => new RegExp(`^(?:${GROUPED})$`, 'u').test(numeral);
/**
 * `增长 0. 5%`, `18. 08 亿元`: a PDF's text can break a decimal after its point (checked in `arabicFigure`).
 * `12。41亿元`, `年均增长20。9%`: a page that wrote its decimal points as full stops (`DECIMAL_STOP`).
 */
const arabic = `${GROUPED}|[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．] ?[0-9０-９]+|。[0-9]{1,2}(?=[%％]|[万亿]?元))?`;
/**
 * A full stop between digits that is a decimal point: one or two digits after it, then a percentage
 * or an amount of money (`比2002年的12。41亿元`), not an ordinal's sentence ending (`西部第1。40栋`).
 */
const DECIMAL_STOP = /(?<!第[0-9]*)[0-9]。[0-9]{1,2}(?:[%％]|[万亿]?元)/uy;
export function isDecimalStop(text: string, at: number): boolean {
  if (text[at] !== '。' || at === 0) return false;
  DECIMAL_STOP.lastIndex = at - 1;
  return DECIMAL_STOP.test(text);
}
const chinese = '[零〇一二两三四五六七八九十百千万亿]+';
const approx = '(?:余|多)';
const scales = scaleWords.map(([w]) => w).join('|');
const range = '[—–\\-~～至到]';
/** Number, optional range end, approximation word and scale word; the unit is checked after. */
const numberPattern = new RegExp(
  `(${arabic})(?:(${range})(${arabic}))?(${approx})?[ \\u00a0]?(${scales})?(${approx})?[ \\u00a0]?|(${chinese})`,
  'gu',
);
/**
 * Durations in years are figures when they measure the work (`提前两年完成`, `一年建成回搬`,
 * `五年展陈合作`, `为期十年`), not when the year is the subject (`关键一年`, `一年来`, `第一年`),
 * names a programme (`三年行动计划`), spans an average or a total (`五年年均增长`) or delimits
 * something (`15年以上房龄`, `2013年`).
 */
const durationPattern =
  /(?<![0-9〇○Ｏ零一二两三四五六七八九十百千第每个])([0-9]{1,2}|[一二两三四五六七八九十]{1,2})年(?![来度底初中末代级以前后半内间里份轮行计规制]|工作)/gu;
/**
 * Also not work measured: a streak (`连续九年全市第一`, `连续3年位列`), the last year of a plan
 * (`最后一年`) and a time that describes (`是三年新冠疫情防控转段后`).
 */
const notDurationBefore = ['关键', '重要', '过去', '今后', '未来', '的', '这', '全', '当', '同', '今', '明', '去', '近', '头', '攻坚', '决战', '突破', '开局', '收官', '之', '连续', '最后', '是', '新'];
const spanAfter = /^(?:年均|累计|累积|平均|共计|合计|共|间|增加|新增|增长|提高|减少|下降|翻)/u;
/**
 * A time that describes rather than measures (`结束了15年没有大型工业项目的历史`, `搁置10年之久`), or
 * that is the subject of the phrase (`五年成就辉煌`, `——五年奋斗,…`), or recurs (`一年一度的政府工作报告`).
 */
const describedAfter = /^(?:没有|未|无|之久|成就|奋斗|奋勇|奋力|拼搏|攻坚|砥砺|争|历程|征程|巨变|变化|一度)/u;
const fractionPattern = /(?<![0-9/])([0-9]{1,2})\/([0-9]{1,2})(?![0-9/])/gu;

const qualifiersBefore = [
  '不少于', '不低于', '不超过', '超过', '突破', '达到', '高达', '接近', '不到', '低于', '小于', '高于',
  '大于', '至少', '约', '近', '超', '逾', '达',
];
const qualifiersAfter = ['以上', '以下', '以内', '之内', '左右', '上下'];
/** Words that end in a qualifier character but are not one (`签约1395户` is not `约1395户`). */
const wordEndings = ['签约', '节约', '制约', '预约', '合约', '履约', '特约', '公约', '条约', '附近', '最近', '将近', '下达', '到达', '抵达', '送达', '通达', '赶超'];
/** Names that start with a figure (`1%人口抽样调查` is a survey, not a share). */
const nameWords = ['人口抽样'];
/** What follows a distance that defines a zone rather than measures work. */
const zoneWords = ['范围', '服务半径', '半径'];

export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const figure = match[7] === undefined ? (arabicFigure(text, match) ?? afterListNumber(text, match)) : chineseFigure(text, match);
    if (figure) figures.push(figure);
  }
  for (const match of text.matchAll(durationPattern)) {
    const figure = durationFigure(text, match);
    if (figure) figures.push(figure);
  }
  for (const match of text.matchAll(fractionPattern)) {
    const start = match.index;
    if (figures.some((f) => f.start <= start && start < f.end)) continue;
    const figure = fractionFigure(text, match);
    if (figure) figures.push(figure);
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** `1. 5个项目`: the figure after a list's number that was read as a broken decimal. */
function afterListNumber(text: string, match: RegExpMatchArray): Figure | undefined {
  const numeral = match[1] ?? '';
  if (!numeral.includes(' ')) return undefined;
  const sticky = new RegExp(numberPattern.source, 'uy');
  sticky.lastIndex = (match.index ?? 0) + numeral.indexOf(' ') + 1;
  const next = sticky.exec(text);
  return next && next[7] === undefined ? arabicFigure(text, next) : undefined;
}

function arabicFigure(text: string, match: RegExpExecArray | RegExpMatchArray): Figure | undefined {
  const start = match.index ?? 0;
  const [whole, numeral = '', rangeSign, rangeEnd, approxBefore, scaleWord, approxAfter] = match;
  if (!isFreeStanding(text, start, start + numeral.length)) return undefined;
  // A decimal broken after its point continues a phrase (`收入 18. 08 亿元`); after a break it is a list's number (`1. 5个`).
  if (numeral.includes(' ') && !isGrouped(numeral) && (/^\s*$|[。；;：:！？!?\n]\s*$/u.test(text.slice(Math.max(0, start - 3), start)) || !/[.．] [0-9０-９]{1,2}$/u.test(numeral))) return undefined;
  // `414千瓦时`, `5千克`: a unit that starts with a scale word's character, read as the unit.
  const unitInScale = scaleWord && !approxAfter && !unitAt(text, start + whole.length) ? unitAt(text, start + whole.trimEnd().length - scaleWord.length) : undefined;
  const unitStart = unitInScale ? start + whole.trimEnd().length - (scaleWord?.length ?? 0) : start + whole.length;
  const unit = unitInScale ?? unitAt(text, unitStart);
  if (!unit) return undefined;
  const number = parseNumber(numeral.replaceAll(' ', '').replace('。', '.'));
  if (!number) return undefined;
  const scale = scaleWord && !unitInScale ? (scaleWords.find(([w]) => w === scaleWord)?.[1] ?? 1) : 1;
  const inner = [rangeSign && rangeEnd ? rangeSign + rangeEnd : undefined, approxBefore ?? approxAfter];
  return build(text, start, unitStart, unit, number.number, unitInScale ? undefined : scaleWord, scale, inner);
}

function chineseFigure(text: string, match: RegExpExecArray | RegExpMatchArray): Figure | undefined {
  const start = match.index ?? 0;
  const numeral = match[7] ?? '';
  if (!/[一二两三四五六七八九十]/u.test(numeral)) return undefined;
  if (/[零〇○Ｏ一二两三四五六七八九十百千万亿第每]/u.test(text[start - 1] ?? '')) return undefined;
  const unitStart = start + numeral.length;
  const unit = unitAt(text, unitStart);
  const number = parseNumber(numeral);
  if (!unit || !number) return undefined;
  if (!/[百千万亿]/u.test(numeral) && !isSmallCount(text, start, numeral, unit)) return undefined;
  return build(text, start, unitStart, unit, number.number, undefined, 1, []);
}

/**
 * A small count in Chinese numerals (`十件民生实事`, `三家国有企业`) is a figure; but `一`
 * and `二` are articles and ordinals (`一批`, `一件事`, `二次供水`), quoted slogans are names
 * (`“两个维护”`, `“三个代表”`), and so are meetings (`三次会议`), outline phrases (`五方面工作`)
 * and a few set phrases (`八项规定`, `开门七件事`).
 */
function isSmallCount(text: string, start: number, numeral: string, unit: UnitInfo): boolean {
  if (numeral === '一' || numeral === '二') return false;
  // `“都市经济、科技人才、民生事业”三个优先`: the count of a slogan just quoted.
  if (/[“「‘"'”届前]/u.test(text[start - 1] ?? '')) return false;
  // `深入实施三个“一号工程”`: the count of a quoted campaign's name.
  if (/^[“"]/u.test(text.slice(start + numeral.length + unit.unit.length))) return false;
  if (['次', '方面', '位', '轮', '期', '批', '批次', '场次', '架次', '班次', '件次', '家次'].includes(unit.unit)) return false;
  // `九元航空`, `三元正极材料`: money in small Chinese numerals is a name.
  if (unit.unitKind === 'currency') return false;
  if (insideQuotes(text, start)) return false;
  // `统筹发展和安全两件大事`, `两个大局`, `“…年”三个年活动`, `连上两个百亿级台阶`: counts of aims and
  // campaigns, not of work done.
  if (abstractNoun.test(text.slice(start + numeral.length + unit.unit.length))) return false;
  return !setPhrases.some((p) => text.startsWith(p, start));
}

/**
 * `“五个领跑、两个提升”`, `“一个历史性跨越、三个标志性突破、七个系统性转变”`: a count inside an open
 * quote is part of a slogan; so is one whose quote closes a few characters on with no quote opened
 * (`上海四个中心”建设`, the opening quote lost in the copy).
 */
function insideQuotes(text: string, start: number): boolean {
  const head = text.slice(0, start);
  if (head.lastIndexOf('“') > head.lastIndexOf('”')) return true;
  return /^[^“”，,。；;：:、！？!?]{1,8}”/u.test(text.slice(start));
}

const setPhrases = ['八项规定', '四套班子', '三位一体', '两位数', '七件事', '三个代表'];
/**
 * Also `六组数据看“收官”` (a page's headings counted), `突出…六个重点,`, `聚焦六个方向,推动六个变化` (aims),
 * `同意三个报告` (a session's reports), `今年要重点聚焦八项工作:` (a list's lead) and `守住…三条底线` (aims).
 */
const abstractNoun = /^(?:大事|大局|年|文明|[百千万亿]+级|数据|重点(?![\u4e00-\u9fff])|方向|变化|报告|工作[:：]|底线)/u;

function fractionFigure(text: string, match: RegExpMatchArray): Figure | undefined {
  const start = match.index ?? 0;
  const numerator = Number(match[1]);
  const denominator = Number(match[2]);
  if (denominator === 0 || numerator >= denominator) return undefined;
  if (!isFreeStanding(text, start, start + match[0].length)) return undefined;
  const unit: UnitInfo = { unit: '', baseUnit: '', factor: 1, unitKind: 'fraction' };
  return build(text, start, start + match[0].length, unit, numerator / denominator, undefined, 1, []);
}

function durationFigure(text: string, match: RegExpMatchArray): Figure | undefined {
  const start = match.index ?? 0;
  const head = text.slice(0, start);
  if (notDurationBefore.some((w) => head.endsWith(w)) && !head.endsWith('提前')) return undefined;
  // `五年年均增长11.2%`, `五年累计下降20.4%`: the span of an average or a total, not work measured.
  if (spanAfter.test(text.slice(start + match[0].length))) return undefined;
  // `还清了40年的污染欠账`, `摘掉33年的国贫县帽子`: an age that describes, not work measured
  // (`为期十年的战略协作` is the work's own term).
  if (text.startsWith('的', start + match[0].length) && !head.endsWith('为期')) return undefined;
  if (describedAfter.test(text.slice(start + match[0].length))) return undefined;
  // `“四年大发展”`, `“两年翻一番,五年奔强县”`: a slogan's time.
  if (insideQuotes(text, start)) return undefined;
  if (!isFreeStanding(text, start, start + (match[1] ?? '').length)) return undefined;
  const number = parseNumber(match[1] ?? '');
  if (!number) return undefined;
  const unit: UnitInfo = { unit: '年', baseUnit: '年', factor: 1, unitKind: 'duration' };
  return build(text, start, start + (match[1] ?? '').length, unit, number.number, undefined, 1, []);
}

function build(
  text: string,
  start: number,
  unitStart: number,
  unit: UnitInfo,
  number: number,
  scaleWord: string | undefined,
  scale: number,
  inner: Array<string | undefined>,
): Figure | undefined {
  const end = unitStart + (unit.length ?? unit.unit.length);
  // `10米范围内`, and an area's (`完成新区38平方公里范围内剩余拆迁`).
  if ((unit.unitKind === 'length' || (unit.unitKind === 'area' && text.startsWith('范围内', end))) && zoneWords.some((w) => text.startsWith(w, end))) return undefined;
  if (nameWords.some((w) => text.startsWith(w, end))) return undefined;
  // `在3个月内` delimits a rate; months and working days are never measured work here
  // (`仅用4个多月`); `报告分三个部分`, `讲四个方面的问题` outline a speech.
  // `连续8个季度位列`, `前移73个位次`: a streak and a move in a ranking.
  if (unit.unit === '个' && /^(?:[多余]?(?:月|工作日|季度|小时)|部分|方面|位次)/u.test(text.slice(end))) return undefined;
  // `报告共分两部分`: the outline of a speech.
  if (unit.unit === '部' && text.startsWith('分', end)) return undefined;
  if (isRank(text, start, end, unit)) return undefined;
  // `10万吨级集装箱泊位`, `千万元级项目`: a size class.
  if (text.startsWith('级', end)) return undefined;
  // `国家863项目`: a programme's name.
  if (unit.unit === '项' && text.startsWith('目', end)) return undefined;
  // `评论 0人参与`, `0条评论`: a web page's comment counter.
  if (number === 0 && /^\s*(?:参与|评论)/u.test(text.slice(end))) return undefined;
  if (isPolicyName(text, start, end, unit)) return undefined;
  if (isNumberSlogan(text, start)) return undefined;
  // `地区生产总值等7项经济指标`, `两项考核中均排名第一`: indicators counted, not work.
  if (unit.unit === '项' && /^(?:主要)?(?:经济)?(?:指标|考核)/u.test(text.slice(end))) return undefined;
  // `10项主要经济指标有5项排全市前3位`, `两项增速排名全市第一`: indicators ranked.
  if (unit.unit === '项' && /^(?:指标)?(?:增速|增幅)?(?:均)?(?:排名|排|位居|居|位列|进入)/u.test(text.slice(end))) return undefined;
  if (isAttendance(text, start, end, unit)) return undefined;
  // `全县33万人民`: the people of the place (人民), not people counted at work.
  if (unit.unit === '人' && text.startsWith('民', end)) return undefined;
  const head = text.slice(0, start);
  const before = qualifiersBefore.find(
    (q) => head.endsWith(q) && !wordEndings.some((w) => w.endsWith(q) && head.endsWith(w)),
  );
  const after = qualifiersAfter.find((q) => text.startsWith(q, end));
  // `引进30亿元以上现代服务业项目9个`: the size of the projects counted, a class and not a figure.
  // `500万元以上固定资产投资`, `160万吨以上重介洗煤项目20个`: the class of what is counted or summed.
  // `引进亿元以上项目49个、5亿元以上8个`: a sum and its bound right before a count, the class counted.
  if (unit.unitKind !== 'percent' && unit.unitKind !== 'count' && (after === '以上' || after === '以下') && (sizeClass.test(text.slice(end + after.length)) || (unit.unitKind === 'currency' && COUNT_RIGHT_AFTER.test(text.slice(end + after.length))))) return undefined;
  // `新增产值过10亿元的企业4家`: likewise, the class stated before.
  if (unit.unitKind === 'currency' && /(?:过|超)$/u.test(head) && /^的?(?:企业|项目|楼宇|镇|乡镇|村)/u.test(text.slice(end))) return undefined;
  // `新增40亿元企业1家、20亿元企业2家`, `税收10亿元楼宇8个`, `签约10亿元项目5个`: the class of what is counted, its count right after.
  if (unit.unitKind === 'currency' && after === undefined && /^(?:企业|项目|楼宇)[0-9一二两三四五六七八九十]+(?:家|个|幢|栋|座)/u.test(text.slice(end))) return undefined;
  const qualifier = [before, ...inner, after].filter((q) => q !== undefined && q !== '').join('');
  return {
    start,
    end,
    text: text.slice(start, end),
    number,
    ...(scaleWord ? { scaleWord } : {}),
    scale,
    unit: unit.unit,
    baseUnit: unit.baseUnit,
    unitKind: unit.unitKind,
    value: scaled(scaled(number, scale), unit.factor),
    ...(qualifier ? { qualifier } : {}),
    outerStart: start - (before?.length ?? 0),
    outerEnd: end + (after?.length ?? 0),
  };
}

/**
 * A slogan made of figures alone (`取得“1个10%和3个50%”(即…)`, `“五个10万亩”`): a name, whose
 * figures the text may spell out after it.
 */
function isNumberSlogan(text: string, start: number): boolean {
  const open = text.lastIndexOf('“', start);
  if (open < 0 || text.lastIndexOf('”', start) > open) return false;
  const close = text.indexOf('”', start);
  if (close < 0 || close - open > 24) return false;
  const quoted = text.slice(open + 1, close);
  return /[0-9０-９]/u.test(quoted) && /^(?:[0-9０-９.．%％]|[一二两三四五六七八九十百千万亿]|[个项大亩和、与])+$/u.test(quoted);
}

const COUNT_RIGHT_AFTER = /^(?:的)?[0-9一二两三四五六七八九十]+(?:家|个|项|幢|栋|座)/u;
const sizeClass = /^[^，,。；;：:、！？!?]{0,12}?(?:项目|企业|工程|楼宇|商户|客商|展会)|^(?:的)?固定资产投资/u;

/**
 * A policy named by its count of articles (`出台实施稳经济47条`, `出台和修订促进企业上市6条、工业与信息产业27条`,
 * `落实招商引资十条措施`, `落实国务院33条`, `落实国家6方面33条、省级39条稳增长一揽子政策`), not roads or lines
 * counted (`新建道路23条`).
 */
function isPolicyName(text: string, start: number, end: number, unit: UnitInfo): boolean {
  if (unit.unit === '方面' && /^[0-9０-９一二三四五六七八九十]+条[^，,。；;：:！？!?]{0,16}?一揽子政策/u.test(text.slice(end))) return true;
  if (unit.unit !== '条') return false;
  if (/^(?:具体)?(?:措施|政策|举措|意见|条款|硬招|实招)/u.test(text.slice(end))) return true;
  // `深入落实“幸福民生40条”`, `“40条”措施`: a count of articles in a quoted name.
  if (insideQuotes(text, start)) return true;
  // `对标落实国家6方面33条、省级39条稳增长一揽子政策`: the articles of the package named right after.
  if (/^[^，,。；;：:！？!?]{0,16}?一揽子政策/u.test(text.slice(end))) return true;
  // `深入落实国务院33条以及省市助企纾困等一揽子政策`: a policy carried out, named by its issuer.
  if (/(?:落实|贯彻|兑现)(?:好)?(?:国务院|中央|国家|省|市)(?:政府)?$/u.test(text.slice(Math.max(0, start - 12), start))) return true;
  return /(?:出台|制定|修订)[^，,。；;：:]*$/u.test(text.slice(Math.max(0, start - 120), start));
}

/**
 * A place in a ranking, not a count: `排名分别升至第49位和61位`, `排全市前3位`, `上升3位`; and the
 * field ranked in (`居全省108个县(市)首位`, `跃居全国100个最具投资潜力城区第11位`).
 */
function isRank(text: string, start: number, end: number, unit: UnitInfo): boolean {
  const head = text.slice(Math.max(0, start - 12), start).trimEnd();
  // `2016年排76名`, `进入前3名`: a place, in 名.
  if (unit.unit === '名' && /(?:前|后|排名|排|位列|位居|居|升至|跃居)(?:第|全[国省市])?$/u.test(head)) return true;
  // `位次从52位晋升到43位`: a move in a ranking, from one place to another.
  // `名列《福布斯》“最佳县级城市”12位、“最佳商业城市百强”99位`: places in the lists just named.
  if (unit.unit === '位' && /”$/u.test(head) && /(?:名列|位列|排名|列)[^。；;！？!?]*$/u.test(text.slice(Math.max(0, start - 120), start))) return true;
  if (unit.unit === '位' && (/(?:前|后|上升|下降|提升|前进|后退|前移|后移|升至|跃升|跃居|排名|排|位列|位居|居|(?:位次|排位|名次)(?:从|由)|(?:晋升|提升|上升|前移|跃升|提高)(?:到|至))$/u.test(head) || /第[0-9０-９一二三四五六七八九十]+位[和、及]$/u.test(head))) return true;
  if (unit.unitKind !== 'count') return false;
  return /^[^，,。；;：:、！？!?]{0,14}?(?:县|市|区|旗|城区|城市|区县|县区|县市)(?:[(（][^)）]{0,6}[)）])?(?:中)?(?:排名|排|位居|居|位列)?(?:第[0-9０-９一二三四五六七八九十]+|首位|之首|前列)/u.test(text.slice(end));
}

/**
 * The delegates at a meeting (`大会应到代表245名,实到230名`, `出席会议的代表共218 名`,
 * `来自县内的162名代表汇聚一堂`, `团内14位代表`): a session's attendance, not the district's work.
 */
function isAttendance(text: string, start: number, end: number, unit: UnitInfo): boolean {
  if (!['名', '位', '人'].includes(unit.unit)) return false;
  const head = text.slice(Math.max(0, start - 16), start);
  if (/(?:应到|实到|应出席|出席|列席|到会)(?:会议|大会)?(?:的)?(?:人大)?(?:代表|委员)?(?:共|为)?\s*$/u.test(head)) return true;
  const sentence = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40));
  // `330多名县人大代表出席会议`, `230名人大代表…陆续来到会场`.
  return /^\s*(?:[区县市旗]|[区县市旗]?政协)?(?:人大)?(?:代表|委员)/u.test(text.slice(end)) && /出席|列席|应到|实到|汇聚一堂|参加(?:此次|本次)?(?:大会|会议)|听取|会场|开幕/u.test(sentence);
}

/** A number that is part of a code, an ordinal or a rate denominator is not a figure. */
function isFreeStanding(text: string, start: number, end: number): boolean {
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  // `全区实现GDP665.08亿元`: an indicator's abbreviation right before its figure.
  const abbreviation = /(?<![A-Za-z])(?:GDP|CPI|PPI)$/u.test(text.slice(Math.max(0, start - 4), start));
  if (!abbreviation && /[A-Za-zＡ-Ｚａ-ｚ+＋·•/]/u.test(prev) || /[A-Za-zＡ-Ｚａ-ｚ+＋·•]/u.test(next)) return false;
  // `第 49 位`: the ordinal's number spaced apart in a PDF's text.
  if (prev === '第' || prev === '每' || /第\s$/u.test(text.slice(Math.max(0, start - 2), start))) return false;
  // A digit glued to the number before it through a dot or dash (`3.0.1`, `59-2`) is a name.
  return !/[0-9０-９][.．\-—]$/u.test(text.slice(Math.max(0, start - 2), start));
}
