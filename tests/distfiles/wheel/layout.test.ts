import { describe, expect, test } from '@jest/globals';
import type { WheelName } from '@otai-release/core/distfiles/filenames';
import { checkEntryPoints, checkLicenseFiles, checkWheelLayout } from '@otai-release/core/distfiles/wheel';

const FILE = 'foo-1.0-py3-none-any.whl';
const NAME: WheelName = {
  name: 'foo',
  version: '1.0',
  tags: { python: ['py3'], abi: ['none'], platform: ['any'] },
};
const DIST_INFO = ['foo-1.0.dist-info/METADATA', 'foo-1.0.dist-info/WHEEL', 'foo-1.0.dist-info/RECORD'];

describe('checkWheelLayout', () => {
  test('a wheel with its .dist-info, licenses, sboms and a .data directory of scheme keys has no findings', () => {
    const members = [
      'foo/__init__.py',
      ...DIST_INFO,
      'foo-1.0.dist-info/licenses/LICENSE',
      'foo-1.0.dist-info/sboms/foo.cdx.json',
      'foo-1.0.data/scripts/foo-tool',
      'foo-1.0.data/data/share/foo/x.txt',
      'foo-1.0.data/headers/foo.h',
    ];
    expect(checkWheelLayout(FILE, NAME, members)).toEqual({ distInfo: 'foo-1.0.dist-info', findings: [] });
  });

  test('R001: the .dist-info directory named otherwise than the file name starts (a renamed wheel)', () => {
    const members = ['foo/__init__.py', ...DIST_INFO.map((m) => m.replace('foo-1.0', 'Foo-1.0'))];
    const { distInfo, findings } = checkWheelLayout(FILE, NAME, members);
    expect(distInfo).toBe('Foo-1.0.dist-info');
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'R001',
        severity: 'error',
        message:
          "Invalid distribution file. WHEEL not found at foo-1.0.dist-info/WHEEL (the wheel's .dist-info directory is 'Foo-1.0.dist-info')",
      }),
    ]);
  });

  test('R001: no .dist-info directory at all', () => {
    const { distInfo, findings } = checkWheelLayout(FILE, NAME, ['foo/__init__.py']);
    expect(distInfo).toBeUndefined();
    expect(findings.map((f) => f.message)).toEqual([
      'Invalid distribution file. WHEEL not found at foo-1.0.dist-info/WHEEL (the wheel has no .dist-info directory)',
    ]);
  });

  test('R002: two .dist-info directories', () => {
    const members = [...DIST_INFO, 'bar-2.0.dist-info/METADATA'];
    expect(checkWheelLayout(FILE, NAME, members).findings).toEqual([
      expect.objectContaining({
        code: 'R002',
        message: 'multiple .dist-info directories found: foo-1.0.dist-info, bar-2.0.dist-info',
      }),
    ]);
  });

  test.each([
    ['METADATA', 'R003'],
    ['RECORD', 'R004'],
  ])('%s missing → %s with Warehouse text', (file, code) => {
    const members = DIST_INFO.filter((m) => !m.endsWith(`/${file}`));
    expect(checkWheelLayout(FILE, NAME, members).findings).toEqual([
      expect.objectContaining({
        code,
        message: `Wheel '${FILE}' does not contain the required ${file} file: foo-1.0.dist-info/${file}`,
      }),
    ]);
  });

  test('R005: a .data directory not named after the .dist-info directory', () => {
    const findings = checkWheelLayout(FILE, NAME, [...DIST_INFO, 'foo-1.0.0.data/scripts/x']).findings;
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'R005',
        message:
          "The .data directory 'foo-1.0.0.data' is not named as the .dist-info directory: it must be 'foo-1.0.data'",
      }),
    ]);
  });

  test("R006: .data contents outside a scheme-key directory (pip's texts), and nested scripts", () => {
    const members = [
      ...DIST_INFO,
      'foo-1.0.data/README',
      'foo-1.0.data/share/x.txt',
      'foo-1.0.data/scripts/sub/run',
    ];
    expect(checkWheelLayout(FILE, NAME, members).findings.map((f) => [f.code, f.message])).toEqual([
      [
        'R006',
        `Unexpected file in ${FILE}: 'foo-1.0.data/README'. .data directory contents should be named like: '<scheme key>/<path>'.`,
      ],
      [
        'R006',
        `Unknown scheme key used in ${FILE}: share (for file 'foo-1.0.data/share/x.txt'). .data directory contents ` +
          'should be in subdirectories named with a valid scheme key (data, headers, platlib, purelib, scripts)',
      ],
      [
        'R006',
        "The scripts directory may only contain regular files, but 'foo-1.0.data/scripts/sub/run' is in a subdirectory of it",
      ],
    ]);
  });

  test('R007: an unreserved subdirectory of .dist-info', () => {
    expect(
      checkWheelLayout(FILE, NAME, [...DIST_INFO, 'foo-1.0.dist-info/extra/notes.txt']).findings,
    ).toEqual([
      expect.objectContaining({
        code: 'R007',
        severity: 'warning',
        members: ['foo-1.0.dist-info/extra/notes.txt'],
      }),
    ]);
  });
});

