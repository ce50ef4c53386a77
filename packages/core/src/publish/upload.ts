/**
 * One file's upload: POST the form to the index, read the answer, and try again when the index says
 * "not now" (429, 5xx) or the connection failed or stalled — never for any other 4xx. Credentials
 * are asked for before each attempt, so a trusted-publishing source can mint a fresh token during a
 * long release. The request goes through node:http(s) with backpressure: the file is read only as fast
 * as the connection takes it, and the reason phrase (Warehouse's message) comes with the answer.
 */
import {
  type ClientRequest,
  Agent as HttpAgent,
  type IncomingMessage,
  request as httpRequest,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { backoffDelay, basicAuthorization, parseRetryAfter, secondsText } from '../http/index.js';
import type { Logger } from '../log/index.js';
import type { CredentialSource } from './credentials.js';
import { BodySourceError, type MultipartBody, RING, type StreamHooks } from './multipart.js';
import { fileProgress, type ProgressOptions, rateText, sizeText } from './progress.js';
import { classifyUpload, type UploadVerdict } from './responses.js';

/** How uploads are sent; every field but `url` has a default. */
export interface UploadTransport {
  /** The upload URL, used exactly as given (as twine does). */
  url: string;
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
  /** Keep-alive connections shared by the uploads of one run (see uploadAgent); default: a fresh one per request. */
  agent?: HttpAgent;
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
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Keep-alive connections for `url`, at most `sockets` at once; destroy() it when the run ends. */
export function uploadAgent(url: string, sockets: number): HttpAgent {
  const options = { keepAlive: true, maxSockets: sockets };
  return new URL(url).protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
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
      if (verdict.kind !== 'retry' || attempt > retries) return { ...verdict, attempts: attempt, uncertain };
      why = verdict.message;
      const asked = parseRetryAfter(outcome.retryAfter);
      if (asked !== undefined) wait = Math.min(asked, transport.maxRetryAfterMs ?? 60_000);
      // A 5xx may come after the index stored the file (a proxy timing out, say).
      uncertain ||= outcome.status >= 500;
    } else {
      uncertain = true;
      why = outcome.failure;
      if (attempt > retries) return { kind: 'retry', message: outcome.failure, attempts: attempt, uncertain };
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
  { verdict: UploadVerdict; status: number; retryAfter: string | null } | { failure: string };

class Stalled extends Error {
  constructor(ms: number) {
    super(`the upload stalled (no progress for ${secondsText(ms)})`);
  }
}

async function attemptUpload(
  request: UploadRequest,
  authorization: string,
  transport: UploadTransport,
  logger: Logger,
): Promise<AttemptOutcome> {
  const url = new URL(transport.url);
  const stallMs = transport.stallTimeoutMs ?? 120_000;
  const progress = fileProgress(logger, request.filename, request.size, transport.progress);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const req = send(url, {
    method: 'POST',
    agent: transport.agent,
    headers: {
      authorization,
      'content-type': request.body.contentType,
      'content-length': String(request.body.length),
      'user-agent': transport.userAgent ?? `otai-release node/${process.versions.node}`,
    },
  });
  // Idle time on the socket, either way: a stalled send and a missing answer both end the attempt.
  let stalled = false;
  req.setTimeout(stallMs, () => {
    stalled = true;
    req.destroy(new Stalled(stallMs));
  });
  const answered = new Promise<{ response: IncomingMessage; body: string }>((resolve, reject) => {
    req.on('response', (response) => {
      const parts: Buffer[] = [];
      response.on('data', (chunk: Buffer) => parts.push(chunk));
      response.on('end', () => resolve({ response, body: Buffer.concat(parts).toString('utf8') }));
      response.on('error', reject);
    });
    req.on('error', reject);
  });
  const writer = writeBody(req, request.body, { onFileBytes: (n) => progress.sent(n) });
  const sent = writer.done;
  try {
    // An index may answer before the body is complete (a refusal from a proxy): the answer decides.
    const { response, body: text } = await Promise.race([answered, sent.then(() => answered)]);
    if (!req.writableFinished) req.destroy();
    writer.stop();
    await sent.catch(() => undefined);
    const verdict = classifyUpload({
      status: response.statusCode ?? 0,
      statusText: response.statusMessage ?? '',
      body: text,
    });
    const { bytes, elapsedMs } = progress.state;
    if (verdict.kind === 'uploaded') {
      logger.debug(`${request.filename}: ${sizeText(request.size)} sent at ${rateText(bytes, elapsedMs)}`);
    }
    const retryAfter = response.headers['retry-after'];
    return {
      verdict,
      status: response.statusCode ?? 0,
      retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
    };
  } catch (error) {
    req.destroy();
    writer.stop();
    await sent.catch(() => undefined);
    answered.catch(() => undefined);
    if (stalled) return { failure: new Stalled(stallMs).message };
    if (error instanceof BodySourceError) throw error;
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ERR_STREAM_DESTROYED' && stalled) return { failure: new Stalled(stallMs).message };
    return { failure: `the connection failed (${e.code ?? e.message ?? String(error)})` };
  }
}

/** A body being written; stop() ends it at once (the attempt is over) and `done` then settles. */
interface BodyWriter {
  done: Promise<void>;
  stop(): void;
}

/**
 * Writes the body with backpressure: a chunk's buffer is reused RING chunks later, so before asking
 * for the next chunk this waits until at most RING - 1 written chunks are still on their way to the
 * kernel (a write's callback says its bytes left the process). Once the attempt is over (an answer, a
 * failure) stop() ends the loop, so it never reads on behind the next attempt.
 */
function writeBody(req: ClientRequest, body: MultipartBody, hooks: StreamHooks): BodyWriter {
  let stopped = false;
  const waiting = new Set<(error: Error) => void>();
  const wait = (start: (resolve: () => void, reject: (error: Error) => void) => void) =>
    new Promise<void>((resolve, reject) => {
      if (stopped) return reject(new Error('the upload attempt is over'));
      waiting.add(reject);
      start(
        () => {
          waiting.delete(reject);
          resolve();
        },
        (error) => {
          waiting.delete(reject);
          reject(error);
        },
      );
    });
  const run = async () => {
    const inFlight: Promise<void>[] = [];
    try {
      for await (const chunk of body.chunks(hooks)) {
        if (stopped || req.destroyed) throw new Error('the upload attempt is over');
        inFlight.push(
          wait((resolve, reject) => req.write(chunk, (error) => (error ? reject(error) : resolve()))),
        );
        while (inFlight.length >= RING) await inFlight.shift();
      }
      await Promise.all(inFlight);
      await wait((resolve) => req.end(resolve));
    } finally {
      // Rejections of writes nobody awaits any more are expected once the attempt is over.
      for (const pending of inFlight) pending.catch(() => undefined);
    }
  };
  const done = run();
  done.catch(() => undefined);
  return {
    done,
    stop() {
      stopped = true;
      for (const reject of [...waiting]) reject(new Error('the upload attempt is over'));
    },
  };
}
