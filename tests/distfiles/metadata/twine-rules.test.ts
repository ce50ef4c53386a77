/**
 * The M rules: what twine 7 rejects through packaging 26. Each rule has inputs twine rejects, with
 * packaging's own message, and a near miss that twine accepts. Texts come from
 * pypa/packaging src/packaging/metadata.py and pypa/twine twine/package.py.
 */
import { describe, expect, test } from '@jest/globals';
import { HEAD, findingsOf, metadata } from './support.js';

interface BadCase {
  code: string;
  name: string;
  input: Buffer;
  /** The authority's text, quoted in the message. */
  text: string;
  kind?: 'wheel' | 'sdist';
}

const bad: BadCase[] = [
  {
    code: 'M001',
    name: 'Metadata-Version 2.0 (never standardised; twine 7 dropped its monkeypatch)',
    input: metadata('', 'Metadata-Version: 2.0\nName: demo\nVersion: 1.0\n'),
    text:
      "Invalid distribution metadata: '2.0' is not a valid metadata version (2.0 was never standardised: twine 7 " +
      'rejects it, and PyPI refuses it today',
  },
  {
    code: 'M001',
    name: 'no Metadata-Version',
    input: metadata('', 'Name: demo\nVersion: 1.0\n'),
    text: 'Invalid distribution metadata: None is not a valid metadata version',
  },
  {
    code: 'M001',
    name: 'a future Metadata-Version',
    input: metadata('', 'Metadata-Version: 3.0\nName: demo\nVersion: 1.0\n'),
    text: "'3.0' is not a valid metadata version",
  },
  {
    code: 'M002',
    name: 'a name ending in an underscore',
    input: metadata('', 'Metadata-Version: 2.4\nName: foo_\nVersion: 1.0\n'),
    text: "Invalid distribution metadata: 'foo_' is invalid for 'name'",
  },
  {
    code: 'M002',
    name: 'an empty name',
    input: metadata('', 'Metadata-Version: 2.4\nName: \nVersion: 1.0\n'),
    text: "Invalid distribution metadata: 'name' is a required field",
  },
  {
    code: 'M003',
    name: 'a version that is not PEP 440',
    input: metadata('', 'Metadata-Version: 2.4\nName: demo\nVersion: 1.0x\n'),
    text: "Invalid distribution metadata: '1.0x' is invalid for 'version'",
  },
  {
    code: 'M003',
    name: 'no version',
    input: metadata('', 'Metadata-Version: 2.4\nName: demo\n'),
    text: "Invalid distribution metadata: 'version' is a required field",
  },
  {
    code: 'M004',
    name: 'Dynamic in Metadata 2.1 (twine #1223)',
    input: metadata('Dynamic: Requires-Dist\n', 'Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n'),
    text: 'Invalid distribution metadata: dynamic introduced in metadata version 2.2, not 2.1',
  },
  {
    code: 'M004',
    name: 'License-Expression in Metadata 2.3 (twine #1255)',
    input: metadata('License-Expression: MIT\n', 'Metadata-Version: 2.3\nName: demo\nVersion: 1.0\n'),
    text:
      'Invalid distribution metadata: license-expression introduced in metadata version 2.4, not 2.3 (PyPI ' +
      'refuses this today; files it accepted before it checked which version introduced a field stay on PyPI)',
  },
  {
    code: 'M004',
    name: 'Import-Name in Metadata 2.4',
    input: metadata('Import-Name: demo\n'),
    text: 'import-name introduced in metadata version 2.5, not 2.4',
  },
  {
    code: 'M005',
    name: 'an unknown field',
    input: metadata('X-Foo: bar\n'),
    text: "Invalid distribution metadata: unrecognized or malformed field 'x-foo'",
  },
  {
    code: 'M005',
    name: 'a single-use field given twice',
    input: metadata('Summary: one\nSummary: two\n'),
    text: "unrecognized or malformed field 'summary'",
  },
  {
    code: 'M005',
    name: 'two Project-URLs with the same label',
    input: metadata('Project-URL: Docs, https://a.example.org\nProject-URL: Docs , https://b.example.org\n'),
    text: "unrecognized or malformed field 'project-url'",
  },
  {
    code: 'M005',
    name: 'a field that is not UTF-8',
    input: Buffer.concat([Buffer.from(HEAD), Buffer.from('Author: Andr\xe9\n', 'latin1')]),
    text: "unrecognized or malformed field 'author'",
  },
  {
    code: 'M005',
    name: 'License-File from Metadata 2.4 that is not UTF-8',
    input: Buffer.concat([Buffer.from(HEAD), Buffer.from('License-File: LIC\xc9NSE\n', 'latin1')]),
    text: "unrecognized or malformed field 'license-file'",
  },
  {
    code: 'M006',
    name: 'a summary over two lines',
    input: metadata('Summary: first line\n second line\n'),
    text: "Invalid distribution metadata: 'summary' must be a single line",
  },
  {
    code: 'M007',
    name: 'a lower-case Markdown variant',
    input: metadata('Description-Content-Type: text/markdown; variant=gfm\n'),
    text: "valid Markdown variants for 'description-content-type' are ['GFM', 'CommonMark'], not 'gfm'",
  },
  {
    code: 'M007',
    name: 'a charset other than UTF-8',
    input: metadata('Description-Content-Type: text/x-rst; charset=latin-1\n'),
    text: "'description-content-type' can only specify the UTF-8 charset, not 'latin-1'",
  },
  {
    code: 'M007',
    name: 'HTML',
    input: metadata('Description-Content-Type: text/html\n'),
    text: "'description-content-type' must be one of ['text/plain', 'text/x-rst', 'text/markdown'], not 'text/html'",
  },
  {
    code: 'M007',
    name: 'no subtype',
    input: metadata('Description-Content-Type: markdown\n'),
    text: "'markdown' is not a valid content type for 'description-content-type': Invalid content type",
  },
  {
    code: 'M007',
    name: 'UNKNOWN, as old setuptools wrote for a content type left unset',
    input: metadata('Description-Content-Type: UNKNOWN\n'),
    text:
      "'UNKNOWN' is not a valid content type for 'description-content-type': Invalid content type (PyPI " +
      'refuses it today; files it accepted before stay on PyPI)',
  },
  {
    code: 'M008',
    name: 'Version marked dynamic',
    input: metadata('Dynamic: Version\n'),
    text: "Invalid distribution metadata: 'version' is not allowed as a dynamic field",
  },
  {
    code: 'M008',
    name: 'a dynamic pyproject key instead of a field',
    input: metadata('Dynamic: dependencies\n'),
    text: "Invalid distribution metadata: 'dependencies' is not a valid dynamic field",
  },
  {
    code: 'M009',
    name: 'a requirement with a space instead of an operator',
    input: metadata('Requires-Dist: foo 1.0\n'),
    text: "Invalid distribution metadata: 'foo 1.0' is invalid for 'requires-dist'",
  },
  {
    code: 'M009',
    name: 'a wildcard with >=',
    input: metadata('Requires-Dist: foo>=1.0.*\n'),
    text: "'foo>=1.0.*' is invalid for 'requires-dist' (.* suffix can only be used with `==` or `!=` operators)",
  },
  {
    code: 'M009',
    name: 'an unknown marker variable',
    input: metadata('Requires-Dist: foo; python_versions > "3"\n'),
    text: "is invalid for 'requires-dist' (Expected a marker variable or quoted string)",
  },
  {
    code: 'M010',
    name: 'a bare Python version',
    input: metadata('Requires-Python: 3.9\n'),
    text: "Invalid distribution metadata: '3.9' is invalid for 'requires-python'",
  },
  {
    code: 'M011',
    name: 'an extra starting with a dash',
    input: metadata('Provides-Extra: -dev\n'),
    text: "Invalid distribution metadata: '-dev' is invalid for 'provides-extra'",
  },
  {
    code: 'M012',
    name: 'an unknown license',
    input: metadata('License-Expression: MIT OR Foo\n'),
    text: "Invalid distribution metadata: 'MIT OR Foo' is invalid for 'license-expression' (Unknown license: 'foo')",
  },
  {
    code: 'M012',
    name: 'an unbalanced parenthesis',
    input: metadata('License-Expression: (MIT\n'),
    text: "'(MIT' is invalid for 'license-expression' (Invalid license expression: '(MIT')",
  },
  {
    code: 'M012',
    name: 'a license used as an exception',
    input: metadata('License-Expression: GPL-3.0-only WITH MIT\n'),
    text: "(Unknown license exception: 'mit')",
  },
  {
    code: 'M012',
    name: 'a DocumentRef (packaging does not support it)',
    input: metadata('License-Expression: DocumentRef-spdx:LicenseRef-x\n'),
    text: "(Unknown license: 'documentref-spdx:licenseref-x')",
  },
  {
    code: 'M013',
    name: 'a path leaving the project',
    input: metadata('License-File: ../LICENSE\n'),
    text: "'../LICENSE' is invalid for 'license-file', parent directory indicators are not allowed",
  },
  {
    code: 'M013',
    name: 'an unresolved glob',
    input: metadata('License-File: LICENSE*\n'),
    text: "'LICENSE*' is invalid for 'license-file', paths must be resolved",
  },
  {
    code: 'M013',
    name: 'an absolute path',
    input: metadata('License-File: /src/LICENSE\n'),
    text: "'/src/LICENSE' is invalid for 'license-file', paths must be relative",
  },
  {
    code: 'M013',
    name: 'a Windows separator',
    input: metadata('License-File: LICENSES\\MIT.txt\n'),
    text: "'LICENSES\\\\MIT.txt' is invalid for 'license-file', paths must use '/' delimiter",
  },
  {
    code: 'M014',
    name: 'a keyword in an import name',
    input: metadata('Import-Name: demo.class\n', 'Metadata-Version: 2.5\nName: demo\nVersion: 1.0\n'),
    text: "Invalid distribution metadata: 'demo.class' is invalid for 'import-name'; 'class' is a keyword",
  },
  {
    code: 'M014',
    name: 'an import namespace that is not an identifier',
    input: metadata('Import-Namespace: 1demo\n', 'Metadata-Version: 2.5\nName: demo\nVersion: 1.0\n'),
    text: "'1demo' is invalid for 'import-namespace'; '1demo' is not a valid identifier",
  },
  {
    code: 'M014',
    name: 'an option other than private',
    input: metadata('Import-Name: demo; public\n', 'Metadata-Version: 2.5\nName: demo\nVersion: 1.0\n'),
    text: "'demo; public' is invalid for 'import-name'; the only valid option is 'private'",
  },
  {
    code: 'M015',
    name: 'an sdist with Metadata 2.1',
    input: metadata('', 'Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n'),
    text: 'the source distribution format requires 2.2 or later',
    kind: 'sdist',
  },
];

