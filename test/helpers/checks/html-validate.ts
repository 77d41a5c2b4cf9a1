import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { repoRoot } from '../paths.ts';
import type { HtmlPage } from '../html.ts';
import type { Problem } from './problem.ts';

/** The project's html-validate configuration (.htmlvalidate.json): recommended rules, justified exceptions. */
export function projectHtmlValidateConfig(): ConfigData {
  return JSON.parse(readFileSync(`${repoRoot}/.htmlvalidate.json`, 'utf8')) as ConfigData;
}

let shared: HtmlValidate | undefined;

/** html-validate reports nothing for the page, under the project configuration. */
export async function checkHtmlValidate(page: HtmlPage, validator?: HtmlValidate): Promise<Problem[]> {
  validator ??= shared ??= new HtmlValidate(new StaticConfigLoader(projectHtmlValidateConfig()));
  const report = await validator.validateString(page.source, page.path);
  return report.results.flatMap((result) =>
    result.messages.map((message) => ({
      page: page.path,
      message: `${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
    })),
  );
}
