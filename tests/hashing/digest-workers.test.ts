/**
 * Hashing whole files on worker threads: each file's digests are its own (no mix-ups between files
 * hashed at once on several threads), a failure names the file and leaves the pool working, and after
 * close() files are still hashed, on the calling thread. Expected digests come from Python's hashlib.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { DigestWorkers } from '@otai-release/core/hashing';
import { tempDir } from '../support/temp-dir.js';

function hashlib(paths: string[]): { sha256: string; blake2_256: string; size: number }[] {
  const script =
    'import hashlib,json,sys\n' +
    'out=[]\n' +
    'for p in sys.argv[1:]:\n' +
    '  d=open(p,"rb").read()\n' +
    '  out.append({"sha256":hashlib.sha256(d).hexdigest(),"blake2_256":hashlib.blake2b(d,digest_size=32).hexdigest(),"size":len(d)})\n' +
    'print(json.dumps(out))';
  return JSON.parse(execFileSync('python3', ['-c', script, ...paths], { encoding: 'utf8' })) as {
    sha256: string;
    blake2_256: string;
    size: number;
  }[];
}

function files(count: number): string[] {
  const dir = tempDir('digest-workers');
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `f${i}.whl`);
    // Sizes from empty to past the 1 MiB read size, different for every file.
    writeFileSync(
      path,
      randomBytes([0, 1, 128, 129, 70_000, 1024 * 1024, 1024 * 1024 + 3, 2_500_000][i % 8]! + i),
    );
    return path;
  });
}

describe('DigestWorkers', () => {
  test('twelve files at once on two threads: each gets its own digests, as hashlib computes them', async () => {
    const paths = files(12);
    const fallbacks: string[] = [];
    const pool = new DigestWorkers({ threads: 2, onFallback: (r) => fallbacks.push(r) });
    try {
      const ours = await Promise.all(paths.map((p) => pool.digest(p)));
      expect(ours).toEqual(hashlib(paths));
      // The work ran on the threads: nothing fell back to the calling thread.
      expect(fallbacks).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  test('a file that cannot be read fails with its path; the next files are still hashed', async () => {
    const [good] = files(1);
    const pool = new DigestWorkers({ threads: 1 });
    try {
      const missing = join(tempDir('digest-workers'), 'gone.whl');
      await expect(pool.digest(missing)).rejects.toThrow(`hashing ${missing}: ENOENT`);
      await expect(pool.digest(good!)).resolves.toEqual(hashlib([good!])[0]);
    } finally {
      await pool.close();
    }
  });

  test('files asked for after close() are hashed on the calling thread, with the same result', async () => {
    const paths = files(3);
    const pool = new DigestWorkers({ threads: 2 });
    await pool.digest(paths[0]!);
    await pool.close();
    await expect(Promise.all(paths.map((p) => pool.digest(p)))).resolves.toEqual(hashlib(paths));
  });

  test('files still queued when the pool closes are hashed, not lost', async () => {
    const paths = files(8);
    const pool = new DigestWorkers({ threads: 1 });
    const pending = paths.map((p) => pool.digest(p));
    await pool.close();
    await expect(Promise.all(pending)).resolves.toEqual(hashlib(paths));
  });
});
