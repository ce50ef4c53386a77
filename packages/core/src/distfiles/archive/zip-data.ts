/**
 * Member data on the main thread: where it starts (checked as zipfile.open() does), reading a small
 * member whole with CRC-32 and size verified, and the findings for data that is unusable. Hashing
 * every member for RECORD runs as digest jobs (digest-job.ts), on worker threads when it pays.
 */
import { getHashes } from 'node:crypto';
import { crc32, inflateRawSync } from 'node:zlib';
import { finding, type Finding } from '../findings.js';
import { quoteName } from './describe.js';
import type { PositionedReader } from './file-reader.js';
import type { DataProblem } from './digest-job.js';
import { ARCHIVE_RULES as Z } from './rules.js';
import { ZIP_FIXES } from './zip-framing.js';
import {
  FLAG_ENCRYPTED,
  originalName,
  readLocalHeader,
  summarise,
  type CentralEntry,
  type LocalSummary,
} from './zip-records.js';

const STORED = 0;
const DEFLATED = 8;
// Members up to this size are verified in one synchronous step; streaming setup would cost more.
const SMALL_MEMBER = 1024 * 1024;
const DAMAGED_FIX =
  'rebuild the wheel and upload the file as built; it was damaged after the build (truncated copy, text-mode transfer, in-place edit)';

/** A member's data could not be read back; `finding` says why, for the report. */
export class ArchiveMemberError extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
    this.name = 'ArchiveMemberError';
  }
}

let supportedHashes: Set<string> | undefined;
// Answers by request: a wheel asks the same question (sha256) for each of its thousands of members.
const supportedByRequest = new Map<string, string[]>();

/** The requested algorithms node's crypto supports (others are left out of `digests`). */
export function supportedAlgorithms(algorithms: readonly string[]): string[] {
  const request = algorithms.join('\n');
  let supported = supportedByRequest.get(request);
  if (!supported) {
    supportedHashes ??= new Set(getHashes().map((h) => h.toLowerCase()));
    supported = [...new Set(algorithms)].filter((a) => supportedHashes!.has(a.toLowerCase()));
    supportedByRequest.set(request, supported);
  }
  return supported;
}

/**
 * Where the member's data starts, checked as zipfile.open() does: a local header must start at
 * the central directory's offset and carry the same name.
 */
export async function dataPosition(
  reader: PositionedReader,
  entry: CentralEntry,
  known?: LocalSummary,
): Promise<number | Finding> {
  const header = known ? undefined : await readLocalHeader(reader, entry.localHeaderPosition);
  const local = known ?? (header && summarise(header));
  if (!local) return damaged(entry, 'Bad magic number for file header');
  if (local.name !== originalName(entry.nameBytes, entry.flags)) {
    return damaged(
      entry,
      `File name in directory ${quoteName(entry.nameBytes)} and header ${quoteName(local.name)} differ.`,
    );
  }
  return local.dataPosition;
}

/** Why the member cannot be decoded at all (encryption, method), if it cannot. */
export function undecodable(entry: CentralEntry): Finding | undefined {
  if (entry.flags & FLAG_ENCRYPTED) {
    return finding(
      Z.Z015,
      `File ${quoteName(entry.nameBytes)} is encrypted, password required for extraction.`,
      ZIP_FIXES.encrypted,
      [entry.name],
    );
  }
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    return finding(
      Z.Z011,
      `Invalid distribution file. File does not use a supported compression type: ${quoteName(entry.nameBytes)} uses method ${entry.method}.`,
      ZIP_FIXES.compression,
      [entry.name],
    );
  }
  return undefined;
}

/** Whether the member is streamed in blocks rather than read whole. */
export function isStreamed(entry: CentralEntry): boolean {
  return entry.compressedSize > SMALL_MEMBER || entry.uncompressedSize > SMALL_MEMBER;
}

/** The finding for a member whose data a digest job found unusable. */
export function problemFinding(entry: CentralEntry, problem: DataProblem): Finding {
  switch (problem.kind) {
    case 'truncated':
      return truncated(entry, problem.got);
    case 'size':
      return sizeMismatch(entry, problem.actual, problem.atLeast);
    case 'crc':
      return badCrc(entry);
    case 'inflate':
      return inflateFailure(entry, problem);
  }
}

/** The whole uncompressed content of a member, checked; throws ArchiveMemberError. */
export async function decodeWhole(
  reader: PositionedReader,
  entry: CentralEntry,
  start: number,
): Promise<Buffer> {
  const blocked = undecodable(entry);
  if (blocked) throw new ArchiveMemberError(blocked);
  const compressed = await readCompressed(reader, entry, start);
  let data: Buffer;
  if (entry.method === STORED) {
    data = compressed;
  } else {
    try {
      // Allow one byte more than declared, so that "longer than declared" is seen, not clipped.
      // One output chunk of the declared size (zlib's default is 16 KiB per call, mostly garbage).
      data = inflateRawSync(compressed, {
        maxOutputLength: entry.uncompressedSize + 1,
        chunkSize: Math.min(Math.max(entry.uncompressedSize + 1, 64), SMALL_MEMBER),
      });
    } catch (caught) {
      throw new ArchiveMemberError(
        inflateFailure(entry, {
          message: caught instanceof Error ? caught.message : String(caught),
          rangeError: caught instanceof RangeError,
        }),
      );
    }
  }
  if (data.length !== entry.uncompressedSize) throw new ArchiveMemberError(sizeMismatch(entry, data.length));
  if (crc32(data) !== entry.crc32) throw new ArchiveMemberError(badCrc(entry));
  return data;
}

async function readCompressed(reader: PositionedReader, entry: CentralEntry, start: number): Promise<Buffer> {
  // read() gives memory of its own: the result may be kept, and other reads may run meanwhile.
  const data = await reader.read(start, entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ArchiveMemberError(truncated(entry, data.length));
  return data;
}

function damaged(entry: CentralEntry, text: string): Finding {
  return finding(Z.Z014, text, DAMAGED_FIX, [entry.name]);
}

function badCrc(entry: CentralEntry): Finding {
  return damaged(entry, `Bad CRC-32 for file ${quoteName(entry.nameBytes)}.`);
}

function truncated(entry: CentralEntry, got: number): Finding {
  return damaged(
    entry,
    `${quoteName(entry.nameBytes)} is truncated: the file ends after ${got} of its ${entry.compressedSize} bytes of data.`,
  );
}

function sizeMismatch(entry: CentralEntry, actual: number, atLeast = false): Finding {
  return damaged(
    entry,
    `${quoteName(entry.nameBytes)} holds ${atLeast ? 'more than ' : ''}${atLeast ? entry.uncompressedSize : actual} bytes, but the central directory says ${entry.uncompressedSize}.`,
  );
}

// zlib's complaint, read the way zipfile would word it.
function inflateFailure(
  entry: CentralEntry,
  { message, rangeError, produced }: { message: string; rangeError: boolean; produced?: number },
): Finding {
  if (/incorrect data check/.test(message)) return badCrc(entry);
  if (/incorrect length check/.test(message) && produced !== undefined) return sizeMismatch(entry, produced);
  if (rangeError || /buffer|larger than/i.test(message)) {
    return sizeMismatch(entry, entry.uncompressedSize, true);
  }
  if (/unexpected end of file/.test(message)) {
    return damaged(
      entry,
      `Error -3 while decompressing data: ${quoteName(entry.nameBytes)} ends before its deflate stream does.`,
    );
  }
  return damaged(entry, `Error -3 while decompressing data: ${message} in ${quoteName(entry.nameBytes)}.`);
}
