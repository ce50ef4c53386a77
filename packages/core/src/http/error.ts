/**
 * The one error an HTTP exchange ends with when it did not get a usable answer: no connection, a
 * timeout, a server that kept failing (429/5xx) after the retries, or a body that could not be read.
 * Callers decide whether that is fatal (a required check) or only worth a warning (best effort).
 */

/** What went wrong, for callers that branch on it without parsing the message. */
export type HttpErrorKind = 'network' | 'timeout' | 'status' | 'body';

/** The facts an HttpError carries. */
export interface HttpErrorDetails {
  url: string;
  method: string;
  kind: HttpErrorKind;
  attempts: number;
  status?: number;
  statusText?: string;
  /** The start of the last response body, when there was one (Warehouse repeats its message there). */
  body?: string;
  cause?: unknown;
}

/** A failed HTTP exchange; the message names the method, URL, what happened and the attempt count. */
export class HttpError extends Error {
  readonly url: string;
  readonly method: string;
  readonly kind: HttpErrorKind;
  readonly attempts: number;
  readonly status?: number;
  readonly statusText?: string;
  readonly body?: string;

  constructor(message: string, details: HttpErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'HttpError';
    this.url = details.url;
    this.method = details.method;
    this.kind = details.kind;
    this.attempts = details.attempts;
    this.status = details.status;
    this.statusText = details.statusText;
    this.body = details.body;
  }
}

/** True when `error` is an HttpError. */
export function isHttpError(error: unknown): error is HttpError {
  return error instanceof HttpError;
}

/** The URL without user:password, so a credential embedded in an index URL never reaches a log line. */
export function displayUrl(url: string | URL): string {
  try {
    const parsed = new URL(String(url));
    if (!parsed.username && !parsed.password) return parsed.href;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return String(url);
  }
}

/** `(1 attempt)` / `(3 attempts)`. */
export function attemptsText(attempts: number): string {
  return `(${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`;
}

/** `30 s`, `0.25 s`: durations as people read them in a log. */
export function secondsText(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
