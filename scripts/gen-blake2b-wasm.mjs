#!/usr/bin/env node
// Writes packages/core/src/hashing/blake2b-wasm.generated.ts: a WebAssembly BLAKE2b-256 (RFC 7693,
// unkeyed, 32-byte digest) as base64. The compression function is emitted fully unrolled from the
// round table below, so the text is generated rather than written; wabt (a dev dependency) assembles it.
// The module is ours rather than hash-wasm's because worker threads must instantiate it from bytes:
// an eval'd worker inside an ncc bundle cannot import a package.
//   node scripts/gen-blake2b-wasm.mjs          write the file
//   node scripts/gen-blake2b-wasm.mjs --check  exit 1 when the committed file differs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

const OUT = fileURLToPath(new URL('../packages/core/src/hashing/blake2b-wasm.generated.ts', import.meta.url));

// Memory layout (bytes). The input area is what callers fill before update(INPUT, n).
const H = 0; // chaining value, 8 × u64 (the first 32 bytes are the digest after final)
const T = 64; // bytes compressed so far, u64 (files stay far below 2^64, so the high word is 0)
const BUFLEN = 72; // bytes held in the pending block, i32
const BUF = 128; // the pending block: the last block must be compressed with the final flag
const INPUT = 1024;
const INPUT_SIZE = 1024 * 1024;
const PAGES = Math.ceil((INPUT + INPUT_SIZE) / 65536);

const IV = [
  '0x6a09e667f3bcc908',
  '0xbb67ae8584caa73b',
  '0x3c6ef372fe94f82b',
  '0xa54ff53a5f1d36f1',
  '0x510e527fade682d1',
  '0x9b05688c2b3e6c1f',
  '0x1f83d9abfb41bd6b',
  '0x5be0cd19137e2179',
];
// RFC 7693 §2.7; rounds 10 and 11 reuse rows 0 and 1.
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
// Which state words each of a round's eight G calls mixes (columns, then diagonals).
const LANES = [
  [0, 4, 8, 12],
  [1, 5, 9, 13],
  [2, 6, 10, 14],
  [3, 7, 11, 15],
  [0, 5, 10, 15],
  [1, 6, 11, 12],
  [2, 7, 8, 13],
  [3, 4, 9, 14],
];

const v = (i) => `(local.get $v${i})`;
// Message words are loaded where they are used: they would not stay in registers anyway.
const m = (i) => `(i64.load offset=${i * 8} (local.get $p))`;

function g([a, b, c, d], x, y) {
  return [
    `(local.set $v${a} (i64.add (i64.add ${v(a)} ${v(b)}) ${m(x)}))`,
    `(local.set $v${d} (i64.rotr (i64.xor ${v(d)} ${v(a)}) (i64.const 32)))`,
    `(local.set $v${c} (i64.add ${v(c)} ${v(d)}))`,
    `(local.set $v${b} (i64.rotr (i64.xor ${v(b)} ${v(c)}) (i64.const 24)))`,
    `(local.set $v${a} (i64.add (i64.add ${v(a)} ${v(b)}) ${m(y)}))`,
    `(local.set $v${d} (i64.rotr (i64.xor ${v(d)} ${v(a)}) (i64.const 16)))`,
    `(local.set $v${c} (i64.add ${v(c)} ${v(d)}))`,
    `(local.set $v${b} (i64.rotr (i64.xor ${v(b)} ${v(c)}) (i64.const 63)))`,
  ];
}

function compress() {
  const body = [];
  for (let i = 0; i < 8; i++) body.push(`(local.set $v${i} (i64.load offset=${H + i * 8} (i32.const 0)))`);
  for (let i = 0; i < 8; i++) {
    let word = `(i64.const ${IV[i]})`;
    if (i === 4) word = `(i64.xor ${word} (i64.load offset=${T} (i32.const 0)))`;
    if (i === 6) word = `(i64.xor ${word} (local.get $f))`;
    body.push(`(local.set $v${i + 8} ${word})`);
  }
  for (let r = 0; r < 12; r++) {
    const s = SIGMA[r % 10];
    LANES.forEach((lane, k) => body.push(...g(lane, s[2 * k], s[2 * k + 1])));
  }
  for (let i = 0; i < 8; i++) {
    body.push(
      `(i64.store offset=${H + i * 8} (i32.const 0) (i64.xor (i64.load offset=${H + i * 8} (i32.const 0)) (i64.xor ${v(i)} ${v(i + 8)})))`,
    );
  }
  const locals = Array.from({ length: 16 }, (_, i) => `(local $v${i} i64)`).join(' ');
  return `(func $compress (param $p i32) (param $f i64) ${locals}\n    ${body.join('\n    ')})`;
}

