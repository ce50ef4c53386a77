/**
 * ZIP framing as PyPI checks it at upload: the file is walked record by record from its first
 * byte, the way a streaming reader would, and what it finds must agree with the central directory
 * that seeking readers (pip, zipfile) use. Every disagreement is a parser differential, and PyPI
 * rejects it (`warehouse/utils/zipfiles.py`). Unlike Warehouse, the walk goes on past a problem
 * where it safely can, so one run shows them all.
 */
import type { Finding } from '../findings.js';
import { quoteName } from './describe.js';
import type { PositionedReader } from './file-reader.js';
import { IssueCollector } from './issues.js';
import { ARCHIVE_RULES as Z, PYPI_ARCHIVES_HELP } from './rules.js';
import {
  CENTRAL_HEADER_SIZE,
  EXTRA_UNICODE_PATH,
  EXTRA_ZIP64,
  FLAG_DATA_DESCRIPTOR,
  FLAG_ENCRYPTED,
  FLAG_UTF8,
  END_SIZE,
  END64_LOCATOR_SIZE,
  END64_SIZE,
  SIG_CENTRAL,
  SIG_DESCRIPTOR,
  SIG_END,
  SIG_END64,
  SIG_END64_LOCATOR,
  SIG_LOCAL,
  isUtf8,
  originalName,
  parseExtraFields,
  readLocalHeader,
  summarise,
  u64,
  type CentralDirectory,
  type CentralEntry,
  type LocalHeader,
  type LocalSummary,
} from './zip-records.js';

const NOT_ACCEPTED = 'Invalid distribution file. ZIP archive not accepted: ';
const MAX_U32 = 0xffffffff;
// Warehouse's decompression-bomb limits (forklift/legacy.py).
const RATIO_MIN_SIZE = 64 * 1024 * 1024;
const RATIO_THRESHOLD = 50;
const STORED = 0;
const DEFLATED = 8;
// Flags whose disagreement changes how the data is read: encryption, data descriptor, strong
// encryption, UTF-8 name.
const SIGNIFICANT_FLAGS = 0x0001 | 0x0008 | 0x0040 | 0x0800;

const see = ` (see ${PYPI_ARCHIVES_HELP})`;
const FIX = {
  duplicate: `rebuild the wheel with a standard backend (hatchling, setuptools, flit-core, poetry-core, maturin); this archive was written by a tool that appends entries, so two entries share a name${see}`,
  trailing: `upload the wheel exactly as the backend wrote it; something appended data after the archive or wrote entry comments${see}`,
  prefix: `upload the wheel exactly as the backend wrote it; something prepended data (a stub, a signature) or left bytes between records${see}`,
  mismatch: `rebuild the wheel with a standard backend instead of patching it in place; tools that rewrite or delete entries leave local headers the central directory no longer describes${see}`,
  descriptor: `rebuild with a standard backend that writes the wheel to a seekable file; this archive was written in streaming mode (a data descriptor after each member)${see}`,
  utf8: `rename the file to an ASCII or UTF-8 name, or rebuild with a backend that writes UTF-8 names and sets the UTF-8 flag (bit 11)${see}`,
  control: `rename the file so its path has no control characters, then rebuild${see}`,
  malformed: `rebuild the wheel with a standard backend and upload it as built${see}`,
  compression:
    'build with the default deflate compression (ZIP_DEFLATED); PyPI accepts only stored and deflated members',
  ratio:
    'exclude the large, highly compressible files (test data, zero-filled or generated blobs) from the wheel, or ship them another way',
  encrypted: 'build the wheel without encryption; installers cannot read encrypted members',
} as const;

/** What the walk found: the findings, and what reading needs from each local header. */
export interface FramingCheck {
  findings: Finding[];
  /** Every local header the walk parsed, by file position. */
  locals: Map<number, LocalSummary>;
}

// What the walk has seen so far: every record's check reads and adds to it.
interface Walk {
  reader: PositionedReader;
  cd: CentralDirectory;
  issues: IssueCollector;
  malformed: (detail: string, text?: string) => void;
  /** Every local header parsed, by file position. */
  locals: Map<number, LocalSummary>;
  /** Names of the local headers and central records met so far, as raw bytes (latin1). */
  localNames: Set<string>;
  centralNames: Set<string>;
  byOriginalName: Map<string, CentralEntry>;
  byPosition: Map<number, CentralEntry>;
  /** The central directory as walked: where it starts, its records and their bytes. */
  central: { start?: number; count: number; bytes: number };
  zip64End?: { entries: number; size: number; offset: number };
  locatorSeen: boolean;
}

