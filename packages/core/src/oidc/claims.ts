/**
 * What a GitHub Actions ID token says about the job, read without verifying it: the index verifies the
 * signature; we only read the claims to explain a refusal (the claims dump) and to tell the user what
 * to enter in PyPI's publisher form.
 */

/** The claims of a GitHub Actions ID token that trusted publishing looks at (all optional when read). */
export interface GitHubClaims {
  sub?: string;
  repository?: string;
  repository_owner?: string;
  repository_owner_id?: string;
  workflow_ref?: string;
  job_workflow_ref?: string;
  ref?: string;
  sha?: string;
  environment?: string;
  event_name?: string;
  jti?: string;
  aud?: string | string[];
  iss?: string;
  exp?: number;
  iat?: number;
  [claim: string]: unknown;
}

/** The claims GHA-PP dumps after a refusal, in its order (reference/pypi-publish.md §1.7). */
export const DUMPED_CLAIMS = [
  'sub',
  'repository',
  'repository_owner',
  'repository_owner_id',
  'workflow_ref',
  'job_workflow_ref',
  'ref',
  'environment',
] as const;

/**
 * The payload of a JWT, decoded from base64url without checking the signature; undefined when the
 * text is not a JWT with a JSON object payload.
 */
export function decodeJwtClaims(jwt: string): GitHubClaims | undefined {
  const parts = jwt.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    // Node's base64url decoder accepts missing padding, which JWTs always leave out.
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
    return payload as GitHubClaims;
  } catch {
    return undefined;
  }
}

/** `  sub: repo:o/r:ref:refs/tags/v1` lines for DUMPED_CLAIMS, `MISSING` for absent ones (as GHA-PP). */
export function claimsDump(claims: GitHubClaims): string {
  return DUMPED_CLAIMS.map((name) => {
    const value = claims[name];
    return `  ${name}: ${value === undefined || value === null || value === '' ? 'MISSING' : String(value)}`;
  }).join('\n');
}

// Warehouse's _WORKFLOW_FILENAME_RE: the last path segment ending in .yml/.yaml that is followed by
// `@`, so filenames or refs containing `@` or `/` are still split where Warehouse splits them.
const WORKFLOW_FILENAME = /([^/]+\.(yml|yaml))(?=@)/;

/** The workflow file name in a `OWNER/REPO/.github/workflows/FILE@REF` claim, as Warehouse extracts it. */
export function workflowFilename(workflowRef: string | undefined): string | undefined {
  return workflowRef?.match(WORKFLOW_FILENAME)?.[1];
}

/** `OWNER/REPO` of a `OWNER/REPO/.github/workflows/FILE@REF` claim. */
export function workflowRepository(workflowRef: string | undefined): string | undefined {
  const match = workflowRef?.match(/^([^/]+\/[^/]+)\/\.github\/workflows\//);
  return match?.[1];
}
