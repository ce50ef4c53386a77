/**
 * Description-Content-Type read as packaging reads it, through Python's email header parser: a
 * `type/subtype` and `; name=value` parameters. The defects Python reports for the common mistakes
 * are reproduced so the message says what is wrong.
 */

/** A parsed content type: lower-case type, parameters by lower-case name, or Python's first defect. */
export interface ContentType {
  type: string;
  params: Map<string, string>;
  defect?: string;
}

const TOKEN = /^[!#$%&'*+.^_`{|}~0-9A-Za-z-]+$/;

/** Splits on `;` outside double quotes. */
function splitParams(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** Parses a Content-Type value; `type` is `text/plain` when Python could not read one. */
export function parseContentType(value: string): ContentType {
  const [head = '', ...rest] = splitParams(value);
  const params = new Map<string, string>();
  // Python keeps spaces around '/' in the type (`text / markdown`), which then matches no known type.
  const m = /^\s*([^\s/;]+)(\s*\/\s*)([!#$%&'*+.^_`{|}~0-9A-Za-z-]*)(.*)$/s.exec(head);
  if (!m || !TOKEN.test(m[1]!) || m[3] === '') {
    return { type: 'text/plain', params, defect: 'Invalid content type' };
  }
  const type = `${m[1]}${m[2]}${m[3]}`.toLowerCase();
  const trailing = m[4]!.replace(/^[ \t]+/, '');
  if (trailing !== '') {
    return { type, params, defect: `Only parameters are valid after content type, but found '${trailing}'` };
  }
  let defect: string | undefined;
  for (const part of rest) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      defect ??= `Parameter contains name (${part}) but no value`;
      continue;
    }
    const name = part.slice(0, eq).trim().toLowerCase();
    let raw = part.slice(eq + 1).trim();
    if (raw === '' || name === '') {
      defect ??= `invalid parameter ${part.trim()}`;
      continue;
    }
    if (raw.startsWith('"')) {
      if (raw.length < 2 || !raw.endsWith('"')) defect ??= 'end of header inside quoted string';
      raw = raw.replace(/^"|"$/g, '');
    } else if (/\s/.test(raw)) {
      defect ??= `parameter with invalid trailing text ${raw}`;
      raw = raw.split(/\s/)[0]!;
    }
    if (params.has(name)) defect ??= 'duplicate parameter name; duplicate(s) ignored';
    else params.set(name, raw);
  }
  return defect === undefined ? { type, params } : { type, params, defect };
}
