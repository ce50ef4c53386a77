/**
 * The messages of trusted publishing's failures and warnings, each with its fix. GHA-PP's wording is
 * kept where users search for it (reference/pypi-publish.md §1.3, §1.6, §1.7, §7); the hints per error
 * code, the publisher-form values and the reusable-workflow analysis are ours.
 */
import { type GitHubClaims, claimsDump, workflowFilename, workflowRepository } from './claims.js';
import { pendingPublisherUrl, publisherSettingsUrl } from './endpoints.js';

/** One entry of Warehouse's 422 `errors` list. */
export interface MintError {
  code: string;
  description: string;
}

/** The values PyPI's "Add a new publisher → GitHub" form needs for this job to match. */
export interface PublisherFormValues {
  owner?: string;
  repositoryName?: string;
  workflowName?: string;
  /** undefined: the job runs in no environment, so the publisher's must be left empty. */
  environmentName?: string;
}

/** What a refusal message is built from. */
export interface MintRefusal {
  errors: MintError[];
  claims?: GitHubClaims;
  uploadUrl: string;
  /** Project names being published, for the settings links (a placeholder is shown without them). */
  projects?: string[];
  /** Add the "password secret is empty" hint to invalid-publisher (default true; see emptyPasswordHint). */
  passwordHint?: boolean;
}

/** PyPI's troubleshooting page for trusted publishing. */
export const TROUBLESHOOTING_DOCS = 'https://docs.pypi.org/trusted-publishers/troubleshooting/';
/** PyPI's page on adding a trusted publisher. */
export const ADDING_PUBLISHER_DOCS = 'https://docs.pypi.org/trusted-publishers/adding-a-publisher/';
/** The status page to check when PyPI answers oddly. */
export const STATUS_PAGE = 'https://status.python.org/';

/**
 * Why trusted publishing can run when the user meant a token: an empty `password` means trusted
 * publishing, and a secret that is misspelt or not available to the workflow is empty (GHA-PP #138,
 * #259). The action cannot see the expression the input came from, so it says this on refusals.
 */
export function emptyPasswordHint(): string {
  return (
    'Trusted publishing was used because no password (API token) was given. If you meant to use an API ' +
    'token, the password secret is empty or missing: a misspelt secret name, a secret of another ' +
    'environment, or a secret not passed to a reusable workflow (secrets: inherit) all read as empty.'
  );
}

/** The form values that make PyPI's publisher match this job's claims (Warehouse's lookup_by_claims). */
export function publisherFormValues(claims: GitHubClaims): PublisherFormValues {
  const repository = claims.repository;
  const slash = repository?.indexOf('/') ?? -1;
  return {
    owner: claims.repository_owner ?? (slash > 0 ? repository!.slice(0, slash) : undefined),
    repositoryName: slash > 0 ? repository!.slice(slash + 1) : undefined,
    // PyPI matches the file of job_workflow_ref: the workflow that runs this step, which in a reusable
    // workflow is the called file, not the caller (workflow_ref).
    workflowName: workflowFilename(claims.job_workflow_ref),
    environmentName: claims.environment || undefined,
  };
}

/** The publisher-form section of a refusal: the links and the exact values to enter. */
export function publisherFormText(claims: GitHubClaims, uploadUrl: string, projects: string[] = []): string {
  const values = publisherFormValues(claims);
  const names = projects.length > 0 ? projects : ['<project-name>'];
  const links = names.map((name) => `  ${publisherSettingsUrl(uploadUrl, name)}`).join('\n');
  const environment = values.environmentName
    ? `${values.environmentName}   (or leave it empty to accept any environment of this repository)`
    : '(leave empty: this job runs in no GitHub environment)';
  const lines = [
    'For this job to publish, the trusted publisher on the project’s publishing settings page',
    links,
    `(for a project that does not exist yet: a pending publisher at ${pendingPublisherUrl(uploadUrl)})`,
    'must say, under "GitHub":',
    `  Owner: ${values.owner ?? 'MISSING'}`,
    `  Repository name: ${values.repositoryName ?? 'MISSING'}`,
    `  Workflow name: ${values.workflowName ?? 'MISSING'}`,
    `  Environment name: ${environment}`,
    'Check that these are the repository and workflow you mean to publish from before entering them. ' +
      `See ${ADDING_PUBLISHER_DOCS}`,
  ];
  const crossRepository = crossRepositoryWorkflow(claims);
  if (crossRepository) lines.push(crossRepository);
  return lines.join('\n');
}

