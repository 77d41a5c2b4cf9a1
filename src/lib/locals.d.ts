/** What a page hands to the components it renders (MDX components read the report from here). */
declare namespace App {
  interface Locals {
    /** The report being rendered, set by the report page before `<Content />`. */
    report?: import('../model.ts').ReportData;
    /** Path of the page being rendered, e.g. `reports/shanghai-xuhui-2014.html`. */
    pagePath?: string;
    /** The report's figure notes by owning figure id (see `reportNotes`). */
    figureNotes?: ReadonlyMap<string, import('./metric-note.ts').FigureNote>;
    /** The figures of the buttons that open shared notes, in text order, and how many the text has rendered. */
    sharedFigures?: { list: string[]; next: number };
  }
}
