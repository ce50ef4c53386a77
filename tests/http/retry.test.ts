import { describe, expect, it } from '@jest/globals';
import {
  backoffDelay,
  displayUrl,
  isIdempotent,
  isRetryableStatus,
  parseRetryAfter,
  secondsText,
} from '@otai-release/core/http';

describe('retry policy', () => {
  it('knows the idempotent methods', () => {
    expect(['GET', 'head', 'PUT', 'DELETE', 'OPTIONS'].every(isIdempotent)).toBe(true);
    expect(isIdempotent('POST')).toBe(false);
    expect(isIdempotent('PATCH')).toBe(false);
  });

  it('retries 429 and 5xx only', () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 301, 400, 401, 403, 404, 406, 409].some(isRetryableStatus)).toBe(false);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });

  it('doubles the backoff up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, 500, 3000))).toEqual([500, 1000, 2000, 3000, 3000]);
  });

  it('formats URLs and durations for messages', () => {
    expect(displayUrl('https://user:pw@example.org/simple/')).toBe('https://example.org/simple/');
    expect(displayUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(secondsText(30_000)).toBe('30 s');
    expect(secondsText(250)).toBe('0.25 s');
  });
});
