/**
 * One file's upload: POST the form to the index, read the answer, and try again when the index says
 * "not now" (429, 5xx) or the connection failed — never for any other 4xx. Credentials are asked for
 * before each attempt, so a trusted-publishing source can mint a fresh token during a long release.
 */
import { basicAuthorization, backoffDelay, parseRetryAfter, secondsText } from '../http/index.js';
import type { Logger } from '../log/index.js';
import type { CredentialSource } from './credentials.js';
import type { MultipartBody } from './multipart.js';
import { fileProgress, type ProgressOptions, rateText, sizeText } from './progress.js';
import { classifyUpload, type UploadVerdict } from './responses.js';

/** How uploads are sent; every field but `url` has a default. */
export interface UploadTransport {
  /** The upload URL, used exactly as given (as twine does). */
  url: string;
  fetch?: typeof fetch;
  userAgent?: string;
  /** Extra attempts after the first for 429, 5xx and dropped connections (default 5, as twine). */
  retries?: number;
  /** First backoff delay (default 1000); doubles per retry, with jitter. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Ceiling for the index's Retry-After (default 60 000). */
  maxRetryAfterMs?: number;
  /** An attempt with no bytes moving for this long (sending, or waiting for the answer) is abandoned (default 120 000). */
  stallTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1) (default Math.random). */
  random?: () => number;
  progress?: ProgressOptions;
}

/** The file being sent. */
export interface UploadRequest {
  filename: string;
  size: number;
  body: MultipartBody;
}

/** How the upload ended, with the attempts it took. */
export type UploadResult = UploadVerdict & {
  attempts: number;
  /** True when an earlier attempt may have reached the index without us seeing the answer. */
  uncertain: boolean;
  /** Transfer rate of the last attempt (bytes/s), for the log. */
  bytesPerSecond?: number;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Stalled extends Error {
  constructor(readonly ms: number) {
    super(`no progress for ${secondsText(ms)}`);
  }
}

/** Uploads one file; returns how it ended (it throws only for our own bugs). */
export async function uploadFile(
  request: UploadRequest,
  credentials: CredentialSource,
  transport: UploadTransport,
  logger: Logger,
): Promise<UploadResult> {
  const retries = transport.retries ?? 5;
  const sleep = transport.sleep ?? defaultSleep;
  const random = transport.random ?? Math.random;
  let uncertain = false;
  let reauthenticated = false;
  for (let attempt = 1; ; attempt++) {
    const creds = await credentials.get();
    const outcome = await attemptUpload(
      request,
      basicAuthorization(creds.username, creds.password),
      transport,
      logger,
    );
    let wait: number | undefined;
    let why: string;
    if ('verdict' in outcome) {
      const { verdict } = outcome;
      if (
        verdict.kind === 'refused' &&
        verdict.auth &&
        credentials.kind === 'trusted-publishing' &&
        !reauthenticated
      ) {
        // A minted token can expire between get() and the index checking it; one fresh token settles it.
        reauthenticated = true;
        logger.info(
          `${request.filename}: the index refused the trusted-publishing token (${verdict.message}); trying once more with a fresh one.`,
        );
        attempt--;
        continue;
      }
      if (verdict.kind !== 'retry' || attempt > retries) {
        return { ...verdict, attempts: attempt, uncertain, bytesPerSecond: outcome.bytesPerSecond };
      }
      why = verdict.message;
      const asked = parseRetryAfter(outcome.retryAfter);
      if (asked !== undefined) wait = Math.min(asked, transport.maxRetryAfterMs ?? 60_000);
      // A 5xx may come after the index stored the file (a proxy timing out, say).
      uncertain ||= outcome.status >= 500;
    } else {
      uncertain = true;
      why = outcome.failure;
      if (attempt > retries) {
        return { kind: 'retry', message: outcome.failure, attempts: attempt, uncertain };
      }
    }
    // Jitter: half the backoff fixed, half random, so parallel uploads do not retry in lockstep.
    const base = backoffDelay(attempt, transport.backoffMs ?? 1000, transport.maxBackoffMs ?? 30_000);
    wait ??= Math.round(base / 2 + (base / 2) * random());
    logger.warning(
      `${request.filename}: ${why}; retrying in ${secondsText(wait)} (attempt ${attempt + 1} of ${retries + 1}).`,
    );
    await sleep(wait);
  }
}

type AttemptOutcome =
  | { verdict: UploadVerdict; status: number; retryAfter: string | null; bytesPerSecond?: number }
  | { failure: string };

async function attemptUpload(
  request: UploadRequest,
  authorization: string,
  transport: UploadTransport,
  logger: Logger,
): Promise<AttemptOutcome> {
  const fetchFn = transport.fetch ?? globalThis.fetch;
  const stallMs = transport.stallTimeoutMs ?? 120_000;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Stalled(stallMs)), stallMs);
  };
  const progress = fileProgress(logger, request.filename, request.size, transport.progress);
  arm();
  try {
    const response = await fetchFn(transport.url, {
      method: 'POST',
      headers: {
        authorization,
        'content-type': request.body.contentType,
        'content-length': String(request.body.length),
        'user-agent': transport.userAgent ?? `otai-release node/${process.versions.node}`,
      },
      body: request.body.stream((sent) => {
        progress.sent(sent);
        arm();
      }),
      duplex: 'half',
      // twine never follows redirects (pypi-publish.md §3.1): a redirected POST loses its body.
      redirect: 'manual',
      signal: controller.signal,
    } as RequestInit);
    arm();
    const body = await response.text();
    const { bytes, elapsedMs } = progress.state;
    const bytesPerSecond = elapsedMs > 0 ? (bytes * 1000) / elapsedMs : undefined;
    const verdict = classifyUpload({ status: response.status, statusText: response.statusText, body });
    if (verdict.kind === 'uploaded') {
      logger.debug(`${request.filename}: ${sizeText(request.size)} sent at ${rateText(bytes, elapsedMs)}`);
    }
    return {
      verdict,
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      bytesPerSecond,
    };
  } catch (error) {
    const reason = controller.signal.aborted ? controller.signal.reason : undefined;
    if (reason instanceof Stalled) return { failure: `the upload stalled (${reason.message})` };
    return { failure: `the connection failed (${networkDetail(error)})` };
  } finally {
    clearTimeout(timer);
  }
}

function networkDetail(error: unknown): string {
  const e = error as { message?: string; cause?: { code?: string; message?: string } };
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}
