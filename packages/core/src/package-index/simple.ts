/**
 * The simple repository API (PEP 503 HTML, PEP 691 JSON): every index speaks it, so it is the fallback
 * whenever there is no Warehouse JSON API. We ask for JSON and accept HTML, because pypiserver and
 * devpi serve only HTML (versions.md §4.2).
 */
import { type HttpClient, statusError } from '../http/index.js';
import { canonicalizeName } from '../names/index.js';
import { authorizationHeader, type IndexEndpoints } from './endpoints.js';

/** PEP 691 JSON first; HTML (PEP 503) as a low-priority fallback. */
export const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, text/html;q=0.1';

/** One file on a simple project page. */
export interface SimpleFile {
  filename: string;
  /** Absolute download URL (fragment with the hash kept). */
  url: string;
  /** False, true, or the yank reason (PEP 592). */
  yanked: boolean | string;
  hashes: Record<string, string>;
  requiresPython?: string;
}

/** A simple project page, in either format. */
export interface SimpleProject {
  format: 'json' | 'html';
  /** The URL that answered, after redirects. */
  url: string;
  name?: string;
  files: SimpleFile[];
  /** PEP 700 (API 1.1) `versions`, when the index sends JSON; includes releases without files. */
  versions?: string[];
}

/**
 * GETs `{simpleUrl}{canonical-name}/`; undefined when the index answers 404 (no such project).
 * Other non-2xx answers and unreachable indexes throw HttpError.
 */
export async function fetchSimpleProject(
  http: HttpClient,
  endpoints: IndexEndpoints,
  project: string,
): Promise<SimpleProject | undefined> {
  const headers = new Headers({ accept: SIMPLE_ACCEPT });
  const authorization = authorizationHeader(endpoints);
  if (authorization) headers.set('authorization', authorization);
  const response = await http.request(`${endpoints.simpleUrl}${canonicalizeName(project)}/`, { headers });
  if (response.status === 404) return undefined;
  if (!response.ok) throw await statusError(response);
  const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
  if (/^application\/(vnd\.pypi\.simple\.(v1|latest)\+)?json\b/.test(contentType)) {
    return parseSimpleJson(await response.json(), response.url);
  }
  return { format: 'html', url: response.url, files: parseSimpleHtml(await response.text(), response.url) };
}

interface Pep691Project {
  name?: string;
  files?: Array<{
    filename?: string;
    url?: string;
    yanked?: boolean | string;
    hashes?: Record<string, string>;
    'requires-python'?: string | null;
  }>;
  versions?: string[];
}

/** Reads a PEP 691 project document; file URLs are resolved against `pageUrl`. */
export function parseSimpleJson(body: unknown, pageUrl: string): SimpleProject {
  const doc = (body ?? {}) as Pep691Project;
  const files: SimpleFile[] = [];
  for (const file of Array.isArray(doc.files) ? doc.files : []) {
    if (typeof file?.filename !== 'string') continue;
    files.push({
      filename: file.filename,
      url: resolveUrl(file.url ?? file.filename, pageUrl),
      yanked: file.yanked === undefined ? false : file.yanked,
      hashes: file.hashes ?? {},
      requiresPython: file['requires-python'] ?? undefined,
    });
  }
  return {
    format: 'json',
    url: pageUrl,
    name: doc.name,
    files,
    versions: Array.isArray(doc.versions) ? doc.versions.filter((v) => typeof v === 'string') : undefined,
  };
}

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Reads the anchors of a PEP 503 project page: the anchor text is the file name, `href` the URL with
 * an optional `#sha256=…`, `data-yanked` (present, possibly empty) marks a yanked file (PEP 592).
 */
export function parseSimpleHtml(html: string, pageUrl: string): SimpleFile[] {
  const files: SimpleFile[] = [];
  for (const [, attributeText = '', inner = ''] of html.matchAll(ANCHOR)) {
    const attributes = new Map<string, string>();
    for (const [, key = '', dq, sq, bare] of attributeText.matchAll(ATTRIBUTE)) {
      attributes.set(key.toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ''));
    }
    const filename = decodeEntities(inner.replace(/<[^>]*>/g, '')).trim();
    const href = attributes.get('href');
    if (!filename || href === undefined) continue;
    const url = resolveUrl(href, pageUrl);
    const hashes: Record<string, string> = {};
    const fragment = new URL(url).hash.slice(1);
    const [algorithm, digest] = fragment.split('=', 2);
    if (algorithm && digest) hashes[algorithm] = digest;
    const yanked = attributes.get('data-yanked');
    files.push({
      filename,
      url,
      yanked: yanked === undefined ? false : yanked || true,
      hashes,
      requiresPython: attributes.get('data-requires-python'),
    });
  }
  return files;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? Number.parseInt(entity.slice(2), 16)
          : Number(entity.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function resolveUrl(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
