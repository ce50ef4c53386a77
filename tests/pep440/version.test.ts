import { describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import {
  baseVersion,
  canonicalizeVersion,
  compareVersions,
  formatVersion,
  hasLocal,
  isNormalized,
  isPrerelease,
  normalizeVersion,
  parseVersion,
  publicVersion,
  tryParseVersion,
  versionFromParts,
  versionsEqual,
} from '@otai-release/core/pep440';

describe('parseVersion', () => {
  test('returns the components as plain numbers and strings', () => {
    expect(parseVersion('1!2.0.3rc4.post5.dev6+Ubuntu-7')).toEqual({
      epoch: 1,
      release: [2, 0, 3],
      pre: ['rc', 4],
      post: 5,
      dev: 6,
      local: ['ubuntu', 7],
    });
    expect(parseVersion('1.0')).toEqual({ epoch: 0, release: [1, 0] });
  });

  test('accepts SemVer-style pre-releases that pip accepts: 0.2.0-beta.1 is 0.2.0b1', () => {
    expect(normalizeVersion('0.2.0-beta.1')).toBe('0.2.0b1');
    expect(versionsEqual('0.2.0-beta.1', '0.2.0b1')).toBe(true);
    expect(normalizeVersion('1.2.3-rc.1')).toBe('1.2.3rc1');
    expect(normalizeVersion('1.0.0-rc.1+build.5')).toBe('1.0.0rc1+build.5');
  });

  test('normalises spellings, separators, prefixes and leading zeros', () => {
    expect(normalizeVersion('v1.0')).toBe('1.0');
    expect(normalizeVersion('V1.0-1')).toBe('1.0.post1');
    expect(normalizeVersion('1.45.0.dev')).toBe('1.45.0.dev0');
    expect(normalizeVersion('0.66b0.dev')).toBe('0.66b0.dev0');
    expect(normalizeVersion('01.02.03')).toBe('1.2.3');
    expect(normalizeVersion('00!1.2')).toBe('1.2');
    expect(normalizeVersion('1.0+foo0100')).toBe('1.0+foo0100');
    expect(normalizeVersion('1.0+0100')).toBe('1.0+100');
    expect(normalizeVersion('1.2.3.post')).toBe('1.2.3.post0');
    expect(normalizeVersion('1.0PREVIEW2')).toBe('1.0rc2');
  });

  test('strips Python whitespace, which is not quite JavaScript whitespace', () => {
    expect(normalizeVersion('\u202f1.0\t\u2029\n ')).toBe('1.0');
    // Python's str.isspace() includes the information separators and NEL …
    expect(normalizeVersion('\x1c1.0\x85')).toBe('1.0');
    // … but not the BOM, which JavaScript's \s matches.
    expect(tryParseVersion('\ufeff1.0')).toBeUndefined();
  });

  test('accepts ASCII letters only, even where Unicode case folding would map to ASCII', () => {
    expect(tryParseVersion('1.0+\u017f')).toBeUndefined(); // ſ folds to s
    expect(tryParseVersion('1.0+\u212a')).toBeUndefined(); // Kelvin sign folds to k
    expect(tryParseVersion('1.0+İ')).toBeUndefined();
  });

  test('throws a ConfigurationError that quotes the text and shows valid versions', () => {
    expect(() => parseVersion('1.0.0-alpha.beta')).toThrow(ConfigurationError);
    expect(() => parseVersion('1.0.0-alpha.beta')).toThrow(
      /^"1\.0\.0-alpha\.beta" is not a valid PEP 440 version: .*; write e\.g\. "1\.0\.0", "1\.0\.0a1"/,
    );
    expect(() => parseVersion('')).toThrow('"" is not a valid PEP 440 version: it is empty');
    expect(() => parseVersion('1.0 a1')).toThrow(/whitespace/);
    expect(() => parseVersion('1.0+a+b')).toThrow(/more than one "\+"/);
  });

  test('refuses numbers JavaScript cannot hold exactly rather than printing a different version', () => {
    expect(() => parseVersion('1.99999999999999999999')).toThrow(/larger than 9007199254740991/);
    expect(tryParseVersion('1.0+123456789012345678901')).toBeUndefined();
    expect(normalizeVersion('1.9007199254740991')).toBe('1.9007199254740991');
  });
});

describe('formatVersion / versionFromParts', () => {
  test('prints the canonical form: no 0! epoch, lowercase, local joined with dots', () => {
    expect(formatVersion({ epoch: 0, release: [1, 2], local: ['abc', 1] })).toBe('1.2+abc.1');
    expect(formatVersion({ epoch: 2, release: [1], pre: ['a', 0], post: 0, dev: 0 })).toBe(
      '2!1a0.post0.dev0',
    );
  });

  test('validates components and normalises pre-release spellings', () => {
    expect(formatVersion(versionFromParts({ release: [1, 2, 3], pre: ['preview', 1] }))).toBe('1.2.3rc1');
    expect(() => versionFromParts({ release: [] })).toThrow(ConfigurationError);
    expect(() => versionFromParts({ release: [1], pre: ['gamma', 1] })).toThrow(/write "a", "b" or "rc"/);
    expect(() => versionFromParts({ release: [1], post: -1 })).toThrow(ConfigurationError);
    expect(() => versionFromParts({ release: [1], local: 'a+b' })).toThrow(ConfigurationError);
  });
});

describe('canonicalizeVersion (how PyPI identifies a release)', () => {
  test('strips trailing zero release segments, keeping one', () => {
    expect(canonicalizeVersion('1.0.0')).toBe('1');
    expect(canonicalizeVersion('1.4.0.0.0')).toBe('1.4');
    expect(canonicalizeVersion('0.0')).toBe('0');
    expect(canonicalizeVersion('1.0.1')).toBe('1.0.1');
    expect(canonicalizeVersion('v1.0.0-rc.1')).toBe('1rc1');
    expect(canonicalizeVersion('1!2.0.0.post1+Local')).toBe('1!2.post1+local');
    expect(canonicalizeVersion('1.0')).toBe(canonicalizeVersion('1.0.0'));
  });

  test('returns text that is not a version unchanged, as packaging does', () => {
    expect(canonicalizeVersion('foo bar baz')).toBe('foo bar baz');
  });
});

describe('isNormalized', () => {
  test('is true only for valid versions already in normal form, and never throws', () => {
    expect(isNormalized('1.0.1rc1')).toBe(true);
    expect(isNormalized('1.0.0')).toBe(true);
    expect(isNormalized('1.0.1-rc.1')).toBe(false);
    expect(isNormalized('1.45.0.dev')).toBe(false);
    expect(isNormalized('v1.0')).toBe(false);
    expect(isNormalized('not a version')).toBe(false);
  });
});

describe('ordering and attributes', () => {
  test('orders dev < pre < final < post, with locals after their public version', () => {
    const sorted = ['1.0.post1', '1.0+local', '1.0', '1.0rc1', '1.0a1.dev1', '1.0.dev1', '1.0a1'].sort(
      compareVersions,
    );
    expect(sorted).toEqual(['1.0.dev1', '1.0a1.dev1', '1.0a1', '1.0rc1', '1.0', '1.0+local', '1.0.post1']);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0+1', '1.0+abc')).toBeGreaterThan(0);
    expect(compareVersions('1.0+abc.1', '1.0+abc')).toBeGreaterThan(0);
    expect(compareVersions('2!0.1', '1!9.9')).toBeGreaterThan(0);
  });

  test('attributes follow packaging, including is_prerelease for dev releases', () => {
    expect(isPrerelease('1.0.dev1')).toBe(true);
    expect(isPrerelease('1.0.post1')).toBe(false);
    expect(hasLocal('1.0+abc')).toBe(true);
    expect(publicVersion('1!1.2.3dev1+abc')).toBe('1!1.2.3.dev1');
    expect(baseVersion('1!1.2.3rc1.post2+abc')).toBe('1!1.2.3');
    expect(() => isPrerelease('nope')).toThrow(ConfigurationError);
  });
});
