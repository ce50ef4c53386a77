/**
 * sha256 and BLAKE2b-256 of whole files on worker threads, one file per thread at a time, so hashing
 * (the costliest part of an upload) runs on every core while the main thread sends. Each worker reads
 * its file from the page cache straight into the BLAKE2b module's memory; no bytes cross threads.
 * The workers are eval'd source that imports only Node built-ins (a bundle has no files beside it to
 * start), and get the compiled BLAKE2b module through workerData.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { blake2bModule } from './blake2b.js';
import { digestFile, type FileDigests, hashFileSync } from './file-digests.js';

// The worker's whole program: hashFileSync's own source, given the worker's libraries, so that any
// bundler keeps the two together. The BLAKE2b module arrives compiled, through workerData.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const blake = new WebAssembly.Instance(workerData.blake2b, {}).exports;
const area = new Uint8Array(blake.memory.buffer, blake.input.value, blake.inputSize.value);
const lib = {
  fs: require('node:fs'),
  createHash: require('node:crypto').createHash,
  blake: {
    area,
    reset: () => blake.init(),
    update: (n) => blake.update(area.byteOffset, n),
    digest: () => {
      blake.final();
      return Buffer.from(blake.memory.buffer, 0, 32).toString('hex');
    },
  },
};
const hashFileSync = (${hashFileSync.toString()});
parentPort.on('message', ({ id, path }) => {
  let digests;
  try {
    digests = hashFileSync(path, lib);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
    return;
  }
  parentPort.postMessage({ id, ...digests });
});
`;

interface Job {
  id: number;
  path: string;
  resolve: (d: FileDigests) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
}

type Answer = { id: number; error?: string } & Partial<FileDigests>;

/** How many threads, and who hears when hashing falls back to the calling thread. */
export interface DigestWorkersOptions {
  /** Default: one per core. */
  threads?: number;
  /** Told once why files are hashed on the calling thread from now on (a log line: it is slower, not wrong). */
  onFallback?: (reason: string) => void;
}

/** Hashes files on worker threads; close() when the run ends. */
export class DigestWorkers {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly threads: number;
  private nextId = 0;
  private unavailable = false;

  constructor(private readonly options: DigestWorkersOptions = {}) {
    this.threads = Math.max(1, options.threads ?? availableParallelism());
  }

  /** Starts every thread now (a thread takes tens of milliseconds to be ready); idle, they hold nothing up. */
  start(): void {
    while (this.spawn());
  }

  /** The file's digests: from a worker, or on this thread where no worker can start. */
  digest(path: string): Promise<FileDigests> {
    if (this.unavailable) return this.inline(path);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, path, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every thread; files still waiting are hashed on this thread. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    this.unavailable = true;
    for (const slot of slots) {
      if (slot.job) this.queue.unshift(slot.job);
      slot.job = undefined;
    }
    this.drainInline();
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.job) ?? this.spawn();
      if (!slot) break;
      const job = this.queue.shift()!;
      slot.job = job;
      // A busy thread keeps the process alive until its answer comes; an idle one does not.
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, path: job.path });
    }
    if (this.unavailable) this.drainInline();
  }

  private spawn(): Slot | undefined {
    if (this.unavailable || this.slots.length >= this.threads) return undefined;
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { blake2b: blake2bModule() } });
    } catch (error) {
      this.fallBack(`no worker thread could start (${(error as Error).message})`);
      return undefined;
    }
    const slot: Slot = { worker };
    worker.on('message', (m: Answer) => {
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      slot.job = undefined;
      if (m.error !== undefined) job.reject(new Error(`hashing ${job.path}: ${m.error}`));
      else job.resolve({ sha256: m.sha256!, blake2_256: m.blake2_256!, size: m.size! });
      this.dispatch();
      if (!slot.job) worker.unref();
    });
    const lost = (why: string) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      // After a thread dies (out of memory, say), its file and every later one are hashed here.
      if (slot.job) this.queue.unshift(slot.job);
      slot.job = undefined;
      this.fallBack(why);
      this.drainInline();
    };
    worker.on('error', (error) => lost(`a digest worker failed (${error.message})`));
    worker.on('exit', (code) => lost(`a digest worker stopped (exit code ${code})`));
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private fallBack(reason: string): void {
    if (!this.unavailable) this.options.onFallback?.(`hashing on the main thread: ${reason}`);
    this.unavailable = true;
  }

  private drainInline(): void {
    for (const job of this.queue.splice(0)) this.inline(job.path).then(job.resolve, job.reject);
  }

  // Files hashed on this thread go one at a time, each in its own turn of the event loop, so that
  // uploads and timers run between them.
  private inlineChain: Promise<unknown> = Promise.resolve();
  private inline(path: string): Promise<FileDigests> {
    const digest = this.inlineChain
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => digestFile(path));
    this.inlineChain = digest.catch(() => undefined);
    return digest;
  }
}