/** What to do about one Warehouse error code, or undefined for codes we do not know. */
export function mintErrorHint(code: string, uploadUrl: string, projects: string[] = []): string | undefined {
  const settings = publisherSettingsUrl(uploadUrl, projects[0] ?? '<project-name>');
  switch (code) {
    case 'invalid-publisher':
      return (
        'The index has no trusted publisher matching this job. Usual causes: the workflow file was renamed, ' +
        'the environment name differs, the repository was renamed or moved to another owner, or the ' +
        'publisher was added on PyPI but the upload goes to TestPyPI (or the other way round: they are ' +
        'separate sites). Compare the publisher with the values below.'
      );
    case 'invalid-pending-publisher':
      return (
        'A pending publisher matched, but a project of that name already exists on the index, so the pending ' +
        `publisher was dropped. Add the publisher to the existing project instead: ${settings}`
      );
    case 'invalid-token':
      return (
        'The index could not verify the GitHub ID token (signature, audience or expiry). It is fetched ' +
        'right before the exchange, so this usually means the token was requested for another index (check ' +
        'repository-url) or the runner’s clock is far off. Re-run the job; if it persists, check ' +
        `${STATUS_PAGE}.`
      );
    case 'invalid-reuse-token':
      return (
        'This GitHub ID token was already exchanged: tokens are single-use, and a fresh one is fetched for ' +
        'every exchange, so another process used it first or an earlier answer was lost on the way. ' +
        'Re-run the job.'
      );
    case 'not-enabled':
      return (
        'The index has switched trusted publishing off (PyPI does so during incidents). Check ' +
        `${STATUS_PAGE} and publish later, or publish with an API token as the password.`
      );
    case 'invalid-payload':
      return (
        'The index could not read the exchange request: the ID token is malformed or from an issuer it ' +
        'does not trust. Only GitHub-hosted GitHub Actions tokens (issuer ' +
        'https://token.actions.githubusercontent.com) are accepted; GitHub Enterprise Server, Gitea and act ' +
        'runners need an API token instead.'
      );
    default:
      return undefined;
  }
}

/**
 * The message for a 422 from the mint endpoint: each `code`: description with its hint, the claims
 * dump, and the values for PyPI's publisher form.
 */
export function mintRefusedMessage(refusal: MintRefusal): string {
  const projects = refusal.projects ?? [];
  const bullets = refusal.errors.map((error) => {
    const hint = mintErrorHint(error.code, refusal.uploadUrl, projects);
    return `* \`${error.code}\`: ${error.description}${hint ? `\n  ${hint}` : ''}`;
  });
  const parts = [
    'Trusted publishing exchange failure: Token request failed: the server refused the request for the ' +
      'following reasons:',
    bullets.join('\n'),
    'This generally indicates a trusted publisher configuration error, but could also indicate an internal ' +
      'error on GitHub or PyPI’s part.',
  ];
  if (refusal.claims) {
    parts.push(
      `The claims of this job’s ID token, for debugging (${TROUBLESHOOTING_DOCS}):\n${claimsDump(refusal.claims)}`,
    );
    parts.push(publisherFormText(refusal.claims, refusal.uploadUrl, projects));
  }
  if ((refusal.passwordHint ?? true) && refusal.errors.some((e) => e.code === 'invalid-publisher')) {
    parts.push(emptyPasswordHint());
  }
  return parts.join('\n\n');
}

/**
 * The warning for a job in a reusable workflow (job_workflow_ref ≠ workflow_ref), or undefined: PyPI
 * matches the publisher against job_workflow_ref's file, so users who configured the caller's file
 * get invalid-publisher (GHA-PP #166), and attestations fail the same way (#283).
 */
