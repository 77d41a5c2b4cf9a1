import { describe, expect, test } from 'vitest';
import { districtKey, linker, paths, relativeUrl } from '../../src/lib/urls.ts';

describe('relativeUrl', () => {
  test('from a report to another report names the file in the same folder', () => {
    expect(relativeUrl(paths.report('a-b-2014'), paths.report('a-b-2015'))).toBe('a-b-2015.html');
  });
  test('from a report to the home page goes up one folder', () => {
    expect(relativeUrl('reports/shanghai-xuhui-2014.html', paths.home())).toBe('../index.html');
  });
  test('from the home page down into a folder, with an anchor', () => {
    expect(relativeUrl('index.html', paths.report('shanghai-xuhui-2014'), 's1-3-p2')).toBe(
      'reports/shanghai-xuhui-2014.html#s1-3-p2',
    );
  });
  test('across folders', () => {
    expect(relativeUrl('districts/shanghai-xuhui.html', paths.indicator('gdp'))).toBe('../indicators/gdp.html');
    expect(relativeUrl('indicators/gdp.html', paths.report('x-y-2014'), 's1-p1')).toBe('../reports/x-y-2014.html#s1-p1');
  });
  test('an indicator year page sits one folder below the indicator page', () => {
    expect(paths.indicatorYear('gdp', 2014)).toBe('indicators/gdp/2014.html');
    expect(relativeUrl(paths.indicator('gdp'), paths.indicatorYear('gdp', 2014))).toBe('gdp/2014.html');
    expect(relativeUrl(paths.indicatorYear('gdp', 2014), paths.indicator('gdp'))).toBe('../gdp.html');
    expect(relativeUrl(paths.indicatorYear('gdp', 2014), paths.indicatorYear('gdp', 2015))).toBe('2015.html');
    expect(relativeUrl(paths.indicatorYear('gdp', 2014), paths.report('x-y-2014'), 's1-p1')).toBe('../../reports/x-y-2014.html#s1-p1');
  });
  test('an anchor on the same page is just the fragment', () => {
    expect(relativeUrl('reports/x.html', 'reports/x.html', 's2')).toBe('#s2');
  });
  test('the same page without an anchor names the file', () => {
    expect(relativeUrl('reports/x.html', 'reports/x.html')).toBe('x.html');
    expect(relativeUrl('index.html', 'index.html')).toBe('index.html');
  });
  test('never root-relative and never a folder', () => {
    for (const from of ['index.html', 'reports/a.html', 'years/2014.html']) {
      for (const to of ['index.html', 'about.html', 'reports/a.html', 'districts/x-y.html', 'site.js']) {
        const url = relativeUrl(from, to);
        expect(url.startsWith('/')).toBe(false);
        expect(url.endsWith('/')).toBe(false);
        expect(new URL(url, `https://example.org/base/${from}`).pathname).toBe(`/base/${to}`);
      }
    }
  });
  test('rejects paths that are not files from the root', () => {
    expect(() => relativeUrl('/index.html', 'about.html')).toThrow(/received `\/index.html`/);
    expect(() => relativeUrl('index.html', 'reports/')).toThrow(/naming a file/);
    expect(() => relativeUrl('index.html', '../x.html')).toThrow();
  });
});

describe('paths', () => {
  test('name the files of the URL scheme', () => {
    expect(paths.district(districtKey('shanghai', 'xuhui'))).toBe('districts/shanghai-xuhui.html');
    expect(paths.year(2014)).toBe('years/2014.html');
    expect(paths.indicator('gdp')).toBe('indicators/gdp.html');
    expect(paths.notFound()).toBe('404.html');
  });
  test('linker binds the current page', () => {
    const href = linker(paths.year(2014));
    expect(href(paths.search())).toBe('../search.html');
    expect(href(paths.year(2014), 'gdp')).toBe('#gdp');
  });
});
