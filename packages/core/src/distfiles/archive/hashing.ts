/**
 * Hashing member data, on the main thread or on a worker thread. Hashing a large wheel is bound by
 * the hash itself; with a worker doing it, the main thread is left for the CRC-32 and for feeding
 * zlib, and the three run at once. Data reaches the worker by copy into shared memory (a copy is
 * far cheaper than a hash), so callers may reuse their buffers at once.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/** Hashes for one member. */
export interface MemberHasher {
  /** Adds bytes; when it returns a promise, wait for it before the next call. */
  update(chunk: Buffer): void | Promise<void>;
  /** The digests, by algorithm name. */
  digest(): Promise<Record<string, Buffer>>;
}

/** Hashes on the calling thread. */
export function inlineHasher(algorithms: readonly string[]): MemberHasher {
  const hashes = algorithms.map((name) => ({ name, hash: createHash(name) }));
  return {
    update(chunk) {
      for (const { hash } of hashes) hash.update(chunk);
    },
    digest() {
      return Promise.resolve(Object.fromEntries(hashes.map(({ name, hash }) => [name, hash.digest()])));
    },
  };
}

const SLOT_SIZE = 4 * 1024 * 1024;
const SLOTS = 4;

// Plain JavaScript run with `eval`, so it survives bundling: hashes chunks from shared slots.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const members = new Map();
let slots;
parentPort.on('message', (m) => {
  if (m.op === 'slots') { slots = m.slots.map((s) => Buffer.from(s)); return; }
  if (m.op === 'start') { members.set(m.id, m.algorithms.map((a) => [a, createHash(a)])); return; }
  if (m.op === 'update') {
    const chunk = slots[m.slot].subarray(0, m.length);
    for (const [, h] of members.get(m.id)) h.update(chunk);
    parentPort.postMessage({ op: 'free', slot: m.slot });
    return;
  }
  if (m.op === 'digest') {
    const digests = {};
    for (const [a, h] of members.get(m.id)) digests[a] = h.digest();
    members.delete(m.id);
    parentPort.postMessage({ op: 'digests', id: m.id, digests });
  }
});
`;

/** A worker thread that hashes; one per digest run, closed when the run ends. */
export class HashWorker {
  private readonly worker: Worker;
  private readonly slots: Buffer[];
  private readonly free: number[];
  private readonly waiting: (() => void)[] = [];
  private readonly results = new Map<
    number,
    { resolve: (digests: Record<string, Buffer>) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;
  private failure?: Error;

  constructor() {
    const shared = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(SLOT_SIZE));
    this.slots = shared.map((s) => Buffer.from(s));
    this.free = this.slots.map((_, i) => i);
    this.worker = new Worker(WORKER_SOURCE, { eval: true });
    this.worker.unref();
    this.worker.postMessage({ op: 'slots', slots: shared });
    this.worker.on(
      'message',
      (m: { op: string; slot?: number; id?: number; digests?: Record<string, Uint8Array> }) => {
        if (m.op === 'free') {
          this.free.push(m.slot!);
          this.waiting.shift()?.();
        } else if (m.op === 'digests') {
          const digests = Object.fromEntries(Object.entries(m.digests!).map(([k, v]) => [k, Buffer.from(v)]));
          this.results.get(m.id!)?.resolve(digests);
          this.results.delete(m.id!);
        }
      },
    );
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('the hashing worker stopped')));
  }

  /** A hasher whose work runs on this worker. */
  hasher(algorithms: readonly string[]): MemberHasher {
    const id = this.nextId++;
    this.worker.postMessage({ op: 'start', id, algorithms });
    const update = async (chunk: Buffer): Promise<void> => {
      for (let at = 0; at < chunk.length; at += SLOT_SIZE) {
        const slot = await this.slot();
        const piece = chunk.subarray(at, at + SLOT_SIZE);
        piece.copy(this.slots[slot]!);
        this.worker.postMessage({ op: 'update', id, slot, length: piece.length });
      }
    };
    const digest = () =>
      new Promise<Record<string, Buffer>>((resolve, reject) => {
        if (this.failure) return reject(this.failure);
        this.results.set(id, { resolve, reject });
        this.worker.postMessage({ op: 'digest', id });
      });
    return { update, digest };
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    this.failure ??= new Error('the hashing worker was closed');
    await this.worker.terminate();
  }

  private slot(): Promise<number> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.free.pop();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve, reject) =>
      this.waiting.push(() => (this.failure ? reject(this.failure) : resolve(this.free.pop()!))),
    );
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const wake of this.waiting.splice(0)) wake();
    for (const [, { reject }] of this.results) reject(error);
    this.results.clear();
  }
}
