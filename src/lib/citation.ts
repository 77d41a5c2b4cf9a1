/**
 * Citations of a report or of one of its sections, in GB/T 7714—2015 and APA (7th) forms.
 * The access date is left as a placeholder (`ACCESS_DATE`) that the page's script fills with the
 * reader's date; without script the reader sees `[引用日期]` and fills it in.
 */
import type { ReportData } from '../model.ts';
import { reportKindLabel } from './i18n.ts';

export const ACCESS_DATE = '引用日期';

export interface CitationInput {
  report: Pick<ReportData, 'title' | 'kind' | 'year' | 'date' | 'district' | 'city'>;
  /** Absolute or relative URL of the report page, with the anchor for a section. */
  url: string;
  /** Heading text of the cited section, when citing a section. */
  section?: string;
  /** The cited paragraph's id (`s1-3-p2`), when citing a paragraph of the section. */
  locator?: string;
}

/** Who is responsible for the report: the district government or party committee. */
export function reportAuthor(report: CitationInput['report']): string {
  const place = `${report.city.name}${report.district.name}`;
  if (report.kind === 'government-work-report') return `${place}人民政府`;
  if (report.kind === 'party-committee-report' || report.kind === 'party-congress-report' || report.kind === 'party-plenary-report') {
    return `中共${place}委员会`;
  }
  return place;
}

/** GB/T 7714—2015, electronic report `[R/OL]`; a section as a contribution (`//`). */
/** A heading as a title: without its closing full stop (`…提升。` → `…提升`). */
export function sectionTitle(heading: string): string {
  return heading.trim().replace(/[。．.]+$/u, '');
}

export function citeGbt({ report, url, section: heading, locator }: CitationInput): string {
  const section = heading === undefined ? undefined : sectionTitle(heading);
  const author = reportAuthor(report);
  const published = report.date ? `(${report.date})` : `${report.year}`;
  const whole = `${report.title}[R/OL]`;
  // A paragraph is located as GB/T 7714 locates a page in a contribution: after a colon.
  const at = locator ? `: 段落 ${locator}` : '';
  const head = section ? `${author}. ${section}[R/OL]//${author}. ${report.title}${at}` : `${author}. ${whole}`;
  return `${head}. ${published}[${ACCESS_DATE}]. ${url}.`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA 7th: corporate author, date, title with an English description in brackets, URL. */
export function citeApa({ report, url, section: heading, locator }: CitationInput): string {
  const section = heading === undefined ? undefined : sectionTitle(heading);
  const author = reportAuthor(report);
  const [y, m, d] = (report.date ?? '').split('-').map(Number);
  const date = y && m && d ? `${y}, ${months[m - 1]} ${d}` : `${report.year}`;
  const kindEn = reportKindLabel[report.kind].en;
  const described = `${report.title} [${kindEn}, ${report.district.nameEn}, ${report.city.nameEn}, ${report.year}]`;
  const title = section ? `${section}${locator ? ` (para. ${locator})` : ''}. In ${described}` : described;
  return `${author}. (${date}). ${title}. ${url}`;
}
