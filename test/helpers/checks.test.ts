/** Each build-output check passes good markup and fails bad markup, on tiny pages written for it. */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  checkButtonsOutsideForms,
  checkCsp,
  checkHeadings,
  checkHtmlValidate,
  checkInternalLinks,
  checkLang,
  checkNotes,
  checkReachable,
  checkSearchLink,
  checkUniqueIds,
  formatProblems,
  initialScriptBytes,
  projectHtmlValidateConfig,
} from './checks/index.ts';
import { parsePage } from './html.ts';
import { memorySite } from './site.ts';

const doc = (body: string, { lang = 'zh-CN', head = '' } = {}) =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const page = (body: string, path = 'index.html', options = {}) => parsePage(path, doc(body, options));

describe('checkUniqueIds', () => {
  test('passes distinct ids', () => {
    expect(checkUniqueIds(page('<p id="s1-p1">a</p><p id="s1-p2">b</p>'))).toEqual([]);
  });
  test('names a repeated id and its count', () => {
    expect(formatProblems(checkUniqueIds(page('<h2 id="s1">a</h2><p id="s1">b</p><i id="s1"></i>')))).toEqual([
      'index.html: id "s1" appears 3 times',
    ]);
  });
});

describe('checkButtonsOutsideForms', () => {
  test('passes a button without type outside forms, and typed buttons in a form', () => {
    expect(checkButtonsOutsideForms(page('<p><button popovertarget="m1">1</button></p><form><button type="submit">go</button><button type="button">x</button></form>'))).toEqual([]);
  });
  test('names a button without type inside a form, or owned by one through `form`', () => {
    expect(formatProblems(checkButtonsOutsideForms(page('<form><div><button popovertarget="m2">2</button></div></form><button form="f" id="b">x</button>')))).toEqual([
      'index.html: a <button> without type inside a form (it would submit it): m2',
      'index.html: a <button> without type inside a form (it would submit it): b',
    ]);
  });
});

describe('checkHeadings', () => {
  test('passes one h1 and levels that step down one at a time', () => {
    expect(checkHeadings(page('<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2><h3>e</h3><h4>f</h4><h2>g</h2>'))).toEqual([]);
  });
  test('fails a skipped level', () => {
    expect(formatProblems(checkHeadings(page('<h1>a</h1><h2>b</h2><h4>c</h4>')))).toEqual([
      'index.html: heading 3 is h4 after h2: skips a level',
    ]);
  });
  test('fails no h1 and two h1s', () => {
    expect(formatProblems(checkHeadings(page('<h2>a</h2>')))).toEqual([
      'index.html: 0 h1 elements, expected exactly 1',
      'index.html: first heading is h2, expected h1',
    ]);
    expect(formatProblems(checkHeadings(page('<h1>a</h1><h1>b</h1>')))).toEqual([
      'index.html: 2 h1 elements, expected exactly 1',
    ]);
  });
});

describe('checkLang', () => {
  test('passes lang on html and well-formed tags inside', () => {
    expect(checkLang(page('<span lang="en">GDP</span><p lang="zh-Hans">字</p>'))).toEqual([]);
  });
  test('fails a missing or empty lang on html', () => {
    expect(formatProblems(checkLang(parsePage('a.html', '<!doctype html><html><body></body></html>')))).toEqual([
      'a.html: <html> has no lang attribute',
    ]);
    expect(checkLang(page('', 'a.html', { lang: '' }))).toHaveLength(1);
  });
  test('fails a malformed tag', () => {
    expect(formatProblems(checkLang(page('<span lang="zh_CN">x</span>')))).toEqual([
      'index.html: <span lang="zh_CN">: "zh_CN" is not a language tag',
    ]);
  });
});

