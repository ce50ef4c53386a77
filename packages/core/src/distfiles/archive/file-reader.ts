/**
 * Positioned reads of one open archive file. Header parsing makes many tiny reads near each other
 * (served from a small window), member data is read in large blocks with the next block already
 * on its way while the caller hashes the current one. The blocks are three buffers used in turn:
 * fresh memory for every block would cost page faults and keep dead blocks around until the
 * garbage collector runs.
 */
import { readFileSync, readSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

// Large enough that per-read overhead vanishes next to hashing, small enough to keep memory flat.
const BLOCK_SIZE = 4 * 1024 * 1024;
const WINDOW_SIZE = 64 * 1024;
const SYNC_READ_LIMIT = 1024 * 1024;
// The block being consumed, the one being read ahead, and the one the consumer just left.
const POOL_SIZE = 3;
// Files up to this size are read whole on open: most wheels and sdists are small, and one read
// beats dozens of positioned ones through the thread pool.
const WHOLE_FILE_LIMIT = 1024 * 1024;

interface Block {
  start: number;
  data: Buffer;
}

/** An open file read at explicit positions; never buffers more than a few blocks. */
export class PositionedReader {
  private window?: Block;
  private windowBuffer?: Buffer;
  private current?: Block;
  private ahead?: { start: number; data: Promise<Buffer> };
  private readonly pool: Buffer[] = [];
  private turn = 0;

  private constructor(
    /** Undefined when the whole file was read on open. */
    private readonly handle: FileHandle | undefined,
    /** File size in bytes. */
    readonly size: number,
  ) {}

  /** Opens `path` for reading. */
  static async open(path: string): Promise<PositionedReader> {
    // Small files: one synchronous read costs less than the promise round trips of open/stat/read/close.
    if (statSync(path).size <= WHOLE_FILE_LIMIT) {
      const data = readFileSync(path);
      const reader = new PositionedReader(undefined, data.length);
      reader.window = { start: 0, data };
      return reader;
    }
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      return new PositionedReader(handle, size);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /**
   * Up to `length` bytes at `position` (fewer at the end of the file), in memory of their own
   * (never a view of a buffer that is read into again), so they may be kept.
   */
  async read(position: number, length: number): Promise<Buffer> {
    const end = Math.min(position + length, this.size);
    if (position >= end) return Buffer.alloc(0);
    const window = this.window;
    if (!this.handle && window) return window.data.subarray(position, end); // the whole file, read on open
    if (window && position >= window.start && end <= window.start + window.data.length) {
      // A copy: the window is refilled in place (a fresh window per refill was hundreds of MB of
      // garbage over a run, since the framing walk refills it for nearly every member of a large
      // wheel); header-sized copies come from Node's small-buffer pool.
      return Buffer.from(window.data.subarray(position - window.start, end - window.start));
    }
    // Header-sized reads are synchronous: the bytes are in the page cache nearly always, and an
    // asynchronous read costs more to set up than to do (the framing walk makes one per 64 KiB).
    if (end - position > WINDOW_SIZE) {
      const length = end - position;
      return length <= SYNC_READ_LIMIT
        ? this.readExactlySync(position, length, Buffer.allocUnsafeSlow(length))
        : this.readExactly(position, length, Buffer.allocUnsafeSlow(length));
    }
    const size = Math.min(WINDOW_SIZE, this.size - position);
    this.windowBuffer ??= Buffer.allocUnsafeSlow(Math.min(WINDOW_SIZE, this.size));
    this.window = { start: position, data: this.readExactlySync(position, size, this.windowBuffer) };
    return Buffer.from(this.window.data.subarray(0, end - position));
  }

  /**
   * The bytes of [start, end) as consecutive slices of at most one block, reading ahead: while
   * the caller works on one slice the next block is already being read. A slice stays valid
   * until the slice after the next one is asked for (from any `slices` of this reader): hash it,
   * copy it, or make sure whoever was handed it is done by then.
   */
  async *slices(start: number, end: number): AsyncGenerator<Buffer> {
    let position = start;
    end = Math.min(end, this.size);
    while (position < end) {
      const block = await this.blockAt(position);
      const from = position - block.start;
      const to = Math.min(block.data.length, end - block.start);
      if (to <= from) return; // short read: the file ended early
      yield block.data.subarray(from, to);
      position = block.start + to;
    }
  }

  /** The bytes of [start, end) when the whole file is in memory (read on open), else undefined. */
  held(start: number, end: number): Buffer | undefined {
    const whole = this.window;
    if (!whole || this.handle || whole.start !== 0) return undefined;
    return whole.data.subarray(Math.min(start, whole.data.length), Math.min(end, whole.data.length));
  }

  /** Closes the file. */
  async close(): Promise<void> {
    await this.ahead?.data.catch(() => undefined);
    this.window = this.current = this.ahead = undefined;
    await this.handle?.close();
  }

  private async blockAt(position: number): Promise<Block> {
    const whole = this.window;
    if (whole && whole.start === 0 && whole.data.length === this.size) return whole;
    const current = this.current;
    if (current && position >= current.start && position < current.start + current.data.length)
      return current;
    let block: Block;
    if (this.ahead && position >= this.ahead.start && position < this.ahead.start + BLOCK_SIZE) {
      block = { start: this.ahead.start, data: await this.ahead.data };
    } else {
      // A jump: the read-ahead (if any) is abandoned, but may still be filling its buffer.
      await this.ahead?.data.catch(() => undefined);
      const size = Math.min(BLOCK_SIZE, this.size - position);
      block = { start: position, data: await this.readExactly(position, size, this.nextBuffer()) };
    }
    this.current = block;
    const next = block.start + block.data.length;
    this.ahead =
      next < this.size && block.data.length > 0
        ? {
            start: next,
            data: this.readExactly(next, Math.min(BLOCK_SIZE, this.size - next), this.nextBuffer()),
          }
        : undefined;
    // A read-ahead that is never awaited (the caller jumped elsewhere) must not become unhandled.
    this.ahead?.data.catch(() => undefined);
    return block;
  }

  private nextBuffer(): Buffer {
    const index = this.turn++ % POOL_SIZE;
    return (this.pool[index] ??= Buffer.allocUnsafeSlow(Math.min(BLOCK_SIZE, this.size)));
  }

  private readExactlySync(position: number, length: number, into: Buffer): Buffer {
    const buffer = into.subarray(0, length);
    let filled = 0;
    while (filled < length && this.handle) {
      const read = readSync(this.handle.fd, buffer, filled, length - filled, position + filled);
      if (read === 0) break;
      filled += read;
    }
    return filled === length ? buffer : buffer.subarray(0, filled);
  }

  private async readExactly(position: number, length: number, into: Buffer): Promise<Buffer> {
    const buffer = into.subarray(0, length);
    let filled = 0;
    while (filled < length) {
      if (!this.handle) break; // read whole on open: nothing lies beyond it
      const { bytesRead } = await this.handle.read(buffer, filled, length - filled, position + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === length ? buffer : buffer.subarray(0, filled);
  }
}
