/**
 * Page chrome: lines a scraper copied from the web page around a report (toolbars, QR-code
 * prompts, index-number fields, share buttons, footers, links to other articles). Each rule is
 * declared once here, matches a whole trimmed line of simplified text, and is documented in
 * docs/rules.md. Rules are anchored and narrow on purpose: report text that merely mentions
 * 二维码 or 分享 must survive.
 */

export interface ChromeRule {
  ruleId: string;
  pattern: RegExp;
  description: string;
}

// A list bullet as pages render it before field and share lines.
const bullet = '[•·●▪◆]?\\s*';
// Field labels are often spaced out (`索 引 号`, `文    号`); `\s` covers nbsp and U+3000.
const spaced = (label: string): string => [...label].join('\\s*');
const colon = '\\s*[:\\uFF1A]';
// Text without clause punctuation (ASCII or full-width comma, semicolon, 。): a label, not a sentence.
const label = (max: number): string => `[^,\\uFF0C;\\uFF1B。]{0,${max}}`;

// Labels of a site's accessibility toolbar, each copied as a line of its own.
const toolbarLabels = [
  '无障碍(?:工具条|浏览|阅读|语音播报)?', '长者模式', '关怀版', '拼音', '辅助浏览', '轻松阅读', '读屏', '视图',
  '放大', '缩小', '配色', '[白蓝黄黑]底[黑黄白]字[蓝白]?链接', '页面原始配色', '大鼠标', '辅助线', '显示屏', '声音',
  '指读', '连读', '减速', '加速', '(?:增加|减小)?音量', '后退', '前进', '全屏', '刷新', '退出', '帮助', '换肤',
];
// A date as pages print it: `2021-03-03 16:10`, `2019年01月28日`, `2016/3/2`.
const pageDate = '\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?';
// Page fields that follow a publication date on the same line.
const pageField = '(?:来源|信息来源|作者|发布机构|浏览次数|阅读次数|点击数|访问量|责任编辑|编辑|字体|字号|打印|关闭|分享|【)';

