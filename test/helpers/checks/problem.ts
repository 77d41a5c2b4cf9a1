/** What a check found wrong on one page. Checks return a list of these; an empty list is a pass. */
export interface Problem {
  page: string;
  message: string;
}

/** One line per problem, for assertion diffs that name the page: `reports/x.html: …`. */
export function formatProblems(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.page}: ${problem.message}`);
}
