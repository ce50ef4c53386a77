/**
 * The HTTP client every action shares: Node's global fetch (undici) plus per-attempt timeouts,
 * retries with backoff that honour Retry-After, and errors that say what happened. Everything that
 * touches time or the network is injectable, so tests run against a real local server without waiting.
 */
import type { Logger } from '../log/index.js';
import { basicAuthorization } from './basic-auth.js';
import { attemptsText, displayUrl, HttpError, type HttpErrorKind, secondsText } from './error.js';
import { backoffDelay, isIdempotent, isRetryableStatus, parseRetryAfter } from './retry.js';

/** How an HttpClient behaves; every field has a default. */
export interface HttpClientOptions {
  /** Per attempt, covering the headers and the whole body (default 30 000). */
  timeoutMs?: number;
  /** Extra attempts after the first for retryable failures (default 3, so 4 attempts in all). */
  retries?: number;
  /** First backoff delay; it doubles on each retry (default 500). */
  backoffMs?: number;
  /** Ceiling for the backoff delay (default 10 000). */
  maxBackoffMs?: number;
  /** Ceiling for a server's Retry-After, so a hostile or confused server cannot stall a job (default 60 000). */
  maxRetryAfterMs?: number;
  /** Sent as User-Agent unless a request sets its own. */
  userAgent?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  logger?: Logger;
}

// lib has no DOM, so fetch's parameter types are taken from Node's global RequestInit.
type BodyInit = NonNullable<RequestInit['body']>;
type HeadersInit = NonNullable<RequestInit['headers']>;
type RequestRedirect = NonNullable<RequestInit['redirect']>;

/** A request body, or a function that makes a fresh one per attempt (so a streamed body can be retried). */
export type RequestBody = BodyInit | (() => BodyInit);

/** One request's settings; `retry` overrides the idempotent-methods-only rule either way. */
export interface RequestOptions {
  method?: string;
  headers?: HeadersInit;
  body?: RequestBody;
  timeoutMs?: number;
  retry?: boolean;
  redirect?: RequestRedirect;
}

/** What getJson returns: 404 is an answer (`body` undefined), not an exception. */
export interface JsonAnswer<T> {
  status: number;
  body?: T;
  response: HttpResponse;
}

/** Options of getJson. */
export interface GetJsonOptions {
  /** Accept header (default `application/json`). */
  accept?: string;
  headers?: HeadersInit;
  timeoutMs?: number;
}

/** A received response with its body already read (bodies are read inside the attempt; see request()). */
export class HttpResponse {
  constructor(
    readonly method: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: Headers,
    /** The final URL, after any redirects. */
    readonly url: string,
    readonly bytes: Uint8Array,
    /** How many attempts it took to get this response. */
    readonly attempts: number,
  ) {}

  /** True for 2xx. */
  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  /** The body decoded as UTF-8. */
  async text(): Promise<string> {
    return new TextDecoder().decode(this.bytes);
  }

