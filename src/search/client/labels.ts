/** The search page's own UI strings (the page frame's strings live in src/lib/i18n.ts). */

/** Pagefind filters declared on report pages (`data-pagefind-filter`), in display order. */
export const filterNames = ['city', 'district', 'year', 'kind'] as const;
export type FilterName = (typeof filterNames)[number];

export const labels = {
  empty: '输入词语搜索全部报告，例如：旧区改造、实事项目、GDP。',
  searching: '正在搜索……',
  found: (count: number, query: string) => (count ? `“${query}”：找到 ${count} 篇报告。` : `没有找到包含“${query}”的报告。`),
  converted: (query: string) => `已按简体“${query}”搜索。`,
  /** What a Latin query (English name or pinyin) was searched as: `xuhui → 徐汇`. */
  searchedAs: (typed: string, phrases: string[]) => `已按中文搜索：${typed} → ${phrases.join('、')}。`,
  /** Other words a pinyin query may spell, each a link to its own search. */
  otherReadings: '其他读法：',
  loose: '没有完全一致的结果；以下报告包含查询中的全部词语，但不相连。',
  /** When not every candidate was read (a search stops at a first screenful), or not all were considered (`maxPages`). */
  partial: (read: number, candidates: number, total: number) =>
    total > candidates
      ? `已查看最相关的 ${candidates} 篇候选报告中的 ${read} 篇（搜索引擎共返回 ${total} 篇）。`
      : `已查看 ${candidates} 篇候选报告中的 ${read} 篇。`,
  capped: (total: number, candidates: number) => `只查看了搜索引擎返回的 ${total} 篇候选报告中最相关的 ${candidates} 篇。`,
  moreResults: '显示更多结果',
  readingMore: '正在查看更多候选报告……',
  moreMatches: (count: number) => `另有 ${count} 处。`,
  failed: (reason: string) => `搜索出错：${reason}`,
  any: '全部',
  applyFilters: '筛选',
  filter: { city: '城市', district: '区', year: '年份', kind: '类别' } satisfies Record<FilterName, string>,
};
