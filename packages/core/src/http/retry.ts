/**
 * When to try an HTTP request again and how long to wait first. Pure functions, so the policy can be
 * tested without a server and the client stays about moving bytes.
 */

// RFC 9110 §9.2.2: repeating these cannot change the outcome, so a retry after a lost answer is safe.
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/** True for methods that may be sent twice without harm (RFC 9110 idempotent methods). */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** True for statuses that say "not now" rather than "never": 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds (RFC 9110 §10.2.3: delay-seconds or an
 * HTTP-date), or undefined when the header is absent or unreadable. A date in the past means 0.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Date.parse is lenient ('-5' is a year); an HTTP-date always spells out the day and month.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Exponential backoff before attempt `attempt + 1` (attempt counts from 1): base, 2×base, 4×base, …,
 * never above `max`. No jitter: a release job is one client, not a herd, and fixed delays keep logs
 * and tests predictable.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
