/**
 * Reading METADATA as packaging's parse_email does (on Python's email parser): which fields end up
 * typed in `raw`, which in `unparsed`, and the quirks of headers, folding and the body.
 */
import { describe, expect, test } from '@jest/globals';
import { metadataView, parseCoreMetadata } from '@otai-release/core/distfiles/metadata';
import { HEAD, metadata } from './support.js';

describe('parseCoreMetadata', () => {
  test('types single-use fields as strings, multi-use as lists, keywords split, Project-URL as a map', () => {
    const { raw, unparsed } = parseCoreMetadata(
      metadata(
        'Summary: A demo\nKeywords: a, b ,c\nClassifier: Typing :: Typed\nClassifier: Topic :: Utilities\n' +
          'Project-URL: Homepage, https://example.org\nProject-URL: Bug Tracker ,https://example.org/issues\n',
      ),
    );
    expect(unparsed.size).toBe(0);
    expect(raw.metadata_version).toBe('2.4');
    expect(raw.summary).toBe('A demo');
    expect(raw.keywords).toEqual(['a', 'b', 'c']);
    expect(raw.classifiers).toEqual(['Typing :: Typed', 'Topic :: Utilities']);
    expect([...raw.project_urls!]).toEqual([
      ['Homepage', 'https://example.org'],
      ['Bug Tracker', 'https://example.org/issues'],
    ]);
  });

  test('header names are case-insensitive, and their spelling is kept for messages', () => {
    const parsed = parseCoreMetadata(
      Buffer.from('metadata-version: 2.1\nNAME: demo\nVersion:1.0\nHome-Page: https://x.org\n'),
    );
    expect(parsed.raw).toMatchObject({
      metadata_version: '2.1',
      name: 'demo',
      version: '1.0',
      home_page: 'https://x.org',
    });
    expect(parsed.headerNames.get('home-page')).toBe('Home-Page');
  });

  test('the body is the description; a folded header keeps its line breaks', () => {
    const body = parseCoreMetadata(metadata('Summary: s\n\n# Title\n\nText.\n'));
    expect(body.raw.description).toBe('# Title\n\nText.\n');
    const folded = parseCoreMetadata(metadata('Description: line one\n        |line two\n'));
    expect(folded.raw.description).toBe('line one\n        |line two');
  });

  test('CRLF line ends are read like LF ones', () => {
    const parsed = parseCoreMetadata(
      Buffer.from('Metadata-Version: 2.1\r\nName: demo\r\nVersion: 1.0\r\n\r\nBody\r\n'),
    );
    expect(parsed.raw).toMatchObject({
      metadata_version: '2.1',
      name: 'demo',
      version: '1.0',
      description: 'Body\r\n',
    });
  });

  test('a line that is not a header ends the headers: the rest becomes the description', () => {
    const parsed = parseCoreMetadata(metadata('Not A Header\nSummary: lost\n'));
    expect(parsed.raw.summary).toBeUndefined();
    expect(parsed.raw.description).toBe('Not A Header\nSummary: lost\n');
  });

  test('a UTF-8 byte order mark hides every header (as in Python)', () => {
    const parsed = parseCoreMetadata(Buffer.from('\ufeffMetadata-Version: 2.1\nName: demo\nVersion: 1.0\n'));
    expect(parsed.raw.metadata_version).toBeUndefined();
    expect(parsed.raw.name).toBeUndefined();
  });

  test('UTF-8 values decode; other encodings go to unparsed', () => {
    const utf8 = parseCoreMetadata(metadata('Author: André\n\nCafé ☕\n'));
    expect(utf8.raw.author).toBe('André');
    expect(utf8.raw.description).toBe('Café ☕\n');
    const latin1 = parseCoreMetadata(
      Buffer.concat([Buffer.from(HEAD), Buffer.from('Author: Andr\xe9\n\nCaf\xe9\n', 'latin1')]),
    );
    expect(latin1.raw.author).toBeUndefined();
    expect([...latin1.unparsed.keys()].sort()).toEqual(['author', 'description']);
  });

  test('unknown fields, repeated single-use fields and duplicate Project-URL labels are unparsed', () => {
    const { raw, unparsed } = parseCoreMetadata(
      metadata(
        'X-Foo: 1\nSummary: a\nSummary: b\nProject-URL: Docs, https://a\nProject-URL: Docs, https://b\n',
      ),
    );
    expect(unparsed.get('x-foo')).toEqual(['1']);
    expect(unparsed.get('summary')).toEqual(['a', 'b']);
    expect(unparsed.get('project-url')).toEqual(['Docs, https://a', 'Docs, https://b']);
    expect(raw.summary).toBeUndefined();
  });

  test('a Description header and a body are both unparsed', () => {
    const { raw, unparsed } = parseCoreMetadata(metadata('Description: header\n\nbody\n'));
    expect(raw.description).toBeUndefined();
    expect(unparsed.get('description')).toEqual(['header', 'body\n']);
  });

  test('an empty Import-Name means "no import names"', () => {
    const { raw } = parseCoreMetadata(
      metadata('Import-Name: \n', 'Metadata-Version: 2.5\nName: d\nVersion: 1\n'),
    );
    expect(raw.import_names).toEqual([]);
  });
});

describe('metadataView', () => {
  test('gives camel-cased fields, empty lists for absent ones, lower-cased Dynamic', () => {
    const view = metadataView(
      parseCoreMetadata(
        metadata(
          'Summary: s\nDescription-Content-Type: text/markdown\nRequires-Dist: a\nDynamic: Requires-Dist\nLicense-File: LICENSE\n\nText\n',
        ),
      ),
    );
    expect(view).toMatchObject({
      metadataVersion: '2.4',
      name: 'demo',
      version: '1.0',
      summary: 's',
      description: 'Text\n',
      descriptionContentType: 'text/markdown',
      requiresDist: ['a'],
      dynamic: ['requires-dist'],
      licenseFiles: ['LICENSE'],
      classifiers: [],
      providesExtra: [],
    });
    expect(view.projectUrls.size).toBe(0);
  });

  test('License-File below Metadata 2.4 is left out, as twine leaves it out of the upload', () => {
    const view = metadataView(
      parseCoreMetadata(metadata('License-File: LICENSE\n', 'Metadata-Version: 2.1\nName: d\nVersion: 1\n')),
    );
    expect(view.licenseFiles).toEqual([]);
  });
});
