/**
 * The `.dist-info/WHEEL` file: parsed as installers do (Python's email parser, compat32), then
 * checked: Wheel-Version 1.x (pip's texts), Root-Is-Purelib (check-wheel-contents' texts), and
 * Tag/Build agreeing with the file name.
 */
import { type Finding, finding } from '../findings.js';
import { expandTags, type WheelName } from '../filenames/wheel-filename.js';
import { pyRepr } from '../python-text.js';
import { WHEEL_RULES } from './rules.js';

// Python's email.feedparser headerRE: a header line, a continuation, or a Unix "From " line.
const HEADER_LINE = /^(From |[\x21-\x39\x3b-\x7e]*:|[\t ])/;

const BACKEND_FIX =
  'rebuild the wheel with its build backend; WHEEL is written by the backend and must not be edited by hand';

/**
 * Parses WHEEL into its headers, keyed by lower-cased name (header names are case-insensitive),
 * values in file order. A line that is not a header ends the headers, as in Python's parser.
 */
export function parseWheelMetadataFile(text: string): { fields: Map<string, string[]>; findings: Finding[] } {
  const fields = new Map<string, string[]>();
  const findings: Finding[] = [];
  const malformed = (line: number, why: string): void => {
    findings.push(finding(WHEEL_RULES.R008, `WHEEL line ${line}: ${why}`, BACKEND_FIX));
  };
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  let last: { values: string[]; index: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') break; // the blank line between headers and body
    if (!HEADER_LINE.test(line)) {
      malformed(
        i + 1,
        `${pyRepr(line)} is not a "Name: value" header; the headers end here, so this and later lines are ignored`,
      );
      break;
    }
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (last) last.values[last.index] += `\n${line}`;
      else malformed(i + 1, 'a continuation line without a header before it is ignored');
      continue;
    }
    // A line that is not a header still ends the previous header: continuations after it are ignored.
    last = undefined;
    if (line.startsWith('From ')) {
      malformed(i + 1, `${pyRepr(line)} is a mailbox "From " line, not a header, and is ignored`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon === 0) {
      malformed(i + 1, 'missing header name');
      continue;
    }
    const name = line.slice(0, colon).toLowerCase();
    const values = fields.get(name) ?? [];
    values.push(line.slice(colon + 1).replace(/^[ \t]+/, ''));
    fields.set(name, values);
    last = { values, index: values.length - 1 };
  }
  return { fields, findings };
}

/** Root-Is-Purelib as check-wheel-contents and pip read it (case-insensitive); undefined when missing or invalid. */
export function rootIsPurelib(fields: Map<string, string[]>): boolean | undefined {
  const value = fields.get('root-is-purelib')?.[0]?.trim().toLowerCase();
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

const SINGLE_USE = ['wheel-version', 'generator', 'root-is-purelib', 'build'];
const DISPLAY: Readonly<Record<string, string>> = {
  'wheel-version': 'Wheel-Version',
  generator: 'Generator',
  'root-is-purelib': 'Root-Is-Purelib',
  build: 'Build',
};

function checkWheelVersion(fields: Map<string, string[]>, wheelName: WheelName): Finding[] {
  const raw = fields.get('wheel-version')?.[0];
  if (raw === undefined) {
    return [
      finding(
        WHEEL_RULES.R009,
        'WHEEL is missing Wheel-Version',
        `${BACKEND_FIX} (it writes Wheel-Version: 1.0)`,
      ),
    ];
  }
  const version = raw.trim();
  const parts = version.split('.');
  if (!parts.every((p) => /^[0-9]+$/.test(p))) {
    return [finding(WHEEL_RULES.R009, `invalid Wheel-Version: ${pyRepr(version)}`, BACKEND_FIX)];
  }
  const numbers = parts.map(Number);
  const shown = numbers.join('.');
  if (numbers[0] !== 1) {
    return [
      finding(
        WHEEL_RULES.R009,
        numbers[0]! > 1
          ? `${wheelName.name}'s Wheel-Version (${shown}) is not compatible with this version of pip`
          : `Wheel-Version ${shown} is not a wheel format version (the format is version 1.x)`,
        `${BACKEND_FIX}; installers fail on a Wheel-Version whose major version is not 1`,
      ),
    ];
  }
  if (numbers.slice(1).some((n) => n > 0)) {
    return [
      finding(
        WHEEL_RULES.R010,
        `Installing from a newer Wheel-Version (${shown}): installers warn when the minor version is greater than 1.0`,
        'build with a backend that writes Wheel-Version: 1.0, the version installers support',
      ),
    ];
  }
  return [];
}

/**
 * Checks WHEEL's fields (as returned by `parseWheelMetadataFile`) against the wheel's file name:
 * Wheel-Version 1.x, Root-Is-Purelib true|false, Tag lines equal to the expanded file-name tags,
 * Build equal to the build tag.
 */
export function checkWheelFile(fields: Map<string, string[]>, wheelName: WheelName): Finding[] {
  const findings: Finding[] = [];
  for (const name of SINGLE_USE) {
    const count = fields.get(name)?.length ?? 0;
    if (count > 1) {
      findings.push(
        finding(
          WHEEL_RULES.R008,
          `WHEEL has ${count} ${DISPLAY[name]} headers; readers use only the first`,
          BACKEND_FIX,
        ),
      );
    }
  }
  findings.push(...checkWheelVersion(fields, wheelName));

  const purelib = fields.get('root-is-purelib')?.[0];
  if (purelib === undefined) {
    findings.push(
      finding(
        WHEEL_RULES.R011,
        'Root-Is-Purelib header not found in WHEEL file',
        `${BACKEND_FIX} (it writes Root-Is-Purelib: true for pure-Python wheels)`,
      ),
    );
  } else if (rootIsPurelib(fields) === undefined) {
    findings.push(
      finding(
        WHEEL_RULES.R011,
        `Invalid Root-Is-Purelib value in WHEEL file: ${pyRepr(purelib.trim())}`,
        BACKEND_FIX,
      ),
    );
  }

  const expected = expandTags(wheelName.tags);
  const tags = (fields.get('tag') ?? []).map((t) => t.trim());
  const missing = expected.filter((t) => !tags.includes(t));
  const extra = tags.filter((t) => !expected.includes(t));
  if (missing.length > 0 || extra.length > 0) {
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`no Tag line for ${missing.map(pyRepr).join(', ')}`);
    if (extra.length > 0) parts.push(`Tag ${extra.map(pyRepr).join(', ')} not in the file name`);
    findings.push(
      finding(
        WHEEL_RULES.R012,
        `WHEEL's Tag lines must be the wheel's expanded compatibility tags (${expected.map(pyRepr).join(', ')}): ` +
          `${parts.join('; ')}`,
        'rebuild instead of renaming the wheel; to change its tags use `wheel tags`, which rewrites WHEEL and the file name together',
      ),
    );
  }

  const build = fields.get('build')?.[0]?.trim();
  if (build !== wheelName.build) {
    findings.push(
      finding(
        WHEEL_RULES.R013,
        wheelName.build === undefined
          ? `WHEEL has Build: ${build} but the file name has no build tag; Build is omitted if there is no build number`
          : build === undefined
            ? `The file name has build tag ${pyRepr(wheelName.build)} but WHEEL has no Build header`
            : `WHEEL has Build: ${build} but the file name's build tag is ${pyRepr(wheelName.build)}`,
        'set the build number through the build backend (e.g. `--build-number`) rather than renaming the file, ' +
          'or use `wheel tags --build`, which rewrites WHEEL and the file name together',
      ),
    );
  }
  return findings;
}
