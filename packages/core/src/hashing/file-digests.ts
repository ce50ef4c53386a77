/**
 * The two digests an upload carries (pypi-publish.md §3.2), sha256 and BLAKE2b-256, of a file or of
 * bytes, on the calling thread. One streaming read feeds both, so memory stays flat for any size.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Blake2b256 } from './blake2b.js';

/** The digests and size of one file. */
export interface FileDigests {
  /** Lower-case hex. */
  sha256: string;
  /** Lower-case hex of BLAKE2b with a 32-byte digest (Warehouse's `blake2_256_digest`). */
  blake2_256: string;
  size: number;
}

/** Hashes the file at `path` in one read on this thread. */
export async function digestFile(path: string): Promise<FileDigests> {
  const sha256 = createHash('sha256');
  const blake = new Blake2b256();
  // The file is read straight into the module's memory; sha256 reads the same bytes there.
  const area = blake.inputArea;
  let size = 0;
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(area, 0, area.length, size);
      if (bytesRead === 0) break;
      sha256.update(area.subarray(0, bytesRead));
      blake.updateArea(bytesRead);
      size += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return { sha256: sha256.digest('hex'), blake2_256: blake.digest(), size };
}

/** The digests of bytes in memory (small files, the server side in tests). */
export function digestBytes(bytes: Uint8Array): FileDigests {
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blake2_256: new Blake2b256().update(bytes).digest(),
    size: bytes.length,
  };
}
