/**
 * The kind of report. A title in the header names the kinds that are not a government work report
 * (`…预算执行情况和…预算草案的报告`, `…国民经济和社会发展计划执行情况的报告`, `在中国共产党××区第×次
 * 代表大会上的报告`, `在区委×届×次全体会议上的工作报告`), and is read first: these reports mention
 * the 政府工作报告 in their text. Otherwise a government work report says so (`政府工作报告`,
 * `向大会作政府工作报告`, `向大会报告工作`) or is given by a 区长/县长; a party committee report has the
 * committee as the subject of its opening (`上半年,区委全面贯彻…`) or is given by its 书记. Government
 * markers win over the committee: government reports mention 区委 too (`在市委、市政府和区委的领导下`).
 */
import type { ReportKind, SourceLine } from '../model.ts';
import { excerpt, found, joinBrokenTitles, squeeze, STANDING_TITLE, TITLE_LINES, type Found } from './identify-text.ts';

const GOVERNMENT = new RegExp(
  [
    /政府工作报告|向大会(?:作)?(?:政府工作)?报告工作|向大会报告政府工作|[区县旗市]“两会”(?:确定|提出|明确)了|向大会(?:所)?作.{0,6}报告|在[区县]人大(?:及其常委会)?[、和与]?[区县]?政协的监督支持下/.source,
    // `我代表汉川市政府,向大家汇报`; a news item: `区长钱林江作2025年上半年…的报告`, `区长通报区人民政府…工作情况`.
    /我代表[^。，,]{0,10}政府[,，]?向(?:大会|大家|各位|全[区县市旗]人民)(?:汇报|报告)/.source,
    // The thanks closing the review (`我谨代表光明区人民政府,向全区人民…表示衷心的感谢`), on a page from the middle.
    /我谨?代表[^。，,]{0,10}人民政府[,，]向[^。]{0,240}(?:衷心的?|诚挚的?|崇高的?)(?:感谢|敬意)/.source,
    // The plan part's opening: `2024年政府工作的总体要求是`, `今年政府工作…`, `区政府工作的总体要求是`.
    // A clause of its own after the party's guidance (`按照县委…部署,政府工作的总体要求是`), `做好今年政府工作意义重大`.
    /(?:[0-9]{4}年|今年|[区县旗]|[区县旗]人民|[,，])政府工作的?总体要求(?:是|为)|做好(?:今年|[0-9]{4}年)?(?:的)?政府工作(?:意义|责任)重大/.source,
    // `2017年全区经济和社会发展主要预期目标是`, `2014年,我市经济社会发展的预期目标是` (not a plan report's `国民经济和社会发展…`).
    /(?:[0-9]{4}年|今年)[,，]?(?:全[区县旗市]|我[区县旗市])?(?<!国民)经济(?:和|与)?社会发展(?:的)?(?:主要)?预期目标(?:是|为)|^全[区县旗]经济(?:和|与)?社会发展的主要预期目标(?:是|为)/.source,
    // `县长冯守权通报了2010年上半年全县经济运行情况`, `县长罗建在会上通报了今年上半年政府工作完成情况`.
    // `区长胡永光代表区政府通报上半年全区经济社会发展…`: the half-year's report to the standing committee;
    // `县长岑永杰代表县政府作工作报告`.
    /[区县旗市]长[\u4e00-\u9fff·]{1,4}(?:在会上)?(?:代表[^。，,]{0,10}政府)?(?:作|通报)了?(?:[^。]{0,40}(?:的报告|工作情况|发展情况|经济运行情况|工作完成情况)|(?:[0-9]{4}年|今年)?上半年|工作报告)/.source,
    // `亦如昭化区人民政府代区长辛俊所作报告里的“春和景明”`: news of the session names the head's report.
    /[区县旗市]长[\u4e00-\u9fff·]{1,4}所作的?报告/.source,
    // `评议区政府上半年工作报告`, `俞北华区长关于区政府上半年工作情况的报告`.
    // `听取审议了区政府关于全区2025年上半年工作情况和下半年工作安排的报告`.
    /[区县旗](?:人民)?政府(?:关于)?(?:全[区县旗])?(?:[0-9]{4}年)?上半年工作(?:情况)?(?:的|和下半年工作(?:安排|打算)的)?报告|[区县旗]长关于[区县旗](?:人民)?政府[^。，,]{0,12}工作情况的报告/.source,
    /向[区县旗市]人大[^。]{0,12}通报[^。]{0,30}(?:工作情况|发展情况|主要工作)/.source,
    // `支朝奇代表区人民政府作工作报告`: the head named without the title.
    /代表[区县旗市](?:人民)?政府(?:向大会)?作(?:政府)?工作报告/.source,
    // The work report's last part, as a heading (`三、全面加强政府自身建设`): an outline without its title.
    /^[一二三四五六七八九十]{1,2}[、.．]\s*(?:全面|切实|不断|持续)?(?:加强|推进)(?:新时代)?政府自身建设/.source,
    /听取(?:并(?:分组)?(?:讨论|审议|评议)|和审议)?了?[区县旗市]?(?:人民)?政府[^。，,]{0,20}工作情况的?报告/.source,
    // `2018年六安市金安区政府工作`, a title a copy cut before its last word (报告).
    /^(?:19|20)[0-9]{2}年[^,，。；;:：]{0,16}[区县旗市](?:人民)?政府工作$/.source,
    // `黄岛区政府2012年工作报告`: the year between the government and its report.
    /[区县旗市](?:人民)?政府(?:19|20)[0-9]{2}年度?工作报告/.source,
    // A delegation reviewing the session's reports, the government's first (`分别审议了区人民政府、区人大常委会、…报告`).
    /(?:分组|分团)?审议(?:了|期间)?[^。]{0,12}分别审议了?[区县旗市](?:人民)?政府、[区县旗市]?人大常委会[^。]{0,80}报告/.source,
  ].join('|'),
);
/**
 * 区委 opening a sentence (after an optional time phrase), followed by a verb, not `的`/`、`/`和`,
 * nor one of its officers or offices (`区委书记张某介绍`, `县委常委、副县长`, `区委宣传部`).
 */
