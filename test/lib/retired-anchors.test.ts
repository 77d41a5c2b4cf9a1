import { expect, test } from 'vitest';
import { formerAddresses } from '../../src/lib/former-addresses.ts';
import { insertRetiredAnchors } from '../../src/lib/retired-anchors.ts';

const html = '<h2 id="s1">一、回顾</h2>\n<p id="s1-p1">甲。</p>\n<p id="s1-p3">丙。</p>';

test('retired ids stand just before the passage shown in their place, each with its notice', () => {
  const out = insertRetiredAnchors(html, {
    slug: 'x-2014',
    anchors: {
      retired: [
        { id: 's1-p2', to: 's1-p3', reason: 'merged' },
        { id: 's1-p4', to: 's1-p3', reason: 'removed' },
      ],
      formerSlugs: [],
    },
  });
  expect(out).toMatch(/<p id="s1-p1">甲。<\/p>\n<div class="retired-anchors" data-pagefind-ignore><span id="s1-p2" class="retired-anchor" data-retired="merged"><span class="retired-note" role="note">[^<]*合并[^<]*<\/span><\/span><span id="s1-p4" [^>]*data-retired="removed">.*<\/div><p id="s1-p3">/);
  expect(insertRetiredAnchors(html, { slug: 'x-2014' })).toBe(html);
});

test('a retired id landing on an id the text lacks fails the build, naming the report', () => {
  expect(() => insertRetiredAnchors(html, { slug: 'x-2014', anchors: { retired: [{ id: 's2-p1', to: 's2', reason: 'removed' }], formerSlugs: [] } })).toThrow(
    /reports\/x-2014: .*s2-p1.*`s2`/,
  );
});

test("former slugs get a page, unless a live report has the slug or another report took it first", () => {
  const reports = [
    { slug: 'b-2015', anchors: { retired: [], formerSlugs: ['b-2014', 'a-2014'] } },
    { slug: 'a-2014', anchors: { retired: [], formerSlugs: ['c-2014'] } },
    { slug: 'c-2015', anchors: { retired: [], formerSlugs: ['c-2014'] } },
  ];
  expect(formerAddresses(reports).map(({ slug, report }) => [slug, report.slug])).toEqual([
    ['c-2014', 'a-2014'],
    ['b-2014', 'b-2015'],
  ]);
});
