import { describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import {
  formatSpecifierSet,
  parseSpecifier,
  parseSpecifierSet,
  parseVersion,
  specifierContains,
  specifierSetContains,
  tryParseSpecifierSet,
} from '@otai-release/core/pep440';

/** The specifier part of a dependency as written in a pyproject (`name==1.0`, `name >=1.0`). */
function pin(requirement: string): string {
  const m = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(.*)$/.exec(requirement);
  if (!m) throw new Error(`not a requirement: ${requirement}`);
  return m[1]!;
}

describe('parseSpecifierSet', () => {
  test('parses the pins real monorepos write', () => {
    expect(parseSpecifierSet(pin('autogen-core==0.7.5'))).toEqual([
      { operator: '==', version: '0.7.5', raw: '==0.7.5' },
    ]);
    expect(parseSpecifierSet(pin('langgraph-checkpoint>=4.1.0,<5.0.0'))).toEqual([
      { operator: '>=', version: '4.1.0', raw: '>=4.1.0' },
      { operator: '<', version: '5.0.0', raw: '<5.0.0' },
    ]);
    expect(parseSpecifierSet(pin('opentelemetry-api == 1.45.0.dev'))).toEqual([
      { operator: '==', version: '1.45.0.dev', raw: '== 1.45.0.dev' },
    ]);
    expect(parseSpecifierSet(pin('flit_core >=4.0.0'))).toEqual([
      { operator: '>=', version: '4.0.0', raw: '>=4.0.0' },
    ]);
    expect(parseSpecifierSet(pin('dbt-athena==1.11.0rc1'))[0]!.version).toBe('1.11.0rc1');
  });

  test('parses every operator, spaces around clauses, and skips empty clauses as packaging does', () => {
    const set = parseSpecifierSet(' ~= 1.4.5 , ==1.2.* ,, !=1.3, ===1.0-foo, <=2, >0.1, <3 ,');
    expect(set.map((s) => s.operator)).toEqual(['~=', '==', '!=', '===', '<=', '>', '<']);
    expect(formatSpecifierSet(set)).toBe('~=1.4.5,==1.2.*,!=1.3,===1.0-foo,<=2,>0.1,<3');
    expect(parseSpecifierSet('')).toEqual([]);
  });

  test('rejects what packaging rejects, with a message that says what to write', () => {
    const bad: [string, RegExp][] = [
      ['=>1.0', /misspelt/],
      ['1.0', /does not start with an operator/],
      ['>=1.0.*', /only allowed after == and !=/],
      ['<1.0+local', /local label/],
      ['~=1', /at least two segments/],
      ['~=1.0.*', /only allowed after == and !=/],
      ['==1.0.*.1', /not a valid PEP 440 version for ==/],
      ['==1.0a1.*', /must follow the release numbers directly/],
      ['>=1.0 2.0', /not a valid PEP 440 version/],
    ];
    for (const [text, reason] of bad) {
      expect(() => parseSpecifierSet(text)).toThrow(ConfigurationError);
      expect(() => parseSpecifierSet(text)).toThrow(reason);
      expect(() => parseSpecifierSet(text)).toThrow(
        `${JSON.stringify(text)} is not a valid PEP 440 version specifier`,
      );
      expect(tryParseSpecifierSet(text)).toBeUndefined();
    }
    expect(() => parseSpecifierSet('>=4.1.0,=<5')).toThrow(
      '"=<5" is not a valid PEP 440 version specifier (in ">=4.1.0,=<5")',
    );
    expect(() => parseSpecifier('~=1')).toThrow(/write e\.g\. ">=1\.0"/);
  });
});

// Expected values checked against pypa/packaging 26.2:
// SpecifierSet(spec).contains(version, prereleases=True / prereleases=False).
const CASES: [spec: string, version: string, admitted: boolean, admittedWithoutPrereleases: boolean][] = [
  // autogen-core==0.7.5: lockstep pins admit exactly that release, zero-padded, any local build.
  ['==0.7.5', '0.7.5', true, true],
  ['==0.7.5', '0.7.5.0', true, true],
  ['==0.7.5', '0.7.6', false, false],
  ['==0.7.5', '0.7.5+local', true, true],
  ['==0.7.5', '0.7.5rc1', false, false],
  // langgraph-checkpoint>=4.1.0,<5.0.0
  ['>=4.1.0,<5.0.0', '4.2.0', true, true],
  ['>=4.1.0,<5.0.0', '4.1.0', true, true],
  ['>=4.1.0,<5.0.0', '5.0.0', false, false],
  ['>=4.1.0,<5.0.0', '5.0.0rc1', false, false],
  ['>=4.1.0,<5.0.0', '5.0.0.dev0', false, false],
  ['>=4.1.0,<5.0.0', '4.1.0rc1', false, false],
  ['>=4.1.0,<5.0.0', '4.9.9.post1', true, true],
  // opentelemetry-api == 1.45.0.dev (not normalised: it means 1.45.0.dev0)
  ['== 1.45.0.dev', '1.45.0.dev0', true, false],
  ['== 1.45.0.dev', '1.45.0', false, false],
  ['== 1.45.0.dev', '1.45.0.dev1', false, false],
  // flit_core >=4.0.0
  ['>=4.0.0', '4.0.0', true, true],
  ['>=4.0.0', '3.12', false, false],
  ['>=4.0.0', '4.0.1rc1', true, false],
  // ~= compatible release
  ['~=1.4.5', '1.4.5', true, true],
  ['~=1.4.5', '1.4.9', true, true],
  ['~=1.4.5', '1.5.0', false, false],
  ['~=1.4.5', '1.4.4', false, false],
  ['~=1.4.5', '1.4.6rc1', true, false],
  ['~=1.4', '1.9', true, true],
  ['~=1.4', '2.0', false, false],
  ['~=1.4.5a1', '1.4.5', true, true],
  ['~=1.4.5a1', '1.4.5a0', false, false],
  // ==/!= prefix matching, zero-padded, ignoring local labels
  ['==1.2.*', '1.2', true, true],
  ['==1.2.*', '1.2.0', true, true],
  ['==1.2.*', '1.2.9.post1', true, true],
  ['==1.2.*', '1.2rc1', true, false],
  ['==1.2.*', '1.3', false, false],
  ['==1.2.*', '1.20', false, false],
  ['==1.2.*', '1.2+local', true, true],
  ['==1.2.0.*', '1.2', true, true],
  ['!=1.2.*', '1.3', true, true],
  ['!=1.2.*', '1.2.5', false, false],
  ['!=1.3', '1.3.0', false, false],
  ['!=1.3', '1.3.1', true, true],
  ['!=1.3', '1.3+local', false, false],
  // exclusive > excludes post-releases and local builds of V itself
  ['>1.7', '1.7.post1', false, false],
  ['>1.7', '1.7.0.post1', false, false],
  ['>1.7', '1.7.1', true, true],
  ['>1.7', '1.7+local', false, false],
  ['>1.7', '1.8.post1', true, true],
  ['>1.7.post2', '1.7.post3', true, true],
  ['>1.7a1', '1.7a1+local', false, false],
  ['>1.7a1', '1.7a2+local', true, false],
  // exclusive < excludes pre-releases of V unless V is one
  ['<1.7', '1.7rc1', false, false],
  ['<1.7', '1.7.dev0', false, false],
  ['<1.7', '1.6.9', true, true],
  ['<1.7', '1.6.9rc1', true, false],
  ['<1.7rc2', '1.7rc1', true, false],
  ['<1.7', '1.6+local', true, true],
  ['<=1.7', '1.7+local', true, true],
  // local versions in the specifier must match exactly (case-insensitively, as versions)
  ['==1.0+abc', '1.0+abc', true, true],
  ['==1.0+abc', '1.0+ABC', true, true],
  ['==1.0+abc', '1.0', false, false],
  ['==1.0+abc', '1.0+abd', false, false],
  ['==1.0', '1.0+anything.1', true, true],
  // === compares text
  ['===1.0', '1.0', true, true],
  ['===1.0', '1.0.0', false, false],
  ['===1.0', 'v1.0', false, false],
  ['>=1.0,!=1.5.*,<2', '1.5.1', false, false],
  ['', '2.0', true, true],
];

describe('specifierSetContains', () => {
  test.each(CASES)('%j admits %j: %j (without pre-releases: %j)', (spec, version, admitted, withoutPre) => {
    const set = parseSpecifierSet(spec);
    expect(specifierSetContains(set, version)).toBe(admitted);
    expect(specifierSetContains(set, version, { prereleases: true })).toBe(admitted);
    expect(specifierSetContains(set, version, { prereleases: false })).toBe(withoutPre);
    if (!spec.startsWith('===')) expect(specifierSetContains(spec, parseVersion(version))).toBe(admitted);
  });

  test('admits pre-releases by default, because a release manager asked for that version', () => {
    expect(specifierSetContains('>=4.0.0', '4.0.1rc1')).toBe(true);
    expect(specifierSetContains('>=4.0.0', '4.0.1rc1', { prereleases: false })).toBe(false);
  });

  test('=== keeps the caller text; other operators never admit text that is not a version', () => {
    expect(specifierSetContains('===foobar', 'FooBar')).toBe(true);
    expect(specifierSetContains('===foobar,>=1', 'foobar')).toBe(false);
    expect(specifierSetContains('>=1', 'foobar')).toBe(false);
    // A parsed Version is compared in its normal form (packaging: `Version('v1.0') in SpecifierSet('===1.0')`).
    expect(specifierSetContains('===1.0', parseVersion('v1.0'))).toBe(true);
    expect(specifierSetContains('===1.0', parseVersion('1.0.0'))).toBe(false);
    expect(specifierContains(parseSpecifier('== 1.45.0.dev'), '1.45.0.dev0')).toBe(true);
  });

  test('~= follows PEP 440 for unnormalised spellings, where packaging splits the raw text', () => {
    // packaging 26.2 answers False for both (its string split keeps "v1" / "7-beta" as segments).
    expect(specifierSetContains('~=v1.4', '1.5')).toBe(true);
    expect(specifierSetContains('~=6.2.7-beta.0', '6.2.7')).toBe(true);
    expect(specifierSetContains('~=6.2.7-beta.0', '6.3.0')).toBe(false);
  });
});