/** Walks every record from the start of the file and compares it with the central directory. */
export async function checkZipFraming(reader: PositionedReader, cd: CentralDirectory): Promise<FramingCheck> {
  const walk = startWalk(reader, cd);
  if (cd.prefix > 0) {
    walk.issues.add(Z.Z005, NOT_ACCEPTED + 'Unknown record signature', FIX.prefix, {
      detail: `${cd.prefix} bytes of other data before the first local header`,
    });
  }
  let next: number | undefined = cd.prefix;
  while (next !== undefined) {
    const position: number = next;
    const signatureBytes = await reader.read(position, 4);
    if (signatureBytes.length < 4) {
      walk.malformed(`the file ends at offset ${position} before the end-of-central-directory record`);
      break;
    }
    switch (signatureBytes.readUInt32LE(0)) {
      case SIG_LOCAL:
        next = await stepLocal(walk, position);
        break;
      case SIG_CENTRAL:
        next = await checkCentralRecord(walk, position);
        break;
      case SIG_END64:
        next = await readZip64End(walk, position);
        break;
      case SIG_END64_LOCATOR:
        walk.locatorSeen = true;
        next = position + END64_LOCATOR_SIZE;
        break;
      case SIG_END:
        if (walk.zip64End && !walk.locatorSeen) {
          walk.malformed('a ZIP64 end record is not followed by its locator');
        } else {
          const end = await checkEndRecord(walk, position);
          if (end !== undefined) checkAfterEnd(walk, end);
        }
        next = undefined;
        break;
      default:
        walk.issues.add(Z.Z005, NOT_ACCEPTED + 'Unknown record signature', FIX.prefix, {
          detail: `unrecognised bytes at offset ${position}`,
        });
        next = undefined;
    }
  }
  return { findings: walk.issues.findings(), locals: walk.locals };
}

function startWalk(reader: PositionedReader, cd: CentralDirectory): Walk {
  const issues = new IssueCollector();
  const byOriginalName = new Map<string, CentralEntry>();
  const byPosition = new Map<number, CentralEntry>();
  for (const entry of cd.entries) {
    byOriginalName.set(originalName(entry.nameBytes, entry.flags), entry);
    if (!byPosition.has(entry.localHeaderPosition)) byPosition.set(entry.localHeaderPosition, entry);
  }
  return {
    reader,
    cd,
    issues,
    malformed: (detail, text = 'Malformed zip file') =>
      issues.add(Z.Z013, NOT_ACCEPTED + text, FIX.malformed, { detail }),
    locals: new Map(),
    localNames: new Set(),
    centralNames: new Set(),
    byOriginalName,
    byPosition,
    central: { count: 0, bytes: 0 },
    locatorSeen: false,
  };
}

// Each record's check returns where the next record starts, or undefined when the walk cannot go on.

/** A local header and its data: checked against the central directory, then stepped over. */
async function stepLocal(walk: Walk, position: number): Promise<number | undefined> {
  const { reader, malformed } = walk;
  const local = await readLocalHeader(reader, position);
  if (!local) {
    malformed(`the local header at offset ${position} is truncated`);
    return undefined;
  }
  walk.locals.set(position, summarise(local));
  const next = checkLocal(walk, local, walk.byPosition.get(position));
  if (next === undefined) {
    malformed(`the length of ${quoteName(local.nameBytes)} is known only to a data descriptor`);
    return undefined;
  }
  if (next > reader.size) {
    malformed(`the data of ${quoteName(local.nameBytes)} runs past the end of the file`);
    return undefined;
  }
  return skipDescriptor(reader, local, next);
}

