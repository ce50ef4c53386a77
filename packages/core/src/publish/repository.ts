/**
 * The `repository-url` setting: `pypi` and `testpypi` name the public instances; any other URL is the
 * upload endpoint exactly as given, as twine uses it (pypiserver takes uploads at `/`, Nexus and
 * Artifactory at their own paths). The read side (JSON and simple APIs, for skip-existing and
 * dry-run) is derived from it by package-index's resolveIndex.
 */
import { ConfigurationError } from '../errors/index.js';
import { type IndexEndpoints, resolveIndex } from '../package-index/index.js';

/** Where uploads go and where to ask what is there. */
export interface RepositoryTarget {
  uploadUrl: string;
  /** True for pypi.org and test.pypi.org (trusted publishing, attestations and their checks apply). */
  warehouse: boolean;
  index: IndexEndpoints;
}

const ALIASES: Record<string, string> = {
  pypi: 'https://upload.pypi.org/legacy/',
  testpypi: 'https://test.pypi.org/legacy/',
};

/** Resolves `repository-url` (named `setting` in messages: an input or an option). */
export function repositoryEndpoints(value: string, setting = "Input 'repository-url'"): RepositoryTarget {
  const text = value.trim();
  const uploadUrl = ALIASES[text.toLowerCase()] ?? text;
  let url: URL;
  try {
    url = new URL(uploadUrl);
  } catch {
    throw new ConfigurationError(
      `${setting} is '${value}', which is neither pypi, testpypi nor a URL: give the index's upload URL, e.g. https://upload.pypi.org/legacy/.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`${setting} is '${value}': the upload URL must be http(s).`);
  }
  if (url.username || url.password) {
    throw new ConfigurationError(
      `${setting} contains a user name or password: remove them from the URL and pass the token as the password (a secret), with user for the name.`,
    );
  }
  const host = url.hostname.toLowerCase();
  const warehouse = ['upload.pypi.org', 'pypi.org', 'test.pypi.org'].includes(host);
  if (warehouse && url.pathname === '/legacy') {
    throw new ConfigurationError(
      `${setting} is '${value}': Warehouse takes uploads only at /legacy/ with the trailing slash (it answers 308 otherwise); write ${url.origin}/legacy/.`,
    );
  }
  return { uploadUrl, warehouse, index: resolveIndex(uploadUrl) };
}
