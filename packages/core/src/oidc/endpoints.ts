/**
 * Where trusted publishing talks to: the index's OIDC endpoints, derived from the upload URL's host as
 * GHA-PP and twine derive them (reference/pypi-publish.md §1.2), and the pages of PyPI's publisher form.
 */
import { ConfigurationError } from '../errors/index.js';

/** The URLs of one index's trusted-publishing exchange. */
export interface OidcEndpoints {
  /** `https://{netloc}/_/oidc/audience`. */
  audienceUrl: string;
  /** `https://{netloc}/_/oidc/mint-token`. */
  mintUrl: string;
  /** The index's host as messages name it (`upload.pypi.org`). */
  domain: string;
}

/** Which public index an upload URL belongs to; undefined for any other index. */
export type PublicIndex = 'pypi' | 'testpypi';

/**
 * The OIDC endpoints for an upload URL: only its host counts, the scheme is always https and the path
 * (`/legacy/`) is dropped. `oidcBaseUrl` replaces that derivation (a Warehouse on another host, tests).
 */
export function oidcEndpoints(uploadUrl: string, oidcBaseUrl?: string): OidcEndpoints {
  const upload = parseUrl(uploadUrl, 'repository-url');
  const base =
    oidcBaseUrl === undefined ? new URL(`https://${upload.host}/`) : parseUrl(oidcBaseUrl, 'oidc-base-url');
  return {
    audienceUrl: new URL('_/oidc/audience', withSlash(base)).href,
    mintUrl: new URL('_/oidc/mint-token', withSlash(base)).href,
    domain: base.host,
  };
}

/** `pypi` for pypi.org and upload.pypi.org, `testpypi` for test.pypi.org, else undefined. */
export function publicIndex(uploadUrl: string): PublicIndex | undefined {
  let host: string;
  try {
    host = new URL(uploadUrl).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (host === 'pypi.org' || host === 'upload.pypi.org' || host === 'www.pypi.org') return 'pypi';
  if (host === 'test.pypi.org' || host === 'upload.test.pypi.org') return 'testpypi';
  return undefined;
}

/** The site whose web pages hold the publisher form: https://pypi.org, https://test.pypi.org, or the index's origin. */
export function indexSite(uploadUrl: string): string {
  const index = publicIndex(uploadUrl);
  if (index === 'pypi') return 'https://pypi.org';
  if (index === 'testpypi') return 'https://test.pypi.org';
  return new URL(uploadUrl).origin;
}

/** The project's trusted-publisher settings page (`/manage/project/<name>/settings/publishing/`). */
export function publisherSettingsUrl(uploadUrl: string, project: string): string {
  return `${indexSite(uploadUrl)}/manage/project/${encodeURIComponent(project)}/settings/publishing/`;
}

/** The page for a pending publisher, which creates a project on its first upload. */
export function pendingPublisherUrl(uploadUrl: string): string {
  return `${indexSite(uploadUrl)}/manage/account/publishing/`;
}

function parseUrl(text: string, input: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new ConfigurationError(
      `${input}: '${text}' is not a URL. Give the index's full upload URL, e.g. https://upload.pypi.org/legacy/.`,
    );
  }
}

function withSlash(url: URL): string {
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
