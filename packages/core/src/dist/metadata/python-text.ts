/**
 * Python's `repr()` of strings and lists of strings. twine, packaging and Warehouse build their
 * messages with `{value!r}`, so quoting a value the same way keeps our messages identical to theirs.
 */

// Characters str.isprintable() rejects: control, format, surrogate, private-use, unassigned and
// separators other than the ASCII space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = code.toString(16);
  if (code < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${hex.padStart(4, '0')}`;
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