/** A central directory record, as the walk meets it: comment, name, and a local header of that name. */
async function checkCentralRecord(walk: Walk, position: number): Promise<number | undefined> {
  const { reader, issues, central } = walk;
  const fixed = await reader.read(position, CENTRAL_HEADER_SIZE);
  if (fixed.length < CENTRAL_HEADER_SIZE) {
    walk.malformed(`the central directory record at offset ${position} is truncated`);
    return undefined;
  }
  const nameLength = fixed.readUInt16LE(28);
  const extraLength = fixed.readUInt16LE(30);
  const commentLength = fixed.readUInt16LE(32);
  const nameBytes = await reader.read(position + CENTRAL_HEADER_SIZE, nameLength);
  const key = nameBytes.toString('latin1');
  const about = () => ({ member: nameBytes.toString('utf8'), shown: quoteName(nameBytes) });
  const recordSize = CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  central.start ??= position;
  central.count += 1;
  central.bytes += recordSize;
  if (commentLength > 0) {
    issues.add(Z.Z004, NOT_ACCEPTED + 'Comment in central directory', FIX.trailing, about);
  }
  if (hasControlCharacter(nameBytes)) {
    issues.add(Z.Z010, NOT_ACCEPTED + 'Invalid character in filename', FIX.control, about);
  }
  if (walk.centralNames.has(key)) {
    issues.add(Z.Z003, NOT_ACCEPTED + 'Duplicate filename in central directory', FIX.duplicate, about);
  } else if (!walk.localNames.has(key)) {
    issues.add(Z.Z006, NOT_ACCEPTED + 'Missing filename in local headers', FIX.mismatch, about);
  }
  walk.centralNames.add(key);
  return position + recordSize;
}

/** The ZIP64 end record: remembered for the end record, which it overrides once its locator follows. */
async function readZip64End(walk: Walk, position: number): Promise<number | undefined> {
  const record = await walk.reader.read(position, END64_SIZE);
  if (record.length < END64_SIZE) {
    walk.malformed('the ZIP64 end record is truncated');
    return undefined;
  }
  const recordSize = u64(record, 4);
  walk.zip64End = { entries: u64(record, 32), size: u64(record, 40), offset: u64(record, 48) };
  if (u64(record, 24) !== walk.zip64End.entries) {
    walk.malformed('the ZIP64 end record counts entries on two disks');
  }
  if (recordSize !== END64_SIZE - 12) {
    walk.issues.add(Z.Z013, NOT_ACCEPTED + 'ZIP64 extensible data not allowed', FIX.malformed);
  }
  return position + 12 + recordSize;
}

/**
 * The end record against the central directory the walk found (its ZIP64 values when there are
 * some); returns where the record and its comment end, or undefined when it is truncated.
 */
async function checkEndRecord(walk: Walk, position: number): Promise<number | undefined> {
  const { issues, cd, central } = walk;
  const record = await walk.reader.read(position, END_SIZE);
  if (record.length < END_SIZE) {
    walk.malformed('the end-of-central-directory record is truncated');
    return undefined;
  }
  central.start ??= position;
  if (record.readUInt16LE(8) !== record.readUInt16LE(10)) {
    walk.malformed('the end record counts entries on two disks');
  }
  const classic = {
    entries: record.readUInt16LE(10),
    size: record.readUInt32LE(12),
    offset: record.readUInt32LE(16),
  };
  const declared = walk.zip64End && walk.locatorSeen ? walk.zip64End : classic;
  if (declared.entries !== central.count) {
    issues.add(Z.Z013, NOT_ACCEPTED + 'Mismatched central directory records', FIX.malformed, {
      detail: `the end record counts ${declared.entries}, the central directory holds ${central.count}`,
    });
  }
  if (declared.offset + cd.prefix !== central.start) {
    issues.add(Z.Z013, NOT_ACCEPTED + 'Mismatched central directory offset', FIX.malformed, {
      detail: `the end record says ${declared.offset}, the central directory starts at ${central.start - cd.prefix}`,
    });
  }
  if (declared.size !== central.bytes) {
    issues.add(Z.Z013, NOT_ACCEPTED + 'Mismatched central directory size', FIX.malformed, {
      detail: `the end record says ${declared.size} bytes, the central directory has ${central.bytes}`,
    });
  }
  return position + END_SIZE + record.readUInt16LE(20);
}

/** What a complete walk can tell: bytes after the archive, and entries no local header answered. */
function checkAfterEnd(walk: Walk, end: number): void {
  const { issues, reader, cd } = walk;
  if (end < reader.size) {
    issues.add(Z.Z004, NOT_ACCEPTED + 'Trailing data', FIX.trailing, {
      detail: `${reader.size - end} bytes after the end-of-central-directory record`,
    });
  } else if (end > reader.size) {
    walk.malformed('the archive comment runs past the end of the file');
  }
  for (const entry of cd.entries) {
    if (!walk.locals.has(entry.localHeaderPosition)) {
      issues.add(Z.Z006, NOT_ACCEPTED + 'Mis-matched local headers and central directory', FIX.mismatch, {
        member: entry.name,
        shown: `${quoteName(entry.nameBytes)} points at offset ${entry.localHeaderPosition - cd.prefix}, where no local header starts`,
      });
    }
  }
}

