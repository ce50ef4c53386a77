/**
 * The heavy part of checking a wheel: reading members' data, inflating it, checking CRC-32 and size
 * as Python's zipfile does, and hashing it for RECORD. One job is either a batch of small members
 * that lie in one byte range of the file (read with one read, each inflated in one step) or one large
 * member streamed in blocks. Jobs run on worker threads (digest-pool.ts) or inline; both run this very
 * function, which is why it refers to nothing outside itself: the pool hands its source text to the
 * workers, so that bundling cannot separate a worker from its code.
 */
import type * as Crypto from 'node:crypto';
import type * as Fs from 'node:fs';
import type * as Zlib from 'node:zlib';

/** One member of a job, as the central directory and its local header place it. */
export interface JobMember {
  /** The caller's key for the member (its index in the job's archive). */
  key: number;
  /** File position of the member's data (after its local header). */
  dataStart: number;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored or 8 deflated; others never reach a job. */
  method: number;
  crc32: number;
  /** Node crypto names, all supported. */
  algorithms: string[];
}

/** Members whose data is read from `path` in [start, end). */
export interface DigestJob {
  path: string;
  start: number;
  end: number;
  /** One large member streamed in blocks, rather than the range read whole. */
  stream: boolean;
  members: JobMember[];
}

/** Why a member's data is unusable, in terms the caller turns into a finding. */
export type DataProblem =
  | { kind: 'truncated'; got: number }
  | { kind: 'size'; actual: number; atLeast: boolean }
  | { kind: 'crc' }
  | { kind: 'inflate'; message: string; rangeError: boolean; produced?: number };

/** What a job found for one member. */
export interface JobOutcome {
  key: number;
  /** Uncompressed bytes produced. */
  size: number;
  /** Digest per algorithm; empty when there is a problem. */
  digests: Record<string, Uint8Array>;
  problem?: DataProblem;
}

/** The Node modules a job uses, passed in so that the function stands alone. */
export interface JobLibraries {
  fs: typeof Fs;
  zlib: typeof Zlib;
  crypto: typeof Crypto;
  /**
   * Read buffers kept between the jobs of one thread: a fresh buffer per job is garbage that the
   * collector frees late, and resident memory grows. A batch runs without a pause, so batches share
   * one buffer; a streamed member awaits its reads, so each takes a pair of blocks of its own.
   */
  scratch: { buffer?: Buffer; spareBlocks?: [Buffer, Buffer][] };
}

/**
 * Runs one job. `held` is the content of [start, end) when the caller already has it (small files
 * are read whole on open), so nothing is read twice; it is shorter where the file ends early.
 */
