/**
 * The two digests an upload sends (pypi-publish.md §3.2): sha256 and BLAKE2b-256, hex. Node's crypto
 * has no 32-byte BLAKE2b (DESIGN.md, measured facts), so that one comes from hash-wasm. One streaming
 * read feeds both, so a file is never held in memory and is read once for hashing.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createBLAKE2b } from 'hash-wasm';

/** The digests and size of one file. */
export interface FileDigests {
  /** Lower-case hex. */
  sha256: string;
  /** Lower-case hex of BLAKE2b with a 32-byte digest (Warehouse's `blake2_256_digest`). */
  blake2_256: string;
  size: number;
}

// Large reads: fewer calls into the wasm hasher, which costs per call, not per byte.
const READ_CHUNK = 1024 * 1024;

/** Hashes the file at `path` in one read; `onBytes` sees the running count (for progress). */
export async function digestFile(path: string, onBytes?: (read: number) => void): Promise<FileDigests> {
  const sha256 = createHash('sha256');
  const blake = await createBLAKE2b(256);
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
    const bytes = chunk as Buffer;
    sha256.update(bytes);
    blake.update(bytes);
    size += bytes.length;
    onBytes?.(size);
  }
  return { sha256: sha256.digest('hex'), blake2_256: blake.digest('hex'), size };
}

/** The digests of bytes in memory (small files, tests of the server side). */
export async function digestBytes(bytes: Uint8Array): Promise<FileDigests> {
  const blake = await createBLAKE2b(256);
  blake.update(bytes);
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blake2_256: blake.digest('hex'),
    size: bytes.length,
  };
}
