/**
 * The hand-labelled target set (`test/golden/targets/*.yaml`): for chosen paragraphs, every target
 * a reader finds, in reading order, with its value, bound, period and indicator. Written by reading
 * the text, never by copying the extractor's output (test/golden/targets/README.md). Strict, so a
 * misspelt key is an error rather than a label silently ignored.
 */
import { z } from 'astro/zod';
import { period, targetBound } from '../model.ts';

export const goldenTarget = z
  .object({
    /** The figure as written (`8%`, `128.2亿元`); absent for a relative target. */
    figure: z.string().min(1).optional(),
    /** For a relative target: what it is measured against, as written (`与全市保持同步`). */
    relative: z.string().min(1).optional(),
    measure: z.enum(['growth', 'level']),
    /** Signed; growth in % or pp, a level in its base unit (`128.2亿元` → 12820000000). */
    value: z.number().optional(),
    upper: z.number().optional(),
    bound: targetBound,
    striving: z.boolean().optional(),
    period: period,
    /** Dictionary id; absent when the dictionary has no entry for what the target measures. */
    indicator: z.string().optional(),
    /** Which occurrence of `figure` in the paragraph, when it occurs more than once (1-based). */
    occurrence: z.number().int().positive().optional(),
  })
  .strict()
  .refine((t) => (t.figure === undefined) !== (t.relative === undefined), 'a target has a figure or is relative');
export type GoldenTarget = z.infer<typeof goldenTarget>;

export const goldenTargetSource = z
  .object({
    /** A seed file name (`000_8a680f93dd4856e3.txt`), ingested whole. */
    seed: z.string().regex(/^[\w-]+\.txt$/).optional(),
    /** A stored real text (`texts/xianyang-2023.txt`), read as a plan part of that year. */
    text: z.string().regex(/^[\w/-]+\.txt$/).optional(),
    /** The year a stored text plans for (a seed's comes from its report). */
    planYear: z.number().int().optional(),
    paragraphs: z
      .array(
        z
          .object({
            /** A substring found in exactly one paragraph of the cleaned, simplified text. */
            find: z.string().min(2),
            targets: z.array(goldenTarget),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .refine((s) => (s.seed === undefined) !== (s.text === undefined), 'a source is a seed or a stored text')
  .refine((s) => s.text === undefined || s.planYear !== undefined, 'a stored text needs its planYear');
export type GoldenTargetSource = z.infer<typeof goldenTargetSource>;

export const goldenTargetFile = z.object({ sources: z.array(goldenTargetSource).min(1) }).strict();
export type GoldenTargetFile = z.infer<typeof goldenTargetFile>;
