/**
 * "Is this version already on the index?" — the check before an upload (versions.md §4.6): ask
 * Warehouse's JSON API, fall back to the simple API on indexes without one, and say which files are
 * there so a half-finished release can be completed instead of skipped.
 *
 * PyPI's JSON and simple answers are cached for up to 15 minutes (versions.md §4.1), and a CDN may
 * serve them for longer. So `released` and `partial` are reliable (files do not disappear), while
 * `version-free` and `new-project` may be stale right after an upload: an upload that then fails with
 * "File already exists" should be read as the same fact arriving late, not as a contradiction.
 */
import { ConfigurationError } from '../errors/index.js';
import { type HttpClient, HttpError } from '../http/index.js';
import { canonicalizeName, distFilenamePrefix, isValidName } from '../names/index.js';
import { canonicalizeVersion, normalizeVersion } from '../pep440/index.js';
import { authorizationHeader, type IndexEndpoints } from './endpoints.js';
import { distFileKey, isFileOfRelease, parseDistFilename, sdistFilename } from './filenames.js';
import { latestRelease } from './latest.js';
import { fetchSimpleProject, type SimpleProject } from './simple.js';

/** What the index says about one version of one project. */
export type ReleaseCheck =
  | { state: 'new-project' }
  | { state: 'version-free'; latest?: string }
  | {
      state: 'released';
      files: string[];
      url: string;
      /** Set when the release exists with no files left: PyPI refuses to reuse a deleted file's name. */
      note?: string;
    }
  | { state: 'partial'; files: string[]; missing: string[]; url: string };

/** Options of checkRelease. */
export interface CheckReleaseOptions {
  /**
   * The file names (or paths) we built. With them, `partial` lists exactly those not on the index;
   * without them (before a build), a release lacking an sdist or any wheel is `partial`.
   */
  expectedFiles?: string[];
}

/** The note for a release whose files were all deleted. */
export const DELETED_FILES_NOTE =
  'The release exists but has no files: they were deleted. PyPI refuses to accept a file name that was ' +
  'used before, even after deletion, so this version cannot be uploaded again; release a new version.';

interface WarehouseFile {
  filename?: string;
  yanked?: boolean;
}

interface WarehouseDocument {
  info?: { name?: string; version?: string };
  urls?: WarehouseFile[];
  releases?: Record<string, WarehouseFile[]>;
}

type JsonApiAnswer = { found: WarehouseDocument } | { absent: true } | { unusable: true };

/**
 * Checks `project` at `version` on the index (see ReleaseCheck). The name is canonicalised and the
 * version matched as PyPI does (canonical form, so `1.0` on the index is our `1.0.0`). An unreachable
 * index or a persistent 5xx throws HttpError; callers decide whether the check was required. An
 * invalid name or version throws ConfigurationError.
 */
export async function checkRelease(
  http: HttpClient,
  endpoints: IndexEndpoints,
  project: string,
  version: string,
  options: CheckReleaseOptions = {},
): Promise<ReleaseCheck> {
  if (!isValidName(project)) {
    throw new ConfigurationError(
      `${JSON.stringify(project)} is not a valid project name: use ASCII letters, digits, ".", "_" and "-", starting and ending with a letter or digit.`,
    );
  }
  const normalized = normalizeVersion(version);
  const name = canonicalizeName(project);
  const release = { project, normalized, endpoints, expectedFiles: options.expectedFiles };

  if (endpoints.jsonApiBase) {
    const answer = await getWarehouseJson(
      http,
      endpoints,
      `${endpoints.jsonApiBase}${name}/${encodeURIComponent(normalized)}/json`,
    );
    if ('found' in answer) {
      const files = (answer.found.urls ?? []).map((f) => f.filename).filter(isString);
      return classify(release, files, answer.found.info?.version);
    }
    if ('absent' in answer) {
      const projectAnswer = await getWarehouseJson(http, endpoints, `${endpoints.jsonApiBase}${name}/json`);
      if ('found' in projectAnswer) {
        // `releases` is deprecated but still sent; it catches a release the exact-string rule hid from
        // the release route (several old releases sharing one canonical form).
        const wanted = canonicalizeVersion(normalized);
        for (const [indexVersion, files] of Object.entries(projectAnswer.found.releases ?? {})) {
          if (canonicalizeVersion(indexVersion) === wanted) {
            return classify(release, files.map((f) => f.filename).filter(isString), indexVersion);
          }
        }
        return { state: 'version-free', latest: projectAnswer.found.info?.version };
      }
    }
  }

  // No JSON API answered for this project (pypiserver, devpi, or a Warehouse project without any
  // visible release): the simple API's file list decides.
  const simple = await fetchSimpleProject(http, endpoints, project);
  if (!simple) return { state: 'new-project' };
  const files = simple.files
    .filter((f) => isFileOfRelease(f.filename, project, normalized))
    .map((f) => f.filename);
  const wanted = canonicalizeVersion(normalized);
  if (files.length > 0 || simple.versions?.some((v) => canonicalizeVersion(v) === wanted)) {
    return classify(release, files);
  }
  return { state: 'version-free', latest: latestFromSimple(simple, project) };
}

