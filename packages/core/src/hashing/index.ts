/** File digests for uploads: sha256 and BLAKE2b-256 (our WebAssembly module), inline or on worker threads. */
export { Blake2b256, blake2bModule } from './blake2b.js';
export { DigestWorkers } from './digest-workers.js';
export { digestBytes, digestFile, type FileDigests } from './file-digests.js';
