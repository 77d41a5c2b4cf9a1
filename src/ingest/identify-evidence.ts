/**
 * Identification by evidence: every cue in the text proposes a value for a fact with a weight and
 * the line it stands on; the fact is the value of the heaviest cue. Cues that propose another value
 * are conflicts: reported (naming both lines) when they carry weight, fatal only when two strong
 * cues contradict each other (two datelines with different years), never silently dropped.
 */
import type { Found } from './identify-text.ts';

export interface Cue<T> {
  value: T;
  /** How much the cue is worth: 10 a dateline, 6 a title, 5 a part heading, 3 an opening sentence, 1 a guess. */
  weight: number;
  line?: number;
  /** The text the cue was read from, and what it means. */
  evidence: string;
  /** The value is a bound, not a reading: a page's publication date (no page publishes a report before it is read). */
  atMost?: boolean;
}

/** Weight from which two contradicting cues make the fact unknowable without a sidecar. */
export const STRONG = 8;
/** Weight from which a contradicting cue is worth a warning. */
export const NOTABLE = 3;

export interface Ranked<T> {
  chosen: Found<T>;
  /** The heaviest cue for each other value that is at least NOTABLE. */
  conflicts: Cue<T>[];
  /** Two STRONG cues disagree. */
  contradiction: boolean;
}

/**
 * Each value scores its heaviest cue plus half of its other cues (agreeing weak cues can outrank one
 * stronger cue, but never a dateline alone); the best value's heaviest cue is the evidence. Ties go
 * to the value whose cue came first.
 */
export function rank<T>(cues: readonly Cue<T>[]): Ranked<T> | undefined {
  const sorted = cues
    .map((cue, order) => ({ cue, order }))
    .sort((a, b) => b.cue.weight - a.cue.weight || a.order - b.order)
    .map(({ cue }) => cue);
  const scores = new Map<T, number>();
  for (const cue of sorted) {
    const score = scores.get(cue.value);
    scores.set(cue.value, score === undefined ? cue.weight : score + cue.weight / 2);
  }
  const top = Math.max(...scores.values());
  const best = sorted.find((cue) => scores.get(cue.value) === top);
  if (!best) return undefined;
  const seen = new Set<T>([best.value]);
  const conflicts: Cue<T>[] = [];
  for (const cue of sorted) {
    if (cue.weight > best.weight && cue.value !== best.value) {
      conflicts.push(cue);
      seen.add(cue.value);
      continue;
    }
    if (seen.has(cue.value)) continue;
    seen.add(cue.value);
    if (cue.weight >= NOTABLE) conflicts.push(cue);
  }
  const chosen: Found<T> =
    best.line === undefined
      ? { value: best.value, source: 'inferred', evidence: best.evidence }
      : { value: best.value, source: 'text', line: best.line, evidence: best.evidence };
  return {
    chosen,
    conflicts,
    contradiction: best.weight >= STRONG && conflicts.some((cue) => cue.weight >= STRONG),
  };
}

/** `line 3 (一、2012年工作回顾 …)` for messages. */
export function where(cue: { line?: number | undefined; evidence: string }): string {
  return cue.line === undefined ? cue.evidence : `line ${cue.line}: ${cue.evidence}`;
}
