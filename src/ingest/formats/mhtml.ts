/**
 * A web page saved as one file (`.mht`, `.mhtml`: Chrome's and Edge's "Webpage, Single File",
 * Internet Explorer's "Web Archive"): a MIME message whose first `text/html` part is the page,
 * with its pictures and styles as further parts. This unwraps that part (quoted-printable or
 * base64, as the part says) so the page is read as any saved page is; the part's own `charset`,
 * when it names one, decides the encoding, as a browser opening the archive does.
 */

export interface ArchivedPage {
  /** The page's bytes, transfer encoding undone. */
  bytes: Uint8Array;
  /** The charset the part's Content-Type names, if any. */
  charset?: string;
}

/** Whether these bytes are a MIME web archive rather than a page (looked for in the first 4 KB). */
export function isWebArchive(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096));
  return /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?Content-Type:\s*multipart\/related/im.test(head) && /^MIME-Version:/im.test(head);
}

/** The archive's page, or undefined when it holds no `text/html` part. */
export function archivedPage(bytes: Uint8Array): ArchivedPage | undefined {
  const text = latin1(bytes);
  const headerEnd = text.search(/\r?\n\r?\n/);
  const header = unfold(text.slice(0, headerEnd < 0 ? text.length : headerEnd));
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(header);
  const delimiter = boundary?.[1] ?? boundary?.[2];
  if (!delimiter) return undefined;
  for (const part of text.split(`--${delimiter}`).slice(1)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const partHeader = unfold(part.slice(0, split));
    const type = /^Content-Type:\s*([^;\s]+)/im.exec(partHeader)?.[1]?.toLowerCase();
    if (type !== 'text/html') continue;
    const body = part.slice(split).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    const encoding = /^Content-Transfer-Encoding:\s*([\w-]+)/im.exec(partHeader)?.[1]?.toLowerCase();
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(partHeader)?.[1];
    const decoded =
      encoding === 'quoted-printable' ? quotedPrintable(body) : encoding === 'base64' ? new Uint8Array(Buffer.from(body, 'base64')) : bytesOf(body);
    return { bytes: decoded, ...(charset ? { charset } : {}) };
  }
  return undefined;
}

/** Quoted-printable (RFC 2045) to bytes: soft line breaks joined, `=XX` to the byte XX. */
export function quotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(joined.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(out);
}

/** Header lines continued on the next line (starting with a space or tab) joined. */
const unfold = (header: string) => header.replace(/\r?\n[ \t]+/g, ' ');
/** Every byte one character and back (Node's `latin1`; WHATWG's `latin1` label is windows-1252, which is not). */
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
