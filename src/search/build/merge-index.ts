/**
 * Merges Pagefind 1.6 indexes of disjoint sets of pages ("shards") into the one index Pagefind
 * would have built from all the pages at once, so the browser loads a single index as before.
 *
 * Why: Pagefind holds every page's word map in memory until it writes (≈2.5 MB per report page),
 * so one process over 1000 reports peaks at ~2.5 GB. Shards are indexed by separate processes with
 * bounded memory, and merged here file by file without unpacking the postings.
 *
 * The formats and rules follow pagefind/src/index/ (v1.6.0): the meta file
 * `[version, pages[[hash, word_count, group_hash]], index_chunks[[from, to, hash]],
 * filters[[filter, hash]], sorts, meta_fields]`, word chunks `[[[word, pages[[Δpage, locs,
 * meta_locs]], variants[[form, pages]]]]]` sorted by word (UTF-8 byte order) and cut after 20000
 * postings, filters `[filter, [[value, pages]]]`, and names `<lang>_<sha1 hex>` shortened and
 * lengthened on collision as Pagefind does. Pages are numbered in the order of their fragment
 * hashes (the CLI numbers them in file-system order), which changes no score.
 */
import { createHash } from 'node:crypto';
import { CborReader, CborWriter } from './cbor.ts';

/** Pagefind's `index_chunk_size` default (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE overrides it). */
export const CHUNK_SIZE = 20000;

/** Pagefind's `full_hash`: SHA-1, each byte as hex without zero padding (`{:x?}`). */
export function pagefindHash(bytes: Uint8Array): string {
  return [...createHash('sha1').update(bytes).digest()].map((b) => b.toString(16)).join('');
}

const utf8 = new TextEncoder();
/** Rust's `String` order: by UTF-8 bytes. */
export function compareStrings(a: string, b: string): number {
  return Buffer.compare(utf8.encode(a), utf8.encode(b));
}

interface MetaPage {
  hash: string;
  wordCount: number;
}

interface ShardMeta {
  version: string;
  pages: MetaPage[];
  chunks: Array<{ from: string; to: string; hash: string }>;
  filters: Array<{ filter: string; hash: string }>;
  metaFields: string[];
}

export function readMeta(bytes: Uint8Array): ShardMeta {
  const r = new CborReader(bytes);
  const fields = r.arrayStart();
  if (fields !== 6) throw new Error(`pf_meta: expected 6 fields, found ${fields} (not Pagefind 1.6?)`);
  const version = r.text();
  const pages: MetaPage[] = [];
  for (let i = 0, n = r.arrayStart(); i < n; i++) {
    r.arrayStart();
    const hash = r.text();
    const wordCount = r.int();
    if (r.text() !== '') throw new Error('pf_meta: grouped fragments (maxFragments) are not supported by the merge');
    pages.push({ hash, wordCount });
  }
  const chunks = [];
  for (let i = 0, n = r.arrayStart(); i < n; i++) {
    r.arrayStart();
    chunks.push({ from: r.text(), to: r.text(), hash: r.text() });
  }
  const filters = [];
  for (let i = 0, n = r.arrayStart(); i < n; i++) {
    r.arrayStart();
    filters.push({ filter: r.text(), hash: r.text() });
  }
  if (r.arrayStart() !== 0) throw new Error('pf_meta: sort indexes (data-pagefind-sort) are not supported by the merge');
  const metaFields = [];
  for (let i = 0, n = r.arrayStart(); i < n; i++) metaFields.push(r.text());
  return { version, pages, chunks, filters, metaFields };
}

/**
 * One page's postings for a word: `locs` and `meta_locs` stay encoded, as the span
 * `src[start, end)` (`meta_locs` from `metaStart`); `count` is their number of integers.
 */
interface Posting {
  page: number;
  src: Buffer;
  start: number;
  metaStart: number;
  end: number;
  count: number;
}

interface Word {
  word: string;
  key: Buffer;
  pages: Posting[];
  variants: Array<{ form: string; pages: Posting[] }>;
}

