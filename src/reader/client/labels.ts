/** The reader scripts' own UI strings (the page frame's strings live in src/lib/i18n.ts). */
export const labels = {
  copyPassageLink: '复制链接',
  copyPassageLinkTitle: '复制指向所选文字的链接',
  copied: '已复制',
  /** A fragment that names nothing on the page. */
  missing: (id: string) => `链接中的位置“#${id}”在本报告中不存在（可能有误），下面从报告开头显示。`,
};