const PARTY_SUBJECT =
  /(?:^|[。；;！!])\s*(?:(?:上半年|下半年|今年以来|一年来|过去一年|[0-9]{4}年)[,，]?\s*)?(?:中共)?[\u4e00-\u9fff]{0,8}?[区县]委(?![的、和与及,，员会书副办宣组统政区县旗市]|常委(?!会))/;
/** Standing alone, or run in where a copy lost its line breaks (`…扫一扫在手机打开当前页一、2022年…执行情况今年以来`). */
const FIRST_EXECUTION_PART = /(?:^|[^0-9一二三四五六七八九十])一[、.．][0-9]{4}年(?:(?:国民经济和社会发展)?计划|[^,，。；;、]{0,8}预算)执行情况(?![与和及])/;
/** A plan or budget report's full title standing alone, after however long a site menu (`…计划执行情况与2023年…计划的报告`). */
const STANDING_OTHER_TITLE = /^(?![一二三四五六七八九十]+、)[^,，。；;:：]{0,40}[0-9]{4}年[^,，。；;:：]{0,40}(?:计划执行情况|预算执行情况|决算)(?:[^,，。；;:：]{0,60}的报告)?$/;
const PARTY_TITLE = /[区县]委.{0,12}工作报告|^中共.{0,12}[区县]委(?!书记|副书记|常委)|根据[区县]委常委会研究的意见/;

