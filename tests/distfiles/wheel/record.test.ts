import { createHash } from 'node:crypto';
import { afterAll, describe, expect, test } from '@jest/globals';
import { checkDistributions } from '@otai-release/core/distfiles';
import {
  checkRecord,
  type ComputedDigest,
  hashAlgorithmFor,
  parseRecord,
  type RecordRow,
} from '@otai-release/core/distfiles/wheel';
import { cleanup, materialize } from '../../fixtures/layouts.js';
import { makeWheel, recordText, wheelText } from '../../support/archives.js';

afterAll(cleanup);

const META =
  'Metadata-Version: 2.1\nName: hexrec\nVersion: 1.0\nDescription-Content-Type: text/plain\n\nA test.\n';

const RECORD = 'foo-1.0.dist-info/RECORD';

function digestOf(text: string, algorithm = 'sha256'): ComputedDigest {
  const data = Buffer.from(text);
  return { algorithm, digest: createHash(algorithm).update(data).digest(), size: data.length };
}

/** A consistent wheel: member texts, their RECORD rows and their computed digests. */
function wheel(files: Record<string, string>): {
  members: string[];
  rows: RecordRow[];
  computed: Map<string, ComputedDigest>;
} {
  const members = [...Object.keys(files), RECORD];
  const computed = new Map<string, ComputedDigest>();
  const lines: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const d = digestOf(text);
    computed.set(path, d);
    lines.push(`${path},sha256=${d.digest.toString('base64url')},${d.size}`);
  }
  lines.push(`${RECORD},,`);
  const { rows, findings } = parseRecord(`${lines.join('\n')}\n`);
  expect(findings).toEqual([]);
  return { members, rows, computed };
}

const FILES = { 'foo/__init__.py': 'x = 1\n', 'foo-1.0.dist-info/METADATA': 'Metadata-Version: 2.1\n' };

describe('parseRecord', () => {
  test("reads Python's csv dialect: quotes, doubled quotes, \\r\\n and a final line without newline", () => {
    const text = 'a.py,sha256=AAA,1\r\n"b,c.py",sha256=BBB,2\n"d""e.py",,\nfoo-1.0.dist-info/RECORD,,';
    expect(parseRecord(text)).toEqual({
      rows: [
        { path: 'a.py', algorithm: 'sha256', digest: 'AAA', size: 1, line: 1 },
        { path: 'b,c.py', algorithm: 'sha256', digest: 'BBB', size: 2, line: 2 },
        { path: 'd"e.py', line: 3 },
        { path: 'foo-1.0.dist-info/RECORD', line: 4 },
      ],
      findings: [],
    });
  });

  test('a quoted field may hold a line break; the next row keeps its own line number', () => {
    const { rows } = parseRecord('"a\nb.py",sha256=X,1\nc.py,sha256=Y,2\n');
    expect(rows.map((r) => [r.path, r.line])).toEqual([
      ['a\nb.py', 1],
      ['c.py', 3],
    ]);
  });

  test.each([
    [
      'a.py,sha256=X,1\n\nb.py,sha256=Y,2\n',
      'RECORD line 2: Invalid RECORD entry: [] (a row is path,hash,size)',
    ],
    [
      'a.py,sha256=X\n',
      "RECORD line 1: Invalid RECORD entry: ['a.py', 'sha256=X'] (a row is path,hash,size)",
    ],
    [
      'a.py,sha256=X,1,extra\n',
      "RECORD line 1: Invalid RECORD entry: ['a.py', 'sha256=X', '1', 'extra'] (a row is path,hash,size)",
    ],
    [
      'a.py,sha256=X,12kB\n',
      "RECORD line 1: Invalid RECORD entry: ['a.py', 'sha256=X', '12kB'] (size '12kB' is not an integer)",
    ],
    ['a.py,abcdef,1\n', "RECORD line 1: hash 'abcdef' of 'a.py' is not <algorithm>=<digest>"],
    ['"a.py,sha256=X,1\n', 'RECORD line 1: unexpected end of data: a quoted field is not closed'],
  ])('R014: %j', (text, message) => {
    expect(parseRecord(text).findings).toContainEqual(
      expect.objectContaining({ code: 'R014', severity: 'error', message }),
    );
  });

  test("sizes are read as Python's int() reads them", () => {
    expect(parseRecord('a.py,sha256=X, 1_000 \n').rows[0]!.size).toBe(1000);
  });
});

describe('hashAlgorithmFor', () => {
  test.each([
    [undefined, 'sha256'],
    [{ path: 'a', line: 1 }, 'sha256'],
    [{ path: 'a', line: 1, algorithm: 'sha384', digest: 'x' }, 'sha384'],
    [{ path: 'a', line: 1, algorithm: 'sha3_256', digest: 'x' }, 'sha3-256'],
    [{ path: 'a', line: 1, algorithm: 'blake2b', digest: 'x' }, 'blake2b512'],
    [{ path: 'a', line: 1, algorithm: 'md5', digest: 'x' }, undefined],
    [{ path: 'a', line: 1, algorithm: 'sha1', digest: 'x' }, undefined],
    [{ path: 'a', line: 1, algorithm: 'sha224', digest: 'x' }, undefined],
  ] as [RecordRow | undefined, string | undefined][])('%j → %s', (row, algorithm) => {
    expect(hashAlgorithmFor(row)).toBe(algorithm);
  });
});

