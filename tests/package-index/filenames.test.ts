import { describe, expect, it } from '@jest/globals';
import {
  distFileKey,
  isFileOfRelease,
  latestRelease,
  parseDistFilename,
  parseSimpleHtml,
  parseSimpleJson,
  sdistFilename,
} from '@otai-release/core/package-index';

describe('distribution file names', () => {
  it('splits wheels with and without a build tag', () => {
    expect(parseDistFilename('open_ticket_ai-1.0.0-py3-none-any.whl')).toEqual({
      filename: 'open_ticket_ai-1.0.0-py3-none-any.whl',
      kind: 'wheel',
      name: 'open_ticket_ai',
      version: '1.0.0',
    });
    expect(parseDistFilename('pkg-2.0-1-cp312-cp312-manylinux_2_17_x86_64.whl')).toMatchObject({
      name: 'pkg',
      version: '2.0',
    });
    expect(parseDistFilename('broken-1.0.whl')).toBeUndefined();
  });

  it('splits sdists, using the project name for old dashed names', () => {
    expect(parseDistFilename('open_ticket_ai-0.2.0b1.tar.gz')).toMatchObject({
      kind: 'sdist',
      name: 'open_ticket_ai',
      version: '0.2.0b1',
    });
    expect(parseDistFilename('open-ticket-ai-1.0.zip', 'Open_Ticket.AI')).toMatchObject({
      name: 'open-ticket-ai',
      version: '1.0',
    });
    // Without the project, the last dash splits, as packaging does.
    expect(parseDistFilename('foo-1.0-beta.tar.gz')).toMatchObject({ name: 'foo-1.0', version: 'beta' });
    expect(parseDistFilename('README.md')).toBeUndefined();
    expect(parseDistFilename('nodash.tar.gz')).toBeUndefined();
  });

  it('matches files to a release by canonical name and version', () => {
    expect(isFileOfRelease('open_ticket_ai-1.0-py3-none-any.whl', 'Open-Ticket.AI', '1.0.0')).toBe(true);
    expect(isFileOfRelease('open_ticket_ai-0.2.0b1.tar.gz', 'open-ticket-ai', '0.2.0-beta.1')).toBe(true);
    expect(isFileOfRelease('open_ticket_ai-1.0.1.tar.gz', 'open-ticket-ai', '1.0')).toBe(false);
    expect(isFileOfRelease('other-1.0.tar.gz', 'open-ticket-ai', '1.0')).toBe(false);
  });

  it('keys equivalent spellings of one file alike', () => {
    expect(distFileKey('Open_Ticket_AI-1.0.0-py3-none-any.whl')).toBe(
      distFileKey('open_ticket_ai-1.0-py3-none-any.whl'),
    );
    expect(distFileKey('pkg-1.0.tar.gz')).not.toBe(distFileKey('pkg-1.0.zip'));
    expect(distFileKey('pkg-1.0-py3-none-any.whl')).not.toBe(
      distFileKey('pkg-1.0-cp312-cp312-win_amd64.whl'),
    );
    expect(distFileKey('notes.txt')).toBe('notes.txt');
  });

  it('names the sdist a build makes', () => {
    expect(sdistFilename('Open-Ticket.AI', '1.0.0')).toBe('open_ticket_ai-1.0.0.tar.gz');
  });
});

describe('simple API documents', () => {
  it('reads PEP 503 HTML: anchor text, resolved href, hash, data-yanked, data-requires-python', () => {
    const html = `<!DOCTYPE html><html><body>
      <a href="../../packages/pkg-1.0.tar.gz#sha256=abc" data-requires-python="&gt;=3.8">pkg-1.0.tar.gz</a><br/>
      <a data-yanked="" href='/packages/pkg-1.1-py3-none-any.whl'>pkg-1.1-py3-none-any.whl</a>
      <A HREF=/x/pkg-1.2.zip data-yanked="broken &amp; bad">pkg-1.2.zip</A>
      <a name="no-href">ignored</a>
    </body></html>`;
    expect(parseSimpleHtml(html, 'http://127.0.0.1:1/simple/pkg/')).toEqual([
      {
        filename: 'pkg-1.0.tar.gz',
        url: 'http://127.0.0.1:1/packages/pkg-1.0.tar.gz#sha256=abc',
        yanked: false,
        hashes: { sha256: 'abc' },
        requiresPython: '>=3.8',
      },
      {
        filename: 'pkg-1.1-py3-none-any.whl',
        url: 'http://127.0.0.1:1/packages/pkg-1.1-py3-none-any.whl',
        yanked: true,
        hashes: {},
        requiresPython: undefined,
      },
      {
        filename: 'pkg-1.2.zip',
        url: 'http://127.0.0.1:1/x/pkg-1.2.zip',
        yanked: 'broken & bad',
        hashes: {},
        requiresPython: undefined,
      },
    ]);
  });

  it('reads PEP 691 JSON', () => {
    const project = parseSimpleJson(
      {
        meta: { 'api-version': '1.1' },
        name: 'pkg',
        files: [
          { filename: 'pkg-1.0.tar.gz', url: '/f/pkg-1.0.tar.gz', hashes: { sha256: 'ab' }, yanked: 'oops' },
        ],
        versions: ['1.0', '2.0'],
      },
      'https://example.com/simple/pkg/',
    );
    expect(project).toEqual({
      format: 'json',
      url: 'https://example.com/simple/pkg/',
      name: 'pkg',
      files: [
        {
          filename: 'pkg-1.0.tar.gz',
          url: 'https://example.com/f/pkg-1.0.tar.gz',
          yanked: 'oops',
          hashes: { sha256: 'ab' },
          requiresPython: undefined,
        },
      ],
      versions: ['1.0', '2.0'],
    });
  });
});

describe('latestRelease', () => {
  it('prefers not yanked, then final, then the highest version', () => {
    expect(latestRelease([{ version: '1.0' }, { version: '2.0rc1' }, { version: '1.5' }])).toBe('1.5');
    expect(latestRelease([{ version: '1.0' }, { version: '1.5', yanked: true }])).toBe('1.0');
    expect(latestRelease([{ version: '2.0rc1' }, { version: '2.0b1' }])).toBe('2.0rc1');
    expect(latestRelease([{ version: 'not a version' }])).toBeUndefined();
  });
});
