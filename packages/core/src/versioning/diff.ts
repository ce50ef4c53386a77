/**
 * Unified diffs (`diff -u` / `git diff` format, three lines of context) of a plan, for dry runs. Lines
 * are compared with their line endings, so a CRLF file shows CRLF lines and a missing final newline is
 * marked as git marks it. The line diff is Myers' O((N+M)D) algorithm; plans change few lines, so D is small.
 */
import type { FileEdit } from './types.js';

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

// Myers' greedy shortest edit script, with the trace kept to walk back from (N, M).
function shortestEdit(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]);
      let x = down ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const t = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && t[max + k - 1] < t[max + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = t[max + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x] });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[--y] });
      else ops.push({ kind: '-', line: a[--x] });
    }
  }
  return ops.reverse();
}

/** The line operations turning `a` into `b`: kept (' '), removed ('-') and added ('+') lines. */
export function diffLines(a: string, b: string): Op[] {
  const left = splitLines(a);
  const right = splitLines(b);
  // Trimming the common head and tail keeps Myers' work proportional to the changed region.
  let head = 0;
  while (head < left.length && head < right.length && left[head] === right[head]) head++;
  let tail = 0;
  while (
    tail < left.length - head &&
    tail < right.length - head &&
    left[left.length - 1 - tail] === right[right.length - 1 - tail]
  )
    tail++;
  const keep = (lines: string[]) => lines.map((line): Op => ({ kind: ' ', line }));
  return [
    ...keep(left.slice(0, head)),
    ...shortestEdit(left.slice(head, left.length - tail), right.slice(head, right.length - tail)),
    ...keep(left.slice(left.length - tail)),
  ];
}

function printLine(op: Op): string {
  return op.line.endsWith('\n')
    ? `${op.kind}${op.line}`
    : `${op.kind}${op.line}\n\\ No newline at end of file\n`;
}

/** A unified diff of `before` → `after` for `file` (repo-relative), '' when they are equal. */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(before, after);
  const changed = ops.map((op, i) => (op.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  let out = `--- a/${file}\n+++ b/${file}\n`;
  let i = 0;
  while (i < changed.length) {
    // Changes at most 2 × context unchanged lines apart share a hunk, as in diff -u.
    let last = i;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * context + 1) last++;
    const from = Math.max(0, changed[i] - context);
    const to = Math.min(ops.length, changed[last] + context + 1);
    let oldLine = 1;
    let newLine = 1;
    for (const op of ops.slice(0, from)) {
      if (op.kind !== '+') oldLine++;
      if (op.kind !== '-') newLine++;
    }
    const hunk = ops.slice(from, to);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    // An empty side is numbered by the line before it, as diff -u does.
    out += `@@ -${oldCount ? oldLine : oldLine - 1},${oldCount} +${newCount ? newLine : newLine - 1},${newCount} @@\n`;
    out += hunk.map(printLine).join('');
    i = last + 1;
  }
  return out;
}

/** The unified diff of every file a plan changes, in plan order. */
export function planDiff(edits: readonly FileEdit[]): string {
  return edits.map((e) => unifiedDiff(e.file, e.original, e.updated)).join('');
}
