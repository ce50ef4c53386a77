/** PEP 440 ordering, exactly as packaging's `Version` comparison key (`_cmpkey`). */

import { coerceVersion, type Version } from './version.js';

const PRE_RANK = { a: 0, b: 1, rc: 2 } as const;
// A dev release without a pre or post segment (`1.0.dev1`) sorts before every pre-release of 1.0.
const PRE_RANK_DEV_ONLY = -1;
const PRE_RANK_NONE = 3;

function suffixKey(v: Version): number[] {
  let preRank: number;
  let preNumber = 0;
  if (v.pre !== undefined) {
    preRank = PRE_RANK[v.pre[0]];
    preNumber = v.pre[1];
  } else if (v.post === undefined && v.dev !== undefined) {
    preRank = PRE_RANK_DEV_ONLY;
  } else {
    preRank = PRE_RANK_NONE;
  }
  return [
    preRank,
    preNumber,
    v.post === undefined ? 0 : 1,
    v.post ?? 0,
    // Without a dev segment sorts after with one: 1.0a1.dev1 < 1.0a1.
    v.dev === undefined ? 1 : 0,
    v.dev ?? 0,
  ];
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareReleases(a: readonly number[], b: readonly number[]): number {
  // Zero-padded, so 1.0 == 1.0.0.
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const c = compareNumbers(a[i] ?? 0, b[i] ?? 0);
    if (c !== 0) return c;
  }
  return 0;
}

function compareLocalSegments(a: string | number, b: string | number): number {
  // PEP 440: a numeric segment sorts after any alphanumeric one; like kinds compare naturally.
  if (typeof a === 'number') return typeof b === 'number' ? compareNumbers(a, b) : 1;
  if (typeof b === 'number') return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareLocals(a: Version['local'], b: Version['local']): number {
  const left = a?.length ? a : undefined;
  const right = b?.length ? b : undefined;
  if (!left || !right) return compareNumbers(left ? 1 : 0, right ? 1 : 0);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const c = compareLocalSegments(left[i]!, right[i]!);
    if (c !== 0) return c;
  }
  return compareNumbers(left.length, right.length);
}

/** Orders two versions as pip does: negative when `a < b`, 0 when equal (`1.0 == 1.0.0`), positive when `a > b`. */
export function compareVersions(a: Version | string, b: Version | string): number {
  const left = coerceVersion(a);
  const right = coerceVersion(b);
  let c = compareNumbers(left.epoch, right.epoch);
  if (c !== 0) return c;
  c = compareReleases(left.release, right.release);
  if (c !== 0) return c;
  const ls = suffixKey(left);
  const rs = suffixKey(right);
  for (let i = 0; i < ls.length; i++) {
    c = compareNumbers(ls[i]!, rs[i]!);
    if (c !== 0) return c;
  }
  return compareLocals(left.local, right.local);
}

/** True when the two versions are equal under PEP 440 (`1.0rc1` == `1.0c1`, `1.0` == `1.0.0`). */
export function versionsEqual(a: Version | string, b: Version | string): boolean {
  return compareVersions(a, b) === 0;
}
