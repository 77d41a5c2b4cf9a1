/**
 * A minimal ZIP writer (deflate, UTF-8 names) on Node's zlib, so packaging needs no
 * `zip` program and no dependency. Entries are written in the order given with a fixed timestamp,
 * so the same files give the same bytes.
 *
 * The archive is written to its file as it goes: each entry is read, deflated, written and
 * forgotten, so memory does not grow with the site (a 5000-report site is ~1 GB). Small entries
 * are compressed on libuv's thread pool several at once (all cores), at zlib's default level:
 * level 9 made the archive 1 % smaller and packaging a 1000-report site three times slower. A
 * large file (the corpus downloads) is streamed through deflate and its header's CRC and sizes
 * written afterwards; the bytes are the same as deflating it whole. More than 65,535 entries (a
 * site of ~10,000 reports) add the zip64 end records, which every current unzip reads; the
 * entries themselves stay below 4 GB each and in all (a 5000-report site zips to ~0.3 GB).
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, createDeflateRaw, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);
/** Entries compressed at once: enough to keep the pool's threads busy, few enough to bound memory. */
const inFlight = 16;
/** Files larger than this are streamed through deflate rather than read whole. */
const defaultStreamAbove = 16 * 1024 * 1024;

/** An entry held in memory. */
export interface ZipEntry {
  /** Path inside the archive, with `/` separators. */
  name: string;
  data: Uint8Array;
  /** Store without compressing: the data is compressed already. */
  store?: boolean;
}

/** An entry read from a file when its turn comes; `transform` (for small files) edits its bytes first. */
export interface ZipFileEntry {
  name: string;
  file: string;
  /** The file's size on disk: decides whether it is read whole or streamed. */
  size: number;
  transform?: (bytes: Buffer) => Uint8Array;
  store?: boolean;
}

export type ZipInput = ZipEntry | ZipFileEntry;

export interface ZipOptions {
  /** Files larger than this many bytes (and without a transform) are streamed; default 16 MB. */
  streamAbove?: number;
}

export interface ZipSummary {
  /** Bytes of the archive. */
  bytes: number;
  entries: number;
  /** Bytes of the entries before compression. */
  inputBytes: number;
}

/** 1980-01-01 00:00, the earliest DOS date: builds are reproducible. */
const dosTime = 0;
const dosDate = (0 << 9) | (1 << 5) | 1;
const utf8Flag = 0x0800;
/** A regular file, rw-r--r--, in the high half of the external attributes. */
const unixFileMode = (0o100644 << 16) >>> 0;
const limit = 0xffffffff;

interface EntryFields {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  nameLength: number;
}

/** An entry ready to be written: its body as it goes into the archive. */
interface Prepared {
  name: Buffer;
  body: Uint8Array;
  fields: EntryFields;
}

async function prepare(input: ZipInput): Promise<Prepared> {
  const data = 'data' in input ? input.data : await readFileEntry(input);
  const name = Buffer.from(input.name, 'utf8');
  const deflated = input.store ? undefined : await deflate(data);
  const stored = deflated === undefined || deflated.length >= data.length;
  const body = stored ? data : deflated;
  return { name, body, fields: { method: stored ? 0 : 8, crc: crc32(data), compressed: body.length, size: data.length, nameLength: name.length } };
}

async function readFileEntry(input: ZipFileEntry): Promise<Uint8Array> {
  const bytes = await readFile(input.file);
  return input.transform ? input.transform(bytes) : bytes;
}

const isStreamed = (input: ZipInput, streamAbove: number): input is ZipFileEntry => 'file' in input && !input.transform && input.size > streamAbove;

