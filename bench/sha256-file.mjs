#!/usr/bin/env node
// The baseline of bench/record-hash.sh: Node's sha256 over a file, read once in 1 MiB chunks.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

const hash = createHash('sha256');
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) hash.update(chunk);
console.log(hash.digest('hex'));
