/**
 * A minimal ZIP writer (deflate, UTF-8 names, no zip64) on Node's zlib, so packaging needs no
 * `zip` program and no dependency. Entries are written in the order given with a fixed timestamp,
 * so the same files give the same bytes.
 *
 * Compression runs on libuv's thread pool, several entries at once (all cores), at zlib's default
 * level: level 9 made the archive 1 % smaller and packaging a 1000-report site three times slower.
 */
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);
/** Entries compressed at once: enough to keep the pool's threads busy, few enough to bound memory. */
const inFlight = 16;

export interface ZipEntry {
  /** Path inside the archive, with `/` separators. */
  name: string;
  data: Uint8Array;
  /** Store without compressing: the data is compressed already (Pagefind's gzipped index files). */
  store?: boolean;
}

/** 1980-01-01 00:00, the earliest DOS date: builds are reproducible. */
const dosTime = 0;
const dosDate = (0 << 9) | (1 << 5) | 1;
const utf8Flag = 0x0800;
/** A regular file, rw-r--r--, in the high half of the external attributes. */
const unixFileMode = ((0o100644 << 16) >>> 0);

/** Each entry's data deflated, in order, `inFlight` at a time. */
async function deflateAll(entries: readonly ZipEntry[]): Promise<Buffer[]> {
  const out: Buffer[] = new Array<Buffer>(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const i = next++;
      const entry = entries[i]!;
      out[i] = entry.store ? Buffer.from(entry.data) : await deflate(entry.data);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, entries.length) }, worker));
  return out;
}

export async function zip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  const deflatedAll = await deflateAll(entries);
  let offset = 0;
  for (const [i, entry] of entries.entries()) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflatedAll[i]!;
    const stored = entry.store === true || deflated.length >= entry.data.length;
    const body = stored ? Buffer.from(entry.data) : deflated;
    const crc = crc32(entry.data);
    const fields = { method: stored ? 0 : 8, crc, compressed: body.length, size: entry.data.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    // Made by Unix (3): unzip then takes names as they are (UTF-8, flag 11) and not as DOS code page 437.
    header.writeUInt16LE((3 << 8) | 20, 4);
    writeEntryFields(header, 6, fields);
    header.writeUInt32LE(unixFileMode, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    chunks.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  if (offset + centralSize > 0xffffffff || entries.length > 0xffff) throw new Error('zip: archive too large for a non-zip64 ZIP');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

interface EntryFields {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  nameLength: number;
}

/**
 * The fields a local header and its central directory record share, in the same order: version
 * needed, flags, method, time, date, CRC-32, compressed and uncompressed size, name length.
 */
function writeEntryFields(buffer: Buffer, at: number, fields: EntryFields): void {
  buffer.writeUInt16LE(20, at);
  buffer.writeUInt16LE(utf8Flag, at + 2);
  buffer.writeUInt16LE(fields.method, at + 4);
  buffer.writeUInt16LE(dosTime, at + 6);
  buffer.writeUInt16LE(dosDate, at + 8);
  buffer.writeUInt32LE(fields.crc, at + 10);
  buffer.writeUInt32LE(fields.compressed, at + 14);
  buffer.writeUInt32LE(fields.size, at + 18);
  buffer.writeUInt16LE(fields.nameLength, at + 22);
}
