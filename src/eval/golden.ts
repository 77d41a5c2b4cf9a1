/**
 * The hand-labelled metric set (`test/golden/metrics/<seed>.yaml`): for chosen paragraphs of a
 * seed, every figure in reading order with what it measures. Written by reading the text, never by
 * copying the extractor's output; see test/golden/README.md for the conventions.
 */
import { z } from 'astro/zod';
import { metricRole, period } from '../model.ts';

export const goldenFigure = z.object({
  /** The figure as written, without qualifier words (`1095亿元`, `8%`). */
  text: z.string().min(1),
  value: z.number(),
  unit: z.string(),
  /** Text of the level figure this change qualifies (`1095亿元` for its `8%`). */
  growthOf: z.string().optional(),
  /** Dictionary indicator id, when the label phrase is one. */
  indicator: z.string().optional(),
  period: period,
  role: metricRole,
  /** Which occurrence of `text` in the paragraph, when it occurs more than once (1-based). */
  occurrence: z.number().int().positive().optional(),
});
export type GoldenFigure = z.infer<typeof goldenFigure>;

export const goldenParagraph = z.object({
  /** A substring found in exactly one heading or paragraph of the cleaned text. */
  find: z.string().min(1),
  figures: z.array(goldenFigure).default([]),
});
export type GoldenParagraph = z.infer<typeof goldenParagraph>;

export const goldenFile = z.object({
  /** Seed file name, e.g. `000_8a680f93dd4856e3.txt`. */
  seed: z.string(),
  paragraphs: z.array(goldenParagraph).default([]),
});
export type GoldenFile = z.infer<typeof goldenFile>;
