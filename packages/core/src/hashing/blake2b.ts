/**
 * BLAKE2b-256 (RFC 7693, a 32-byte digest: Warehouse's `blake2_256_digest`) from our own WebAssembly
 * module. Node's crypto has no 32-byte BLAKE2b (DESIGN.md, measured facts), and a truncated
 * BLAKE2b-512 is a different hash. The module is compiled once per process and can be handed to
 * worker threads, which instantiate it without importing anything (see digest-workers.ts).
 */
import { BLAKE2B_WASM_BASE64 } from './blake2b-wasm.generated.js';

/** A compiled WebAssembly module (opaque here: it is only instantiated, or posted to a worker). */
export type WasmModule = object;

// The few WebAssembly APIs used here, typed locally: the project's TypeScript libs (ES2023, no DOM)
// do not declare the WebAssembly global that Node provides.
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { exports: object };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface Blake2bExports {
  memory: { buffer: ArrayBuffer };
  input: { value: number };
  inputSize: { value: number };
  init(): void;
  update(ptr: number, len: number): void;
  final(): void;
}

let compiled: WasmModule | undefined;

/** The compiled module (the same object on every call). */
export function blake2bModule(): WasmModule {
  compiled ??= new wasm.Module(Buffer.from(BLAKE2B_WASM_BASE64, 'base64'));
  return compiled;
}

/** One running BLAKE2b-256; digest() ends it and starts the next. */
export class Blake2b256 {
  private readonly exports: Blake2bExports;
  private readonly area: Uint8Array;

  constructor(module: WasmModule = blake2bModule()) {
    this.exports = new wasm.Instance(module, {}).exports as Blake2bExports;
    // The memory never grows, so this view stays valid.
    this.area = new Uint8Array(
      this.exports.memory.buffer,
      this.exports.input.value,
      this.exports.inputSize.value,
    );
    this.exports.init();
  }

  /** Where to put bytes for updateArea(): reading straight into it saves a copy. */
  get inputArea(): Uint8Array {
    return this.area;
  }

  /** Hashes the first `length` bytes of inputArea. */
  updateArea(length: number): this {
    this.exports.update(this.area.byteOffset, length);
    return this;
  }

  /** Forgets what was hashed since the last digest(). */
  reset(): this {
    this.exports.init();
    return this;
  }

  /** Hashes `bytes` (copied into the module's memory in pieces). */
  update(bytes: Uint8Array): this {
    for (let at = 0; at < bytes.length; at += this.area.length) {
      const piece = bytes.subarray(at, at + this.area.length);
      this.area.set(piece);
      this.exports.update(this.area.byteOffset, piece.length);
    }
    return this;
  }

  /** The digest of everything since the last digest(), lower-case hex. */
  digest(): string {
    this.exports.final();
    const hex = Buffer.from(this.exports.memory.buffer, 0, 32).toString('hex');
    this.exports.init();
    return hex;
  }
}
