/**
 * pypa/packaging's own PEP 440 test vectors (../shared/conformance/pep440-vectors.jsonl, schema in its
 * README): one test per row, every kind, none skipped. A missing or empty file fails the suite.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import {
  baseVersion,
  compareVersions,
  formatVersion,
  isDevrelease,
  isPostrelease,
  isPrerelease,
  normalizeVersion,
  parseVersion,
  publicVersion,
  tryParseVersion,
  type VersionParts,
  versionFromParts,
  versionsEqual,
} from '@otai-release/core/pep440';

type Row =
  | { kind: 'valid'; input: string; normalized: string }
  | { kind: 'invalid'; input: string }
  | { kind: 'normalize'; input: string; normalized: string }
  | { kind: 'order_list'; versions: string[] }
  | { kind: 'order_pair'; lesser: string; greater: string }
  | { kind: 'equal'; left: string; right: string }
  | { kind: 'attribute'; input: string; attribute: string; expected: unknown }
  | { kind: 'from_parts'; parts: VersionParts; equals: string };

const KINDS = [
  'valid',
  'invalid',
  'normalize',
  'order_list',
  'order_pair',
  'equal',
  'attribute',
  'from_parts',
];

const sharedDir = process.env.OTAI_SHARED_DIR ?? path.resolve(process.cwd(), '..', 'shared');
const vectorsPath = path.join(sharedDir, 'conformance', 'pep440-vectors.jsonl');

let rows: Row[] = [];
let loadError: unknown;
try {
  rows = readFileSync(vectorsPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
} catch (error) {
  loadError = error;
}

function label(row: Row): string {
  const { kind, ...rest } = row as Row & { source?: string; test?: string; note?: string };
  delete rest.source;
  delete rest.test;
  delete rest.note;
  const text = JSON.stringify(rest);
  return `${kind} ${text.length > 100 ? `${text.slice(0, 100)}…` : text}`;
}

// Python's attribute values as they come out of JSON: tuples become arrays, None becomes null.
function attributeOf(input: string, attribute: string): unknown {
  const v = parseVersion(input);
  switch (attribute) {
    case 'public':
      return publicVersion(v);
    case 'base_version':
      return baseVersion(v);
    case 'epoch':
      return v.epoch;
    case 'release':
      return v.release;
    case 'local':
      return v.local?.length ? v.local.join('.') : null;
    case 'pre':
      return v.pre ?? null;
    case 'dev':
      return v.dev ?? null;
    case 'post':
      return v.post ?? null;
    case 'is_prerelease':
      return isPrerelease(v);
    case 'is_devrelease':
      return isDevrelease(v);
    case 'is_postrelease':
      return isPostrelease(v);
    default:
      throw new Error(
        `the vectors ask for attribute ${JSON.stringify(attribute)}, which this test does not know`,
      );
  }
}

function check(row: Row): void {
  switch (row.kind) {
    case 'valid':
      expect(tryParseVersion(row.input)).toBeDefined();
      expect(normalizeVersion(row.input)).toBe(row.normalized);
      return;
    case 'invalid':
      expect(tryParseVersion(row.input)).toBeUndefined();
      expect(() => parseVersion(row.input)).toThrow(ConfigurationError);
      expect(() => parseVersion(row.input)).toThrow(JSON.stringify(row.input));
      return;
    case 'normalize':
      expect(normalizeVersion(row.input)).toBe(row.normalized);
      return;
    case 'order_list': {
      const parsed = row.versions.map((text) => parseVersion(text));
      const wrong: string[] = [];
      for (let i = 0; i < parsed.length; i++) {
        for (let j = i + 1; j < parsed.length; j++) {
          if (!(compareVersions(parsed[i]!, parsed[j]!) < 0 && compareVersions(parsed[j]!, parsed[i]!) > 0)) {
            wrong.push(`${row.versions[i]} < ${row.versions[j]}`);
          }
        }
      }
      expect(wrong).toEqual([]);
      return;
    }
    case 'order_pair':
      expect(compareVersions(row.lesser, row.greater)).toBeLessThan(0);
      expect(compareVersions(row.greater, row.lesser)).toBeGreaterThan(0);
      expect(versionsEqual(row.lesser, row.greater)).toBe(false);
      return;
    case 'equal':
      expect(compareVersions(row.left, row.right)).toBe(0);
      expect(versionsEqual(row.left, row.right)).toBe(true);
      return;
    case 'attribute':
      expect(attributeOf(row.input, row.attribute)).toEqual(row.expected);
      return;
    case 'from_parts': {
      // packaging's test asserts `Version.from_parts(...) == Version(equals)`, and one `equals` is written
      // unnormalised (`1.2.3post2`), so compare as versions and against the normal form of `equals`.
      const built = versionFromParts(row.parts);
      expect(compareVersions(built, row.equals)).toBe(0);
      expect(formatVersion(built)).toBe(normalizeVersion(row.equals));
      return;
    }
    default:
      throw new Error(`unknown row kind in ${vectorsPath}: ${JSON.stringify(row)}`);
  }
}

describe('pypa/packaging PEP 440 vectors', () => {
  test(`the vectors file is present: ${vectorsPath}`, () => {
    expect(loadError).toBeUndefined();
    expect(rows.length).toBeGreaterThan(0);
  });

  test('every row is of a kind this suite checks', () => {
    expect(rows.map((row) => row.kind).filter((kind) => !KINDS.includes(kind))).toEqual([]);
  });

  for (const [index, row] of rows.entries()) {
    test(`#${index + 1} ${label(row)}`, () => check(row));
  }
});
