/** README.txt of the offline copy: how to open it, in Chinese and English. */
export function offlineReadme(folder: string): string {
  return [
    '区政府工作报告 · 离线版',
    '',
    `1. 解压本压缩包，得到文件夹“${folder}”。`,
    `2. 用浏览器（Chrome、Edge、Firefox、Safari）打开“${folder}/index.html”：双击该文件，或把它拖进浏览器窗口。`,
    '3. 所有页面、链接、图表、注释和全文搜索都在本机运行，无需联网，也无需安装或启动任何服务器。',
    '请保持文件夹结构不变：页面之间以相对路径互相链接。',
    '',
    'District government work reports · offline copy',
    '',
    `1. Unzip this archive; it holds one folder, "${folder}".`,
    `2. Open "${folder}/index.html" in a web browser (Chrome, Edge, Firefox, Safari): double-click it, or drag it into a browser window.`,
    '3. Every page, link, chart, note and the full-text search work from disk: no network, no server, nothing to install.',
    'Keep the folder structure as it is: pages link to each other by relative paths.',
    '',
  ].join('\r\n');
}
