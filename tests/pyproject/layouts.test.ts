/**
 * Every fixture layout (tests/fixtures/layouts.ts) read from a real directory: the packages, their
 * versions and every version location with file, line and the exact text. For each location the span
 * [start, end) of the real file must be exactly the version text: that is what makes a rewrite safe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { checkConsistency } from '@otai-release/core/consistency';
import { readRepository } from '@otai-release/core/pyproject';
import { cleanup, layouts, materialize } from '../fixtures/layouts.js';

afterAll(cleanup);

// The 1-based line number of an offset, counted independently of the code under test.
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe.each(Object.entries(layouts))('layout %s', (_name, layout) => {
  const dir = materialize(layout.files);
  const read = () => readRepository(dir);

  test('the fixture itself: each expected line holds the expected text', () => {
    for (const pkg of layout.expected.packages) {
      for (const l of pkg.locations) {
        const lines = layout.files[l.file].split(/\r?\n/);
        expect(lines[l.line - 1]).toContain(l.raw);
      }
    }
  });

  test('finds exactly the expected packages, in release order', () => {
    expect(read().packages.map((p) => p.name)).toEqual(layout.expected.packages.map((p) => p.name));
  });

  test('every version location: file, line and text; the build source first', () => {
    const repo = read();
    for (const [i, want] of layout.expected.packages.entries()) {
      const pkg = repo.packages[i];
      const strip = (l: { file: string; line: number; raw: string }) => ({
        file: l.file,
        line: l.line,
        raw: l.raw,
      });
      const key = (l: { file: string; line: number }) => `${l.file}:${l.line}`;
      const sorted = <T extends { file: string; line: number }>(ls: T[]) =>
        [...ls].sort((a, b) => (key(a) < key(b) ? -1 : 1));
      expect(sorted(pkg.locations.map(strip))).toEqual(sorted(want.locations.map(strip)));
      for (const w of want.locations) {
        if (w.kind) expect(pkg.locations.find((l) => key(l) === key(w))?.kind).toBe(w.kind);
      }
      if (want.locations.length > 0) {
        expect(pkg.locations[0]).toMatchObject({
          file: want.locations[0].file,
          line: want.locations[0].line,
          source: true,
        });
        expect(pkg.locations.slice(1).every((l) => !l.source)).toBe(true);
      }
      if (want.path) expect(pkg.path).toBe(want.path);
      if (want.manifest) expect(pkg.manifest).toBe(want.manifest);
      if (want.tagFormat) expect(pkg.tagFormat).toBe(want.tagFormat);
    }
  });

  test('each location span is exactly the version text in the real file', () => {
    for (const pkg of read().packages) {
      for (const l of pkg.locations) {
        const text = readFileSync(join(dir, l.file), 'utf8');
        expect(text.slice(l.start, l.end)).toBe(l.raw);
        expect(lineOf(text, l.start)).toBe(l.line);
        const lineStart = text.lastIndexOf('\n', l.start - 1) + 1;
        expect(l.column).toBe(l.start - lineStart + 1);
      }
    }
  });

  test('tag-derived packages have no version text and name the tool', () => {
    const repo = read();
    for (const [i, want] of layout.expected.packages.entries()) {
      const pkg = repo.packages[i];
      if (want.fromTag) {
        expect(pkg.locations).toEqual([]);
        expect(pkg.tagDerived?.tool).toBeTruthy();
        expect(pkg.tagDerived?.file).toBe(pkg.manifest);
      } else {
        expect(pkg.tagDerived).toBeUndefined();
      }
    }
  });

  test('internal pins: the requirement and the exact span of its specifier', () => {
    const repo = read();
    for (const [i, want] of layout.expected.packages.entries()) {
      const pins = repo.packages[i].pins;
      expect(
        pins.map((p) => ({
          file: p.file,
          line: p.line,
          raw: p.raw,
          specifier: p.specifier,
        })),
      ).toEqual(want.pins ?? []);
      for (const p of pins) {
        expect(readFileSync(join(dir, p.file), 'utf8').slice(p.start, p.end)).toBe(p.specifier);
      }
    }
  });

  test('the versions agree: the check reports the expected version and no error', () => {
    const result = checkConsistency(read());
    expect(result.packages.map((p) => p.version)).toEqual(layout.expected.packages.map((p) => p.version));
    expect(result.findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  if (layout.expected.skipped) {
    test('skipped manifests and directories are reported with the reason', () => {
      const repo = read();
      const names = repo.packages.map((p) => p.name);
      const skipped = repo.skipped.map((s) => ({
        path: 'file' in s ? s.file : s.path,
        reason: s.reason,
      }));
      for (const want of layout.expected.skipped ?? []) {
        const entry = skipped.find((s) => s.path === want.path);
        expect(entry).toBeDefined();
        expect(entry?.reason).toMatch(want.reason);
      }
      expect(skipped.map((s) => s.path).sort()).toEqual(
        (layout.expected.skipped ?? []).map((s) => s.path).sort(),
      );
      expect(names).toEqual(layout.expected.packages.map((p) => p.name));
    });
  }
});

describe('discovery skip cases', () => {
  const repo = readRepository(materialize(layouts['discovery-skips'].files));
  test.each([
    'editable-dep',
    'vendored',
    'pyodide-shim',
    'x',
    '{{ cookiecutter.name }}',
    '{{ cookiecutter.project_slug }}',
    'real-app-benchmarks',
  ])('%s is not a package of the repository', (name) => {
    expect(repo.packages.map((p) => p.name)).not.toContain(name);
  });

  test('a uv workspace root without a build system is not released, and says why', () => {
    const ws = readRepository(materialize(layouts['uv-virtual-workspace'].files));
    expect(ws.packages.map((p) => p.name)).not.toContain('acme-workspace');
    expect(ws.skipped).toContainEqual({
      file: 'pyproject.toml',
      reason: 'workspace root without [build-system] (a virtual project)',
    });
  });

  test('the OpenTelemetry root with version "0.0.0" is not released', () => {
    const otel = readRepository(materialize(layouts['otel-workspace'].files));
    expect(otel.packages.map((p) => p.name)).not.toContain('opentelemetry-python');
    expect(otel.skipped).toContainEqual({
      file: 'pyproject.toml',
      reason: 'workspace root with placeholder version "0.0.0"',
    });
  });

  test('a package listed explicitly is read even inside a skipped directory', () => {
    const files = {
      ...layouts['discovery-skips'].files,
      'otai-release.toml': 'packages = [".", "tests/fixtures/x"]\n',
    };
    const explicit = readRepository(materialize(files));
    expect(explicit.packages.map((p) => p.name)).toEqual(['real-app', 'x']);
  });
});
