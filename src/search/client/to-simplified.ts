/**
 * Traditional → simplified conversion of a query, exactly as ingest converts traditional reports
 * (opencc `tw` → `cn`), as a classic script that sets `window.baogaoToSimplified`. It bundles only
 * opencc's traditional→simplified dictionaries (~110 KB); the search page loads it only for a query
 * with Chinese characters in it.
 */
import { Converter } from 'opencc-js/t2cn';
import { simplifyPlaceVariants } from '../../ingest/place-variants.ts';

declare global {
  interface Window {
    baogaoToSimplified?: (text: string) => string;
  }
}

const convert = Converter({ from: 'tw', to: 'cn' });
window.baogaoToSimplified = (text) => simplifyPlaceVariants(convert(text));
