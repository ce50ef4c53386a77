/**
 * The two digests an upload sends (pypi-publish.md §3.2): sha256 and BLAKE2b-256, hex. Node's crypto
 * has no 32-byte BLAKE2b (DESIGN.md, measured facts), so that one comes from hash-wasm. One streaming
 * read feeds both, so a file is never held in memory and is read once for hashing.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { createBLAKE2b } from 'hash-wasm';

/** The digests and size of one file. */
export interface FileDigests {
  /** Lower-case hex. */
  sha256: string;
  /** Lower-case hex of BLAKE2b with a 32-byte digest (Warehouse's `blake2_256_digest`). */
  blake2_256: string;
  size: number;
}

// Large reads into one reused buffer: few calls into the wasm hasher (it costs per call, not per
// byte) and no garbage, so a 1 GiB file is hashed in flat memory.
const READ_CHUNK = 1024 * 1024;

/** Hashes the file at `path` in one read; `onBytes` sees the running count (for progress). */
export async function digestFile(path: string, onBytes?: (read: number) => void): Promise<FileDigests> {
  const sha256 = createHash('sha256');
  const blake = await createBLAKE2b(256);
  let size = 0;
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, size);
      if (bytesRead === 0) break;
      const bytes = buffer.subarray(0, bytesRead);
      sha256.update(bytes);
      blake.update(bytes);
      size += bytesRead;
      onBytes?.(size);
    }
  } finally {
    await handle.close();
  }
  return { sha256: sha256.digest('hex'), blake2_256: blake.digest('hex'), size };
}

/** Hashes a file as it streams by (one attempt at a time): hooks for each pass, the digests after it. */
export interface StreamingDigests {
  /** Starts a new pass; feed it every chunk in order. */
  begin(): (chunk: Buffer) => void;
  /** The digests of the last pass, once it has seen the whole file (the same object on every call). */
  finish(): FileDigests;
}

/** A StreamingDigests (the BLAKE2b hasher is made once; each pass starts it afresh). */
export async function streamingDigests(): Promise<StreamingDigests> {
  const blake = await createBLAKE2b(256);
  let sha256 = createHash('sha256');
  let size = 0;
  let done: FileDigests | undefined;
  return {
    begin() {
      // Each pass hashes into its own sha256; a stale pass (there is none: attempts end before the
      // next begins) could not touch the next one's.
      const pass = createHash('sha256');
      sha256 = pass;
      blake.init();
      size = 0;
      done = undefined;
      return (chunk) => {
        if (pass !== sha256) throw new Error('a finished upload pass went on hashing');
        pass.update(chunk);
        blake.update(chunk);
        size += chunk.length;
      };
    },
    finish() {
      done ??= { sha256: sha256.digest('hex'), blake2_256: blake.digest('hex'), size };
      return done;
    },
  };
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
