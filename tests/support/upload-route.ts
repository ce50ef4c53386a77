/**
 * The upload side of the test index (tests/support/index-server.ts): `POST <uploadPath>` with a
 * multipart form, validated and answered as Warehouse's forklift is documented to
 * (reference/pypi-publish.md §3.1–§3.5, §6), or as pypiserver answers (uploads at `/`, 409 for any
 * file that exists). Every parsed upload is recorded, so tests can compare what a client sent
 * (the differential test against twine uses the same recording).
 *
 * Implemented, in forklift's order: Basic auth against tokens (`__token__:<token>`, optionally
 * limited to projects and an expiry) or user/password pairs → 403 with Warehouse's text; `/legacy`
 * → 308; `protocol_version` → "Unknown protocol version."; a missing file part; name and version;
 * local versions; the token's project scope; filetype/pyversion rules; file name against name and
 * version (wheel and PEP 625 sdist); the size limit (default 100 MiB); digests (sha256 and
 * blake2_256, at least one, each compared); previously deleted file names; duplicates (identical →
 * 200 and nothing stored; otherwise 400 "File already exists (…)"); one sdist per release.
 *
 * Chaos (fault injection): with `chaos`, each upload request, drawn by a seeded PRNG, may get a 503,
 * a 429 with Retry-After, a connection reset in the middle of the body, no answer at all (a stall),
 * or be stored and then have its answer lost (the connection reset after storing).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { canonicalizeName } from '@otai-release/core/names';
import { canonicalizeVersion, formatVersion, hasLocal, tryParseVersion } from '@otai-release/core/pep440';
import type { FileRecord, IndexState } from './index-server.js';

/** What can go wrong with an upload, on purpose. */
export type ChaosMode = '503' | '429' | 'reset' | 'stall' | 'store-then-reset';

/** Random trouble for upload requests: with probability `rate`, one of `modes` (seeded, repeatable). */
export interface ChaosPlan {
  seed: number;
  rate: number;
  modes?: ChaosMode[];
  /** Retry-After of a 429, in seconds (default 1). */
  retryAfter?: number;
}

/** One upload as the server parsed it. */
export interface RecordedUpload {
  fields: [string, string][];
  filename?: string;
  fileContentType?: string;
  size: number;
  headers: {
    contentType?: string;
    contentLength?: string;
    transferEncoding?: string;
    authorization?: string;
  };
  status?: number;
  reason?: string;
  chaos?: ChaosMode;
}

/** The server settings the route reads. */
export interface UploadRouteOptions {
  /** Where uploads are taken (default `/legacy/`; `/` with `pypiserver`). */
  uploadPath?: string;
  /** pypiserver's answers: 409 for any existing file, no identical-file 200. */
  pypiserver?: boolean;
  /** Largest file accepted (default 100 MiB, PyPI's default). */
  maxFileSize?: number;
  chaos?: ChaosPlan;
}

/** Mutable per-server state of the route. */
export interface UploadRouteState {
  uploads: RecordedUpload[];
  random: () => number;
  /** How many times a file was stored (by name): "exactly once" is checked against this. */
  stored: Map<string, number>;
}

/** mulberry32: a small seeded PRNG, so a chaos run can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HELP = 'https://pypi.org/help';
const MB = 1024 * 1024;

/** True when the request is an upload (and then it is handled); false leaves it to the other routes. */
export function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  state: IndexState,
  options: UploadRouteOptions,
  route: UploadRouteState,
): boolean {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const uploadPath = options.uploadPath ?? (options.pypiserver ? '/' : '/legacy/');
  if (req.method !== 'POST') return false;
  if (!options.pypiserver && uploadPath.endsWith('/') && path === uploadPath.slice(0, -1)) {
    req.resume();
    req.on('end', () =>
      answer(
        res,
        308,
        `An upload was attempted to ${path} but the expected upload URL is ${uploadPath} (with a trailing slash)`,
        {
          Location: uploadPath,
        },
      ),
    );
    return true;
  }
  if (path !== uploadPath) return false;

  const record: RecordedUpload = {
    fields: [],
    size: 0,
    headers: {
      contentType: req.headers['content-type'],
      contentLength: req.headers['content-length'],
      transferEncoding: req.headers['transfer-encoding'],
      authorization: req.headers.authorization,
    },
  };
  route.uploads.push(record);
  const chaos = options.chaos;
  if (chaos && route.random() < chaos.rate) {
    const modes = chaos.modes ?? ['503', '429', 'reset', 'stall', 'store-then-reset'];
    record.chaos = modes[Math.floor(route.random() * modes.length)];
  }
  const chunks: Buffer[] = [];
  let received = 0;
  const expected = Number(req.headers['content-length'] ?? 0);
  req.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
    // A reset in the middle of the body: the client sees its connection dropped while sending.
    if (record.chaos === 'reset' && received >= Math.min(expected / 2, 64 * 1024)) req.socket.destroy();
  });
  req.on('end', () => {
    if (record.chaos === 'stall') return;
    if (record.chaos === '503') return answer(res, 503, 'Service Unavailable', {}, record);
    if (record.chaos === '429') {
      return answer(res, 429, 'Too Many Requests', { 'Retry-After': String(chaos?.retryAfter ?? 1) }, record);
    }
    const result = processUpload(req, Buffer.concat(chunks), state, options, route, record);
    if (record.chaos === 'store-then-reset') {
      record.status = result.status;
      req.socket.destroy();
      return;
    }
    answer(res, result.status, result.reason, {}, record);
  });
  return true;
}

