/**
 * RECORD: parsing (Python's csv reader, `path,algorithm=digest,size`) and the checks that make
 * installers and PyPI trust it: every archive member listed with a sha256-or-better hash and size
 * equal to the file's, no path listed twice, no absolute or non-normalized paths.
 */
import { type Finding, finding } from '../findings.js';
import { pyRepr } from '../python-text.js';
import { readCsv } from './csv.js';
import { WHEEL_RULES } from './rules.js';

/** One RECORD row. `algorithm`/`digest`/`size` are absent when their field is empty or invalid. */
export interface RecordRow {
  path: string;
  algorithm?: string;
  /** urlsafe base64 without padding, as written. */
  digest?: string;
  size?: number;
  /** The 1-based line of RECORD the row starts on. */
  line: number;
}

/** What the caller computed for one archive member: the digest with `hashAlgorithmFor`'s algorithm, and the size. */
export interface ComputedDigest {
  /** The Node crypto algorithm name used (as returned by `hashAlgorithmFor`). */
  algorithm: string;
  digest: Buffer;
  size: number;
}

/** Python's list repr of the fields, as cwc's `Invalid RECORD entry: [...]` prints them. */
function pyList(fields: string[]): string {
  return `[${fields.map(pyRepr).join(', ')}]`;
}

const REBUILD_FIX =
  'rebuild the wheel with its build backend instead of editing it; tools that modify built wheels must rewrite ' +
  'RECORD (`wheel unpack` + `wheel pack` does)';

/** Parses RECORD text; rows that are not `path,hash,size` become R014 findings (the path is kept when known). */
export function parseRecord(text: string): { rows: RecordRow[]; findings: Finding[] } {
  const rows: RecordRow[] = [];
  const findings: Finding[] = [];
  const invalid = (line: number, why: string): void => {
    findings.push(finding(WHEEL_RULES.R014, `RECORD line ${line}: ${why}`, REBUILD_FIX));
  };
  for (const record of readCsv(text)) {
    const { fields, line } = record;
    if (record.unterminated) invalid(line, 'unexpected end of data: a quoted field is not closed');
    if (fields.length !== 3) {
      invalid(line, `Invalid RECORD entry: ${pyList(fields)} (a row is path,hash,size)`);
      // Only a row of one to three fields still names its path reliably.
      if (fields.length === 0 || fields.length > 3 || fields[0] === '') continue;
    }
    const [path, hash = '', size = ''] = fields as [string, string?, string?];
    const row: RecordRow = { path, line };
    if (hash !== '') {
      const eq = hash.indexOf('=');
      if (eq <= 0) invalid(line, `hash ${pyRepr(hash)} of ${pyRepr(path)} is not <algorithm>=<digest>`);
      else {
        row.algorithm = hash.slice(0, eq);
        row.digest = hash.slice(eq + 1);
      }
    }
    if (size !== '') {
      // Python's int(): surrounding whitespace, a sign and `_` between digits are allowed.
      if (/^\s*[+-]?[0-9]+(?:_[0-9]+)*\s*$/.test(size)) row.size = Number(size.replace(/[\s_]/g, ''));
      else invalid(line, `Invalid RECORD entry: ${pyList(fields)} (size ${pyRepr(size)} is not an integer)`);
    }
    rows.push(row);
  }
  return { rows, findings };
}

// hashlib.algorithms_guaranteed at least as strong as sha256, with Node's names for them.
const NODE_ALGORITHMS: Readonly<Record<string, string>> = {
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
  sha3_256: 'sha3-256',
  sha3_384: 'sha3-384',
  sha3_512: 'sha3-512',
  blake2b: 'blake2b512',
  blake2s: 'blake2s256',
};
const GUARANTEED_WEAK = new Set(['md5', 'sha1', 'sha224', 'sha3_224']);
const GUARANTEED_VARIABLE = new Set(['shake_128', 'shake_256']);

/**
 * The Node crypto algorithm to hash a member with: the one its RECORD row names, sha256 when the
 * member is not listed or has no hash. Undefined when the row names an algorithm that is not allowed
 * (md5, sha1, weaker or unknown ones): `checkRecord` reports that instead of a digest mismatch.
 */
