/**
 * How far V8 lets this process's heaps grow while a large check runs. Checking real wheels makes the
 * main thread allocate about 1 GB of short-lived objects (names, records, findings) over a few
 * seconds while only 20–30 MB are live at any time; V8 sizes its heaps for throughput, so by default
 * the young generation grows to its largest semi-spaces and the old generation to several times
 * what is live: 170–210 MB of heap for 25 MB of objects. Keeping the young generation at its first
 * size and the old one at 1.3 times the live size after each full collection brings the peak of the
 * whole process (main thread, digest threads) from about 335 MiB to under 200 MiB on 97 real wheels
 * at the same CPU time (bench/README.md). V8 reads both settings at each collection, so they apply
 * to a running process; an action cannot pass V8 flags to its own `node`, hence setting them here.
 */
import { setFlagsFromString } from 'node:v8';

// V8's defaults, restored once no large check runs any more.
const BOUNDED = ['--semi-space-growth-factor=1', '--heap-growing-percent=30'];
const DEFAULTS = ['--semi-space-growth-factor=2', '--heap-growing-percent=0'];

let holders = 0;

/** Bounds heap growth until the matching `releaseHeapGrowth()`; calls nest. */
export function boundHeapGrowth(): void {
  if (holders++ === 0) for (const flag of BOUNDED) setFlagsFromString(flag);
}

/** Gives V8 back its default heap sizing once the last holder releases it. */
export function releaseHeapGrowth(): void {
  if (holders === 0) return;
  if (--holders === 0) for (const flag of DEFAULTS) setFlagsFromString(flag);
}
