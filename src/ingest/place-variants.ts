/**
 * Variant characters OpenCC's `tw` → `cn` keeps that place names write simplified: 濬縣 is 浚县,
 * 澂江 is 澄江. Applied after OpenCC by the ingest and by the search page's query conversion alike.
 */
const VARIANTS = /[濬澂]/g;
const SIMPLIFIED: Record<string, string> = { 濬: '浚', 澂: '澄' };

export function simplifyPlaceVariants(text: string): string {
  return text.replace(VARIANTS, (variant) => SIMPLIFIED[variant] ?? variant);
}
