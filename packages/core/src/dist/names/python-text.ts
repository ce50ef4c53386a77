/**
 * Python's own notions of text that the authorities' messages and rules depend on: `repr()` of a
 * string (their messages quote names with `{x!r}`), `str.isidentifier()` and `keyword.iskeyword()`.
 */

// Python's str.isprintable() is false for these; repr() escapes them.
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

/** Python's `repr(text)` for a str: single quotes unless only double quotes avoid escaping. */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) out += escapeChar(ch);
    else out += ch;
  }
  return out + quote;
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
