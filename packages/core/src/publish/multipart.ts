/**
 * A multipart/form-data body (RFC 7578) streamed from disk: the text fields, the file, read in chunks
 * as the connection takes them, then optional trailing fields whose values may be known only once the
 * file has gone by (its digests, hashed on other threads while it is sent). Memory stays constant
 * whatever the file's size, and the length is known before the first byte, so the request carries
 * Content-Length as twine's does. Indexes parse the whole form before reading any field (Warehouse,
 * pypiserver, devpi, Nexus, Artifactory), so where the digests sit does not matter to them.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { FormField } from './form.js';

/** The file part: sent as `content` with application/octet-stream, as twine sends it. */
export interface FilePart {
  path: string;
  filename: string;
  /** Expected size in bytes; a file that changed size since it was planned fails the upload. */
  size: number;
}

/** Fields after the file: their names and value lengths now, their values when the file has been read. */
export interface Trailer {
  /** Names with placeholder values of the final length (e.g. 64 characters for a hex sha256). */
  template: readonly FormField[];
  /** The real values, asked for after the last byte of the file; each must have its placeholder's length. */
  values(): readonly FormField[] | Promise<readonly FormField[]>;
}

/** How a stream reports the file going by. */
export interface StreamHooks {
  /** The file bytes handed on so far. */
  onFileBytes?(sent: number): void;
}

/**
 * The body could not be produced (the file changed or vanished, its digests failed): the upload must
 * stop with this message rather than be retried as if the connection had failed.
 */
export class BodySourceError extends Error {}

/** A body that can be produced any number of times (once per attempt). */
export interface MultipartBody {
  contentType: string;
  /** Total bytes of the body. */
  length: number;
  /**
   * A fresh iterable of the whole body. File chunks are views of RING reused buffers: the consumer
   * must have finished with a chunk before it asks for the one RING places later.
   */
  chunks(hooks?: StreamHooks): AsyncGenerator<Buffer>;
}

// The file is read into a ring of RING buffers of CHUNK bytes, reused, so memory stays flat however
// large the file: a consumer must be done with a chunk (written to the kernel) before it asks for the
// chunk RING places later. Fresh buffers per chunk would leave garbage the collector frees only in
// bursts (measured: +80 MB of RSS for a 1 GiB file).
/** Bytes per file chunk. */
export const CHUNK = 512 * 1024;
/** How many file chunks may be in flight at once (see chunks()). */
export const RING = 4;

// urllib3's HTML5 rule for names in Content-Disposition: quote, backslash and newlines escaped.
function quoted(text: string): string {
  return text.replace(/[\n\r"\\]/g, (ch) => ({ '\n': '%0A', '\r': '%0D', '"': '%22', '\\': '\\\\' })[ch]!);
}

function textParts(fields: readonly FormField[], mark: string): string {
  return fields
    .map(
      ([name, value]) =>
        `--${mark}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`,
    )
    .join('');
}

/** The form as one multipart body; `boundary` is random unless given (tests). */
export function multipartBody(
  fields: readonly FormField[],
  file: FilePart,
  boundary?: string,
  trailer?: Trailer,
): MultipartBody {
  const mark = boundary ?? `otai${randomBytes(16).toString('hex')}`;
  const head = Buffer.from(
    `${textParts(fields, mark)}--${mark}\r\nContent-Disposition: form-data; name="content"; filename="${quoted(file.filename)}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tailFor = (extra: readonly FormField[]) =>
    Buffer.from(`\r\n${textParts(extra, mark)}--${mark}--\r\n`);
  const tailLength = tailFor(trailer?.template ?? []).length;
  const body: MultipartBody = {
    contentType: `multipart/form-data; boundary=${mark}`,
    length: head.length + file.size + tailLength,
    async *chunks(hooks = {}) {
      yield head;
      let sent = 0;
      const ring = Array.from({ length: RING }, () => Buffer.allocUnsafe(CHUNK));
      // Synchronous reads: a 512 KiB read from the page cache takes well under a millisecond, and the
      // thread-pool round trip of an async read cost more CPU than the read itself (measured: 0.35 s
      // of libuv threads for 1 GiB, the run 8% slower), CPU the hashing threads need.
      const unreadable = (error: unknown) =>
        new BodySourceError(`${file.filename} could not be read: ${(error as Error).message}`);
      let fd: number;
      try {
        fd = openSync(file.path, 'r');
      } catch (error) {
        throw unreadable(error);
      }
      try {
        for (let slot = 0; ; slot = (slot + 1) % RING) {
          let bytesRead: number;
          try {
            bytesRead = readSync(fd, ring[slot]!, 0, CHUNK, sent);
          } catch (error) {
            throw unreadable(error);
          }
          if (bytesRead === 0) break;
          const bytes = ring[slot]!.subarray(0, bytesRead);
          sent += bytesRead;
          if (sent > file.size) break;
          yield bytes;
          hooks.onFileBytes?.(sent);
        }
      } finally {
        closeSync(fd);
      }
      if (sent !== file.size) {
        throw new BodySourceError(
          `${file.filename} changed while it was being uploaded (${sent} bytes read, ${file.size} expected): do not modify the distributions during the upload.`,
        );
      }
      let extra: readonly FormField[] = [];
      try {
        if (trailer) extra = await trailer.values();
      } catch (error) {
        throw error instanceof BodySourceError
          ? error
          : new BodySourceError(error instanceof Error ? error.message : String(error));
      }
      const tail = tailFor(extra);
      if (tail.length !== tailLength)
        throw new Error('a trailing form field does not have the length announced');
      yield tail;
    },
  };
  return body;
}
