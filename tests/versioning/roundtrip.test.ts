/**
 * On every fixture layout: setting a version changes only the bytes of the version strings (and of
 * exact pins), and afterwards the check validate-versions runs passes with that version and its tag.
 * The expected texts are built from the spans read before the change, independently of the planner.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { checkConsistency } from '@otai-release/core/consistency';
import { ConfigurationError } from '@otai-release/core/errors';
import {
  bumpVersion,
  compareVersions,
  formatVersion,
  parseVersion,
  specifierSetContains,
  type Version,
} from '@otai-release/core/pep440';
import { type Repository, readRepository } from '@otai-release/core/pyproject';
import { applyEdits, planVersionChange } from '@otai-release/core/versioning';
import { cleanup, layouts, materialize } from '../fixtures/layouts.js';

afterAll(cleanup);

type Span = { file: string; start: number; end: number; text: (next: string) => string };

// The spans a change of `packages` must rewrite, read before the change: every version location, and
// the version text of every `==` pin on one of them (range pins are chosen below so they admit it).
function expectedSpans(repo: Repository, changed: Set<string>): Span[] {
  const spans: Span[] = [];
  for (const pkg of repo.packages) {
    if (changed.has(pkg.name)) {
      for (const l of [...pkg.locations, ...(repo.policy === 'lockstep' ? repo.versionFiles : [])]) {
        const text = l.kind === 'cargo' ? semverOf : (next: string) => next;
        spans.push({ file: l.file, start: l.start, end: l.end, text });
      }
    }
    for (const pin of pkg.pins) {
      const m = /^==(\s*)(\S+)$/.exec(pin.specifier);
      if (!m || !repo.packages.some((p) => changed.has(p.name) && p.name === pin.name)) continue;
      const start = pin.start + 2 + m[1].length;
      spans.push({ file: pin.file, start, end: start + m[2].length, text: (next) => next });
    }
  }
  return spans;
}

// Cargo.toml holds SemVer, in the spelling maturin reads back as the same PEP 440 version.
function semverOf(next: string): string {
  const v = parseVersion(next);
  const release = v.release.join('.');
  const names = { a: 'alpha', b: 'beta', rc: 'rc' };
  const pre = [
    ...(v.pre ? [`${names[v.pre[0]]}.${v.pre[1]}`] : []),
    ...(v.post === undefined ? [] : [`post.${v.post}`]),
    ...(v.dev === undefined ? [] : [`dev.${v.dev}`]),
  ];
  return pre.length ? `${release}-${pre.join('.')}` : release;
}

function expectedText(original: string, spans: Span[], next: string): string {
  let out = original;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, s.start) + s.text(next) + out.slice(s.end);
  }
  return out;
}

function changedNames(repo: Repository, pkg?: string): Set<string> {
  return new Set(
    repo.policy === 'lockstep' ? repo.packages.map((p) => p.name) : [pkg ?? repo.packages[0].name],
  );
}

const withFiles = Object.entries(layouts).filter(([, l]) =>
  l.expected.packages.some((p) => p.locations.length > 0),
);

describe.each(withFiles)('layout %s: only the version bytes change', (_name, layout) => {
  const dir = materialize(layout.files);
  const read = () => readRepository(dir);
  const pkg = layout.expected.packages[0].name;

  test.each(['patch', 'rc'])('set-version %s', (spec) => {
    const repo = read();
    const changed = changedNames(repo, pkg);
    const current = repo.packages.find((p) => changed.has(p.name) && p.locations.length)!;
    const next = bumpVersion(formatVersion(parseVersion(current.locations[0].raw)), spec as 'patch' | 'rc');
    const spans = expectedSpans(repo, changed);
    const originals = Object.fromEntries(
      Object.keys(layout.files).map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    );
    const plan = planVersionChange(repo, spec, { package: repo.policy === 'independent' ? pkg : undefined });
    expect(plan.next).toBe(next);
    const applied = applyEdits(dir, plan.edits);
    try {
      for (const file of Object.keys(layout.files)) {
        const mine = spans.filter((s) => s.file === file);
        expect([file, readFileSync(join(dir, file), 'utf8')]).toEqual([
          file,
          expectedText(originals[file], mine, next),
        ]);
      }
      // CRLF files keep exactly their line endings.
      for (const file of Object.keys(layout.files)) {
        const count = (t: string) => t.split('\r\n').length;
        expect(count(readFileSync(join(dir, file), 'utf8'))).toBe(count(originals[file]));
      }
      const after = read();
      const result = checkConsistency(after, { tag: plan.tag });
      expect(result.findings.filter((f) => f.level === 'error')).toEqual([]);
      expect(result.version).toBe(next);
    } finally {
      applied.restore();
    }
    for (const file of Object.keys(layout.files))
      expect(readFileSync(join(dir, file), 'utf8')).toBe(originals[file]);
  });
});

test('the CRLF layout is among them and really is CRLF', () => {
  expect(withFiles.map(([n]) => n)).toContain('project-version-crlf');
  expect(layouts['project-version-crlf'].files['pyproject.toml']).toContain(
    "version =   '0.9.2'   # bumped by CI\r\n",
  );
});

// Versions above `current`, in normal or SemVer-like spelling: mostly near it (so that range pins
// such as `>=1.4.0,<2` admit many of them), sometimes anywhere.
function versionsAbove(current: string) {
  const base = parseVersion(current).release;
  const segment = (i: number) =>
    fc.oneof(
      { arbitrary: fc.constant(base[i] ?? 0), weight: 3 },
      { arbitrary: fc.constant((base[i] ?? 0) + 1), weight: 2 },
      { arbitrary: fc.nat({ max: 12 }), weight: 1 },
    );
  const release = fc
    .integer({ min: 1, max: 4 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => segment(i))));
  const rare = <T>(arb: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: arb, weight: 1 });
  const spelled = fc
    .record({
      release,
      pre: fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc'), fc.nat({ max: 5 })), { nil: undefined }),
      post: rare(fc.nat({ max: 3 })),
      dev: rare(fc.nat({ max: 3 })),
      semver: fc.boolean(),
    })
    .map(({ semver, ...parts }) => {
      const v = { epoch: 0, ...parts } as Version;
      const normal = formatVersion(v);
      const text =
        semver && v.pre && v.post === undefined && v.dev === undefined
          ? `${v.release.join('.')}-${{ a: 'alpha', b: 'beta', rc: 'rc' }[v.pre[0]]}.${v.pre[1]}`
          : normal;
      return { text, normal };
    });
  return spelled.filter(({ normal }) => compareVersions(normal, current) > 0);
}

describe.each(Object.entries(layouts))('layout %s: round trip over generated versions', (_name, layout) => {
  const dir = materialize(layout.files);
  const names = layout.expected.packages.map((p) => p.name);

  test('after version X, the check passes with X and every location reads X', () => {
    const start = readRepository(dir);
    const originals = Object.fromEntries(
      Object.keys(layout.files).map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    );
    const independent = start.policy === 'independent';
    const pkgArb = independent ? fc.constantFrom(...names) : fc.constant(undefined);
    const current = (name: string | undefined) => {
      const p = start.packages.find((x) => x.name === (name ?? names[0]))!;
      const l = [
        ...start.packages.filter((x) => (independent ? x === p : true)).flatMap((x) => x.locations),
      ][0];
      return l ? formatVersion(parseVersion(l.raw)) : '0';
    };
    const arb = pkgArb.chain((name) => versionsAbove(current(name)).map((v) => ({ name, ...v })));
    fc.assert(
      fc.property(arb, ({ name, text, normal }) => {
        const repo = readRepository(dir);
        let plan;
        try {
          plan = planVersionChange(repo, text, { package: name });
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
          // Cargo's SemVer has exactly three release numbers: maturin packages refuse others.
          if (/Cargo versions are SemVer/.test((error as Error).message)) {
            expect(parseVersion(normal).release.length).not.toBe(3);
            expect(repo.packages.some((p) => p.locations.some((l) => l.kind === 'cargo'))).toBe(true);
            return;
          }
          // The one other refusal a valid higher version may meet: a pin's upper bound that excludes it.
          expect((error as Error).message).toMatch(/set-version does not move; raise the upper bound/);
          const excluded = repo.packages.some((p) =>
            p.pins.some((pin) => !specifierSetContains(pin.specifier, normal)),
          );
          expect(excluded).toBe(true);
          return;
        }
        expect(plan.next).toBe(normal);
        const applied = applyEdits(dir, plan.edits);
        try {
          const after = readRepository(dir);
          const result = checkConsistency(after, { tag: plan.tag });
          expect(result.findings.filter((f) => f.level === 'error')).toEqual([]);
          for (const p of after.packages.filter((x) => plan.packages.some((c) => c.name === x.name))) {
            for (const l of p.locations) {
              if (l.kind === 'cargo') expect(formatVersion(parseVersion(l.raw))).toBe(normal);
              else expect(l.raw.replace(/^v/i, '')).toBe(normal);
            }
          }
          if (!independent) for (const l of after.versionFiles) expect(l.raw).toBe(normal);
        } finally {
          applied.restore();
        }
      }),
      { numRuns: 60 },
    );
    for (const file of Object.keys(layout.files))
      expect(readFileSync(join(dir, file), 'utf8')).toBe(originals[file]);
  });
});
