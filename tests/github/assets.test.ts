/** The files to attach (checked before any write) and the asset decisions against a release's assets. */
import { createHash } from 'node:crypto';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import {
  type AssetRecord,
  contentTypeFor,
  type LocalAsset,
  localAssets,
  planAssets,
  uploadMismatch,
  uploadTarget,
} from '@otai-release/core/github';
import { tempDir } from '../support/temp-dir.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const local = (name: string, content: string): LocalAsset => ({
  path: `/dist/${name}`,
  name,
  size: content.length,
  sha256: sha(content),
  contentType: contentTypeFor(name),
});

let nextId = 1;
const asset = (name: string, content: string, extra: Partial<AssetRecord> = {}): AssetRecord => ({
  id: nextId++,
  name,
  label: null,
  size: content.length,
  state: 'uploaded',
  content_type: 'application/octet-stream',
  digest: `sha256:${sha(content)}`,
  browser_download_url: `https://github.com/o/r/releases/download/v1/${name}`,
  url: `https://api.github.com/repos/o/r/releases/assets/${nextId}`,
  ...extra,
});

const noDownload = async (): Promise<string> => {
  throw new Error('no download expected');
};

describe('content types', () => {
  test.each([
    ['pkg-1.0-py3-none-any.whl', 'application/zip'],
    ['pkg-1.0.tar.gz', 'application/gzip'],
    ['pkg-1.0.tar.gz.sigstore.json', 'application/json'],
    ['sbom.spdx.json', 'application/json'],
    ['checksums.txt', 'application/octet-stream'],
  ])('%s → %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });
});

describe('planAssets', () => {
  test('identical by digest is skipped, different is replaced, missing is uploaded', async () => {
    const files = [local('a.whl', 'A'), local('b.tar.gz', 'B'), local('c.json', 'C')];
    const plan = await planAssets(files, [asset('a.whl', 'A'), asset('b.tar.gz', 'old')], true, noDownload);
    expect(plan.steps.map((s) => [s.local.name, s.action])).toEqual([
      ['a.whl', 'skip'],
      ['b.tar.gz', 'replace'],
      ['c.json', 'upload'],
    ]);
    expect(plan.conflicts).toEqual([]);
  });

  test('with overwrite off, a differing asset is a conflict; an identical one is not', async () => {
    const plan = await planAssets(
      [local('a.whl', 'A'), local('b.whl', 'B')],
      [asset('a.whl', 'A'), asset('b.whl', 'X')],
      false,
      noDownload,
    );
    expect(plan.conflicts.map((c) => c.local.name)).toEqual(['b.whl']);
  });

  test('a "starter" leftover of a failed upload is replaced even with overwrite off', async () => {
    const plan = await planAssets(
      [local('a.whl', 'A')],
      [asset('a.whl', '', { state: 'starter', digest: null })],
      false,
      noDownload,
    );
    expect(plan.steps[0]).toMatchObject({ action: 'replace', reason: 'a broken upload (state starter)' });
    expect(plan.conflicts).toEqual([]);
  });

  test('without a digest: another size differs at once; the same size is downloaded and hashed', async () => {
    const downloaded: string[] = [];
    const download = async (a: AssetRecord) => {
      downloaded.push(a.name);
      return sha(a.name === 'same.whl' ? 'AAAA' : 'ZZZZ');
    };
    const plan = await planAssets(
      [local('size.whl', 'AAAA'), local('same.whl', 'AAAA'), local('other.whl', 'AAAA')],
      [
        asset('size.whl', 'AAAAA', { digest: null }),
        asset('same.whl', 'AAAA', { digest: null }),
        asset('other.whl', 'ZZZZ', { digest: null }),
      ],
      true,
      download,
    );
    expect(plan.steps.map((s) => s.action)).toEqual(['replace', 'skip', 'replace']);
    expect(downloaded).toEqual(['same.whl', 'other.whl']);
  });

  test('an asset GitHub renamed is found by its label', async () => {
    const plan = await planAssets(
      [local('my file.whl', 'A')],
      [asset('my.file.whl', 'A', { label: 'my file.whl' })],
      true,
      noDownload,
    );
    expect(plan.steps[0].action).toBe('skip');
  });
});

describe('uploads', () => {
  test("the upload URL is the release's upload_url without its template, with the name encoded", () => {
    expect(
      uploadTarget('https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}', 'a b+c.whl'),
    ).toBe('https://uploads.github.com/repos/o/r/releases/1/assets?name=a%20b%2Bc.whl');
  });

  test('an answer with another size, digest or state is not the file', () => {
    const file = local('a.whl', 'AAAA');
    expect(uploadMismatch(asset('a.whl', 'AAAA'), file)).toBeUndefined();
    expect(uploadMismatch(asset('a.whl', 'AA'), file)).toBe('GitHub holds 2 bytes of 4');
    expect(uploadMismatch(asset('a.whl', 'AAAA', { digest: `sha256:${sha('BBBB')}` }), file)).toMatch(
      /^GitHub's digest is sha256:/,
    );
    expect(uploadMismatch(asset('a.whl', 'AAAA', { state: 'starter' }), file)).toBe(
      'GitHub reports it in state "starter"',
    );
  });
});

describe('localAssets', () => {
  test('expands globs, hashes each file and types it', async () => {
    const dir = tempDir('gh-assets');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'p-1.0.tar.gz'), 'sdist');
    writeFileSync(join(dir, 'dist', 'p-1.0-py3-none-any.whl'), 'wheel');
    writeFileSync(join(dir, 'dist', 'p-1.0.tar.gz.sigstore.json'), '{}');
    const files = await localAssets(['dist/*'], dir, "Input 'files'");
    expect(files.map((f) => [f.name, f.size, f.sha256, f.contentType])).toEqual([
      ['p-1.0-py3-none-any.whl', 5, sha('wheel'), 'application/zip'],
      ['p-1.0.tar.gz', 5, sha('sdist'), 'application/gzip'],
      ['p-1.0.tar.gz.sigstore.json', 2, sha('{}'), 'application/json'],
    ]);
    // A directory means its files; a file named twice is attached once.
    const again = await localAssets(['dist', 'dist/p-1.0.tar.gz'], dir, "Input 'files'");
    expect(again.map((f) => f.name)).toEqual([
      'p-1.0-py3-none-any.whl',
      'p-1.0.tar.gz',
      'p-1.0.tar.gz.sigstore.json',
    ]);
  });

  test('refuses a pattern that matches nothing, a 2 GiB file, and two files with one name', async () => {
    const dir = tempDir('gh-assets');
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'x.whl'), '1');
    writeFileSync(join(dir, 'b', 'x.whl'), '2');
    await expect(localAssets(['out/*.whl'], dir, "Input 'files'")).rejects.toThrow(
      "Input 'files': 'out/*.whl' matches no file",
    );
    await expect(localAssets(['a/x.whl', 'b/x.whl'], dir, "Input 'files'")).rejects.toThrow(
      "a/x.whl and b/x.whl would both be the asset 'x.whl'",
    );
    writeFileSync(join(dir, 'big.bin'), '');
    truncateSync(join(dir, 'big.bin'), 2 * 1024 ** 3);
    await expect(localAssets(['big.bin'], dir, "Input 'files'")).rejects.toThrow(
      "Input 'files': GitHub takes release assets under 2 GiB; big.bin is 2147483648 bytes",
    );
  });
});