export function hashAlgorithmFor(row: RecordRow | undefined): string | undefined {
  if (!row?.algorithm) return 'sha256';
  return NODE_ALGORITHMS[row.algorithm];
}

function algorithmProblem(algorithm: string): string {
  if (GUARANTEED_WEAK.has(algorithm)) return `${algorithm} is weaker than sha256`;
  if (GUARANTEED_VARIABLE.has(algorithm))
    return `${algorithm} has no fixed digest size, so installers cannot verify it`;
  if (NODE_ALGORITHMS[algorithm.toLowerCase()])
    return `hashlib names are lower-case: write ${algorithm.toLowerCase()}`;
  return `${pyRepr(algorithm)} is not a hashlib.algorithms_guaranteed name`;
}

// A path component that is `.` or `..`.
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;

/** cwc's path rules (`validate_path`): the message for a bad RECORD path, or undefined. */
export function recordPathProblem(path: string): string | undefined {
  if (path.startsWith('/')) return `Absolute path in RECORD: ${pyRepr(path)}`;
  if (path === '') return 'Empty path in RECORD';
  if (path.includes('//')) return `Non-normalized path in RECORD: ${pyRepr(path)}`;
  if (DOT_SEGMENT.test(path)) return `Non-normalized path in RECORD: ${pyRepr(path)}`;
  return undefined;
}

const MAX_LISTED = 10;

function listPaths(paths: string[]): string {
  const shown = paths.slice(0, MAX_LISTED).map(pyRepr).join(', ');
  return paths.length > MAX_LISTED ? `${shown} and ${paths.length - MAX_LISTED} more` : shown;
}

/** Paths RECORD lists more than once, or as both a file and a directory (cwc's "Conflicting occurrences"). */
export function conflictingRecordPaths(rows: readonly RecordRow[]): string[] {
  const files = new Set<string>();
  const conflicts: string[] = [];
  for (const { path } of rows) {
    if (path.endsWith('/')) continue;
    if (files.has(path)) conflicts.push(path);
    files.add(path);
  }
  for (const path of files) {
    // Every directory prefix (`a`, `a/b` of `a/b/c`), without splitting and joining per prefix.
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      const dir = path.slice(0, slash);
      if (files.has(dir) && !conflicts.includes(dir)) conflicts.push(dir);
    }
  }
  return conflicts;
}

// RECORD beside the archive: what each lists, and the files that are not members like the others.
interface RecordView {
  recordPath: string;
  /** RECORD.jws and RECORD.p7s, which RECORD does not list. */
  signatures: Set<string>;
  /** RECORD's rows by path, with Windows separators normalised as Warehouse compares them. */
  listed: Map<string, RecordRow>;
  members: string[];
  memberSet: Set<string>;
}

/**
 * RECORD against the archive: every member listed (RECORD.jws/.p7s excepted), nothing listed that
 * is not there, each listed file hashed with sha256 or better, digests and sizes equal to `computed`
 * (keyed by member name; a digest is compared only when computed with the row's algorithm). Digests
 * that are the right ones written in hex make one R028 warning for the wheel, not an error each.
 */
export function checkRecord(
  rows: RecordRow[],
  members: string[],
  computed: Map<string, ComputedDigest>,
  recordPath: string,
): Finding[] {
  const listed = new Map<string, RecordRow>();
  for (const row of rows) {
    const path = row.path.replace(/\\/g, '/');
    if (!listed.has(path)) listed.set(path, row);
  }
  const view: RecordView = {
    recordPath,
    signatures: new Set([`${recordPath}.jws`, `${recordPath}.p7s`]),
    listed,
    members,
    memberSet: new Set(members),
  };
  return [
    ...checkRecordPaths(rows),
    ...checkListing(view),
    ...checkSignatures(view),
    ...checkDigests(view, computed),
  ];
}

