/** Offsets, lines and span replacement on file texts (string indices, as the readers report them). */
import type { Replacement } from './types.js';

/** `text` with every replacement applied; replacements must be sorted and must not overlap. */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += text.slice(at, r.start) + r.new;
    at = r.end;
  }
  return out + text.slice(at);
}

/** The line ending used at `offset` (the end of a line): CRLF files stay CRLF. */
export function eolAt(text: string, offset: number): string {
  if (offset >= text.length) return text.includes('\r\n') ? '\r\n' : '\n';
  return text.startsWith('\r\n', offset) ? '\r\n' : '\n';
}
