/**
 * Where an index lives: the URLs for reading (JSON API, simple API), for uploading, and for people.
 * One setting (`pypi` | `testpypi` | a URL) is turned into all of them here, so no other module builds
 * index URLs by hand.
 */
import { ConfigurationError } from '../errors/index.js';
import { basicAuthorization, displayUrl } from '../http/index.js';
import { canonicalizeName } from '../names/index.js';

/** The URLs of one PyPI-compatible index. */
export interface IndexEndpoints {
  /** `pypi`, `testpypi`, or the host (with port) of any other index. */
  name: string;
  /** Warehouse's JSON API root, ending with `/` (`https://pypi.org/pypi/`); undefined when the index has none. */
  jsonApiBase?: string;
  /** The PEP 503 simple root, ending with `/`. */
  simpleUrl: string;
  /** The legacy upload endpoint, ending with `/` (Warehouse answers 308 without it). */
  uploadUrl: string;
  /** A page for people: the project or release page on PyPI/TestPyPI, the simple page elsewhere. */
  projectUrl(name: string, version?: string): string;
  /**
   * User and password given inside the index URL (`https://user:token@host/simple/`, as pip allows).
   * They are taken out of every URL above, so URLs can be logged and shown; send them with
   * `authorizationHeader`.
   */
  credentials?: { username: string; password: string };
}

/** The Basic Authorization header for an index's URL credentials, or undefined when it has none. */
export function authorizationHeader(endpoints: IndexEndpoints): string | undefined {
  const { credentials } = endpoints;
  if (!credentials) return undefined;
  return basicAuthorization(credentials.username, credentials.password);
}

interface WarehouseHost {
  name: 'pypi' | 'testpypi';
  web: string;
  upload: string;
}

// The hosts of the two public Warehouse instances (versions.md §4.5, pypi-publish.md §3.1).
const PYPI: WarehouseHost = {
  name: 'pypi',
  web: 'https://pypi.org/',
  upload: 'https://upload.pypi.org/legacy/',
};
const TESTPYPI: WarehouseHost = {
  name: 'testpypi',
  web: 'https://test.pypi.org/',
  upload: 'https://test.pypi.org/legacy/',
};
const KNOWN_HOSTS: Record<string, WarehouseHost> = {
  'pypi.org': PYPI,
  'www.pypi.org': PYPI,
  'upload.pypi.org': PYPI,
  'test.pypi.org': TESTPYPI,
};

const ACCEPTED_FORMS =
  'write `pypi`, `testpypi`, or the http(s) URL of the index: its base (`https://test.pypi.org/`), ' +
  'its simple URL (`https://host/simple/`) or its upload URL (`https://host/legacy/`)';

/**
 * Resolves an index setting to its endpoints.
 *
 * - `pypi` / `testpypi` (any case) name the public instances; so does any URL on pypi.org,
 *   upload.pypi.org or test.pypi.org, whatever its path.
 * - Any other http(s) URL is read by how its path ends:
 *   - `…/simple/` or `…/simple` is the simple URL; the base is the URL minus `simple/`.
 *   - `…/legacy/` or `…/legacy` is the upload URL; the base is the URL minus `legacy/`.
 *   - `…/+simple/` (devpi) is the simple URL; the base is the URL minus `+simple/`, with no JSON API.
 *   - anything else is the base itself (a trailing `/` is added).
 *   From the base: simple = base + `simple/`, JSON API = base + `pypi/`, upload = base + `legacy/`
 *   (Warehouse's layout). Whether a JSON API really answers there is found out by asking it.
 *
 * Throws ConfigurationError naming the accepted forms for anything else (other schemes, query strings,
 * text that is no URL). User:password in the URL moves to `credentials`.
 */
export function resolveIndex(spec: string): IndexEndpoints {
  const text = spec.trim();
  const keyword = text.toLowerCase();
  if (keyword === 'pypi') return warehouseEndpoints(PYPI);
  if (keyword === 'testpypi') return warehouseEndpoints(TESTPYPI);

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigurationError(
      `Index ${JSON.stringify(spec)} is neither a known index name nor a URL: ${ACCEPTED_FORMS}.`,
    );
  }
  const shown = displayUrl(url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`Index URL ${shown} uses ${url.protocol}; ${ACCEPTED_FORMS}.`);
  }
  if (url.search || url.hash) {
    throw new ConfigurationError(
      `Index URL ${shown} has a query or fragment, which no index needs: ${ACCEPTED_FORMS}.`,
    );
  }
  const known = KNOWN_HOSTS[url.hostname.toLowerCase()];
  if (known && !url.port && url.protocol === 'https:') return warehouseEndpoints(known);

  const credentials =
    url.username || url.password
      ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
      : undefined;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const origin = `${url.protocol}//${url.host}`;
  const name = url.host;
  let basePath: string;
  let jsonApi = true;
  let simplePath: string | undefined;
  if (path.endsWith('/+simple/')) {
    basePath = path.slice(0, -'+simple/'.length);
    simplePath = path;
    jsonApi = false;
  } else if (path.endsWith('/simple/')) {
    basePath = path.slice(0, -'simple/'.length);
  } else if (path.endsWith('/legacy/')) {
    basePath = path.slice(0, -'legacy/'.length);
  } else {
    basePath = path;
  }
  const base = `${origin}${basePath}`;
  const simpleUrl = simplePath ? `${origin}${simplePath}` : `${base}simple/`;
  return {
    name,
    jsonApiBase: jsonApi ? `${base}pypi/` : undefined,
    simpleUrl,
    uploadUrl: jsonApi ? `${base}legacy/` : base,
    projectUrl: (project) => `${simpleUrl}${canonicalizeName(project)}/`,
    ...(credentials ? { credentials } : {}),
  };
}

function warehouseEndpoints(host: WarehouseHost): IndexEndpoints {
  return {
    name: host.name,
    jsonApiBase: `${host.web}pypi/`,
    simpleUrl: `${host.web}simple/`,
    uploadUrl: host.upload,
    projectUrl: (project, version) =>
      `${host.web}project/${canonicalizeName(project)}/${version ? `${encodeURIComponent(version)}/` : ''}`,
  };
}