// cwc's path rules and duplicates (R015, R016).
function checkRecordPaths(rows: readonly RecordRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const row of rows) {
    const problem = recordPathProblem(row.path);
    if (problem) findings.push(finding(WHEEL_RULES.R015, problem, REBUILD_FIX, [row.path]));
  }
  for (const path of conflictingRecordPaths(rows)) {
    findings.push(
      finding(WHEEL_RULES.R016, `Conflicting occurrences of path ${pyRepr(path)}`, REBUILD_FIX, [path]),
    );
  }
  return findings;
}

// Members RECORD leaves out, paths it lists that are no members (or directories), and itself (R017, R018, R023).
function checkListing({ recordPath, signatures, listed, members, memberSet }: RecordView): Finding[] {
  const findings: Finding[] = [];
  const unlisted = members.filter((m) => m !== recordPath && !signatures.has(m) && !listed.has(m));
  if (unlisted.length > 0) {
    findings.push(
      finding(
        WHEEL_RULES.R017,
        `${unlisted.length === 1 ? 'A file is' : `${unlisted.length} files are`} in the archive but not in RECORD: ` +
          `${listPaths(unlisted)}. Installation will fail if any file in the archive is not both mentioned and ` +
          'correctly hashed in RECORD.',
        REBUILD_FIX,
        unlisted,
      ),
    );
  }
  const directories = [...listed.keys()].filter((p) => p.endsWith('/'));
  const missing = [...listed.keys()].filter(
    (p) => !p.endsWith('/') && p !== recordPath && !signatures.has(p) && !memberSet.has(p),
  );
  if (missing.length > 0) {
    findings.push(
      finding(
        WHEEL_RULES.R018,
        `RECORD lists ${missing.length === 1 ? 'a file' : `${missing.length} files`} the archive does not contain: ` +
          `${listPaths(missing)} (PyPI emails the project owners about a RECORD that does not match the archive)`,
        REBUILD_FIX,
        missing,
      ),
    );
  }
  if (directories.length > 0) {
    findings.push(
      finding(
        WHEEL_RULES.R018,
        `RECORD lists ${directories.length === 1 ? 'a directory' : `${directories.length} directories`}: ` +
          `${listPaths(directories)}. Directories should not be listed.`,
        REBUILD_FIX,
        directories,
      ),
    );
  }
  if (memberSet.has(recordPath) && !listed.has(recordPath)) {
    findings.push(
      finding(
        WHEEL_RULES.R023,
        `RECORD does not list itself: the RECORD file itself must be listed (as ${pyRepr(`${recordPath},,`)})`,
        REBUILD_FIX,
        [recordPath],
      ),
    );
  }
  return findings;
}

// RECORD.jws / RECORD.p7s in the wheel or in RECORD (R024).
function checkSignatures({ signatures, listed, memberSet }: RecordView): Finding[] {
  const findings: Finding[] = [];
  for (const signature of signatures) {
    if (memberSet.has(signature)) {
      findings.push(
        finding(
          WHEEL_RULES.R024,
          `${pyRepr(signature)} is deprecated (PEP 815): build backends and other tools must not add RECORD.jws ` +
            'or RECORD.p7s to wheels anymore',
          'stop signing wheels with `wheel sign`; publish with PyPI attestations (Trusted Publishing) instead',
          [signature],
        ),
      );
    }
    if (listed.has(signature)) {
      findings.push(
        finding(
          WHEEL_RULES.R024,
          `RECORD mentions ${pyRepr(signature)}; neither RECORD.jws nor RECORD.p7s are mentioned in RECORD`,
          REBUILD_FIX,
          [signature],
        ),
      );
    }
  }
  return findings;
}

