/**
 * A multipart/form-data body (RFC 7578) streamed from disk: the text fields, then the file, read in
 * chunks as the connection takes them. Memory stays constant whatever the file's size, and the length
 * is known before the first byte, so the request carries Content-Length as twine's does.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { FormField } from './form.js';

/** The file part: sent as `content` with application/octet-stream, as twine sends it. */
export interface FilePart {
  path: string;
  filename: string;
  /** Expected size in bytes; a file that changed size since it was hashed fails the upload. */
  size: number;
}

/** A body that can be produced any number of times (once per attempt). */
export interface MultipartBody {
  contentType: string;
  /** Total bytes of the body. */
  length: number;
  /** A fresh stream of the whole body; `onFileBytes` sees how much of the file has been handed on. */
  stream(onFileBytes?: (sent: number) => void): ReadableStream<Uint8Array>;
}

const CHUNK = 1024 * 1024;

// urllib3's HTML5 rule for names in Content-Disposition: quote, backslash and newlines escaped.
function quoted(text: string): string {
  return text.replace(/[\n\r"\\]/g, (ch) => ({ '\n': '%0A', '\r': '%0D', '"': '%22', '\\': '\\\\' })[ch]!);
}

/** The form as one multipart body; `boundary` is random unless given (tests). */
export function multipartBody(
  fields: readonly FormField[],
  file: FilePart,
  boundary?: string,
): MultipartBody {
  const mark = boundary ?? `otai${randomBytes(16).toString('hex')}`;
  const parts = fields.map(
    ([name, value]) =>
      `--${mark}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`,
  );
  const head = Buffer.from(
    `${parts.join('')}--${mark}\r\nContent-Disposition: form-data; name="content"; filename="${quoted(file.filename)}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${mark}--\r\n`);
  return {
    contentType: `multipart/form-data; boundary=${mark}`,
    length: head.length + file.size + tail.length,
    stream(onFileBytes) {
      return ReadableStream.from(chunks(head, tail, file, onFileBytes));
    },
  };
}

async function* chunks(
  head: Buffer,
  tail: Buffer,
  file: FilePart,
  onFileBytes?: (sent: number) => void,
): AsyncGenerator<Uint8Array> {
  yield head;
  let sent = 0;
  for await (const chunk of createReadStream(file.path, { highWaterMark: CHUNK })) {
    const bytes = chunk as Buffer;
    sent += bytes.length;
    if (sent > file.size) break;
    yield bytes;
    onFileBytes?.(sent);
  }
  if (sent !== file.size) {
    throw new Error(
      `${file.filename} changed while it was being uploaded (${sent} bytes read, ${file.size} expected): do not modify the distributions during the upload.`,
    );
  }
  yield tail;
}
