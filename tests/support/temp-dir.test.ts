/**
 * tempDir: what a test makes is gone when it ends; what is made before the tests (beforeAll) stays for
 * all of them. The tests depend on their order, which jest keeps within a file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { tempDir } from './temp-dir.js';

let shared = '';
let fromTest = '';

beforeAll(() => {
  shared = tempDir('shared');
});

describe('tempDir', () => {
  test('makes a directory named otai-<name>-XXXXXX', () => {
    fromTest = tempDir('probe');
    writeFileSync(join(fromTest, 'f.txt'), 'x');
    expect(basename(fromTest)).toMatch(/^otai-probe-[A-Za-z0-9]{6}$/);
    expect(existsSync(shared)).toBe(true);
  });

  test('a directory made in the previous test is gone; one made in beforeAll is still there', () => {
    expect(fromTest).not.toBe('');
    expect(existsSync(fromTest)).toBe(false);
    expect(existsSync(shared)).toBe(true);
  });
});