const addT = (n) =>
  `(i64.store offset=${T} (i32.const 0) (i64.add (i64.load offset=${T} (i32.const 0)) ${n}))`;

function wat() {
  const init = [];
  for (let i = 0; i < 8; i++) {
    // Parameter block: digest length 32, no key, fanout 1, depth 1.
    const word = i === 0 ? `(i64.xor (i64.const ${IV[0]}) (i64.const 0x01010020))` : `(i64.const ${IV[i]})`;
    init.push(`(i64.store offset=${H + i * 8} (i32.const 0) ${word})`);
  }
  return `(module
  (memory (export "memory") ${PAGES})
  (global (export "input") i32 (i32.const ${INPUT}))
  (global (export "inputSize") i32 (i32.const ${INPUT_SIZE}))
  ${compress()}
  (func (export "init")
    ${init.join('\n    ')}
    (i64.store offset=${T} (i32.const 0) (i64.const 0))
    (i32.store offset=${BUFLEN} (i32.const 0) (i32.const 0)))
  ;; Hashes len bytes at ptr. A full last block stays pending until more data or final.
  (func (export "update") (param $ptr i32) (param $len i32) (local $held i32) (local $fill i32)
    (local.set $held (i32.load offset=${BUFLEN} (i32.const 0)))
    (local.set $fill (i32.sub (i32.const 128) (local.get $held)))
    (if (i32.le_u (local.get $len) (local.get $fill))
      (then
        (memory.copy (i32.add (i32.const ${BUF}) (local.get $held)) (local.get $ptr) (local.get $len))
        (i32.store offset=${BUFLEN} (i32.const 0) (i32.add (local.get $held) (local.get $len)))
        (return)))
    (memory.copy (i32.add (i32.const ${BUF}) (local.get $held)) (local.get $ptr) (local.get $fill))
    ${addT('(i64.const 128)')}
    (call $compress (i32.const ${BUF}) (i64.const 0))
    (local.set $ptr (i32.add (local.get $ptr) (local.get $fill)))
    (local.set $len (i32.sub (local.get $len) (local.get $fill)))
    (block $done
      (loop $blocks
        (br_if $done (i32.le_u (local.get $len) (i32.const 128)))
        ${addT('(i64.const 128)')}
        (call $compress (local.get $ptr) (i64.const 0))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 128)))
        (local.set $len (i32.sub (local.get $len) (i32.const 128)))
        (br $blocks)))
    (memory.copy (i32.const ${BUF}) (local.get $ptr) (local.get $len))
    (i32.store offset=${BUFLEN} (i32.const 0) (local.get $len)))
  ;; Compresses the pending block as the last; the digest is then the first 32 bytes of memory.
  (func (export "final") (local $held i32)
    (local.set $held (i32.load offset=${BUFLEN} (i32.const 0)))
    ${addT('(i64.extend_i32_u (local.get $held))')}
    (memory.fill (i32.add (i32.const ${BUF}) (local.get $held)) (i32.const 0) (i32.sub (i32.const 128) (local.get $held)))
    (call $compress (i32.const ${BUF}) (i64.const -1))))
`;
}

const wabt = await wabtInit();
const module = wabt.parseWat('blake2b.wat', wat(), { bulk_memory: true });
module.validate();
const { buffer } = module.toBinary({});
module.destroy();
const base64 = Buffer.from(buffer).toString('base64');
const lines = base64.match(/.{1,100}/g).map((line) => `  '${line}'`);
const source = `// Generated by scripts/gen-blake2b-wasm.mjs: do not edit. BLAKE2b-256 as WebAssembly (${buffer.length} bytes).
/** The module's bytes, base64. */
export const BLAKE2B_WASM_BASE64 =
${lines.join(' +\n')};
`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(OUT, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== source) {
    process.stderr.write(`${OUT} is stale: run node scripts/gen-blake2b-wasm.mjs\n`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, source);
  process.stdout.write(`wrote ${OUT} (${buffer.length} bytes of WebAssembly)\n`);
}