/** Titles of the other kinds, in the order they are tried (a budget report names the plan too). */
const TITLED_KINDS: ReadonlyArray<[ReportKind, RegExp]> = [
  // A report on how the opinions of the 人大 were acted on is none of the kinds below.
  ['other', /落实.{0,60}(?:审议|审查)意见的报告/],
  // An official's reading of a report, a notice on how its tasks were carried out, a decision to
  // convene the session: each names a report without being one.
  // A seminar or survey on a report (`…计划执行情况调研座谈会`) is not the report.
  ['other', /(?:调研|座谈)会$/],
  // An explainer titled as one (`…》解读之一`, `《政府工作报告》解读·咸安篇`, `2020年文昌市政府工作报告解读(一):…`, `政府工作报告解读丨…`, `——2023年郸城县政府工作报告解读`); REPORT_EXPLAINED reads a
  // series' title over the lead too, where a copy broke it around a running header.
  ['other', /》的?解读(?:之[一二三四五六七八九十]{1,2}|[·・•][\u4e00-\u9fff]{1,8})?(?:[\s|]*$)|政府工作报告》?解读[(（][一二三四五六七八九十]{1,2}[)）][:：]|^政府工作报告》?(?:图文|深度)?解读[丨|:：]|^[—-]*[0-9]{4}年[^。，,]{0,12}政府工作报告》?解读$|(?:落实|督查)情况的?通报|关于召开.{0,30}会议的决定|专题调研$/],
  // A government's own summary and plan posted by its office (`吴中区2016年工作总结与2017年工作计划`), progress
  // on the report's targets (`2022年区政府工作报告目标任务半年完成情况`), a report to the standing committee on
  // the year's work so far (`区人民政府向区人大常委会报告2022年政府工作情况`): none is the report to the congress.
  // A government's yearly summary posted as such (`嵊泗县人民政府年度工作总结(2017年—2021年)`) too.
  // So are its yearly key points and work plan (`关于印发2026年政府工作要点的通知`, `珠海市斗门区2020年工作计划`).
  ['other', /年度?工作总结[与和及暨][0-9]{4}年度?工作(?:计划|打算|思路|要点|安排)$|[0-9]{4}年(?:区|县|市|旗)?(?:人民)?政府工作要点(?:的通知)?$|[区县市旗][0-9]{4}年(?:政府)?工作计划$|人民政府年度工作总结(?:[(（][^)）]{0,16}[)）])?$|政府工作报告(?:确定的)?[^。，,]{0,8}(?:目标任务|重点工作|任务)[^。，,]{0,8}(?:完成|落实|推进|进展)情况(?:的督查通报)?$|向[区县市旗]?人大常委会(?:报告|通报)[^。，,]{0,24}情况$/],
  // A committee's opinion on a report (`关于…计划执行情况的审查意见`), the CPPCC's or the congress standing
  // committee's own work report (`政协第七届磐安县委员会常务委员会工作报告`): none is the government's.
  ['other', /的审(?:查|议)意见$|(?:政治协商会议|政协|人民代表大会)[^。，,]{0,24}常务委员会工作报告/],
  ['party-congress-report', /(?:中国共产党|中共).{0,20}第[一二三四五六七八九十]{1,3}[次届]代表大会|党代会(?:第[一二三四五六七八九十]{1,3}次会议|上的报告|开幕|闭幕)/],
  // The report, or a plenary's news title (`县委十一届十四次全会召开`).
  // `在区委十二届九次全体(扩大)会议上的报告`, `——在中共成都市青羊区五届四次全会上的讲话` (the secretary's report to it).
  // `…第十三届委员会第十一次全体会上的讲话`: a plenary written 全体会.
  ['party-plenary-report', /(?:[区县]委|委员会|(?:中共|中国共产党)[^。，,]{0,12}[区县旗][一二三四五六七八九十]{1,3}届).{0,16}(?:全体(?:[(（]?扩大[)）]?)?会议?|全会)上的(?:工作)?(?:报告|讲话)|[区县旗]委.{0,12}[一二三四五六七八九十]{1,3}次全(?:会|体(?:扩大)?会议)(?:召开|开幕|闭幕|举行)$|[区县旗]委[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次全体(?:[(（]?扩大[)）]?)?会议$|^第[一二三四五六七八九十]{1,3}次全体(?:[(（]?扩大[)）]?)?会议公报$/],
  // `2023年天等县决算(草案)的报告`: the draft may stand in brackets.
  ['budget-report', /预算(?:执行情况|[(（]?草案|调整方案|收支调整情况)|决算[(（]?(?:草案|情况)[)）]?(?:的报告)?$|决算(?:[(（]?(?:草案|情况)[)）]?)?的报告/],
  // `县人民政府2012年前三季度国民经济和社会发展情况的报告`: part of the year's execution.
  // The plan as approved, printed by a notice (`关于印发《紫阳县2025年国民经济和社会发展计划》的通知`), is the nearest kind.
  ['plan-execution-report', /(?:国民经济和社会发展|发展)?计划(?:上半年)?执行(?:[与和及]调整)?情况|(?:前三季度|上半年)国民经济和社会发展情况|印发《[^》]{0,20}[0-9]{4}年国民经济和社会发展计划》/],
];

/**
 * `市政府常务会议,讨论…《政府工作报告(征求意见稿)》`, `县长征求政协对《政府工作报告》的意见`, the 人大's
 * chairmen or finance committee going over the reports before a sitting: reports discussed, not given.
 */
const DRAFT_DISCUSSED = /(?:常务会议|座谈会|办公会)[^。]{0,40}政府工作报告[^。]{0,4}(?:征求意见稿|讨论稿|送审稿|初稿|草案|起草情况)|(?:讨论|审议|研究)并?(?:原则)?(?:通过)?了?[^。]{0,40}政府工作报告》?[(（]?(?:征求意见稿|讨论稿|送审稿)|听取了?《?(?:[0-9]{4}年度?)?政府工作报告》?(?:[(（]征求意见稿[)）])?起草情况|政府工作报告》?(?:[(（](?:征求意见稿|讨论稿)[)）]》?)?[^。]{0,6}(?:征求意见|意见征求)(?:座谈)?会|政府工作报告》?(?:[(（](?:征求意见稿|讨论稿)[)）]》?)?征求[^。，,]{1,10}?意见|征求[^。]{0,12}对《?政府工作报告》?的意见|征求《政府工作报告》(?:的)?意见|(?:为|就)(?:起草|写)好?[^。]{0,16}?政府工作报告》?[^。]{0,60}?(?:公开)?(?:征集|征求)|就《政府工作报告》征求意见|人大常委会[^。授]{0,12}主任会议|财经委[^。]{0,60}(?:初步审查|专题调研)|主席团(?:举行|召开)了?第[一二三四五六七八九十]{1,3}次(?:全体会议|会议|全议)|召开(?:大会)?主席团第[一二三四五六七八九十]{1,3}次(?:全体)?会议|工作报告[^。]{0,12}会前审议|会前审议活动/;
/** `…第五次会议圆满完成各项议程,在永仁会堂闭幕`, `…会议闭幕`, `…举行预备会议`. */
const SESSION_CLOSING = /(?:人民代表大会|人大)[^。]{0,30}?(?:会议|大会|两会)[^。]{0,40}?(?:胜利|圆满|隆重|顺利)?闭幕了?(?:$|[。,，!！])|(?:人民代表大会|人大)[^。]{0,30}?会议[^。]{0,20}?预备会议/;
const REPORT_SUMMARISED = /(?:《报告》|政府工作报告》?)(?:中)?[^。，,]{0,4}(?:指出|回顾|总结|提出|明确|分为|共分)|政府工作报告》?[,，][\u4e00-\u9fff]{1,4}(?:说|指出|表示)|对(?:过去一年|[0-9]{4}年)(?:的)?工作进行(?:了)?(?:回顾|总结)|回顾了[^。]{0,20}(?:工作|发展情况)[^。]{0,4}[,，]?(?:确定|提出|部署)?/;
/**
 * A briefing of the party committee and government to retired cadres and the parties (`召开2025年市委和市政府工作通报会`),
 * the CPPCC's own briefing (`区政协召开政情通报会`), a notice printing how the report's tasks or the year's targets
 * are divided (`…政府工作报告》任务分解和责任分工方案`, `…主要工作目标任务分解落实方案的通知`), deputies and members touring
 * projects before the session (`组织开展“两会”观摩活动`): none is the report.
 */
const ABOUT_THE_WORK = /(?:两会|代表和委员|代表委员)[”"]?(?:进行|开展)?观摩|[区县旗市]委和[区县旗市]?政府工作通报会|政协召开[^。，,]{0,12}(?:通报会|协商会|座谈会)|政府工作报告[^。]{0,30}(?:任务分解|责任分解|任务清单|责任分工|重点任务分工)|工作目标任务分解(?:落实)?方案|重要工作事项责任分工/;
/** The national congress and the premier's report. */
const NATIONAL_REPORT = /全国人大[^。]{0,20}(?:会议|开幕)[^。]{0,40}政府工作报告|国务院总理[\u4e00-\u9fff]{2,3}(?:所)?作(?:的)?政府工作报告/;
/** The place's own head delivering its report (`县长…向大会作政府工作报告`, `我代表县人民政府`). */
const OWN_REPORT_DELIVERED = /[区县旗市]长[^。，,]{0,8}(?:代表[^。，,]{0,10}政府)?(?:向大会)?作[^。]{0,6}政府工作报告|我代表[^。，,]{0,10}[区县旗市](?:人民)?政府/;
/**
 * `州人大代表、珲春市市长`, `德州市人大代表、宁津县委副书记、县长`, `广西壮族自治区人大代表,都安瑶族自治县党委副书记`: a head of one place as a deputy of the congress of
 * another (the prefecture, province or city above); not `市人大代表、市长` nor `邹城市人大代表、邹城市市长`, the place's own.
 */
const UPPER_DEPUTY = /(?:^|[,，。、\s])([\u4e00-\u9fff]{0,8}?)(?:[州市省]|自治区)人大代表[、,，][^。，,]{0,4}?([\u4e00-\u9fff]{2,8}?)[区县旗市](?:党?委副?书记|[区县旗市]?长)/;

function isUpperDeputy(text: string): boolean {
  const match = UPPER_DEPUTY.exec(text);
  if (!match) return false;
  const [, congressPlace = '', headPlace = ''] = match;
  return congressPlace === '' || !(congressPlace.startsWith(headPlace) || headPlace.startsWith(congressPlace));
}
/** A notice putting a draft out for comment, the draft printed after it (`研究起草了《关于…(征求意见稿)》,现面向社会各界广泛征求意见`). */
const OPEN_FOR_COMMENT = /^[^。]{0,200}?(?:征求意见稿|讨论稿)[)）]?》?[,，]?现(?:面向|向)社会(?:各界)?(?:公开)?(?:广泛)?征求意见/;
/** A congress's session opening in a news lead (`…第十八届人民代表大会第四次会议第一次全体会议召开`). */
const SESSION_OPENS = /(?:人民代表大会|人大)[^。]{0,30}会议[^。]{0,20}(?:召开|开幕)(?:$|[。,，])/;
/** Someone's report told, at a sentence's start (`盧東林在報告中指出,`). */
const REPORT_TOLD = /(?:^|。)[\u4e00-\u9fff·]{2,4}在报告中(?:指出|回顾|说|表示|提出)/;
/** The government work report's opening formula: `我代表区人民政府,向大会作工作报告` / `…向大会报告工作`. */
const GOVERNMENT_REPORTS_WORK = /^[^。]{0,20}我代表[^。，,]{0,12}(?:人民)?政府[,，]?向(?:本次)?大会(?:作(?:政府)?工作报告|报告(?:政府)?工作)/;
/** The party's standing committee passing the session's drafts (`主持召开县委常委会议…讨论通过了…县人民政府工作报告`), in the lead. */
const DRAFTS_PASSED_BY_PARTY = /^[^。]{0,80}[区县旗市]委常委会[^]*?讨论(?:并)?通过了?[^。]{0,60}政府工作报告/;
/** A notice issuing or dividing the report's targets (`关于印发2022年区政府工作报告目标任务的通知`, `关于分解落实2021年《政府工作报告》…的通知`,
 * `关于分解落实2023年区政府工作目标任务的通知`), in the lead. */
const REPORT_TARGETS_ISSUED = /^[^。]{0,40}关于印发[^。]{0,30}政府工作报告[^。]{0,12}(?:目标任务|重点(?:工作)?任务|任务分解|责任分工|任务清单)|^[^。]{0,80}?关于分解(?:落实)?[^。]{0,12}(?:《?政府工作报告|[区县市旗]?政府工作目标)/;
/** One numbered item of a session's agenda: `1、听取湘阴县人民政府工作报告;`. */
const AGENDA_ITEM = /^[0-9０-９]{1,2}[、.．]听取[^。]{0,40}(?:报告|汇报|说明)[;；。]?$/;
/** An article's own words on the report it explains (`本文将深度解读…`, `本篇文章将对2020年应城政府工作报告进行回顾`). */
const COMMENTARY = /本(?:篇)?文(?:章)?(?:将|对|从)[^。]{0,10}(?:解读|分析|梳理|剖析)[^。]{0,20}政府工作报告|本(?:篇)?文(?:章)?将?对[^。]{0,20}政府工作报告》?进行(?:回顾|解读|分析|梳理|剖析|总结)|(?:为你|带你)(?:来)?(?:解读|读懂)|政府工作报告》?(?:[(（][^)）]{0,12}[)）])?解读(?:新闻)?发布会/;
/** `…所作《政府工作报告》解读之一`: one of a series explaining the report, by its title. */
const REPORT_EXPLAINED = /政府工作报告》?的?解读之[一二三四五六七八九十]{1,2}/;
/** A head's greeting for the new year (`值此龙年新春来临之际,谨向…致以最美好的祝愿`): no report. */
const NEW_YEAR_GREETING = /值此[^。，,]{0,12}(?:新春|新年|春节|元旦)[^。，,]{0,6}(?:来临|到来)?之际[,，]?谨?向/;
/**
 * The standing committee inspecting or surveying the plan's execution (`县人大常委会视察2025年上半年…计划执行情况`,
 * `…计划执行情况开展调研`, `…计划执行情况调研座谈会`): departments brief it; no report is delivered.
 */
const PLAN_SURVEY = /(?:视察|调研)[^。]{0,30}?计划执行(?:情况|工作)|计划执行(?:情况|工作)[^。]{0,10}?(?:进行|开展)(?:实地|专题)?(?:视察|调研)|计划执行情况调研座谈会/;
/** The presidium hearing how the delegations reviewed the draft resolutions (`主席团常务主席…出席会议`, `…政府工作报告的决议草案`). */
const PRESIDIUM_ON_RESOLUTIONS = /^主席团常务主席|听取了?[^。]{0,20}关于政府工作报告的决议草案/;
/** News of the government's executive meeting on the drafts (`县长梁庆民主持召开县政府十七届十三次常务会议`, `区政府召开2025年第15次常务会议`), or its retreat (`…人民政府2025年度工作务虚会召开`): no report yet. */
const GOVERNMENT_EXECUTIVE_MEETING = /主持召开了?[^。，,]{0,16}(?:人民)?政府[^。，,]{0,14}常务会议|[区县旗市]?(?:人民)?政府[^。，,]{0,16}工作务虚会|^[|｜]?[区县旗市](?:人民)?政府(?:召开|举行)[^。，,]{0,14}常务会议/;
const GOVERNMENT_PLENARY = /(?:[区县旗市]|[一二三四五六七八九十]届)(?:人民)?政府(?:召开了?)?[^。，,]{0,12}全体(?:[(（]扩大[)）])?会议|[区县旗市](?:人民)?政府[(（]?[0-9]{0,4}[)）]?第[一二三四五六七八九十]{1,3}次全体会议|制定本(?:规划)?纲要/;
const PLENARY_OPENING =
  /(?:中国共产党|中共)[^。，,]{0,20}委员会第[一二三四五六七八九十]{1,3}次全体(?:[(（]扩大[)）])?会议(?:暨[^。，,]{0,16}?)?(?:于[^。，,]{0,16}?)?(?:召开|开幕|举行)|[区县旗]委[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次全体(?:[(（]?扩大[)）]?)?会议[^。]{0,24}(?:召开|开幕|举行)|[区县旗市]委[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次全(?:会|体(?:[(（]?扩大[)）]?)?会议)(?:暨[^。，,]{0,20})?(?:隆重)?(?:召开|开幕|举行)(?!以来)|(?:中国共产党|中共).{0,16}委员会第[一二三四五六七八九十]{1,3}次全体(?:[(（]扩大[)）])?会议.{0,80}[区县旗市]委工作报告|全委会工作报告|代表[区县旗市]委常委会(?:所)?(?:向全会)?作的?(?:工作)?报告|[区县旗市]委[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次全体?(?:[(（]扩 ?大[)）])?会议?(?:上)?所?作的?工作报告/;
/** `会议听取和审议了县人民政府关于2016年上半年…计划执行情况的报告`: a news item on the report heard (not `以便更好地审议…`). */
const HEARD = /(?:(?:听取|审议|审查)(?:和|并)(?:审议|审查|批准)了?|(?:听取|审议|审查)了|(?:会议|大会|[;；])[,，]?(?:听取|审议|审查)|初审了?|初步审查了?)(?:[^。，,、；;]{0,30}?关于(.{4,80}?)|([^。，,、；;]{4,80}?))的报告/;
const REPORTED = /(?:向|给)(?:大会|.{0,12}常委会)报告(.{4,60}?)[,，](?:请予|请)审议/;
// `受区政府委托,下面由我向区人大常委会报告…2025年上半年…计划执行情况。`: no 请审议 after it.
const SUBMITTED = /受[^。]{0,12}委托[,，]?(?:现将(.{4,90}?)提请|(?:下面)?(?:由)?我?(?:代表[^。，,]{0,12})?向[^。，,]{0,16}?(?:大会|常委会)报告(.{4,90}?)(?:[。，,；;]|$))/;
const CONGRESS_OPENING = /我代表(?:中国共产党|中共).{0,24}委员会向(?:本次)?大会(?:作)?报告(?:工作)?(?:[。，,]|$)|(?:审议|讨论|围绕)[^。]{0,6}党代会(?:工作)?报告|[区县旗市]委书记[\u4e00-\u9fff·]{0,4}作党代会(?:工作)?报告|(?:中国共产党|中共)[^。，,]{0,20}第[一二三四五六七八九十]{1,3}次代表大会(?:第[一二三四五六七八九十]次会议)?[^。]{0,6}(?:开幕|召开|闭幕)|召开第[一二三四五六七八九十]{1,3}次党代会/;
/** News of the CPPCC's own session opening, held or closing (`政协昆明市五华区第九届委员会第四次会议闭幕`, `…于2026年1月19日至21日在红安县城举行`): its members only heard the report. */
const CPPCC_SESSION = /^(?:[^。]{0,12}[|｜])?(?:[^。]{0,8}讯(?:[(（][^)）]{0,20}[)）])?)?(?:[0-9]{1,2}月[0-9]{1,2}日[上下]?午?[,，]?)?(?:中国人民政治协商会议|政协)[^。，,]{0,16}第[一二三四五六七八九十]{1,3}届[^。，,]{0,8}?委员会第[一二三四五六七八九十]{1,3}次(?:全体)?会议[^。]{0,30}?(?:开幕|闭幕|召开|举行(?=$|[。,，]))/;
/** `县政协主席某某代表常委会作工作报告`: the CPPCC's standing committee reports, not the government. */
const CPPCC_REPORT = /政协[^。]{0,30}(?:代表(?:政协)?(?:[^。]{0,12})?常务?委员?会|受[^。]{0,30}常务?委员?会委托[,，]?向大会)[^。]{0,8}作[^。]{0,12}工作报告/;
const RESOLUTION = /(?:听取(?:和|并)?|认真)审(?:议|查)了.{0,40}工作报告.{0,400}(?:决定批准|批准(?:这个|该)报告)|(?:表决)?通过了?[^。]{0,30}关于[^。]{0,20}政府工作报告的决议/;

/** A government work report's title standing alone: `2023年怀柔区政府工作报告`, `政府工作报告(2023年)`. */
const GOVERNMENT_TITLE = /^[^,，。；;:：]{0,16}(?:19|20)[0-9]{2}年[^,，。；;:：]{0,16}政府工作报告$/;

/** How far into the text the opening is looked for. */
const OPENING_LINES = 30;
const TITLE_BEFORE_DATELINE = /(关于[^。，,；;]{4,60}?的报告)[(（—\s]*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日(?:在|[^。，,；;]{0,16}?第[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议)/;
/** A title is a short line; a sentence naming a budget report is not one. */
const MAX_TITLE = 60;
const MAX_LONG_TITLE = 110;

export function readKind(
  lines: readonly SourceLine[],
  speakerTitle: string | undefined,
  header: readonly SourceLine[] = lines.slice(0, OPENING_LINES),
): Found<ReportKind> | undefined {
  // A contents list may come before the title: title-like lines just after the header count too.
  const titleLike = joinBrokenTitles(lines.slice(header.length, header.length + TITLE_LINES))
    .filter((line, index) => (index < 10 ? /^关于|的报告(?:[(（]摘要[)）])?$|》解读$/ : STANDING_TITLE).test(squeeze(line.text)) || STANDING_OTHER_TITLE.test(squeeze(line.text)));
  // A title run together with its dateline, in a paragraph a PDF or a page joined (`…关于…决算草案的报告2022年8月26日在…`).
  const runTogether = lines.slice(0, header.length + TITLE_LINES).flatMap((line) => {
    const title = TITLE_BEFORE_DATELINE.exec(squeeze(line.text))?.[1];
    return title ? [{ ...line, text: title }] : [];
  });
  // News of the government's own meeting on the drafts names their titles: the meeting is no report.
  const executive = lines.slice(0, 3).find((line) => GOVERNMENT_EXECUTIVE_MEETING.test(squeeze(line.text)));
  if (executive) return found('other', executive, `${excerpt(executive, '常务会议')} (the government's executive meeting: no report to the congress)`);
  // A session's agenda (`1、听取湘阴县人民政府工作报告;` / `2、听取…规划编制情况汇报。`): the reports only listed.
  const agenda = lines.slice(0, OPENING_LINES).filter((line) => AGENDA_ITEM.test(squeeze(line.text)));
  if (agenda.length >= 2 && agenda[0]) return found('other', agenda[0], `${excerpt(agenda[0], '听取')} (a session's agenda: ${agenda.length} items heard)`);
  // `本文将深度解读应城政府工作报告`: an article about the report.
  const commentary = lines.slice(0, 5).find((line) => COMMENTARY.test(squeeze(line.text)));
  if (commentary) return found('other', commentary, `${excerpt(commentary, '本文')} (an article on the report)`);
  const greeting = lines.slice(0, 4).find((line) => NEW_YEAR_GREETING.test(squeeze(line.text)));
  if (greeting) return found('other', greeting, `${excerpt(greeting, '值此')} (a greeting for the new year)`);
  // Image placeholders and other near-empty lines (`图片`) do not use up the opening.
  const opening = lines.filter((line) => (line.text.match(/\p{Script=Han}/gu)?.length ?? 0) > 3).slice(0, OPENING_LINES);
  // The first lines run together: a title or lead that a PDF broke over lines reads whole.
  const first = opening[0];
  const lead = opening.slice(0, 6).map((line) => squeeze(line.text)).join('').slice(0, 400);
  if (first && DRAFTS_PASSED_BY_PARTY.test(lead)) return found('other', first, `${excerpt(first, '委')} (the party's standing committee passing the drafts)`);
  if (first && REPORT_TARGETS_ISSUED.test(lead)) return found('other', first, `${excerpt(first, '政府工作报告')} (a notice issuing or dividing the report's targets)`);
  if (first && OPEN_FOR_COMMENT.test(lead)) return found('other', first, `${excerpt(first, '征求意见')} (a notice asking the public to comment on the draft)`);
  // An explainer's title, read over the lead so a PDF's broken title reads too (`…所作《政府工作报告》解` / `读之一`).
  if (first && REPORT_EXPLAINED.test(lead)) return found('other', first, `${excerpt(first, '解读')} (an article explaining the report)`);
  const survey = lines.slice(0, 4).find((line) => PLAN_SURVEY.test(squeeze(line.text)));
  if (survey) return found('other', survey, `${excerpt(survey, '计划执行')} (the standing committee surveying the plan's execution: no report)`);
  const titled = titledKind([...header, ...titleLike, ...runTogether]);
  // A site's category as the title (`2008年国民经济和社会发展计划执行情况与2009年计划`, no report named) over the head's own
  // `我代表白云区人民政府,向大会作工作报告`: the plan's and the budget's reports are given on the government's behalf (受…委托), never so.
  // (A title broken over two lines names its report on the second: `…预算执行情况和` / `2020年预算草案的报告`.)
  const titleAt = titled ? lines.findIndex((line) => line.line === titled.line) : -1;
  const categoryOnly = titleAt >= 0 && !/报告/.test(lines.slice(titleAt, titleAt + 2).map((line) => line.text).join(''));
  const ownWorkReport = titled && categoryOnly && /plan-execution-report|budget-report/.test(titled.value) ? opening.find((line) => GOVERNMENT_REPORTS_WORK.test(squeeze(line.text))) : undefined;
  if (ownWorkReport) return found('government-work-report', ownWorkReport, `${excerpt(ownWorkReport, '我代表')} (the head reports the government's work, whatever the page's title)`);
  if (titled) return titled;
  // A first part on a year's plan or budget execution (`一、2022年国民经济和社会发展计划执行情况`) is
  // that report's, whatever came before it (a site menu a PDF ran into one paragraph with the title).
  const firstPart = lines.slice(0, header.length + 2 * TITLE_LINES).find((line) => FIRST_EXECUTION_PART.test(squeeze(line.text)));
  const partKind = firstPart && (/预算/.test(firstPart.text) ? 'budget-report' : 'plan-execution-report');
  if (firstPart && partKind) return found(partKind, firstPart, excerpt(firstPart, '一'));
  // `关于公开征集…《政府工作报告》起草建议的公告`: a notice about the report, not the report.
  const notice = header.find((line) => /(?:征集|起草)[^。]{0,20}(?:建议|意见)[^。]{0,6}(?:的)?(?:公告|通知|启事)$/.test(squeeze(line.text)));
  if (notice) return found('other', notice, `${excerpt(notice, '征集')} (a notice asking for suggestions on the report)`);
  // `我代表中国共产党陵川县第十二届委员会向大会报告工作`: the outgoing committee reports to the congress;
  // a delegation's deliberation of it (`围绕党代会报告,他们…进行了认真的审议`).
  const congress = opening.find((line) => CONGRESS_OPENING.test(squeeze(line.text)));
  if (congress) return found('party-congress-report', congress, excerpt(congress, '委员会'));
  // `宝山区政府召开了八届四次全体会议…部署2009年政府工作`: the government's own plenary meeting, no report.
  const draft = opening.find((line) => DRAFT_DISCUSSED.test(squeeze(line.text)));
  if (draft) return found('other', draft, `${excerpt(draft, '政府工作报告')} (the draft report discussed)`);
  const aboutTheWork = opening.slice(0, 8).find((line) => ABOUT_THE_WORK.test(squeeze(line.text)));
  if (aboutTheWork) return found('other', aboutTheWork, `${excerpt(aboutTheWork, '工作')} (a briefing on the work, or a notice dividing its targets: no report)`);
  const presidium = opening.slice(0, 3).find((line) => PRESIDIUM_ON_RESOLUTIONS.test(squeeze(line.text)));
  if (presidium) return found('other', presidium, `${excerpt(presidium, '主席团')} (the session's presidium on the draft resolutions)`);
  // The session's closing (its votes and resolutions) or its preparatory meeting: the reports are only named.
  // A closing item that sums up the report (`《报告》指出,2007年是…`) is labelled with the report, as news of it is.
  const closing = opening.slice(0, 3).find((line) => SESSION_CLOSING.test(squeeze(line.text)));
  const summarised = opening.some((line) => REPORT_SUMMARISED.test(squeeze(line.text)));
  if (closing && !summarised) return found('other', closing, `${excerpt(closing, '会议')} (the session's closing or preparatory meeting)`);
  // In the lead: a report's review may tell of the city's plenary (`在焦作市政府第一次全体会议…上作典型经验介绍`).
  const governmentMeeting = opening.slice(0, 6).find((line) => GOVERNMENT_PLENARY.test(squeeze(line.text)));
  if (governmentMeeting) return found('other', governmentMeeting, `${excerpt(governmentMeeting, '全体会议')} (the government's plenary meeting)`);
  // `中国共产党凤阳县第十三届委员会第六次全体(扩大)会议…讨论了县委工作报告`: a plenary's report.
  const plenary = opening.find((line) => PLENARY_OPENING.test(squeeze(line.text)));
  if (plenary) return found('party-plenary-report', plenary, excerpt(plenary, '全体'));
  // `受区人民政府委托,向大会报告2009年国民经济和社会发展计划执行情况与2010年计划草案,请予审议`;
  // `受城区人民政府委托,现将西乡塘区2024年…计划执行情况与2025年…计划草案提请…审议`.
  let workReportNamed = false;
  for (const line of opening) {
    const text = squeeze(line.text);
    // Of several reports heard on a line, the first of a kind (`…乡村振兴工作情况的报告、…1至7月份…计划执行情况的报告`);
    // a report given (`县财政局代表县政府所作的《关于…决算(草案)和…预算执行情况的报告》`) as well.
    const heardAll = [...text.matchAll(new RegExp(HEARD.source, 'g')), ...text.matchAll(/所作的《关于(.{4,80}?)的报告》/g)];
    const heard = heardAll.find((match) => TITLED_KINDS.some(([kind, pattern]) => kind !== 'other' && pattern.test(match[1] ?? match[2] ?? ''))) ?? heardAll[0];
    // Heard after the government's work report (`审议了政府工作报告;审查…计划…的报告`): the session's, not this report's kind.
    workReportNamed ||= /政府工作报告/.test(text.slice(0, heard?.index ?? text.length) + (heard?.[1] ?? heard?.[2] ?? ''));
    const heardTitle = heard && !workReportNamed ? (heard[1] ?? heard[2]) : undefined;
    const submitted = SUBMITTED.exec(text);
    const reported = REPORTED.exec(text)?.[1] ?? submitted?.[1] ?? submitted?.[2] ?? heardTitle ?? '';
    const kind = TITLED_KINDS.find(([, pattern]) => pattern.test(reported));
    if (kind) return found(kind[0], line, excerpt(line, '报告'));
  }
  const cppcc = opening.find((line) => CPPCC_REPORT.test(squeeze(line.text))) ?? opening.slice(0, 2).find((line) => CPPCC_SESSION.test(squeeze(line.text)));
  if (cppcc) return found('other', cppcc, `${excerpt(cppcc, '政协')} (the CPPCC's work report)`);
  // `…听取和审议了县长所作的政府工作报告…决定批准这个报告`: the congress's resolution, not the report.
  // The approval may come lines after the report it approves is named.
  const resolution = opening.find((_line, index) => RESOLUTION.test(opening.slice(index, index + 4).map((next) => squeeze(next.text)).join('')));
  // A resolution printed before the report it approves (a session's documents in one file): the report.
  // A copy may run them into one paragraph (`…决定批准这个报告. … 政府工作报告――2010年12月22日在…会议上 区长蔡杰各位代表: 现在,我代表区人民政府`).
  const reportFollows =
    resolution &&
    (opening.some((line) => line.line > resolution.line && /^各位代表[:：]?$/.test(squeeze(line.text))) ||
      opening.some((line) => line.line >= resolution.line && /(?:批准这个报告|批准该报告)[^]*?各位代表[:：]\s*现在[,，]?我代表[^。，,]{0,10}政府/.test(squeeze(line.text))));
  if (resolution && !reportFollows) return found('other', resolution, `${excerpt(resolution, '批准')} (a resolution on the report)`);
  // A deputy reviewing the city's or province's report (`在代表团审议市政府工作报告时指出`) is no report of the district.
  // The report's own title after a contents list printed first (`2023年怀柔区政府工作报告`).
  // Reactions to the national report (`十三届全国人大二次会议…听取了国务院总理李克强作的政府工作报告`): the report
  // they speak of is not the place's own, unless its own head delivers one.
  const national = opening.slice(0, 3).find((line) => NATIONAL_REPORT.test(squeeze(line.text)));
  if (national && !opening.some((line) => OWN_REPORT_DELIVERED.test(squeeze(line.text)))) {
    return found('other', national, `${excerpt(national, '全国')} (reactions to the national government work report)`);
  }
  // A head speaking as a deputy of the congress above (`州人大代表、珲春市市长张吉峰说,“政府工作报告通篇20余次提及珲春`):
  // the report is the prefecture's or the city's.
  const upperDeputy = opening.slice(0, 4).find((line) => isUpperDeputy(squeeze(line.text)));
  // (`朱开国市长所作的《政府工作报告》` is the city's mayor: only a district's or county's own head delivering counts against it.)
  if (upperDeputy && !opening.some((line) => OWN_REPORT_DELIVERED.test(squeeze(line.text).replace(/市长[^。，,]{0,8}所?作的?《?政府工作报告/g, '')))) {
    return found('other', upperDeputy, `${excerpt(upperDeputy, '人大代表')} (a deputy of the congress above on its report)`);
  }
  const standingTitle = lines.slice(0, header.length + TITLE_LINES).find((line) => GOVERNMENT_TITLE.test(squeeze(line.text)));
  if (standingTitle && !opening.includes(standingTitle)) return found('government-work-report', standingTitle, excerpt(standingTitle, '报告'));
  const government = opening.find((line) => GOVERNMENT.test(squeeze(line.text).replace(/(?:审议|与|按照|落实|贯彻)了?(?:市|省|国务院)政府工作报告|(?<![\u4e00-\u9fff])(?:市|省)政府工作报告|总理[\u4e00-\u9fff]{2,3}(?:所)?作的?政府工作报告|(?:人大常委会|人民法院|人民检察院|政协)[^。，,]{0,12}(?:主任|院长|检察长|主席)[^。，,]{0,12}向大会(?:作)?报告工作/g, '')));
  if (government) return found('government-work-report', government, excerpt(government, '报告'));
  // News of the session opening, then the head's report told (`…第四次会议第一次全体会议召开。` … `盧東林在報告中指出,2024年是…`).
  const sessionOpens = opening.slice(0, 3).some((line) => SESSION_OPENS.test(squeeze(line.text)));
  const reportTold = sessionOpens ? opening.find((line) => REPORT_TOLD.test(squeeze(line.text))) : undefined;
  if (reportTold) return found('government-work-report', reportTold, `${excerpt(reportTold, '报告')} (the session opened, the report told)`);
  if (speakerTitle && /[区县市]长$/.test(speakerTitle)) {
    return { value: 'government-work-report', source: 'inferred', evidence: `speaker is ${speakerTitle}` };
  }
  const partyTitle = opening.find((line) => PARTY_TITLE.test(squeeze(line.text)));
  if (partyTitle) return found('party-committee-report', partyTitle, excerpt(partyTitle, '委'));
  if (speakerTitle && /书记$/.test(speakerTitle)) {
    return { value: 'party-committee-report', source: 'inferred', evidence: `speaker is ${speakerTitle}` };
  }
  // A sentence, not a site menu's `区委 区委`.
  const subject = opening.find((line) => PARTY_SUBJECT.test(squeeze(line.text)) && (line.text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 10);
  if (subject) return found('party-committee-report', subject, excerpt(subject, '委'));
  return undefined;
}

/** A header line that titles one of the other kinds (a title or dateline, not a sentence). */
/** A title is a short line, or a longer one with no sentence punctuation (a plan report's full title). */
function isTitleLine(text: string): boolean {
  return text.length <= MAX_TITLE || (text.length <= MAX_LONG_TITLE && !/[。，,；;！!？?:：《》]/.test(text));
}

function titledKind(header: readonly SourceLine[]): Found<ReportKind> | undefined {
  // A title broken over two lines (`南开区2023年预算执行情况和` / `2024年预算草案的报告`) is read joined.
  for (const [index, line] of header.entries()) {
    const text = squeeze(line.text) + squeeze(header[index + 1]?.text ?? '');
    // A title stands alone; in a sentence only as what is reported (`作关于…的报告`).
    const named = /作关于(.{4,60}?)的报告/.exec(text);
    if (named) {
      for (const [kind, pattern] of TITLED_KINDS) if (pattern.test(named[1] ?? '')) return found(kind, line, excerpt(line, '关于'));
    }
    // A slogan title run together with its dateline: the dateline alone (`…奋斗——在中国共产党…上的报告`).
    const dateline = /——(在.{4,60}上的(?:工作)?报告)/.exec(squeeze(line.text))?.[1];
    if (dateline) {
      for (const [kind, pattern] of TITLED_KINDS) if (pattern.test(dateline)) return found(kind, line, excerpt(line, '——'));
    }
    if (!isTitleLine(squeeze(line.text)) || /^(?:现将|受|我代表|现在)/.test(text)) continue;
    // A sentence telling what the session did with it (`根据会议议程,大会审查…计划执行情况`) is no title.
    if (/^[^。]{0,20}[,，][^。]{0,12}(?:审查|审议|听取|批准)/.test(squeeze(line.text))) continue;
    // Nor one that says a report was heard (`会议听取了…计划执行情况的报告(书面)。`).
    if (/^[^。，,]{0,12}(?:听取|审议|审查|批准)了/.test(squeeze(line.text))) continue;
    // Nor what a meeting decided (`全会决定,…第十五次代表大会于2021年12月…召开`).
    if (/^[^。，,]{0,8}决定[,，]/.test(squeeze(line.text))) continue;
    // The line alone first: a title ending in `专题调研` is not the budget report it names.
    for (const candidate of [squeeze(line.text), text]) {
      for (const [kind, pattern] of TITLED_KINDS) {
        const match = pattern.exec(candidate);
        if (match && match.index < squeeze(line.text).length) return found(kind, line, excerpt(line, match[0].slice(0, 2)));
      }
    }
  }
  return undefined;
}
