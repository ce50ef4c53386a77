import { describe, expect, test } from '@jest/globals';
import { checkSdistFilename, parseSdistFilename } from '@otai-release/core/distfiles/filenames';

describe('checkSdistFilename', () => {
  test.each(['otai_hf_local-1.4.0.tar.gz', 'foo-1!2.0rc1.post1.dev2+local.tar.gz', 'a-0.tar.gz'])(
    '%s is a PEP 625 name',
    (name) => {
      expect(checkSdistFilename(name).findings).toEqual([]);
    },
  );

  test('the name and version come back as written', () => {
    expect(checkSdistFilename('Foo.Bar-1.0.tar.gz').parsed).toEqual({ name: 'Foo.Bar', version: '1.0' });
  });

  test.each([
    ['foo.tar.gz', "Invalid source distribution filename: foo.tar.gz (Invalid sdist filename: 'foo.tar.gz')"],
    [
      '-1.0.tar.gz',
      "Invalid source distribution filename: -1.0.tar.gz (Invalid sdist filename (empty project name): '-1.0.tar.gz')",
    ],
    [
      'foo-1.0x.tar.gz',
      "Invalid source distribution filename: foo-1.0x.tar.gz (Invalid sdist filename (invalid version): 'foo-1.0x.tar.gz')",
    ],
    [
      'foo-1.0.tgz',
      "Invalid source distribution filename: foo-1.0.tgz (Invalid sdist filename (extension must be '.tar.gz' or '.zip'): 'foo-1.0.tgz')",
    ],
  ])('F010: %s does not parse', (name, message) => {
    const { parsed, findings } = checkSdistFilename(name);
    expect(parsed).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ code: 'F010', severity: 'error', message })]);
  });

  test('F011: a .zip sdist is rejected, with the .tar.gz name PyPI asks for', () => {
    expect(checkSdistFilename('Foo-1.0.zip').findings).toEqual([
      expect.objectContaining({
        code: 'F011',
        severity: 'error',
        message:
          "Filename 'Foo-1.0.zip' is invalid, should be 'foo-1.0.tar.gz'. PyPI accepts only .tar.gz source distributions (PEP 625).",
      }),
    ]);
  });

  test.each([
    ['Foo.Bar-1.0.tar.gz', 'foo_bar-1.0.tar.gz'],
    ['foo-bar-1.0.tar.gz', 'foo_bar-1.0.tar.gz'],
    ['foo-1.0.0RC1.tar.gz', 'foo-1.0.0rc1.tar.gz'],
    ['foo-v1.0.tar.gz', 'foo-1.0.tar.gz'],
  ])('F012: %s should be %s (PEP 625, Warehouse text)', (name, expected) => {
    expect(checkSdistFilename(name).findings).toEqual([
      expect.objectContaining({
        code: 'F012',
        severity: 'error',
        message: `Filename '${name}' is invalid, should be '${expected}'.`,
      }),
    ]);
  });

  test('F012: when a hyphenated post-release makes the split ambiguous, no file name is suggested', () => {
    const [f] = checkSdistFilename('foo-1.0-1.tar.gz').findings;
    expect(f).toMatchObject({ code: 'F012' });
    expect(f!.message).toContain(
      "Filename 'foo-1.0-1.tar.gz' is invalid: a PEP 625 sdist name has exactly one '-'",
    );
  });

  test('F009: an sdist name over 255 bytes cannot be stored by PyPI', () => {
    const long = `${'é'.repeat(124)}-1.0.tar.gz`; // 248 + 11 bytes
    expect(checkSdistFilename(long).findings.map((f) => f.code)).toContain('F009');
    expect(checkSdistFilename(`${'a'.repeat(244)}-1.0.tar.gz`).findings).toEqual([]); // 255 bytes
  });

  test('parseSdistFilename splits at the last hyphen, as packaging does', () => {
    expect(parseSdistFilename('foo-bar-1.0.tar.gz')).toEqual({
      ok: true,
      name: 'foo-bar',
      version: '1.0',
      extension: '.tar.gz',
    });
  });
});
