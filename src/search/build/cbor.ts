/**
 * The subset of CBOR that Pagefind's index files use (minicbor, structs as arrays): unsigned and
 * negative integers, text strings and definite-length arrays. `read` keeps arrays of integers
 * undecoded when asked (`Raw`), so postings can be moved between files without being unpacked.
 */

/** An encoded CBOR item carried through unchanged, with the element count if it is an array. */
export interface Raw {
  raw: Uint8Array;
  count: number;
}

export type Item = number | string | Item[] | Raw;

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

export class CborReader {
  offset = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  private header(): { major: number; value: number } {
    const initial = this.bytes[this.offset++];
    if (initial === undefined) throw new Error('cbor: unexpected end of input');
    const major = initial >> 5;
    const info = initial & 0x1f;
    if (info < 24) return { major, value: info };
    const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (width === 0) throw new Error(`cbor: unsupported additional info ${info} at ${this.offset - 1}`);
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 256 + (this.bytes[this.offset++] ?? 0);
    return { major, value };
  }

  /** The header of the next item, which must be an array; returns its length. */
  arrayStart(): number {
    const { major, value } = this.header();
    if (major !== 4) throw new Error(`cbor: expected an array, found major type ${major}`);
    return value;
  }

  int(): number {
    const { major, value } = this.header();
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    throw new Error(`cbor: expected an integer, found major type ${major}`);
  }

  text(): string {
    const { major, value } = this.header();
    if (major !== 3) throw new Error(`cbor: expected a text string, found major type ${major}`);
    const start = this.offset;
    this.offset += value;
    return decoder.decode(this.bytes.subarray(start, this.offset));
  }

  /** Skips the next item and returns its bytes (and its length if it is an array). */
  raw(): Raw {
    const start = this.offset;
    const count = this.peekMajor() === 4 ? this.skip() : (this.skip(), 0);
    return { raw: this.bytes.subarray(start, this.offset), count };
  }

  peekMajor(): number {
    return (this.bytes[this.offset] ?? 0) >> 5;
  }

  /** Skips one item; for an array returns its length. */
  skip(): number {
    const { major, value } = this.header();
    if (major === 0 || major === 1) return 0;
    if (major === 2 || major === 3) {
      this.offset += value;
      return 0;
    }
    if (major === 4) {
      for (let i = 0; i < value; i++) this.skip();
      return value;
    }
    throw new Error(`cbor: unsupported major type ${major}`);
  }

  /** Any supported item, fully decoded. */
  item(): Item {
    const major = this.peekMajor();
    if (major === 0 || major === 1) return this.int();
    if (major === 3) return this.text();
    if (major === 4) {
      const length = this.arrayStart();
      const out: Item[] = [];
      for (let i = 0; i < length; i++) out.push(this.item());
      return out;
    }
    throw new Error(`cbor: unsupported major type ${major}`);
  }
}

/** Appends CBOR items to a growing buffer, with the shortest headers (as minicbor writes them). */
export class CborWriter {
  private buffer: Buffer = Buffer.allocUnsafe(1 << 16);
  length = 0;

  private reserve(extra: number) {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  private header(major: number, value: number) {
    this.reserve(9);
    const type = major << 5;
    if (value < 24) this.buffer[this.length++] = type | value;
    else if (value < 0x100) {
      this.buffer[this.length++] = type | 24;
      this.buffer[this.length++] = value;
    } else if (value < 0x10000) {
      this.buffer[this.length++] = type | 25;
      this.buffer[this.length++] = value >> 8;
      this.buffer[this.length++] = value & 0xff;
    } else if (value < 0x100000000) {
      this.buffer[this.length++] = type | 26;
      for (let shift = 24; shift >= 0; shift -= 8) this.buffer[this.length++] = (value >>> shift) & 0xff;
    } else {
      this.buffer[this.length++] = type | 27;
      const high = Math.floor(value / 0x100000000);
      const low = value >>> 0;
      for (let shift = 24; shift >= 0; shift -= 8) this.buffer[this.length++] = (high >>> shift) & 0xff;
      for (let shift = 24; shift >= 0; shift -= 8) this.buffer[this.length++] = (low >>> shift) & 0xff;
    }
  }

  arrayStart(length: number): this {
    this.header(4, length);
    return this;
  }

  int(value: number): this {
    if (!Number.isSafeInteger(value)) throw new Error(`cbor: not an integer: ${value}`);
    if (value >= 0) this.header(0, value);
    else this.header(1, -1 - value);
    return this;
  }

  text(value: string): this {
    const bytes = encoder.encode(value);
    this.header(3, bytes.length);
    this.rawBytes(bytes);
    return this;
  }

  rawBytes(bytes: Uint8Array): this {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }

  /** Copies `source[start, end)` without making a view of it (many small copies). */
  copyFrom(source: Buffer, start: number, end: number): this {
    this.reserve(end - start);
    this.length += source.copy(this.buffer, this.length, start, end);
    return this;
  }

  item(value: Item): this {
    if (typeof value === 'number') return this.int(value);
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) {
      this.arrayStart(value.length);
      for (const element of value) this.item(element);
      return this;
    }
    return this.rawBytes(value.raw);
  }

  bytes(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }
}