describe('checkLicenseFiles', () => {
  const members = [
    ...DIST_INFO,
    'foo-1.0.dist-info/licenses/LICENSE',
    'foo-1.0.dist-info/licenses/vendor/NOTICE',
  ];

  test('every License-File under .dist-info/licenses/', () => {
    expect(
      checkLicenseFiles(['LICENSE', 'vendor/NOTICE'], 'foo-1.0.dist-info', members, '2.4', FILE),
    ).toEqual([]);
  });

  test('R025: a missing License-File, with Warehouse text', () => {
    expect(checkLicenseFiles(['LICENSE', 'COPYING'], 'foo-1.0.dist-info', members, '2.4', FILE)).toEqual([
      expect.objectContaining({
        code: 'R025',
        severity: 'error',
        message: `License-File COPYING does not exist in distribution file ${FILE} at foo-1.0.dist-info/licenses/COPYING`,
      }),
    ]);
  });

  test('before Metadata 2.4 License-File is not checked (setuptools wrote it to .dist-info/ itself)', () => {
    expect(checkLicenseFiles(['COPYING'], 'foo-1.0.dist-info', members, '2.1', FILE)).toEqual([]);
  });
});

describe('checkEntryPoints', () => {
  const PREFIX = `Wheel '${FILE}' has invalid entry points defined in the entry_points.txt file`;

  test('valid INI with script names of letters, digits, _, . and -', () => {
    const text =
      '[console_scripts]\nfoo-cli = foo.cli:main\nfoo.v2 = foo:main\n\n[foo.plugins]\nany name = foo:x\n';
    expect(checkEntryPoints(text, FILE)).toEqual([]);
  });

  test.each([
    ['cli = foo:main\n', "File contains no section headers (line 1: 'cli = foo:main')"],
    ['[console_scripts]\na = x:y\n[console_scripts]\n', "line 3: section 'console_scripts' already exists"],
    [
      '[console_scripts]\na = x:y\na = x:z\n',
      "line 3: option 'a' in section 'console_scripts' already exists",
    ],
    ['[console_scripts]\na: x:y\n', 'parsing errors (not "name = value"): line 2: \'a: x:y\''],
  ])('R026: %j is not valid INI for configparser', (text, detail) => {
    expect(checkEntryPoints(text, FILE)).toEqual([
      expect.objectContaining({
        code: 'R026',
        severity: 'error',
        message: `${PREFIX}: entry_points.txt is not a valid INI file: ${detail}`,
      }),
    ]);
  });

  test.each([
    ['[console_scripts]\n../bin/evil = x:y\n', '../bin/evil', 'console_scripts'],
    ['[gui_scripts]\nmy app = x:y\n', 'my app', 'gui_scripts'],
  ])('R026: script name %j', (text, name, section) => {
    expect(checkEntryPoints(text, FILE)).toEqual([
      expect.objectContaining({
        code: 'R026',
        message: `${PREFIX}: Invalid entry point name '${name}' in '${section}' (names must match [\\w.-]+)`,
      }),
    ]);
  });

  test('an indented line continues the value before it, as in configparser', () => {
    expect(checkEntryPoints('[console_scripts]\na = x:y\n  not a name\n', FILE)).toEqual([]);
  });
});
