/**
 * The P rules: what PyPI rejects at upload although twine check passes. Texts come from
 * pypi/warehouse warehouse/forklift/metadata.py (and email_validator for the email reasons).
 */
import { describe, expect, test } from '@jest/globals';
import { TROVE_CLASSIFIERS_VERSION } from '@otai-release/core/distfiles';
import { findingsOf, metadata } from './support.js';

interface Case {
  code: string;
  name: string;
  input: Buffer;
}

const bad: (Case & { text: string })[] = [
  {
    code: 'P001',
    name: 'Metadata 2.6, which packaging accepts but PyPI does not yet',
    input: metadata('', 'Metadata-Version: 2.6\nName: demo\nVersion: 1.0\n'),
    text: "'2.6' is not a valid metadata version",
  },
  {
    code: 'P002',
    name: 'a local version (normalised in the message)',
    input: metadata('', 'Metadata-Version: 2.4\nName: demo\nVersion: 1.0+ABC-1\n'),
    text: "The use of local versions in '1.0+abc.1' is not allowed.",
  },
  {
    code: 'P003',
    name: 'a 513-character summary',
    input: metadata(`Summary: ${'x'.repeat(513)}\n`),
    text: "'summary' field must be 512 characters or less.",
  },
  {
    code: 'P004',
    name: 'an author address at localhost',
    input: metadata('Author-email: Jane <jane@localhost>\n'),
    text: "'jane@localhost' is not a valid email address: The part after the @-sign is not valid. It should have a period.",
  },
  {
    code: 'P004',
    name: 'a maintainer address on a reserved domain',
    input: metadata('Maintainer-email: ops@build.local\n'),
    text: "'ops@build.local' is not a valid email address: The part after the @-sign is a special-use or reserved name that cannot be used with email.",
  },
  {
    code: 'P004',
    name: 'two dots in a row',
    input: metadata('Author-email: jane..doe@example.org\n'),
    text: "'jane..doe@example.org' is not a valid email address: An email address cannot have two periods in a row.",
  },
  {
    code: 'P004',
    name: 'no domain',
    input: metadata('Author-email: Jane <jane@>\n'),
    text: "'jane@' is not a valid email address: There must be something after the @-sign.",
  },
  {
    code: 'P004',
    name: 'no @-sign',
    input: metadata('Author-email: Jane <jane.example.org>\n'),
    text: 'It must have exactly one @-sign.',
  },
  {
    code: 'P005',
    name: 'a misspelt classifier',
    input: metadata('Classifier: Programming Language :: Pyhton :: 3\n'),
    text: "'Programming Language :: Pyhton :: 3' is not a valid classifier.",
  },
  {
    code: 'P005',
    name: 'a classifier without spaces around :: (and why)',
    input: metadata('Classifier: Programming Language::Python\n'),
    text: "'Programming Language::Python' is not a valid classifier. (a classifier has at least two parts",
  },
  {
    code: 'P005',
    name: 'an unknown top-level category (and why)',
    input: metadata('Classifier: Language :: Python\n'),
    text: '"Language" is not a top-level category',
  },
  {
    code: 'P005',
    name: 'an empty part (and why)',
    input: metadata('Classifier: Topic ::  :: Utilities\n'),
    text: 'must not be empty',
  },
  {
    code: 'P006',
    name: 'a deprecated classifier with a replacement',
    input: metadata('Classifier: Natural Language :: Ukranian\n'),
    text: "The classifier 'Natural Language :: Ukranian' has been deprecated, use one of ['Natural Language :: Ukrainian'] instead.",
  },
  {
    code: 'P006',
    name: 'a deprecated classifier without one',
    input: metadata('Classifier: License :: OSI Approved :: Intel Open Source License\n'),
    text: "The classifier 'License :: OSI Approved :: Intel Open Source License' has been deprecated.",
  },
  {
    code: 'P007',
    name: 'a Private classifier',
    input: metadata('Classifier: Private :: Do Not Upload\n'),
    text: "'Private :: Do Not Upload' is not a valid classifier. PyPI rejects every upload with a 'Private ::' classifier",
  },
  {
    code: 'P007',
    name: 'another Private classifier',
    input: metadata('Classifier: Private :: Internal\n'),
    text: "'Private :: Internal' is not a valid classifier.",
  },
  {
    code: 'P008',
    name: 'an ftp Home-page',
    input: metadata('Home-page: ftp://example.org/demo\n'),
    text: "'ftp://example.org/demo' is not a valid url.",
  },
  {
    code: 'P008',
    name: "setuptools' old UNKNOWN Download-URL",
    input: metadata('Download-URL: UNKNOWN\n'),
    text: "'UNKNOWN' is not a valid url.",
  },
  {
    code: 'P009',
    name: 'a Project-URL without a label',
    input: metadata('Project-URL: , https://example.org\n'),
    text: 'Must have a label',
  },
  {
    code: 'P009',
    name: 'a 33-character label',
    input: metadata(`Project-URL: ${'L'.repeat(33)}, https://example.org\n`),
    text: `'${'L'.repeat(33)}' must be 32 characters or less.`,
  },
  {
    code: 'P009',
    name: 'a Project-URL without a URL',
    input: metadata('Project-URL: Documentation\n'),
    text: 'Must have a URL',
  },
  {
    code: 'P009',
    name: 'a Project-URL without a scheme',
    input: metadata('Project-URL: Docs, docs.example.org\n'),
    text: "'docs.example.org' is not a valid url",
  },
  {
    code: 'P010',
    name: 'a direct reference in Provides-Dist',
    input: metadata('Provides-Dist: foo @ https://example.org/foo.whl\n'),
    text: "Can't have direct dependency: 'foo @ https://example.org/foo.whl'",
  },
  {
    code: 'P010',
    name: 'an Obsoletes-Dist that does not parse',
    input: metadata('Obsoletes-Dist: foo (1.0)\n'),
    text: "'foo (1.0)' is invalid: Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after version specifier",
  },
  {
    code: 'P011',
    name: 'a direct reference in Requires-Dist (as str(Requirement))',
    input: metadata('Requires-Dist: Foo[b,a] @ https://example.org/foo.whl ; os_name=="nt"\n'),
    text: 'Can\'t have direct dependency: Foo[a,b] @ https://example.org/foo.whl ; os_name == "nt"',
  },
  {
    code: 'P012',
    name: 'Dynamic listing Dynamic',
    input: metadata('Dynamic: Dynamic\n'),
    text: "Dynamic field 'dynamic' is not a valid dynamic field.",
  },
  {
    code: 'P013',
    name: 'License together with License-Expression',
    input: metadata('License: MIT License\nLicense-Expression: MIT\n'),
    text: 'License is deprecated when License-Expression is present. Only License-Expression should be present.',
  },
];

