/**
 * Reading member data: hashing while streaming, and verifying it as Python's zipfile does when pip
 * installs the wheel (CRC-32 and size). A large deflated member is inflated by zlib on the thread
 * pool, framed as gzip with the central directory's CRC-32 and size as its trailer so that zlib
 * checks both there; its output is hashed one step behind, so inflating and hashing overlap. A
 * stored member is hashed and CRC-checked straight from the read blocks while the next block is
 * being read. The hashing itself may run on a worker (see hashing.ts).
 */
import { getHashes, hash } from 'node:crypto';
import { createGunzip, crc32, inflateRawSync } from 'node:zlib';
import { finding, type Finding } from '../findings.js';
import { quoteName } from './describe.js';
import type { PositionedReader } from './file-reader.js';
import { inlineHasher, type MemberHasher } from './hashing.js';
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
const ZLIB_CHUNK = 1024 * 1024;
// Inflated bytes waiting to be hashed before zlib is paused; bounds memory when hashing is slower.
const HASH_BACKLOG = 4 * 1024 * 1024;
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const DAMAGED_FIX =
  'rebuild the wheel and upload the file as built; it was damaged after the build (truncated copy, text-mode transfer, in-place edit)';

/** A member's data could not be read back; `finding` says why, for the report. */
export class ArchiveMemberError extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
    this.name = 'ArchiveMemberError';
  }
}

/** The outcome of streaming one member. */
export interface MemberDigest {
  /** Digest per requested algorithm, of the uncompressed bytes. */
  digests: Record<string, Buffer>;
  /** Uncompressed bytes produced. */
  size: number;
  /** Set when the data is damaged or unreadable; digests are then absent or meaningless. */
  error?: Finding;
}

let supportedHashes: Set<string> | undefined;

