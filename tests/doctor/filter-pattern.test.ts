/** GitHub's filter patterns, cases taken from GitHub's "filter pattern cheat sheet". */
import { describe, expect, test } from '@jest/globals';
import { matchesFilters } from '@otai-release/core/doctor';

describe('tag filter patterns', () => {
  test.each([
    [['v*'], 'v1.2.3', true],
    [['v*'], 'hf-local-v1.2.3', false],
    [['v*'], 'v1.0/beta', false], // * stops at /
    [['v**'], 'v1.0/beta', true],
    [['*'], 'release/1.0', false],
    [['**'], 'release/1.0', true],
    [['v[12].[0-9]+.[0-9]+'], 'v1.10.3', true],
    [['v[12].[0-9]+.[0-9]+'], 'v3.0.0', false],
    [['v[0-9]+.[0-9]+.[0-9]+'], 'v1.2.3rc1', false],
    [['v2*'], 'v20', true],
    [['v1.?'], 'v1.', true], // ? is "zero or one of the preceding character"
    [['v1.?'], 'v1', true],
    [['v1.?'], 'v1.1', false],
    [['*-v*'], 'hf-local-v1.2.0', true],
    [['v*', '!v*rc*'], 'v1.0rc1', false],
    [['v*', '!v*rc*'], 'v1.0', true],
    [['v*', '!v*rc*', 'v1.0rc1'], 'v1.0rc1', true], // a later positive pattern re-includes
    [['1.*'], '1.4.0', true],
    [['1.*'], '104', false], // . is literal
  ])('%j against %s → %s', (patterns, tag, expected) => {
    expect(matchesFilters(patterns as string[], tag as string)).toBe(expected);
  });
});
