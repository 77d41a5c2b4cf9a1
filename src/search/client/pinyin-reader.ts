/**
 * The pinyin reader (src/search/core/pinyin.ts) as a classic script that sets
 * `window.baogaoPinyin`: the search page loads it only for a query in Latin letters, so a Chinese
 * query neither downloads nor parses it.
 */
import { parsePinyin, readPinyin, shardsFor } from '../core/pinyin.ts';

const reader = { parsePinyin, readPinyin, shardsFor };
export type PinyinReader = typeof reader;

declare global {
  interface Window {
    baogaoPinyin?: PinyinReader;
  }
}

window.baogaoPinyin = reader;
