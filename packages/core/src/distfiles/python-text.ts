/**
 * Python's own notions of text that the authorities' messages and rules depend on: `repr()` of a
 * string (twine, packaging, Warehouse and check-wheel-contents quote values with `{x!r}`, so quoting
 * the same way keeps our messages identical to theirs), `str.isidentifier()` and `keyword.iskeyword()`.
 */

// Characters str.isprintable() rejects: control, format, surrogate, private-use, unassigned and
// separators other than the ASCII space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

function escapeChar(ch: string): string {
  const hex = ch.codePointAt(0)!.toString(16);
  if (hex.length <= 2) return `\\x${hex.padStart(2, '0')}`;
  if (hex.length <= 4) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

/** `repr(text)` as Python 3 writes it: `'a'`, `"it's"`, `'a\nb'`. */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of text) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (NON_PRINTABLE.test(ch)) out += escapeChar(ch);
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}

/** `repr(list_of_strings)`: `['a', 'b']`. */
export function pyReprList(items: readonly string[]): string {
  return `[${items.map(pyRepr).join(', ')}]`;
}

/** Python's `str.isidentifier()`: XID_Start or `_`, then XID_Continue characters. */
export function isPyIdentifier(text: string): boolean {
  return /^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(text);
}

/** Python's `keyword.iskeyword()` (hard keywords only, as the keyword module lists them). */
export function isPyKeyword(text: string): boolean {
  return KEYWORDS.has(text);
}

/** The number of bytes `text` takes in UTF-8 (file-name limits are in bytes). */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
