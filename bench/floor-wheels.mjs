#!/usr/bin/env node
// The least any Node process checking these wheels on one thread must do, as a yardstick for
// check-dist: read each file, walk its central directory, inflate every member and compute its
// CRC-32 and sha256 (RECORD verification needs all three). No rule is checked, nothing is
// validated, no bundle is loaded (the classifier list is bundled, so no Python runs either). Only
// for benchmarks: it trusts the archives (no framing checks) and must never be used to check anything.
//   node bench/floor-wheels.mjs DIRECTORY
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';

const [dir] = process.argv.slice(2);

const END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 5, 6]);
let members = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.whl'))) {
  const path = join(dir, name);
  statSync(path);
  const data = readFileSync(path);
  const end = data.lastIndexOf(END_OF_CENTRAL_DIRECTORY);
  let at = data.readUInt32LE(end + 16);
  for (let i = data.readUInt16LE(end + 10); i > 0; i--) {
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const local = data.readUInt32LE(at + 42);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + compressedSize);
    const content = method === 8 ? inflateRawSync(raw, { chunkSize: Math.max(64, size + 1) }) : raw;
    crc32(content);
    createHash('sha256').update(content).digest();
    members++;
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
}
process.stdout.write(`${members} members read\n`);