  /** The body parsed as JSON; an unparsable body is an HttpError of kind 'body'. */
  async json<T = unknown>(): Promise<T> {
    const text = await this.text();
    try {
      return JSON.parse(text) as T;
    } catch (cause) {
      throw new HttpError(
        `${this.method} ${displayUrl(this.url)} answered ${this.status} with a body that is not JSON: ${snippet(text, 120)}`,
        {
          url: this.url,
          method: this.method,
          kind: 'body',
          attempts: this.attempts,
          status: this.status,
          statusText: this.statusText,
          body: snippet(text),
          cause,
        },
      );
    }
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type AttemptOutcome =
  { response: HttpResponse } | { failure: Exclude<HttpErrorKind, 'status'>; cause: unknown; detail: string };

/** HTTP with timeouts, retries and readable failures; see HttpClientOptions for the knobs. */
export class HttpClient {
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly userAgent: string;
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly logger?: Logger;

  constructor(options: HttpClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = Math.max(0, options.retries ?? 3);
    this.backoffMs = options.backoffMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.userAgent = options.userAgent ?? `otai-release node/${process.versions.node}`;
    this.fetchFn = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? defaultSleep;
    this.logger = options.logger;
  }

  /**
   * Sends a request and returns the response for any status except the retryable ones (429, 5xx),
   * which are retried and, when they persist, thrown as HttpError like network errors and timeouts.
   * Only idempotent methods are retried unless `retry: true`. The body is read within the attempt, so
   * a server that stalls mid-body times out and is retried like one that never answered; this suits
   * API answers and upload responses, which are small.
   */
  async request(url: string | URL, init: RequestOptions = {}): Promise<HttpResponse> {
    const method = (init.method ?? 'GET').toUpperCase();
    const timeoutMs = init.timeoutMs ?? this.timeoutMs;
    // A one-shot stream cannot be sent twice; a body factory can.
    const replayable = typeof init.body === 'function' || !isStream(init.body);
    const retryAllowed = (init.retry ?? isIdempotent(method)) && replayable;
    const maxAttempts = retryAllowed ? this.retries + 1 : 1;
    const headers = new Headers(init.headers);
    if (!headers.has('user-agent')) headers.set('user-agent', this.userAgent);
    const href = moveCredentialsToHeader(new URL(String(url)), headers);

    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(href, method, headers, init, timeoutMs, attempt);
      let retryAfterMs: number | undefined;
      let what: string;
      if ('response' in outcome) {
        const { response } = outcome;
        if (!isRetryableStatus(response.status)) return response;
        what = `answered ${statusLine(response)}`;
        if (attempt >= maxAttempts) {
          const body = snippet(await response.text());
          throw new HttpError(`${method} ${displayUrl(href)} ${what} ${attemptsText(attempt)}`, {
            url: href,
            method,
            kind: 'status',
            attempts: attempt,
            status: response.status,
            statusText: response.statusText,
            body: body || undefined,
          });
        }
        const asked = parseRetryAfter(response.headers.get('retry-after'));
        if (asked !== undefined) retryAfterMs = Math.min(asked, this.maxRetryAfterMs);
      } else {
        what = outcome.detail;
        if (attempt >= maxAttempts) {
          throw new HttpError(`${method} ${displayUrl(href)} ${what} ${attemptsText(attempt)}`, {
            url: href,
            method,
            kind: outcome.failure,
            attempts: attempt,
            cause: outcome.cause,
          });
        }
      }
      const delay = retryAfterMs ?? backoffDelay(attempt, this.backoffMs, this.maxBackoffMs);
      this.logger?.info(
        `${method} ${displayUrl(href)} ${what}; retrying in ${secondsText(delay)} (attempt ${attempt + 1} of ${maxAttempts})`,
      );
      await this.sleep(delay);
    }
  }

  /** GET a JSON document: 2xx gives the parsed body, 404 gives no body, anything else throws HttpError. */
  async getJson<T = unknown>(url: string | URL, options: GetJsonOptions = {}): Promise<JsonAnswer<T>> {
    const headers = new Headers(options.headers);
    headers.set('accept', options.accept ?? 'application/json');
    const response = await this.request(url, { headers, timeoutMs: options.timeoutMs });
    if (response.status === 404) return { status: 404, response };
    if (!response.ok) {
      throw await statusError(response);
    }
    if (response.status === 204 || response.bytes.length === 0) return { status: response.status, response };
    return { status: response.status, body: await response.json<T>(), response };
  }

  private async attempt(
    href: string,
    method: string,
    headers: Headers,
    init: RequestOptions,
    timeoutMs: number,
    attempt: number,
  ): Promise<AttemptOutcome> {
    const body = typeof init.body === 'function' ? init.body() : init.body;
    const started = Date.now();
    try {
      const response = await this.fetchFn(href, {
        method,
        headers,
        body,
        redirect: init.redirect ?? 'follow',
        signal: AbortSignal.timeout(timeoutMs),
        // undici requires this for streamed request bodies.
        ...(isStream(body) ? { duplex: 'half' as const } : {}),
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const result = new HttpResponse(
        method,
        response.status,
        response.statusText,
        response.headers,
        response.url || href,
        bytes,
        attempt,
      );
      this.logger?.debug(
        `${method} ${displayUrl(href)} → ${statusLine(result)} in ${Date.now() - started} ms`,
      );
      return { response: result };
    } catch (error) {
      if (isTimeout(error)) {
        return { failure: 'timeout', cause: error, detail: `timed out after ${secondsText(timeoutMs)}` };
      }
      if (isNetworkError(error)) {
        return { failure: 'network', cause: error, detail: `failed: ${networkDetail(error)}` };
      }
      throw error;
    }
  }
}

// Index URLs like https://user:token@host/simple/ are common in pip configuration, but fetch refuses
// URLs with credentials (and would echo them in its error). Send them as Basic auth, as pip and curl
// do; undici drops the header on a cross-origin redirect.
function moveCredentialsToHeader(url: URL, headers: Headers): string {
  if (!url.username && !url.password) return url.href;
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  if (!headers.has('authorization')) {
    headers.set('authorization', basicAuthorization(user, password));
  }
  url.username = '';
  url.password = '';
  return url.href;
}

/** `503 Service Unavailable`, or just the code when the server sent no reason phrase. */
function statusLine(response: { status: number; statusText: string }): string {
  return response.statusText ? `${response.status} ${response.statusText}` : String(response.status);
}

function snippet(text: string, max = 1000): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed;
}

// Type checks go by tag and name, not instanceof: errors from fetch and bodies built by callers may come
// from another realm (jest's vm contexts), where instanceof fails.
const REPLAYABLE_BODY_TAGS = new Set([
  'Blob',
  'File',
  'FormData',
  'URLSearchParams',
  'ArrayBuffer',
  'SharedArrayBuffer',
]);

function isStream(body: unknown): boolean {
  if (body === null || body === undefined || typeof body !== 'object') return false;
  if (ArrayBuffer.isView(body)) return false;
  return !REPLAYABLE_BODY_TAGS.has(Object.prototype.toString.call(body).slice(8, -1));
}

function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TimeoutError';
}

// undici reports connection failures as TypeError('fetch failed') and a body cut short as
// TypeError('terminated'), each with the socket error as cause. Other TypeErrors (bad URL, bad header)
// are our bugs and must not be retried.
function isNetworkError(error: unknown): error is TypeError {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'TypeError' && (message === 'fetch failed' || message === 'terminated');
}

function networkDetail(error: TypeError): string {
  const cause = error.cause as { code?: string; message?: string } | undefined;
  if (cause?.message) return cause.message;
  if (cause?.code) return cause.code;
  return error.message;
}

/** The HttpError for an answer whose status the caller cannot use (after retries), quoting its body. */
export async function statusError(response: HttpResponse): Promise<HttpError> {
  return new HttpError(
    `${response.method} ${displayUrl(response.url)} answered ${statusLine(response)} ${attemptsText(response.attempts)}`,
    {
      url: response.url,
      method: response.method,
      kind: 'status',
      attempts: response.attempts,
      status: response.status,
      statusText: response.statusText,
      body: snippet(await response.text()) || undefined,
    },
  );
}
