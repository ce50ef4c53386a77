/**
 * Reading wheels: a valid wheel opens clean and its members hash to what RECORD says; each framing
 * rule PyPI applies at upload fires on an archive broken in exactly that way, naming the member.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as crypto from 'node:crypto';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { gzipSync } from 'node:zlib';
import {
  ArchiveMemberError,
  DigestPool,
  type DigestRunner,
  inlineRunner,
  openZip,
  runDigestJob,
  type ZipArchive,
} from '@otai-release/core/distfiles/archive';
import type { Finding } from '@otai-release/core/distfiles';
import {
  makeWheel,
  tarEntryBlocks,
  writeZip,
  type ZipEntrySpec,
  type ZipOptions,
} from '../../support/archives.js';

let dir: string;
let counter = 0;
const open: ZipArchive[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
});
afterAll(async () => {
  for (const archive of open) await archive.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openWritten(entries: ZipEntrySpec[], options?: ZipOptions) {
  const path = writeZip(join(dir, `t${counter++}.whl`), entries, options);
  const result = await openZip(path);
  if (result.archive) open.push(result.archive);
  return result;
}

function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

function only(findings: Finding[], code: string): Finding {
  const matching = findings.filter((f) => f.code === code);
  expect(matching).toHaveLength(1);
  return matching[0]!;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

describe('a valid wheel', () => {
  it('opens with no findings, lists its members and reads METADATA', async () => {
    const path = makeWheel(dir, {
      name: 'Demo.Pkg',
      version: '1.0',
      files: { 'demo_pkg/__init__.py': 'x = 1\n', 'demo_pkg/data/table.csv': 'a,b\n1,2\n' },
    });
    const { archive, findings } = await openZip(path);
    open.push(archive!);
    expect(findings).toEqual([]);
    expect(archive!.members.map((m) => m.name)).toEqual([
      'demo_pkg/__init__.py',
      'demo_pkg/data/table.csv',
      'demo_pkg-1.0.dist-info/METADATA',
      'demo_pkg-1.0.dist-info/WHEEL',
      'demo_pkg-1.0.dist-info/RECORD',
    ]);
    const metadata = (await archive!.readMember('demo_pkg-1.0.dist-info/METADATA'))!.toString();
    expect(metadata).toContain('Name: Demo.Pkg\n');
    expect(await archive!.readMember('demo_pkg-1.0.dist-info/missing')).toBeUndefined();
  });

  it('hashes every member with the algorithms asked for, matching RECORD', async () => {
    const files = { 'p/__init__.py': 'print("hi")\n', 'p/blob.bin': randomBytes(5000) };
    const path = makeWheel(dir, { name: 'p', version: '2.0', files });
    const { archive } = await openZip(path);
    open.push(archive!);
    const record = (await archive!.readMember('p-2.0.dist-info/RECORD'))!.toString();
    const results = await archive!.digestMembers((m) =>
      m.name.endsWith('RECORD') ? [] : ['sha256', 'sha512'],
    );
    for (const [member, result] of results) {
      expect(result.error).toBeUndefined();
      if (member.name.endsWith('RECORD')) {
        expect(result.digests).toEqual({});
        continue;
      }
      const row = record.split('\n').find((line) => line.startsWith(`${member.name},`))!;
      const [, hash, size] = row.split(',');
      expect(`sha256=${result.digests.sha256!.toString('base64url')}`).toBe(hash);
      expect(String(result.size)).toBe(size);
      expect(result.digests.sha512).toHaveLength(64);
    }
    expect(results.get(archive!.members.find((m) => m.name === 'p/blob.bin')!)!.digests.sha256).toEqual(
      sha256(files['p/blob.bin']),
    );
  });

  it('streams large stored and deflated members and checks their CRC-32', async () => {
    const big = randomBytes(3 * 1024 * 1024 + 17);
    const text = Buffer.from('line of text that compresses well\n'.repeat(100_000));
    const { archive, findings } = await openWritten([
      { name: 'big.bin', data: big, method: 0 },
      { name: 'text.txt', data: text, method: 8 },
      { name: 'bad-stored.bin', data: big, method: 0, crc32: 1 },
      { name: 'bad-deflated.txt', data: text, method: 8, crc32: 1 },
      { name: 'dir/', data: '', method: 0 },
    ]);
    expect(findings).toEqual([]);
    const results = await archive!.digestMembers(() => ['sha256']);
    const byName = new Map([...results].map(([m, r]) => [m.name, r]));
    expect(byName.has('dir/')).toBe(false);
    expect(byName.get('big.bin')).toEqual({ digests: { sha256: sha256(big) }, size: big.length });
    expect(byName.get('text.txt')).toEqual({ digests: { sha256: sha256(text) }, size: text.length });
    expect(byName.get('bad-stored.bin')!.error).toMatchObject({ code: 'Z014', members: ['bad-stored.bin'] });
    expect(byName.get('bad-stored.bin')!.error!.message).toBe("Bad CRC-32 for file 'bad-stored.bin'.");
    expect(byName.get('bad-deflated.txt')!.error!.message).toBe("Bad CRC-32 for file 'bad-deflated.txt'.");
  });

  it('gives the same digests and the same damage findings on worker threads as inline', async () => {
    const big = randomBytes(3 * 1024 * 1024 + 5);
    const text = Buffer.from('compressible text\n'.repeat(300_000));
    const { archive } = await openWritten([
      { name: 'small.py', data: 'x = 1\n' },
      { name: 'big.bin', data: big, method: 0 },
      { name: 'text.txt', data: text, method: 8 },
      { name: 'bad-small.py', data: 'y = 2\n', crc32: 7 },
      { name: 'bad-big.bin', data: big, method: 0, crc32: 7 },
      { name: 'bad-text.txt', data: text, method: 8, crc32: 7 },
      { name: 'size.py', data: 'z = 3\n', size: 99 },
    ]);
    const pool = new DigestPool(2, 0);
    try {
      const algorithms = () => ['sha256', 'blake2b512'];
      const threaded = await archive!.digestMembers(algorithms, pool);
      expect(pool.started).toBe(true);
      const inline = await archive!.digestMembers(algorithms, inlineRunner);
      expect([...threaded.entries()].map(([m, r]) => [m.name, r])).toEqual(
        [...inline.entries()].map(([m, r]) => [m.name, r]),
      );
      const byName = new Map([...threaded].map(([m, r]) => [m.name, r]));
      expect(byName.get('big.bin')!.digests).toEqual({
        sha256: sha256(big),
        blake2b512: createHash('blake2b512').update(big).digest(),
      });
      expect(byName.get('text.txt')!.digests.sha256).toEqual(sha256(text));
      expect(byName.get('small.py')!.digests.sha256).toEqual(sha256('x = 1\n'));
      for (const name of ['bad-small.py', 'bad-big.bin', 'bad-text.txt']) {
        expect(byName.get(name)!.error!.message).toBe(`Bad CRC-32 for file '${name}'.`);
      }
      expect(byName.get('size.py')!.error!.message).toBe(
        "'size.py' holds 6 bytes, but the central directory says 99.",
      );
    } finally {
      await pool.close();
    }
  });

  it('inflates members larger than one output block, and recovers after a broken deflate stream', async () => {
    // Text between 256 KiB and 1 MiB is read in a batch but inflates over several output blocks.
    const medium = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `line ${i * 7919}\n`).join(''));
    const path = writeZip(join(dir, `t${counter++}.whl`), [
      { name: 'before.txt', data: medium },
      { name: 'broken.txt', data: 'this stream gets a reserved block type\n'.repeat(50) },
      { name: 'after.txt', data: medium },
      { name: 'short-declared.txt', data: 'x'.repeat(6000), size: 10 },
      { name: 'tail.txt', data: 'still read\n' },
    ]);
    // The first byte of broken.txt's deflate data: BFINAL=1 and block type 3, which does not exist.
    const bytes = readFileSync(path);
    const header = bytes.indexOf('broken.txt') - 30;
    bytes[header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28)] = 0xff;
    writeFileSync(path, bytes);
    const { archive } = await openZip(path);
    open.push(archive!);
    const pool = new DigestPool(2, 0);
    try {
      for (const runner of [inlineRunner, pool]) {
        const byName = new Map(
          [...(await archive!.digestMembers(() => ['sha256'], runner))].map(([m, r]) => [m.name, r]),
        );
        expect(byName.get('before.txt')).toEqual({
          digests: { sha256: sha256(medium) },
          size: medium.length,
        });
        expect(byName.get('broken.txt')!.error).toMatchObject({
          code: 'Z014',
          message: "Error -3 while decompressing data: invalid block type in 'broken.txt'.",
        });
        // The context that failed is not reused: the next member inflates as if nothing happened.
        expect(byName.get('after.txt')).toEqual({ digests: { sha256: sha256(medium) }, size: medium.length });
        expect(byName.get('short-declared.txt')!.error!.message).toBe(
          "'short-declared.txt' holds more than 10 bytes, but the central directory says 10.",
        );
        expect(byName.get('tail.txt')!.digests.sha256).toEqual(sha256('still read\n'));
      }
    } finally {
      await pool.close();
    }
  });

  it('gives the same results where the runtime offers no reusable inflate context', async () => {
    const big = Buffer.from('a long text member, streamed in blocks\n'.repeat(120_000));
    const { archive } = await openWritten([
      { name: 'small.py', data: 'x = 1\n' },
      { name: 'big.txt', data: big },
      { name: 'bad-big.txt', data: big, crc32: 3 },
      { name: 'bad-small.py', data: 'y = 2\n', crc32: 3 },
      { name: 'long.py', data: 'z = 3\n'.repeat(100), size: 20 },
    ]);
    // node:zlib as a runtime without the binding's synchronous handle would present it.
    const zlibWithoutHandle = {
      ...zlib,
      InflateRaw: class {
        close() {}
      },
    } as unknown as typeof zlib;
    const withoutReuse: DigestRunner = {
      run: (job, held) =>
        Promise.resolve(runDigestJob(job, { fs, crypto, zlib: zlibWithoutHandle, scratch: {} }, held)),
    };
    const plain = await archive!.digestMembers(() => ['sha256'], withoutReuse);
    const reused = await archive!.digestMembers(() => ['sha256'], inlineRunner);
    expect([...plain].map(([m, r]) => [m.name, r])).toEqual([...reused].map(([m, r]) => [m.name, r]));
    const byName = new Map([...plain].map(([m, r]) => [m.name, r]));
    expect(byName.get('big.txt')!.digests.sha256).toEqual(sha256(big));
    expect(byName.get('bad-big.txt')!.error!.message).toBe("Bad CRC-32 for file 'bad-big.txt'.");
    expect(byName.get('long.py')!.error!.message).toBe(
      "'long.py' holds more than 20 bytes, but the central directory says 20.",
    );
  });

  it('runs small runs inline: no thread starts below the threshold', async () => {
    const { archive } = await openWritten([{ name: 'a.py', data: 'a = 1\n' }]);
    const pool = new DigestPool(2);
    try {
      const [result] = [...(await archive!.digestMembers(() => ['sha256'], pool)).values()];
      expect(result!.digests.sha256).toEqual(sha256('a = 1\n'));
      expect(pool.started).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it('reads a ZIP64 archive', async () => {
    const data = randomBytes(2 * 1024 * 1024);
    const { archive, findings } = await openWritten(
      [
        { name: 'a.txt', data: 'small' },
        { name: 'b.bin', data, method: 0 },
      ],
      { zip64: true },
    );
    expect(findings).toEqual([]);
    expect(archive!.members.map((m) => [m.name, m.uncompressedSize])).toEqual([
      ['a.txt', 5],
      ['b.bin', data.length],
    ]);
    expect((await archive!.readMember('a.txt'))!.toString()).toBe('small');
    const results = [...(await archive!.digestMembers(() => ['sha256'])).values()];
    expect(results.map((r) => r.digests.sha256)).toEqual([sha256('small'), sha256(data)]);
  });

  it('accepts an archive comment, which PyPI allows', async () => {
    const { findings } = await openWritten([{ name: 'a.py', data: '' }], { comment: 'built by us' });
    expect(findings).toEqual([]);
  });
});

describe('framing rules', () => {
  it('Z001: a file that is not a ZIP gives no archive', async () => {
    const path = join(dir, 'gz.whl');
    writeFileSync(path, gzipSync(Buffer.alloc(2048)));
    const { archive, findings } = await openZip(path);
    expect(archive).toBeUndefined();
    expect(codes(findings)).toEqual(['Z001']);
    expect(findings[0]!.message).toBe(
      'Invalid distribution file. File is not a zipfile (it is gzip-compressed: an sdist named .whl?).',
    );
  });

  it('Z002: a ZIP whose first block is also a tar header', async () => {
    const tarHeader = tarEntryBlocks({ name: 'hello.txt', data: '' });
    const { findings } = await openWritten([{ name: 'a.py', data: 'x' }], { prepend: tarHeader });
    expect(only(findings, 'Z002').message).toContain('File is both a zip and a tar file');
  });

  it('Z003: a name listed twice', async () => {
    const { findings } = await openWritten([
      { name: 'pkg/a.py', data: 'one' },
      { name: 'pkg/b.py', data: 'two' },
      { name: 'pkg/a.py', data: 'three' },
    ]);
    const z003 = findings.filter((f) => f.code === 'Z003');
    expect(z003.map((f) => f.message)).toEqual([
      "Invalid distribution file. ZIP archive not accepted: Duplicate filename in local headers: 'pkg/a.py'.",
      "Invalid distribution file. ZIP archive not accepted: Duplicate filename in central directory: 'pkg/a.py'.",
    ]);
    expect(z003[1]!.members).toEqual(['pkg/a.py']);
  });

  it('Z004: data after the end record, and entry comments', async () => {
    const trailing = await openWritten([{ name: 'a.py', data: 'x' }], { trailing: Buffer.from('appended!') });
    expect(only(trailing.findings, 'Z004').message).toBe(
      'Invalid distribution file. ZIP archive not accepted: Trailing data: 9 bytes after the end-of-central-directory record.',
    );
    const commented = await openWritten([{ name: 'a.py', data: 'x', comment: 'hello' }]);
    expect(only(commented.findings, 'Z004')).toMatchObject({
      message: "Invalid distribution file. ZIP archive not accepted: Comment in central directory: 'a.py'.",
      members: ['a.py'],
    });
  });

  it('Z005: data before the first local header', async () => {
    const { archive, findings } = await openWritten([{ name: 'a.py', data: 'x' }], {
      prepend: Buffer.from('#!/bin/sh\nexit 0\n'),
    });
    expect(codes(findings)).toEqual(['Z005']);
    expect(findings[0]!.message).toBe(
      'Invalid distribution file. ZIP archive not accepted: Unknown record signature: 17 bytes of other data before the first local header.',
    );
    // pip still reads it, as zipfile tolerates a prefix.
    expect((await archive!.readMember('a.py'))!.toString()).toBe('x');
  });

  it('Z006: a local header naming another file than its central directory entry', async () => {
    const { findings } = await openWritten([
      { name: 'pkg/a.py', data: 'x' },
      { name: 'pkg/b.py', data: 'y', localName: 'pkg/evil.py' },
    ]);
    const messages = findings.filter((f) => f.code === 'Z006').map((f) => f.message);
    expect(messages).toEqual([
      "Invalid distribution file. ZIP archive not accepted: Filename not in central directory: 'pkg/evil.py'.",
      "Invalid distribution file. ZIP archive not accepted: Mis-matched local headers and central directory: the local header at offset 41 names 'pkg/evil.py', the central directory 'pkg/b.py'.",
      "Invalid distribution file. ZIP archive not accepted: Missing filename in local headers: 'pkg/b.py'.",
    ]);
  });

  it('Z006: a hidden local entry that the central directory does not list', async () => {
    const { findings } = await openWritten([
      { name: 'pkg/a.py', data: 'x' },
      { name: 'pkg/smuggled.py', data: 'import os', hidden: true },
    ]);
    expect(only(findings, 'Z006')).toMatchObject({
      message:
        "Invalid distribution file. ZIP archive not accepted: Filename not in central directory: 'pkg/smuggled.py'.",
      members: ['pkg/smuggled.py'],
    });
  });

  it('Z006: local sizes that differ from the central directory', async () => {
    const path = writeZip(join(dir, `t${counter++}.whl`), [{ name: 'a.py', data: 'hello', method: 0 }]);
    const bytes = readFileSync(path);
    bytes.writeUInt32LE(4, 22); // the local header's uncompressed size
    writeFileSync(path, bytes);
    const { archive, findings } = await openZip(path);
    open.push(archive!);
    expect(only(findings, 'Z006').message).toBe(
      "Invalid distribution file. ZIP archive not accepted: Mis-matched file size: 'a.py'.",
    );
  });

  it('Z007: a local header with another compression method', async () => {
    const { findings } = await openWritten([{ name: 'a.py', data: 'x', method: 8, localMethod: 0 }]);
    expect(only(findings, 'Z007')).toMatchObject({
      severity: 'warning',
      message:
        "A local header and the central directory disagree on how to read the member: 'a.py' (method 0 locally, 8 centrally).",
    });
  });

  it('Z008: a member followed by a data descriptor, still readable', async () => {
    const { archive, findings } = await openWritten([
      { name: 'a.py', data: 'x = 1\n', dataDescriptor: true },
      { name: 'b.py', data: 'y = 2\n' },
    ]);
    expect(codes(findings)).toEqual(['Z008']);
    expect(findings[0]!.message).toBe(
      "Invalid distribution file. ZIP archive not accepted: ZIP contains a data descriptor: 'a.py'.",
    );
    const results = [...(await archive!.digestMembers(() => ['sha256'])).values()];
    expect(results.map((r) => r.digests.sha256)).toEqual([sha256('x = 1\n'), sha256('y = 2\n')]);
  });

  it('Z009: a name that is not UTF-8', async () => {
    const { findings } = await openWritten([
      { name: Buffer.from([0x70, 0x2f, 0xff, 0x2e, 0x70, 0x79]), data: 'x' },
    ]);
    expect(only(findings, 'Z009').message).toBe(
      "Invalid distribution file. ZIP archive not accepted: Filename not unicode: 'p/\\xff.py'.",
    );
  });

  it('Z009: a non-ASCII UTF-8 name without the UTF-8 flag, which Python reads as cp437', async () => {
    const { archive, findings } = await openWritten([{ name: 'pkg/café.py', data: 'x', utf8: false }]);
    expect(only(findings, 'Z009').message).toBe(
      "Invalid distribution file. ZIP archive not accepted: Filename not in central directory: 'pkg/café.py' (non-ASCII, but the UTF-8 flag is not set, so Python reads it as 'pkg/caf├⌐.py').",
    );
    expect(archive!.members[0]!.name).toBe('pkg/caf├⌐.py');
  });

  it('Z010: a control character in a name', async () => {
    const { findings } = await openWritten([{ name: 'pkg/a\x01b.py', data: 'x' }]);
    expect(only(findings, 'Z010')).toMatchObject({
      message:
        "Invalid distribution file. ZIP archive not accepted: Invalid character in filename: 'pkg/a\\x01b.py'.",
      members: ['pkg/a\x01b.py'],
    });
  });

  it('Z011: a member compressed with bzip2', async () => {
    const { archive, findings } = await openWritten([
      { name: 'ok.py', data: 'x' },
      { name: 'pkg/data.bz2', data: 'BZh9...', method: 12 },
    ]);
    expect(only(findings, 'Z011').message).toBe(
      "Invalid distribution file. File does not use a supported compression type: 'pkg/data.bz2' (method 12, bzip2).",
    );
    await expect(archive!.readMember('pkg/data.bz2')).rejects.toThrow(ArchiveMemberError);
  });

  it('Z012: more than 64 MiB at over 50 times the file size', async () => {
    const zeros = Buffer.alloc(65 * 1024 * 1024);
    const { archive, findings } = await openWritten([{ name: 'zeros.bin', data: zeros }]);
    const z012 = only(findings, 'Z012');
    expect(z012.message).toMatch(
      /^Invalid distribution file\. File exceeds compression ratio of 50: 68157440 bytes uncompressed in a \d+-byte file/,
    );
    // The bomb still streams with bounded memory and the right digest.
    const [result] = [...(await archive!.digestMembers(() => ['sha256'])).values()];
    expect(result!.digests.sha256).toEqual(sha256(zeros));
  });

  it('Z013: an end record that miscounts the entries', async () => {
    const path = writeZip(join(dir, `t${counter++}.whl`), [
      { name: 'a.py', data: 'x' },
      { name: 'b.py', data: 'y' },
    ]);
    const bytes = readFileSync(path);
    bytes.writeUInt16LE(1, bytes.length - 22 + 8);
    bytes.writeUInt16LE(1, bytes.length - 22 + 10);
    writeFileSync(path, bytes);
    const { archive, findings } = await openZip(path);
    open.push(archive!);
    expect(only(findings, 'Z013').message).toBe(
      'Invalid distribution file. ZIP archive not accepted: Mismatched central directory records: the end record counts 1, the central directory holds 2.',
    );
  });

  it('Z013: a central directory Python cannot read gives no archive', async () => {
    const path = writeZip(join(dir, `t${counter++}.whl`), [{ name: 'a.py', data: 'x' }]);
    const bytes = readFileSync(path);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.write('XXXX', central, 'latin1');
    writeFileSync(path, bytes);
    const { archive, findings } = await openZip(path);
    expect(archive).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'Z013',
        message:
          "Invalid distribution file. Python's zipfile cannot open it: Bad magic number for central directory.",
      }),
    ]);
  });

  it('Z014: damaged data is a finding on the member, never a throw from digestMembers', async () => {
    const { archive } = await openWritten([
      { name: 'crc.py', data: 'x = 1\n', crc32: 0x12345678 },
      { name: 'size.py', data: 'y = 2\n', size: 99 },
    ]);
    const results = [...(await archive!.digestMembers(() => ['sha256'])).entries()];
    expect(results.map(([m, r]) => [m.name, r.error?.code, r.error?.message])).toEqual([
      ['crc.py', 'Z014', "Bad CRC-32 for file 'crc.py'."],
      ['size.py', 'Z014', "'size.py' holds 6 bytes, but the central directory says 99."],
    ]);
    const thrown = await archive!.readMember('crc.py').catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ArchiveMemberError);
    expect((thrown as ArchiveMemberError).finding).toMatchObject({ code: 'Z014', members: ['crc.py'] });
  });

  it('Z014: a member cut short by the end of the file', async () => {
    const data = randomBytes(3 * 1024 * 1024);
    const { archive, findings } = await openWritten([{ name: 'cut.bin', data, method: 0, truncateTo: 1000 }]);
    expect(only(findings, 'Z013').message).toContain("the data of 'cut.bin' runs past the end of the file");
    const [result] = [...(await archive!.digestMembers(() => ['sha256'])).values()];
    expect(result!.error).toMatchObject({ code: 'Z014', members: ['cut.bin'] });
    expect(result!.error!.message).toMatch(
      /^'cut\.bin' is truncated: the file ends after \d+ of its 3145728 bytes of data\.$/,
    );
  });

  it('Z015: an encrypted member', async () => {
    const { archive, findings } = await openWritten([{ name: 'secret.py', data: 'x', flags: 0x0001 }]);
    expect(only(findings, 'Z015')).toMatchObject({ members: ['secret.py'] });
    const [result] = [...(await archive!.digestMembers(() => ['sha256'])).values()];
    expect(result!.error).toMatchObject({
      code: 'Z015',
      message: "File 'secret.py' is encrypted, password required for extraction.",
    });
  });

  it('Z016: readMember refuses a member over the limit', async () => {
    const { archive } = await openWritten([{ name: 'METADATA', data: 'x'.repeat(5000) }]);
    const thrown = (await archive!
      .readMember('METADATA', 1000)
      .catch((e: unknown) => e)) as ArchiveMemberError;
    expect(thrown.finding).toMatchObject({
      code: 'Z016',
      message: "'METADATA' is 5000 bytes; the checker reads at most 1000 bytes of it.",
      members: ['METADATA'],
    });
  });
});
