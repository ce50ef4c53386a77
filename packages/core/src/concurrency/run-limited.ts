/**
 * A promise pool: async work on many items, a few at a time. Builds and distribution reads both run
 * through it; CPU-bound work that needs threads goes to worker pools instead (distfiles/archive/
 * digest-pool.ts for check-dist, hashing/digest-workers.ts for uploads).
 */

/** How one item ended; `skipped` when it never started because an earlier item had failed. */
export type LimitedOutcome<R> = PromiseSettledResult<R> | { status: 'skipped' };

/**
 * Runs `fn` on every item, at most `limit` at once, and never rejects: each item's outcome is in its
 * place. After a failure no further item starts (those already running finish), so one broken
 * input does not cost the time of all the others.
 */
export async function runLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<LimitedOutcome<R>[]> {
  const outcomes: LimitedOutcome<R>[] = items.map(() => ({ status: 'skipped' }));
  let next = 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next < items.length) {
      const index = next++;
      try {
        outcomes[index] = { status: 'fulfilled', value: await fn(items[index]!) };
      } catch (reason) {
        outcomes[index] = { status: 'rejected', reason };
        stopped = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return outcomes;
}

/** The values of `outcomes`, all fulfilled; otherwise throws the first failure, in item order. */
export function fulfilledValues<R>(outcomes: readonly LimitedOutcome<R>[]): R[] {
  const failed = outcomes.find((o) => o.status === 'rejected');
  if (failed) throw failed.reason;
  return outcomes.map((o) => (o as PromiseFulfilledResult<R>).value);
}