/** The requested algorithms node's crypto supports (others are left out of `digests`). */
export function supportedAlgorithms(algorithms: readonly string[]): string[] {
  supportedHashes ??= new Set(getHashes().map((h) => h.toLowerCase()));
  return [...new Set(algorithms)].filter((a) => supportedHashes!.has(a.toLowerCase()));
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

/** Whether the member is streamed (and worth hashing on a worker) rather than read whole. */
export function isStreamed(entry: CentralEntry): boolean {
  return entry.compressedSize > SMALL_MEMBER || entry.uncompressedSize > SMALL_MEMBER;
}

/**
 * Streams one member's data once, hashing the uncompressed bytes and checking CRC-32 and size.
 * `hasherFor` supplies the hasher (default: on this thread).
 */
export async function digestMember(
  reader: PositionedReader,
  entry: CentralEntry,
  start: number,
  algorithms: readonly string[],
  hasherFor: (algorithms: readonly string[]) => MemberHasher = inlineHasher,
  /** The member's content when it was already read whole and checked (readMember). */
  known?: Buffer,
): Promise<MemberDigest> {
  const names = supportedAlgorithms(algorithms);
  const blocked = undecodable(entry);
  if (blocked) return { digests: {}, size: 0, error: blocked };
  let size = 0;
  try {
    if (!isStreamed(entry)) {
      const data = known ?? (await decodeWhole(reader, entry, start));
      return { digests: digestsOf(data, names), size: data.length };
    }
    const hasher = hasherFor(names);
    size = await (entry.method === STORED ? streamStored : streamDeflated)(reader, entry, start, hasher);
    return { digests: await hasher.digest(), size };
  } catch (caught) {
    if (!(caught instanceof ArchiveMemberError)) throw caught;
    return { digests: {}, size, error: caught.finding };
  }
}

// One-shot hashing: a Hash object per member is a stream, costly to build and to collect.
function digestsOf(data: Buffer, algorithms: readonly string[]): Record<string, Buffer> {
  const digests: Record<string, Buffer> = {};
  for (const name of algorithms) digests[name] = hash(name, data, 'buffer');
  return digests;
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
      throw new ArchiveMemberError(inflateFailure(entry, caught, undefined));
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

async function streamStored(
  reader: PositionedReader,
  entry: CentralEntry,
  start: number,
  hasher: MemberHasher,
): Promise<number> {
  if (entry.compressedSize !== entry.uncompressedSize) {
    throw new ArchiveMemberError(sizeMismatch(entry, entry.compressedSize));
  }
  let crc = 0;
  let size = 0;
  for await (const slice of reader.slices(start, start + entry.compressedSize)) {
    const hashed = hasher.update(slice);
    crc = crc32(slice, crc);
    await hashed;
    size += slice.length;
  }
  if (size < entry.compressedSize) throw new ArchiveMemberError(truncated(entry, size));
  if (crc >>> 0 !== entry.crc32) throw new ArchiveMemberError(badCrc(entry));
  return size;
}

async function streamDeflated(
  reader: PositionedReader,
  entry: CentralEntry,
  start: number,
  hasher: MemberHasher,
): Promise<number> {
  const gunzip = createGunzip({ chunkSize: ZLIB_CHUNK });
  let size = 0;
  let tooLong = false;
  let failure: Error | undefined;
  // zlib hands over output from inside its completion callback and only starts on the next piece
  // after the handler returns: hashing there would leave zlib idle, so hashing runs just after.
  const backlog: Buffer[] = [];
  let backlogBytes = 0;
  let hashing: Promise<void> | undefined;
  const hashBacklog = async () => {
    for (let chunk = backlog.shift(); chunk; chunk = backlog.shift()) {
      backlogBytes -= chunk.length;
      await hasher.update(chunk);
    }
    hashing = undefined;
    if (gunzip.isPaused() && !gunzip.destroyed) gunzip.resume();
  };
  gunzip.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > entry.uncompressedSize) {
      // A member inflating past its declared size is a bomb or a lie: stop at once.
      tooLong = true;
      gunzip.destroy();
      return;
    }
    backlog.push(chunk);
    backlogBytes += chunk.length;
    if (backlogBytes > HASH_BACKLOG) gunzip.pause();
    hashing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(hashBacklog);
  });
  gunzip.on('error', (error: Error) => (failure = error));
  const finished = new Promise<void>((resolve) => {
    gunzip.on('end', resolve);
    gunzip.on('close', resolve);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(entry.crc32, 0);
  trailer.writeUInt32LE(entry.uncompressedSize % 2 ** 32, 4);
  gunzip.write(GZIP_HEADER);
  let read = 0;
  // A slice's block is reused when the slice after next is read; so zlib may hold one slice
  // while the next is read, and must have taken in the one before.
  let previous: Promise<void> = Promise.resolve();
  for await (const slice of reader.slices(start, start + entry.compressedSize)) {
    if (gunzip.destroyed) break;
    read += slice.length;
    const taken = Promise.race([
      new Promise<void>((resolve) => gunzip.write(slice, () => resolve())),
      finished,
    ]);
    await previous;
    previous = taken;
  }
  await previous;
  if (!gunzip.destroyed) gunzip.end(trailer);
  await finished;
  while (hashing) await hashing;
  if (tooLong) throw new ArchiveMemberError(sizeMismatch(entry, size, true));
  if (read < entry.compressedSize) throw new ArchiveMemberError(truncated(entry, read));
  if (failure) throw new ArchiveMemberError(inflateFailure(entry, failure, size));
  if (size !== entry.uncompressedSize) throw new ArchiveMemberError(sizeMismatch(entry, size));
  return size;
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

function inflateFailure(entry: CentralEntry, caught: unknown, produced: number | undefined): Finding {
  const message = caught instanceof Error ? caught.message : String(caught);
  if (/incorrect data check/.test(message)) return badCrc(entry);
  if (/incorrect length check/.test(message) && produced !== undefined) return sizeMismatch(entry, produced);
  if (caught instanceof RangeError || /buffer|larger than/i.test(message)) {
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
