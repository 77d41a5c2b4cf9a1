/**
 * A passage's fingerprint: what the ledger keeps of its text, enough to recognise the same text
 * again (`sha`) and the same passage edited (`mh`, a MinHash of its character bigrams, with `n`
 * bigrams in all), without keeping a copy of the report in the repository.
 *
 * The text is compared without its list or heading marker (`(三)`, `1.`, `一是`: renumbering a
 * section is not an edit of it) and without whitespace (a re-wrapped line is the same text).
 *
 * MinHash (Broder 1997): for each of `k` hash functions, the least hash over the bigram set. The
 * bigram behind each minimum is a random pick from the old text's bigrams, so when the new text is
 * at hand in full, the share of the old minima that the new text's bigrams also reach estimates
 * the share of the old text found in the new one (containment, standard error √(c(1−c)/k), ≈ 0.09
 * at c = 0.5 with k = 32), and from it the bigrams in common and the Jaccard similarity: exact
 * enough for a short paragraph inside a long merged one, where comparing two signatures is not.
 * 16-bit values: a chance hit is about n in 65 536 for a new text of n bigrams.
 */
import { createHash } from 'node:crypto';

export interface Fingerprint {
  /** First 16 hex digits of the SHA-256 of the compared text. */
  sha: string;
  /** MinHash signature: `k` 16-bit minima, base64 (empty for a text without bigrams). */
  mh: string;
  /** How many distinct bigrams the text has. */
  n: number;
}

export const signatureLength = 32;

/** The text as compared: marker and whitespace removed. */
export function comparedText(text: string, marker = ''): string {
  const body = marker && text.startsWith(marker) ? text.slice(marker.length) : text;
  return body.replace(/\s+/gu, '');
}

/** A new text's fingerprint with every hash of every bigram, to measure old fingerprints against. */
export interface Measured extends Fingerprint {
  /** `i << 16 | h_i(gram)` for every hash function i and bigram; computed on first use (only edits need it). */
  readonly reach: Set<number>;
}

export function fingerprint(compared: string): Fingerprint {
  const sha = createHash('sha256').update(compared).digest('hex').slice(0, 16);
  const grams = gramHashes(compared);
  if (grams.length === 0) return { sha, mh: '', n: 0 };
  const mins = new Array<number>(signatureLength).fill(0xffff);
  for (const base of grams) {
    for (let i = 0; i < signatureLength; i++) {
      const value = fmix32(base ^ seeds[i]!) >>> 16;
      if (value < mins[i]!) mins[i] = value;
    }
  }
  const bytes = Buffer.alloc(signatureLength * 2);
  mins.forEach((value, i) => bytes.writeUInt16BE(value, i * 2));
  return { sha, mh: bytes.toString('base64'), n: grams.length };
}

export function measured(compared: string): Measured {
  const print = fingerprint(compared);
  let reach: Set<number> | undefined;
  return {
    ...print,
    get reach() {
      reach ??= reachOf(compared);
      return reach;
    },
  };
}

function reachOf(compared: string): Set<number> {
  const reach = new Set<number>();
  for (const base of gramHashes(compared)) {
    for (let i = 0; i < signatureLength; i++) reach.add((i << 16) | (fmix32(base ^ seeds[i]!) >>> 16));
  }
  return reach;
}

/** Distinct character bigrams (code points); a one-character text is its own single gram. */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(text);
  if (chars.length === 1) return new Set(chars);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

/**
 * `fnv1a` of each distinct bigram of `bigrams(text)`, in the same order, without building a
 * string per bigram: every report's passages are fingerprinted on every ingest, and the strings
 * and their set were a tenth of a cold ingest's time.
 */
export function gramHashes(text: string): number[] {
  const points: number[] = [];
  for (const char of text) points.push(char.codePointAt(0)!);
  if (points.length === 1) return [fnv1a(text)];
  const seen = new Set<number>();
  const hashes: number[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const first = points[i]!;
    const second = points[i + 1]!;
    // Unique per pair of code points (< 2^53).
    const key = first * 0x110000 + second;
    if (seen.has(key)) continue;
    seen.add(key);
    hashes.push(fnvCodePoint(fnvCodePoint(0x811c9dc5, first), second) >>> 0);
  }
  return hashes;
}

/** `fnv1a`'s step over one code point's UTF-16 code units (two for a code point above U+FFFF). */
function fnvCodePoint(hash: number, point: number): number {
  if (point <= 0xffff) return Math.imul(hash ^ point, 0x01000193);
  const high = 0xd800 + ((point - 0x10000) >> 10);
  const low = 0xdc00 + ((point - 0x10000) & 0x3ff);
  return Math.imul(Math.imul(hash ^ high, 0x01000193) ^ low, 0x01000193);
}

export interface Overlap {
  /** Estimated Jaccard similarity. */
  jaccard: number;
  /** Estimated bigrams in common. */
  shared: number;
  /** Share of the old text's bigrams found in the new, and of the new's in the old. */
  oldInNew: number;
  newInOld: number;
}

/** How much an old fingerprint and a new text have in common (estimates: see the top of this file). */
export function overlap(old: Fingerprint, now: Measured): Overlap {
  if (old.sha === now.sha) return { jaccard: 1, shared: now.n, oldInNew: 1, newInOld: 1 };
  if (old.n === 0 || now.n === 0 || !old.mh) return { jaccard: 0, shared: 0, oldInNew: 0, newInOld: 0 };
  const mins = Buffer.from(old.mh, 'base64');
  let hits = 0;
  for (let i = 0; i < signatureLength; i++) if (now.reach.has((i << 16) | mins.readUInt16BE(i * 2))) hits++;
  const oldInNew = hits / signatureLength;
  const shared = Math.min(now.n, oldInNew * old.n);
  return { jaccard: shared / (old.n + now.n - shared), shared, oldInNew, newInOld: shared / now.n };
}

/** Seeds of the k hash functions: fixed, so every run and machine computes the same signature. */
const seeds = Array.from({ length: signatureLength }, (_, i) => fmix32((i + 1) * 0x9e3779b1));

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
