/**
 * The records of a ZIP file (APPNOTE.TXT 4.3), read the way Python's `zipfile` reads them, since
 * pip, twine and Warehouse all see a wheel through it: the end record is searched like
 * `_EndRecData`, a prefix before the archive is tolerated ("concat"), and names are decoded as
 * UTF-8 only when flag bit 11 is set (cp437 otherwise).
 */
import { isAscii, isUtf8 as bufferIsUtf8 } from 'node:buffer';
import { crc32 } from 'node:zlib';
import type { PositionedReader } from './file-reader.js';

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_END = 0x06054b50;
export const SIG_END64 = 0x06064b50;
export const SIG_END64_LOCATOR = 0x07064b50;
export const SIG_DESCRIPTOR = 0x08074b50;

export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_SIZE = 22;
export const END64_SIZE = 56;
export const END64_LOCATOR_SIZE = 20;

export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_UTF8 = 0x0800;

export const EXTRA_ZIP64 = 0x0001;
export const EXTRA_UNICODE_PATH = 0x7075;

const MAX_U32 = 0xffffffff;
// The comment after the end record is at most 64 KiB, so the record lies in the last 64 KiB + 22.
const MAX_COMMENT = 0xffff;
// Refuse to buffer a central directory bigger than this; real wheels stay far below.
const MAX_CENTRAL_DIRECTORY = 256 * 1024 * 1024;

/** Python's `BadZipFile`: the archive cannot be opened at all; the message is zipfile's own. */
export class ZipFormatError extends Error {}

/** The end-of-central-directory record, with ZIP64 values applied when a ZIP64 record was found. */
export interface EndRecord {
  /** File position of the (classic) end record. */
  position: number;
  entries: number;
  centralSize: number;
  centralOffset: number;
  commentLength: number;
  /** File position of the ZIP64 end record when present. */
  zip64Position?: number;
}

/** One central directory entry. */
export interface CentralEntry {
  /** File position of this central directory record. */
  recordPosition: number;
  nameBytes: Buffer;
  /** The name as Python's zipfile decodes it (and as RECORD refers to it). */
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** File position of the local header (the stored offset plus any prefix before the archive). */
  localHeaderPosition: number;
}

/** What Python's zipfile sees: the end record, the central directory and the prefix length. */
export interface CentralDirectory {
  end: EndRecord;
  /** Bytes before the archive proper (a stub or signature prepended to the file). */
  prefix: number;
  /** File position of the first central directory record. */
  position: number;
  entries: CentralEntry[];
}

/** A parsed local file header. */
export interface LocalHeader {
  position: number;
  flags: number;
  method: number;
  crc32: number;
  /** Sizes with ZIP64 placeholders resolved. */
  compressedSize: number;
  uncompressedSize: number;
  /** The 32-bit size fields as written (0xFFFFFFFF when ZIP64 holds the value). */
  rawCompressedSize: number;
  rawUncompressedSize: number;
  nameBytes: Buffer;
  extra: Buffer;
  /** File position where the member's data starts. */
  dataPosition: number;
}

/** What reading a member needs from its local header, kept for every member after the walk. */
export interface LocalSummary {
  /** The name as zipfile decodes it from the local header. */
  name: string;
  /** File position where the member's data starts. */
  dataPosition: number;
}

/** The summary of a parsed local header. */
export function summarise(local: LocalHeader): LocalSummary {
  return { name: originalName(local.nameBytes, local.flags), dataPosition: local.dataPosition };
}

/** One extra field (APPNOTE 4.5). */
export interface ExtraField {
  id: number;
  data: Buffer;
}

const NO_EXTRA_FIELDS = Object.freeze({ fields: Object.freeze([] as ExtraField[]), malformed: false });

/** Splits an extra-field block; `malformed` when a length runs past the block or a fragment is left. */
export function parseExtraFields(extra: Buffer): { fields: readonly ExtraField[]; malformed: boolean } {
  // Most headers have no extra field: one shared answer rather than two objects per header.
  if (extra.length === 0) return NO_EXTRA_FIELDS;
  const fields: ExtraField[] = [];
  let at = 0;
  while (at < extra.length) {
    if (extra.length - at < 4) return { fields, malformed: true };
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (at + 4 + size > extra.length) return { fields, malformed: true };
    fields.push({ id, data: extra.subarray(at + 4, at + 4 + size) });
    at += 4 + size;
  }
  return { fields, malformed: false };
}

