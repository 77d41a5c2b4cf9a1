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
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, createDeflateRaw, deflateRaw, inflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);
const inflate = promisify(inflateRaw);
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
  /**
   * The caller knows the entry's data is what `previous` holds under this name (the file is the
   * one archived last time, by its size, times and inode): its entry is copied without the file
   * being read or the entry inflated to compare.
   */
  unchanged?: boolean;
}

export type ZipInput = ZipEntry | ZipFileEntry;

export interface ZipOptions {
  /** Files larger than this many bytes (and without a transform) are streamed; default 16 MB. */
  streamAbove?: number;
  /**
   * An archive written before (by this module) whose entries may be reused: an entry of the same
   * name, CRC and size whose stored bytes inflate to the same data is copied, not deflated again.
   * The result is the same archive as without it (deflate gives the same bytes for the same data).
   */
  previous?: string;
}

export interface ZipSummary {
  /** Bytes of the archive. */
  bytes: number;
  entries: number;
  /** Entries copied from `previous` rather than compressed again. */
  reused: number;
  /** Of those, the entries copied unread, on the caller's word (`unchanged`). */
  unread: number;
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

/**
 * An entry ready to be written: its body as it goes into the archive, or (`span`) where its
 * whole record, local header and body, lies in the previous archive, to be copied as it is.
 */
interface Prepared {
  name: Buffer;
  body: Uint8Array;
  fields: EntryFields;
  span?: { from: number; to: number };
  reused?: boolean;
  unread?: boolean;
}

async function prepare(input: ZipInput, previous?: PreviousArchive): Promise<Prepared> {
  const name = Buffer.from(input.name, 'utf8');
  const span = 'file' in input && input.unchanged ? previous?.span(input.name) : undefined;
  if (span) return { name, body: new Uint8Array(), fields: { ...span.fields, nameLength: name.length }, span, reused: true, unread: true };
  const copied = 'file' in input && input.unchanged ? await previous?.copy(input.name) : undefined;
  if (copied) return { name, body: copied.body, fields: { ...copied.fields, nameLength: name.length }, reused: true, unread: true };
  const data = 'data' in input ? input.data : await readFileEntry(input);
  const reused = previous && !input.store ? await previous.reuse(input.name, data) : undefined;
  if (reused) return { name, body: reused.body, fields: { ...reused.fields, nameLength: name.length }, reused: true };
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
  const previous = options.previous && existsSync(options.previous) ? await PreviousArchive.open(options.previous) : undefined;
  const out = await open(file, 'w');
  let reused = 0;
  let unread = 0;
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
  // Records of the previous archive copied as they are, in runs: the unchanged entries of a
  // rebuild lie one after another there as here, so a run is a few large reads and writes
  // instead of two reads an entry.
  let copying: { from: number; to: number; at: number } | undefined;
  const finishCopy = async () => {
    if (!copying) return;
    const { from, to, at } = copying;
    copying = undefined;
    await previous!.copyRange(from, to, (bytes, done) => write(bytes, at + done));
  };
  /** The previous archive's bytes `from`–`to` at `offset`, which moves on. */
  const appendSpan = async (from: number, to: number) => {
    if (copying && copying.to === from && copying.at + (copying.to - copying.from) === offset) copying.to = to;
    else {
      // The buffer holds bytes up to `offset`, written together: out before the run starts.
      if (bufferedBytes > 0) await flush();
      await finishCopy();
      copying = { from, to, at: offset };
    }
    offset += to - from;
  };
  // Each entry's central record, name included, in a Buffer of its own: a name made by
  // Buffer.from is a slice of Node's shared pool (64 KB in Node 24), and kept here to the end it
  // kept its whole slab, with the dead bytes other entries left in it: 1 GB at 79,000 entries.
  const record = (name: Buffer, fields: EntryFields, at: number) => {
    const header = Buffer.alloc(46 + name.length);
    header.writeUInt32LE(0x02014b50, 0);
    // Made by Unix (3): unzip then takes names as they are (UTF-8, flag 11) and not as DOS code page 437.
    header.writeUInt16LE((3 << 8) | 20, 4);
    writeEntryFields(header, 6, fields);
    header.writeUInt32LE(unixFileMode, 38);
    header.writeUInt32LE(at, 42);
    name.copy(header, 46);
    central.push(header);
    entries++;
    inputBytes += fields.size;
  };
  const tooLarge = (what: string) => new Error(`zip: ${file}: ${what} too large for a non-zip64 ZIP`);
  const writePrepared = async ({ name, body, fields, span, reused: copied, unread: vouched }: Prepared) => {
    if (offset + (span ? span.to - span.from : 30 + name.length + body.length) > limit) throw tooLarge('archive');
    if (copied) reused++;
    if (vouched) unread++;
    const at = offset;
    if (span) {
      await appendSpan(span.from, span.to);
      record(name, fields, at);
      return;
    }
    await append(localHeader(fields));
    await append(name);
    await append(body);
    record(name, fields, at);
  };
  /** A large file: header with blank CRC and sizes, the data streamed through deflate, then the header filled in. */
  const writeStreamed = async (input: ZipFileEntry) => {
    if (bufferedBytes > 0) await flush();
    await finishCopy();
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
      const prepared = prepare(input, previous);
      prepared.catch(() => undefined);
      queue.push(prepared);
    };
    for (const input of inputs) {
      if (isStreamed(input, streamAbove) && !(input.unchanged && previous?.has(input.name))) {
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
    await finishCopy();
    await out.truncate(offset);
  } finally {
    await out.close();
    await previous?.close();
  }
  return { bytes: offset, entries, reused, unread, inputBytes };
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

interface PreviousEntry {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  /** Where its local header starts. */
  at: number;
  /** Where its record would end if its local header has no extra field (`contiguous`). */
  end: number;
}

/**
 * An archive written before, read by its central directory (this module's own archives: no
 * comment, no extra fields but zip64's end records). `reuse` gives an entry's stored bytes when
 * they inflate to exactly `data`. In case zlib changed since (other bytes for the same data), the
 * first entry offered for reuse is deflated again and compared: if it differs, nothing is reused.
 */
class PreviousArchive {
  private checked: Promise<boolean> | undefined;
  private readonly handle: FileHandle;
  private readonly entries: Map<string, PreviousEntry>;
  /**
   * Each entry's record ends where the next begins (the last's where the central directory
   * does): local headers without extra fields, as this module writes them. Then an entry's
   * record is `at` to `at + 30 + name + compressed`, and can be copied without reading its header.
   */
  private readonly contiguous: boolean;

  private constructor(handle: FileHandle, entries: Map<string, PreviousEntry>, contiguous: boolean) {
    this.handle = handle;
    this.entries = entries;
    this.contiguous = contiguous;
  }

  static async open(file: string): Promise<PreviousArchive | undefined> {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const tail = Buffer.alloc(Math.min(size, 22 + 20 + 56));
      await handle.read(tail, 0, tail.length, size - tail.length);
      const end = tail.length - 22;
      if (end < 0 || tail.readUInt32LE(end) !== 0x06054b50) throw new Error('no end record');
      let count = tail.readUInt16LE(end + 10);
      let centralSize = tail.readUInt32LE(end + 12);
      let centralAt = tail.readUInt32LE(end + 16);
      if (end >= 76 && tail.readUInt32LE(end - 20) === 0x07064b50 && tail.readUInt32LE(end - 76) === 0x06064b50) {
        count = Number(tail.readBigUInt64LE(end - 76 + 32));
        centralSize = Number(tail.readBigUInt64LE(end - 76 + 40));
        centralAt = Number(tail.readBigUInt64LE(end - 76 + 48));
      }
      const central = Buffer.alloc(centralSize);
      await handle.read(central, 0, centralSize, centralAt);
      const entries = new Map<string, PreviousEntry>();
      let contiguous = true;
      for (let at = 0, i = 0, next = 0; i < count; i++) {
        if (central.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
        const nameLength = central.readUInt16LE(at + 28);
        const skip = nameLength + central.readUInt16LE(at + 30) + central.readUInt16LE(at + 32);
        const entry: PreviousEntry = {
          method: central.readUInt16LE(at + 10),
          crc: central.readUInt32LE(at + 16),
          compressed: central.readUInt32LE(at + 20),
          size: central.readUInt32LE(at + 24),
          at: central.readUInt32LE(at + 42),
          end: 0,
        };
        entry.end = entry.at + 30 + nameLength + entry.compressed;
        contiguous &&= entry.at === next;
        next = entry.end;
        entries.set(central.toString('utf8', at + 46, at + 46 + nameLength), entry);
        at += 46 + skip;
        if (i === count - 1) contiguous &&= next === centralAt;
      }
      return new PreviousArchive(handle, entries, contiguous);
    } catch {
      // Not an archive this module can read: nothing is reused.
      await handle.close();
      return undefined;
    }
  }

  has = (name: string): boolean => this.entries.has(name);

  /** Where entry `name`'s whole record lies, with its fields, when records can be copied unread (`contiguous`). */
  span(name: string): { from: number; to: number; fields: EntryFields } | undefined {
    const entry = this.contiguous ? this.entries.get(name) : undefined;
    if (!entry) return undefined;
    return { from: entry.at, to: entry.end, fields: { method: entry.method, crc: entry.crc, compressed: entry.compressed, size: entry.size, nameLength: 0 } };
  }

  /** The archive's bytes `from`–`to`, handed to `sink` a few megabytes at a time with their distance from `from`. */
  async copyRange(from: number, to: number, sink: (bytes: Buffer, done: number) => Promise<void>): Promise<void> {
    const chunk = Buffer.alloc(Math.min(to - from, 4 << 20));
    for (let done = 0; done < to - from; ) {
      const { bytesRead } = await this.handle.read(chunk, 0, Math.min(chunk.length, to - from - done), from + done);
      if (bytesRead === 0) throw new Error('zip: the previous archive ended early');
      await sink(chunk.subarray(0, bytesRead), done);
      done += bytesRead;
    }
  }

  /** The stored bytes and fields of entry `name`, as they are (the caller vouches for its data). */
  async copy(name: string): Promise<{ body: Buffer; fields: EntryFields } | undefined> {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const local = Buffer.alloc(30);
    await this.handle.read(local, 0, 30, entry.at);
    const body = Buffer.alloc(entry.compressed);
    await this.handle.read(body, 0, entry.compressed, entry.at + 30 + local.readUInt16LE(26) + local.readUInt16LE(28));
    return { body, fields: { method: entry.method, crc: entry.crc, compressed: entry.compressed, size: entry.size, nameLength: 0 } };
  }

  async reuse(name: string, data: Uint8Array): Promise<{ body: Buffer; fields: EntryFields } | undefined> {
    const entry = this.entries.get(name);
    if (!entry || entry.size !== data.length || entry.method !== 8 || entry.crc !== crc32(data)) return undefined;
    const local = Buffer.alloc(30);
    await this.handle.read(local, 0, 30, entry.at);
    const body = Buffer.alloc(entry.compressed);
    await this.handle.read(body, 0, entry.compressed, entry.at + 30 + local.readUInt16LE(26) + local.readUInt16LE(28));
    if (!(await inflate(body)).equals(data)) return undefined;
    this.checked ??= deflate(data).then((again) => again.equals(body));
    if (!(await this.checked)) return undefined;
    return { body, fields: { method: 8, crc: entry.crc, compressed: entry.compressed, size: entry.size, nameLength: 0 } };
  }

  close = () => this.handle.close();
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
