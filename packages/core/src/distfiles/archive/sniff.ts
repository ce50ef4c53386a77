/**
 * What Python's `tarfile.is_tarfile` and `zipfile.is_zipfile` would say about a file. PyPI asks
 * both and rejects a file for which both say yes ("File is both a zip and a tar file"): such a
 * polyglot unpacks differently depending on the tool.
 */
import { constants, gunzipSync } from 'node:zlib';
import type { PositionedReader } from './file-reader.js';
import { findEndRecord, ZipFormatError } from './zip-records.js';

const BLOCK = 512;
const GZIP_MAGIC = [0x1f, 0x8b];

/** Whether the buffer starts with the gzip magic number. */
export function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/**
 * Whether `block` is a tar header Python's tarfile accepts as a first member: not all zeros, and
 * its checksum field matches the unsigned or the signed sum of the header bytes.
 */
export function isTarHeader(block: Buffer): boolean {
  if (block.length < BLOCK) return false;
  if (block.subarray(0, BLOCK).every((b) => b === 0)) return false;
  const stored = checksumField(block.subarray(148, 156));
  if (stored === undefined) return false;
  let unsigned = 8 * 0x20;
  let signed = 8 * 0x20;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    unsigned += block[i]!;
    signed += block[i]! > 127 ? block[i]! - 256 : block[i]!;
  }
  return stored === unsigned || stored === signed;
}

/** Whether tarfile.is_tarfile would accept the file: a valid first header, raw or after gzip. */
export async function readsAsTar(reader: PositionedReader): Promise<boolean> {
  const head = await reader.read(0, 64 * 1024);
  if (isTarHeader(head)) return true;
  if (!isGzip(head)) return false;
  try {
    return isTarHeader(gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH }));
  } catch {
    return false;
  }
}

/** Whether zipfile.is_zipfile would accept the file: an end-of-central-directory record is found. */
export async function readsAsZip(reader: PositionedReader): Promise<boolean> {
  try {
    return (await findEndRecord(reader)) !== undefined;
  } catch (error) {
    if (error instanceof ZipFormatError) return true;
    throw error;
  }
}

// tarfile's nti(): base-256 when the first byte is 0x80 or 0xff, else NUL-terminated octal text.
function checksumField(field: Buffer): number | undefined {
  if (field[0] === 0x80 || field[0] === 0xff) {
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
    return field[0] === 0xff ? value - 256 ** (field.length - 1) : value;
  }
  const nul = field.indexOf(0);
  const text = field
    .subarray(0, nul < 0 ? field.length : nul)
    .toString('latin1')
    .trim();
  if (text === '') return 0;
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}
