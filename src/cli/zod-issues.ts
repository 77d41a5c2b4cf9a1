/** One line per zod issue: `path.to.field: message`, so an error names the field that is wrong. */
export interface IssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

export function formatZodIssues(issues: ReadonlyArray<IssueLike>): string {
  return issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
