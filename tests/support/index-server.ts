/**
 * A local package index that answers as Warehouse (pypi.org) is documented to, for tests that need a
 * real peer instead of mocks (DESIGN.md "Real peers, not mocks"). It listens on 127.0.0.1, port 0.
 *
 * Implemented (reference/versions.md §4.1–§4.3, reference/pypi-publish.md §3.4 for status lines):
 * - `GET /pypi/<project>/json` — 301 to the normalised name when the path is not normalised; 404
 *   `{"message": "Not Found"}` for an unknown project or one without releases; otherwise `info` (of the
 *   latest release: not yanked before yanked, final before pre-release, highest version), `releases`,
 *   `urls`, `vulnerabilities`, `last_serial`, and the header `X-PyPI-Last-Serial`.
 * - `GET /pypi/<project>/<version>/json` (a trailing `/` is accepted) — the version is matched by
 *   canonical form (`1.0` finds `1.0.0`); when several releases share it, only the exact string
 *   matches; 404 when absent. No `releases` key.
 *   Both JSON routes send `Cache-Control: max-age=900, public` and Warehouse's CORS headers.
 * - `GET /simple/` and `GET /simple/<project>/` — 301 to the normalised name (and to the trailing `/`);
 *   content negotiation over `text/html`, `application/vnd.pypi.simple.v1+html` and
 *   `application/vnd.pypi.simple.v1+json` by q-value (server order on ties, so `*\/*` and no Accept give
 *   HTML, as in warehouse/api/simple.py); PEP 691 JSON at api-version 1.1 (PEP 700 `versions`, `size`,
 *   `upload-time`) or PEP 503 HTML with `data-yanked` / `data-requires-python`; `Vary: Accept`,
 *   `Cache-Control: max-age=600, public`. An Accept header that allows none of the three gets 406 Not
 *   Acceptable, which PEP 691 permits (Warehouse's code currently falls back to HTML instead).
 * - `GET /packages/<aa>/<bb>/<rest-of-sha256>/<filename>` — the file bytes (files.pythonhosted.org's
 *   layout), so file URLs in both APIs resolve.
 * - `htmlOnly` — pypiserver/devpi-like: every `/pypi/…` route is 404 and the simple API is HTML only,
 *   whatever the Accept header says.
 * - `failures` / `failNext()` — the next N requests (optionally only those whose path matches) get a
 *   5xx (default 503, optionally with Retry-After), or hang without an answer until `close()`.
 *
 * Reason phrases are Node's standard ones (identical to Warehouse's for these statuses); `reply()` takes
 * a custom phrase because Warehouse's upload errors live in the status line (pypi-publish.md §3.4, §6).
 *
 * - `POST /legacy/` (or `uploadPath`; `/` with `pypiserver`) — uploads, validated and answered as
 *   Warehouse does, with tokens from `state.addToken`; see tests/support/upload-route.ts. Stored files
 *   then appear in both APIs, with `blake2b_256` in the JSON digests (left out with
 *   `jsonWithoutBlake2`, as older Nexus does). `pypiserver` — uploads at `/`, 409 for any existing file,
 *   HTML-only simple API (as `htmlOnly`).
 * - `mount` — routes answered before the index's own: trusted publishing's `GET /_/oidc/audience` and
 *   `POST /_/oidc/mint-token` (TrustedPublishingRoutes in tests/support/trusted-publishing-server.ts),
 *   whose minted tokens are registered with `state.addToken` for the publisher's projects.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { canonicalizeName } from '@otai-release/core/names';
import { canonicalizeVersion, compareVersions, isPrerelease } from '@otai-release/core/pep440';
import { createBLAKE2b } from 'hash-wasm';
import {
  type ChaosPlan,
  handleUpload,
  type RecordedUpload,
  seededRandom,
  type UploadRouteState,
} from './upload-route.js';

/** A file to publish in a release: just a name (content is then the name's bytes), or name and bytes. */
export type FileSpec = string | { filename: string; content?: string | Uint8Array; requiresPython?: string };

