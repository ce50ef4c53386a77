/**
 * Reading wheels: the central directory as pip sees it, the framing findings PyPI would reject the
 * upload for, small members read whole, and every member streamed once for RECORD's hashes.
 * Memory stays bounded: only the central directory and a few read blocks are ever held.
 */
import { hash } from 'node:crypto';
import { finding, type Finding } from '../findings.js';
import { quoteName } from './describe.js';
import { PositionedReader } from './file-reader.js';
import { ARCHIVE_RULES as Z } from './rules.js';
import { isGzip, readsAsTar } from './sniff.js';
import type { DigestJob } from './digest-job.js';
import { type DigestRunner, inlineRunner } from './digest-pool.js';
import {
  ArchiveMemberError,
  dataPosition,
  decodeWhole,
  isStreamed,
  problemFinding,
  supportedAlgorithms,
  undecodable,
} from './zip-data.js';
import { checkZipFraming, checkZipMembers, ZIP_FIXES } from './zip-framing.js';
import {
  FLAG_UTF8,
  findEndRecord,
  isUtf8,
  readCentralDirectory,
  ZipFormatError,
  type CentralDirectory,
  type CentralEntry,
  type LocalSummary,
} from './zip-records.js';

/** Default limit for `readMember`: far above any real METADATA, WHEEL or RECORD. */
export const DEFAULT_MEMBER_LIMIT = 32 * 1024 * 1024;

// Small members are read and inflated in batches of about this much compressed data: few enough
// jobs to keep the overhead low, enough that a large wheel's members spread over every core.
const BATCH_BYTES = 2 * 1024 * 1024;

/** One central directory entry, as pip sees it. */
export interface ZipMember {
  /** The name as Python's zipfile decodes it (what RECORD lists). */
  name: string;
  /** 0 stored, 8 deflated; anything else is rejected by PyPI (Z011). */
  compressionMethod: number;
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
  /** The name ends with '/'. */
  isDirectory: boolean;
}

/** An open wheel (or any ZIP). */
export interface ZipArchive {
  path: string;
  /** File size in bytes. */
  size: number;
  /** Central-directory order, duplicates kept. */
  members: ZipMember[];
  /** Framing findings found on open. */
  findings: Finding[];
  /**
   * Whole content of a small member (METADATA, WHEEL, RECORD…), the last entry of that name as
   * zipfile picks it; undefined if absent. Throws ArchiveMemberError (with its finding) when the
   * member is larger than `maxBytes`, encrypted, compressed oddly or damaged.
   */
  readMember(name: string, maxBytes?: number): Promise<Buffer | undefined>;
  /**
   * Reads every non-directory member once, hashing its uncompressed bytes with the algorithms asked
   * for (node crypto names: sha256, sha384, sha512, blake2b512, sha3-256…; names crypto does not
   * know are left out of `digests`), and verifies CRC-32 and size. A damaged member gets `error`
   * instead of digests; this never throws for bad data. The work runs as jobs on `runner` (default:
   * this thread), in archive order.
   */
  digestMembers(
    algorithmsFor: (m: ZipMember) => string[],
    runner?: DigestRunner,
  ): Promise<Map<ZipMember, MemberDigest>>;
  close(): Promise<void>;
}

/** What reading one member's data gave. */
export interface MemberDigest {
  /** Digest per requested algorithm, of the uncompressed bytes. */
  digests: Record<string, Buffer>;
  /** Uncompressed bytes produced. */
  size: number;
  /** Set when the data is damaged or unreadable; digests are then absent. */
  error?: Finding;
}

/** Opens a wheel; no `archive` when the file is not a ZIP pip could open at all. */
export async function openZip(path: string): Promise<{ archive?: ZipArchive; findings: Finding[] }> {
  const reader = await PositionedReader.open(path);
  try {
    let cd: CentralDirectory;
    try {
      const end = await findEndRecord(reader);
      if (!end) {
        const notZip = await notAZip(reader);
        await reader.close();
        return { findings: [notZip] };
      }
      cd = await readCentralDirectory(reader, end);
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error;
      await reader.close();
      return {
        findings: [
          finding(
            Z.Z013,
            `Invalid distribution file. Python's zipfile cannot open it: ${error.message}.`,
            ZIP_FIXES.malformed,
          ),
        ],
      };
    }
    const findings: Finding[] = [];
    if (await readsAsTar(reader)) {
      findings.push(
        finding(
          Z.Z002,
          'Invalid distribution file. File is both a zip and a tar file: its first 512 bytes are also a valid tar header.',
          'upload the wheel exactly as the backend wrote it; something put a tar header in front of the archive',
        ),
      );
    }
    const framing = await checkZipFraming(reader, cd);
    findings.push(...framing.findings, ...checkZipMembers(cd, reader.size));
    findings.push(...undecodableNames(cd, findings));
    const archive = new OpenZip(path, reader, cd, framing.locals, findings);
    return { archive, findings };
  } catch (error) {
    await reader.close().catch(() => undefined);
    throw error;
  }
}

class OpenZip implements ZipArchive {
  readonly size: number;
  readonly members: ZipMember[];
  private readonly entries = new Map<ZipMember, CentralEntry>();
  private readonly byName = new Map<string, CentralEntry>();
  // What readMember decoded (METADATA, WHEEL, RECORD…), so that hashing does not inflate it again.
  private readonly decoded = new Map<CentralEntry, Buffer>();

  constructor(
    readonly path: string,
    private readonly reader: PositionedReader,
    cd: CentralDirectory,
    private readonly locals: Map<number, LocalSummary>,
    readonly findings: Finding[],
  ) {
    this.size = reader.size;
    this.members = cd.entries.map((entry) => {
      const member: ZipMember = {
        name: entry.name,
        compressionMethod: entry.method,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        crc32: entry.crc32,
        isDirectory: entry.name.endsWith('/'),
      };
      this.entries.set(member, entry);
      this.byName.set(entry.name, entry);
      return member;
    });
  }