/** Checks one local header; returns where its data ends (undefined when that cannot be known). */
function checkLocal(walk: Walk, local: LocalHeader, central: CentralEntry | undefined): number | undefined {
  const { issues, localNames } = walk;
  const about = () => ({ member: local.nameBytes.toString('utf8'), shown: quoteName(local.nameBytes) });
  if (hasControlCharacter(local.nameBytes)) {
    issues.add(Z.Z010, NOT_ACCEPTED + 'Invalid character in filename', FIX.control, about);
  }
  const sizes = checkLocalExtras(local, issues, about, walk.malformed);
  const descriptor = (local.flags & FLAG_DATA_DESCRIPTOR) !== 0;
  if (descriptor) issues.add(Z.Z008, NOT_ACCEPTED + 'ZIP contains a data descriptor', FIX.descriptor, about);

  if (!isUtf8(local.nameBytes)) {
    issues.add(Z.Z009, NOT_ACCEPTED + 'Filename not unicode', FIX.utf8, about);
  } else {
    const named = walk.byOriginalName.get(local.nameBytes.toString('utf8'));
    if (!named) {
      if (central?.nameBytes.equals(local.nameBytes) && !(central.flags & FLAG_UTF8)) {
        // zipfile decodes such a name as cp437, so it no longer matches the UTF-8 local name.
        issues.add(Z.Z009, NOT_ACCEPTED + 'Filename not in central directory', FIX.utf8, {
          member: local.nameBytes.toString('utf8'),
          shown: `${quoteName(local.nameBytes)} (non-ASCII, but the UTF-8 flag is not set, so Python reads it as ${quoteName(central.name)})`,
        });
      } else {
        issues.add(Z.Z006, NOT_ACCEPTED + 'Filename not in central directory', FIX.mismatch, about);
      }
    } else if (!descriptor && sizes) {
      if (named.compressedSize !== sizes.compressed) {
        issues.add(Z.Z006, NOT_ACCEPTED + 'Mis-matched data size', FIX.mismatch, about);
      }
      if (named.uncompressedSize !== sizes.uncompressed) {
        issues.add(Z.Z006, NOT_ACCEPTED + 'Mis-matched file size', FIX.mismatch, about);
      }
    }
  }
  const key = local.nameBytes.toString('latin1');
  if (localNames.has(key)) {
    issues.add(Z.Z003, NOT_ACCEPTED + 'Duplicate filename in local headers', FIX.duplicate, about);
  }
  localNames.add(key);

  if (central) {
    if (!central.nameBytes.equals(local.nameBytes)) {
      issues.add(Z.Z006, NOT_ACCEPTED + 'Mis-matched local headers and central directory', FIX.mismatch, {
        member: central.name,
        shown: `the local header at offset ${local.position} names ${quoteName(local.nameBytes)}, the central directory ${quoteName(central.nameBytes)}`,
      });
    }
    // Compared before any text is built: this runs for every member of every wheel.
    const methodDiffers = central.method !== local.method;
    const flagsDiffer = ((central.flags ^ local.flags) & SIGNIFICANT_FLAGS) !== 0;
    if (methodDiffers || flagsDiffer) {
      const differences = [
        methodDiffers ? `method ${local.method} locally, ${central.method} centrally` : '',
        flagsDiffer ? `flags 0x${hex(local.flags)} locally, 0x${hex(central.flags)} centrally` : '',
      ].filter(Boolean);
      issues.add(
        Z.Z007,
        'A local header and the central directory disagree on how to read the member',
        FIX.mismatch,
        { member: central.name, shown: `${quoteName(local.nameBytes)} (${differences.join(', ')})` },
      );
    }
  }
  // With a data descriptor the local sizes are zero; only the central directory knows the length.
  const length = descriptor ? central?.compressedSize : (sizes?.compressed ?? central?.compressedSize);
  return length === undefined ? undefined : local.dataPosition + length;
}

