import { describe, expect, test } from '@jest/globals';
import type { Finding } from '@otai-release/core/distfiles';
import {
  checkWheelFilename,
  expandTags,
  isPyPIPlatformTag,
  parseWheelFilename,
} from '@otai-release/core/distfiles/filenames';

const codes = (findings: Finding[]): string[] => findings.map((f) => f.code);

describe('checkWheelFilename: names PyPI and pip accept', () => {
  test.each([
    'otai_hf_local-1.4.0-py3-none-any.whl',
    'pip-24.0-py3-none-any.whl',
    'six-1.16.0-py2.py3-none-any.whl',
    'foo-1.0-1-py3-none-any.whl',
    'foo-1!2.0rc1.post2.dev3+local.1-cp312-abi3-win_amd64.whl',
    'numpy-2.1.0-cp313-cp313t-musllinux_1_2_aarch64.whl',
    'numpy-2.1.0-cp312-cp312-macosx_14_0_arm64.whl',
    'numpy-2.1.0-cp312-cp312-macosx_10_13_universal2.whl',
    'pkg-1.0-cp313-cp313-ios_13_0_arm64_iphoneos.whl',
    'pkg-1.0-cp313-cp313-android_21_arm64_v8a.whl',
    'pkg-1.0-cp313-cp313-pyemscripten_2025_0_wasm32.whl',
    'pkg-1.0-cp39-cp39-linux_armv7l.whl',
  ])('%s has no findings', (name) => {
    expect(checkWheelFilename(name).findings).toEqual([]);
  });

  test('the parts come back as written, the tag set split at dots', () => {
    expect(checkWheelFilename('foo-1.0-1b-py2.py3-none-any.whl').parsed).toEqual({
      name: 'foo',
      version: '1.0',
      build: '1b',
      tags: { python: ['py2', 'py3'], abi: ['none'], platform: ['any'] },
    });
    expect(expandTags({ python: ['py2', 'py3'], abi: ['none'], platform: ['any', 'win32'] })).toEqual([
      'py2-none-any',
      'py2-none-win32',
      'py3-none-any',
      'py3-none-win32',
    ]);
  });
});

describe("checkWheelFilename: packaging's parse_wheel_filename messages (F004)", () => {
  test.each([
    [
      'foo-1.0-py3-none-any.zip',
      "Invalid wheel filename (extension must be '.whl'): 'foo-1.0-py3-none-any.zip'",
    ],
    ['foo-1.0-py3-none.whl', "Invalid wheel filename (wrong number of parts): 'foo-1.0-py3-none'"],
    [
      'foo-1.0-1-2-py3-none-any.whl',
      "Invalid wheel filename (wrong number of parts): 'foo-1.0-1-2-py3-none-any'",
    ],
    ['foo__bar-1.0-py3-none-any.whl', "Invalid project name: 'foo__bar-1.0-py3-none-any'"],
    ['foo+bar-1.0-py3-none-any.whl', "Invalid project name: 'foo+bar-1.0-py3-none-any'"],
    ['foo-1.0x-py3-none-any.whl', "Invalid wheel filename (invalid version): 'foo-1.0x-py3-none-any'"],
    ['foo-1.0-b1-py3-none-any.whl', "Invalid build number: b1 in 'foo-1.0-b1-py3-none-any'"],
    ['foo-1.0-py3.-none-any.whl', "Invalid wheel filename (invalid tag component): 'foo-1.0-py3.-none-any'"],
    ['foo-1.0-3py-none-any.whl', "Invalid wheel filename (invalid tag component): 'foo-1.0-3py-none-any'"],
  ])('%s', (name, message) => {
    const { parsed, findings } = checkWheelFilename(name);
    expect(parsed).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ code: 'F004', severity: 'error', message })]);
  });

  test('a name in Unicode letters and digits parses (packaging uses \\w in Unicode mode)', () => {
    expect(parseWheelFilename('café_2-1.0-py3-none-any.whl').ok).toBe(true);
  });
});

