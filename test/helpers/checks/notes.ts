import type { Element } from 'hast';
import { attribute, describe, elements, hasAttribute, type HtmlPage } from '../html.ts';
import type { Problem } from './problem.ts';

/** Elements that are metrics in the text and so must open a note. */
export const metricSelector = (element: Element) =>
  element.tagName === 'data' || hasAttribute(element, 'data-metric');

/**
 * Every popover trigger (`popovertarget`) names an element with that id that is a `popover`, and every
 * metric (`<data>`, `[data-metric]`) is, contains or sits inside such a trigger: each number has its note.
 */
export function checkNotes(page: HtmlPage, isMetric = metricSelector): Problem[] {
  const problems: Problem[] = [];
  const all = elements(page.tree);
  const byId = new Map(all.flatMap((element) => {
    const id = attribute(element, 'id');
    return id === undefined ? [] : [[id, element] as const];
  }));
  const opensNote = (trigger: Element) => {
    const note = byId.get(attribute(trigger, 'popovertarget') ?? '');
    return note !== undefined && hasAttribute(note, 'popover');
  };
  for (const trigger of all.filter((element) => hasAttribute(element, 'popovertarget'))) {
    if (!opensNote(trigger)) {
      problems.push({ page: page.path, message: `${describe(trigger, 'popovertarget')} names no popover on the page` });
    }
  }
  const parents = parentMap(page.tree.children.filter((n): n is Element => n.type === 'element'));
  for (const metric of all.filter(isMetric)) {
    const related = [...ancestors(metric, parents), metric, ...elements(metric)];
    if (!related.some((element) => hasAttribute(element, 'popovertarget') && opensNote(element))) {
      problems.push({ page: page.path, message: `${describe(metric, 'value', 'id', 'data-metric')} has no note (no popover trigger)` });
    }
  }
  return problems;
}

function parentMap(roots: Element[]): Map<Element, Element> {
  const parents = new Map<Element, Element>();
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (child.type === 'element') {
        parents.set(child, element);
        walk(child);
      }
    }
  };
  roots.forEach(walk);
  return parents;
}

function* ancestors(element: Element, parents: Map<Element, Element>): Generator<Element> {
  for (let parent = parents.get(element); parent; parent = parents.get(parent)) yield parent;
}