/** Writes the entries `inputs`, in order, as a ZIP archive to `file` (created or replaced). */
export async function writeZip(inputs: Iterable<ZipInput>, file: string, options: ZipOptions = {}): Promise<ZipSummary> {
  const streamAbove = options.streamAbove ?? defaultStreamAbove;
  const out = await open(file, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  let entries = 0;
  let inputBytes = 0;
  /** Bytes at `at` in the file. */
  const write = async (bytes: Uint8Array, at: number) => {
    // A short write is possible in principle: write until all is out.
    for (let done = 0; done < bytes.length; ) done += (await out.write(bytes, done, bytes.length - done, at + done)).bytesWritten;
  };
  // Small entries' headers and bodies are gathered into writes of ~1 MB: a write per entry cost
  // more than deflating it.
  let buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  let bufferedAt = 0;
  const flush = async () => {
    const bytes = Buffer.concat(buffered);
    buffered = [];
    bufferedBytes = 0;
    await write(bytes, bufferedAt);
  };
  /** Bytes at `offset`, which moves on. */
  const append = async (bytes: Uint8Array) => {
    if (bufferedBytes === 0) bufferedAt = offset;
    buffered.push(bytes);
    bufferedBytes += bytes.length;
    offset += bytes.length;
    if (bufferedBytes >= 1 << 20) await flush();
  };
  const record = (name: Buffer, fields: EntryFields, at: number) => {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    // Made by Unix (3): unzip then takes names as they are (UTF-8, flag 11) and not as DOS code page 437.
    header.writeUInt16LE((3 << 8) | 20, 4);
    writeEntryFields(header, 6, fields);
    header.writeUInt32LE(unixFileMode, 38);
    header.writeUInt32LE(at, 42);
    central.push(header, name);
    entries++;
    inputBytes += fields.size;
  };
  const tooLarge = (what: string) => new Error(`zip: ${file}: ${what} too large for a non-zip64 ZIP`);
  const writePrepared = async ({ name, body, fields }: Prepared) => {
    if (offset + 30 + name.length + body.length > limit) throw tooLarge('archive');
    const at = offset;
    await append(localHeader(fields));
    await append(name);
    await append(body);
    record(name, fields, at);
  };
  /** A large file: header with blank CRC and sizes, the data streamed through deflate, then the header filled in. */
  const writeStreamed = async (input: ZipFileEntry) => {
    if (bufferedBytes > 0) await flush();
    const name = Buffer.from(input.name, 'utf8');
    const at = offset;
    const dataAt = at + 30 + name.length;
    let fields: EntryFields = { method: 8, crc: 0, compressed: 0, size: 0, nameLength: name.length };
    await write(Buffer.concat([localHeader(fields), name]), at);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    if (!input.store) {
      const deflater = createDeflateRaw();
      const source = createReadStream(input.file);
      source.on('data', (chunk) => {
        crc = crc32(chunk as Buffer, crc);
        size += chunk.length;
      });
      source.on('error', (error) => deflater.destroy(error));
      source.pipe(deflater);
      for await (const chunk of deflater as AsyncIterable<Buffer>) {
        if (dataAt + compressed + chunk.length > limit) throw tooLarge(input.name);
        await write(chunk, dataAt + compressed);
        compressed += chunk.length;
      }
    }
    if (input.store || compressed >= size) {
      // Stored, as a whole entry whose deflate is no smaller would be: the file again, as it is.
      await out.truncate(dataAt);
      crc = 0;
      size = 0;
      for await (const chunk of createReadStream(input.file) as AsyncIterable<Buffer>) {
        if (dataAt + size + chunk.length > limit) throw tooLarge(input.name);
        crc = crc32(chunk, crc);
        await write(chunk, dataAt + size);
        size += chunk.length;
      }
      fields = { method: 0, crc, compressed: size, size, nameLength: name.length };
    } else {
      fields = { method: 8, crc, compressed, size, nameLength: name.length };
    }
    await write(localHeader(fields), at);
    offset = dataAt + fields.compressed;
    record(name, fields, at);
  };

  try {
    const queue: Array<Promise<Prepared>> = [];
    // A rejected entry waiting in the queue is reported when its turn comes, not as unhandled.
    const enqueue = (input: ZipInput) => {
      const prepared = prepare(input);
      prepared.catch(() => undefined);
      queue.push(prepared);
    };
    for (const input of inputs) {
      if (isStreamed(input, streamAbove)) {
        while (queue.length > 0) await writePrepared(await queue.shift()!);
        await writeStreamed(input);
        continue;
      }
      enqueue(input);
      if (queue.length >= inFlight) await writePrepared(await queue.shift()!);
    }
    while (queue.length > 0) await writePrepared(await queue.shift()!);

    const centralBytes = Buffer.concat(central);
    if (offset + centralBytes.length + 22 > limit) throw tooLarge('archive');
    const ends: Buffer[] = [centralBytes];
    if (entries > 0xffff) ends.push(...zip64End(entries, centralBytes.length, offset));
    ends.push(endOfCentralDirectory(Math.min(entries, 0xffff), centralBytes.length, offset));
    for (const part of ends) await append(part);
    await flush();
    await out.truncate(offset);
  } finally {
    await out.close();
  }
  return { bytes: offset, entries, inputBytes };
}

/** The archive of `entries` in memory (small archives: tests, fixtures). */
export async function zip(entries: readonly ZipInput[], options: ZipOptions = {}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'baogao-zip-'));
  try {
    await writeZip(entries, join(dir, 'archive.zip'), options);
    return await readFile(join(dir, 'archive.zip'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function endOfCentralDirectory(entries: number, centralSize: number, centralAt: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralAt, 16);
  return end;
}

/** The zip64 end of central directory record and its locator, for more than 65,535 entries (APPNOTE 4.3.14–15). */
function zip64End(entries: number, centralSize: number, centralAt: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE((3 << 8) | 45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries), 24);
  record.writeBigUInt64LE(BigInt(entries), 32);
  record.writeBigUInt64LE(BigInt(centralSize), 40);
  record.writeBigUInt64LE(BigInt(centralAt), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(centralAt + centralSize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
}

function localHeader(fields: EntryFields): Buffer {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  writeEntryFields(local, 4, fields);
  return local;
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
