/**
 * The two digests an upload carries (pypi-publish.md §3.2), sha256 and BLAKE2b-256, of a file or of
 * bytes. One streaming read feeds both, so memory stays flat for any size. The file loop is written
 * once: worker threads run hashFileSync's own source (digest-workers.ts), and this thread calls it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { Blake2b256 } from './blake2b.js';

/** The digests and size of one file. */
export interface FileDigests {
  /** Lower-case hex. */
  sha256: string;
  /** Lower-case hex of BLAKE2b with a 32-byte digest (Warehouse's `blake2_256_digest`). */
  blake2_256: string;
  size: number;
}

/** A BLAKE2b-256 that hashes bytes read into its own memory (no copy). */
export interface AreaHasher {
  /** Where to read the next bytes. */
  area: Uint8Array;
  /** Starts a new digest. */
  reset(): void;
  /** Hashes the first `length` bytes of `area`. */
  update(length: number): void;
  /** The digest so far, lower-case hex. */
  digest(): string;
}

/** What hashFileSync uses, passed in: a worker thread runs the function's source with its own. */
export interface HashFileLibraries {
  fs: Pick<typeof fs, 'openSync' | 'readSync' | 'closeSync'>;
  createHash: typeof createHash;
  blake: AreaHasher;
}

/**
 * Hashes the file at `path` in one read: each piece is read into the BLAKE2b module's memory, and
 * sha256 reads the same bytes there. Self-contained (it only uses `lib`), so its source can be a
 * worker's program.
 */
export function hashFileSync(path: string, lib: HashFileLibraries): FileDigests {
  const fd = lib.fs.openSync(path, 'r');
  try {
    const sha256 = lib.createHash('sha256');
    const { area } = lib.blake;
    lib.blake.reset();
    let size = 0;
    for (;;) {
      const n = lib.fs.readSync(fd, area, 0, area.length, size);
      if (n === 0) break;
      sha256.update(area.subarray(0, n));
      lib.blake.update(n);
      size += n;
    }
    return { sha256: sha256.digest('hex'), blake2_256: lib.blake.digest(), size };
  } finally {
    lib.fs.closeSync(fd);
  }
}

let libraries: HashFileLibraries | undefined;

/** Hashes the file at `path` on this thread (it is busy meanwhile: digest-workers.ts is for uploads). */
export async function digestFile(path: string): Promise<FileDigests> {
  if (!libraries) {
    const blake = new Blake2b256();
    libraries = {
      fs,
      createHash,
      blake: {
        area: blake.inputArea,
        reset: () => blake.reset(),
        update: (n) => blake.updateArea(n),
        digest: () => blake.digest(),
      },
    };
  }
  return hashFileSync(path, libraries);
}

/** The digests of bytes in memory (small files, the server side in tests). */
export function digestBytes(bytes: Uint8Array): FileDigests {
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blake2_256: new Blake2b256().update(bytes).digest(),
    size: bytes.length,
  };
}