const good: Case[] = [
  {
    code: 'P001',
    name: 'Metadata 2.5',
    input: metadata('', 'Metadata-Version: 2.5\nName: demo\nVersion: 1.0\n'),
  },
  {
    code: 'P002',
    name: 'a post release',
    input: metadata('', 'Metadata-Version: 2.4\nName: demo\nVersion: 1.0.post1\n'),
  },
  { code: 'P003', name: '512 non-ASCII characters', input: metadata(`Summary: ${'é'.repeat(512)}\n`) },
  {
    code: 'P004',
    name: 'several authors, one with a comma in a quoted name (as setuptools writes them)',
    input: metadata('Author-email: Jane Doe <jane@example.org>, "Bob, Jr." <bob@example.org>\n'),
  },
  {
    code: 'P004',
    name: 'a bare address with a plus',
    input: metadata('Maintainer-email: ops+pypi@example.co.uk\n'),
  },
  {
    code: 'P004',
    name: 'an internationalised address',
    input: metadata('Author-email: Jörg <jörg@bücher.example>\n'),
  },
  { code: 'P004', name: 'an empty value (not sent)', input: metadata('Author-email: \n') },
  {
    code: 'P005',
    name: 'classifiers on the list',
    input: metadata('Classifier: Programming Language :: Python :: 3.12\nClassifier: Typing :: Typed\n'),
  },
  {
    code: 'P005',
    name: 'classifiers newer than the trove-classifiers of older runtimes (Debian 12 lacks them)',
    input: metadata(
      'Classifier: Programming Language :: Python :: 3.13\nClassifier: Programming Language :: Python :: 3.14\nClassifier: Framework :: Django :: 5.2\nClassifier: Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.6\n',
    ),
  },
  {
    code: 'P006',
    name: 'the replacement',
    input: metadata('Classifier: Natural Language :: Ukrainian\n'),
  },
  { code: 'P007', name: 'no Private classifier', input: metadata('Classifier: Topic :: Utilities\n') },
  {
    code: 'P008',
    name: 'http and https URLs, upper-case scheme, port',
    input: metadata('Home-page: HTTPS://example.org:8443/demo\nDownload-URL: http://example.org/d?x=1\n'),
  },
  { code: 'P008', name: 'an empty Home-page (not sent)', input: metadata('Home-page: \n') },
  {
    code: 'P009',
    name: 'a 32-character label and a URL with a fragment',
    input: metadata(`Project-URL: ${'L'.repeat(32)}, https://example.org/docs#intro\n`),
  },
  {
    code: 'P010',
    name: 'a parenthesised version in Provides-Dist',
    input: metadata('Provides-Dist: foo (>=1.0)\n'),
  },
  {
    code: 'P011',
    name: 'a marker that mentions a URL-like string',
    input: metadata('Requires-Dist: foo>=1; os_name == "nt"\n'),
  },
  {
    code: 'P012',
    name: 'Dynamic fields PyPI allows',
    input: metadata('Dynamic: Keywords\nDynamic: Home-page\n'),
  },
  { code: 'P013', name: 'License-Expression alone', input: metadata('License-Expression: MIT\n') },
];