// Each listed member's hash algorithm, digest and size (R019–R022); hex digests that match, once (R028).
function checkDigests(view: RecordView, computed: Map<string, ComputedDigest>): Finding[] {
  const { recordPath, signatures, listed, memberSet } = view;
  const findings: Finding[] = [];
  const hexRows: RecordRow[] = [];
  let hashedRows = 0;
  for (const [path, row] of listed) {
    if (path === recordPath || signatures.has(path) || !memberSet.has(path)) continue;
    if (!row.algorithm) {
      findings.push(
        finding(
          WHEEL_RULES.R019,
          `RECORD line ${row.line}: ${pyRepr(path)} has no hash; every file except RECORD, which cannot contain a ` +
            'hash of itself, must include its hash',
          REBUILD_FIX,
          [path],
        ),
      );
      continue;
    }
    const algorithm = hashAlgorithmFor(row);
    if (!algorithm) {
      findings.push(
        finding(
          WHEEL_RULES.R020,
          `RECORD line ${row.line}: ${pyRepr(path)} is hashed with ${row.algorithm} (${algorithmProblem(row.algorithm)}); ` +
            'the hash algorithm must be sha256 or better; specifically, md5 and sha1 are not permitted',
          `${REBUILD_FIX}; current backends write sha256`,
          [path],
        ),
      );
      continue;
    }
    const actual = computed.get(path);
    if (!actual) continue;
    if (actual.algorithm === algorithm && row.digest !== undefined) {
      hashedRows++;
      const digest = actual.digest.toString('base64url');
      if (row.digest !== digest && row.digest.toLowerCase() === actual.digest.toString('hex')) {
        hexRows.push(row);
      } else if (row.digest !== digest) {
        findings.push(digestMismatch(path, row, row.digest, actual.digest));
      }
    }
    if (row.size !== undefined && row.size !== actual.size) {
      findings.push(
        finding(
          WHEEL_RULES.R022,
          `RECORD line ${row.line}: ${pyRepr(path)} has size ${row.size} in RECORD, but the file has ${actual.size} bytes`,
          REBUILD_FIX,
          [path],
        ),
      );
    }
  }
  if (hexRows.length > 0) findings.push(hexDigestFinding(hexRows, hashedRows));
  return findings;
}

// A digest that is not the file's, with a hint when it is the file's written the wrong way (R021).
function digestMismatch(path: string, row: RecordRow, written: string, actual: Buffer): Finding {
  const digest = actual.toString('base64url');
  let hint = '';
  if (written.replace(/=+$/, '') === digest) hint = ' (RECORD digests are written without "=" padding)';
  else if (written.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_') === digest) {
    hint = ' (RECORD digests use the urlsafe base64 alphabet, - and _ instead of + and /)';
  } else if (/^[0-9a-f]+$/i.test(written) && written.length === actual.length * 2) {
    hint = ` (the RECORD digest is hex, and not the file's either: its hex is ${actual.toString('hex')})`;
  }
  return finding(
    WHEEL_RULES.R021,
    `RECORD line ${row.line}: ${pyRepr(path)} has ${row.algorithm}=${written} in RECORD, but the file's ` +
      `${row.algorithm} is ${digest}${hint}. Installation will fail if any file is not correctly hashed in RECORD.`,
    REBUILD_FIX,
    [path],
  );
}

function hexDigestFinding(rows: RecordRow[], hashed: number): Finding {
  const first = rows[0]!;
  const share =
    rows.length === hashed
      ? hashed === 1
        ? 'its only digest'
        : `all ${hashed} digests`
      : `${rows.length} of ${hashed} digests`;
  return finding(
    WHEEL_RULES.R028,
    `RECORD writes ${share} in hex (line ${first.line}: ${pyRepr(first.path)} has ` +
      `${first.algorithm}=${first.digest}) instead of urlsafe base64 without "=" padding, as the RECORD ` +
      'format (PEP 376, PEP 427) requires. The digests match the files, so pip and uv install the wheel (neither ' +
      'verifies RECORD digests) and PyPI accepts it (it does not check RECORD digests), but tools that verify ' +
      'them reject it: `wheel unpack` stops with "Hash mismatch for file …", and ' +
      '`python -m installer --validate-record=all` fails too.',
    'rebuild with a backend that writes urlsafe base64 digests; uv_build before 0.8.13 wrote hex ' +
      '(astral-sh/uv#15398): require uv_build>=0.8.13 in [build-system] requires. A tool that writes RECORD ' +
      'itself must encode each digest as base64.urlsafe_b64encode(digest).rstrip(b"=")',
    rows.map((r) => r.path),
  );
}
