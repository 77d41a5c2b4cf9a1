/**
 * What a format stage left out of the report's text (page navigation, running headers, page
 * numbers), aggregated by text, for the provenance. Kept short: a line of navigation is not worth
 * more than its first characters.
 */
import type { Dropped } from '../../model.ts';

/** Characters of a dropped line kept in the provenance. */
export const DROPPED_TEXT_MAX = 80;

export function collectDropped(entries: ReadonlyArray<{ rule: string; text: string }>): Dropped[] {
  const byKey = new Map<string, Dropped>();
  for (const { rule, text } of entries) {
    const short = [...text].length > DROPPED_TEXT_MAX ? `${[...text].slice(0, DROPPED_TEXT_MAX).join('')}…` : text;
    const key = `${rule}\0${short}`;
    const known = byKey.get(key);
    if (known) known.count = (known.count ?? 1) + 1;
    else byKey.set(key, { rule, text: short });
  }
  return [...byKey.values()];
}
