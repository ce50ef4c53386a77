#!/usr/bin/env node
// The floor of an upload run, as issue 10 defines it: one read of every byte of every file with its
// sha256 and BLAKE2b-256 (the digests the form must carry), on one thread, sending nothing. Compared
// with twine in the same run, its ratio is the best any uploader that hashes on one core could reach.
//   node bench/publish-floor.mjs FILE...
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { createBLAKE2b } from 'hash-wasm';

const buffer = Buffer.allocUnsafe(512 * 1024);
let total = 0;
for (const path of process.argv.slice(2)) {
  const sha = createHash('sha256');
  const blake = await createBLAKE2b(256);
  const handle = await open(path, 'r');
  for (let at = 0; ;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
    if (bytesRead === 0) break;
    const chunk = buffer.subarray(0, bytesRead);
    sha.update(chunk);
    blake.update(chunk);
    at += bytesRead;
    total += bytesRead;
  }
  await handle.close();
  process.stdout.write(`${path} ${sha.digest('hex')} ${blake.digest('hex')}\n`);
}
process.stdout.write(`${total} bytes\n`);
