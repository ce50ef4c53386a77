/**
 * The unified diff of a dry run: the exact text for a small case, and for random edits a diff that
 * GNU patch applies to give the new text back (CRLF lines and missing final newlines included).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { diffLines, unifiedDiff } from '@otai-release/core/versioning';
import { tempDir } from '../support/temp-dir.js';

const lines = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `line ${i + from}\n`).join('');

describe('unifiedDiff', () => {
  test('equal texts give no diff', () => {
    expect(unifiedDiff('a.txt', 'x\n', 'x\n')).toBe('');
  });

  test('one changed line with three lines of context', () => {
    const before = lines(10);
    const after = before.replace('line 5\n', 'line five\n');
    expect(unifiedDiff('dir/a.txt', before, after)).toBe(
      [
        '--- a/dir/a.txt',
        '+++ b/dir/a.txt',
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
  });

  test('changes far apart get separate hunks; close ones share one', () => {
    const before = lines(30);
    const far = before.replace('line 2\n', 'two\n').replace('line 20\n', 'twenty\n');
    expect(unifiedDiff('a', before, far).match(/^@@ .* @@$/gm)).toEqual([
      '@@ -1,5 +1,5 @@',
      '@@ -17,7 +17,7 @@',
    ]);
    const close = before.replace('line 2\n', 'two\n').replace('line 9\n', 'nine\n');
    expect(unifiedDiff('a', before, close).match(/^@@ .* @@$/gm)).toEqual(['@@ -1,12 +1,12 @@']);
  });

  test('a missing final newline is marked', () => {
    expect(unifiedDiff('VERSION', '1.0.0', '1.0.1')).toBe(
      '--- a/VERSION\n+++ b/VERSION\n@@ -1,1 +1,1 @@\n-1.0.0\n\\ No newline at end of file\n+1.0.1\n\\ No newline at end of file\n',
    );
  });

  test('inserted lines', () => {
    expect(diffLines('a\nc\n', 'a\nb\nc\n').map((op) => `${op.kind}${op.line}`)).toEqual([
      ' a\n',
      '+b\n',
      ' c\n',
    ]);
  });

  test('GNU patch applies the diff of random edits (CRLF and missing final newline included)', () => {
    const dir = tempDir('diff');
    const line = fc.constantFrom('a', 'b', 'c', 'version = "1.0"', '', 'x\r');
    const text = fc
      .tuple(fc.array(line, { maxLength: 25 }), fc.boolean())
      .map(([ls, end]) => ls.join('\n') + (end && ls.length ? '\n' : ''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = unifiedDiff('f.txt', before, after);
        if (before === after) return diff === '';
        writeFileSync(join(dir, 'f.txt'), before);
        writeFileSync(join(dir, 'f.patch'), diff);
        execFileSync('patch', ['-s', '-p1', '--binary', '-i', 'f.patch'], { cwd: dir });
        expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toBe(after);
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
