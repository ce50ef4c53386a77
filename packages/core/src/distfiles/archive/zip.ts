/**
 * Reading wheels: the central directory as pip sees it, the framing findings PyPI would reject the
 * upload for, small members read whole, and every member streamed once for RECORD's hashes.
 * Memory stays bounded: only the central directory and a few read blocks are ever held.
 */
import { finding, type Finding } from '../findings.js';
import { quoteName } from './describe.js';
import { PositionedReader } from './file-reader.js';
import { ARCHIVE_RULES as Z } from './rules.js';
import { isGzip, readsAsTar } from './sniff.js';
import { HashWorker, inlineHasher } from './hashing.js';
import { ArchiveMemberError, dataPosition, decodeWhole, digestMember, isStreamed } from './zip-data.js';
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

// Below this much streamed data, starting a hashing worker costs more than it saves.
const WORKER_THRESHOLD = 64 * 1024 * 1024;

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
   * Streams every non-directory member once, in archive order, hashing its uncompressed bytes with
   * the algorithms asked for (node crypto names: sha256, sha384, sha512, blake2b512, sha3-256…;
   * names crypto does not know are left out of `digests`), and verifies CRC-32 and size. A
   * damaged member gets `error` instead of digests; this never throws for bad data.
   */
  digestMembers(
    algorithmsFor: (m: ZipMember) => string[],
  ): Promise<Map<ZipMember, { digests: Record<string, Buffer>; size: number; error?: Finding }>>;
  close(): Promise<void>;
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
  private running: Promise<unknown> = Promise.resolve();
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
  ): Promise<Map<ZipMember, { digests: Record<string, Buffer>; size: number; error?: Finding }>> {
    // One run at a time: runs share the reader's read-ahead blocks.
    const run = this.running.then(() => this.digestAll(algorithmsFor));
    this.running = run.catch(() => undefined);
    return run;
  }

  private async digestAll(
    algorithmsFor: (m: ZipMember) => string[],
  ): Promise<Map<ZipMember, { digests: Record<string, Buffer>; size: number; error?: Finding }>> {
    const results = new Map<ZipMember, { digests: Record<string, Buffer>; size: number; error?: Finding }>();
    // File order, so the reads run front to back and the read-ahead is always useful.
    const order = this.members
      .filter((m) => !m.isDirectory)
      .map((member) => ({ member, entry: this.entries.get(member)! }))
      .sort((a, b) => a.entry.localHeaderPosition - b.entry.localHeaderPosition);
    const streamed = order.reduce(
      (sum, { entry }) => sum + (isStreamed(entry) ? entry.uncompressedSize : 0),
      0,
    );
    const worker = streamed >= WORKER_THRESHOLD ? startWorker() : undefined;
    try {
      for (const { member, entry } of order) {
        const start = await dataPosition(this.reader, entry, this.locals.get(entry.localHeaderPosition));
        const hasherFor = worker
          ? (algorithms: readonly string[]) => worker.hasher(algorithms)
          : inlineHasher;
        results.set(
          member,
          typeof start === 'number'
            ? await digestMember(
                this.reader,
                entry,
                start,
                algorithmsFor(member),
                hasherFor,
                this.decoded.get(entry),
              )
            : { digests: {}, size: 0, error: start },
        );
      }
    } finally {
      await worker?.close();
    }
    return results;
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}

/** A hashing worker, or none where worker threads cannot start (hashing then stays inline). */
function startWorker(): HashWorker | undefined {
  try {
    return new HashWorker();
  } catch {
    return undefined;
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
