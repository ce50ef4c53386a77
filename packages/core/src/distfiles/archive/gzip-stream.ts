/**
 * Decompressing a .tar.gz member by member (RFC 1952), the way Python's gzip reads it for tarfile:
 * concatenated members are one stream, and bytes after the last member that are not another
 * member are never looked at. Node's gunzip instead fails on such bytes and drops the output it
 * had not delivered yet, so each member's deflate data goes through a raw inflater, which stops at
 * the end of the deflate stream and says how much input it used.
 */
import { once } from 'node:events';
import { createInflateRaw, crc32 } from 'node:zlib';
import type { PositionedReader } from './file-reader.js';

const FLAG_HCRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;

/** How decompression went. */
export interface GunzipOutcome {
  /** The file does not start with a gzip member at all. */
  notGzip?: boolean;
  /** Why the stream broke (Python's wording), when it did; output up to there was delivered. */
  damage?: string;
  /** A member's CRC-32 or length does not match its data (the data itself was delivered). */
  checksum?: string;
}

/**
 * Decompresses every gzip member of the file in order into `push`; when `push` returns a promise
 * the next output waits for it. Stops early when `push` returns 'stop'.
 */
export async function gunzipFile(
  reader: PositionedReader,
  push: (chunk: Buffer) => void | 'stop' | Promise<void>,
): Promise<GunzipOutcome> {
  let position = 0;
  let stopped = false;
  const outcome: GunzipOutcome = {};
  for (let member = 0; position < reader.size && !stopped; member++) {
    const dataStart = await memberDataStart(reader, position);
    if (dataStart === undefined) {
      if (member === 0) return { notGzip: true };
      break; // not another member: bytes Python never reads
    }
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let crc = 0;
    let size = 0;
    let failure: Error | undefined;
    inflate.on('error', (error: Error) => (failure = error));
    inflate.on('data', (chunk: Buffer) => {
      if (stopped) return;
      crc = crc32(chunk, crc);
      size += chunk.length;
      const waited = push(chunk);
      if (waited === 'stop') {
        stopped = true;
        inflate.destroy();
      } else if (waited) {
        inflate.pause();
        void waited.then(() => inflate.resume());
      }
    });
    const ended = new Promise<void>((resolve) => {
      inflate.on('end', resolve);
      inflate.on('close', resolve);
    });
    let written = 0;
    for await (const slice of reader.slices(dataStart, reader.size)) {
      if (stopped || failure) break;
      await new Promise<void>((resolve) => inflate.write(slice, () => resolve()));
      written += slice.length;
      // The raw inflater ignores input after the end of the deflate stream: that is the end.
      if (inflate.bytesWritten < written) break;
      if (inflate.writableNeedDrain) await Promise.race([once(inflate, 'drain'), ended]);
    }
    if (!inflate.destroyed) inflate.end();
    await ended;
    if (stopped) break;
    if (failure) {
      outcome.damage = /unexpected end of file/.test(failure.message)
        ? 'Compressed file ended before the end-of-stream marker was reached'
        : `Error -3 while decompressing data: ${failure.message}`;
      break;
    }
    const memberEnd = dataStart + inflate.bytesWritten;
    const trailer = await reader.read(memberEnd, 8);
    if (trailer.length < 8) {
      outcome.damage = 'Compressed file ended before the end-of-stream marker was reached';
      break;
    }
    if (trailer.readUInt32LE(0) !== crc >>> 0) {
      outcome.checksum ??= `CRC check failed 0x${hex(trailer.readUInt32LE(0))} != 0x${hex(crc >>> 0)}`;
    } else if (trailer.readUInt32LE(4) !== size % 2 ** 32) {
      outcome.checksum ??= 'Incorrect length of data produced';
    }
    position = memberEnd + 8;
  }
  return outcome;
}

/** Where the deflate data of the member at `position` starts; undefined when no member starts there. */
async function memberDataStart(reader: PositionedReader, position: number): Promise<number | undefined> {
  const head = await reader.read(position, 10);
  if (head.length < 10 || head[0] !== 0x1f || head[1] !== 0x8b || head[2] !== 8) return undefined;
  const flags = head[3]!;
  let at = position + 10;
  if (flags & FLAG_EXTRA) {
    const length = await reader.read(at, 2);
    if (length.length < 2) return undefined;
    at += 2 + length.readUInt16LE(0);
  }
  for (const flag of [FLAG_NAME, FLAG_COMMENT]) {
    if (!(flags & flag)) continue;
    // A zero-terminated string; search in windows so a long one still ends somewhere.
    for (;;) {
      const window = await reader.read(at, 4096);
      if (window.length === 0) return undefined;
      const nul = window.indexOf(0);
      if (nul >= 0) {
        at += nul + 1;
        break;
      }
      at += window.length;
    }
  }
  if (flags & FLAG_HCRC) at += 2;
  return at <= reader.size ? at : undefined;
}

function hex(value: number): string {
  return value.toString(16).padStart(8, '0');
}
