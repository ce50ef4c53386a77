/**
 * Waiting for the index before building images that install from it. Right after an upload PyPI's
 * CDN may still serve a simple page without the new files for minutes (reference: pip #11210,
 * warehouse #11512), and a build that runs `pip install pkg==X` then fails — or, unpinned, bakes the
 * previous release. So every package==version is polled on the simple API (the one pip reads, not
 * the JSON API, which can be ahead of it) until its files are listed, with backoff and a deadline.
 */
import { ConfigurationError } from '../errors/index.js';
import { backoffDelay, displayUrl, type HttpClient, secondsText, statusError } from '../http/index.js';
import type { Logger } from '../log/index.js';
import { canonicalizeName } from '../names/index.js';
import {
  authorizationHeader,
  type IndexEndpoints,
  isFileOfRelease,
  parseSimpleHtml,
  parseSimpleJson,
  SIMPLE_ACCEPT,
  type SimpleFile,
} from '../package-index/index.js';

/** How to wait. */
export interface WaitForIndexOptions {
  endpoints: IndexEndpoints;
  /** Project names (any spelling; compared canonically). */
  projects: readonly string[];
  version: string;
  timeoutMs: number;
  /** First pause between polls; it doubles up to maxDelayMs (defaults 5 s and 60 s). */
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** What waiting needs from outside. */
export interface WaitForIndexDeps {
  http: HttpClient;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  /** Milliseconds since an epoch (Date.now). */
  now: () => number;
}

/** How the wait ended. */
export interface WaitForIndexResult {
  ready: boolean;
  /** Projects whose version is still not listed (empty when ready). */
  missing: string[];
  polls: number;
  waitedMs: number;
  /** The last failure to read a page (the index down), when one happened. */
  lastError?: string;
}

/** Parses a duration: `900` (seconds), `90s`, `20m`, `1h`, `1h30m`. */
export function parseDuration(text: string, what: string): number {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) {
    throw new ConfigurationError(
      `${what} is '${text}', which is not a duration: write e.g. 900 (seconds), 90s, 20m or 1h.`,
    );
  }
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * units[unit!]!, 0);
}

/** Polls until every project lists files of `version`, or the deadline passes. */
export async function waitForIndex(
  options: WaitForIndexOptions,
  deps: WaitForIndexDeps,
): Promise<WaitForIndexResult> {
  const { endpoints, version } = options;
  const first = options.firstDelayMs ?? 5_000;
  const max = options.maxDelayMs ?? 60_000;
  const started = deps.now();
  let pending = [...new Set(options.projects.map(canonicalizeName))];
  let polls = 0;
  let lastError: string | undefined;
  deps.logger.info(
    `Waiting for ${pending.map((p) => `${p}==${version}`).join(', ')} on ${displayUrl(endpoints.simpleUrl)} (at most ${secondsText(options.timeoutMs)}).`,
  );
  for (;;) {
    polls++;
    const answers = await Promise.all(
      pending.map(async (project) => {
        try {
          return {
            project,
            listed: (await simpleFiles(deps.http, endpoints, project)).some((f) =>
              isFileOfRelease(f.filename, project, version),
            ),
          };
        } catch (error) {
          lastError = `${project}: ${(error as Error).message}`;
          return { project, listed: false };
        }
      }),
    );
    const found = answers.filter((a) => a.listed).map((a) => a.project);
    for (const project of found) deps.logger.info(`${project}==${version} is listed on the index.`);
    pending = answers.filter((a) => !a.listed).map((a) => a.project);
    const waited = deps.now() - started;
    if (pending.length === 0) return { ready: true, missing: [], polls, waitedMs: waited, lastError };
    const remaining = options.timeoutMs - waited;
    if (remaining <= 0) return { ready: false, missing: pending, polls, waitedMs: waited, lastError };
    const delay = Math.min(backoffDelay(polls, first, max), remaining);
    deps.logger.info(
      `Not listed yet: ${pending.map((p) => `${p}==${version}`).join(', ')}; asking again in ${secondsText(delay)}.`,
    );
    await deps.sleep(delay);
  }
}

/** The failure message of a wait that timed out: what is missing, where, for how long, and what to do. */
export function waitTimeoutMessage(
  result: WaitForIndexResult,
  version: string,
  endpoints: IndexEndpoints,
): string {
  return (
    `Still not on ${displayUrl(endpoints.simpleUrl)} after ${secondsText(result.waitedMs)} (${result.polls} polls): ` +
    `${result.missing.map((p) => `${p}==${version}`).join(', ')}.` +
    (result.lastError ? ` The last read failed: ${result.lastError}.` : '') +
    ' Check that the publish step uploaded them to this index, raise wait-timeout if the index is slow, ' +
    "or build from this run's wheels with install-from: dist."
  );
}

// pip sends max-age=0 for index pages so that a CDN revalidates instead of serving its cached copy
// (PyPI's simple pages carry max-age=600); the same here, or the poll would see the stale page.
async function simpleFiles(
  http: HttpClient,
  endpoints: IndexEndpoints,
  project: string,
): Promise<SimpleFile[]> {
  const headers = new Headers({ accept: SIMPLE_ACCEPT, 'cache-control': 'max-age=0' });
  const authorization = authorizationHeader(endpoints);
  if (authorization) headers.set('authorization', authorization);
  const response = await http.request(`${endpoints.simpleUrl}${canonicalizeName(project)}/`, { headers });
  if (response.status === 404) return [];
  if (!response.ok) throw await statusError(response);
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if (/^application\/(vnd\.pypi\.simple\.(v1|latest)\+)?json\b/.test(type)) {
    return parseSimpleJson(await response.json(), response.url).files;
  }
  return parseSimpleHtml(await response.text(), response.url);
}
