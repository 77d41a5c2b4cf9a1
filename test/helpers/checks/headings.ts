import { elements, type HtmlPage } from '../html.ts';
import type { Problem } from './problem.ts';

const headingLevel = (tagName: string) => (/^h[1-6]$/.test(tagName) ? Number(tagName[1]) : undefined);

/** One h1, the first heading is the h1, and no heading skips a level on the way down (h2 → h4). */
export function checkHeadings(page: HtmlPage): Problem[] {
  const problems: Problem[] = [];
  const report = (message: string) => problems.push({ page: page.path, message });
  const levels = elements(page.tree).flatMap((element) => {
    const level = headingLevel(element.tagName);
    return level === undefined ? [] : [level];
  });
  const h1s = levels.filter((level) => level === 1).length;
  if (h1s !== 1) report(`${h1s} h1 elements, expected exactly 1`);
  if (levels.length > 0 && levels[0] !== 1) report(`first heading is h${levels[0]}, expected h1`);
  levels.forEach((level, index) => {
    const previous = levels[index - 1];
    if (previous !== undefined && level > previous + 1) {
      report(`heading ${index + 1} is h${level} after h${previous}: skips a level`);
    }
  });
  return problems;
}