export async function runDigestJob(
  job: DigestJob,
  lib: JobLibraries,
  held?: Uint8Array,
): Promise<JobOutcome[]> {
  const BLOCK = 4 * 1024 * 1024;
  const ZLIB_CHUNK = 1024 * 1024;
  const hashAll = (data: Uint8Array, algorithms: string[]) => {
    const digests: Record<string, Uint8Array> = {};
    // A copy of exact size: a view into a pooled buffer would carry the whole pool across threads.
    for (const a of algorithms) digests[a] = new Uint8Array(lib.crypto.hash(a, data, 'buffer'));
    return digests;
  };
  const inflateProblem = (caught: unknown, produced?: number): DataProblem => ({
    kind: 'inflate',
    message: caught instanceof Error ? caught.message : String(caught),
    rangeError: caught instanceof RangeError,
    produced,
  });

  if (!job.stream) {
    let bytes: Uint8Array;
    if (held) {
      bytes = held;
    } else {
      const length = job.end - job.start;
      if ((lib.scratch.buffer?.length ?? 0) < length) lib.scratch.buffer = Buffer.allocUnsafeSlow(length);
      const buffer = lib.scratch.buffer!;
      let got = 0;
      const fd = lib.fs.openSync(job.path, 'r');
      try {
        while (got < length) {
          const n = lib.fs.readSync(fd, buffer, got, length - got, job.start + got);
          if (n === 0) break;
          got += n;
        }
      } finally {
        lib.fs.closeSync(fd);
      }
      bytes = buffer.subarray(0, got);
    }
    return job.members.map((m): JobOutcome => {
      const from = m.dataStart - job.start;
      const available = Math.max(0, Math.min(m.compressedSize, bytes.length - from));
      const fail = (problem: DataProblem, size = 0): JobOutcome => ({
        key: m.key,
        size,
        digests: {},
        problem,
      });
      if (available < m.compressedSize) return fail({ kind: 'truncated', got: available });
      const raw = bytes.subarray(from, from + m.compressedSize);
      let data: Uint8Array = raw;
      if (m.method === 8) {
        try {
          // One byte more than declared, so "longer than declared" is seen rather than clipped; one
          // output chunk of the declared size (zlib's default of 16 KiB a call is mostly garbage).
          data = lib.zlib.inflateRawSync(raw, {
            maxOutputLength: m.uncompressedSize + 1,
            chunkSize: Math.min(Math.max(m.uncompressedSize + 1, 64), ZLIB_CHUNK),
          });
        } catch (caught) {
          return fail(inflateProblem(caught));
        }
      }
      if (data.length !== m.uncompressedSize) {
        return fail({ kind: 'size', actual: data.length, atLeast: false }, data.length);
      }
      if (lib.zlib.crc32(data) !== m.crc32) return fail({ kind: 'crc' }, data.length);
      return { key: m.key, size: data.length, digests: hashAll(data, m.algorithms) };
    });
  }

  const m = job.members[0]!;
  const hashes = m.algorithms.map((a) => [a, lib.crypto.createHash(a)] as const);
  const digests = () => Object.fromEntries(hashes.map(([a, h]) => [a, new Uint8Array(h.digest())]));
  const spares = (lib.scratch.spareBlocks ??= []);
  let taken: [Buffer, Buffer] | undefined;
  const handle = await lib.fs.promises.open(job.path, 'r');
  try {
    const end = m.dataStart + m.compressedSize;
    const blocks = spares.pop() ?? [Buffer.allocUnsafeSlow(BLOCK), Buffer.allocUnsafeSlow(BLOCK)];
    taken = blocks;
    const block = blocks[0];
    if (m.method === 0) {
      if (m.compressedSize !== m.uncompressedSize) {
        return [
          {
            key: m.key,
            size: 0,
            digests: {},
            problem: { kind: 'size', actual: m.compressedSize, atLeast: false },
          },
        ];
      }
      let crc = 0;
      let size = 0;
      for (let at = m.dataStart; at < end;) {
        const { bytesRead } = await handle.read(block, 0, Math.min(block.length, end - at), at);
        if (bytesRead === 0) break;
        const slice = block.subarray(0, bytesRead);
        for (const [, h] of hashes) h.update(slice);
        crc = lib.zlib.crc32(slice, crc);
        size += bytesRead;
        at += bytesRead;
      }
      if (size < m.compressedSize) {
        return [{ key: m.key, size, digests: {}, problem: { kind: 'truncated', got: size } }];
      }
      if (crc >>> 0 !== m.crc32) return [{ key: m.key, size, digests: {}, problem: { kind: 'crc' } }];
      return [{ key: m.key, size, digests: digests() }];
    }

    // Framed as gzip, with the central directory's CRC-32 and size as its trailer, zlib itself checks
    // both while inflating (on the thread pool) and this thread only hashes.
    const gunzip = lib.zlib.createGunzip({ chunkSize: ZLIB_CHUNK });
    let size = 0;
    let tooLong = false;
    let failure: Error | undefined;
    gunzip.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > m.uncompressedSize) {
        // A member inflating past its declared size is a bomb or a lie: stop at once.
        tooLong = true;
        gunzip.destroy();
        return;
      }
      for (const [, h] of hashes) h.update(chunk);
    });
    gunzip.on('error', (error: Error) => (failure = error));
    const finished = new Promise<void>((resolve) => {
      gunzip.on('end', resolve);
      gunzip.on('close', resolve);
    });
    const written = (chunk: Uint8Array) =>
      Promise.race([new Promise<void>((resolve) => gunzip.write(chunk, () => resolve())), finished]);
    await written(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]));
    let read = 0;
    // Two blocks in turn: zlib may still hold one while the other is read.
    let pending: Promise<void> = Promise.resolve();
    for (let at = m.dataStart, turn = 0; at < end && !gunzip.destroyed; turn++) {
      const into = blocks[turn % 2]!;
      const { bytesRead } = await handle.read(into, 0, Math.min(into.length, end - at), at);
      if (bytesRead === 0) break;
      await pending;
      pending = written(into.subarray(0, bytesRead));
      read += bytesRead;
      at += bytesRead;
    }
    await pending;
    if (!gunzip.destroyed) {
      const trailer = Buffer.alloc(8);
      trailer.writeUInt32LE(m.crc32, 0);
      trailer.writeUInt32LE(m.uncompressedSize % 2 ** 32, 4);
      gunzip.end(trailer);
    }
    await finished;
    const fail = (problem: DataProblem): JobOutcome[] => [{ key: m.key, size, digests: {}, problem }];
    if (tooLong) return fail({ kind: 'size', actual: m.uncompressedSize, atLeast: true });
    if (read < m.compressedSize) return fail({ kind: 'truncated', got: read });
    if (failure) return fail(inflateProblem(failure, size));
    if (size !== m.uncompressedSize) return fail({ kind: 'size', actual: size, atLeast: false });
    return [{ key: m.key, size, digests: digests() }];
  } finally {
    if (taken) spares.push(taken);
    await handle.close();
  }
}