describe('checkRecord', () => {
  test('a consistent RECORD has no findings', () => {
    const { members, rows, computed } = wheel(FILES);
    expect(checkRecord(rows, members, computed, RECORD)).toEqual([]);
  });

  test('a stronger algorithm than sha256 is verified with that algorithm', () => {
    const d = digestOf('x = 1\n', 'sha512');
    const rows: RecordRow[] = [
      { path: 'a.py', algorithm: 'sha512', digest: d.digest.toString('base64url'), size: d.size, line: 1 },
      { path: RECORD, line: 2 },
    ];
    expect(checkRecord(rows, ['a.py', RECORD], new Map([['a.py', d]]), RECORD)).toEqual([]);
  });

  test.each([
    ['/etc/passwd', "Absolute path in RECORD: '/etc/passwd'"],
    ['', 'Empty path in RECORD'],
    ['foo//bar.py', "Non-normalized path in RECORD: 'foo//bar.py'"],
    ['foo/../bar.py', "Non-normalized path in RECORD: 'foo/../bar.py'"],
    ['./bar.py', "Non-normalized path in RECORD: './bar.py'"],
  ])("R015: %j (cwc's text)", (path, message) => {
    const { members, rows, computed } = wheel(FILES);
    rows.push({ path, line: 9 });
    expect(checkRecord(rows, members, computed, RECORD)).toContainEqual(
      expect.objectContaining({ code: 'R015', severity: 'error', message }),
    );
  });

  test('R016: a path listed twice, or as both a file and a directory', () => {
    const { members, rows, computed } = wheel(FILES);
    rows.push({ ...rows[0]! }, { path: 'foo/__init__.py/x', line: 9 });
    const found = checkRecord(rows, members, computed, RECORD).filter((f) => f.code === 'R016');
    expect(found.map((f) => f.message)).toEqual(["Conflicting occurrences of path 'foo/__init__.py'"]);
  });

  test('R017: a member RECORD does not list', () => {
    const { members, rows, computed } = wheel(FILES);
    members.push('foo/extra.py');
    expect(checkRecord(rows, members, computed, RECORD)).toEqual([
      expect.objectContaining({
        code: 'R017',
        severity: 'error',
        message:
          "A file is in the archive but not in RECORD: 'foo/extra.py'. Installation will fail if any file in the " +
          'archive is not both mentioned and correctly hashed in RECORD.',
        members: ['foo/extra.py'],
      }),
    ]);
  });

  test('R018: RECORD lists a file the archive lacks, or a directory', () => {
    const { members, rows, computed } = wheel(FILES);
    rows.push(
      { path: 'foo/gone.py', algorithm: 'sha256', digest: 'x', size: 1, line: 9 },
      { path: 'foo/', line: 10 },
    );
    const found = checkRecord(rows, members, computed, RECORD);
    expect(found.map((f) => [f.code, f.severity, f.members])).toEqual([
      ['R018', 'warning', ['foo/gone.py']],
      ['R018', 'warning', ['foo/']],
    ]);
  });

  test('R019: a file without a hash; RECORD itself needs none', () => {
    const { members, rows, computed } = wheel(FILES);
    delete rows[0]!.algorithm;
    delete rows[0]!.digest;
    expect(checkRecord(rows, members, computed, RECORD)).toEqual([
      expect.objectContaining({
        code: 'R019',
        message:
          "RECORD line 1: 'foo/__init__.py' has no hash; every file except RECORD, which cannot contain a hash of " +
          'itself, must include its hash',
      }),
    ]);
  });

  test.each([
    ['md5', 'md5 is weaker than sha256'],
    ['sha1', 'sha1 is weaker than sha256'],
    ['SHA256', 'hashlib names are lower-case: write sha256'],
    ['whirlpool', "'whirlpool' is not a hashlib.algorithms_guaranteed name"],
  ])('R020: %s is not allowed', (algorithm, why) => {
    const { members, rows, computed } = wheel(FILES);
    rows[0]!.algorithm = algorithm;
    expect(checkRecord(rows, members, computed, RECORD)).toEqual([
      expect.objectContaining({
        code: 'R020',
        message: `RECORD line 1: 'foo/__init__.py' is hashed with ${algorithm} (${why}); the hash algorithm must be sha256 or better; specifically, md5 and sha1 are not permitted`,
      }),
    ]);
  });

  test('R021: a digest that does not match the file', () => {
    const { members, rows, computed } = wheel(FILES);
    computed.set('foo/__init__.py', digestOf('x = 2\n'));
    const [f] = checkRecord(rows, members, computed, RECORD);
    expect(f).toMatchObject({ code: 'R021', severity: 'error', members: ['foo/__init__.py'] });
    expect(f!.message).toContain(
      `but the file's sha256 is ${digestOf('x = 2\n').digest.toString('base64url')}`,
    );
  });

  test('R021 names a padded digest as the cause', () => {
    const { members, rows, computed } = wheel(FILES);
    rows[0]!.digest += '=';
    expect(checkRecord(rows, members, computed, RECORD)[0]!.message).toContain(
      '(RECORD digests are written without "=" padding)',
    );
  });

  test('R028: digests written in hex are one warning for the wheel, not an error per member', () => {
    const { members, rows, computed } = wheel(FILES);
    for (const row of rows.slice(0, 2)) row.digest = computed.get(row.path)!.digest.toString('hex');
    const found = checkRecord(rows, members, computed, RECORD);
    expect(found).toEqual([
      expect.objectContaining({
        code: 'R028',
        severity: 'warning',
        members: ['foo/__init__.py', 'foo-1.0.dist-info/METADATA'],
      }),
    ]);
    expect(found[0]!.message).toMatch(
      /^RECORD writes all 2 digests in hex \(line 1: 'foo\/__init__.py' has sha256=/,
    );
    expect(found[0]!.message).toContain('instead of urlsafe base64 without "=" padding');
    expect(found[0]!.message).toContain('`wheel unpack`');
    expect(found[0]!.fix).toContain('uv_build>=0.8.13');
  });

  test('R028 and R021 apart: a hex digest of the right bytes is encoding, a tampered member stays an error', () => {
    const { members, rows, computed } = wheel(FILES);
    rows[1]!.digest = computed.get(rows[1]!.path)!.digest.toString('hex').toUpperCase();
    rows[0]!.digest = digestOf('x = 2\n').digest.toString('hex');
    const found = checkRecord(rows, members, computed, RECORD);
    expect(found.map((f) => [f.code, f.severity, f.members])).toEqual([
      ['R021', 'error', ['foo/__init__.py']],
      ['R028', 'warning', ['foo-1.0.dist-info/METADATA']],
    ]);
    expect(found[0]!.message).toContain("(the RECORD digest is hex, and not the file's either: its hex is ");
    expect(found[1]!.message).toMatch(/^RECORD writes 1 of 2 digests in hex/);
  });

  test('a wheel whose RECORD is all hex passes with a warning, and fails only under strict', async () => {
    const dir = materialize({});
    const files: [string, Buffer][] = [
      ['hexrec/__init__.py', Buffer.from('x = 1\n')],
      ['hexrec-1.0.dist-info/METADATA', Buffer.from(META)],
      ['hexrec-1.0.dist-info/WHEEL', Buffer.from(wheelText('py3-none-any'))],
    ];
    const record = recordText(files, 'hexrec-1.0.dist-info/RECORD').replace(
      /sha256=([^,]+)/g,
      (_, b64: string) => `sha256=${Buffer.from(b64, 'base64url').toString('hex')}`,
    );
    const path = makeWheel(dir, {
      name: 'hexrec',
      version: '1.0',
      files: { 'hexrec/__init__.py': 'x = 1\n' },
      metadata: META,
      record,
    });
    // A plain-text description and no classifiers: nothing for Python to do.
    const options = { strict: false, maxFileSize: 100 * 1024 * 1024 };
    const lenient = await checkDistributions([path], options);
    expect(lenient.files[0]!.findings.map((f) => [f.code, f.severity])).toEqual([['R028', 'warning']]);
    expect(lenient.files[0]!.status).toBe('passed-with-warnings');
    const strict = await checkDistributions([path], { ...options, strict: true });
    expect(strict.files[0]!.status).toBe('failed');
  });

  test('R022: a size that is not the file size', () => {
    const { members, rows, computed } = wheel(FILES);
    rows[0]!.size = 99;
    expect(checkRecord(rows, members, computed, RECORD)).toEqual([
      expect.objectContaining({
        code: 'R022',
        message: "RECORD line 1: 'foo/__init__.py' has size 99 in RECORD, but the file has 6 bytes",
      }),
    ]);
  });

  test('R023: RECORD does not list itself', () => {
    const { members, rows, computed } = wheel(FILES);
    rows.pop();
    expect(checkRecord(rows, members, computed, RECORD).map((f) => [f.code, f.severity])).toEqual([
      ['R023', 'warning'],
    ]);
  });

  test('R024: RECORD.jws is deprecated, exempt from RECORD, and must not be listed in it', () => {
    const { members, rows, computed } = wheel(FILES);
    members.push(`${RECORD}.jws`);
    expect(checkRecord(rows, members, computed, RECORD).map((f) => f.code)).toEqual(['R024']);
    rows.push({ path: `${RECORD}.jws`, line: 9 });
    expect(checkRecord(rows, members, computed, RECORD).map((f) => f.code)).toEqual(['R024', 'R024']);
  });

  test("Windows separators in RECORD paths count as '/', as Warehouse compares them", () => {
    const { members, rows, computed } = wheel(FILES);
    rows[0]!.path = 'foo\\__init__.py';
    expect(checkRecord(rows, members, computed, RECORD)).toEqual([]);
  });
});
