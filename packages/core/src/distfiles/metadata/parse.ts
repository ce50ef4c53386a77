/**
 * Reading METADATA / PKG-INFO the way twine does: Python's email parser (compat32 policy) splits the
 * headers, then packaging's `parse_email` sorts them into known fields and "unparsed" leftovers.
 * The quirks are Python's and matter for what twine reports: a line that is not a header ends the
 * headers, folded values keep their line breaks, and a field that is not UTF-8 becomes unparsed.
 */
import { pyStrip } from '../../pep440/whitespace.js';
import { FIELD_BY_HEADER, type RawKey } from './fields.js';

/** The known fields of one METADATA file, typed as packaging's RawMetadata. */
export interface RawMetadata {
  metadata_version?: string;
  name?: string;
  version?: string;
  platforms?: string[];
  supported_platforms?: string[];
  summary?: string;
  description?: string;
  description_content_type?: string;
  keywords?: string[];
  home_page?: string;
  download_url?: string;
  author?: string;
  author_email?: string;
  maintainer?: string;
  maintainer_email?: string;
  license?: string;
  license_expression?: string;
  license_files?: string[];
  classifiers?: string[];
  requires_dist?: string[];
  requires_python?: string;
  requires_external?: string[];
  /** Project-URL as label → URL, in the order written. */
  project_urls?: Map<string, string>;
  provides_extra?: string[];
  provides_dist?: string[];
  obsoletes_dist?: string[];
  requires?: string[];
  provides?: string[];
  obsoletes?: string[];
  dynamic?: string[];
  import_names?: string[];
  import_namespaces?: string[];
}

/** A parsed METADATA / PKG-INFO. */
export interface ParsedMetadata {
  /** Known fields, typed: single-use as string, multi-use as string[], Project-URL as label → URL. */
  raw: RawMetadata;
  /**
   * What packaging could not parse, keyed by lower-case header: unknown fields, single-use fields
   * given twice, duplicate Project-URL labels, values that are not UTF-8, a description given both
   * as a header and as the body.
   */
  unparsed: Map<string, string[]>;
  /** Each header's spelling as written in the file (first occurrence), keyed by lower-case name. */
  headerNames: Map<string, string>;
}

// Python's email.feedparser: a header line starts with a field name and a colon (printable ASCII
// except ':'), a continuation with a space or tab, or is a "From " envelope line.
const HEADER_LINE = /^(From |[\x21-\x39\x3b-\x7e]*:|[\t ])/;
const LINE = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as a string of the same length (one char per byte), so line handling never splits UTF-8. */
function binary(data: Buffer): string {
  return data.toString('latin1');
}

/** The text of a run of bytes when it is UTF-8; otherwise the latin-1 mojibake packaging keeps. */
function decode(bytes: string): { text: string; utf8: boolean } {
  if (!/[\x80-\xff]/.test(bytes)) return { text: bytes, utf8: true };
  try {
    return { text: UTF8.decode(Buffer.from(bytes, 'latin1')), utf8: true };
  } catch {
    return { text: bytes, utf8: false };
  }
}

interface Headers {
  /** [name as written, value (binary string)] in file order. */
  fields: [string, string][];
  body: string;
}

function splitHeaders(text: string): Headers {
  const lines = text.match(LINE) ?? [];
  const headerLines: string[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!HEADER_LINE.test(line)) {
      // A blank line separates headers from the body and is dropped; any other line starts the body.
      if (/^(?:\r\n|\r|\n)/.test(line)) i++;
      break;
    }
    headerLines.push(line);
  }
  let body = lines.slice(i).join('');

  const fields: [string, string][] = [];
  let current: string[] | undefined;
  let name = '';
  const flush = () => {
    if (!current) return;
    const first = current[0]!;
    const value = first.slice(first.indexOf(':') + 1).replace(/^[ \t]+/, '') + current.slice(1).join('');
    fields.push([name, value.replace(/[\r\n]+$/, '')]);
    current = undefined;
  };
  headerLines.forEach((line, index) => {
    if (line[0] === ' ' || line[0] === '\t') {
      current?.push(line); // a continuation before any header is dropped, as Python does
      return;
    }
    flush();
    if (line.startsWith('From ')) {
      // An envelope line: ignored, except as the last header line, where Python reads it as body.
      if (index > 0 && index === headerLines.length - 1) body = line + body;
      return;
    }
    const colon = line.indexOf(':');
    if (colon === 0) return; // "Missing header name": skipped
    name = line.slice(0, colon);
    current = [line];
  });
  flush();
  return { fields, body };
}

/** `Label, URL` pairs; undefined when a label repeats (packaging then leaves the field unparsed). */
function parseProjectUrls(values: string[]): Map<string, string> | undefined {
  const urls = new Map<string, string>();
  for (const pair of values) {
    const comma = pair.indexOf(',');
    const label = pyStrip(comma < 0 ? pair : pair.slice(0, comma));
    const url = comma < 0 ? '' : pyStrip(pair.slice(comma + 1));
    if (urls.has(label)) return undefined;
    urls.set(label, url);
  }
  return urls;
}

/** Like packaging.metadata.parse_email: RFC-822 headers (+ body as description), UTF-8 required. */
export function parseCoreMetadata(data: Buffer): ParsedMetadata {
  const { fields, body } = splitHeaders(binary(data));
  const raw: Record<string, unknown> = {};
  const unparsed = new Map<string, string[]>();
  const headerNames = new Map<string, string>();

  const grouped = new Map<string, { values: string[]; utf8: boolean }>();
  for (const [written, value] of fields) {
    const name = written.toLowerCase();
    if (!headerNames.has(name)) headerNames.set(name, written);
    const group = grouped.get(name) ?? { values: [], utf8: true };
    const decoded = decode(value);
    group.values.push(decoded.text);
    group.utf8 &&= decoded.utf8;
    grouped.set(name, group);
  }

  for (const [name, { values, utf8 }] of grouped) {
    const spec = FIELD_BY_HEADER.get(name);
    if (!utf8 || !spec) {
      unparsed.set(name, values);
      continue;
    }
    const key: RawKey = spec.key;
    if (spec.shape === 'string' && values.length === 1) raw[key] = values[0];
    else if (key === 'import_names' && values.length === 1 && values[0] === '') raw[key] = [];
    else if (spec.shape === 'list') raw[key] = values;
    else if (spec.shape === 'keywords' && values.length === 1) raw[key] = values[0]!.split(',').map(pyStrip);
    else if (spec.shape === 'urls') {
      const urls = parseProjectUrls(values);
      if (urls) raw[key] = urls;
      else unparsed.set(name, values);
    } else unparsed.set(name, values);
  }

  if (body !== '') {
    const decoded = decode(body);
    if (!decoded.utf8) {
      const list = unparsed.get('description') ?? [];
      list.push(Buffer.from(body, 'latin1').toString('utf8'));
      unparsed.set('description', list);
    } else if (typeof raw.description === 'string') {
      // Both a Description header and a body: packaging cannot tell which is meant.
      unparsed.set('description', [...(unparsed.get('description') ?? []), raw.description, decoded.text]);
      delete raw.description;
    } else if (unparsed.has('description')) unparsed.get('description')!.push(decoded.text);
    else raw.description = decoded.text;
  }

  return { raw: raw as RawMetadata, unparsed, headerNames };
}