describe('checkInternalLinks', () => {
  const site = memorySite({
    'index.html': doc('<h1 id="top-title">home</h1>'),
    'search.html': doc(''),
    'reports/a.html': doc('<p id="s1-p1">x</p><p id="s1-3-p2">y</p>'),
    'reports/b.html': doc(''),
    'styles/site.css': 'body{}',
    'img/a.png': '',
    'img/b.png': '',
  });
  const check = (body: string, path = 'reports/b.html') =>
    formatProblems(checkInternalLinks(page(body, path), site, ['https://baogao.example']));

  test('passes relative links to files and ids, external links, # and #top', () => {
    expect(
      check(
        '<a href="a.html#s1-3-p2">p</a><a href="../index.html">h</a><a href="../search.html?q=GDP">s</a>' +
          '<a href="#">t</a><a href="#top">t</a><a href="https://www.gov.cn/">gov</a><a href="mailto:a@b.c">m</a>' +
          '<img src="../img/a.png" srcset="../img/a.png 1x, ../img/b.png 2x" alt=""><link rel="stylesheet" href="../styles/site.css">' +
          '<a href="a.html#:~:text=%E5%AD%97">text fragment</a>',
      ),
    ).toEqual([]);
  });
  test('fails root-relative and site-absolute links', () => {
    expect(check('<a href="/reports/a.html">x</a><a href="https://baogao.example/reports/a.html">y</a>')).toEqual([
      'reports/b.html: <a href="/reports/a.html"> is root-relative: it breaks when the site is opened from disk or under a sub-path',
      'reports/b.html: <a href="https://baogao.example/reports/a.html"> is an absolute URL to the site itself: it must be relative',
    ]);
  });
  test('on 404.html only (a host serves it at any depth): root-relative and site-absolute links that reach a file', () => {
    const fromRoot = '<a href="/index.html">h</a><a href="/reports/a.html#s1-p1">a</a><form action="/search.html"></form>' +
      '<a href="https://baogao.example/index.html">x</a><a href="https://baogao.example/sub/reports/b.html">y</a>';
    expect(check(fromRoot, '404.html')).toEqual([]);
    expect(check('<a href="/nope.html">n</a><a href="/reports/a.html#s9">f</a><a href="/">r</a><a href="../index.html">o</a>', '404.html')).toEqual([
      '404.html: <a href="/nope.html"> points at nope.html, which does not exist',
      '404.html: <a href="/reports/a.html#s9"> points at #s9, which is not an id on reports/a.html',
      '404.html: <a href="/"> names a folder (.), not a file: folders do not open index.html from disk',
      '404.html: <a href="../index.html"> climbs out of the site\'s folder',
    ]);
    expect(check('<a href="/index.html">h</a>', 'about.html')).toHaveLength(1);
  });
  test('fails a link to a folder and to a missing file', () => {
    expect(check('<a href="../reports/">x</a><a href="../img">y</a><a href="c.html">z</a>')).toEqual([
      'reports/b.html: <a href="../reports/"> names a folder (reports/), not a file: folders do not open index.html from disk',
      'reports/b.html: <a href="../img"> names a folder (img), not a file: folders do not open index.html from disk',
      'reports/b.html: <a href="c.html"> points at reports/c.html, which does not exist',
    ]);
  });
  test('fails a fragment that is not an id on the target page, here or there', () => {
    expect(check('<a href="a.html#s1-p9">x</a><a href="#s1-p1">y</a>')).toEqual([
      'reports/b.html: <a href="a.html#s1-p9"> points at #s1-p9, which is not an id on reports/a.html',
      'reports/b.html: <a href="#s1-p1"> points at #s1-p1, which is not an id on reports/b.html',
    ]);
  });
  test('fails missing script, image and srcset candidates, empty URLs and links out of the site', () => {
    expect(
      check('<script src="../app.js"></script><img src="../img/c.png" alt=""><img srcset="../img/d.png 2x" alt=""><a href="">e</a><a href="../../x.html">o</a>'),
    ).toEqual([
      'reports/b.html: <script src="../app.js"> points at app.js, which does not exist',
      'reports/b.html: <img src="../img/c.png"> points at img/c.png, which does not exist',
      'reports/b.html: <img srcset="../img/d.png 2x"> points at img/d.png, which does not exist',
      'reports/b.html: <a href=""> is an empty URL',
      'reports/b.html: <a href="../../x.html"> climbs out of the site\'s folder',
    ]);
  });
  test('decodes percent-encoded fragments and paths', () => {
    const chinese = memorySite({ 'a.html': doc('<p id="段1">x</p>'), '报告.html': doc('') });
    expect(checkInternalLinks(page('<a href="a.html#%E6%AE%B51">x</a><a href="%E6%8A%A5%E5%91%8A.html">y</a>'), chinese)).toEqual([]);
  });
});

describe('checkNotes', () => {
  const note = '<div id="note-m1" popover>营业收入 revenue</div>';
  test('passes a metric inside, around or beside its trigger', () => {
    expect(checkNotes(page(`<button popovertarget="note-m1"><data value="1095">1095亿元</data></button>${note}`))).toEqual([]);
    expect(checkNotes(page(`<data value="8" data-metric="m2"><button popovertarget="note-m1">8%</button></data>${note}`))).toEqual([]);
  });
  test('fails a metric with no trigger', () => {
    expect(formatProblems(checkNotes(page(`<data value="1095" id="m1">1095亿元</data>${note}`)))).toEqual([
      'index.html: <data value="1095" id="m1"> has no note (no popover trigger)',
    ]);
  });
  test('fails a trigger whose note is missing or is not a popover', () => {
    expect(formatProblems(checkNotes(page('<button popovertarget="note-m9"><data value="1">1</data></button><div id="note-m8">x</div>')))).toEqual([
      'index.html: <button popovertarget="note-m9"> names no popover on the page',
      'index.html: <data value="1"> has no note (no popover trigger)',
    ]);
    expect(checkNotes(page('<button popovertarget="note-m8">x</button><div id="note-m8">x</div>'))).toHaveLength(1);
  });
});