interface GoodCase {
  code: string;
  name: string;
  input: Buffer;
  kind?: 'wheel' | 'sdist';
}

const good: GoodCase[] = [
  {
    code: 'M001',
    name: 'Metadata 2.5',
    input: metadata('', 'Metadata-Version: 2.5\nName: demo\nVersion: 1.0\n'),
  },
  {
    code: 'M001',
    name: 'Metadata 2.6 (packaging 26.3)',
    input: metadata('', 'Metadata-Version: 2.6\nName: demo\nVersion: 1.0\n'),
  },
  {
    code: 'M002',
    name: 'a name with dots, dashes, underscores and capitals',
    input: metadata('', 'Metadata-Version: 2.4\nName: Foo.Bar_baz-9\nVersion: 1.0\n'),
  },
  {
    code: 'M003',
    name: 'a version with a v, epoch, post and dev parts',
    input: metadata('', 'Metadata-Version: 2.4\nName: demo\nVersion: v1!2.0.post1.dev3\n'),
  },
  {
    code: 'M004',
    name: 'Dynamic in Metadata 2.2',
    input: metadata('Dynamic: Requires-Dist\n', 'Metadata-Version: 2.2\nName: demo\nVersion: 1.0\n'),
  },
  {
    code: 'M004',
    name: "setuptools' License-File in Metadata 2.1 (twine drops it, #1217)",
    input: metadata('License-File: LICENSE\n', 'Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n'),
  },
  { code: 'M005', name: 'a UTF-8 author', input: metadata('Author: André Müller\n') },
  {
    code: 'M005',
    name: 'Project-URL labels differing in case',
    input: metadata('Project-URL: Docs, https://a.example.org\nProject-URL: docs, https://b.example.org\n'),
  },
  { code: 'M006', name: 'a long one-line summary', input: metadata(`Summary: ${'word '.repeat(40)}end\n`) },
  {
    code: 'M007',
    name: 'upper-case type, UTF-8 charset and the CommonMark variant',
    input: metadata('Description-Content-Type: TEXT/Markdown; charset=utf-8; variant="CommonMark"\n'),
  },
  { code: 'M007', name: 'plain text', input: metadata('Description-Content-Type: text/plain\n') },
  {
    code: 'M008',
    name: 'fields marked dynamic',
    input: metadata('Dynamic: Requires-Dist\nDynamic: license-file\n'),
  },
  {
    code: 'M009',
    name: 'extras, a parenthesised set, a marker with and/or',
    input: metadata(
      'Requires-Dist: Foo.Bar[a-b,c_d] (>=1.0, !=1.5.*) ; sys_platform == "linux" and (platform_machine == "x86_64" or platform.machine=="aarch64")\n',
    ),
  },
  {
    code: 'M009',
    name: 'a direct reference (twine accepts it; PyPI does not)',
    input: metadata('Requires-Dist: foo @ https://example.org/foo-1.0.whl\n'),
  },
  { code: 'M010', name: 'a specifier set with spaces', input: metadata('Requires-Python: >= 3.9, < 4\n') },
  { code: 'M011', name: 'an unnormalised extra', input: metadata('Provides-Extra: Dev_Tools\n') },
  {
    code: 'M012',
    name: 'lower-case ids, parentheses, WITH, LicenseRef and a deprecated id',
    input: metadata(
      'License-Expression: mit and (apache-2.0 or GPL-2.0+ WITH Classpath-exception-2.0 or LicenseRef-Custom.1)\n',
    ),
  },
  {
    code: 'M012',
    name: 'an exception newer than spdx-exceptions 2.5.0',
    input: metadata('License-Expression: GPL-2.0-or-later WITH PCRE2-exception\n'),
  },
  { code: 'M013', name: 'a nested relative path', input: metadata('License-File: LICENSES/MIT.txt\n') },
  {
    code: 'M014',
    name: 'a private dotted import name and a soft keyword',
    input: metadata(
      'Import-Name: demo.core; private\nImport-Name: match\nImport-Namespace: demo\n',
      'Metadata-Version: 2.5\nName: demo\nVersion: 1.0\n',
    ),
  },
  {
    code: 'M014',
    name: 'an empty Import-Name (no import names)',
    input: metadata('Import-Name: \n', 'Metadata-Version: 2.5\nName: demo\nVersion: 1.0\n'),
  },
  {
    code: 'M015',
    name: 'a wheel with Metadata 2.1',
    input: metadata('', 'Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n'),
  },
  {
    code: 'M015',
    name: 'an sdist with Metadata 2.2',
    input: metadata('', 'Metadata-Version: 2.2\nName: demo\nVersion: 1.0\n'),
    kind: 'sdist',
  },
];

