/** Tags read as format + PEP 440 version, and the previous tag of the same format. */
import { describe, expect, test } from '@jest/globals';
import { previousTag, readTagVersion } from '@otai-release/core/github';

describe('readTagVersion', () => {
  test.each([
    ['v1.2.0', 'v{version}', '1.2.0'],
    ['1.2.0', '{version}', '1.2.0'],
    ['hf-local-v1.2.0', 'hf-local-v{version}', '1.2.0'],
    ['pkg2-v1.0', 'pkg2-v{version}', '1.0'],
    ['cli==2.0.0rc1', 'cli=={version}', '2.0.0rc1'],
    ['v1.2.0-rc.1', 'v{version}', '1.2.0rc1'],
  ])('%s → %s, %s', (tag, format, version) => {
    expect(readTagVersion(tag)).toEqual({ tag, format, version });
  });

  test('a tag with no version has none', () => {
    expect(readTagVersion('nightly')).toBeUndefined();
  });
});

describe('previousTag', () => {
  const TAGS = [
    'v1.1.0',
    'v1.2.0',
    'v1.3.0',
    'hf-local-v1.0.0',
    'hf-local-v1.1.0',
    'hf-local-v1.2.0rc1',
    'hf-local-v1.2.0',
    '1.0.9',
    'nightly',
  ];
  const prev = (tag: string) => previousTag(readTagVersion(tag)!, TAGS);

  test("the highest lower version of the same format, never another package's tag", () => {
    expect(prev('hf-local-v1.2.0')).toBe('hf-local-v1.1.0');
    expect(prev('v1.2.0')).toBe('v1.1.0');
    expect(prev('v1.4.0')).toBe('v1.3.0');
  });

  test('a final release skips pre-releases; a pre-release compares with the one before it', () => {
    expect(prev('hf-local-v1.3.0')).toBe('hf-local-v1.2.0');
    expect(prev('hf-local-v1.2.1rc1')).toBe('hf-local-v1.2.0');
    expect(previousTag(readTagVersion('v2.0.0rc2')!, ['v2.0.0rc1', 'v1.9.0'])).toBe('v2.0.0rc1');
    expect(previousTag(readTagVersion('v2.0.0')!, ['v2.0.0rc1', 'v1.9.0'])).toBe('v1.9.0');
  });

  test('a backport compares with its own line, not the newer release', () => {
    expect(previousTag(readTagVersion('v1.2.5')!, ['v1.2.4', 'v1.3.0'])).toBe('v1.2.4');
  });

  test('bare tags do not take v-tags (PEP 440 allows a leading v, a format does not)', () => {
    expect(prev('1.1.0')).toBe('1.0.9');
    expect(previousTag(readTagVersion('v1.0.0')!, ['0.9.0'])).toBeUndefined();
  });
});
