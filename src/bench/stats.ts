/** Small pure helpers for the benchmark: medians, sizes, the page-weight target and the report table. */

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Issue 7's page-weight target: report HTML (gzip) within 1.25× its own text (gzip) plus 4 KB. */
export function pageWeightBudget(textGzipBytes: number): number {
  return 1.25 * textGzipBytes + 4096;
}

/** Parse GNU time's `-f '%e %M'` line: elapsed seconds and peak resident set in KB. */
export function parseGnuTime(stderr: string): { seconds: number; peakKb: number } {
  const match = /^TIME (\d+(?:\.\d+)?) (\d+)$/m.exec(stderr);
  if (!match) throw new Error(`bench: no GNU time line (TIME seconds peakKb) in:\n${stderr.slice(-500)}`);
  return { seconds: Number(match[1]), peakKb: Number(match[2]) };
}

export function markdownTable(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
