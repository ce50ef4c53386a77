/**
 * The Octokit options every entry point uses with @actions/github's getOctokit and the retry and
 * throttling plugins: the API base URL (GITHUB_API_URL, so GitHub Enterprise Server works), rate-limit
 * handlers that wait and retry a bounded number of times, and log lines through our Logger.
 */
import type { Logger } from '../log/index.js';

/** The public API's base URL, used when GITHUB_API_URL is unset (outside a runner). */
export const DEFAULT_API_URL = 'https://api.github.com';

/** Retries on a primary or secondary rate limit before giving up. */
const RATE_LIMIT_RETRIES = 2;

/** Options for getOctokit(token, options, retry, throttling). */
export function githubClientOptions(apiUrl: string | undefined, logger: Logger) {
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const wait = retryCount < RATE_LIMIT_RETRIES;
      logger.warning(
        `GitHub's ${kind} rate limit hit on ${options.method} ${options.url}; ` +
          (wait ? `retrying in ${retryAfter} s.` : 'giving up.'),
      );
      return wait;
    };
  return {
    baseUrl: (apiUrl || DEFAULT_API_URL).replace(/\/+$/, ''),
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.warning(m),
      error: (m: string) => logger.debug(m),
    },
  };
}