export function reusableWorkflowWarning(claims: GitHubClaims): string | undefined {
  const { workflow_ref: workflowRef, job_workflow_ref: jobWorkflowRef } = claims;
  if (!workflowRef || !jobWorkflowRef || workflowRef === jobWorkflowRef) return undefined;
  const file = workflowFilename(jobWorkflowRef) ?? jobWorkflowRef;
  const caller = workflowFilename(workflowRef) ?? workflowRef;
  const lines = [
    'Potential workflow misconfiguration: this job runs in a reusable workflow.',
    `  workflow_ref (the calling workflow): ${workflowRef}`,
    `  job_workflow_ref (the workflow running this step): ${jobWorkflowRef}`,
    `PyPI matches the trusted publisher against job_workflow_ref, so its "Workflow name" must be ${file}, ` +
      `not the caller's ${caller}. Reusable workflows are not officially supported by PyPI's trusted ` +
      `publishing and may break: https://docs.pypi.org/trusted-publishers/troubleshooting/#reusable-workflows-on-github`,
  ];
  const crossRepository = crossRepositoryWorkflow(claims);
  if (crossRepository) lines.push(crossRepository);
  return lines.join('\n');
}

/**
 * The note for a step that runs in a workflow file of another repository (a shared reusable workflow):
 * Warehouse expects job_workflow_ref to start with the publishing repository, so nothing can match.
 */
function crossRepositoryWorkflow(claims: GitHubClaims): string | undefined {
  const workflowRepo = workflowRepository(claims.job_workflow_ref);
  if (!workflowRepo || !claims.repository) return undefined;
  if (workflowRepo.toLowerCase() === claims.repository.toLowerCase()) return undefined;
  return (
    `The workflow running this step lives in another repository (${workflowRepo}), and PyPI only matches ` +
    `workflow files of the publishing repository (${claims.repository}), so no publisher can match it. ` +
    `Run the publish step in a job of a workflow file in ${claims.repository}, or publish with an API token.`
  );
}

/** The failure text for an audience answer other than 200 (GHA-PP's wording, then the fix). */
export function audienceFailureMessage(domain: string, status: number, statusText: string): string {
  if (status === 403) {
    return (
      `audience retrieval failed: repository at ${domain} has trusted publishing disabled. The index has ` +
      `switched it off (PyPI does so during incidents: ${STATUS_PAGE}); publish later or with an API token.`
    );
  }
  if (status === 404) {
    return (
      `audience retrieval failed: repository at ${domain} does not indicate trusted publishing support. ` +
      'Only PyPI, TestPyPI and other Warehouse deployments offer trusted publishing: check repository-url, ' +
      'or give an API token as the password for this index.'
    );
  }
  return `audience retrieval failed: repository at ${domain} responded with unexpected ${status}: ${statusText}`;
}

/** The failure text for a mint answer that is not JSON (an outage page, a proxy). */
export function unexpectedMintResponseMessage(status: number): string {
  return (
    `Token request failed: the index produced an unexpected ${status} response. This strongly suggests a ` +
    `server configuration or downtime issue; wait a few minutes and try again. Check ${STATUS_PAGE}.`
  );
}

/** What an upload's authentication refusal means, and its fix, for a token or a minted one. */
export interface AuthFailure {
  status: number;
  /** The index's message (reason phrase or body). */
  message: string;
  credentialKind: 'token' | 'trusted-publishing';
  project?: string;
  uploadUrl: string;
}

/**
 * The fix for an upload refused with 403 (reference/pypi-publish.md §6 "Auth and permissions"), or
 * undefined when the status is not an authentication refusal.
 */
export function uploadAuthFailureHint(failure: AuthFailure): string | undefined {
  if (failure.status !== 403) return undefined;
  const text = failure.message.toLowerCase();
  const settings = publisherSettingsUrl(failure.uploadUrl, failure.project ?? '<project-name>');
  if (text.includes("isn't allowed to upload to project")) {
    return failure.credentialKind === 'trusted-publishing'
      ? `The trusted publisher that minted this token is not registered for project '${failure.project ?? '?'}'. ` +
          `Add the publisher to that project too: ${settings}`
      : 'This API token is scoped to other projects: create a token for this project (or an account-wide one).';
  }
  if (text.includes('invalid or non-existent authentication')) {
    return failure.credentialKind === 'trusted-publishing'
      ? 'The index no longer accepts the minted token (it expired or was revoked); it is re-minted when under ' +
          '5 minutes remain, so re-run the job, and check the runner’s clock if it happens again.'
      : 'The API token was refused. Check that the secret holds the whole token (it starts with `pypi-`) with ' +
          'no spaces or newline around it, that the username is __token__, and that the token was created on ' +
          'this index: PyPI and TestPyPI tokens are not interchangeable.';
  }
  return undefined;
}
