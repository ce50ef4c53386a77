/**
 * Tag formats: rendering a tag for a version and reading the version back out of a tag, for the
 * prefixes real repositories use (reference/versions.md §0: `v`, none, `<pkg>-v`, `python-v`, `cli==`).
 */
import { describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import {
  matchTag,
  renderTag,
  tagFromRef,
  UNCONFIGURED_TAG_FORMATS,
  validateTagFormat,
  versionFromTag,
} from '@otai-release/core/pyproject';

describe('renderTag', () => {
  test.each([
    ['v{version}', '1.4.0', 'open-ticket-ai', 'v1.4.0'],
    ['v{version}', '0.2.0-beta.1', 'open-ticket-ai', 'v0.2.0-beta.1'],
    ['hf-local-v{version}', '1.2.3', 'otai-hf-local', 'hf-local-v1.2.3'],
    ['{name}-v{version}', '1.2.3', 'otai-hf-local', 'otai-hf-local-v1.2.3'],
    ['cli=={version}', '0.4.31', 'langgraph-cli', 'cli==0.4.31'],
    ['python-v{version}', '0.7.5', 'autogen-core', 'python-v0.7.5'],
    ['{version}', '1.2.11', 'langgraph', '1.2.11'],
    ['{name}/{name}-v{version}', '1.0', 'otai-core', 'otai-core/otai-core-v1.0'],
  ])('%s with %s of %s is %s', (format, version, name, tag) => {
    expect(renderTag(format, version, name)).toBe(tag);
  });
});

describe('versionFromTag', () => {
  test.each([
    ['v{version}', 'v0.2.0-beta.1', 'open-ticket-ai', '0.2.0-beta.1'],
    ['v{version}', 'v1.4.0', 'open-ticket-ai', '1.4.0'],
    ['hf-local-v{version}', 'hf-local-v1.2.3', 'otai-hf-local', '1.2.3'],
    ['hf-local-v{version}', 'hf-local-v1.2.3rc1', 'otai-hf-local', '1.2.3rc1'],
    ['{name}-v{version}', 'otai-hf-local-v1.2.3', 'otai-hf-local', '1.2.3'],
    ['{name}-{version}', 'kedro-datasets-9.6.0', 'kedro-datasets', '9.6.0'],
    ['cli=={version}', 'cli==0.4.31', 'langgraph-cli', '0.4.31'],
    ['sdk=={version}', 'sdk==0.4.3', 'langgraph-sdk', '0.4.3'],
    ['{version}', '4.0.0', 'flit', '4.0.0'],
  ])('%s reads %s (%s) as %s', (format, tag, name, version) => {
    expect(versionFromTag(format, tag, name)).toBe(version);
  });

  test.each([
    ['v{version}', 'hf-local-v1.2.3', 'open-ticket-ai'],
    ['v{version}', '1.4.0', 'open-ticket-ai'],
    ['hf-local-v{version}', 'v1.2.3', 'otai-hf-local'],
    ['hf-local-v{version}', 'hf-local-1.2.3', 'otai-hf-local'],
    ['{name}-v{version}', 'otai-otobo-znuny-v1.0.0', 'otai-hf-local'],
    ['cli=={version}', 'sdk==0.4.3', 'langgraph-cli'],
    ['cli=={version}', 'cli==', 'langgraph-cli'],
  ])('%s does not fit %s (%s)', (format, tag, name) => {
    expect(versionFromTag(format, tag, name)).toBeUndefined();
  });

  test('literal text and the name are matched literally, not as patterns', () => {
    // `.` in a name or prefix is a dot, not "any character".
    expect(versionFromTag('{name}-{version}', 'zope.interface-5.0', 'zope.interface')).toBe('5.0');
    expect(versionFromTag('{name}-{version}', 'zopeXinterface-5.0', 'zope.interface')).toBeUndefined();
    expect(versionFromTag('release.v{version}', 'releaseXv1.0', 'x')).toBeUndefined();
    expect(versionFromTag('pkg+v{version}', 'pkg+v1.0', 'x')).toBe('1.0');
  });

  test.each([
    ['v{version}', 'open-ticket-ai'],
    ['hf-local-v{version}', 'otai-hf-local'],
    ['{name}-v{version}', 'otai-hf-local'],
    ['{name}/{version}', 'otai-otobo-znuny'],
    ['{name}/{name}-v{version}', 'otai-core'],
    ['cli=={version}', 'langgraph-cli'],
    ['{version}', 'flit'],
  ])('a tag rendered with %s reads back to the same version', (format, name) => {
    for (const version of ['1.4.0', '0.2.0b1', '2.0.0rc1', '1.0.post2', '3.1.0.dev4', '2024.10']) {
      expect(versionFromTag(format, renderTag(format, version, name), name)).toBe(version);
    }
  });
});

describe('matchTag: the formats of a repository without tag-format', () => {
  const { lockstep, independent } = UNCONFIGURED_TAG_FORMATS;

  test.each([
    ['v4.0.0', 'v{version}', '4.0.0'],
    ['4.0.0', '{version}', '4.0.0'],
    ['0.28.1', '{version}', '0.28.1'],
    ['2.0.0rc1', '{version}', '2.0.0rc1'],
    // A leading v is valid PEP 440, so the bare format would read `v1.0` too: the default comes first.
    ['v1.0', 'v{version}', '1.0'],
    // The default fits on its shape, so a bad version after the v is reported as such.
    ['vlatest', 'v{version}', 'latest'],
  ])('lockstep: %s is read with %s as %s', (tag, format, version) => {
    expect(matchTag(lockstep, tag, 'flask')).toEqual({ format, version });
  });

  test.each(['release-1.4.0', 'latest', 'hf-local-v1.2.3', 'nightly'])(
    'lockstep: %s fits neither format (the bare one needs a valid version)',
    (tag) => {
      expect(matchTag(lockstep, tag, 'flask')).toBeUndefined();
    },
  );

  test.each([
    ['httpx-v0.28.1', '{name}-v{version}', '0.28.1'],
    ['httpx-0.28.1', '{name}-{version}', '0.28.1'],
  ])('independent: %s is read with %s as %s', (tag, format, version) => {
    expect(matchTag(independent, tag, 'httpx')).toEqual({ format, version });
  });

  test("independent: another package's tag is not read as a version of a package whose name is a prefix", () => {
    expect(matchTag(independent, 'httpx-auth-0.3.0', 'httpx')).toBeUndefined();
    expect(matchTag(independent, 'httpx-auth-0.3.0', 'httpx-auth')?.version).toBe('0.3.0');
  });

  test('one configured format accepts only itself', () => {
    expect(matchTag(['v{version}'], '4.0.0', 'flask')).toBeUndefined();
    expect(matchTag(['{name}-v{version}'], 'httpx-0.28.1', 'httpx')).toBeUndefined();
  });
});

describe('validateTagFormat', () => {
  const where = { file: 'pyproject.toml', line: 3, key: 'tag-format' };
  const errorOf = (format: string) => {
    try {
      validateTagFormat(format, where);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return error as ConfigurationError;
    }
    throw new Error(`${format} was accepted`);
  };

  test.each([
    'v{version}',
    'hf-local-v{version}',
    '{name}-v{version}',
    'cli=={version}',
    '{version}',
    'python-v{version}',
    'releases/{name}/{version}',
  ])('%s is accepted', (format) => {
    expect(() => validateTagFormat(format, where)).not.toThrow();
  });

  test('an unknown placeholder is named, with the known ones', () => {
    const error = errorOf('v{major}.{version}');
    expect(error.message).toMatch(
      /tag-format = "v\{major\}\.\{version\}" uses the unknown placeholder \{major\}/,
    );
    expect(error.message).toMatch(/`\{version\}` and `\{name\}`/);
    expect(error).toMatchObject({ file: 'pyproject.toml', line: 3 });
  });

  test.each(['v', '{name}', 'v{version}-{version}'])('%s must contain {version} exactly once', (format) => {
    expect(errorOf(format).message).toMatch(/must contain \{version\} exactly once/);
  });

  test.each([
    'release {version}',
    'v{version}~1',
    'v:{version}',
    'v..{version}',
    '{version}@{',
    'v{version}?',
    'a\\{version}',
  ])('%s has characters git refuses in a tag', (format) => {
    expect(errorOf(format).message).toMatch(/characters git does not allow in a tag name/);
  });
});

describe('tagFromRef', () => {
  test('a tag ref gives the tag name, a branch ref none', () => {
    expect(tagFromRef('refs/tags/hf-local-v1.2.3')).toBe('hf-local-v1.2.3');
    expect(tagFromRef('refs/tags/v0.2.0-beta.1')).toBe('v0.2.0-beta.1');
    expect(tagFromRef('refs/heads/main')).toBeUndefined();
    expect(tagFromRef('refs/pull/12/merge')).toBeUndefined();
    expect(tagFromRef(undefined)).toBeUndefined();
  });
});
