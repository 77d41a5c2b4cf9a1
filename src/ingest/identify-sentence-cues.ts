/**
 * The year cues one sentence of a report's opening carries, each one pattern read into one year: what
 * a news item says the report reviewed or planned, the meetings and sessions named with their year,
 * anniversaries and the plan periods (`十三五` = 2016–2020) a year opens, closes or completes.
 * identify-year-cues.ts reads the cues that need more than one line or the header.
 */
import type { Cue } from './identify-evidence.ts';
import type { SourceLine } from '../model.ts';
import { excerpt, parseNumber, YEAR } from './identify-text.ts';
import { PLAN_PERIODS } from './identify-years.ts';

/** After the opening year: the plan speaks of what to do, the review of what was done. */
const PLAN_VOICE = /建议|要坚持|我们要|上下[要将]|要以|要重点|重点抓好|新一届政府(?:履|开局|的?第一年)|要(?:增强|深入|全力|切实|紧紧|牢牢|认真|进一步|继续|着力|加快|实现|确保|推动|围绕|聚焦)|必须|务必|做好今年|今年(?:的)?(?:政府)?工作|将(?:着力|重点|全面)|(?:[区县旗市]|我们|政府)将|(?:政府|政协|[区县旗市]委)要(?!求)|主要目标(?:是|为)|工作(?:意义|责任)重大|做好以下|抓好以下|工作的总体要求|主要预期目标/;
export const REVIEW_VOICE = /一年来|过去一年|取得了|完成了|实现了/;
/** `2025年是…收官之年,做好今年工作意义重大`: the year written is the one planned. */
export const inPlanVoice = (sentence: string) => PLAN_VOICE.test(sentence) && !REVIEW_VOICE.test(sentence);
/** A sentence in no voice of its own (`2025年是…收官之年。`) takes the next one's. */
const inPlanVoiceOrNext = (sentence: string, next: string) =>
  inPlanVoice(sentence) || (!PLAN_VOICE.test(sentence) && !REVIEW_VOICE.test(sentence) && inPlanVoice(next));

export const PLAN_START: Record<string, number> = { 一: 2006, 二: 2011, 三: 2016, 四: 2021, 五: 2026 };
/** The party's national congresses, held every five years (the 16th in 2002). */
const CONGRESS_YEARS: Record<string, number> = { 十六: 2002, 十七: 2007, 十八: 2012, 十九: 2017, 二十: 2022, 二十一: 2027 };

/** One sentence cue: its pattern, weight, where its excerpt centres and the year it reads. */
interface SentenceCue {
  pattern: RegExp;
  weight: number;
  anchor: string | ((match: RegExpExecArray) => string);
  /**
   * The year delivered and why, from the match (`lag`: 1 when a review ends the year before delivery;
   * `planLag`: 1 when the plan is for the year after delivery, read in December); undefined to pass.
   */
  read: (match: RegExpExecArray, lag: number, text: string, planLag: number, following: string) => { value: number; why: string } | undefined;
}

/** The first year a pattern with several alternatives captured. */
const captured = (match: RegExpExecArray) => parseNumber(match.slice(1).find((group) => group !== undefined) ?? '');
const reviewed = (named: number, lag: number) => ({ value: named + lag, why: `the year reviewed: ${named}` });
const planStart = (numeral: string | undefined) => PLAN_START[numeral ?? ''] ?? 0;

