/** What a page hands to the components it renders (MDX components read the report from here). */
declare namespace App {
  interface Locals {
    /** The report being rendered, set by the report page before `<Content />`. */
    report?: import('../model.ts').ReportData;
    /** Path of the page being rendered, e.g. `reports/shanghai-xuhui-2014.html`. */
    pagePath?: string;
    /** Glossary terms whose note was already rendered on this page (later mentions point at it). */
    termNotes?: Set<string>;
  }
}
