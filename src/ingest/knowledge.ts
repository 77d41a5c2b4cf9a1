/**
 * The curated knowledge the pipeline reads: places (division data plus our supplement),
 * indicators and glossary terms. Parsed from YAML text handed in by the caller (no file I/O here).
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { glossaryTerm, indicator, type GlossaryTerm, type Indicator } from '../model.ts';
import { buildPlaceRegistry, type PlaceRegistry } from './places.ts';

export interface Knowledge {
  places: PlaceRegistry;
  indicators: Indicator[];
  glossary: GlossaryTerm[];
}

export interface KnowledgeSources {
  /** `content/places.yaml` */
  places: string;
  /** `content/indicators.yaml` */
  indicators: string;
  /** `content/glossary.yaml` */
  glossary: string;
}

export function parseKnowledge(sources: KnowledgeSources): Knowledge {
  return knowledgeOf({ places: parse(sources.places), indicators: parse(sources.indicators), glossary: parse(sources.glossary) });
}

/** The knowledge from the three files' YAML already parsed (a caller that parsed them to check each file parses them once). */
export function knowledgeOf(values: Record<keyof KnowledgeSources, unknown>): Knowledge {
  return {
    places: buildPlaceRegistry(values.places),
    indicators: z.array(indicator).parse(values.indicators ?? []),
    glossary: z.array(glossaryTerm).parse(values.glossary ?? []),
  };
}
