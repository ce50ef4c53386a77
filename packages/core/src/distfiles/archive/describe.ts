/** Showing member names in messages: quoted, with control characters and undecodable bytes escaped. */
import { isUtf8 } from 'node:buffer';

const SPECIAL = /[\x00-\x1f\x7f\\']/g;

/** `'name'` with control characters, quotes and backslashes escaped (like Python's repr). */
export function quoteName(name: string | Buffer): string {
  if (typeof name === 'string') return `'${escape(name)}'`;
  if (isUtf8(name)) return `'${escape(name.toString('utf8'))}'`;
  let out = '';
  for (const byte of name) out += byte < 0x80 ? escape(String.fromCharCode(byte)) : `\\x${hex(byte)}`;
  return `'${out}'`;
}

/** Member names as one phrase: the first few quoted, then how many more. */
export function listNames(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map((n) => quoteName(n));
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}

function escape(text: string): string {
  return text.replace(SPECIAL, (c) => (c === '\\' || c === "'" ? `\\${c}` : `\\x${hex(c.charCodeAt(0))}`));
}

function hex(code: number): string {
  return code.toString(16).padStart(2, '0');
}
