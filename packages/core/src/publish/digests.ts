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
  finish(): Promise<FileDigests>;
}

/** Hashes whole files elsewhere (a worker thread); undefined when it cannot. */
export type Sha256Offload = (path: string) => Promise<{ sha256: string; size: number }> | undefined;

/**
 * A StreamingDigests for the file at `path`. BLAKE2b hashes the chunks as they pass; sha256 too, or,
 * with `offload`, on another thread that reads the file alongside, so both cores work.
 */
export async function streamingDigests(path: string, offload?: Sha256Offload): Promise<StreamingDigests> {
  const blake = await createBLAKE2b(256);
  let pass: {
    sha256?: ReturnType<typeof createHash>;
    offloaded?: Promise<{ sha256: string; size: number }>;
  } = {};
  let size = 0;
  let done: Promise<FileDigests> | undefined;
  return {
    begin() {
      const current = offload?.(path);
      pass = current ? { offloaded: current } : { sha256: createHash('sha256') };
      // Nobody may await a pass that is replaced by the next attempt's.
      current?.catch(() => undefined);
      const mine = pass;
      blake.init();
      size = 0;
      done = undefined;
      return (chunk) => {
        if (mine !== pass) throw new Error('a finished upload pass went on hashing');
        mine.sha256?.update(chunk);
        blake.update(chunk);
        size += chunk.length;
      };
    },
    finish() {
      done ??= (async () => {
        const blake2_256 = blake.digest('hex');
        const streamedSize = size;
        if (pass.sha256) return { sha256: pass.sha256.digest('hex'), blake2_256, size: streamedSize };
        const other = await pass.offloaded!;
        if (other.size !== streamedSize) {
          throw new Error(
            `${path} changed while it was being uploaded: do not modify the distributions during the upload.`,
          );
        }
        return { sha256: other.sha256, blake2_256, size: streamedSize };
      })();
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
