/**
 * The headline of a document that is no report of its own kind (a resolution, news of a session, an
 * explainer): its first header line that reads as such a title. The page is named by it, not by a
 * composed `…年工作报告` it is not. Only a line naming what the document is or tells of counts
 * (`…关于…政府工作报告的决议`, `…第五次会议闭幕`, `…》解读`): a site's name, a column, a slogan or
 * a field line (`|索引号:|…`) names nothing, and the title is composed instead.
 */
import type { SourceLine } from '../model.ts';
import { squeeze } from './identify-text.ts';

const MIN_HAN = 6;
const MAX_LENGTH = 60;
/** What a document's own title names: a report, a decision, a meeting and what it did. */
const NAMES_THE_DOCUMENT = /报告|報告|决议|決議|决定|決定|会议|會議|会$|會$|闭幕|閉幕|开幕|開幕|召开|召開|举行|舉行|解读|解讀|审议|審議|通知|通报|通報|意见|意見|座谈|座談|纲要|綱要|计划|計劃|总结|總結|讲话|講話/;
/** Field lines, datelines, salutations, a page's chrome, an organ's name alone. */
const NOT_A_HEADLINE = /^(?:——|--|[(（•·]|(?:首页|首頁|时间|來源|来源|发布|發布|日期|作者|编辑|責任|责任|字号|字體|字体|浏览|瀏覽|点击|阅读|分享|打印|关闭|当前|您的|索引号|文号|主题|信息来源)|各位代表|同志们)|[|｜]|发表于|發表於|刊号|刊號|发布单位|发布机构|^中国人民政治协商会议$|^(?:中共)?[\u4e00-\u9fff]{2,12}(?:人民政府|办公室|委员会)$/;

export function headline(front: readonly SourceLine[]): string | undefined {
  for (const line of front) {
    // `标题:淄川区人民政府关于…的督查通报`: a page's field naming its title.
    const text = squeeze(line.text).replace(/^(?:标题|標題|题目)[:：]\s*/, '');
    if (text.length === 0 || text.length > MAX_LENGTH || NOT_A_HEADLINE.test(text)) continue;
    if ((text.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_HAN) continue;
    // The first line that could be a title decides: a sentence, or a line naming nothing, is none.
    return /[。；;]/.test(text) || !NAMES_THE_DOCUMENT.test(text) ? undefined : text;
  }
  return undefined;
}
