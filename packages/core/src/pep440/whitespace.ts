/**
 * Python's idea of whitespace. packaging strips versions and specifiers with `str.strip()` and matches
 * `\s` in `str` patterns; both use `str.isspace()`, which differs from JavaScript's `\s`: Python also
 * counts U+001C–U+001F and U+0085, and does not count U+FEFF (BOM). Matching Python exactly keeps
 * "valid here" and "valid for pip" the same set.
 */

/** A regex character class (source text) of exactly the characters Python's `str.isspace()` accepts. */
export const PY_WHITESPACE =
  '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';

const LEADING = new RegExp(`^${PY_WHITESPACE}+`);
const TRAILING = new RegExp(`${PY_WHITESPACE}+$`);

/** `text.strip()` as Python does it. */
export function pyStrip(text: string): string {
  return text.replace(LEADING, '').replace(TRAILING, '');
}