/** Release-level settings for addRelease. */
export interface ReleaseOptions {
  /** PEP 592 yank: true, or the reason. Warehouse yanks whole releases, so every file shows it. */
  yanked?: boolean | string;
  requiresPython?: string;
  summary?: string;
  uploadTime?: Date;
}

/** Injected trouble: answer `status` to the next `count` matching requests, or never answer them. */
export interface FailurePlan {
  count: number;
  /** Default 503. */
  status?: number;
  /** Sent as Retry-After (seconds or an HTTP date). */
  retryAfter?: string | number;
  /** Accept the request and never answer (for timeouts). */
  hang?: boolean;
  /** Only requests whose path matches count and fail. */
  path?: RegExp;
}

/** How the server behaves. */
export interface IndexServerOptions {
  /** pypiserver-like: no JSON API, simple API in HTML only. */
  htmlOnly?: boolean;
  failures?: FailurePlan;
  /** Where uploads are taken (default `/legacy/`). */
  uploadPath?: string;
  /** pypiserver-like uploads: at `/`, 409 for any existing file; implies `htmlOnly`. */
  pypiserver?: boolean;
  /** The JSON API leaves `blake2b_256` out of `digests` (older Nexus, pypiserver). */
  jsonWithoutBlake2?: boolean;
  /** Largest upload accepted (default 100 MiB). */
  maxFileSize?: number;
  /** Seeded random trouble for uploads (fault injection). */
  chaos?: ChaosPlan;
  /**
   * More routes, answered before the index's own: returns true when it took the request (and reads its
   * body itself). Trusted publishing's `/_/oidc/` routes mount here (TrustedPublishingRoutes.mount in
   * tests/support/trusted-publishing-server.ts), registering the tokens they mint with `addToken`.
   */
  mount?: (req: IncomingMessage, res: ServerResponse, state: IndexState) => boolean;
}

/** A request as the server saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  accept?: string;
  authorization?: string;
  /** The status answered; undefined while pending or when the request hung. */
  status?: number;
}

/** A running index server. */
export interface IndexServer {
  /** `http://127.0.0.1:PORT/` — the index's base URL. */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Publishes a release (adding the files to it when it already exists). */
  addRelease(project: string, version: string, files: FileSpec[], options?: ReleaseOptions): void;
  /** Replaces the failure plan. */
  failNext(plan: FailurePlan): void;
  /** Stops listening and drops every open connection, hanging ones included. */
  close(): Promise<void>;
  /** The stored data, for assertions and for route handlers added later. */
  state: IndexState;
  /** Every upload request, parsed (fields in order, file name, headers, answer). */
  uploads: RecordedUpload[];
  /** How many times each file name was stored (an identical re-upload stores nothing). */
  stored: Map<string, number>;
}

/** One stored distribution file. */
export interface FileRecord {
  filename: string;
  content: Buffer;
  sha256: string;
  md5: string;
  /** BLAKE2b-256, hex (Warehouse's `blake2b_256`). */
  blake2b_256: string;
  size: number;
  uploadTime: Date;
  packagetype: 'sdist' | 'bdist_wheel';
  pythonVersion: string;
  requiresPython?: string;
}

/** One release of a project. */
export interface ReleaseRecord {
  version: string;
  yanked: boolean | string;
  requiresPython?: string;
  summary?: string;
  files: FileRecord[];
}

/** One project. */
export interface ProjectRecord {
  /** The name as first published (Warehouse keeps the display name). */
  name: string;
  normalized: string;
  releases: ReleaseRecord[];
  lastSerial: number;
}

/** The index's data: projects, releases, files, and the journal serial. */
export class IndexState {
  readonly projects = new Map<string, ProjectRecord>();
  serial = 0;
  /** Upload credentials: API tokens (user `__token__`) and user/password pairs. */
  readonly tokens = new Map<string, { projects?: string[]; expiresAt?: number }>();
  readonly users = new Map<string, string>();
  /** File names of deleted files, which Warehouse never accepts again. */
  readonly deletedFilenames = new Set<string>();

