/**
 * The two digests an upload sends, against Python's hashlib (the reference Warehouse and twine use):
 * expected values are computed by python3 in the test, never by the code under test.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { digestBytes, digestFile } from '@otai-release/core/publish';
import { tempDir } from '../support/temp-dir.js';

function pythonDigests(path: string): { sha256: string; blake2_256: string } {
  const script =
    'import hashlib,json,sys\n' +
    'data=open(sys.argv[1],"rb").read()\n' +
    'print(json.dumps({"sha256":hashlib.sha256(data).hexdigest(),"blake2_256":hashlib.blake2b(data,digest_size=32).hexdigest()}))';
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as {
    sha256: string;
    blake2_256: string;
  };
}

describe('digestFile', () => {
  // Sizes around the 1 MiB read size, so chunk boundaries are crossed.
  test.each([0, 3, 1024 * 1024 - 1, 1024 * 1024, 3 * 1024 * 1024 + 17])(
    '%i bytes: as hashlib computes them',
    async (size) => {
      const path = join(tempDir('digest'), 'file.bin');
      writeFileSync(path, randomBytes(size));
      const ours = await digestFile(path);
      expect({ sha256: ours.sha256, blake2_256: ours.blake2_256 }).toEqual(pythonDigests(path));
      expect(ours.size).toBe(size);
    },
  );

  test('BLAKE2b-256 is a 32-byte BLAKE2b, not a truncated BLAKE2b-512 (a known vector)', async () => {
    // hashlib.blake2b(b"abc", digest_size=32).hexdigest()
    expect((await digestBytes(Buffer.from('abc'))).blake2_256).toBe(
      'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319',
    );
  });
});
