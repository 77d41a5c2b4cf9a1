/**
 * Every UI string of the site in one place: the page language is `zh-CN`; English appears only as
 * glosses (indicator names, values, labels shown for readers of English), always with `lang="en"`.
 */
import type { BlockRole, Coverage, DamageKind, MetricRole, ReportKind, SourceFormat } from '../model.ts';

export const ui = {
  siteName: '区政府工作报告',
  siteNameEn: 'District Government Work Reports',
  siteTagline: '逐段标注、可检索、可引用、可离线阅读的区政府工作报告',
  skipToContent: '跳到正文',
  navHome: '首页',
  navAbout: '关于',
  navSearch: '搜索',
  searchLabel: '搜索报告全文',
  searchPlaceholder: '搜索报告……',
  searchSubmit: '搜索',
  themeToggle: '切换深色/浅色模式',
  themeDark: '深色',
  themeLight: '浅色',
  outline: '目录',
  outlineNav: '报告目录',
  keyFigures: '主要指标',
  keyFiguresNote: '点击数字可查看出处段落',
  provenance: '来源与整理',
  sourceFile: '原始文件',
  sha256: 'SHA-256',
  encoding: '编码',
  sourceFormat: '原始格式',
  droppedByFormat: '转换时略去',
  noiseRemoved: '删除网页杂项',
  noiseRemovedUnit: '行',
  convertedFromTraditional: '原文为繁体,已转换为简体以便阅读和检索',
  notConverted: '原文为简体',
  damagedSpans: '损坏或待核文字',
  damagedSpansUnit: '处',
  overrides: '人工补充信息',
  lines: '行',
  district: '区',
  city: '城市',
  kind: '类型',
  coverage: '时段',
  date: '日期',
  speaker: '报告人',
  meeting: '会议',
  year: '年份',
  period: '时期',
  role: '性质',
  value: '数值',
  growth: '增长',
  source: '出处',
  report: '报告',
  reports: '报告',
  districts: '区',
  cities: '城市',
  indicators: '指标',
  paragraphLink: '本段链接',
  headingLink: '本节链接',
  copyLink: '复制链接',
  copied: '已复制',
  prevReport: '上一份',
  nextReport: '下一份',
  sameYearOthers: '同年其他区的报告',
  districtReports: '本区的报告',
  otherDistrictsInCity: '同城其他区',
  cite: '引用',
  citeReport: '引用本报告',
  citeSection: '引用本节',
  citeGbt: 'GB/T 7714—2015',
  citeApa: 'APA',
  accessDate: '引用日期',
  copyCitation: '复制',
  damageLabel: '文字损坏/待核',
  noteDistrictSeries: '历年数据',
  glossaryTitle: '术语表',
  glossaryLead: '报告中常见而读者未必熟悉的提法、简称和数字化口号,附中文解释和英文说明。正文中带虚线下划线的词可以点开查看,或链接到这里。',
  glossarySearch: '在报告中搜索',
  glossaryAliases: '也写作',
  cityTitle: '各区报告',
  latestReports: '最新报告',
  byPlace: '按地区浏览',
  byYear: '按年份浏览',
  deliveredIn: '年度报告',
  allIndicators: '指标',
  observations: '全部数据',
  chartPerDistrict: '各区历年走势',
  indicatorByYear: '各年报告中的数据',
  indicatorByYearNote: '按报告发布年份;中位数和范围取各区报告所述上一年度的实际数或预计数,每区一个。点年份可看当年各区的全部数据及出处段落。',
  reportYear: '报告年份',
  districtsStating: '提到的区',
  reviewedPeriod: '所述年度',
  median: '中位数',
  lowest: '最低',
  highest: '最高',
  districtsWithSeries: '各区历年走势',
  districtsWithSeriesNote: '以下各区的页面有本指标的历年走势图和全部数据,按报告年数排列。',
  moreDistricts: '另有',
  yearsShort: '年',
  backToIndicator: '返回指标总览',
  yearReports: '的报告',
  otherIndicators: '其他主要指标',
  definition: '定义',
  samePeriod: '同期对比',
  noData: '暂无数据',
  estimateHollow: '空心点为预计数',
  previousTargets: '上年目标完成情况',
  indicator: '指标',
  districtTargets: '目标与完成情况',
  indicatorTargets: '各区目标与结果',
  target: '目标',
  outcome: '结果',
  status: '完成情况',
  targetsMet: '完成',
  targetsMissed: '未完成',
  targetsCsv: '目标与结果(targets.csv)',
  aboutTitle: '关于本站',
  notFoundTitle: '找不到此页',
  notFoundBody: '链接可能有误,或页面已移动。可以从首页浏览,或搜索报告全文。',
  searchTitle: '搜索',
  searchNoScript: '搜索需要启用 JavaScript。也可以从首页按地区和年份浏览全部报告。',
  downloads: '数据下载',
  back: '返回',
  printUrl: '网址',
  /** A retired paragraph id, opened from an old link: what happened to it (src/lib/retired-anchors.ts). */
  retiredMerged: '你打开的链接指向的段落已与其他段落合并，下面标出的是合并后的段落。',
  retiredSplit: '你打开的链接指向的段落已拆分为几段，下面标出的是其中第一段。',
  retiredRemoved: '你打开的链接指向的段落已删除，下面标出的是离它最近的段落。',
  movedTitle: '报告已换新地址',
  movedBody: '这份报告的网址已更改，正在前往新地址：',
  citeParagraph: '引用本段',
} as const;

export type UiKey = keyof typeof ui;

/** The UI string for `key`. */
export function t(key: UiKey): string {
  return ui[key];
}

export const reportKindLabel: Record<ReportKind, { zh: string; en: string }> = {
  'government-work-report': { zh: '政府工作报告', en: 'Government work report' },
  'party-committee-report': { zh: '区委工作报告', en: 'Party committee report' },
  other: { zh: '其他报告', en: 'Other report' },
};

/** The format a report was saved in, and what converting it leaves out (provenance.format, .dropped). */
export const sourceFormatLabel: Record<SourceFormat, { zh: string; dropped: string }> = {
  text: { zh: '纯文本', dropped: '' },
  html: { zh: '网页(HTML)', dropped: '网页导航、分享栏、相关链接和页脚' },
  docx: { zh: 'Word 文档(.docx)', dropped: '脚注和尾注' },
  pdf: { zh: 'PDF', dropped: '页眉、页脚和页码' },
};

export const coverageLabel: Record<Coverage, { zh: string; en: string }> = {
  year: { zh: '年度', en: 'Annual' },
  'half-year': { zh: '半年', en: 'Half-year' },
  'five-year': { zh: '五年', en: 'Five-year' },
};

export const metricRoleLabel: Record<MetricRole, { zh: string; en: string }> = {
  actual: { zh: '实际', en: 'actual' },
  target: { zh: '目标', en: 'target' },
  estimate: { zh: '预计', en: 'estimate' },
};

export const blockRoleLabel: Record<BlockRole, { zh: string; en: string }> = {
  review: { zh: '回顾', en: 'Review' },
  plan: { zh: '计划', en: 'Plan' },
  other: { zh: '', en: '' },
};

export const damageKindLabel: Record<DamageKind, { zh: string; en: string }> = {
  mojibake: { zh: '乱码,原字无法恢复', en: 'garbled characters' },
  placeholder: { zh: '模板占位符,原文如此', en: 'template placeholder' },
  censored: { zh: '原文以星号遮蔽', en: 'masked in the source' },
};
