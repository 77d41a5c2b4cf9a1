import fc from 'fast-check';
import { expect, test } from 'vitest';
import { bigrams, fingerprint, gramHashes } from '../../../src/ingest/ledger/fingerprint.ts';

/** FNV-1a over UTF-16 code units, as the ledger's signatures were first computed from each bigram's string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
const fromStrings = (text: string) => [...bigrams(text)].map(fnv1a);

test('gram hashes: those of the bigram strings, one per distinct bigram, in order (astral characters, lone surrogates, one character, none)', () => {
  for (const text of ['', '甲', '甲乙', '甲乙甲乙甲', '𠀀区𠀀区', '\ud800甲\udc00', 'a\ud83d\ude00b', '全年实现生产总值1095亿元']) {
    expect(gramHashes(text), text).toEqual(fromStrings(text));
  }
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
    expect(gramHashes(text)).toEqual(fromStrings(text));
  }));
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '𠀀', 'a', '\ud800') }), (text) => {
    expect(gramHashes(text)).toEqual(fromStrings(text));
  }));
});

test('a fingerprint counts distinct bigrams and keeps its signature (values written into committed ledgers)', () => {
  expect(fingerprint('甲乙甲乙')).toEqual({ sha: expect.any(String), mh: expect.any(String), n: 2 });
  expect(fingerprint('')).toEqual({ sha: 'e3b0c44298fc1c14', mh: '', n: 0 });
  // Computed by the string-per-bigram implementation before this one.
  expect(fingerprint('全年实现生产总值1095亿元').mh).toBe(FIXED);
});
const FIXED = 'A0ICCQepAJoUFRTLIRUDAgLrQrILPgUqHAgABgppDawAVAKWMBgW9AqtMe8XpAyoFfsQBgKkBxQlEAG+RXgolg==';
