/**
 * One page of each type from the built site, chosen by what the browser tests need: a report with
 * metric notes, and the district and indicator pages it links to.
 */
import { attribute, elements, hasAttribute, type HtmlPage } from './html.ts';
import type { Site } from './site.ts';
import { resolveLink } from './urls.ts';

export interface Samples {
  home: string;
  report: string;
  district: string;
  year: string;
  indicator: string;
  /** A page of the indicator for one report year, linked from the indicator page. */
  indicatorYear: string;
  about: string;
  search: string;
  notFound: string;
}

/** Paths (inside the site) of the pages a page links to with `<a>`, in document order. */
export function linkedPages(page: HtmlPage): string[] {
  return elements(page.tree).flatMap((element) => {
    if (element.tagName !== 'a') return [];
    const target = resolveLink(page.path, attribute(element, 'href') ?? '');
    return target.kind === 'internal' ? [target.path] : [];
  });
}

export function pickSamples(site: Site): Samples {
  const pages = site.pages();
  const inFolder = (folder: string) => pages.filter((page) => page.path.startsWith(`${folder}/`));
  const first = (folder: string, from: readonly string[] = []) => {
    const linked = from.find((path) => path.startsWith(`${folder}/`));
    const path = linked ?? inFolder(folder)[0]?.path;
    if (!path) throw new Error(`the built site has no page in ${folder}/`);
    return path;
  };
  const hasNotes = (page: HtmlPage) => elements(page.tree).some((element) => hasAttribute(element, 'popovertarget'));
  const reports = inFolder('reports');
  // A report with notes whose district has other reports, so that report → district → report can be followed.
  const districtOf = (page: HtmlPage) => linkedPages(page).find((path) => path.startsWith('districts/'));
  const reportsOfDistrict = (page: HtmlPage) => {
    const district = districtOf(page);
    const districtPage = district === undefined ? undefined : site.page(district);
    return new Set(districtPage ? linkedPages(districtPage).filter((path) => path.startsWith('reports/')) : []);
  };
  const report =
    reports.find((page) => hasNotes(page) && reportsOfDistrict(page).size >= 2) ?? reports.find(hasNotes) ?? reports[0];
  if (!report) throw new Error('the built site has no report page');
  const links = linkedPages(report);
  const indicator = first('indicators', links);
  const indicatorPage = site.page(indicator);
  const indicatorYear = first(indicator.replace(/\.html$/, ''), indicatorPage ? linkedPages(indicatorPage) : []);
  return {
    home: 'index.html',
    report: report.path,
    district: first('districts', links),
    year: first('years', links),
    indicator,
    indicatorYear,
    about: 'about.html',
    search: 'search.html',
    notFound: '404.html',
  };
}
