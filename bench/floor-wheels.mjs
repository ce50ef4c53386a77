#!/usr/bin/env node
// The least any Node process checking these wheels on one thread must do, as a yardstick for
// check-dist: read each file, walk its central directory, inflate every member and compute its
// CRC-32 and sha256 (RECORD verification needs all three). No rule is checked, nothing is
// validated, no bundle is loaded (the classifier list is bundled, so no Python runs either). Only
// for benchmarks: it trusts the archives (no framing checks) and must never be used to check anything.
// With --reuse it inflates the way check-dist's digest threads do since issue 9 part 2: one inflate
// context and one 256 KiB output buffer for every member (Node's zlib handle driven synchronously)
// instead of a new context and buffer per member: the same work done the cheapest way one thread can.
//   node bench/floor-wheels.mjs DIRECTORY [--reuse]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InflateRaw, constants, crc32, inflateRawSync } from 'node:zlib';

const [dir, mode] = process.argv.slice(2);
const OUT = 256 * 1024;
const output = Buffer.allocUnsafeSlow(OUT);
const engine = new InflateRaw();
let failure;
engine._handle.onerror = (message) => (failure = message);

// Inflates `raw` into `output` block by block, handing each block to `take`.
function inflateReusing(raw, take) {
  let inOffset = 0;
  let inLength = raw.length;
  for (;;) {
    engine._handle.writeSync(constants.Z_FINISH, raw, inOffset, inLength, output, 0, OUT);
    if (failure) throw new Error(failure);
    const [outLeft, inLeft] = engine._writeState;
    take(output.subarray(0, OUT - outLeft));
    inOffset += inLength - inLeft;
    inLength = inLeft;
    if (outLeft !== 0) break;
  }
  engine._handle.reset();
}

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
    if (mode === '--reuse' && method === 8) {
      const hash = createHash('sha256');
      let crc = 0;
      inflateReusing(raw, (block) => {
        crc = crc32(block, crc);
        hash.update(block);
      });
      hash.digest();
    } else {
      const content = method === 8 ? inflateRawSync(raw, { chunkSize: Math.max(64, size + 1) }) : raw;
      crc32(content);
      createHash('sha256').update(content).digest();
    }
    members++;
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
}
process.stdout.write(`${members} members read\n`);
