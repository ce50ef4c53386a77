/**
 * Fetching a GitHub Actions ID token (a JWT signed by GitHub that names the job) for an audience, as
 * @actions/core's getIDToken and di/id do (reference/pypi-publish.md §1.4), over the injected HTTP
 * client so tests run against a local token endpoint.
 */
import { ConfigurationError } from '../errors/index.js';
import { displayUrl, type HttpClient } from '../http/index.js';
import type { Env } from './environment.js';

/** What an ID-token request needs. */
export interface IdTokenRequest {
  env: Env;
  audience: string;
  http: HttpClient;
  /** Hides the token in logs before anything else happens to it. */
  mask: (secret: string) => void;
  /** Per attempt (default 30 000, as di/id). */
  timeoutMs?: number;
}

/**
 * A new ID token for `audience`. Every call asks GitHub again: a token is single-use at the index (its
 * `jti` is remembered there), so one is never kept for a second exchange.
 */
export async function requestGitHubIdToken(request: IdTokenRequest): Promise<string> {
  const { env, audience, http, mask } = request;
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  for (const [name, value] of [
    ['ACTIONS_ID_TOKEN_REQUEST_URL', requestUrl],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', requestToken],
  ] as const) {
    if (!value) {
      throw new ConfigurationError(
        `GitHub: missing or insufficient OIDC token permissions, the ${name} environment variable was unset. ` +
          'Give the job `permissions: id-token: write`.',
      );
    }
  }
  mask(requestToken!);
  // The request URL already carries a query (api-version); the audience is one more parameter.
  const url = new URL(requestUrl!);
  url.searchParams.append('audience', audience);
  const response = await http.request(url, {
    headers: { authorization: `bearer ${requestToken}`, accept: 'application/json' },
    timeoutMs: request.timeoutMs ?? 30_000,
  });
  const where = displayUrl(`${url.origin}${url.pathname}`);
  if (!response.ok) {
    const body = (await response.text()).trim().slice(0, 300);
    throw new Error(
      `GitHub: OIDC token request failed (code=${response.status}, body=${body || '(empty)'}) at ${where}. ` +
        'Re-run the job; if it persists, check https://www.githubstatus.com/.',
    );
  }
  let value: unknown;
  try {
    value = (JSON.parse(await response.text()) as { value?: unknown } | null)?.value;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || value === '') {
    throw new Error(`GitHub: malformed or incomplete JSON from the ID-token endpoint ${where}: no "value".`);
  }
  mask(value);
  return value;
}
