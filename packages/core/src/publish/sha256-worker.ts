/**
 * sha256 of whole files on a worker thread, so it runs on the second core while the main thread
 * reads, BLAKE2b-hashes and sends the same file (BLAKE2b, from WebAssembly, is the slower of the two
 * and stays on the main thread: the worker is plain Node code, which any bundler keeps intact).
 * The worker reads the file itself from the page cache, so no bytes cross between threads.
 */
import { Worker } from 'node:worker_threads';

// The worker's whole program, as source: eval'd workers need no file next to the bundle.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const buffer = Buffer.allocUnsafe(1024 * 1024);
parentPort.on('message', ({ id, path }) => {
  let fd;
  try {
    fd = fs.openSync(path, 'r');
    const hash = createHash('sha256');
    let size = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, size);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      size += n;
    }
    parentPort.postMessage({ id, sha256: hash.digest('hex'), size });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
});
`;

/** Hashes files on one worker thread; close() when the run ends. */
export class Sha256Worker {
  private worker?: Worker;
  private failed = false;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (r: { sha256: string; size: number }) => void; reject: (e: Error) => void }
  >();

  /** The file's sha256 (hex) and size; undefined when no worker thread can run here (hash inline then). */
  hash(path: string): Promise<{ sha256: string; size: number }> | undefined {
    const worker = this.start();
    if (!worker) return undefined;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, path });
    });
  }

  /** Stops the thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      worker.unref();
      worker.on('message', (m: { id: number; sha256?: string; size?: number; error?: string }) => {
        const waiting = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (m.error !== undefined) waiting?.reject(new Error(`sha256 worker: ${m.error}`));
        else waiting?.resolve({ sha256: m.sha256!, size: m.size! });
      });
      const fail = (error: Error) => {
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
        this.worker = undefined;
        this.failed = true;
      };
      worker.on('error', fail);
      worker.on('exit', () => fail(new Error('the sha256 worker stopped')));
      this.worker = worker;
      return worker;
    } catch {
      // Where threads cannot start, sha256 runs inline with BLAKE2b.
      this.failed = true;
      return undefined;
    }
  }
}
