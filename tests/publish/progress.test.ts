/** Upload progress in the log: throttled per file, with bytes, share and rate. */
import { describe, expect, test } from '@jest/globals';
import { MemoryLogger } from '@otai-release/core/log';
import { fileProgress, sizeText } from '@otai-release/core/publish';

describe('fileProgress', () => {
  test('at most one line per interval, none at the end (the upload line says it), with the rate', () => {
    let now = 0;
    const logger = new MemoryLogger();
    const total = 100 * 1024 * 1024;
    const progress = fileProgress(logger, 'big.whl', total, { intervalMs: 5000, now: () => now });
    for (let second = 1; second <= 12; second++) {
      now = second * 1000;
      progress.sent(second * 8 * 1024 * 1024);
    }
    now = 13_000;
    progress.sent(total);
    expect(logger.messages('info')).toEqual([
      'big.whl: 40.0 MiB of 100.0 MiB (40%) at 8.0 MiB/s',
      'big.whl: 80.0 MiB of 100.0 MiB (80%) at 8.0 MiB/s',
    ]);
    expect(progress.state).toEqual({ bytes: total, elapsedMs: 13_000 });
  });

  test('sizes as people read them', () => {
    expect([
      sizeText(0),
      sizeText(1023),
      sizeText(1536),
      sizeText(50 * 1024 * 1024),
      sizeText(3 * 1024 ** 3),
    ]).toEqual(['0 B', '1023 B', '1.5 KiB', '50.0 MiB', '3.0 GiB']);
  });
});
