import type { Element, Root } from 'hast';
import type { HtmlPage } from '../html.ts';
import type { Problem } from './problem.ts';

/**
 * A button without `type` is a submit button: inside a form it would submit it. The report text's
 * figure buttons omit the attribute to keep pages light (src/render/report-html.ts), which is safe
 * only outside forms; this check stands in for html-validate's `no-implicit-button-type`, which
 * .htmlvalidate.json turns off for that reason.
 */
export function checkButtonsOutsideForms(page: HtmlPage): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: Root | Element, inForm: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'button' && child.properties['type'] === undefined && (inForm || child.properties['form'] !== undefined)) {
        problems.push({ page: page.path, message: `a <button> without type inside a form (it would submit it): ${String(child.properties['id'] ?? child.properties['popoverTarget'] ?? '')}` });
      }
      walk(child, inForm || child.tagName === 'form');
    }
  };
  walk(page.tree, false);
  return problems;
}