export const chromeRules: readonly ChromeRule[] = [
  {
    ruleId: 'chrome-toolbar',
    pattern: new RegExp(`^(?:${toolbarLabels.join('|')})$`, 'u'),
    description: 'Accessibility toolbar label (无障碍工具条, 拼音, 读屏, 大鼠标, 黄底黑字蓝链接).',
  },
  {
    ruleId: 'chrome-breadcrumb',
    pattern: new RegExp(
      `^(?:(?:您(?:当前)?的?(?:当前)?所?在?位置|当前位置)${colon}.*|(?:首页|首頁|网站首页|[\\u4e00-\\u9fff]{1,12}网)\\s*(?:>>?|»|›|>)${label(80)}|(?:首页|首頁|网站首页)\\s*/${label(80)}|${label(20)}(?:\\s*(?:>>?|»|›|>)\\s*${label(20)}){2,})$`,
      'u',
    ),
    description: 'Breadcrumb (您当前的位置:首页>>…, 首页 > 政务公开 > 政府工作报告, 重庆大渡口网 > 大渡口新闻, 文库 > 工作报告 > …).',
  },
  {
    ruleId: 'chrome-published',
    // Never a line the report's text runs on in (`…扫一扫在手机打开当前页一、2022年…执行情况今年以来,面对`).
    pattern: new RegExp(
      `^(?![^]*(?:[。；]|[一二三四五六七八九十]、[^]{0,40}[0-9]{4}年))(?:(?:(?:发布|更新)?(?:时间|日期)${colon}\\s*${pageDate}.*${pageField}.*)|(?:(?:信息)?来源${colon}.{0,20}\\s(?:发布|更新)?(?:时间|日期)${colon}\\s*${pageDate}.*)|(?:${pageDate}\\s+(?:信息)?来源${colon}${label(20)})|(?:(?:更新|发布)时间${colon}\\s*${pageDate}\\s*))$`,
      'u',
    ),
    description:
      'Publication line of a web page (日期:2021-03-03 16:10 来源:区政府办公室 打印页面, 来源:龙华区 日期:2019年01月28日, 更新时间:2016-03-02).',
  },
  {
    ruleId: 'chrome-script',
    pattern:
      /^(?!.*[。，；])(?:.*(?:function\s*\(|document\.(?:write|getElementById|title)|window\.(?:print|open|location|close)|javascript:|var\s+\w+\s*=|\$\(\s*['"]|\}\s*\)\s*;?).*|[{}();\s]+)$/u,
    description: 'Page script that leaked into the text (window.print(), document.write(…), function(){…}); never a line with Chinese sentence punctuation.',
  },
  {
    ruleId: 'chrome-qrcode',
    pattern:
      /^(?:(?:扫描|手机扫描|扫一扫)?二维码|(?:用|使用)?(?:手机)?微信扫(?:描|一扫)(?:二维码)?.{0,20}|扫一扫.{0,20})$/u,
    description: 'QR-code prompt (二维码, 用微信扫描二维码,分享微信朋友圈).',
  },
  {
    ruleId: 'chrome-field',
    pattern: new RegExp(
      `^${bullet}[[【]?\\s*(?:${['索引号', '主题分类', '体裁分类', '发布机构', '发文机关', '发文字号', '成文日期', '发布日期', '主题词', '有效性']
        .map(spaced)
        .join('|')})\\s*(?:[\\]】]|${colon})`,
      'u',
    ),
    description:
      'Index-number field of a government information page (• 索 引 号:, • 主题分类:, • 发布机构:, [ 索引号 ] …).',
  },
  {
    ruleId: 'chrome-field',
    // `文号` and `名称` are common words: only with the bullet of the field list.
    pattern: new RegExp(`^[•·●▪◆]\\s*(?:${['文号', '名称', '信息来源'].map(spaced).join('|')})${colon}`, 'u'),
    description: 'Bulleted field line of a government information page (• 文 号:, • 名 称:).',
  },
  {
    ruleId: 'chrome-share',
    pattern: new RegExp(`^${bullet}(?:分享(?:到|至)${label(15)}|分享(?:${colon})?)$`, 'u'),
    description: 'Share button (• 分享:, 分享到新浪微博).',
  },
  {
    ruleId: 'chrome-footer',
    pattern: new RegExp(
      `^(?:(?:信息)?来源${colon}.*免责声明${colon}|免责声明${colon}|(?:信息)?来源${colon}${label(20)}$)`,
      'u',
    ),
    description: 'Source and disclaimer footer (来源:网络整理 免责声明:…).',
  },
  {
    ruleId: 'chrome-teaser',
    // Never a line with a breadcrumb in it: in a one-line copy that is the title's piece too.
    pattern: /^(?!.*[>»›＞])(?=.*小编(?:为|给|帮)?(?:大家|您)?(?:精心)?(?:整理|分享|收集|推荐|带来|准备)).{0,160}$/u,
    description: 'An essay site\'s teaser (下面小编给大家分享几篇…工作报告,一起看一下吧!).',
  },
  {
    ruleId: 'chrome-article-nav',
    pattern: new RegExp(`^(?:较旧一篇|较新一篇|上一篇|下一篇|上一条|下一条|前一篇|后一篇)${colon}`, 'u'),
    description: 'Links to the previous or next article (较旧一篇:… 较新一篇:…).',
  },
  {
    ruleId: 'chrome-page-tools',
    pattern:
      /^(?:[【[]?(?:打印本页|打印此页|打印页面|打印|关闭窗口|关闭本页|关闭页面|关闭|返回顶部|收藏本页|收藏|纠错|字体)[】\]]?\s*[:：|丨]?\s*)+$|^[【[]?字[号体]\s*[:\uFF1A]?\s*[【[]?大[】\]]?\s*[【[]?中[】\]]?\s*[【[]?小[】\]]?/u,
    description: 'Page tool buttons (【打印】【关闭】, 字号:大 中 小).',
  },
  {
    ruleId: 'chrome-page-meta',
    pattern: new RegExp(`^(?:浏览次数|阅读次数|访问次数|点击数|点击量|责任编辑)${colon}${label(20)}$`, 'u'),
    description: 'Page statistics or editor line (浏览次数:, 责任编辑:).',
  },
];

/** The first rule that matches the whole trimmed line, if any. */
export function matchChrome(line: string): ChromeRule | undefined {
  return chromeRules.find((rule) => rule.pattern.test(line));
}