describe('PyPI upload rules', () => {
  test.each(bad.map((c) => [c.code, c.name, c] as const))('%s rejects %s', (code, _name, c) => {
    const found = findingsOf(c.input).filter((f) => f.code === code);
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining(c.text)]);
    expect(found[0]!.severity).toBe('error');
  });

  test.each(good.map((c) => [c.code, c.name, c] as const))('%s accepts %s', (code, _name, c) => {
    expect(findingsOf(c.input).filter((f) => f.code === code)).toEqual([]);
  });
});

describe('PyPI rules in context', () => {
  test('Metadata 2.6 is a PyPI problem only, not a twine one', () => {
    const found = findingsOf(metadata('', 'Metadata-Version: 2.6\nName: demo\nVersion: 1.0\n'));
    expect(found.map((f) => f.code)).toEqual(['P001']);
  });

  test('a direct reference passes twine but not PyPI', () => {
    const found = findingsOf(metadata('Requires-Dist: foo @ git+https://github.com/o/foo@v1\n'));
    expect(found.map((f) => f.code)).toEqual(['P011']);
    expect(found[0]!.message).toBe(
      "Requires-Dist: Can't have direct dependency: foo @ git+https://github.com/o/foo@v1",
    );
  });

  test('the Private classifier explains that blocking uploads is its purpose, and how to keep it', () => {
    const [found] = findingsOf(metadata('Classifier: Private :: Do Not Upload\n'));
    expect(found!.message).toContain('never published by accident');
    expect(found!.fix).toContain('`classifiers` in [project] of pyproject.toml');
    expect(found!.fix).toContain('ignore P007');
  });

  test('a classifier that differs only in case or spacing gets a suggestion', () => {
    const [found] = findingsOf(metadata('Classifier: programming language :: python :: 3\n'));
    expect(found!.fix).toContain("did you mean 'Programming Language :: Python :: 3'?");
  });

  test('a deprecated classifier: the fix names its replacement, or says there is none', () => {
    const [renamed] = findingsOf(metadata('Classifier: Framework :: Django CMS :: 4.2\n'));
    expect(renamed!.message).toBe(
      "Classifier: The classifier 'Framework :: Django CMS :: 4.2' has been deprecated, use one of ['Framework :: Django CMS :: 5.0'] instead.",
    );
    expect(renamed!.fix).toContain("replace it with 'Framework :: Django CMS :: 5.0'");
    const [gone] = findingsOf(metadata('Classifier: License :: OSI Approved :: X.Net License\n'));
    expect(gone!.fix).toContain('remove it: it has no replacement');
  });

  test('an unknown classifier’s fix names the trove-classifiers release it was checked against', () => {
    const [found] = findingsOf(metadata('Classifier: Programming Language :: Python :: 3.99\n'));
    expect(found!.code).toBe('P005');
    expect(found!.fix).toContain(`(checked against trove-classifiers ${TROVE_CLASSIFIERS_VERSION})`);
  });

  test('each classifier is reported once, sorted as Warehouse does', () => {
    const found = findingsOf(
      metadata('Classifier: Zeta :: X\nClassifier: Alpha :: Y\nClassifier: Zeta :: X\n'),
    );
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining("'Alpha :: Y' is not a valid classifier."),
      expect.stringContaining("'Zeta :: X' is not a valid classifier."),
    ]);
  });

  test("License-File below Metadata 2.4 is not sent, so PyPI's checks never see it", () => {
    const found = findingsOf(
      metadata('License-File: LICENSE\n', 'Metadata-Version: 2.1\nName: d\nVersion: 1\n'),
    );
    expect(found).toEqual([]);
  });
});
