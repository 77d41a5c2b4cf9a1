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
  return {
    places: buildPlaceRegistry(parse(sources.places)),
    indicators: z.array(indicator).parse(parse(sources.indicators) ?? []),
    glossary: z.array(glossaryTerm).parse(parse(sources.glossary) ?? []),
  };
}
