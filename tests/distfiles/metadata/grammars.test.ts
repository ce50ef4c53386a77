/**
 * The three small grammars the metadata rules rest on: PEP 508 (packaging's parser and messages),
 * SPDX expressions (packaging's canonicalize_license_expression) and PyPI's URL test (rfc3986).
 */
import { describe, expect, test } from '@jest/globals';
import { isValidPypiUrl, licenseExpressionProblem } from '@otai-release/core/distfiles/metadata';
import { formatRequirement, parseRequirement } from '@otai-release/core/pep508';

describe('parseRequirement', () => {
  test.each([
    'requests',
    'requests[security,socks]>=2.8.1,==2.8.*; python_version < "2.7"',
    'name @ https://example.org/pkg.whl',
    'name[fred,bar] @ http://foo.com ; python_version=="2.7"',
    'name; os_name=="a" and (os_name=="b" or os_name=="c")',
    'name; platform.machine == \'x86_64\' and implementation_name != "pypy"',
    'name (>=1.0, <2)',
    'name===1.0-local',
    'name; "dev" in extras',
    'name; python_version not in "3.8 3.9"',
    'name ~= 1.4.5',
  ])('accepts %s', (text) => {
    expect(parseRequirement(text).ok).toBe(true);
  });

  test.each([
    ['foo 1.0', 'Expected semicolon (after name with no version specifier) or end'],
    ['foo>=1.0 bar', 'Expected comma (within version specifier), semicolon (after version specifier) or end'],
    ['foo[bar baz]', 'Expected comma between extra names'],
    ['foo[bar,]', 'Expected extra name after comma'],
    ['foo>=1.0.*', '.* suffix can only be used with `==` or `!=` operators'],
    ['foo==1.0a1.*', '.* suffix cannot be used with pre-release, post-release, dev or local versions'],
    ['foo>=1.0+local', 'Local version label can only be used with `==` or `!=` operators'],
    ['foo; python_versions > "3"', 'Expected a marker variable or quoted string'],
    ['foo; python_version >> "3"', 'Expected a marker variable or quoted string'],
    ['foo; python_version not "3"', "Expected 'in' after 'not'"],
    [
      'foo; python_version ! "3"',
      'Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in',
    ],
    [
      'foo; (python_version > "3"',
      'Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after marker expression',
    ],
    ["foo; python_version > '\\x4'", 'Invalid quoted string'],
    ['foo @ https://x.org/f.whl python_version>"3"', 'Expected semicolon (after URL and whitespace) or end'],
    ['_foo', 'Expected package name at the start of dependency specifier'],
  ])('rejects %s: %s', (text, message) => {
    expect(parseRequirement(text)).toMatchObject({ ok: false, message });
  });

  test('locates the specifier as written, and names the project of a requirement that fails after it', () => {
    const text = 'Name [x] ( >= 1.0 , <2 ) ; os_name=="nt"';
    const parsed = parseRequirement(text);
    const at = parsed.ok ? parsed.requirement.specifierAt : undefined;
    expect(at && text.slice(at.start, at.end)).toBe('>= 1.0 , <2');
    expect(parsed.ok && parsed.requirement.specifier).toBe('>= 1.0,<2');
    const unpinned = parseRequirement('name; os_name=="nt"');
    expect(unpinned).toMatchObject({ ok: true, requirement: { specifier: '' } });
    expect(unpinned.ok && unpinned.requirement.specifierAt).toBeUndefined();
    expect(parseRequirement('acme-core=>1.4')).toMatchObject({ ok: false, name: 'acme-core' });
    expect(parseRequirement('_acme')).not.toHaveProperty('name');
  });

  test('a URL without a space before the marker swallows it, as in packaging', () => {
    const parsed = parseRequirement('foo@https://x.org/f.whl;os_name=="nt"');
    expect(parsed).toMatchObject({ ok: true, requirement: { url: 'https://x.org/f.whl;os_name=="nt"' } });
  });

  test('formats a direct reference as str(Requirement) does, with extras normalised in markers', () => {
    const parsed = parseRequirement('Foo[b,a] @ https://x.org/f.whl ; extra=="Dev_X" or (os.name=="nt")');
    expect(parsed.ok && formatRequirement(parsed.requirement)).toBe(
      'Foo[a,b] @ https://x.org/f.whl ; extra == "dev-x" or os_name == "nt"',
    );
  });
});

describe('licenseExpressionProblem', () => {
  test.each([
    'MIT',
    'mit',
    'Apache-2.0 OR MIT',
    'mit and (apache-2.0 or bsd-2-clause)',
    'GPL-2.0+',
    'GPL-2.0-or-later WITH Classpath-exception-2.0',
    'LicenseRef-My-License.2',
    '((MIT))',
  ])('accepts %s', (text) => {
    expect(licenseExpressionProblem(text)).toBeUndefined();
  });

  test.each([
    ['', "Invalid license expression: ''"],
    ['(MIT', "Invalid license expression: '(MIT'"],
    ['MIT Apache-2.0', "Invalid license expression: 'MIT Apache-2.0'"],
    ['MIT AND', "Invalid license expression: 'MIT AND'"],
    ['()', "Invalid license expression: '()'"],
    ['MIT WITH', "Invalid license expression: 'MIT WITH'"],
    [
      'MIT WITH Classpath-exception-2.0 WITH LLVM-exception',
      "Invalid license expression: 'MIT WITH Classpath-exception-2.0 WITH LLVM-exception'",
    ],
    ['Apache-2', "Unknown license: 'apache-2'"],
    ['Apache 2.0', "Invalid license expression: 'Apache 2.0'"],
    ['MIT WITH Foo-exception', "Unknown license exception: 'foo-exception'"],
    ['LicenseRef-My_License', "Invalid licenseref: 'licenseref-my_license'"],
    ['LicenseRef-x+', "Invalid licenseref: 'licenseref-x+'"],
  ])('rejects %j: %s', (text, problem) => {
    expect(licenseExpressionProblem(text)).toBe(problem);
  });
});

describe('isValidPypiUrl', () => {
  test.each([
    'https://example.org',
    'HTTP://example.org:8080/a?b=c#d',
    'https://user@example.org/',
    'https://',
    'https://exa mple.org',
    'http://[::1]/x',
  ])('accepts %s (rfc3986 after normalisation)', (url) => {
    expect(isValidPypiUrl(url)).toBe(true);
  });

  test.each([
    'example.org',
    'ftp://example.org',
    'mailto:me@example.org',
    ' https://example.org',
    'https://x.org:99999',
    'https://x.org/a[b]',
    'https://x.org/?q=[1]',
    '',
  ])('rejects %j', (url) => {
    expect(isValidPypiUrl(url)).toBe(false);
  });
});