function answer(
  res: ServerResponse,
  status: number,
  reason: string,
  headers: Record<string, string> = {},
  record?: RecordedUpload,
): void {
  if (record) {
    record.status = status;
    record.reason = reason;
  }
  // Warehouse's reason phrase is ISO-8859-1-safe; its HTML page repeats the message (forklift/utils.py).
  const safe = reason.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
  const body =
    status === 200
      ? ''
      : `<html>\n <head>\n  <title>${status} ${escapeHtml(reason)}</title>\n </head>\n <body>\n  <h1>${status} ${escapeHtml(reason)}</h1>\n  ${escapeHtml(reason)}<br/><br/>\n\n\n\n </body>\n</html>`;
  res.statusMessage = safe;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=UTF-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** Splits a multipart/form-data body (RFC 7578). */
export function parseMultipart(body: Buffer, contentType: string | undefined): Part[] | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return undefined;
  const delimiter = Buffer.from(`--${mark}`);
  const parts: Part[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) return undefined;
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString() === '--') return parts;
    at += 2; // CRLF after the delimiter
    const headerEnd = body.indexOf('\r\n\r\n', at);
    if (headerEnd < 0) return undefined;
    const headers = body.subarray(at, headerEnd).toString('utf8');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) return undefined;
    const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    const name = /\bname="([^"]*)"/.exec(disposition)?.[1] ?? '';
    const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1];
    const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
    parts.push({ name, filename, contentType: type, data: body.subarray(headerEnd + 4, next) });
    at = next + 2;
  }
}

function basicAuth(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const text = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  // Warehouse trims whitespace around a Basic-auth macaroon (macaroons/security_policy.py).
  return { user: text.slice(0, colon), password: text.slice(colon + 1).trim() };
}

