import { idCounts, type HtmlPage } from '../html.ts';
import type { Problem } from './problem.ts';

/** Every id on a page is unique, so every `#fragment` names one element. */
export function checkUniqueIds(page: HtmlPage): Problem[] {
  return [...idCounts(page.tree)]
    .filter(([, count]) => count > 1)
    .map(([id, count]) => ({ page: page.path, message: `id "${id}" appears ${count} times` }));
}