describe('checkSearchLink', () => {
  test('passes <a rel="search"> and <link rel="search"> to search.html, relative to the page', () => {
    expect(checkSearchLink(page('<a rel="search" href="../search.html">搜索</a>', 'reports/a.html'))).toEqual([]);
    expect(checkSearchLink(page('', 'index.html', { head: '<link rel="search" href="search.html">' }))).toEqual([]);
  });
  test('fails a page without one, or with rel="search" pointing elsewhere', () => {
    expect(formatProblems(checkSearchLink(page('<a href="search.html">搜索</a>')))).toEqual([
      'index.html: no <a> or <link> with rel="search" pointing at search.html',
    ]);
    expect(checkSearchLink(page('<a rel="search" href="search.html">x</a>', 'reports/a.html'))).toHaveLength(1);
  });
  test('on 404.html only, from the site root or absolutely', () => {
    expect(checkSearchLink(page('<a rel="search" href="/search.html">x</a>', '404.html'))).toEqual([]);
    expect(checkSearchLink(page('<a rel="search" href="https://baogao.example/sub/search.html">x</a>', '404.html'))).toEqual([]);
    expect(checkSearchLink(page('<a rel="search" href="/index.html">x</a>', '404.html'))).toHaveLength(1);
    expect(checkSearchLink(page('<a rel="search" href="/search.html">x</a>', 'about.html'))).toHaveLength(1);
  });
});

describe('checkHtmlValidate', () => {
  test('the project configuration extends html-validate:recommended', () => {
    expect(projectHtmlValidateConfig().extends).toContain('html-validate:recommended');
  });
  test('passes a valid page', async () => {
    expect(await checkHtmlValidate(page('<main><h1>标题</h1><p>段落</p></main>'))).toEqual([]);
  });
  test('reports invalid markup with rule id and place', async () => {
    const problems = formatProblems(await checkHtmlValidate(page('<main><h1>x</h1><img src="a.png"><div><p>a</div></main>')));
    expect(problems.some((line) => line.includes('wcag/h37'))).toBe(true);
    expect(problems.some((line) => /^index\.html: 1:\d+ no-implicit-close/.test(line))).toBe(true);
  });
  test('uses the validator it is given', async () => {
    const strict = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'error' } }));
    expect(await checkHtmlValidate(page('<main><h1 style="color:red">x</h1></main>'), strict)).toHaveLength(1);
  });
});

describe('checkCsp', () => {
  const withPolicy = (policy: string) => page('', 'index.html', { head: `<meta http-equiv="content-security-policy" content="${policy}">` });
  test("passes a hash-based script-src", () => {
    expect(checkCsp(withPolicy("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='"))).toEqual([]);
  });
  test("fails a page without a policy, or with 'unsafe-inline' scripts", () => {
    expect(formatProblems(checkCsp(page('')))).toEqual(['index.html: no Content-Security-Policy meta tag']);
    expect(formatProblems(checkCsp(withPolicy("script-src 'self' 'unsafe-inline'")))).toEqual([
      "index.html: CSP script-src allows 'unsafe-inline'",
    ]);
    expect(checkCsp(withPolicy("style-src 'self'"))).toHaveLength(1);
  });
  test("allows 'wasm-unsafe-eval' on the search page only", () => {
    const policy = "script-src 'self' 'wasm-unsafe-eval'";
    expect(checkCsp(page('', 'search.html', { head: `<meta http-equiv="content-security-policy" content="${policy}">` }))).toEqual([]);
    expect(formatProblems(checkCsp(withPolicy(policy)))).toEqual(["index.html: CSP allows 'wasm-unsafe-eval' on a page that runs no WebAssembly"]);
  });
});

describe('checkReachable', () => {
  test('passes when every page but 404.html is linked, directly or not, from the home page', () => {
    const site = memorySite({
      'index.html': doc('<a href="reports/a.html#s1">a</a>'),
      'reports/a.html': doc('<a href="../districts/d.html">d</a>'),
      'districts/d.html': doc(''),
      '404.html': doc(''),
    });
    expect(checkReachable(site)).toEqual([]);
  });
  test('names an orphan page', () => {
    const site = memorySite({ 'index.html': doc(''), 'reports/a.html': doc(''), '404.html': doc('') });
    expect(formatProblems(checkReachable(site))).toEqual(['reports/a.html: not reachable by links from index.html']);
  });
});

describe('initialScriptBytes', () => {
  const gz = (text: string) => gzipSync(text).byteLength;
  const files: Record<string, string> = {
    '_astro/page.js': 'import{a}from"./chunk.js";import"./side.js";a();import("./later.js")',
    '_astro/chunk.js': 'export const a=()=>1;export*from"./chunk.js"',
    '_astro/side.js': 'console.log(1)',
    '_astro/later.js': 'x'.repeat(5000),
    'classic.js': 'var c=1',
  };
  test('counts inline scripts, script files and their static imports once each, not dynamic imports or data', () => {
    const p = page(
      '<script type="module" src="../_astro/page.js"></script><script src="../classic.js"></script>' +
        '<script>var i=1</script><script type="application/json">{"big":"data"}</script>',
      'reports/a.html',
    );
    const expected = gz(files['_astro/page.js']!) + gz(files['_astro/chunk.js']!) + gz(files['_astro/side.js']!) + gz(files['classic.js']!) + gz('var i=1');
    expect(initialScriptBytes(p, (path) => files[path])).toBe(expected);
  });
});
