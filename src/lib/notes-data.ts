/**
 * What notes show beyond what each page carries, as classic scripts (they load from disk, where
 * `fetch` cannot) that site.js adds when a reader first opens a note:
 *   - `glossary-data.js`, shared by every page (cached once): each term and its explanations;
 *   - `reports/<slug>.notes.js`, one per report: its figures' values in full (Chinese and English)
 *     and labels, and the
 *     English names and definitions of the indicators it states.
 * Neither grows with the number of reports in the site.
 */
import type { GlossaryTerm, Indicator } from '../model.ts';
import type { MetricNote } from './metric-note.ts';

/** The globals the scripts set; site.js reads them. */
export const glossaryGlobal = 'baogaoGlossary';
export const figuresGlobal = 'baogaoFigures';

/** Term id → [term, explanation, English explanation]. */
export type GlossaryData = Record<string, [string, string, string]>;

export interface FiguresData {
  /** Note id → [the value in full in Chinese, in English, the figure's label where it has no indicator (or '')]. */
  figures: Record<string, [string, string, string]>;
  /** Indicator id → [English name, definition, English definition] ('' where none). */
  indicators: Record<string, [string, string, string]>;
  /** The figure of each button that opens a shared note, in text order (`sharedFigures`). */
  shared: string[];
}

export function glossaryData(glossary: GlossaryTerm[]): GlossaryData {
  return Object.fromEntries(glossary.map((g) => [g.id, [g.term, g.zh, g.en]]));
}

export function figuresData(notes: Array<{ id: string; note: MetricNote }>, indicator: (id: string) => Indicator | undefined, shared: string[] = []): FiguresData {
  const indicators: FiguresData['indicators'] = {};
  for (const { note } of notes) {
    const found = note.indicator ? indicator(note.indicator) : undefined;
    if (found) indicators[found.id] = [found.nameEn, found.definition ?? '', found.definitionEn ?? ''];
  }
  return { figures: Object.fromEntries(notes.map(({ id, note }) => [id, [note.valueZh, note.valueEn, note.label ?? '']])), indicators, shared };
}

/** A classic script setting `window[name]` to `data`. */
export function dataScript(name: string, data: unknown): string {
  return `window.${name}=${JSON.stringify(data)};\n`;
}