function readPostings(r: CborReader, src: Buffer): Posting[] {
  const out: Posting[] = [];
  let page = 0;
  for (let i = 0, n = r.arrayStart(); i < n; i++) {
    r.arrayStart();
    page += r.int();
    const start = r.offset;
    let count = r.skip();
    const metaStart = r.offset;
    count += r.skip();
    out.push({ page, src, start, metaStart, end: r.offset, count });
  }
  return out;
}

/** The words of one chunk, page numbers absolute (local to the shard). */
export function readChunk(bytes: Uint8Array): Word[] {
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const r = new CborReader(src);
  r.arrayStart();
  const words: Word[] = [];
  for (let i = 0, n = r.arrayStart(); i < n; i++) {
    r.arrayStart();
    const word = r.text();
    const pages = readPostings(r, src);
    const variants = [];
    for (let j = 0, m = r.arrayStart(); j < m; j++) {
      r.arrayStart();
      variants.push({ form: r.text(), pages: readPostings(r, src) });
    }
    words.push({ word, key: Buffer.from(word, 'utf8'), pages, variants });
  }
  return words;
}

/** Meta locations name fields by index into `meta_fields` (`-(id + 1)` switches field). */
function remapMetaLocs(p: Posting, fieldMap: number[]): void {
  if (p.end === p.metaStart) return;
  const r = new CborReader(p.src.subarray(p.metaStart, p.end));
  const w = new CborWriter();
  w.copyFrom(p.src, p.start, p.metaStart);
  const n = r.arrayStart();
  w.arrayStart(n);
  for (let i = 0; i < n; i++) {
    const v = r.int();
    w.int(v < 0 ? -((fieldMap[-v - 1] ?? -v - 1) + 1) : v);
  }
  const bytes = w.bytes();
  Object.assign(p, { src: bytes, start: 0, metaStart: p.metaStart - p.start, end: bytes.length });
}

function writePostings(w: CborWriter, postings: Posting[]) {
  w.arrayStart(postings.length);
  let last = 0;
  for (const p of postings) {
    w.arrayStart(3).int(p.page - last);
    last = p.page;
    w.copyFrom(p.src, p.start, p.end);
  }
}

function encodeChunk(words: Word[]): Uint8Array {
  const w = new CborWriter();
  w.arrayStart(1).arrayStart(words.length);
  for (const word of words) {
    w.arrayStart(3).text(word.word);
    writePostings(w, word.pages);
    w.arrayStart(word.variants.length);
    for (const variant of word.variants) {
      w.arrayStart(2).text(variant.form);
      writePostings(w, variant.pages);
    }
  }
  return w.bytes();
}

/** Pagefind's chunk weight of a word: postings' locations + 1 each, + 1 per variant. */
function weight(word: Word): number {
  let total = word.variants.length;
  for (const p of word.pages) total += p.count + 1;
  for (const v of word.variants) for (const p of v.pages) total += p.count + 1;
  return total;
}

