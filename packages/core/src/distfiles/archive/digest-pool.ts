/**
 * Where digest jobs run: on worker threads, one per core, so that inflating and hashing real wheels
 * (bound by zlib and sha256, not by start-up) use the whole machine; or inline, for a run too small to
 * repay starting a thread. Workers start on first need, when the data waiting to be hashed passes a
 * threshold, so checking a few small wheels costs no thread at all.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import * as zlib from 'node:zlib';
import { type DigestJob, type JobLibraries, type JobOutcome, runDigestJob } from './digest-job.js';
import { boundHeapGrowth, releaseHeapGrowth } from './heap-growth.js';

/** Runs digest jobs. */
export interface DigestRunner {
  /**
   * Runs `job`; `held` is the content of the job's byte range when the caller has it in memory
   * (used on this thread; a worker reads the file itself rather than have the bytes copied to it).
   */
  run(job: DigestJob, held?: Uint8Array): Promise<JobOutcome[]>;
}

const inlineLibraries: JobLibraries = { fs, zlib, crypto, scratch: {} };

/** Runs every job on the calling thread, there and then (a job is synchronous). */
export const inlineRunner: DigestRunner = {
  run(job, held) {
    try {
      return Promise.resolve(runDigestJob(job, inlineLibraries, held));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  },
};

// Below this much data to read in a run, threads cost more to start than they save.
const START_THRESHOLD = 8 * 1024 * 1024;
// Jobs handed to a worker before it finishes the one it runs: the next one is already waiting in
// its port when the main thread is busy checking a file (a job holds no memory until it runs).
const IN_FLIGHT = 2;
// A job allocates little (its buffers are reused), so a small young generation is enough.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

// The worker's whole program: the job function's own source, so that any bundler keeps them together.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const lib = { fs: require('node:fs'), zlib: require('node:zlib'), crypto: require('node:crypto'), scratch: {} };
const runDigestJob = (${runDigestJob.toString()});
parentPort.on('message', ({ id, job }) => {
  let outcomes;
  try {
    outcomes = runDigestJob(job, lib);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
    return;
  }
  parentPort.postMessage({ id, outcomes });
});
`;

interface Waiting {
  job: DigestJob;
  resolve: (outcomes: JobOutcome[]) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: Worker;
  jobs: Map<number, Waiting>;
}

/** Worker threads that run digest jobs; close() when the run ends. */
export class DigestPool implements DigestRunner {
  private readonly size: number;
  private readonly queue: Waiting[] = [];
  private running: Running[] | undefined;
  private queuedBytes = 0;
  private nextId = 0;
  private failure?: Error;
  private heapBounded = false;

  /**
   * `threads` defaults to the cores available; workers start once `startAfterBytes` of data have
   * been asked for (jobs before that run inline).
   */
  constructor(
    threads = availableParallelism(),
    private readonly startAfterBytes = START_THRESHOLD,
  ) {
    this.size = Math.max(1, threads);
  }

  /** Whether worker threads were started. */
  get started(): boolean {
    return this.running !== undefined;
  }

  run(job: DigestJob, held?: Uint8Array): Promise<JobOutcome[]> {
    if (this.failure) return inlineRunner.run(job, held);
    if (!this.running) {
      this.queuedBytes += job.end - job.start;
      if (this.queuedBytes < this.startAfterBytes) return inlineRunner.run(job, held);
      this.running = this.start();
      if (!this.running) return inlineRunner.run(job, held);
    }
    // A worker reads the bytes itself: copying them over would cost this thread, which is the busiest.
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers (jobs still queued are rejected). */
  async close(): Promise<void> {
    this.fail(new Error('the digest pool was closed'));
    await Promise.all((this.running ?? []).map((r) => r.worker.terminate()));
    if (this.heapBounded) releaseHeapGrowth();
    this.heapBounded = false;
  }

  private start(): Running[] | undefined {
    // A run large enough for threads is one whose main thread allocates for seconds on end.
    boundHeapGrowth();
    this.heapBounded = true;
    try {
      return Array.from({ length: this.size }, () => {
        const running: Running = {
          worker: new Worker(WORKER_SOURCE, { eval: true, resourceLimits: WORKER_LIMITS }),
          jobs: new Map(),
        };
        running.worker.unref();
        running.worker.on('message', (m: { id: number; outcomes?: JobOutcome[]; error?: string }) => {
          const waiting = running.jobs.get(m.id);
          running.jobs.delete(m.id);
          if (m.error !== undefined) waiting?.reject(new Error(`digest worker: ${m.error}`));
          else waiting?.resolve(m.outcomes!);
          this.dispatch();
        });
        running.worker.on('error', (error) => this.fail(error));
        running.worker.on('exit', () => this.fail(new Error('a digest worker stopped')));
        return running;
      });
    } catch {
      // Where threads cannot start (a restricted runtime), everything runs inline.
      return undefined;
    }
  }

  private dispatch(): void {
    const running = this.running ?? [];
    while (this.queue.length > 0) {
      // The least busy worker, so that one stuck on a large member does not hold the next job.
      let target: Running | undefined;
      for (const r of running)
        if (r.jobs.size < IN_FLIGHT && (!target || r.jobs.size < target.jobs.size)) target = r;
      if (!target) return;
      const waiting = this.queue.shift()!;
      const id = this.nextId++;
      target.jobs.set(id, waiting);
      target.worker.postMessage({ id, job: waiting.job });
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.queue.splice(0)) waiting.reject(error);
    for (const running of this.running ?? []) {
      for (const waiting of running.jobs.values()) waiting.reject(error);
      running.jobs.clear();
    }
  }
}
