import { describe, expect, test } from '@jest/globals';
import {
  checkFilenameAgainstMetadata,
  checkSdistFilename,
  checkWheelFilename,
} from '@otai-release/core/distfiles/filenames';

describe('checkFilenameAgainstMetadata: wheels', () => {
  test.each([
    ['otai_hf_local-1.4.0-py3-none-any.whl', 'otai-hf-local', '1.4.0'],
    ['foo_bar-1.0-py3-none-any.whl', 'Foo.Bar', '1.0.0'], // versions compare as Version objects
    ['foo-1.0-py3-none-any.whl', 'foo', 'not a version'], // the metadata checks report that
    ['foo-1.0x-py3-none-any.whl', 'bar', '1.0'], // the file-name checks report that
  ])('%s with Name %s, Version %s gives no finding', (file, name, version) => {
    expect(checkFilenameAgainstMetadata(file, 'wheel', name, version)).toEqual([]);
  });

  test('F013: a file name for another project', () => {
    expect(checkFilenameAgainstMetadata('foo-1.0-py3-none-any.whl', 'wheel', 'My.Project', '1.0')).toEqual([
      expect.objectContaining({
        code: 'F013',
        severity: 'error',
        message: "Start filename for 'My.Project' with 'my_project'.",
      }),
    ]);
  });

  test('F014: a version other than the metadata Version', () => {
    expect(checkFilenameAgainstMetadata('foo-1.0-py3-none-any.whl', 'wheel', 'foo', '1.0.1')).toEqual([
      expect.objectContaining({
        code: 'F014',
        severity: 'error',
        message: "Version in filename should be '1.0.1' not '1.0'.",
      }),
    ]);
  });
});

describe('checkFilenameAgainstMetadata: sdists', () => {
  test('a PEP 625 name for the metadata gives no finding', () => {
    expect(
      checkFilenameAgainstMetadata('otai_hf_local-1.4.0.tar.gz', 'sdist', 'otai-hf-local', '1.4.0'),
    ).toEqual([]);
  });

  test('F013: a file name for another project', () => {
    expect(checkFilenameAgainstMetadata('foo-1.0.tar.gz', 'sdist', 'bar', '1.0')).toEqual([
      expect.objectContaining({ code: 'F013', message: "Start filename for 'bar' with 'bar'." }),
    ]);
  });

  test('F012: a version written otherwise than str(Version) of the metadata', () => {
    expect(checkFilenameAgainstMetadata('foo-1.0.tar.gz', 'sdist', 'foo', '1.0.0')).toEqual([
      expect.objectContaining({
        code: 'F012',
        message: "Filename 'foo-1.0.tar.gz' is invalid, should be 'foo-1.0.0.tar.gz'.",
      }),
    ]);
  });

  test('a hyphenated post-release is split as Warehouse does when the metadata is a post-release', () => {
    expect(checkFilenameAgainstMetadata('foo-1.0-1.tar.gz', 'sdist', 'foo', '1.0.post1')).toEqual([
      expect.objectContaining({
        code: 'F012',
        message: "Filename 'foo-1.0-1.tar.gz' is invalid, should be 'foo-1.0.post1.tar.gz'.",
      }),
    ]);
  });

  test('what the file name alone shows is reported once, by the file-name check', () => {
    const file = 'Foo.Bar-1.0.tar.gz';
    const own = checkSdistFilename(file).findings;
    const against = checkFilenameAgainstMetadata(file, 'sdist', 'foo-bar', '1.0');
    expect(own.map((f) => f.code)).toEqual(['F012']);
    expect(against).toEqual([]);
    const zip = checkFilenameAgainstMetadata('foo-1.0.zip', 'sdist', 'foo', '1.0');
    expect(zip).toEqual([]);
    expect(checkWheelFilename('Foo.Bar-1.0-py3-none-any.whl').findings.map((f) => f.code)).toEqual(['F005']);
    expect(checkFilenameAgainstMetadata('Foo.Bar-1.0-py3-none-any.whl', 'wheel', 'foo-bar', '1.0')).toEqual(
      [],
    );
  });
});