interface ReleaseContext {
  project: string;
  normalized: string;
  endpoints: IndexEndpoints;
  expectedFiles?: string[];
}

function classify(context: ReleaseContext, files: string[], indexVersion?: string): ReleaseCheck {
  const { project, normalized, endpoints, expectedFiles } = context;
  const url = endpoints.projectUrl(project, indexVersion ?? normalized);
  if (files.length === 0) return { state: 'released', files, url, note: DELETED_FILES_NOTE };

  let missing: string[];
  if (expectedFiles) {
    const present = new Set(files.map((f) => distFileKey(f, project)));
    missing = expectedFiles.map(basename).filter((f) => !present.has(distFileKey(f, project)));
  } else {
    const kinds = new Set(files.map((f) => parseDistFilename(f, project)?.kind));
    missing = [];
    if (!kinds.has('sdist')) missing.push(sdistFilename(project, normalized));
    if (!kinds.has('wheel')) missing.push(`a wheel (\`${distFilenamePrefix(project)}-${normalized}-*.whl\`)`);
  }
  return missing.length > 0 ? { state: 'partial', files, missing, url } : { state: 'released', files, url };
}

async function getWarehouseJson(
  http: HttpClient,
  endpoints: IndexEndpoints,
  url: string,
): Promise<JsonApiAnswer> {
  const headers = new Headers({ accept: 'application/json' });
  const authorization = authorizationHeader(endpoints);
  if (authorization) headers.set('authorization', authorization);
  const response = await http.request(url, { headers });
  if (response.status === 404) return { absent: true };
  // Not Warehouse: some servers answer unknown paths with an HTML page, a login redirect or 405.
  if (!response.ok || !/\bjson\b/i.test(response.headers.get('content-type') ?? ''))
    return { unusable: true };
  try {
    const body = await response.json<WarehouseDocument>();
    return body && typeof body === 'object' && body.info ? { found: body } : { unusable: true };
  } catch (error) {
    if (error instanceof HttpError) return { unusable: true };
    throw error;
  }
}

function latestFromSimple(simple: SimpleProject, project: string): string | undefined {
  const releases = new Map<string, { version: string; yanked: boolean }>();
  for (const version of simple.versions ?? [])
    releases.set(canonicalizeVersion(version), { version, yanked: false });
  // Without PEP 700 `versions` (HTML pages), versions come from the file names; a release counts as
  // yanked only when every one of its files is.
  const yankedByVersion = new Map<string, boolean>();
  for (const file of simple.files) {
    const parsed = parseDistFilename(file.filename, project);
    if (!parsed || canonicalizeName(parsed.name) !== canonicalizeName(project)) continue;
    const key = canonicalizeVersion(parsed.version);
    yankedByVersion.set(key, (yankedByVersion.get(key) ?? true) && file.yanked !== false);
    if (!releases.has(key)) releases.set(key, { version: parsed.version, yanked: false });
  }
  for (const [key, yanked] of yankedByVersion) {
    const release = releases.get(key);
    if (release) release.yanked = yanked;
  }
  return latestRelease([...releases.values()]);
}

function basename(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