/** `get_prefixes`: the shortest distinguishing prefixes (in characters) of adjacent chunk bounds. */
export function boundaryPrefixes(a: string, b: string): [string, string] {
  const ca = Array.from(a);
  const cb = Array.from(b);
  let common = 0;
  while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
  return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

/** Names a file `<lang>_<hash>` cut to `length` hex digits, one longer per collision. */
function uniqueName(taken: Set<string>, language: string, hash: string, length: number): string {
  let name = `${language}_${hash.slice(0, length)}`;
  while (taken.has(name) && name.length < language.length + 1 + hash.length) name = `${language}_${hash.slice(0, name.length - language.length)}`;
  taken.add(name);
  return name;
}

/** What the merge reads from one shard's bundle for one language. */
export interface ShardSource {
  meta: Uint8Array;
  /** A word chunk or filter file's content (decompressed, without the `pagefind_dcd` signature). */
  chunk(hash: string): Uint8Array;
  filter(hash: string): Uint8Array;
  /** A fragment's content, read only when two shards' fragments share a short name. */
  fragment(hash: string): Uint8Array;
}

export interface MergedLanguage {
  /** `<lang>_<13 hex>`: the meta file is `pagefind.<metaHash>.pf_meta`. */
  metaHash: string;
  meta: Uint8Array;
  pageCount: number;
  wordCount: number;
  /** Fragments to copy: from shard `shard`'s `fragment/<from>.pf_fragment` to `fragment/<to>.pf_fragment`. */
  fragments: Array<{ shard: number; from: string; to: string }>;
}

/**
 * Files the merge writes: `index/<name>.pf_index`, `filter/<name>.pf_filter` (content
 * uncompressed). The merge waits for a returned promise before it goes on, so a writer can bound
 * how much of the index is held at once.
 */
export type Emit = (path: string, content: Uint8Array) => void | Promise<void>;

export async function mergeLanguage(language: string, shards: ShardSource[], emit: Emit, chunkSize = CHUNK_SIZE): Promise<MergedLanguage> {
  const metas = shards.map((s) => readMeta(s.meta));
  const version = metas[0]?.version ?? '';
  if (metas.some((m) => m.version !== version)) throw new Error('merge: shards were indexed by different Pagefind versions');

  // Pages: one global numbering, in fragment-hash order (ties by shard, then local order).
  const all = metas.flatMap((m, shard) => m.pages.map((page, local) => ({ shard, local, ...page })));
  all.sort((a, b) => compareStrings(a.hash, b.hash) || a.shard - b.shard || a.local - b.local);
  const globalOf = metas.map((m) => new Array<number>(m.pages.length));
  all.forEach((p, i) => (globalOf[p.shard]![p.local] = i));

  // Fragment names: shared by identical pages; lengthened (as Pagefind does) when different pages
  // of different shards share a short name. Full hashes are computed only for such names.
  const sameName = new Map<string, number>();
  for (const page of all) sameName.set(page.hash, (sameName.get(page.hash) ?? 0) + 1);
  const fullOf = new Map<string, string>();
  const fragments: MergedLanguage['fragments'] = [];
  const pageNames: string[] = [];
  for (const page of all) {
    let name = page.hash;
    if ((sameName.get(page.hash) ?? 0) > 1) {
      const full = `${language}_${pagefindHash(shards[page.shard]!.fragment(page.hash))}`;
      while (fullOf.has(name) && fullOf.get(name) !== full) name = full.slice(0, name.length + 1);
      if (!fullOf.has(name)) fullOf.set(name, full);
      else if (fragments.some((f) => f.to === name)) {
        pageNames.push(name);
        continue;
      }
    }
    fragments.push({ shard: page.shard, from: page.hash, to: name });
    pageNames.push(name);
  }

  // Meta fields: the sorted union; per shard, local field id → global.
  const metaFields = [...new Set(metas.flatMap((m) => m.metaFields))].sort(compareStrings);
  const fieldMaps = metas.map((m) => m.metaFields.map((f) => metaFields.indexOf(f)));

  // Words: a k-way merge over the shards' chunks, which are sorted by word.
  const cursors = shards.map((source, shard) => {
    const chunkHashes = metas[shard]!.chunks.map((c) => c.hash);
    const map = globalOf[shard]!;
    const fields = fieldMaps[shard]!;
    const identity = fields.every((to, from) => to === from);
    let words: Word[] = [];
    let at = 0;
    let next = 0;
    return {
      peek(): Word | undefined {
        while (at >= words.length && next < chunkHashes.length) {
          words = readChunk(source.chunk(chunkHashes[next++]!));
          at = 0;
        }
        return words[at];
      },
      take(): Word {
        const word = this.peek();
        if (!word) throw new Error('merge: read past the last word');
        at++;
        for (const p of [...word.pages, ...word.variants.flatMap((v) => v.pages)]) {
          p.page = map[p.page]!;
          if (!identity) remapMetaLocs(p, fields);
        }
        return word;
      },
    };
  });

  const chunkNames = new Set<string>();
  const chunkMeta: Array<{ from: string; to: string; hash: string }> = [];
  let current: Word[] = [];
  let currentSize = 0;
  let wordCount = 0;
  const flush = async () => {
    if (current.length === 0) return;
    const bytes = encodeChunk(current);
    const name = uniqueName(chunkNames, language, pagefindHash(bytes), 7);
    await emit(`index/${name}.pf_index`, bytes);
    chunkMeta.push({ from: current[0]!.word, to: current[current.length - 1]!.word, hash: name });
    current = [];
    currentSize = 0;
  };
  for (;;) {
    let smallest: Buffer | undefined;
    for (const c of cursors) {
      const head = c.peek();
      if (head && (!smallest || Buffer.compare(head.key, smallest) < 0)) smallest = head.key;
    }
    if (!smallest) break;
    const parts = cursors.filter((c) => {
      const head = c.peek();
      return head !== undefined && Buffer.compare(head.key, smallest) === 0;
    }).map((c) => c.take());
    const first = parts[0]!;
    const word: Word = { word: first.word, key: first.key, pages: parts.flatMap((p) => p.pages).sort((a, b) => a.page - b.page), variants: [] };
    const variants = new Map<string, Posting[]>();
    for (const v of parts.flatMap((p) => p.variants)) variants.set(v.form, [...(variants.get(v.form) ?? []), ...v.pages]);
    // Pagefind lists variants in the order they first occur, page by page.
    word.variants = [...variants]
      .map(([form, pages]) => ({ form, pages: pages.sort((a, b) => a.page - b.page) }))
      .sort((a, b) => (a.pages[0]?.page ?? 0) - (b.pages[0]?.page ?? 0));
    wordCount++;
    current.push(word);
    currentSize += weight(word);
    if (currentSize >= chunkSize) await flush();
  }
  await flush();
  for (let i = 0; i + 1 < chunkMeta.length; i++) {
    const [a, b] = [chunkMeta[i]!, chunkMeta[i + 1]!];
    const [to, from] = boundaryPrefixes(a.to, b.from);
    if (compareStrings(to, a.from) >= 0) a.to = to;
    b.from = from;
  }

  // Filters: values merged, pages renumbered and sorted.
  const filterNames = [...new Set(metas.flatMap((m) => m.filters.map((f) => f.filter)))].sort(compareStrings);
  const filterFiles = new Set<string>();
  const filterMeta: Array<{ filter: string; hash: string }> = [];
  for (const filter of filterNames) {
    const values = new Map<string, number[]>();
    for (const [shard, m] of metas.entries()) {
      const entry = m.filters.find((f) => f.filter === filter);
      if (!entry) continue;
      const r = new CborReader(shards[shard]!.filter(entry.hash));
      r.arrayStart();
      r.text();
      for (let i = 0, n = r.arrayStart(); i < n; i++) {
        r.arrayStart();
        const value = r.text();
        const pages = values.get(value) ?? [];
        for (let j = 0, k = r.arrayStart(); j < k; j++) pages.push(globalOf[shard]![r.int()]!);
        values.set(value, pages);
      }
    }
    const w = new CborWriter();
    w.arrayStart(2).text(filter);
    const sorted = [...values].sort(([a], [b]) => compareStrings(a, b));
    w.arrayStart(sorted.length);
    for (const [value, pages] of sorted) {
      w.arrayStart(2).text(value).arrayStart(pages.length);
      for (const page of pages.sort((a, b) => a - b)) w.int(page);
    }
    const bytes = w.bytes();
    const name = uniqueName(filterFiles, language, pagefindHash(bytes), 7);
    await emit(`filter/${name}.pf_filter`, bytes);
    filterMeta.push({ filter, hash: name });
  }

  const w = new CborWriter();
  w.arrayStart(6).text(version);
  w.arrayStart(all.length);
  all.forEach((page, i) => w.arrayStart(3).text(pageNames[i]!).int(page.wordCount).text(''));
  w.arrayStart(chunkMeta.length);
  for (const c of chunkMeta) w.arrayStart(3).text(c.from).text(c.to).text(c.hash);
  w.arrayStart(filterMeta.length);
  for (const f of filterMeta) w.arrayStart(2).text(f.filter).text(f.hash);
  w.arrayStart(0);
  w.arrayStart(metaFields.length);
  for (const f of metaFields) w.text(f);
  const meta = w.bytes();
  const metaHash = `${language}_${pagefindHash(meta).slice(0, language.length + 8)}`;
  return { metaHash, meta, pageCount: all.length, wordCount, fragments };
}