/** Finds the end record as `zipfile._EndRecData` does; undefined when the file is not a ZIP. */
export async function findEndRecord(reader: PositionedReader): Promise<EndRecord | undefined> {
  const size = reader.size;
  if (size < END_SIZE) return undefined;
  let position = -1;
  const tail = await reader.read(size - END_SIZE, END_SIZE);
  if (tail.readUInt32LE(0) === SIG_END && tail.readUInt16LE(20) === 0) {
    position = size - END_SIZE;
  } else {
    const searchStart = Math.max(size - MAX_COMMENT - 1 - END_SIZE, 0);
    const area = await reader.read(searchStart, size - searchStart);
    const found = area.lastIndexOf(u32(SIG_END));
    if (found < 0 || found + END_SIZE > area.length) return undefined;
    position = searchStart + found;
  }
  const record = await reader.read(position, END_SIZE);
  const end: EndRecord = {
    position,
    entries: record.readUInt16LE(10),
    centralSize: record.readUInt32LE(12),
    centralOffset: record.readUInt32LE(16),
    commentLength: record.readUInt16LE(20),
  };
  if (position < END64_LOCATOR_SIZE) return end;
  const locator = await reader.read(position - END64_LOCATOR_SIZE, END64_LOCATOR_SIZE);
  if (locator.readUInt32LE(0) !== SIG_END64_LOCATOR) return end;
  if (locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) > 1) {
    throw new ZipFormatError('zipfiles that span multiple disks are not supported');
  }
  // Like zipfile, assume the ZIP64 record sits right before its locator (no extensible data).
  const zip64Position = position - END64_LOCATOR_SIZE - END64_SIZE;
  if (zip64Position < 0) return end;
  const record64 = await reader.read(zip64Position, END64_SIZE);
  if (record64.readUInt32LE(0) !== SIG_END64) return end;
  return {
    ...end,
    entries: u64(record64, 32),
    centralSize: u64(record64, 40),
    centralOffset: u64(record64, 48),
    zip64Position,
  };
}

/** Reads the central directory as `ZipFile._RealGetContents` does; throws ZipFormatError like it. */
export async function readCentralDirectory(
  reader: PositionedReader,
  end: EndRecord,
): Promise<CentralDirectory> {
  let prefix = end.position - end.centralSize - end.centralOffset;
  if (end.zip64Position !== undefined) prefix -= END64_SIZE + END64_LOCATOR_SIZE;
  const position = end.centralOffset + prefix;
  if (position < 0) throw new ZipFormatError('Bad offset for central directory');
  if (end.centralSize > MAX_CENTRAL_DIRECTORY) {
    throw new ZipFormatError(
      `Central directory of ${end.centralSize} bytes is larger than this checker reads`,
    );
  }
  const data = await reader.read(position, end.centralSize);
  const entries: CentralEntry[] = [];
  let at = 0;
  while (at < end.centralSize) {
    if (data.length - at < CENTRAL_HEADER_SIZE) throw new ZipFormatError('Truncated central directory');
    if (data.readUInt32LE(at) !== SIG_CENTRAL)
      throw new ZipFormatError('Bad magic number for central directory');
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > data.length) throw new ZipFormatError('Truncated central directory');
    const versionNeeded = data.readUInt16LE(at + 6);
    if (versionNeeded > 63) {
      throw new ZipFormatError(`zip file version ${(versionNeeded / 10).toFixed(1)}`);
    }
    const nameBytes = data.subarray(nameStart, nameStart + nameLength);
    const extra = data.subarray(nameStart + nameLength, nameStart + nameLength + extraLength);
    const flags = data.readUInt16LE(at + 8);
    const sizes = applyZip64Extra(
      {
        compressedSize: data.readUInt32LE(at + 20),
        uncompressedSize: data.readUInt32LE(at + 24),
        offset: data.readUInt32LE(at + 42),
      },
      extra,
    );
    entries.push({
      recordPosition: position + at,
      nameBytes,
      name: pythonName(nameBytes, flags, extra),
      flags,
      method: data.readUInt16LE(at + 10),
      crc32: data.readUInt32LE(at + 16),
      compressedSize: sizes.compressedSize,
      uncompressedSize: sizes.uncompressedSize,
      localHeaderPosition: sizes.offset + prefix,
    });
    at = next;
  }
  return { end, prefix, position, entries };
}

