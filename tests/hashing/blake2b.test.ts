/**
 * Our WebAssembly BLAKE2b-256 against Python's hashlib (the reference implementation Warehouse and
 * twine use) and against hash-wasm, an independent implementation: the expected digests are never
 * computed by the code under test.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { createBLAKE2b } from 'hash-wasm';
import { Blake2b256 } from '@otai-release/core/hashing';
import { tempDir } from '../support/temp-dir.js';

// Deterministic bytes (a linear congruential generator), so a failure can be reproduced.
function bytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function hashlibDigests(paths: string[]): string[] {
  const script =
    'import hashlib,json,sys\n' +
    'print(json.dumps([hashlib.blake2b(open(p,"rb").read(),digest_size=32).hexdigest() for p in sys.argv[1:]]))';
  return JSON.parse(execFileSync('python3', ['-c', script, ...paths], { encoding: 'utf8' })) as string[];
}

// Around one block (128 bytes), two blocks, and the module's 1 MiB input area.
const LENGTHS = [
  0,
  1,
  3,
  64,
  127,
  128,
  129,
  255,
  256,
  257,
  1000,
  65_536,
  1024 * 1024 - 1,
  1024 * 1024,
  1024 * 1024 + 1,
  3 * 1024 * 1024 + 17,
];

describe('Blake2b256', () => {
  test('the RFC 7693 parameter block for a 32-byte digest: "abc" as hashlib gives it', () => {
    // hashlib.blake2b(b"abc", digest_size=32).hexdigest(); a truncated BLAKE2b-512 would differ.
    expect(new Blake2b256().update(Buffer.from('abc')).digest()).toBe(
      'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319',
    );
  });

  test('every length around the block and buffer edges: as hashlib computes it', () => {
    const dir = tempDir('blake2b');
    const paths = LENGTHS.map((n, i) => {
      const path = join(dir, `${n}.bin`);
      writeFileSync(path, bytes(n, i + 1));
      return path;
    });
    const expected = hashlibDigests(paths);
    const hasher = new Blake2b256();
    // One instance for all: digest() must leave it ready for the next input.
    const ours = LENGTHS.map((n, i) => hasher.update(bytes(n, i + 1)).digest());
    expect(ours).toEqual(expected);
  });

  test('fed in pieces of random sizes, it gives what one update gives (and what hash-wasm gives)', async () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 48271) + 11) >>> 0);
    for (const n of [129, 4096, 300_001, 2 * 1024 * 1024 + 5]) {
      const data = bytes(n, n);
      const hasher = new Blake2b256();
      for (let at = 0; at < n;) {
        // Pieces from 1 byte to 1.5 MiB: empty-buffer, partial-block and over-the-area cases.
        const size = Math.min(n - at, 1 + (next() % (n < 5000 ? 300 : 1_500_000)));
        hasher.update(data.subarray(at, at + size));
        at += size;
      }
      const reference = await createBLAKE2b(256);
      reference.update(data);
      expect(hasher.digest()).toBe(reference.digest('hex'));
    }
  });

  test('reading straight into the input area hashes the same as update()', () => {
    const data = bytes(2 * 1024 * 1024 + 77, 3);
    const hasher = new Blake2b256();
    const area = hasher.inputArea;
    for (let at = 0; at < data.length; at += area.length) {
      const piece = data.subarray(at, at + area.length);
      area.set(piece);
      hasher.updateArea(piece.length);
    }
    expect(hasher.digest()).toBe(new Blake2b256().update(data).digest());
  });

  test('the committed module is what scripts/gen-blake2b-wasm.mjs generates', () => {
    // Exits 1, naming the file, when the generated source differs from the generator's output.
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-blake2b-wasm.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
