/**
 * GitHub's refusals turned into messages that say what to change: a 403 names the permission the
 * job lacks (`contents: write`) and the token that was used, a 404 says the repository is missing or
 * invisible to that token, a 401 that the token was rejected (pain points 7 and 8 of the release
 * actions users replace: "Resource not accessible by integration", a bare "Not Found").
 */
import { ConfigurationError } from '../errors/index.js';
import type { GitHubContext } from './types.js';

/** The parts of an @octokit/request-error RequestError read here (checked by shape, not instanceof). */
export interface ApiFailure {
  status: number;
  message: string;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

/** True for errors thrown by Octokit for an HTTP answer or a failed connection (status 500 then). */
export function isApiFailure(error: unknown): error is ApiFailure {
  return (
    typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number'
  );
}

/** The `errors[].code` values of a 422 Validation Failed answer, with their resource and field. */
export function validationErrors(error: unknown): { resource?: string; code?: string; field?: string }[] {
  if (!isApiFailure(error) || error.status !== 422) return [];
  const data = error.response?.data as { errors?: unknown } | undefined;
  return Array.isArray(data?.errors)
    ? (data.errors as { resource?: string; code?: string; field?: string }[])
    : [];
}

/** True for 422 `already_exists` on `resource` (Release/tag_name, ReleaseAsset/name): another job won a race. */
export function isAlreadyExists(error: unknown, resource: 'Release' | 'ReleaseAsset'): boolean {
  return validationErrors(error).some((e) => e.code === 'already_exists' && e.resource === resource);
}

/** True for 404. */
export function isNotFound(error: unknown): boolean {
  return isApiFailure(error) && error.status === 404;
}

/** True for failures worth another attempt: 5xx answers and dropped connections (Octokit reports those as 500). */
export function isTransient(error: unknown): boolean {
  return isApiFailure(error) && error.status >= 500;
}

function githubMessage(error: ApiFailure): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === 'string' ? data.message : error.message;
}

/**
 * The error to show for a failed call `what` ("create the release for v1.2.0"): a ConfigurationError
 * for what the user can fix (401, 403, 404, a 422 that is not a race), the error itself otherwise.
 */
export function explainFailure(error: unknown, what: string, ctx: GitHubContext): unknown {
  if (!isApiFailure(error)) return error;
  const { owner, repo } = ctx.repository;
  const slug = `${owner}/${repo}`;
  const message = githubMessage(error);
  const header = (name: string) => {
    const value = error.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
  };
  switch (error.status) {
    case 401:
      return new ConfigurationError(
        `GitHub rejected ${ctx.tokenSource} when asked to ${what} in ${slug} (401: ${message}): the token is ` +
          'wrong or expired. Give a valid token, or leave the token unset to use the workflow token.',
      );
    case 403: {
      if (header('x-ratelimit-remaining') === '0') {
        return new Error(
          `GitHub's rate limit for ${ctx.tokenSource} is used up (403 when asked to ${what} in ${slug}: ${message}); ` +
            `it resets at ${new Date(Number(header('x-ratelimit-reset') ?? 0) * 1000).toISOString()}.`,
        );
      }
      const accepted = header('x-accepted-github-permissions');
      return new ConfigurationError(
        `GitHub refused to ${what} in ${slug} (403: ${message}) with ${ctx.tokenSource}. Releases need the ` +
          `contents: write permission${accepted ? ` (GitHub asked for ${accepted})` : ''}: add\n` +
          '  permissions:\n    contents: write\nto the job (or the workflow), or give a token that has it ' +
          '(a fine-grained token: Contents read and write; a classic token: the repo scope).',
      );
    }
    case 404:
      return new ConfigurationError(
        `GitHub answered 404 (${message}) when asked to ${what}: the repository ${slug} does not exist or ` +
          `${ctx.tokenSource} cannot see it. Check GITHUB_REPOSITORY; a private repository needs a token ` +
          'with contents: read, and publishing a release needs contents: write.',
      );
    case 422:
      return new ConfigurationError(
        `GitHub refused to ${what} in ${slug} (422: ${message}${detailText(error)}).` +
          (/immutable/i.test(message)
            ? ' The release is immutable: its assets cannot change. Release a new version instead.'
            : ''),
      );
    default:
      return new Error(`GitHub failed to ${what} in ${slug} (${error.status}: ${message}).`);
  }
}

function detailText(error: ApiFailure): string {
  const details = validationErrors(error).map((e) =>
    [e.resource, e.field, e.code, (e as { message?: string }).message].filter(Boolean).join(' '),
  );
  return details.length > 0 ? `: ${details.join('; ')}` : '';
}

/** Runs a call, turning its failure into an explained error. */
export async function call<T>(ctx: GitHubContext, what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw explainFailure(error, what, ctx);
  }
}

/** Runs a call whose 404 is an answer (no such release, tag or latest release): undefined then. */
export async function callOptional<T>(
  ctx: GitHubContext,
  what: string,
  fn: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw explainFailure(error, what, ctx);
  }
}