function processUpload(
  req: IncomingMessage,
  body: Buffer,
  state: IndexState,
  options: UploadRouteOptions,
  route: UploadRouteState,
  record: RecordedUpload,
): { status: number; reason: string } {
  const refuse = (status: number, reason: string) => ({ status, reason });
  const credentials = basicAuth(req.headers.authorization);
  const identity = credentials ? state.authenticate(credentials.user, credentials.password) : undefined;
  if (!identity) {
    return refuse(
      403,
      `Invalid or non-existent authentication information. See ${HELP}/#invalid-auth for more information.`,
    );
  }
  const parts = parseMultipart(body, req.headers['content-type']);
  if (!parts) return refuse(400, 'Invalid form: the body is not multipart/form-data.');
  const fields = new Map<string, string[]>();
  let file: Part | undefined;
  for (const part of parts) {
    if (part.name === 'content' && part.filename !== undefined) {
      file = part;
      continue;
    }
    if (part.filename !== undefined) return refuse(400, `${part.name}: Should not be a tuple.`);
    const value = part.data.toString('utf8');
    record.fields.push([part.name, value]);
    fields.set(part.name, [...(fields.get(part.name) ?? []), value]);
  }
  record.filename = file?.filename;
  record.fileContentType = file?.contentType;
  record.size = file?.data.length ?? 0;
  const one = (name: string) => fields.get(name)?.[0];

  if (one('protocol_version') !== '1') return refuse(400, 'Unknown protocol version.');
  if (!file) return refuse(400, 'Upload payload does not have a file.');
  if (!file.contentType || file.contentType.startsWith('image/'))
    return refuse(400, 'Invalid distribution file.');
  const name = one('name') ?? '';
  if (!/^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name)) {
    return refuse(
      400,
      `'${name}' is an invalid value for Name. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. See https://packaging.python.org/specifications/core-metadata for more information.`,
    );
  }
  const version = one('version') ?? '';
  if (!tryParseVersion(version)) {
    return refuse(
      400,
      `'${version}' is an invalid value for Version. Error: Must start and end with a letter or numeral and contain only ascii numeric and '.', '_' and '-'. See https://packaging.python.org/specifications/core-metadata for more information.`,
    );
  }
  if (hasLocal(version)) {
    return refuse(
      400,
      `The use of local versions in '${version}' is not allowed. See https://packaging.python.org/specifications/core-metadata for more information.`,
    );
  }
  if (identity.projects && !identity.projects.includes(canonicalizeName(name))) {
    return refuse(
      403,
      `The given token isn't allowed to upload to project '${name}'. See ${HELP}/#project-name for more information.`,
    );
  }
  const filetype = one('filetype');
  if (filetype !== 'sdist' && filetype !== 'bdist_wheel')
    return refuse(400, `'${filetype ?? ''}' is an invalid value for Filetype. Error: Use a known file type.`);
  // forms.py: an sdist without pyversion gets 'source' (twine < 6.1 sent none); any other is refused.
  const pyversion = one('pyversion') || (filetype === 'sdist' ? 'source' : undefined);
  if (filetype === 'sdist' && pyversion !== 'source')
    return refuse(400, "Use 'source' as Python version for an sdist.");
  if (filetype !== 'sdist' && !pyversion)
    return refuse(400, 'Python version is required for binary distribution uploads.');

  const filename = file.filename!;
  if (filetype === 'bdist_wheel') {
    if (!filename.endsWith('.whl'))
      return refuse(
        400,
        `Invalid file extension: Extension ${filename.slice(filename.indexOf('.'))} is invalid for filetype bdist_wheel. See https://www.python.org/dev/peps/pep-0527 for more information.`,
      );
    const [namePart = '', versionPart = ''] = filename.split('-');
    const prefix = canonicalizeName(name).replace(/-/g, '_');
    if (canonicalizeName(namePart) !== canonicalizeName(name))
      return refuse(400, `Start filename for '${name}' with '${prefix}'.`);
    if (canonicalizeVersion(versionPart) !== canonicalizeVersion(version)) {
      return refuse(400, `Version in filename should be '${version}' not '${versionPart}'.`);
    }
  } else {
    if (!filename.endsWith('.tar.gz') && !filename.endsWith('.zip')) {
      return refuse(
        400,
        'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
      );
    }
    const expected = `${canonicalizeName(name).replace(/-/g, '_')}-${formatVersion(tryParseVersion(version)!)}.tar.gz`;
    if (filename.endsWith('.tar.gz') && filename !== expected && !options.pypiserver) {
      return refuse(400, `Filename '${filename}' is invalid, should be '${expected}'.`);
    }
  }
  const limit = options.maxFileSize ?? 100 * MB;
  if (file.data.length > limit) {
    return refuse(
      400,
      `File too large. Limit for project '${name}' is ${Math.round(limit / MB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`,
    );
  }
  const sha256 = one('sha256_digest');
  const blake2 = one('blake2_256_digest');
  const md5 = one('md5_digest');
  if (!sha256 && !blake2 && !md5) return refuse(400, 'Include at least one message digest.');
  const actual = state.digests(file.data);
  if (
    (sha256 && sha256.toLowerCase() !== actual.sha256) ||
    (blake2 && blake2.toLowerCase() !== actual.blake2b_256) ||
    (md5 && md5.toLowerCase() !== actual.md5)
  ) {
    return refuse(400, 'The digest supplied does not match a digest calculated from the uploaded file.');
  }
  if (state.deletedFilenames.has(filename)) {
    return refuse(
      400,
      `This filename was previously used by a file that has since been deleted. Use a different version. See ${HELP}/#file-name-reuse for more information.`,
    );
  }
  const existing = state.findFile((f) => f.filename === filename || f.blake2b_256 === actual.blake2b_256);
  if (existing) {
    if (options.pypiserver) {
      return refuse(
        409,
        `Conflict: Package '${filename}' already exists! You may start server with \`--overwrite\` option.`,
      );
    }
    if (
      existing.filename === filename &&
      existing.sha256 === actual.sha256 &&
      existing.blake2b_256 === actual.blake2b_256
    ) {
      return { status: 200, reason: 'OK' };
    }
    return refuse(
      400,
      `File already exists ('${filename}', with blake2_256 hash '${actual.blake2b_256}'). See ${HELP}/#file-name-reuse for more information.`,
    );
  }
  const release = state.ensureRelease(name, version, {
    requiresPython: one('requires_python'),
    summary: one('summary'),
  });
  if (filetype === 'sdist' && release.files.some((f) => f.packagetype === 'sdist')) {
    return refuse(400, 'Only one sdist may be uploaded per release.');
  }
  state.addFile(name, release, { filename, content: file.data, requiresPython: one('requires_python') });
  route.stored.set(filename, (route.stored.get(filename) ?? 0) + 1);
  return { status: 200, reason: 'OK' };
}

/** Finds a stored file (helper for FileRecord lookups across projects). */
export function allFiles(state: IndexState): FileRecord[] {
  return [...state.projects.values()].flatMap((p) => p.releases.flatMap((r) => r.files));
}
