/**
 * Which produced versions read as a tag plugin's fallback, and which cause each explanation names,
 * for the versions setuptools-scm, hatch-vcs, dunamai and setuptools (without a plugin) write.
 */
import { describe, expect, test } from '@jest/globals';
import { explainFallback, fallbackShape } from '@otai-release/core/builder';

const plugin = { tool: 'setuptools-scm', file: 'pyproject.toml', line: 9 };

describe('fallbackShape', () => {
  test.each([
    ['0.0.0', { kind: 'placeholder', dirty: false }],
    ['0', { kind: 'placeholder', dirty: false }],
    ['0.1.dev0', { kind: 'untagged', dirty: false, distance: 0 }],
    ['0.1.dev1+g1234abc', { kind: 'untagged', dirty: false, distance: 1 }],
    ['0.1.dev3+g1234abc.d20260101', { kind: 'untagged', dirty: true, distance: 3 }],
    ['0.0.0.post4.dev0+abc1234', { kind: 'untagged', dirty: false, distance: 4 }],
    ['1.4.1.dev3+g1234abc', { kind: 'after-tag', dirty: false, distance: 3 }],
    ['1.4.0.post2.dev0+1234abcd', { kind: 'after-tag', dirty: false, distance: 2 }],
    ['1.4.1.dev0+d20260101', { dirty: true }],
  ])('%s', (version, shape) => {
    expect(fallbackShape(version)).toEqual(shape);
  });

  test.each(['1.4.0', '1.4.0rc1', '2.0.0.dev3', '1.0+ubuntu1', '0.1.0', '0.0.1'])(
    '%s is an ordinary version',
    (version) => {
      expect(fallbackShape(version)).toBeUndefined();
    },
  );
});

describe('explainFallback', () => {
  const base = { isolation: false, python: '/venv/bin/python', manifest: 'pyproject.toml', plugin };
  const clean = { shallow: false, tagCount: 0, changed: [] };

  test('a clone without tags, shallow or not, says which and gives the fetch fix', () => {
    const shallow = explainFallback('0.1.dev1+gabc1234', '1.4.0', {
      ...base,
      checkout: { ...clean, shallow: true },
    })!;
    expect(shallow).toContain('the checkout is shallow and has no tags');
    expect(shallow).toContain('`fetch-depth: 0`');
    expect(explainFallback('0.1.dev1+gabc1234', '1.4.0', { ...base, checkout: clean })).toContain(
      'the checkout has no tags (they were not fetched)',
    );
    const tagsElsewhere = explainFallback('0.1.dev1+gabc1234', '1.4.0', {
      ...base,
      checkout: { ...clean, tagCount: 2 },
    })!;
    expect(tagsElsewhere).toContain('has 2 tag(s): none of them that the plugin reads as a version');
    expect(tagsElsewhere).not.toContain('fetch-depth');
  });

  test('commits after the tag: tag the commit being built', () => {
    const text = explainFallback('1.4.1.dev3+gabc1234', '1.5.0', { ...base, checkout: clean })!;
    expect(text).toContain('setuptools-scm derives 3 commit(s) after the last tag it found');
    expect(text).toContain('the tag for 1.5.0 is not on the commit being built');
    expect(text).toContain('Fix: tag the commit being built');
  });

  test('uncommitted changes are named, with the files git reports', () => {
    const text = explainFallback('1.4.1.dev0+d20260101', '1.4.0', {
      ...base,
      checkout: { ...clean, tagCount: 1, changed: ['src/pkg/__init__.py'] },
    })!;
    expect(text).toContain(
      'tracked files had uncommitted changes when the plugin ran (now: src/pkg/__init__.py)',
    );
    expect(text).not.toContain('fetch-depth');
  });

  test('0.0.0: the plugin did not run, for the reason the build shows', () => {
    expect(
      explainFallback('0.0.0', '1.4.0', { ...base, pluginInstalled: false, pluginDeclared: true }),
    ).toContain('because setuptools-scm is not installed in /venv/bin/python');
    const isolated = explainFallback('0.0.0', '1.4.0', { ...base, isolation: true, pluginDeclared: false })!;
    expect(isolated).toContain(
      'because "setuptools-scm" is not in [build-system] requires of pyproject.toml',
    );
    expect(explainFallback('0.0.0', '1.4.0', { ...base, plugin: undefined })).toContain(
      'If the version is written in a file, set it there.',
    );
  });

  test('an ordinary version is not explained as a fallback', () => {
    expect(explainFallback('1.3.0', '1.4.0', base)).toBeUndefined();
  });
});
