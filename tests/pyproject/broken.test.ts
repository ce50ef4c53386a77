/**
 * Repositories otai-release must refuse: each throws a ConfigurationError whose message says what is
 * wrong and whose file/line point at the place to fix (the annotation lands there).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import { readRepository } from '@otai-release/core/pyproject';
import { broken, cleanup, materialize } from '../fixtures/layouts.js';

afterAll(cleanup);

function errorOf(files: Record<string, string>): ConfigurationError {
  const dir = materialize(files);
  try {
    readRepository(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('readRepository did not throw');
}

describe.each(Object.entries(broken))('%s', (_name, c) => {
  test('is refused with a message that says what is wrong', () => {
    expect(errorOf(c.files).message).toMatch(c.error);
  });

  test('points at the file and line to fix', () => {
    const error = errorOf(c.files);
    expect(error.file).toBe(c.file);
    expect(error.line).toBe(c.line);
    if (c.file && c.line)
      expect(error.toString()).toMatch(new RegExp(`^${c.file.replace(/\./g, '\\.')}:${c.line}`));
  });
});

describe('messages say how to fix it', () => {
  test('an unknown config key names the known ones', () => {
    expect(errorOf(broken['unknown-config-key'].files).message).toMatch(/Known keys: .*`tag-format`/);
  });

  test('a missing hatch path names the file it looked for', () => {
    expect(errorOf(broken['hatch-path-missing'].files).message).toMatch(
      /acme-missing: .*looked for src\/acme_missing\/__about__\.py/,
    );
  });

  test('a version that is not a string literal says to assign a plain string', () => {
    expect(errorOf(broken['attr-not-literal'].files).message).toMatch(
      /assign a plain string such as __version__ = "X\.Y\.Z"/,
    );
  });

  test('a version both static and dynamic says to remove one', () => {
    expect(errorOf(broken['static-and-dynamic'].files).message).toMatch(/both-ways: .*Remove one of the two/);
  });

  test('no package at all says where to look', () => {
    expect(errorOf(broken['no-pyproject'].files).message).toMatch(
      /list packages in \[tool\.otai-release\] packages/,
    );
  });

  test('a malformed TOML error also gives the column', () => {
    const error = errorOf(broken['malformed-toml'].files);
    expect(error.column).toBeGreaterThan(0);
  });
});