  /** `blake2b` hashes with a 32-byte digest (hash-wasm; Node's crypto has none). */
  constructor(private readonly blake2b256: (bytes: Uint8Array) => string) {}

  /** Accepts `token` for uploads (as user `__token__`), optionally only for `projects` and until `expiresAt` (ms). */
  addToken(token: string, options: { projects?: string[]; expiresAt?: number } = {}): void {
    this.tokens.set(token, { ...options, projects: options.projects?.map(canonicalizeName) });
  }

  /** Accepts a user name and password for uploads (pypiserver's htpasswd, old PyPI accounts). */
  addUser(user: string, password: string): void {
    this.users.set(user, password);
  }

  /** The identity behind Basic credentials, or undefined (403). */
  authenticate(user: string, password: string): { projects?: string[] } | undefined {
    if (user === '__token__') {
      const token = this.tokens.get(password);
      if (!token || (token.expiresAt !== undefined && token.expiresAt <= Date.now())) return undefined;
      return { projects: token.projects };
    }
    return this.users.get(user) === password ? {} : undefined;
  }

  /** sha256, md5 and BLAKE2b-256 of `bytes`, hex. */
  digests(bytes: Uint8Array): { sha256: string; md5: string; blake2b_256: string } {
    return {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      md5: createHash('md5').update(bytes).digest('hex'),
      blake2b_256: this.blake2b256(bytes),
    };
  }

