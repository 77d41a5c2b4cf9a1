/**
 * The hand-labelled metric set (`test/golden/metrics/<seed>.yaml`): for chosen paragraphs of a
 * seed, every figure in reading order with what it measures. Written by reading the text, never by
 * copying the extractor's output; see test/golden/README.md for the conventions. Strict, so a
 * misspelt key is an error rather than a label silently ignored (test/golden/metrics.test.ts).
 */
import { z } from 'astro/zod';
import { metricRole, period } from '../model.ts';

export const goldenFigure = z
  .object({
    /** The figure as written, without qualifier words (`1095亿元`, `8%`). */
    text: z.string().min(1),
    value: z.number(),
    unit: z.string().min(1),
    /** Text of the level figure this change qualifies (`1095亿元` for its `8%`). */
    growthOf: z.string().optional(),
    /** Dictionary indicator id, when the label phrase is one. */
    indicator: z.string().optional(),
    period: period,
    role: metricRole,
    /** Which occurrence of `text` in the paragraph, when it occurs more than once (1-based). */
    occurrence: z.number().int().positive().optional(),
  })
  .strict();
export type GoldenFigure = z.infer<typeof goldenFigure>;

export const goldenParagraph = z
  .object({
    /** A substring found in exactly one heading or paragraph of the cleaned text. */
    find: z.string().min(2),
    /** `[]` says that the paragraph holds no metric (its numbers are names, ordinals, dates). */
    figures: z.array(goldenFigure),
  })
  .strict();
export type GoldenParagraph = z.infer<typeof goldenParagraph>;

export const goldenFile = z
  .object({
    /** Seed file name, e.g. `000_8a680f93dd4856e3.txt`. */
    seed: z.string().regex(/^[\w-]+\.txt$/),
    paragraphs: z.array(goldenParagraph).min(1),
  })
  .strict();
export type GoldenFile = z.infer<typeof goldenFile>;
