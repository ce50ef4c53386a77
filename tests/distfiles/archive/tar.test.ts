/**
 * Reading sdists: a valid sdist lists clean with its root and PKG-INFO; each container rule (PyPI's
 * upload checks, the `data` extraction filter) fires on an sdist broken in exactly that way,
 * naming the member.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readTarGz, type SdistListing } from '@otai-release/core/distfiles/archive';
import type { Finding } from '@otai-release/core/distfiles';
import {
  makeSdist,
  tarEntryBlocks,
  writeTarGz,
  type SdistSpec,
  type TarEntrySpec,
} from '../../support/archives.js';

let dir: string;
let counter = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tar-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const keepPkgInfo = (name: string) => name.endsWith('/PKG-INFO');

function sdist(spec: Partial<SdistSpec> = {}): Promise<SdistListing> {
  const path = makeSdist(dir, { name: 'demo', version: '1.0', filename: `s${counter++}.tar.gz`, ...spec });
  return readTarGz(path, keepPkgInfo);
}

function rawTar(entries: TarEntrySpec[], options?: { gzip?: boolean }): Promise<SdistListing> {
  return readTarGz(writeTarGz(join(dir, `r${counter++}.tar.gz`), entries, options), keepPkgInfo);
}

function only(findings: Finding[], code: string): Finding {
  const matching = findings.filter((f) => f.code === code);
  expect(matching).toHaveLength(1);
  return matching[0]!;
}

const PKG_INFO = 'Metadata-Version: 2.2\nName: demo\nVersion: 1.0\n';

describe('a valid sdist', () => {
  it('lists with no findings, its root, and the kept PKG-INFO', async () => {
    const listing = await sdist({
      files: { 'pyproject.toml': '[project]\n', 'demo/__init__.py': 'x = 1\n' },
    });
    expect(listing.findings).toEqual([]);
    expect(listing.root).toBe('demo-1.0');
    expect(
      listing.members
        .filter((m) => m.type === 'file')
        .map((m) => m.name)
        .sort(),
    ).toEqual(['demo-1.0/PKG-INFO', 'demo-1.0/demo/__init__.py', 'demo-1.0/pyproject.toml']);
    expect(listing.members.find((m) => m.name === 'demo-1.0/demo')).toMatchObject({
      type: 'directory',
      rawType: '5',
    });
    expect([...listing.contents.keys()]).toEqual(['demo-1.0/PKG-INFO']);
    expect(listing.contents.get('demo-1.0/PKG-INFO')!.toString()).toContain('Name: demo\n');
  });

  it('keeps links inside the tree and long pax names', async () => {
    const longName = `demo-1.0/${'deep/'.repeat(40)}file.txt`;
    const listing = await sdist({
      extra: [
        { name: 'demo-1.0/docs', type: 'symlink', linkpath: 'demo' },
        { name: 'demo-1.0/docs/readme.txt', data: 'through the link, still inside' },
        { name: 'demo-1.0/copy.toml', type: 'hardlink', linkpath: 'demo-1.0/pyproject.toml' },
        { name: longName, data: 'long' },
      ],
    });
    expect(listing.findings).toEqual([]);
    expect(listing.members.find((m) => m.name === longName)).toMatchObject({ type: 'file', size: 4 });
    expect(listing.members.find((m) => m.name === 'demo-1.0/docs')).toMatchObject({
      type: 'symlink',
      linkpath: 'demo',
    });
  });

  it('streams a large member without keeping it', async () => {
    const listing = await sdist({
      files: { 'pyproject.toml': '', 'data.bin': randomBytes(3 * 1024 * 1024) },
    });
    expect(listing.findings).toEqual([]);
    expect(listing.members.find((m) => m.name === 'demo-1.0/data.bin')!.size).toBe(3 * 1024 * 1024);
    expect(listing.contents.has('demo-1.0/data.bin')).toBe(false);
  });

  it('ignores bytes after the gzip stream, which tarfile never reads', async () => {
    const path = makeSdist(dir, { name: 'demo', version: '1.0', filename: `s${counter++}.tar.gz` });
    writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from('trailing junk')]));
    expect((await readTarGz(path, keepPkgInfo)).findings).toEqual([]);
  });
});

describe('container rules', () => {
  it('Z002: a tar.gz that also ends in a ZIP end record', async () => {
    const path = makeSdist(dir, { name: 'demo', version: '1.0', filename: `s${counter++}.tar.gz` });
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    writeFileSync(path, Buffer.concat([readFileSync(path), end]));
    const { findings } = await readTarGz(path, keepPkgInfo);
    expect(only(findings, 'Z002').message).toContain('File is both a zip and a tar file');
  });

  it('Z020: not gzip, an uncompressed tar, gzip of something else, a damaged stream', async () => {
    const text = join(dir, 'text.tar.gz');
    writeFileSync(text, 'just text');
    expect((await readTarGz(text, keepPkgInfo)).findings).toEqual([
      expect.objectContaining({
        code: 'Z020',
        message: 'Invalid distribution file. File is not a tarfile (it is not gzip-compressed).',
      }),
    ]);
    const plain = await rawTar([{ name: 'demo-1.0/PKG-INFO', data: PKG_INFO }], { gzip: false });
    expect(plain.findings.map((f) => f.message)).toEqual([
      'Invalid distribution file. File is not a tarfile (it is an uncompressed tar; PyPI opens sdists as gzip-compressed tar (r:gz)).',
    ]);
    const gz = join(dir, 'notar.tar.gz');
    writeFileSync(gz, gzipSync(Buffer.from('not a tar at all '.repeat(100))));
    expect((await readTarGz(gz, keepPkgInfo)).findings.map((f) => f.code)).toEqual(['Z020']);

    const whole = readFileSync(
      makeSdist(dir, { name: 'demo', version: '1.0', filename: `s${counter++}.tar.gz` }),
    );
    const cut = join(dir, 'cut.tar.gz');
    writeFileSync(cut, whole.subarray(0, whole.length - 30));
    const damaged = await readTarGz(cut, keepPkgInfo);
    expect(damaged.findings[0]).toMatchObject({ code: 'Z020' });
    expect(damaged.findings[0]!.message).toMatch(
      /^Invalid distribution file\. File is not a tarfile \(the gzip stream is damaged: /,
    );
  });

  it('Z021: a GNU sparse member', async () => {
    const listing = await sdist({ extra: [{ name: 'demo-1.0/holes.bin', type: 'gnu-sparse', data: 'abc' }] });
    expect(only(listing.findings, 'Z021')).toMatchObject({
      message:
        "Invalid distribution file. tar archive not accepted: Sparse members are not allowed: 'demo-1.0/holes.bin'.",
      members: ['demo-1.0/holes.bin'],
    });
    expect(listing.findings[0]!.code).toBe('Z021');
    expect(listing.members.find((m) => m.name === 'demo-1.0/holes.bin')).toMatchObject({
      type: 'file',
      rawType: 'S',
    });
  });

  it('Z021: a pax sparse member (GNU.sparse.* records)', async () => {
    const listing = await sdist({
      extra: [
        {
          name: 'demo-1.0/GNUSparseFile.0/holes.bin',
          data: 'abc',
          pax: { 'GNU.sparse.size': '3', 'GNU.sparse.numblocks': '1', 'GNU.sparse.map': '0,3' },
        },
      ],
    });
    expect(only(listing.findings, 'Z021').members).toEqual(['demo-1.0/GNUSparseFile.0/holes.bin']);
  });

  it('Z022: two top-level directories', async () => {
    const listing = await sdist({ extra: [{ name: 'other-2.0/setup.py', data: '' }] });
    expect(only(listing.findings, 'Z022')).toMatchObject({
      message:
        "Invalid distribution file. Incorrect number of top-level directories in sdist: found 'demo-1.0', 'other-2.0'.",
      members: ['demo-1.0', 'other-2.0'],
    });
    expect(listing.root).toBeUndefined();
  });

  it('Z023: no PKG-INFO in the root', async () => {
    const listing = await sdist({ omitPkgInfo: true });
    expect(only(listing.findings, 'Z023')).toMatchObject({
      message: 'Invalid distribution file. PKG-INFO not found at demo-1.0/PKG-INFO.',
      members: ['demo-1.0/PKG-INFO'],
    });
  });

  it('Z023: names starting with ./ do not match, as in tarfile.getmember', async () => {
    const listing = await rawTar([
      { name: './demo-1.0/PKG-INFO', data: PKG_INFO },
      { name: './demo-1.0/pyproject.toml', data: '' },
    ]);
    expect(listing.root).toBe('demo-1.0');
    expect(only(listing.findings, 'Z023').message).toBe(
      'Invalid distribution file. PKG-INFO not found at demo-1.0/PKG-INFO.',
    );
  });

  it('Z024: PKG-INFO that is a symlink', async () => {
    const listing = await sdist({
      omitPkgInfo: true,
      files: { 'pyproject.toml': '', 'meta.txt': PKG_INFO },
      extra: [{ name: 'demo-1.0/PKG-INFO', type: 'symlink', linkpath: 'meta.txt' }],
    });
    expect(only(listing.findings, 'Z024')).toMatchObject({
      message: "'demo-1.0/PKG-INFO' is a symlink, not a regular file.",
      members: ['demo-1.0/PKG-INFO'],
    });
  });

  it('Z025: absolute paths and paths leading out of the destination', async () => {
    const listing = await sdist({
      extra: [
        { name: 'demo-1.0/../../evil.py', data: 'x' },
        { name: 'demo-1.0/up', type: 'symlink', linkpath: '..' },
        { name: 'demo-1.0/up/up2', type: 'symlink', linkpath: '..' },
        { name: 'demo-1.0/up/up2/escaped.py', data: 'through two links' },
      ],
    });
    expect(only(listing.findings, 'Z025')).toMatchObject({
      message:
        "Members would be extracted outside the destination: 'demo-1.0/../../evil.py' would be extracted outside the destination, 'demo-1.0/up/up2/escaped.py' would be extracted outside the destination.",
      members: ['demo-1.0/../../evil.py', 'demo-1.0/up/up2/escaped.py'],
    });
    const absolute = await rawTar([{ name: '/etc/cron.d/job', data: 'x' }]);
    expect(only(absolute.findings, 'Z025')).toMatchObject({
      message: "Members have absolute paths: member '/etc/cron.d/job' has an absolute path.",
      members: ['/etc/cron.d/job'],
    });
  });

  it('Z026: links to absolute paths and out of the destination', async () => {
    const listing = await sdist({
      extra: [
        { name: 'demo-1.0/passwd', type: 'symlink', linkpath: '/etc/passwd' },
        { name: 'demo-1.0/shadow', type: 'symlink', linkpath: '../../etc/shadow' },
        { name: 'demo-1.0/hard', type: 'hardlink', linkpath: '../outside' },
      ],
    });
    const messages = listing.findings.filter((f) => f.code === 'Z026').map((f) => f.message);
    expect(messages).toEqual([
      "Links point to absolute paths: 'demo-1.0/passwd' is a link to an absolute path ('/etc/passwd').",
      "Links point outside the destination: 'demo-1.0/shadow' would link to '../../etc/shadow', which is outside the destination, 'demo-1.0/hard' would link to '../outside', which is outside the destination.",
    ]);
  });

  it('Z027: device and FIFO members', async () => {
    const listing = await sdist({
      extra: [
        { name: 'demo-1.0/tty', type: 'char' },
        { name: 'demo-1.0/pipe', type: 'fifo' },
      ],
    });
    expect(only(listing.findings, 'Z027')).toMatchObject({
      message:
        "Members are special files: 'demo-1.0/tty' is a special file, 'demo-1.0/pipe' is a special file.",
      members: ['demo-1.0/tty', 'demo-1.0/pipe'],
    });
    expect(listing.members.find((m) => m.name === 'demo-1.0/tty')).toMatchObject({
      type: 'other',
      rawType: '3',
    });
  });

  it('Z028: a setuid file is a warning', async () => {
    const listing = await sdist({
      extra: [{ name: 'demo-1.0/bin/tool', data: '#!/bin/sh\n', mode: 0o4755 }],
    });
    expect(only(listing.findings, 'Z028')).toMatchObject({
      severity: 'warning',
      message: "Members have the setuid or setgid bit set: 'demo-1.0/bin/tool' (setuid, mode 4755).",
      members: ['demo-1.0/bin/tool'],
    });
  });

  it('Z029: a damaged header in the middle of the archive', async () => {
    const tar = Buffer.concat([
      tarEntryBlocks({ name: 'demo-1.0/PKG-INFO', data: PKG_INFO }),
      Buffer.alloc(512, 0x41),
      tarEntryBlocks({ name: 'demo-1.0/after.py', data: 'x' }),
      Buffer.alloc(1024),
    ]);
    const path = join(dir, 'damaged.tar.gz');
    writeFileSync(path, gzipSync(tar));
    const listing = await readTarGz(path, keepPkgInfo);
    expect(only(listing.findings, 'Z029').message).toBe(
      "Damaged tar headers: checksum failure after 'demo-1.0/PKG-INFO'.",
    );
    // PyPI sees only PKG-INFO, so its common path is the file itself.
    expect(only(listing.findings, 'Z023').message).toBe(
      'Invalid distribution file. PKG-INFO not found at demo-1.0/PKG-INFO/PKG-INFO.',
    );
    expect(listing.members.map((m) => m.name)).toEqual(['demo-1.0/PKG-INFO', 'demo-1.0/after.py']);
  });

  it('Z016: a kept member over the limit is not kept', async () => {
    const path = makeSdist(dir, {
      name: 'demo',
      version: '1.0',
      filename: `s${counter++}.tar.gz`,
      pkgInfo: [['Description', 'x'.repeat(4000)]],
    });
    const listing = await readTarGz(path, keepPkgInfo, 1000);
    expect(only(listing.findings, 'Z016')).toMatchObject({ members: ['demo-1.0/PKG-INFO'] });
    expect(listing.findings[0]!.message).toMatch(
      /^Members are larger than the checker reads: 'demo-1\.0\/PKG-INFO' is \d+ bytes, the limit is 1000\.$/,
    );
    expect(listing.contents.size).toBe(0);
  });
});
