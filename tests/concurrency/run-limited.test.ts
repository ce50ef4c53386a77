/** The promise pool behind parallel builds and distribution reads. */
import { describe, expect, test } from '@jest/globals';
import { fulfilledValues, runLimited } from '@otai-release/core/concurrency';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runLimited', () => {
  test('runs at most `limit` items at once and keeps the outcomes in item order', async () => {
    let running = 0;
    let peak = 0;
    const outcomes = await runLimited([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      for (let i = 0; i < n; i++) await tick();
      running -= 1;
      return n * 10;
    });
    expect(peak).toBe(2);
    expect(fulfilledValues(outcomes)).toEqual([50, 10, 40, 20, 30]);
  });

  test('starts nothing after a failure, lets running items finish, and reports the rest as skipped', async () => {
    const started: number[] = [];
    const outcomes = await runLimited([1, 2, 3, 4], 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 1) throw new Error('item 1 failed');
      await tick();
      return n;
    });
    expect(started).toEqual([1, 2]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'skipped', 'skipped']);
    expect(() => fulfilledValues(outcomes)).toThrow('item 1 failed');
  });

  test('an empty list and a limit below one still work', async () => {
    expect(await runLimited([], 4, async () => 1)).toEqual([]);
    expect(fulfilledValues(await runLimited(['a', 'b'], 0, async (s) => s.toUpperCase()))).toEqual([
      'A',
      'B',
    ]);
  });
});
