/** The build-output checks: one small function each, `(page, …) → Problem[]`, empty when the page passes. */
export { checkButtonsOutsideForms } from './button-forms.ts';
export { checkCsp } from './csp.ts';
export { checkHeadings } from './headings.ts';
export { checkHtmlValidate, projectHtmlValidateConfig } from './html-validate.ts';
export { checkInternalLinks } from './internal-links.ts';
export { checkLang } from './lang.ts';
export { checkNotes, metricSelector } from './notes.ts';
export { checkReachable } from './reachable.ts';
export { checkScriptBudget, initialScriptBytes } from './script-budget.ts';
export { checkSearchLink } from './search-link.ts';
export { checkUniqueIds } from './unique-ids.ts';
export { formatProblems, type Problem } from './problem.ts';
