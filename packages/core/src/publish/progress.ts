/**
 * Upload progress in the log: bytes and rate per file, at most one line per file every few seconds,
 * so a 1 GiB wheel shows it is moving without flooding the log of a 40-file release.
 */
import type { Logger } from '../log/index.js';

/** How often a file's progress may be logged (ms), and the clock to measure it with. */
export interface ProgressOptions {
  intervalMs?: number;
  now?: () => number;
}

/** `12.3 MiB`, `512 B`: sizes as people read them. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** `85.2 MiB/s`. */
export function rateText(bytes: number, ms: number): string {
  return `${sizeText(ms > 0 ? Math.round((bytes * 1000) / ms) : bytes)}/s`;
}

/** Reports progress of one file's upload attempt; call `sent(n)` as bytes go out, `done()` at the end. */
export interface FileProgress {
  sent(bytes: number): void;
  /** Bytes handed to the connection so far, and the time since the attempt started. */
  readonly state: { bytes: number; elapsedMs: number };
}

/** A progress reporter for `filename` of `total` bytes, logging through `logger`. */
export function fileProgress(
  logger: Logger,
  filename: string,
  total: number,
  options: ProgressOptions = {},
): FileProgress {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 5000;
  const started = now();
  let last = started;
  let bytes = 0;
  return {
    sent(n) {
      bytes = n;
      const t = now();
      if (t - last < interval || n >= total) return;
      last = t;
      const percent = total > 0 ? Math.floor((n * 100) / total) : 100;
      logger.info(
        `${filename}: ${sizeText(n)} of ${sizeText(total)} (${percent}%) at ${rateText(n, t - started)}`,
      );
    },
    get state() {
      return { bytes, elapsedMs: now() - started };
    },
  };
}