  async readMember(name: string, maxBytes = DEFAULT_MEMBER_LIMIT): Promise<Buffer | undefined> {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    // Deflate never grows data by more than a few bytes per block, so a larger compressed size is
    // as telling as a larger uncompressed one.
    const largest = Math.max(
      entry.uncompressedSize,
      entry.compressedSize - 1024 - (entry.compressedSize >> 8),
    );
    if (largest > maxBytes) {
      throw new ArchiveMemberError(
        finding(
          Z.Z016,
          `${quoteName(entry.nameBytes)} is ${largest} bytes; the checker reads at most ${maxBytes} bytes of it.`,
          'check what the build put into this file; an oversized METADATA usually embeds a huge README as the long description',
          [entry.name],
        ),
      );
    }
    const start = await dataPosition(this.reader, entry, this.locals.get(entry.localHeaderPosition));
    if (typeof start !== 'number') throw new ArchiveMemberError(start);
    const data = await decodeWhole(this.reader, entry, start);
    this.decoded.set(entry, data);
    return data;
  }

  async digestMembers(
    algorithmsFor: (m: ZipMember) => string[],
    runner: DigestRunner = inlineRunner,
  ): Promise<Map<ZipMember, MemberDigest>> {
    // File order, so each batch is one contiguous read.
    const order = this.members
      .filter((m) => !m.isDirectory)
      .map((member) => ({ member, entry: this.entries.get(member)! }))
      .sort((a, b) => a.entry.localHeaderPosition - b.entry.localHeaderPosition);
    const found = new Map<ZipMember, MemberDigest>();
    const jobs: DigestJob[] = [];
    let batch: DigestJob | undefined;
    for (const [key, { member, entry }] of order.entries()) {
      const algorithms = supportedAlgorithms(algorithmsFor(member));
      const blocked = undecodable(entry);
      if (blocked) {
        found.set(member, { digests: {}, size: 0, error: blocked });
        continue;
      }
      const start = await dataPosition(this.reader, entry, this.locals.get(entry.localHeaderPosition));
      if (typeof start !== 'number') {
        found.set(member, { digests: {}, size: 0, error: start });
        continue;
      }
      const known = this.decoded.get(entry);
      if (known) {
        // readMember read and checked it already: hashing it here is cheaper than a job.
        const digests = Object.fromEntries(algorithms.map((a) => [a, hash(a, known, 'buffer')]));
        found.set(member, { digests, size: known.length });
        continue;
      }
      const end = start + entry.compressedSize;
      const jobMember = {
        key,
        dataStart: start,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        method: entry.method,
        crc32: entry.crc32,
        algorithms,
      };
      if (isStreamed(entry)) {
        jobs.push({ path: this.path, start, end, stream: true, members: [jobMember] });
        continue;
      }
      if (!batch || start < batch.start || end - batch.start > BATCH_BYTES) {
        batch = { path: this.path, start, end, stream: false, members: [] };
        jobs.push(batch);
      }
      batch.members.push(jobMember);
      batch.end = Math.max(batch.end, end);
    }
    const outcomes = await Promise.all(
      jobs.map((job) => runner.run(job, job.stream ? undefined : this.reader.held(job.start, job.end))),
    );
    for (const outcome of outcomes.flat()) {
      const { member, entry } = order[outcome.key]!;
      found.set(
        member,
        outcome.problem
          ? { digests: {}, size: outcome.size, error: problemFinding(entry, outcome.problem) }
          : {
              digests: Object.fromEntries(
                Object.entries(outcome.digests).map(([a, d]) => [
                  a,
                  Buffer.from(d.buffer, d.byteOffset, d.byteLength),
                ]),
              ),
              size: outcome.size,
            },
      );
    }
    // In archive order, as callers list them.
    return new Map(
      order.filter(({ member }) => found.has(member)).map(({ member }) => [member, found.get(member)!]),
    );
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}

/** Z001, saying what the file looks like instead when that is recognisable. */
async function notAZip(reader: PositionedReader): Promise<Finding> {
  const head = await reader.read(0, 4);
  const looksLike = isGzip(head)
    ? ' (it is gzip-compressed: an sdist named .whl?)'
    : (await readsAsTar(reader))
      ? ' (it is a tar archive)'
      : reader.size === 0
        ? ' (it is empty)'
        : '';
  return finding(
    Z.Z001,
    `Invalid distribution file. File is not a zipfile${looksLike}.`,
    'upload the .whl file the build backend wrote (python -m build --wheel); the file was replaced or damaged',
  );
}

/**
 * Central names flagged UTF-8 that are not (Python's zipfile fails to open such a wheel), unless
 * the walk already reported the member's name.
 */
function undecodableNames(cd: CentralDirectory, found: Finding[]): Finding[] {
  const reported = new Set(found.filter((f) => f.code === Z.Z009.code).flatMap((f) => f.members ?? []));
  const bad = cd.entries.filter((e) => e.flags & FLAG_UTF8 && !isUtf8(e.nameBytes) && !reported.has(e.name));
  if (bad.length === 0) return [];
  return [
    finding(
      Z.Z009,
      `Invalid distribution file. ZIP archive not accepted: Filename not valid UTF-8: ${bad
        .slice(0, 5)
        .map((e) => quoteName(e.nameBytes))
        .join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''} (flagged UTF-8 but not).`,
      ZIP_FIXES.utf8,
      bad.map((e) => e.name),
    ),
  ];
}

export { ArchiveMemberError };
