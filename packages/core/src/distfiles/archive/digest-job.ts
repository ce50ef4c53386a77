/**
 * The heavy part of checking a wheel: reading members' data, inflating it, checking CRC-32 and size
 * as Python's zipfile does, and hashing it for RECORD. One job is either a batch of small members
 * that lie in one byte range of the file (read with one read) or one large member read in blocks.
 * Jobs run on worker threads (digest-pool.ts) or inline; both run this very function, which is why
 * it refers to nothing outside itself: the pool hands its source text to the workers, so that
 * bundling cannot separate a worker from its code.
 *
 * Everything a job touches is reused from one job to the next on its thread: the read buffer, one
 * inflate context and one output buffer that every member inflates into, block after block. A fresh
 * context and output buffer per member (what `zlib.inflateRawSync` does) cost as much as the
 * inflating itself on real wheels, and left each thread holding a hundred MB of dead buffers.
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
  /** One large member read in blocks, rather than the range read whole. */
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
  /**
   * Digest per algorithm; empty when there is a problem. The digests of one job are views into
   * one buffer, so that they cross between threads as one block rather than thousands.
   */
  digests: Record<string, Uint8Array>;
  problem?: DataProblem;
}

/** The Node modules a job uses, passed in so that the function stands alone. */
export interface JobLibraries {
  fs: typeof Fs;
  zlib: typeof Zlib;
  crypto: typeof Crypto;
  /** What one thread keeps from job to job (the function fills it in). */
  scratch: JobScratch;
}

/** Buffers and the inflate context a thread reuses; start with `{}`. */
export interface JobScratch {
  input?: Buffer;
  output?: Buffer;
  /** null once the runtime was found to lack what reuse needs (then each member inflates on its own). */
  inflater?: Inflater | null;
}

/** One raw-inflate context, driven synchronously block by block (Node's own zlib binding). */
export interface Inflater {
  handle: {
    writeSync(
      flush: number,
      input: Uint8Array,
      inOffset: number,
      inLength: number,
      output: Uint8Array,
      outOffset: number,
      outLength: number,
    ): void;
    reset(): void;
    onerror: (message: string, errno: number, code?: string) => void;
  };
  /** [output space left, input left] after each writeSync. */
  state: Uint32Array;
  close(): void;
  /** zlib's message when the last writeSync failed. */
  error?: string;
}

/**
 * Runs one job, synchronously. `held` is the content of [start, end) when the caller already has it
 * (a small file read whole on open), so nothing is read twice; it is shorter where the file ends
 * early.
 */
