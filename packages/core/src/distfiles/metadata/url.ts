/**
 * The URL test PyPI applies to Home-page, Download-URL and Project-URL: Warehouse's
 * `is_valid_uri(url, require_authority=False)`, which normalises the URL with rfc3986 and then
 * requires an http(s) scheme and valid components. It is lenient (a host is not even required), so
 * what it rejects is mostly a missing or non-http scheme, a bad port, or `[` / `]` in the path.
 */

// RFC 3986 Appendix B as rfc3986 splits a reference (not anchored at the end; every part optional).
const SPLIT = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^\\/?#]*))?([^?#]*)(?:\?([^#]*))?/;
const PCT = '%[0-9A-Fa-f]{2}';
const UNRESERVED = 'A-Za-z0-9._~\\-';
const SUB_DELIMS = "!$&'()*+,;=";
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})+`;
const REG_NAME = `(?:${PCT}|[${SUB_DELIMS}${UNRESERVED}])*`;
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
const IP_LITERAL = '\\[[0-9A-Fa-f:.]+(?:%25[^\\]]+)?\\]|\\[v[0-9A-Fa-f]+\\.[^\\]]+\\]';
const AUTHORITY = new RegExp(`^(?:(${USERINFO})@)?(${REG_NAME}|${IPV4}|${IP_LITERAL}):?([0-9]{1,5})?$`);

/** True when PyPI accepts `url` in Home-page, Download-URL or a Project-URL. */
export function isValidPypiUrl(url: string): boolean {
  const [, scheme, authority, path = '', query = ''] = SPLIT.exec(url)!;
  if (!scheme || !['http', 'https'].includes(scheme.toLowerCase())) return false;
  if (authority) {
    // An authority rfc3986 cannot split is dropped by its normaliser, so only a parsed port can fail.
    const m = AUTHORITY.exec(authority);
    const host = m?.[2] ?? '';
    const ipv4Ok = !new RegExp(`^${IPV4}$`).test(host) || host.split('.').every((b) => Number(b) <= 255);
    if (m && ipv4Ok && m[3] !== undefined && Number(m[3]) > 65535) return false;
  }
  // Path and query are percent-encoded first; only the gen-delims `[` and `]` survive to fail.
  return !/[[\]]/.test(path) && !/[[\]]/.test(query);
}