describe('twine / packaging rules', () => {
  test.each(bad.map((c) => [c.code, c.name, c] as const))('%s rejects %s', (code, _name, c) => {
    const found = findingsOf(c.input, { kind: c.kind }).filter((f) => f.code === code);
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining(c.text)]);
    expect(found[0]!.severity).toBe(code === 'M015' ? 'notice' : 'error');
  });

  test.each(good.map((c) => [c.code, c.name, c] as const))('%s accepts %s', (code, _name, c) => {
    expect(findingsOf(c.input, { kind: c.kind }).filter((f) => f.code === code)).toEqual([]);
  });
});

describe('messages and fixes', () => {
  test('a finding names the field as written in the file, and the pyproject key behind it', () => {
    const [summary] = findingsOf(metadata('SUMMARY: first\n second\n'));
    expect(summary!.message).toBe("SUMMARY: Invalid distribution metadata: 'summary' must be a single line");
    expect(summary!.fix).toContain('SUMMARY comes from `description` in [project] of pyproject.toml');

    const [license] = findingsOf(metadata('License-Expression: Apache 2.0\n'));
    expect(license!.fix).toContain('`license` in [project] of pyproject.toml');
    const [dependency] = findingsOf(metadata('Requires-Dist: foo bar\n'));
    expect(dependency!.fix).toContain('`dependencies` or [project.optional-dependencies]');
  });

  test('an unrecognized field says why it is unparsed', () => {
    const messages = (fields: string) => findingsOf(metadata(fields)).map((f) => f.message);
    expect(messages('X-Custom: 1\n')).toEqual([
      "X-Custom: Invalid distribution metadata: unrecognized or malformed field 'x-custom' (it is not a core metadata field)",
    ]);
    expect(messages('Keywords: a\nKeywords: b\n')[0]).toContain(
      'it appears 2 times but may appear only once',
    );
    expect(messages('Project-URL: Docs, https://a.org\nProject-URL: Docs, https://b.org\n')[0]).toContain(
      "two Project-URL entries have the label 'Docs'",
    );
  });

  test('a repeated Name is reported once, as twine does (not also as missing)', () => {
    const found = findingsOf('Metadata-Version: 2.4\nName: a\nName: b\nVersion: 1.0\n');
    expect(found.map((f) => f.code)).toEqual(['M005']);
  });

  test('every problem is reported, not just the first batch twine shows', () => {
    const found = findingsOf('Metadata-Version: 2.0\nName: foo_\nVersion: 1.0x\nX-Foo: 1\n');
    expect(found.map((f) => f.code).sort()).toEqual(['M001', 'M002', 'M003', 'M005']);
  });

  test('without a valid Metadata-Version, fields are still validated but not dated', () => {
    const found = findingsOf(
      'Metadata-Version: 2.0\nName: demo\nVersion: 1.0\nDynamic: Version\nImport-Name: x\n',
    );
    expect(found.map((f) => f.code).sort()).toEqual(['M001', 'M008']);
  });

  test('a field too new for the declared version is not validated further', () => {
    const found = findingsOf(
      metadata('License-Expression: Foo\n', 'Metadata-Version: 2.1\nName: d\nVersion: 1\n'),
    );
    expect(found.map((f) => f.code)).toEqual(['M004']);
  });

  test('a modern METADATA has no finding at all', () => {
    const text =
      'Metadata-Version: 2.4\nName: otai-release-demo\nVersion: 1.4.0rc1\nSummary: A demo.\n' +
      'Project-URL: Homepage, https://example.org/demo\nProject-URL: Source, https://github.com/o/demo\n' +
      'Author-email: Example Maintainers <maintainers@example.org>\nLicense-Expression: Apache-2.0 OR MIT\n' +
      'License-File: LICENSE\nLicense-File: LICENSES/MIT.txt\nKeywords: demo,release\n' +
      'Classifier: Programming Language :: Python :: 3\nClassifier: Typing :: Typed\n' +
      'Requires-Python: >=3.9\nRequires-Dist: requests>=2.31\nRequires-Dist: tomli>=1.1; python_version < "3.11"\n' +
      'Provides-Extra: dev\nRequires-Dist: pytest>=8; extra == "dev"\nDynamic: Requires-Dist\n' +
      'Description-Content-Type: text/markdown\n\n# Demo\n\nText.\n';
    expect(findingsOf(text, { kind: 'sdist' })).toEqual([]);
  });
});