/** Checks the local extra fields as Warehouse does; returns the sizes it would use. */
function checkLocalExtras(
  local: LocalHeader,
  issues: IssueCollector,
  about: () => { member: string; shown: string },
  malformed: (detail: string, text?: string) => void,
): { compressed: number; uncompressed: number } | undefined {
  const { fields, malformed: broken } = parseExtraFields(local.extra);
  if (broken) malformed(`the extra field of ${about().shown} is truncated`);
  let compressed = local.rawCompressedSize;
  let uncompressed = local.rawUncompressedSize;
  const seen = new Set<number>();
  for (const field of fields) {
    if (seen.has(field.id) && (field.id === EXTRA_ZIP64 || field.id === EXTRA_UNICODE_PATH)) {
      issues.add(Z.Z013, NOT_ACCEPTED + 'Invalid duplicate extra in local file', FIX.malformed, about);
      continue;
    }
    seen.add(field.id);
    if (field.id === EXTRA_ZIP64) {
      const size = field.data.length;
      if (![0, 8, 16, 24, 28].includes(size)) {
        malformed(`the ZIP64 field of ${about().shown} has ${size} bytes`);
        return undefined;
      }
      if (size === 0) {
        if (compressed === MAX_U32 || uncompressed === MAX_U32) {
          malformed(`${about().shown} has ZIP64 placeholders but an empty ZIP64 field`);
          return undefined;
        }
      } else if (size === 8) {
        // Only one size: that is right only when the data is stored, so both sizes are equal.
        if (local.method !== STORED) {
          malformed(`the ZIP64 field of ${about().shown} lacks the compressed size`);
          return undefined;
        }
        compressed = u64(field.data, 0);
        if (uncompressed === MAX_U32) uncompressed = compressed;
      } else {
        if (uncompressed === MAX_U32) uncompressed = u64(field.data, 0);
        compressed = u64(field.data, 8);
      }
    } else if (field.id === EXTRA_UNICODE_PATH) {
      const unicodeName = field.data.subarray(5);
      if (hasControlCharacter(unicodeName)) {
        issues.add(Z.Z010, NOT_ACCEPTED + 'Invalid character in filename', FIX.control, about);
      }
      if (!isUtf8(unicodeName))
        issues.add(Z.Z009, NOT_ACCEPTED + 'Filename not valid UTF-8', FIX.utf8, about);
    }
  }
  return { compressed, uncompressed };
}

/** Steps over a data descriptor (signature optional, sizes 8 bytes each with ZIP64) after the data. */
async function skipDescriptor(
  reader: PositionedReader,
  local: LocalHeader,
  dataEnd: number,
): Promise<number> {
  if (!(local.flags & FLAG_DATA_DESCRIPTOR)) return dataEnd;
  const zip64 = parseExtraFields(local.extra).fields.some((f) => f.id === EXTRA_ZIP64);
  const head = await reader.read(dataEnd, 4);
  const signed = head.length === 4 && head.readUInt32LE(0) === SIG_DESCRIPTOR;
  return dataEnd + (signed ? 4 : 0) + 4 + (zip64 ? 16 : 8);
}

/** Checks of the central directory alone: compression methods, encryption and the bomb ratio. */
export function checkZipMembers(cd: CentralDirectory, fileSize: number): Finding[] {
  const issues = new IssueCollector();
  let total = 0;
  for (const entry of cd.entries) {
    total += entry.uncompressedSize;
    const about = () => ({ member: entry.name, shown: quoteName(entry.nameBytes) });
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      issues.add(
        Z.Z011,
        'Invalid distribution file. File does not use a supported compression type',
        FIX.compression,
        {
          member: entry.name,
          shown: `${quoteName(entry.nameBytes)} (method ${entry.method}${METHOD_NAMES[entry.method] ? `, ${METHOD_NAMES[entry.method]}` : ''})`,
        },
      );
    }
    if (entry.flags & FLAG_ENCRYPTED) {
      issues.add(Z.Z015, 'Members are encrypted', FIX.encrypted, about);
    }
  }
  if (total > RATIO_MIN_SIZE && total / fileSize > RATIO_THRESHOLD) {
    issues.add(
      Z.Z012,
      `Invalid distribution file. File exceeds compression ratio of ${RATIO_THRESHOLD}`,
      FIX.ratio,
      {
        detail: `${total} bytes uncompressed in a ${fileSize}-byte file, ${(total / fileSize).toFixed(1)} times`,
      },
    );
  }
  return issues.findings();
}

const METHOD_NAMES: Record<number, string> = {
  1: 'shrunk',
  6: 'imploded',
  9: 'deflate64',
  12: 'bzip2',
  14: 'lzma',
  93: 'zstandard',
  95: 'xz',
  98: 'ppmd',
};

function hasControlCharacter(bytes: Buffer): boolean {
  // Indexed: a Buffer iterator allocates per call and is slow while the code is still cold.
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x20 || byte === 0x7f) return true;
  }
  return false;
}

function hex(value: number): string {
  return value.toString(16).padStart(4, '0');
}

/** Fix texts shared with the data checks. */
export const ZIP_FIXES = FIX;
