/**
 * Image tags: `{version}-{variant}` and `{variant}-latest` for a release, only the pinned tag for a
 * pre-release, `{version}` and `latest` for the default variant, PEP 440 (never SemVer) versions, and
 * templates checked before anything is built. Expected tags are written by hand from the issue.
 */
import { describe, expect, test } from '@jest/globals';
import { DEFAULT_TAG_TEMPLATES, validateTemplates, variantTags } from '@otai-release/core/docker';
import { ConfigurationError } from '@otai-release/core/errors';

const tags = (version: string, variant: string, isDefault = false, templates = DEFAULT_TAG_TEMPLATES) =>
  variantTags({ version, variant, templates, isDefault });

describe('a final release', () => {
  test('each variant gets {version}-{variant} and {variant}-latest', () => {
    expect(tags('1.4.0', 'core')).toEqual(['1.4.0-core', 'core-latest']);
    expect(tags('1.4.0', 'hf-local')).toEqual(['1.4.0-hf-local', 'hf-local-latest']);
  });

  test('the default variant also gets the bare version and latest; the others never get latest', () => {
    expect(tags('1.4.0', 'all', true)).toEqual(['1.4.0-all', 'all-latest', '1.4.0', 'latest']);
    expect(tags('1.4.0', 'core', false)).not.toContain('latest');
  });

  test('a post-release is a final release: it moves -latest', () => {
    expect(tags('1.4.0.post1', 'core')).toEqual(['1.4.0.post1-core', 'core-latest']);
  });
});

describe('a pre-release', () => {
  test('gets only the tag that carries its version: no -latest, no latest', () => {
    expect(tags('1.5.0rc1', 'core')).toEqual(['1.5.0rc1-core']);
    expect(tags('1.5.0rc1', 'all', true)).toEqual(['1.5.0rc1-all', '1.5.0rc1']);
  });

  test('dev releases count as pre-releases, as in PEP 440', () => {
    expect(tags('1.5.0.dev3', 'all', true)).toEqual(['1.5.0.dev3-all', '1.5.0.dev3']);
  });

  test('alpha and beta spelled any PEP 440 way are normalised, not dropped as SemVer would', () => {
    expect(tags('1.5.0-beta.2', 'core')).toEqual(['1.5.0b2-core']);
    expect(tags('1.5.0alpha1', 'core')).toEqual(['1.5.0a1-core']);
    expect(tags('v1.5.0-RC.1', 'core')).toEqual(['1.5.0rc1-core']);
  });
});

describe('versions with characters a tag cannot hold', () => {
  test('an epoch and a local label become dashes', () => {
    expect(tags('1!2.0', 'core')).toEqual(['1-2.0-core', 'core-latest']);
    expect(tags('2.0+cpu.1', 'core')).toEqual(['2.0-cpu.1-core', 'core-latest']);
  });
});

describe('custom templates', () => {
  const custom = [
    '{variant}-{version}',
    '{variant}-{major}.{minor}',
    '{variant}-{major}',
    '{variant}-stable',
  ];

  test('placeholders {version}, {variant}, {major} and {minor} are filled in', () => {
    expect(tags('2.3.1', 'core', false, custom)).toEqual(['core-2.3.1', 'core-2.3', 'core-2', 'core-stable']);
  });

  test('for a pre-release only the templates with {version} are used', () => {
    expect(tags('2.4.0rc2', 'core', false, custom)).toEqual(['core-2.4.0rc2']);
  });

  test('the same tag from two templates is pushed once', () => {
    expect(tags('3.0', 'core', false, ['{variant}-{major}', '{variant}-3'])).toEqual(['core-3']);
  });

  test.each([
    [['{version}-{flavour}'], /unknown placeholder \{flavour\}/],
    [['{version}'], /has no \{variant\}, so every variant would push the same tag/],
    [['latest'], /has no \{variant\}/],
    [['-{variant}'], /not a valid image tag/],
    [['{variant}:{version}'], /not a valid image tag/],
    [[], /lists no tag template/],
  ])('%j is refused before anything is built', (templates, message) => {
    const attempt = () => validateTemplates(templates, "Input 'tags'");
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(/Input 'tags'/);
  });

  test('the defaults are valid templates', () => {
    expect(() => validateTemplates(DEFAULT_TAG_TEMPLATES, 'defaults')).not.toThrow();
  });
});