  /** The first stored file that `match` accepts. */
  findFile(match: (file: FileRecord) => boolean): FileRecord | undefined {
    for (const project of this.projects.values()) {
      for (const release of project.releases) {
        const found = release.files.find(match);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** The project under any spelling of its name. */
  project(name: string): ProjectRecord | undefined {
    return this.projects.get(canonicalizeName(name));
  }

  /** Warehouse's release lookup: by canonical version; the exact string decides when several share it. */
  release(project: ProjectRecord, version: string): ReleaseRecord | undefined {
    const wanted = canonicalizeVersion(version);
    const candidates = project.releases.filter((r) => canonicalizeVersion(r.version) === wanted);
    if (candidates.length <= 1) return candidates[0];
    return candidates.find((r) => r.version === version);
  }

  /** Creates the project and the release as needed; returns the release. */
  ensureRelease(projectName: string, version: string, options: ReleaseOptions = {}): ReleaseRecord {
    const normalized = canonicalizeName(projectName);
    let project = this.projects.get(normalized);
    if (!project) {
      project = { name: projectName, normalized, releases: [], lastSerial: 0 };
      this.projects.set(normalized, project);
    }
    let release = project.releases.find(
      (r) => canonicalizeVersion(r.version) === canonicalizeVersion(version),
    );
    if (!release) {
      release = { version, yanked: false, files: [] };
      project.releases.push(release);
    }
    if (options.yanked !== undefined) release.yanked = options.yanked;
    if (options.requiresPython !== undefined) release.requiresPython = options.requiresPython;
    if (options.summary !== undefined) release.summary = options.summary;
    project.lastSerial = ++this.serial;
    return release;
  }

  /** Stores one file in a release. */
  addFile(projectName: string, release: ReleaseRecord, spec: FileSpec, uploadTime = new Date()): FileRecord {
    const { filename, content, requiresPython } = typeof spec === 'string' ? { filename: spec } : spec;
    const bytes = Buffer.from(content ?? filename);
    const isWheel = filename.toLowerCase().endsWith('.whl');
    const file: FileRecord = {
      filename,
      content: bytes,
      ...this.digests(bytes),
      size: bytes.length,
      uploadTime,
      packagetype: isWheel ? 'bdist_wheel' : 'sdist',
      // twine sends the wheel's python tag and `source` for sdists (pypi-publish.md §3.3).
      pythonVersion: isWheel ? (filename.split('-').at(-3) ?? 'any') : 'source',
      requiresPython: requiresPython ?? release.requiresPython,
    };
    release.files.push(file);
    const project = this.project(projectName);
    if (project) project.lastSerial = ++this.serial;
    return file;
  }

  /** The release Warehouse shows as the project's `info`: not yanked, then final, then highest. */
  latest(project: ProjectRecord): ReleaseRecord | undefined {
    return [...project.releases].sort((a, b) => {
      const yanked = Number(a.yanked !== false) - Number(b.yanked !== false);
      if (yanked !== 0) return yanked;
      const pre = Number(isPrerelease(a.version)) - Number(isPrerelease(b.version));
      if (pre !== 0) return pre;
      return compareVersions(b.version, a.version);
    })[0];
  }

  /** Releases in Warehouse's `_pypi_ordering` (ascending PEP 440 order). */
  ordered(project: ProjectRecord): ReleaseRecord[] {
    return [...project.releases].sort((a, b) => compareVersions(a.version, b.version));
  }
}

const MIME_HTML = 'text/html';
const MIME_SIMPLE_HTML = 'application/vnd.pypi.simple.v1+html';
const MIME_SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
// Warehouse's offer order; it decides ties (warehouse/api/simple.py _select_content_type).
const SIMPLE_OFFERS = [MIME_HTML, MIME_SIMPLE_HTML, MIME_SIMPLE_JSON];

// warehouse/utils/cors.py, sent on the JSON and simple routes.
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers':
    'Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since',
  'Access-Control-Allow-Methods': 'GET',
  'Access-Control-Max-Age': '86400',
  'Access-Control-Expose-Headers': 'X-PyPI-Last-Serial',
};
const ORIGIN_CACHE = 'max-age=86400, stale-while-revalidate=300, stale-if-error=86400';

interface Context {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  base: string;
  state: IndexState;
  options: IndexServerOptions;
}

interface Route {
  method: string;
  path: RegExp;
  handle(context: Context, match: RegExpMatchArray): void;
}

const routes: Route[] = [
  { method: 'GET', path: /^\/pypi\/([^/]+)\/json\/?$/, handle: (c, m) => jsonProject(c, decode(m[1]!)) },
  {
    method: 'GET',
    path: /^\/pypi\/([^/]+)\/([^/]+)\/json\/?$/,
    handle: (c, m) => jsonRelease(c, decode(m[1]!), decode(m[2]!)),
  },
  { method: 'GET', path: /^\/simple\/?$/, handle: (c) => simpleIndex(c) },
  {
    method: 'GET',
    path: /^\/simple\/([^/]+)(\/?)$/,
    handle: (c, m) => simpleDetail(c, decode(m[1]!), m[2] === '/'),
  },
  {
    method: 'GET',
    path: /^\/packages\/[0-9a-f]{2}\/[0-9a-f]{2}\/([0-9a-f]{60})\/([^/]+)$/,
    handle: (c, m) => download(c, m),
  },
];

/** Starts the index on 127.0.0.1 with a free port. */
export async function startIndexServer(options: IndexServerOptions = {}): Promise<IndexServer> {
  if (options.pypiserver) options = { htmlOnly: true, ...options };
  const hasher = await createBLAKE2b(256);
  const state = new IndexState((bytes) => hasher.init().update(bytes).digest('hex'));
  const upload: UploadRouteState = {
    uploads: [],
    stored: new Map(),
    random: seededRandom(options.chaos?.seed ?? 0),
  };
  const requests: RecordedRequest[] = [];
  let failures: FailurePlan | undefined = options.failures ? { ...options.failures } : undefined;
  const sockets = new Set<Socket>();
  let base = '';

  const server = createServer((req, res) => {
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      accept: req.headers.accept,
      authorization: req.headers.authorization,
    };
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    if (handleUpload(req, res, state, options, upload)) return;
    if (options.mount?.(req, res, state)) return;
    // Drain the body (uploads later); routes answer once it has arrived.
    req.resume();
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      if (failures && failures.count > 0 && (!failures.path || failures.path.test(url.pathname))) {
        failures.count--;
        if (failures.hang) return;
        const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
        if (failures.retryAfter !== undefined) headers['Retry-After'] = String(failures.retryAfter);
        reply(
          res,
          failures.status ?? 503,
          undefined,
          'The index is unavailable (injected failure).\n',
          headers,
        );
        return;
      }
      const context: Context = { req, res, url, base, state, options };
      for (const route of routes) {
        const match = url.pathname.match(route.path);
        if (match && route.method === req.method) {
          route.handle(context, match);
          return;
        }
        if (match) {
          reply(res, 405, undefined, '405 Method Not Allowed\n', { Allow: route.method });
          return;
        }
      }
      notFound(context);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/`;

  return {
    url: base,
    requests,
    state,
    uploads: upload.uploads,
    stored: upload.stored,
    addRelease(project, version, files, releaseOptions = {}) {
      const release = state.ensureRelease(project, version, releaseOptions);
      for (const file of files) state.addFile(project, release, file, releaseOptions.uploadTime);
    },
    failNext(plan) {
      failures = { ...plan };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Sends a complete answer; `reason` replaces the standard reason phrase (Warehouse puts errors there). */
export function reply(
  res: ServerResponse,
  status: number,
  reason: string | undefined,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  if (reason !== undefined) res.statusMessage = reason;
  res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
  res.end(bytes);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function notFound(c: Context): void {
  if (c.url.pathname.startsWith('/pypi/')) {
    reply(c.res, 404, undefined, JSON.stringify({ message: 'Not Found' }), {
      'Content-Type': 'application/json',
      ...CORS_HEADERS,
    });
    return;
  }
  reply(c.res, 404, undefined, '404 Not Found\n', { 'Content-Type': 'text/plain; charset=utf-8' });
}

function redirect(c: Context, path: string): void {
  reply(c.res, 301, undefined, '', { Location: new URL(path, c.base).href, ...CORS_HEADERS });
}

function jsonHeaders(project: ProjectRecord, surrogateKey: string): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    'Cache-Control': 'max-age=900, public',
    'Surrogate-Control': ORIGIN_CACHE,
    'Surrogate-Key': `all-legacy-json ${surrogateKey}`,
    'X-PyPI-Last-Serial': String(project.lastSerial),
    ...CORS_HEADERS,
  };
}

function jsonProject(c: Context, name: string): void {
  const project = c.options.htmlOnly ? undefined : c.state.project(name);
  if (!project) {
    notFound(c);
    return;
  }
  if (name !== project.normalized) {
    redirect(c, `/pypi/${project.normalized}/json`);
    return;
  }
  const latest = c.state.latest(project);
  if (!latest) {
    notFound(c);
    return;
  }
  const releases: Record<string, unknown[]> = {};
  for (const release of c.state.ordered(project)) {
    releases[release.version] = byFilename(release.files).map((f) => jsonFile(c, release, f));
  }
  const body = {
    info: jsonInfo(c, project, latest),
    last_serial: project.lastSerial,
    releases,
    urls: byFilename(latest.files).map((f) => jsonFile(c, latest, f)),
    vulnerabilities: [],
  };
  reply(
    c.res,
    200,
    undefined,
    JSON.stringify(body),
    jsonHeaders(project, `project-legacy-json-${project.normalized}`),
  );
}

function jsonRelease(c: Context, name: string, version: string): void {
  const project = c.options.htmlOnly ? undefined : c.state.project(name);
  if (!project) {
    notFound(c);
    return;
  }
  if (name !== project.normalized) {
    redirect(c, `/pypi/${project.normalized}/${encodeURIComponent(version)}/json`);
    return;
  }
  const release = c.state.release(project, version);
  if (!release) {
    notFound(c);
    return;
  }
  const body = {
    info: jsonInfo(c, project, release),
    last_serial: project.lastSerial,
    urls: byFilename(release.files).map((f) => jsonFile(c, release, f)),
    vulnerabilities: [],
  };
  reply(
    c.res,
    200,
    undefined,
    JSON.stringify(body),
    jsonHeaders(project, `release-legacy-json-${project.normalized}-${release.version}`),
  );
}

function jsonInfo(c: Context, project: ProjectRecord, release: ReleaseRecord) {
  const projectUrl = new URL(`project/${project.normalized}/`, c.base).href;
  return {
    name: project.name,
    version: release.version,
    summary: release.summary ?? null,
    requires_python: release.requiresPython ?? null,
    package_url: projectUrl,
    project_url: projectUrl,
    release_url: new URL(`project/${project.normalized}/${release.version}/`, c.base).href,
    yanked: release.yanked !== false,
    yanked_reason: typeof release.yanked === 'string' ? release.yanked : null,
  };
}

function fileUrl(c: Context, file: FileRecord): string {
  const h = file.sha256;
  return new URL(
    `packages/${h.slice(0, 2)}/${h.slice(2, 4)}/${h.slice(4)}/${encodeURIComponent(file.filename)}`,
    c.base,
  ).href;
}

function jsonFile(c: Context, release: ReleaseRecord, file: FileRecord) {
  return {
    comment_text: null,
    digests: c.options.jsonWithoutBlake2
      ? { md5: file.md5, sha256: file.sha256 }
      : { blake2b_256: file.blake2b_256, md5: file.md5, sha256: file.sha256 },
    downloads: -1,
    filename: file.filename,
    has_sig: false,
    md5_digest: file.md5,
    packagetype: file.packagetype,
    python_version: file.pythonVersion,
    requires_python: file.requiresPython ?? null,
    size: file.size,
    upload_time: file.uploadTime.toISOString().slice(0, 19),
    upload_time_iso_8601: isoMicroseconds(file.uploadTime),
    url: fileUrl(c, file),
    yanked: release.yanked !== false,
    yanked_reason: typeof release.yanked === 'string' ? release.yanked : null,
  };
}

function isoMicroseconds(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** The offers the Accept header allows, best first; undefined when the header is absent. */
function negotiate(accept: string | undefined, offers: readonly string[]): string[] | undefined {
  if (accept === undefined || accept.trim() === '') return undefined;
  const ranges = accept.split(',').map((part) => {
    const [range = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim().match(/^q=([0-9.]+)$/i)?.[1]).find((v) => v !== undefined);
    return { range: range.trim().toLowerCase(), q: q === undefined ? 1 : Number(q) };
  });
  const scored = offers.map((offer, index) => {
    const [type] = offer.split('/');
    // The most specific matching range decides (RFC 9110 §12.5.1).
    const match =
      ranges.find((r) => r.range === offer) ??
      ranges.find((r) => r.range === `${type}/*`) ??
      ranges.find((r) => r.range === '*/*');
    return { offer, index, q: match?.q ?? 0 };
  });
  return scored
    .filter((s) => s.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((s) => s.offer);
}

function simpleContentType(c: Context): string | undefined {
  if (c.options.htmlOnly) return MIME_HTML;
  const acceptable = negotiate(c.req.headers.accept, SIMPLE_OFFERS);
  if (acceptable === undefined) return MIME_HTML;
  return acceptable[0];
}

function simpleHeaders(contentType: string, serial: number): Record<string, string> {
  return {
    'Content-Type': contentType === MIME_SIMPLE_JSON ? contentType : `${contentType}; charset=utf-8`,
    'Cache-Control': 'max-age=600, public',
    'Surrogate-Control': ORIGIN_CACHE,
    Vary: 'Accept',
    'X-PyPI-Last-Serial': String(serial),
    ...CORS_HEADERS,
  };
}

function notAcceptable(c: Context): void {
  reply(c.res, 406, undefined, `406 Not Acceptable\n\nThe simple API serves ${SIMPLE_OFFERS.join(', ')}.\n`, {
    'Content-Type': 'text/plain; charset=utf-8',
    Vary: 'Accept',
  });
}

function simpleIndex(c: Context): void {
  const contentType = simpleContentType(c);
  if (!contentType) {
    notAcceptable(c);
    return;
  }
  const projects = [...c.state.projects.values()].sort((a, b) =>
    compareCodePoints(a.normalized, b.normalized),
  );
  if (contentType === MIME_SIMPLE_JSON) {
    const body = {
      meta: { 'api-version': '1.1', '_last-serial': c.state.serial },
      projects: projects.map((p) => ({ name: p.name, '_last-serial': p.lastSerial })),
    };
    reply(c.res, 200, undefined, JSON.stringify(body), simpleHeaders(contentType, c.state.serial));
    return;
  }
  const links = projects
    .map((p) => `    <a href="/simple/${p.normalized}/">${escapeHtml(p.name)}</a>`)
    .join('\n');
  const html = `<!DOCTYPE html>
<html>
  <head>
    <meta name="pypi:repository-version" content="1.1">
    <title>Simple index</title>
  </head>
  <body>
${links}
  </body>
</html>
`;
  reply(c.res, 200, undefined, html, simpleHeaders(contentType, c.state.serial));
}

function simpleDetail(c: Context, name: string, trailingSlash: boolean): void {
  const project = c.state.project(name);
  if (!project) {
    notFound(c);
    return;
  }
  if (name !== project.normalized || !trailingSlash) {
    redirect(c, `/simple/${project.normalized}/`);
    return;
  }
  const contentType = simpleContentType(c);
  if (!contentType) {
    notAcceptable(c);
    return;
  }
  const releases = c.state.ordered(project);
  const files = releases
    .flatMap((release) => release.files.map((file) => ({ release, file })))
    .sort((a, b) => compareCodePoints(a.file.filename, b.file.filename));
  const headers = simpleHeaders(contentType, project.lastSerial);
  if (contentType === MIME_SIMPLE_JSON) {
    const body = {
      meta: { 'api-version': '1.1', '_last-serial': project.lastSerial },
      name: project.normalized,
      files: files.map(({ release, file }) => ({
        filename: file.filename,
        url: fileUrl(c, file),
        hashes: { sha256: file.sha256 },
        'requires-python': file.requiresPython ?? null,
        'core-metadata': false,
        'data-dist-info-metadata': false,
        yanked: release.yanked,
        size: file.size,
        'upload-time': isoMicroseconds(file.uploadTime),
      })),
      versions: releases.map((r) => r.version),
    };
    reply(c.res, 200, undefined, JSON.stringify(body), headers);
    return;
  }
  const anchors = files
    .map(({ release, file }) => {
      let attributes = `href="${escapeHtml(`${fileUrl(c, file)}#sha256=${file.sha256}`)}"`;
      if (file.requiresPython) attributes += ` data-requires-python="${escapeHtml(file.requiresPython)}"`;
      if (release.yanked !== false) {
        attributes += ` data-yanked="${escapeHtml(typeof release.yanked === 'string' ? release.yanked : '')}"`;
      }
      return `    <a ${attributes}>${escapeHtml(file.filename)}</a><br />`;
    })
    .join('\n');
  const meta = c.options.htmlOnly ? '' : '\n    <meta name="pypi:repository-version" content="1.1">';
  const html = `<!DOCTYPE html>
<html>
  <head>${meta}
    <title>Links for ${escapeHtml(project.normalized)}</title>
  </head>
  <body>
    <h1>Links for ${escapeHtml(project.normalized)}</h1>
${anchors}
  </body>
</html>
<!--SERIAL ${project.lastSerial}-->
`;
  reply(c.res, 200, undefined, html, headers);
}

function download(c: Context, match: RegExpMatchArray): void {
  const filename = decode(match[2]!);
  for (const project of c.state.projects.values()) {
    for (const release of project.releases) {
      const file = release.files.find((f) => f.filename === filename && f.sha256.endsWith(match[1]!));
      if (file) {
        reply(c.res, 200, undefined, file.content, {
          'Content-Type': 'application/octet-stream',
          'Cache-Control': 'max-age=365000000, immutable, public',
          ETag: `"${file.md5}"`,
        });
        return;
      }
    }
  }
  notFound(c);
}

// Warehouse sorts in the database (File.filename), i.e. by code point, not by locale.
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byFilename(files: FileRecord[]): FileRecord[] {
  return [...files].sort((a, b) => compareCodePoints(a.filename, b.filename));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