describe('checkWheelFilename: what PyPI adds', () => {
  test('F005: the name must be normalised (lower case, _ for runs of -_.), quoting Warehouse', () => {
    const { findings } = checkWheelFilename('Tiny.Pkg-0.1.0-py3-none-any.whl');
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'F005',
        severity: 'error',
        message:
          "Filename 'Tiny.Pkg-0.1.0-py3-none-any.whl' should contain the normalized project name 'tiny_pkg', not 'Tiny.Pkg'. " +
          'PyPI refuses such wheels today (it warned from 2025, pypi/warehouse#17378); wheels it accepted before ' +
          'stay on PyPI.',
      }),
    ]);
  });

  test('F006: a version that is valid but not normal form is a warning', () => {
    const { findings } = checkWheelFilename('foo-1.0.0RC1-py3-none-any.whl');
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'F006',
        severity: 'warning',
        message: "Version numbers should be normalised in wheel file names: '1.0.0RC1' is written '1.0.0rc1'",
      }),
    ]);
  });

  test.each([
    ['pkg-1.0-cp312-cp312-linux_x86_64.whl', 'linux_x86_64'],
    ['pkg-1.0-cp312-cp312-macosx_11_1_arm64.whl', 'macosx_11_1_arm64'],
    ['pkg-1.0-cp312-cp312-musllinux_1_2_ppc64.whl', 'musllinux_1_2_ppc64'],
    ['pkg-1.0-cp312-cp312-manylinux_2_28_sparc.whl', 'manylinux_2_28_sparc'],
  ])('F007: %s has an unsupported platform tag', (name, tag) => {
    const { findings } = checkWheelFilename(name);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'F007',
        severity: 'error',
        message: `Binary wheel '${name}' has an unsupported platform tag '${tag}'.`,
      }),
    ]);
  });

  test('F007: platform tags are compared lower-cased, as packaging.tags.Tag stores them', () => {
    expect(codes(checkWheelFilename('pkg-1.0-py3-none-ANY.whl').findings)).toEqual([]);
  });

  test('F008: compressed tag sets should be sorted (PEP 425)', () => {
    const { findings } = checkWheelFilename('six-1.0-py3.py2-none-any.whl');
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'F008',
        severity: 'warning',
        message:
          'Invalid wheel filename (compressed tag set components must be in sorted order per PEP 425): ' +
          "'six-1.0-py3.py2-none-any' ('py3.py2' should be 'py2.py3')",
      }),
    ]);
    // auditwheel's platform order (the new tag, then its legacy alias) is accepted.
    expect(
      codes(
        checkWheelFilename('pkg-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl').findings,
      ),
    ).toEqual([]);
  });

  test('F001 and F002: control characters and path separators', () => {
    expect(codes(checkWheelFilename('foo\u0007-1.0-py3-none-any.whl').findings)).toContain('F001');
    expect(checkWheelFilename('dist/foo-1.0-py3-none-any.whl').findings[0]).toMatchObject({
      code: 'F002',
      message: "'dist/foo-1.0-py3-none-any.whl': Cannot upload a file with '/' or '\\' in the name.",
    });
  });

  test('F009: a wheel name whose .metadata companion passes 255 bytes is too long; 246 bytes still fits', () => {
    const tail = '-1.0-py3-none-any.whl';
    const fits = `${'a'.repeat(246 - tail.length)}${tail}`;
    const tooLong = `${'a'.repeat(247 - tail.length)}${tail}`;
    expect(checkWheelFilename(fits).findings).toEqual([]);
    expect(checkWheelFilename(tooLong).findings).toEqual([
      expect.objectContaining({
        code: 'F009',
        message: expect.stringContaining(`Filename is too long: '${tooLong}'`),
      }),
    ]);
  });
});

describe("isPyPIPlatformTag: Warehouse's allow-list", () => {
  test.each([
    ['any', true],
    ['win_arm64', true],
    ['manylinux2014_ppc64le', true],
    ['manylinux_2_17_ppc64', true],
    ['musllinux_1_1_ppc64', false],
    ['macosx_10_9_x86_64', true],
    ['macosx_15_0_universal2', true],
    ['macosx_16_0_arm64', false],
    ['macosx_26_0_arm64', true],
    ['ios_17_0_x86_64_iphonesimulator', true],
    ['ios_17_0_armv7_iphoneos', false],
    ['android_24_x86', true],
    ['android_24_mips', false],
    ['linux_armv6l', true],
    ['linux_aarch64', false],
    ['emscripten_3_1_58_wasm32', false],
  ])('%s → %s', (tag, ok) => {
    expect(isPyPIPlatformTag(tag)).toBe(ok);
  });
});