export function runDigestJob(job: DigestJob, lib: JobLibraries, held?: Uint8Array): JobOutcome[] {
  // Output is hashed in blocks of this size while it is still in the processor's cache.
  const OUT = 256 * 1024;
  // A large member is read this much at a time.
  const BLOCK = 1024 * 1024;
  const { Z_NO_FLUSH, Z_FINISH } = lib.zlib.constants;
  const scratch = lib.scratch;
  const output = (scratch.output ??= Buffer.allocUnsafeSlow(OUT));

  // Node's zlib binding, reused: each member resets the context instead of building a stream, and
  // inflates into `output` instead of fresh memory. Where the runtime lacks it, members inflate
  // one by one with inflateRawSync (same results, more garbage).
  const inflater = (): Inflater | null => {
    if (scratch.inflater !== undefined) return scratch.inflater;
    const engine = new lib.zlib.InflateRaw() as unknown as {
      _handle?: Partial<Inflater['handle']>;
      _writeState?: unknown;
      close(): void;
    };
    const handle = engine._handle;
    const state = engine._writeState;
    // Checked by shape, not instanceof: under a test runner's sandbox, Node's objects come from another realm.
    if (
      typeof handle?.writeSync !== 'function' ||
      typeof handle.reset !== 'function' ||
      !ArrayBuffer.isView(state) ||
      (state as Uint32Array).BYTES_PER_ELEMENT !== 4
    ) {
      engine.close();
      return (scratch.inflater = null);
    }
    const made: Inflater = {
      handle: handle as Inflater['handle'],
      state: state as Uint32Array,
      close: () => engine.close(),
    };
    // zlib reports an error by calling back during writeSync; keep the message (the stream object
    // around the context is never written to, so it has nothing to do with it).
    made.handle.onerror = (message) => (made.error = message);
    return (scratch.inflater = made);
  };
  const discardInflater = () => {
    // A context that failed is not trusted again: the next member gets a new one.
    scratch.inflater?.close();
    scratch.inflater = undefined;
  };

  const fd = held ? undefined : lib.fs.openSync(job.path, 'r');
  const readAt = (into: Buffer, length: number, position: number): number => {
    let got = 0;
    while (got < length) {
      const n = lib.fs.readSync(fd!, into, got, length - got, position + got);
      if (n === 0) break;
      got += n;
    }
    return got;
  };
  const inputOf = (length: number): Buffer => {
    if ((scratch.input?.length ?? 0) < length) {
      scratch.input = Buffer.allocUnsafeSlow(Math.max(length, BLOCK));
    }
    return scratch.input!;
  };

  // Per member: CRC-32 and size of what was produced so far, the hashes once output overflowed one
  // block (most members fit, and are hashed in one call at the end).
  interface Digesting {
    m: JobMember;
    size: number;
    crc: number;
    hashes?: Crypto.Hash[];
    kept: number;
    tooLong: boolean;
    failure?: string;
  }
  const begin = (m: JobMember): Digesting => ({ m, size: 0, crc: 0, kept: 0, tooLong: false });
  const absorb = (d: Digesting, data: Uint8Array) => {
    d.hashes ??= d.m.algorithms.map((a) => lib.crypto.createHash(a));
    for (const h of d.hashes) h.update(data);
    d.crc = lib.zlib.crc32(data, d.crc);
  };
  // Inflates one block of a member's compressed data into `output`, absorbing each full output block.
  const inflateBlock = (d: Digesting, inf: Inflater, raw: Uint8Array, last: boolean) => {
    let inOffset = 0;
    let inLength = raw.length;
    for (;;) {
      inf.handle.writeSync(
        last ? Z_FINISH : Z_NO_FLUSH,
        raw,
        inOffset,
        inLength,
        output,
        d.kept,
        OUT - d.kept,
      );
      if (inf.error !== undefined) {
        d.failure = inf.error;
        return;
      }
      const [outLeft, inLeft] = [inf.state[0]!, inf.state[1]!];
      const produced = OUT - d.kept - outLeft;
      d.kept += produced;
      d.size += produced;
      inOffset += inLength - inLeft;
      inLength = inLeft;
      if (d.size > d.m.uncompressedSize) {
        // A member inflating past its declared size is a bomb or a lie: stop at once.
        d.tooLong = true;
        return;
      }
      if (outLeft !== 0) return; // this input is used up, or the stream ended
      absorb(d, output);
      d.kept = 0;
    }
  };
  // The outcome once all data went in: the last output block absorbed, CRC-32 and size compared.
  const finish = (d: Digesting, inflated: boolean): JobOutcome => {
    const { m } = d;
    const fail = (problem: DataProblem, size = d.size): JobOutcome => ({
      key: m.key,
      size,
      digests: {},
      problem,
    });
    if (d.failure !== undefined) {
      return fail({ kind: 'inflate', message: d.failure, rangeError: false, produced: d.size });
    }
    if (d.tooLong)
      return fail({ kind: 'size', actual: m.uncompressedSize, atLeast: true }, m.uncompressedSize);
    if (d.size !== m.uncompressedSize) return fail({ kind: 'size', actual: d.size, atLeast: false });
    const rest = inflated ? output.subarray(0, d.kept) : undefined;
    const digests: Record<string, Uint8Array> = {};
    if (d.hashes) {
      if (rest) absorb(d, rest);
      m.algorithms.forEach((a, i) => (digests[a] = d.hashes![i]!.digest()));
    } else if (rest) {
      d.crc = lib.zlib.crc32(rest);
      for (const a of m.algorithms) digests[a] = lib.crypto.hash(a, rest, 'buffer');
    }
    if (d.crc >>> 0 !== m.crc32) return fail({ kind: 'crc' });
    return { key: m.key, size: d.size, digests };
  };
  // One member whose compressed bytes are all in memory.
  const digestWhole = (m: JobMember, raw: Uint8Array): JobOutcome => {
    const d = begin(m);
    if (m.method === 0) {
      d.size = raw.length;
      if (d.size !== m.uncompressedSize) return finish(d, false);
      d.crc = lib.zlib.crc32(raw);
      const digests: Record<string, Uint8Array> = {};
      for (const a of m.algorithms) digests[a] = lib.crypto.hash(a, raw, 'buffer');
      return d.crc >>> 0 === m.crc32
        ? { key: m.key, size: d.size, digests }
        : { key: m.key, size: d.size, digests: {}, problem: { kind: 'crc' } };
    }
    const inf = inflater();
    if (!inf) return inflateAlone(m, raw);
    inflateBlock(d, inf, raw, true);
    if (d.failure !== undefined) discardInflater();
    else inf.handle.reset();
    return finish(d, true);
  };
  // Without a reusable context: one inflateRawSync of the whole member.
  const inflateAlone = (m: JobMember, raw: Uint8Array): JobOutcome => {
    const d = begin(m);
    let data: Buffer;
    try {
      // One byte more than declared, so "longer than declared" is seen rather than clipped.
      data = lib.zlib.inflateRawSync(raw, {
        maxOutputLength: m.uncompressedSize + 1,
        chunkSize: Math.min(Math.max(m.uncompressedSize + 1, 64), BLOCK),
      });
    } catch (caught) {
      // By shape again: zlib's errors may come from another realm than this code's Error.
      const error = caught as { message?: unknown; name?: unknown };
      if (error?.name === 'RangeError') {
        // maxOutputLength reached: longer than declared, told as the reused context tells it.
        return finish({ ...d, size: m.uncompressedSize, tooLong: true }, false);
      }
      return {
        key: m.key,
        size: 0,
        digests: {},
        problem: {
          kind: 'inflate',
          message: typeof error?.message === 'string' ? error.message : String(caught),
          rangeError: false,
        },
      };
    }
    d.size = data.length;
    if (d.size !== m.uncompressedSize) return finish(d, false);
    d.crc = lib.zlib.crc32(data);
    const digests: Record<string, Uint8Array> = {};
    for (const a of m.algorithms) digests[a] = lib.crypto.hash(a, data, 'buffer');
    return d.crc >>> 0 === m.crc32
      ? { key: m.key, size: d.size, digests }
      : { key: m.key, size: d.size, digests: {}, problem: { kind: 'crc' } };
  };
  // One large member, read a block at a time.
  const digestStreamed = (m: JobMember): JobOutcome => {
    const end = m.dataStart + m.compressedSize;
    const d = begin(m);
    if (m.method === 0 && m.compressedSize !== m.uncompressedSize) {
      return {
        key: m.key,
        size: 0,
        digests: {},
        problem: { kind: 'size', actual: m.compressedSize, atLeast: false },
      };
    }
    const inf = m.method === 0 ? undefined : inflater();
    if (inf === null) {
      const input = inputOf(m.compressedSize);
      const got = readAt(input, m.compressedSize, m.dataStart);
      if (got < m.compressedSize)
        return { key: m.key, size: 0, digests: {}, problem: { kind: 'truncated', got } };
      return inflateAlone(m, input.subarray(0, got));
    }
    const input = inputOf(BLOCK);
    let read = 0;
    for (let at = m.dataStart; at < end;) {
      const got = readAt(input, Math.min(BLOCK, end - at), at);
      if (got === 0) break;
      read += got;
      at += got;
      const block = input.subarray(0, got);
      if (!inf) {
        d.size += got;
        absorb(d, block);
        continue;
      }
      inflateBlock(d, inf, block, at >= end);
      if (d.failure !== undefined || d.tooLong) break;
    }
    if (inf) {
      if (d.failure !== undefined) discardInflater();
      else inf.handle.reset();
    }
    if (read < m.compressedSize) {
      return { key: m.key, size: d.size, digests: {}, problem: { kind: 'truncated', got: read } };
    }
    if (!inf) {
      // Stored: every byte went through absorb already.
      if (d.crc >>> 0 !== m.crc32) return { key: m.key, size: d.size, digests: {}, problem: { kind: 'crc' } };
      const hashes = (d.hashes ??= m.algorithms.map((a) => lib.crypto.createHash(a)));
      const digests: Record<string, Uint8Array> = {};
      m.algorithms.forEach((a, i) => (digests[a] = hashes[i]!.digest()));
      return { key: m.key, size: d.size, digests };
    }
    return finish(d, true);
  };

  let outcomes: JobOutcome[];
  try {
    if (job.stream) {
      outcomes = [digestStreamed(job.members[0]!)];
    } else {
      let bytes: Uint8Array;
      if (held) {
        bytes = held;
      } else {
        const length = job.end - job.start;
        const input = inputOf(length);
        bytes = input.subarray(0, readAt(input, length, job.start));
      }
      outcomes = job.members.map((m) => {
        const from = m.dataStart - job.start;
        const available = Math.max(0, Math.min(m.compressedSize, bytes.length - from));
        if (available < m.compressedSize) {
          return { key: m.key, size: 0, digests: {}, problem: { kind: 'truncated', got: available } };
        }
        return digestWhole(m, bytes.subarray(from, from + m.compressedSize));
      });
    }
  } finally {
    if (fd !== undefined) lib.fs.closeSync(fd);
  }

  // Every digest copied into one buffer: a job's results then cross threads as one block, and the
  // receiving side frees one allocation instead of one per member.
  let total = 0;
  for (const o of outcomes) for (const a in o.digests) total += o.digests[a]!.length;
  const packed = new Uint8Array(total);
  let at = 0;
  for (const o of outcomes) {
    for (const a in o.digests) {
      const digest = o.digests[a]!;
      packed.set(digest, at);
      o.digests[a] = packed.subarray(at, at + digest.length);
      at += digest.length;
    }
  }
  return outcomes;
}