const SENTENCE_CUES: readonly SentenceCue[] = [
  {
    // `报告全面准确地总结了全县2013年经济社会发展情况`.
    pattern: new RegExp(`报告.{0,12}(?:总结|回顾)了.{0,6}?(${YEAR})年`),
    weight: 3,
    anchor: '总结',
    read: (match, lag) => reviewed(captured(match), lag),
  },
  {
    // `对本届政府及2011年政府工作的回顾`, `对2019年工作进行回顾`, `回顾了2018年县人民政府工作`, `在回顾2015年和“十二五”工作时`,
    // `报告首先回顾了汶上县人民政府2008年的工作`, `首先回顾了2023年高州的那些不凡与突破`, `对2015年的工作做了回顾`.
    pattern: new RegExp(`回顾了(${YEAR})年(?!以来|来)|(${YEAR})年(?:的)?(?:政府)?工作(?:的|进行了?|[做作]了)?(?:全面)?(?:的)?(?:回顾|总结)|(?:回顾|总结)了?(?:[^。，,；;0-9]{0,14}?(?:政府|全[区县市旗]|[和及与]))?(${YEAR})年[^。，,；;]{0,12}?(?:工作|成绩|成就)`),
    weight: 3,
    anchor: '回顾',
    read: (match, lag) => reviewed(captured(match), lag),
  },
  {
    // `回首2024年`, `报告盘点了2019年湘潭县发展的“成绩单”`: the year looked back on; `2014年预计全年实现地区生产总值…`:
    // the estimates for the year just ended (not `到2025年预计…`, a target).
    pattern: new RegExp(`(?:回首|回望|回眸|盘点了?)[^。，,；;0-9]{0,8}?(${YEAR})年|(?<![到至])(${YEAR})年(?:全年)?预计[^。，,]{0,8}?(?:实现|完成|达到)|预计(?:[(（]下同[)）])?[,，]?(${YEAR})年[,，]?(?:全[区县市旗])?(?:实现|完成|达到)`),
    weight: 3,
    anchor: '年',
    read: (match, lag) => reviewed(captured(match), lag),
  },
  {
    // `解读2015年翔安区政府工作报告`, `热议2019年政府工作报告`: news on the report names it by its year.
    // `审议思茅区2025年《政府工作报告(送审稿)》`: the place may stand between.
    pattern: new RegExp(`(?:解读|热议|聚焦|学习|读懂|图解|审议|分解|落实)(?:[\u4e00-\u9fff]{1,8}?[区县市旗])?(${YEAR})年度?《?[^。，,]{0,10}?政府工作报告`),
    weight: 3,
    anchor: '政府工作报告',
    read: (match) => ({ value: captured(match), why: `the ${captured(match)} report named` }),
  },
  {
    // `关于2011年工作,政府工作报告突出了…五个重点`: what the report plans for the year.
    pattern: new RegExp(`关于(${YEAR})年(?:的)?工作[,，]\\s*《?政府工作报告`),
    weight: 3,
    anchor: '关于',
    read: (match, _lag, _text, planLag) => ({ value: captured(match) - planLag, why: `the year planned: ${captured(match)}` }),
  },
  {
    // `会议审查批准了区政府关于2013年区本级财政预算调整方案`: a budget is adjusted within its year.
    pattern: new RegExp(`(?:审查|审议|批准|通过)[^。]{0,16}?(${YEAR})年[^。，,]{0,12}?预算调整(?:方案|情况)`),
    weight: 3,
    anchor: '预算调整',
    read: (match) => ({ value: captured(match), why: `the ${captured(match)} budget adjusted` }),
  },
  {
    // `会议充分肯定县政府2024年所做的工作`: a resolution approving the year reviewed.
    pattern: new RegExp(`肯定了?[^。，,]{0,10}?(${YEAR})年(?:所做|所作)?的?(?:各项)?工作`),
    weight: 3,
    anchor: '肯定',
    read: (match, lag) => reviewed(captured(match), lag),
  },
  {
    // `晋江召开2025年市委和市政府工作通报会`: a briefing on the year just ended.
    pattern: new RegExp(`(${YEAR})年度?[^。，,]{0,12}?工作(?:情况)?通报会`),
    weight: 3,
    anchor: '通报会',
    read: (match, lag) => reviewed(captured(match), lag),
  },
  {
    // `作2025年上半年全区经济社会发展情况…的报告`, `通报区人民政府2023年上半年工作情况`.
    pattern: new RegExp(`(?:作|通报)[^。，,]{0,12}?(${YEAR})年上半年`),
    weight: 5,
    anchor: '上半年',
    read: (match) => ({ value: captured(match), why: `a report on the first half of ${captured(match)}` }),
  },
  {
    // `对2023年上半年国民经济和社会发展计划执行情况进行专题调研`: the first half is reviewed within its year.
    pattern: new RegExp(`(${YEAR})年(?:上半年|1[-—－~至到]6月份?)[^。，,]{0,24}?执行(?:情况|工作)`),
    weight: 3,
    anchor: '上半年',
    read: (match) => ({ value: captured(match), why: `the first half of ${captured(match)} reviewed` }),
  },
  {
    // `《2025年县<政府工作报告>任务分解》`, `2025年市《政府工作报告》目标任务责任分解`,
    // `《2025年咸安区<政府工作报告>确定的主要目标任务责任分解方案》`: a notice dividing the year's report.
    pattern: new RegExp(`(${YEAR})年度?(?:[\u4e00-\u9fff]{0,8}?[区县市旗])?[《<]?政府工作报告[》>]?(?:确定的)?(?:主要)?(?:目标任务|重点任务|任务)(?:责任)?(?:分解|清单|分工)`),
    weight: 4,
    anchor: '政府工作报告',
    read: (match) => ({ value: captured(match), why: `the ${captured(match)} report's tasks divided` }),
  },
  {
    // `关于石泉县2020年…计划执行情况与2021年…计划草案审查结果的报告`: a year's execution and the next year's draft are
    // heard at the session that adopts the draft.
    pattern: new RegExp(`(${YEAR})年[^。；;]{0,30}?执行情况(?:与|和|及)(${YEAR})年[^。；;]{0,30}?(?:计划|预算)[(（]?草案`),
    weight: 3,
    anchor: '执行情况',
    read: (match, _lag, _text, planLag) => {
      const drafted = parseNumber(match[2] ?? '');
      return drafted === parseNumber(match[1] ?? '') + 1 ? { value: drafted - planLag, why: `the ${drafted} draft heard` } : undefined;
    },
  },
  {
    // `到我县征求2023年《市政府工作报告》意见建议`: the draft of a year's report, consulted on before its session
    // (in its December, the year before).
    pattern: new RegExp(`征求(${YEAR})年度?《?[^》。，,]{0,6}政府工作报告》?(?:[(（](?:征求意见稿|讨论稿)[)）])?[^。，,]{0,4}意见`),
    weight: 4,
    anchor: '征求',
    read: (match, _lag, _text, planLag) => ({ value: captured(match) - planLag, why: `the draft of the ${captured(match)} report consulted on` }),
  },
  {
    // `…第十届委员会第四次会议,于2020年5月12日至14日召开`: a session's days in full.
    pattern: new RegExp(`(?:会议|大会)[,，]?于(${YEAR})年(?:1[0-2]|0?[1-9])月[0-9]{1,2}日(?:[至到—-](?:(?:1[0-2]|0?[1-9])月)?[0-9]{1,2}日)?(?:在[^。，,]{1,16})?(?:隆重)?(?:召开|举行|开幕)`),
    weight: 4,
    anchor: '于',
    read: (match) => ({ value: captured(match), why: `the session held in ${captured(match)}` }),
  },
  {
    // `都在2015年4月27日的镇安县政府工作报告中做了…部署`: the report named by the day it was given.
    pattern: new RegExp(`(${YEAR})年(?:1[0-2]|0?[1-9])月[0-9]{1,2}日的?[^。，,；;]{0,12}政府工作报告`),
    weight: 4,
    anchor: '政府工作报告',
    read: (match) => ({ value: captured(match), why: `the report's day: ${captured(match)}` }),
  },
  {
    // `召开2021年《政府工作报告》…解读新闻发布会`: the report named by its year.
    pattern: new RegExp(`(${YEAR})年度?《政府工作报告》(?:[(（][^)）]{0,12}[)）])?(?:解读|新闻发布会)`),
    weight: 3,
    anchor: '政府工作报告',
    read: (match) => ({ value: captured(match), why: `the ${captured(match)} report named` }),
  },
  {
    // `十三届全国人大二次会议在人民大会堂开幕`: the national session of a term's year (the 9th opened in 1998), a
    // reading only where the text says nothing else (a review may recall an earlier session).
    pattern: /(?:第)?十([一二三四五])届全国人大(?:第)?([一二三四五])次会议/,
    weight: 1,
    anchor: '全国人大',
    read: (match) => {
      const term = 10 + parseNumber(match[1] ?? '');
      const value = 1998 + 5 * (term - 9) + parseNumber(match[2] ?? '') - 1;
      return { value, why: `the national congress's ${term}th term, session ${match[2]}: ${value}` };
    },
  },
  {
    // `回顾2022` / `展望2023`: a digest's headings, the year without 年 (`速读六合区政府工作报告`).
    pattern: new RegExp(`^(回顾|展望)((?:19|20)[0-9]{2})年?$`),
    weight: 3,
    anchor: (match) => match[0],
    read: (match, lag, _text, planLag) => {
      const named = Number(match[2]);
      return match[1] === '回顾' ? reviewed(named, lag) : { value: named - planLag, why: `the year planned: ${named}` };
    },
  },
  {
    // `主持召开区政府党组2025年第1次会议`, `县政府2019年第3次常务会议`: a meeting numbered within its year.
    pattern: new RegExp(`(?:党组|政府|常委会)(?:召开(?:了)?)?(${YEAR})年(?:度)?第[0-9一二三四五六七八九十]{1,3}次(?:党组|常务|全体|专题)?(?:会议|集体学习)`),
    weight: 3,
    anchor: '次',
    read: (match) => ({ value: captured(match), why: `a meeting numbered within ${captured(match)}` }),
  },
  {
    // `做好2013年的政府工作,意义重大`, `2024年湟中区经济发展的主要预期目标是:`, `全面部署“十二五”时期和2011年的目标任务`,
    // `2011年兴义市的预期目标是`, `2023年,顺德政府工作的主要目标是`, `2015年目标,将…增长8.5%`: the plan's own words;
    // a news item's: `部署了2020年的重点工作`, `擘画2024年政府工作的基本思路`, `看2025年宜都怎么干`,
    // `……这是亳州市谯城区2019年经济社会发展的预期目标` (the targets quoted first).
    pattern: new RegExp(
      `做好(${YEAR})年(?:的)?(?:政府|各项)?工作|(?:报告)?(?:提出|确定)[的了]?(${YEAR})年(?:的)?(?:政府|经济社会)?(?:发展)?(?:主要)?(?:工作|目标|任务)|谋划好?(${YEAR})年度?(?:的)?(?:各项)?工作|报告[》>]*中[,，]?提出了?(${YEAR})年[,，]?(?:经济社会发展|要|的)|对(${YEAR})年(?:的)?(?:政府)?(?:工作|规划)(?:[和与及][^。，,]{0,10}?)?的?(?:进行|作出|做了|作了)?了?(?:详细|全面|具体)?的?(?:安排|部署|展望)|部署了?(?:[“"]?十[一二三四五]五[”"]?时期和)?(${YEAR})年(?:的)?(?:政府)?(?:重点|主要)?[^。，,；;]{0,6}?(?:工作|任务|目标)|擘画(${YEAR})年|开创(${YEAR})年(?:各项)?工作新局面|看(${YEAR})年[^。，,]{0,8}?怎么干|(${YEAR})年[^。，,？?]{0,6}?(?:要|该)?(?:怎么|如何)干|(?:^|[。，,；;而])(${YEAR})年目标[,，:：]|(?:明确|制定)了(${YEAR})年[^。，,]{0,12}?(?:目标|任务|工作|路径|思路)|会上确定(${YEAR})年[^。，,]{0,16}?(?:目标|任务|工作|实事)|(${YEAR})年[,，](?:全?[区县市旗]|[\u4e00-\u9fff]{2,6}[区县市旗]|[\u4e00-\u9fff]{2,3})将(?:以[^。，,]{2,20}?为(?:统领|主线|引领|目标|抓手)|立足|坚持|围绕|聚焦|紧扣|突出|着力|全力|加快|大力|持续|深入|推动|实施|努力实现)|[“"]?十[一二三四五]五[”"]?(?:时期|期间)?(?:及|和)(${YEAR})年(?:的)?(?:[区县旗市]委|[区县旗市]?政府)?(?:经济社会发展)?(?:工作)?(?:目标|任务)|(${YEAR})年[,，]?[^。，,；;远]{0,16}?(?:主要)?(?:预期)?目标(?:是|为|建议为|[:：])|(${YEAR})年[,，]?[^。，,]{0,12}?将(?:继续)?(?:重点|着力|全力|扎实|优先)?(?:做好|抓好|保障)|(${YEAR})年(?:的)?政府工作的?总体要求(?:是|为)|这是[^。，,]{0,16}?(${YEAR})年[^。，,]{0,12}?的(?:主要)?预期目标`,
    ),
    weight: 3,
    anchor: '做好',
    read: (match, _lag, _text, planLag) => ({ value: captured(match) - planLag, why: `the year planned: ${captured(match)}` }),
  },
  {
    // `以优异成绩迎接党的二十大胜利召开`: the party congress is held in the year planned (十九大 2017, 二十大 2022).
    pattern: /迎接党的(十[六七八九]|二十|二十一)大(?:胜利)?召开/,
    weight: 2,
    anchor: '迎接',
    read: (match, _lag, _text, planLag) => {
      const congress = CONGRESS_YEARS[match[1] ?? ''];
      return congress === undefined ? undefined : { value: congress - planLag, why: `the party's congress of ${congress} still ahead` };
    },
  },
  {
    // `全面回顾了“十四五”时期津南区…取得的显著成就`: the plan period reviewed has just ended (at its last year's
    // end in a December session, else early in the year after).
    // Not beside the year after it (`回顾了“十三五”时期和今年以来工作`).
    pattern: /(?:回顾|复盘)了?[“"]?(十[一二三四五]五)[”"]?(?:时期|期间)(?![^。，,]{0,4}?(?:和|及|与)(?:今年|(?:19|20)[0-9]{2}年))/,
    weight: 2,
    anchor: '回顾',
    read: (match, lag) => {
      const start = PLAN_PERIODS[match[1] ?? ''];
      return start === undefined ? undefined : { value: start + 4 + lag, why: `the plan period reviewed: ${match[1]} = ${start}–${start + 4}` };
    },
  },
  {
    // `金門縣政府於春節前召開114年第1次縣務會議`: a year of the Republic's calendar (1911 + n), as 金门 and 马祖 write
    // them; three digits and a meeting, a month or 度 after it, so no count of years (`建县114年`) is read.
    pattern: /(?:民[国國])?(?<![0-9])(1[0-2][0-9])年(?:度|第[0-9一二三四五六七八九十]{1,3}次|(?:1[0-2]|0?[1-9])月)/,
    weight: 4,
    anchor: '年',
    read: (match) => ({ value: 1911 + Number(match[1]), why: `a year of the Republic's calendar: ${match[1]} = ${1911 + Number(match[1])}` }),
  },
  {
    // `以豪情万丈的姿态迈入2011年`, `2022年的扬中,正处在爬坡过坎的关键期`: the year the text is written in.
    pattern: new RegExp(`(?:迈入|迈进|跨入|步入)(${YEAR})年|(?:^|。)(${YEAR})年的[\u4e00-\u9fff]{2,4}[,，](?:正|正在|正处在|处在|站在)`),
    weight: 3,
    anchor: '年',
    read: (match) => ({ value: captured(match), why: `the year the text is written in: ${captured(match)}` }),
  },
  {
    // `回眸2024 展望2025`, `2019年的孟州工业发展成绩喜人,展望2020更是鼓舞人心`: a headline's year looked forward to, 年 left out.
    pattern: /展望((?:19|20)[0-9]{2})(?![0-9年])/,
    weight: 2,
    anchor: '展望',
    read: (match, _lag, _text, planLag) => ({ value: captured(match) - planLag, why: `the year looked forward to: ${captured(match)}` }),
  },
  {
    // `五台山风景名胜区2016年度工作会议`: a place's conference on the year's work, held early in that year.
    pattern: new RegExp(`(${YEAR})年度工作会议`),
    weight: 3,
    anchor: '工作会议',
    read: (match) => ({ value: captured(match), why: `the ${captured(match)} work conference` }),
  },
  {
    // `今年是“十四五”开局之年`, `2025年是“十四五”规划收官之年,做好今年工作意义重大` (the year written is the one planned).
    pattern: new RegExp(
      `(今年|明年|去年|过去的一年|刚刚过去的一年|(?:${YEAR}|20[xX×*＊]{2})年)[,，]?是.{0,16}?[“"]?十([一二三四五])五[”"]?(?:规划)?(?:的)?(开局之年|起步之年|首战之年|第一年|收官之年|最后一年|决胜之年)`,
    ),
    weight: 2,
    anchor: (match) => match[0],
    read: (match, lag, text, planLag, following) => {
      const start = planStart(match[2]);
      const named = /开局|起步|首战|第一/.test(match[3] ?? '') ? start : start + 4;
      const planning = /^(?:19|20)/.test(match[1] ?? '') && inPlanVoiceOrNext(text.slice(match.index), following);
      const value = match[1] === '今年' ? named : planning ? named - planLag : match[1] === '明年' ? named - 1 : named + lag;
      return { value, why: `十${match[2]}五 = ${start}–${start + 4}` };
    },
  },
  {
    // `2017年,该县全力以赴攻扶贫…`: a news item's paragraph opening on what the place did in the year reviewed.
    pattern: new RegExp(`^[?？]*(${YEAR})年[,，]该[县区市旗][^。]{0,150}?(?:实现|完成|达到|取得|建成|新增|累计)`),
    weight: 2,
    anchor: '年',
    read: (match, lag) => reviewed(captured(match), lag),
  },
  {
    // `会议审议并批准了虹口区2004年决算`: a year's final accounts are approved the year after.
    pattern: new RegExp(`(?:批准|通过)了?[^。，,；;]{0,10}?(${YEAR})年(?:度)?(?:区级|县级|本级|财政|地方)?(?:财政)?决算`),
    weight: 3,
    anchor: '决算',
    read: (match) => ({ value: captured(match) + 1, why: `approves the final accounts of ${captured(match)}` }),
  },
  {
    // `通过了维西县2009年财政预决算报告`: the year's budget report is approved at its session.
    pattern: new RegExp(`通过了?[^。，,]{0,12}?(${YEAR})年度?财政预决?算报告`),
    weight: 5,
    anchor: '预',
    read: (match) => ({ value: captured(match), why: `the budget report of ${captured(match)} approved` }),
  },
  {
    // `历下区2026年《政府工作报告》起草工作已启动`: a report drafted is for the year it names.
    pattern: new RegExp(`(${YEAR})年度?《?政府工作报告》?(?:[(（](?:征求意见稿|讨论稿|送审稿)[)）])?(?:的)?起草`),
    // Over the date a notice or a meeting on the draft is signed with (`2025年12月17日`).
    weight: 9,
    anchor: '起草',
    read: (match) => ({ value: captured(match), why: `the ${captured(match)} report being drafted` }),
  },
  {
    // `回顾“十一五”工作,展望“十二五”`: delivered as the later plan period opens.
    pattern: /回顾[“"]?十([一二三四五])五[”"]?[^。；;]{0,16}?展望[“"]?十([一二三四五])五/,
    weight: 3,
    anchor: '展望',
    read: (match) => {
      const [reviewedStart, nextStart] = [planStart(match[1]), planStart(match[2])];
      return nextStart === reviewedStart + 5 ? { value: nextStart, why: `reviews 十${match[1]}五 and opens 十${match[2]}五, ${nextStart}` } : undefined;
    },
  },
  {
    // `主持召开市政府2016年第五次常务会议`: the meeting's year.
    pattern: new RegExp(`(${YEAR})年第[一二三四五六七八九十0-9]{1,3}次(?:常务|全体|工作)会议`),
    weight: 3,
    anchor: '常务会议',
    read: (match) => ({ value: captured(match), why: `a meeting of ${captured(match)}` }),
  },
  {
    // `2020年盘龙区两会专栏`, `2024年徐汇区“两会”`: the sessions' own year.
    pattern: new RegExp(`(${YEAR})年[^。，,；;]{0,10}?[“"]?两会[”"]?(?!期间)`),
    weight: 4,
    anchor: '两会',
    read: (match) => ({ value: captured(match), why: `the sessions of ${captured(match)}` }),
  },
  {
    // `庆祝中华人民共和国成立75周年`, `今年是中国共产党成立100周年`, `时逢改革开放40周年之际`: the anniversary's year.
    pattern: /(?:庆祝|今年是|时逢|适逢|恰逢|正值)[^。]{0,6}(新中国|中华人民共和国|中国共产党|建党|改革开放)(?:成立)?([0-9]{2,3}|[一二三四五六七八九十百]{2,4})周年/,
    weight: 2,
    anchor: '周年',
    read: (match) => {
      const founded = /共产党|建党/.test(match[1] ?? '') ? 1921 : match[1] === '改革开放' ? 1978 : 1949;
      const named = founded + parseNumber(match[2] ?? '');
      return { value: named, why: `${match[1]} founded ${founded}: ${named}` };
    },
  },
  {
    // `取得了“十一五”首战之年的全胜`: the year reviewed opened the plan period.
    pattern: /取得了?[“"]?十([一二三四五])五[”"]?(?:规划)?(?:开局|首战|起步)之?年/,
    weight: 2,
    anchor: '十',
    read: (match, lag) => ({ value: planStart(match[1]) + lag, why: `reviews the first year of 十${match[1]}五, ${planStart(match[1])}` }),
  },
  {
    // `对“十三五”开局之年工作作出了科学部署`: the year planned opens (or closes) the plan period.
    pattern: /[“"]?十([一二三四五])五[”"]?(?:规划)?(开局|收官)之年的?工作(?:作出|做出|进行)了?[^。，,]{0,6}(?:部署|安排)/,
    weight: 2,
    anchor: '十',
    read: (match, _lag, _text, planLag) => {
      const named = match[2] === '开局' ? planStart(match[1]) : planStart(match[1]) + 4;
      return { value: named - planLag, why: `plans the ${match[2]} year of 十${match[1]}五, ${named}` };
    },
  },
  {
    // `刚刚过去的“十五”时期`, `回顾了“十三五”时期和今年以来工作`: spoken in the year after the plan period.
    // The tenth plan is `“十五”` (2001–2005), in quotes (a bare 十五 is fifteen).
    pattern: /(?:刚刚过去|刚刚结束)的(?:[“"]?十([一二三四五])五|[“"]十()五[”"])|[“"]?十([一二三四五])五[”"]?(?:时期|期间)?(?:工作)?(?:和|及)今年以来/,
    weight: 2,
    anchor: '十',
    read: (match) => {
      const numeral = match[1] ?? match[3];
      const start = match[2] === '' ? 2001 : planStart(numeral);
      return { value: start + 5, why: `the year after 十${numeral ?? ''}五 (${start}–${start + 4})` };
    },
  },
  {
    // `特别要向各位代表报告的是,刚刚过去的2022年,我们…`: the year reviewed, wherever the sentence starts.
    pattern: new RegExp(`刚刚过去的(${YEAR})年`),
    weight: 3,
    anchor: '刚刚过去',
    read: (match, lag) => reviewed(captured(match), lag),
  },
  {
    // `审查…国民经济和社会发展第十五个五年规划纲要草案`: a plan period's outline is adopted as it opens.
    pattern: /(?:审查|审议|批准|通过)[^。]{0,30}?(?:第十([一二三四五])个五年规划|[“"]?十([一二三四五])五[”"]?规划)纲要(?:[(（]?草案)/,
    weight: 2,
    anchor: '纲要',
    read: (match) => {
      const start = planStart(match[1] ?? match[2]);
      return { value: start, why: `the outline of 十${match[1] ?? match[2]}五 (${start}–${start + 4}) under review` };
    },
  },
  {
    // `审议了…2024年重点民生实事候选项目`: the session votes on the projects of the year it plans.
    pattern: new RegExp(`(${YEAR})年度?(?:重点)?民生实事(?:项目)?候选项目|(?:审议|票决|表决)(?:通过)?了?[^。]{0,20}?(${YEAR})年度?[^。，,]{0,8}?民生实事项目`),
    weight: 2,
    anchor: '民生实事',
    read: (match, _lag, _text, planLag) => ({ value: captured(match) - planLag, why: `the year planned: ${captured(match)}` }),
  },
  {
    // `对2023年重点民生实事项目推进情况进行满意度测评`: the last year's projects judged.
    pattern: new RegExp(`对(${YEAR})年度?[^。，,]{0,8}?民生实事项目[^。]{0,12}?(?:满意度)?测评`),
    weight: 2,
    anchor: '民生实事',
    read: (match, lag) => reviewed(captured(match), lag),
  },
  {
    // `区长李遥向大会报告了2016年的政府主要工作情况和2017年主要工作任务`: the year reported on is reviewed.
    pattern: new RegExp(`向大会报告了?(${YEAR})年的?(?:政府)?(?:主要)?工作情况`),
    weight: 3,
    anchor: '报告',
    read: (match, lag) => reviewed(captured(match), lag),
  },
  {
    // `2025年上半年,全县上下…经济运行稳中有进`: a half-year reviewed within the year.
    pattern: new RegExp(`(?:^|[。]|(?:指出|认为|强调)[,，:：])(${YEAR})年上半年[,，]`),
    weight: 2,
    anchor: '上半年',
    read: (match) => ({ value: captured(match), why: `the first half of ${captured(match)} reviewed` }),
  },
  {
    // `全会决定,…第十五次代表大会于2021年12月在区文化艺术中心召开`: decided in the months before.
    pattern: new RegExp(`决定[^。]{0,40}于(${YEAR})年(?:1[0-2]|0?[1-9])月[^。]{0,24}召开`),
    weight: 2,
    anchor: '决定',
    read: (match) => ({ value: captured(match), why: `a meeting called for ${captured(match)}` }),
  },
  {
    // `召开2020年上半年国民经济和社会发展执行情况调研座谈会`: a half-year looked at within the year.
    pattern: new RegExp(`召开(${YEAR})年上半年`),
    weight: 3,
    anchor: '上半年',
    read: (match) => ({ value: captured(match), why: `the first half of ${captured(match)}` }),
  },
  {
    // `展望2019年,我市各项经济指标的安排部署…`: the year ahead is the one planned.
    pattern: new RegExp(`展望(${YEAR})年`),
    weight: 2,
    anchor: '展望',
    read: (match, _lag, _text, planLag) => ({ value: captured(match) - planLag, why: `the year planned: ${captured(match)}` }),
  },
  {
    // `实现了“十四五”圆满收官`: the year reviewed closed the plan period; `…圆满收官、“十四五”良好开局`: a term's
    // review reaching the next plan's first year.
    pattern: /实现了?[“"]?十([一二三四五])五[”"]?(?:规划)?(?:圆满|胜利|顺利)收官(?:[、,，和及]+[“"]?十[一二三四五]五[”"]?(?:规划)?(良好|顺利)?开局)?/,
    weight: 2,
    anchor: '收官',
    read: (match, lag) => {
      const end = planStart(match[1]) + 4 + (match[2] !== undefined ? 1 : 0);
      return { value: end + lag, why: `closed 十${match[1]}五${match[2] !== undefined ? ' and opened the next' : ''}, ending ${end}` };
    },
  },
  {
    // `完成了…“十二五”规划确定的目标任务`: the review year closes the plan period; `将…高质量完成` is still to do.
    pattern: /完成(?:了)?.{0,24}[“"]?十([一二三四五])五[”"]?(?:规划|时期)(?:确定|提出)?的?(?:主要|各项)?(?:目标|任务)/,
    weight: 2,
    anchor: '十',
    read: (match, lag, text) =>
      /(?:将|要|确保|力争|努力|争取|高质量)[^。]{0,30}$/.test(text.slice(0, match.index + 2))
        ? undefined
        : { value: planStart(match[1]) + 4 + lag, why: `completes 十${match[1]}五, ending ${planStart(match[1]) + 4}` },
  },
];

/** The sentence cues of one line (`text`: the line squeezed of its spaces). */
/** `following`: the next line's first sentence, for a line that ends on a sentence in no voice of its own. */
export function sentenceCues(line: SourceLine, text: string, lag: number, planLag: number, following = ''): Cue<number>[] {
  const cues: Cue<number>[] = [];
  for (const cue of SENTENCE_CUES) {
    const match = cue.pattern.exec(text);
    const read = match && cue.read(match, lag, text, planLag, following);
    if (!match || !read) continue;
    const anchor = typeof cue.anchor === 'string' ? cue.anchor : cue.anchor(match);
    cues.push({ value: read.value, weight: cue.weight, line: line.line, evidence: `${excerpt(line, anchor)} (${read.why})` });
  }
  return cues;
}
