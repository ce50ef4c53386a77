/**
 * TOML with positions. smol-toml gives values but not where they are, and every version we report
 * needs its file:line and the exact byte span of the string (set-version rewrites only those bytes),
 * so this module pairs the parser with a small scanner that finds a key's value in the source text.
 */
import { parse, TomlError } from 'smol-toml';
import { ConfigurationError } from '../errors/index.js';
import { lineColumn } from '../text/index.js';

export { lineColumn };

/** A parsed TOML table. */
export type TomlTable = Record<string, unknown>;

/** Where a string value sits in a file: 1-based line/column of its first character, and its span. */
export interface TextSpan {
  /** Offset of the first character of the value (inside the quotes). */
  start: number;
  /** Offset just past the value's last character (before the closing quote). */
  end: number;
  line: number;
  column: number;
  /** The value's text as written in the file (between the quotes). */
  raw: string;
}

/** Parses TOML; a syntax error is a ConfigurationError at the file, line and column of the mistake. */
export function parseToml(text: string, file: string): TomlTable {
  try {
    return parse(text) as TomlTable;
  } catch (error) {
    if (error instanceof TomlError) {
      const first = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
      throw new ConfigurationError(`${file} is not valid TOML: ${first}. Fix the syntax at this position.`, {
        file,
        line: error.line,
        column: error.column,
      });
    }
    throw error;
  }
}

/** Follows a key path through nested tables; undefined when any step is missing. */
export function getPath(table: TomlTable, path: readonly string[]): unknown {
  let node: unknown = table;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as TomlTable)[key];
  }
  return node;
}

/** The table at `path`, or undefined; a non-table there is an error naming the key. */
export function getTable(table: TomlTable, path: readonly string[], file: string): TomlTable | undefined {
  const value = getPath(table, path);
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(`${file}: [${path.join('.')}] must be a table.`, { file });
  }
  return value as TomlTable;
}

// Splits a dotted key (`a."b.c".d`) into its parts, honouring quotes.
function splitKey(key: string): string[] {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
  let m: RegExpExecArray | null = re.exec(key);
  while (m && m[0] !== '') {
    parts.push(m[1] ?? m[2] ?? m[3]);
    if (re.lastIndex >= key.length) break;
    m = re.exec(key);
  }
  return parts;
}

const HEADER = /^[ \t]*\[(\[)?[ \t]*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\]\n#])+?)[ \t]*\]\]?/;
const KEY_LINE = /^[ \t]*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\- \t])+?)[ \t]*=[ \t]*/;

/**
 * Finds where the value of `path` starts in a TOML text written in the usual block style (headers
 * plus `key = value` lines, dotted keys allowed). Returns the offset of the value's first character.
 */
export function locateValue(text: string, path: readonly string[]): number | undefined {
  let table: string[] = [];
  let offset = 0;
  let inMultiline: string | undefined;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    if (inMultiline) {
      if (rawLine.includes(inMultiline)) inMultiline = undefined;
      continue;
    }
    const header = HEADER.exec(rawLine);
    if (header) {
      table = splitKey(header[2]);
      continue;
    }
    const keyLine = KEY_LINE.exec(rawLine);
    if (!keyLine) continue;
    const full = [...table, ...splitKey(keyLine[1])];
    const valueStart = lineStart + keyLine[0].length;
    if (full.length === path.length && full.every((k, i) => k === path[i])) return valueStart;
    const rest = rawLine.slice(keyLine[0].length);
    for (const q of ['"""', "'''"]) {
      if (rest.startsWith(q) && !rest.slice(3).includes(q)) inMultiline = q;
    }
  }
  return undefined;
}

/** Reads the single-line string literal that starts at `offset` (basic or literal quotes). */
export function stringAt(text: string, offset: number): TextSpan | undefined {
  const quote = text[offset];
  if (quote !== '"' && quote !== "'") return undefined;
  if (text.startsWith(quote.repeat(3), offset)) return undefined;
  let i = offset + 1;
  while (i < text.length && text[i] !== quote && text[i] !== '\n') {
    i += quote === '"' && text[i] === '\\' ? 2 : 1;
  }
  if (text[i] !== quote) return undefined;
  const { line, column } = lineColumn(text, offset + 1);
  return { start: offset + 1, end: i, line, column, raw: text.slice(offset + 1, i) };
}

/** The string value at `path`, with its span; undefined when it is absent or not a one-line string. */
export function locateString(text: string, path: readonly string[]): TextSpan | undefined {
  const at = locateValue(text, path);
  return at === undefined ? undefined : stringAt(text, at);
}

/** Every string element of the array whose value starts at `offset` (nested arrays included). */
export function arrayStringsAt(text: string, offset: number): TextSpan[] {
  if (text[offset] !== '[') return [];
  const found: TextSpan[] = [];
  let depth = 0;
  let i = offset;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '#') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const span = stringAt(text, i);
      if (!span) return found;
      found.push(span);
      i = span.end + 1;
      continue;
    }
    if (ch === '[') depth++;
    if (ch === ']' && --depth === 0) break;
    i++;
  }
  return found;
}

/** The position of the line that declares `path` (its key or its table header), for annotations. */
export function keyLine(text: string, path: readonly string[]): number | undefined {
  const at = locateValue(text, path);
  if (at !== undefined) return lineColumn(text, at).line;
  const lines = text.split('\n');
  for (let depth = path.length; depth > 0; depth--) {
    // The nearest enclosing key (`packages = [{ …inline table… }]`) or table header.
    const enclosing = depth < path.length ? locateValue(text, path.slice(0, depth)) : undefined;
    if (enclosing !== undefined) return lineColumn(text, enclosing).line;
    const idx = lines.findIndex((l) => {
      const h = HEADER.exec(l);
      return h && splitKey(h[2]).join('\u0000') === path.slice(0, depth).join('\u0000');
    });
    if (idx !== -1) return idx + 1;
  }
  return undefined;
}