/** Parses the local header at `position`; undefined when no local header starts there. */
export async function readLocalHeader(
  reader: PositionedReader,
  position: number,
): Promise<LocalHeader | undefined> {
  const fixed = await reader.read(position, LOCAL_HEADER_SIZE);
  if (fixed.length < LOCAL_HEADER_SIZE || fixed.readUInt32LE(0) !== SIG_LOCAL) return undefined;
  const nameLength = fixed.readUInt16LE(26);
  const extraLength = fixed.readUInt16LE(28);
  const variable = await reader.read(position + LOCAL_HEADER_SIZE, nameLength + extraLength);
  if (variable.length < nameLength + extraLength) return undefined;
  const extra = variable.subarray(nameLength);
  const sizes = applyZip64Extra(
    { compressedSize: fixed.readUInt32LE(18), uncompressedSize: fixed.readUInt32LE(22), offset: 0 },
    extra,
  );
  return {
    position,
    flags: fixed.readUInt16LE(6),
    method: fixed.readUInt16LE(8),
    crc32: fixed.readUInt32LE(14),
    compressedSize: sizes.compressedSize,
    uncompressedSize: sizes.uncompressedSize,
    rawCompressedSize: fixed.readUInt32LE(18),
    rawUncompressedSize: fixed.readUInt32LE(22),
    nameBytes: variable.subarray(0, nameLength),
    extra,
    dataPosition: position + LOCAL_HEADER_SIZE + nameLength + extraLength,
  };
}

/** The name as stored, decoded like zipfile's `orig_filename`: UTF-8 with flag bit 11, else cp437. */
export function originalName(nameBytes: Buffer, flags: number): string {
  return flags & FLAG_UTF8 ? nameBytes.toString('utf8') : decodeCp437(nameBytes);
}

/** The name as Python's zipfile uses it: `originalName`, or a matching Unicode Path field; cut at NUL. */
export function pythonName(nameBytes: Buffer, flags: number, extra: Buffer = Buffer.alloc(0)): string {
  let name = originalName(nameBytes, flags);
  // zipfile prefers an Info-ZIP Unicode Path field that vouches for these exact name bytes.
  for (const field of parseExtraFields(extra).fields) {
    if (field.id !== EXTRA_UNICODE_PATH || field.data.length < 5 || field.data[0] !== 1) continue;
    if (field.data.readUInt32LE(1) !== crc32(nameBytes)) continue;
    const unicode = field.data.subarray(5);
    if (unicode.length > 0 && isUtf8(unicode)) name = unicode.toString('utf8');
  }
  const nul = name.indexOf('\0');
  return nul >= 0 ? name.slice(0, nul) : name;
}

/** Whether `bytes` is well-formed UTF-8. */
export function isUtf8(bytes: Buffer): boolean {
  return bufferIsUtf8(bytes);
}

/** Code page 437, the ZIP format's historical name encoding, as Python decodes it. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeCp437(bytes: Buffer): string {
  // Nearly every name is ASCII, where cp437 and latin-1 agree: one native decode, no string per byte.
  if (isAscii(bytes)) return bytes.toString('latin1');
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
  }
  return out;
}

/** Fills the 0xFFFFFFFF placeholders from a ZIP64 extra field, in zipfile's order. */
function applyZip64Extra<T extends { compressedSize: number; uncompressedSize: number; offset: number }>(
  sizes: T,
  extra: Buffer,
): T {
  const field = parseExtraFields(extra).fields.find((f) => f.id === EXTRA_ZIP64);
  if (!field) return sizes;
  const out = { ...sizes };
  let at = 0;
  const take = (): number | undefined => {
    if (field.data.length - at < 8) return undefined;
    const value = u64(field.data, at);
    at += 8;
    return value;
  };
  if (out.uncompressedSize === MAX_U32) out.uncompressedSize = take() ?? out.uncompressedSize;
  if (out.compressedSize === MAX_U32) out.compressedSize = take() ?? out.compressedSize;
  if (out.offset === MAX_U32) out.offset = take() ?? out.offset;
  return out;
}

/** A little-endian 64-bit field as a number; sizes beyond 2^53 cannot occur in a real file. */
export function u64(buffer: Buffer, at: number): number {
  return Number(buffer.readBigUInt64LE(at));
}

/** The four signature bytes of `signature`. */
export function u32(signature: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(signature);
  return out;
}
