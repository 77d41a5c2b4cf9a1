/**
 * A report file as the ingest writes it: frontmatter between `---` lines, then the MDX body.
 * The frontmatter is JSON (valid YAML 1.2, so any MDX tool reads it as YAML frontmatter); YAML
 * written by hand or by an older ingest is read too.
 */
import { parse as parseYaml } from 'yaml';

export interface ReportFile {
  /** The frontmatter, parsed but not validated. */
  data: unknown;
  body: string;
  /** The line of the file the body starts on (1-based). */
  bodyLine: number;
}

export class ReportFileError extends Error {
  override name = 'ReportFileError';
}

export function splitReportFile(source: string, path: string): ReportFile {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const open = /^---\r?\n/.exec(text);
  const close = open ? /^---[ \t]*(?:\r?\n|$)/m.exec(text.slice(open[0].length)) : null;
  if (!open || !close) throw new ReportFileError(`${path}:1:1: expected frontmatter between \`---\` lines at the top of the file.`);
  const frontmatter = text.slice(open[0].length, open[0].length + close.index);
  const bodyStart = open[0].length + close.index + close[0].length;
  let data: unknown;
  try {
    data = frontmatter.trimStart().startsWith('{') ? JSON.parse(frontmatter) : parseYaml(frontmatter);
  } catch (error) {
    throw new ReportFileError(`${path}:2:1: the frontmatter does not parse: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { data, body: text.slice(bodyStart), bodyLine: text.slice(0, bodyStart).split('\n').length };
}
