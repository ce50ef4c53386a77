/**
 * Checks that need no request: is this a GitHub Actions job that can get an ID token at all, and will
 * the index accept one from this kind of event? Each failure names the cause and the fix, so a job that
 * cannot publish stops before it asks anything of GitHub or the index (reference/pypi-publish.md §1.4,
 * §1.5, §5 items 6 and 10).
 */
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors/index.js';

/** The environment variables trusted publishing reads (the runner's, handed in by main.ts). */
export type Env = Record<string, string | undefined>;

/** The YAML that gives a job its ID token, quoted by the permission diagnostic. */
export const ID_TOKEN_PERMISSION_YAML = `jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      id-token: write   # lets the job ask GitHub for an ID token (trusted publishing)
      contents: read`;

const PERMISSIONS_DOCS =
  'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings';
const TRUSTED_PUBLISHING_DOCS = 'https://docs.pypi.org/trusted-publishers/';

/**
 * Throws a ConfigurationError when trusted publishing cannot work in this job: not on GitHub Actions,
 * not on github.com (GHES, Gitea: issuers PyPI does not trust), a `pull_request_target` event (Warehouse refuses it), a pull request from a fork (GitHub gives forks
 * no ID token), or a job without `id-token: write`. `eventPayload` is the parsed GITHUB_EVENT_PATH file.
 */
export function checkTrustedPublishingEnvironment(env: Env, eventPayload?: unknown): void {
  if (env.GITHUB_ACTIONS !== 'true') {
    throw new ConfigurationError(
      'Trusted publishing needs a GitHub Actions job: GITHUB_ACTIONS is not set, so there is no GitHub ID ' +
        'token to exchange for an upload token. Run the release from a GitHub Actions workflow, or give an ' +
        'API token as the password (username __token__) to publish from here. ' +
        `See ${TRUSTED_PUBLISHING_DOCS}`,
    );
  }
  const server = env.GITHUB_SERVER_URL;
  if (server && hostOf(server) !== 'github.com') {
    throw new ConfigurationError(
      `Trusted publishing from ${server}: PyPI trusts only ID tokens of github.com's GitHub Actions (issuer ` +
        'https://token.actions.githubusercontent.com), so a job on GitHub Enterprise Server, a GHE.com ' +
        'data-residency tenant, Gitea or Forgejo cannot publish this way. Give an API token as the password ' +
        '(username __token__) instead.',
    );
  }
  const event = env.GITHUB_EVENT_NAME;
  if (event === 'pull_request_target') {
    throw new ConfigurationError(
      "Trusted publishing from a 'pull_request_target' event: PyPI refuses it (\"Publishing from a workflow " +
        "invoked via 'pull_request_target' is not supported.\"), because such a workflow runs with the base " +
        'repository’s rights on behalf of anyone who opens a pull request. Publish from a workflow triggered ' +
        'by a tag push (on: push: tags), a release (on: release) or workflow_dispatch instead.',
    );
  }
  if (event === 'pull_request' && isForkPullRequest(eventPayload)) {
    throw new ConfigurationError(
      'Trusted publishing from a pull request opened from a fork: GitHub never gives such a job an ID token, ' +
        'even with `permissions: id-token: write`, so it cannot publish. Publish from a tag push, a release ' +
        'or workflow_dispatch in the base repository instead (and skip the publish step for pull requests, ' +
        "e.g. `if: github.event_name != 'pull_request'`).",
    );
  }
  const missing = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].filter(
    (name) => !env[name],
  );
  if (missing.length > 0) {
    throw new ConfigurationError(
      `OpenID Connect token retrieval failed: GitHub: missing or insufficient OIDC token permissions, the ` +
        `${missing.join(' and ')} environment variable${missing.length > 1 ? 's were' : ' was'} unset.\n` +
        'This job may not ask GitHub for an ID token. Give the publishing job the permission at job level ' +
        '(a workflow-level `permissions:` block is overridden by any job-level one):\n\n' +
        `${ID_TOKEN_PERMISSION_YAML}\n\n` +
        `See ${PERMISSIONS_DOCS}. ` +
        'If you meant to publish with an API token instead, the password secret is empty or missing: check ' +
        'the secret’s name and that it is available to this workflow.',
    );
  }
}

/** True when a `pull_request` event payload says its head repository is a fork. */
export function isForkPullRequest(eventPayload: unknown): boolean {
  const pullRequest = field(eventPayload, 'pull_request');
  const head = field(pullRequest, 'head');
  const repo = field(head, 'repo');
  return field(repo, 'fork') === true;
}

/**
 * The parsed event payload (GITHUB_EVENT_PATH), or undefined when there is none or it cannot be read:
 * the payload only refines a diagnostic, so a missing file must not stop a publish.
 */
export async function readEventPayload(
  env: Env,
  read: (path: string) => Promise<string> = (path) => readFile(path, 'utf8'),
): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    return JSON.parse(await read(path)) as unknown;
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}

function field(value: unknown, name: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<string, unknown>)[name];
}
