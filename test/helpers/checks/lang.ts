import { attribute, describe, elements, type HtmlPage } from '../html.ts';
import type { Problem } from './problem.ts';

// A well-formed BCP 47 tag of the kinds we use: `zh-CN`, `zh-Hans`, `en`.
const languageTag = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;

/** `<html lang>` is set, and every `lang` on the page is a well-formed language tag. */
export function checkLang(page: HtmlPage): Problem[] {
  const problems: Problem[] = [];
  const all = elements(page.tree);
  const root = all.find((element) => element.tagName === 'html');
  if (!root || !attribute(root, 'lang')) {
    problems.push({ page: page.path, message: '<html> has no lang attribute' });
  }
  for (const element of all) {
    const lang = attribute(element, 'lang');
    if (lang !== undefined && lang !== '' && !languageTag.test(lang)) {
      problems.push({ page: page.path, message: `${describe(element, 'lang')}: "${lang}" is not a language tag` });
    }
  }
  return problems;
}
