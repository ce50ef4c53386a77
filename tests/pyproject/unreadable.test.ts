/**
 * One package whose version cannot be read statically must not abort the repository: it is one error
 * at the place to fix, the other packages are still checked, and `version` refuses rather than leave
 * it behind. maturin versions live in Cargo.toml and are rewritten there as SemVer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { validateRelease } from '@otai-release/core/consistency';
import { ConfigurationError } from '@otai-release/core/errors';
import { HttpClient } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import { explainDiscovery, readRepository } from '@otai-release/core/pyproject';
import { planVersionChange, setVersion } from '@otai-release/core/versioning';
import { layouts, lf, materialize } from '../fixtures/layouts.js';

const HATCHLING = ['[build-system]', 'requires = ["hatchling"]', 'build-backend = "hatchling.build"'];

const mixed = {
  'pyproject.toml': lf(...HATCHLING, '', '[project]', 'name = "acme"', 'version = "1.2.0"'),
  'native/pyproject.toml': lf(
    '[build-system]',
    'requires = ["scikit-build-core"]',
    'build-backend = "scikit_build_core.build"',
    '',
    '[project]',
    'name = "acme-native"',
    'dynamic = ["version"]',
  ),
};

describe('a backend whose version cannot be read', () => {
  test('is one error for that package; the other package is still read', () => {
    const repo = readRepository(materialize(mixed));
    expect(repo.packages.map((p) => p.name)).toEqual(['acme']);
    expect(repo.unreadable).toHaveLength(1);
    const [u] = repo.unreadable;
    expect(u.path).toBe('native');
    expect(u.error.message).toMatch(/acme-native: the build backend 'scikit_build_core\.build'/);
    expect(u.error.message).toMatch(/declare it statically as \[project\] version/);
    expect(u.error.message).toMatch(/exclude/);
    expect({ file: u.error.file, line: u.error.line }).toEqual({ file: 'native/pyproject.toml', line: 3 });
  });

  test('check reports it as an error beside the other package, which is still checked', async () => {
    const logger = new MemoryLogger();
    const result = await validateRelease(
      { path: materialize(mixed), index: 'none', indexCheck: 'off', allowExisting: false },
      { logger, http: new HttpClient({ userAgent: 'test' }) },
    );
    expect(result.ok).toBe(false);
    expect(result.packages.map((p) => [p.name, p.version])).toEqual([['acme', '1.2.0']]);
    const errors = result.findings.filter((f) => f.level === 'error');
    expect(errors.map((f) => [f.code, f.file, f.line])).toEqual([
      ['unreadable-version', 'native/pyproject.toml', 3],
    ]);
  });

  test('version refuses in lockstep, naming the package, and writes nothing', async () => {
    const dir = materialize(mixed);
    const run = setVersion(
      { path: dir, spec: 'patch', commit: false, tag: false, push: false, dryRun: false, force: false },
      { logger: new MemoryLogger(), clock: () => new Date(), git: () => Promise.reject(new Error('no git')) },
    );
    await expect(run).rejects.toBeInstanceOf(ConfigurationError);
    await expect(run).rejects.toThrow(/The version of acme-native cannot be read, so it cannot be set/);
    expect(readFileSync(join(dir, 'pyproject.toml'), 'utf8')).toContain('version = "1.2.0"');
  });

  test('with the independent policy, only a change of that package is refused', async () => {
    const files = {
      ...mixed,
      'otai-release.toml': 'policy = "independent"\ntag-format = "{name}-v{version}"\n',
    };
    const set = (pkg: string) =>
      setVersion(
        {
          path: materialize(files),
          spec: 'patch',
          package: pkg,
          commit: false,
          tag: false,
          push: false,
          dryRun: true,
          force: false,
        },
        {
          logger: new MemoryLogger(),
          clock: () => new Date(),
          git: () => Promise.reject(new Error('no git')),
        },
      );
    await expect(set('acme-native')).rejects.toThrow(/The version of acme-native cannot be read/);
    expect((await set('acme')).plan.next).toBe('1.2.1');
  });

  test('with nothing else to check, the error itself is the answer', () => {
    expect(() => readRepository(materialize({ 'pyproject.toml': mixed['native/pyproject.toml'] }))).toThrow(
      /scikit_build_core\.build/,
    );
  });
});

describe('maturin: the version in Cargo.toml is rewritten as SemVer', () => {
  test('an rc bump writes 2.41.6-rc.1, which maturin reads as 2.41.6rc1', () => {
    const plan = planVersionChange(readRepository(materialize(layouts['maturin-cargo'].files)), 'rc');
    expect(plan.next).toBe('2.41.6rc1');
    expect(plan.edits.map((e) => e.file)).toEqual(['Cargo.lock', 'Cargo.toml']);
    const [lock, edit] = plan.edits;
    expect(edit.updated).toContain('version = "2.41.6-rc.1"');
    // The dependency's version on the line below is not touched.
    expect(edit.updated).toContain('pyo3 = { version = "0.26"');
    // Nor is any other crate's entry in the lock.
    expect(lock.updated).toContain('name = "pydantic-core"\nversion = "2.41.6-rc.1"\n');
    expect(lock.updated).toContain('name = "pyo3"\nversion = "0.26.0"\n');
  });

  test('the workspace version goes from 0.8.0-rc.2 to 0.8.0 on release', () => {
    const plan = planVersionChange(
      readRepository(materialize(layouts['maturin-cargo-workspace'].files)),
      'release',
    );
    expect(plan.edits.map((e) => e.file)).toEqual(['Cargo.lock', 'Cargo.toml']);
    expect(plan.edits[1].updated).toContain('[workspace.package]\nversion = "0.8.0"\n');
    // Both inheriting members' lock entries follow; the member with its own version does not.
    expect(plan.edits[0].replacements.map((r) => r.line)).toEqual([5, 13]);
  });

  test('a static version and the crate version are bumped together', () => {
    const plan = planVersionChange(readRepository(materialize(layouts['maturin-static'].files)), 'patch');
    expect(plan.edits.map((e) => e.file)).toEqual(['Cargo.lock', 'crates/uv/Cargo.toml', 'pyproject.toml']);
  });

  test('a version SemVer cannot hold is refused, with the version to choose', () => {
    const repo = readRepository(materialize(layouts['maturin-cargo'].files));
    expect(() => planVersionChange(repo, '2.41.6.1')).toThrow(/Cargo versions are SemVer/);
    expect(() => planVersionChange(repo, '3')).toThrow(/choose a version such as "3\.0\.0"/);
  });
});

describe('discovery says why', () => {
  test('a package below tests/ is taken because the workspace lists it', () => {
    const repo = readRepository(materialize(layouts['evidence-tests-workspace-member'].files));
    const utils = repo.packages.find((p) => p.name === 'acme-test-utils');
    expect(utils?.evidence).toBe("below 'tests/', but listed by the uv workspace of pyproject.toml");
    const lines = explainDiscovery(repo);
    expect(lines).toContain(
      "package tests/acme-test-utils/pyproject.toml (acme-test-utils): below 'tests/', but listed by the uv workspace of pyproject.toml",
    );
    expect(lines.filter((l) => l.startsWith('skip'))).toHaveLength(5);
  });

  test("the examples' own evidence is summed up in their folder's line (flask's Private :: classifiers)", () => {
    const repo = readRepository(
      materialize({
        'pyproject.toml': lf(...HATCHLING, '', '[project]', 'name = "flask"', 'version = "3.2.0"'),
        'examples/tutorial/pyproject.toml': lf(
          ...HATCHLING,
          '',
          '[project]',
          'name = "flaskr"',
          'version = "1.0.0"',
          'classifiers = ["Private :: Do Not Upload"]',
        ),
        'examples/celery/pyproject.toml': lf(
          ...HATCHLING,
          '',
          '[project]',
          'name = "celery-demo"',
          'version = "1.0.0"',
        ),
      }),
    );
    expect(repo.packages.map((p) => p.name)).toEqual(['flask']);
    expect(repo.skipped).toEqual([
      {
        path: 'examples',
        reason:
          '\'examples\' directories hold tests, examples, docs or templates, not releases: 2 project(s) below it, none listed by a workspace or required by a released package (1 with classifier "Private :: Do Not Upload")',
      },
    ]);
  });

  test('a hatch environment workspace (with its exclude) is evidence too', () => {
    const repo = readRepository(
      materialize({
        'pyproject.toml': lf(
          ...HATCHLING,
          '',
          '[project]',
          'name = "acme"',
          'version = "1.0.0"',
          '',
          '[tool.hatch.envs.default]',
          'workspace.members = [{ path = "tests/acme-testing" }, "tests/*"]',
          'workspace.exclude = ["tests/acme-scratch"]',
        ),
        'tests/acme-testing/pyproject.toml': lf(
          ...HATCHLING,
          '',
          '[project]',
          'name = "acme-testing"',
          'version = "1.0.0"',
        ),
        'tests/acme-scratch/pyproject.toml': lf(
          ...HATCHLING,
          '',
          '[project]',
          'name = "acme-scratch"',
          'version = "0.1.0"',
        ),
      }),
    );
    expect(repo.packages.map((p) => [p.name, p.evidence])).toEqual([
      ['acme', 'a [project] name and [build-system] hatchling.build'],
      ['acme-testing', "below 'tests/', but listed by the hatch workspace of pyproject.toml"],
    ]);
  });

  test('a package below examples/ is taken because a released package requires it', () => {
    const repo = readRepository(materialize(layouts['evidence-required-example'].files));
    expect(repo.packages[1].evidence).toBe("below 'examples/', but required by acme, a released package");
  });
});
