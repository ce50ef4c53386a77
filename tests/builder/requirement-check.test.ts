/**
 * The requirement check's rules on a described environment (the real interpreters are in
 * failures.test.ts and tag-plugins.test.ts): recursion through installed requirements with their
 * markers and extras, versions, cycles, and the one accepted gap, hatchling's `editables`.
 */
import { describe, expect, test } from '@jest/globals';
import type { BuildRequires } from '@otai-release/core/builder';
import type { InstalledDistribution, PythonEnvironment } from '@otai-release/core/builder';
import { checkRequirements, installCommand } from '@otai-release/core/builder';
import { canonicalizeName } from '@otai-release/core/names';

function environment(installed: Record<string, [string, string[]]>, hasPip = true): PythonEnvironment {
  const dists = new Map<string, InstalledDistribution>(
    Object.entries(installed).map(([name, [version, requires]]) => [
      canonicalizeName(name),
      { name, version, requires },
    ]),
  );
  return {
    executable: '/venv/bin/python',
    hasPip,
    markers: {
      python_version: '3.11',
      python_full_version: '3.11.2',
      sys_platform: 'linux',
      os_name: 'posix',
    },
    distribution: (name) => dists.get(canonicalizeName(name)),
  };
}

function declared(...texts: string[]): BuildRequires {
  return {
    file: 'pyproject.toml',
    defaulted: false,
    requires: texts.map((text, i) => ({ text, file: 'pyproject.toml', line: 3 + i })),
  };
}

const summary = (result: ReturnType<typeof checkRequirements>) => ({
  unmet: result.unmet.map((u) => [u.chain.join(' → '), u.installed ?? 'missing', u.declared.line]),
  accepted: result.accepted.map((u) => u.chain.join(' → ')),
  invalid: result.invalid.map((i) => i.declared.text),
});

describe('checkRequirements', () => {
  test("an installed requirement's own requirements count, with the chain that leads to a missing one", () => {
    const env = environment({
      'hatch-vcs': ['0.4.0', ['hatchling>=1.1.0', 'setuptools-scm>=8.2.0']],
      hatchling: ['1.27.0', ['packaging>=24.2', 'tomli>=1.2.2; python_version < "3.11"']],
      packaging: ['24.1', []],
    });
    expect(summary(checkRequirements(declared('hatchling', 'hatch-vcs'), env))).toEqual({
      unmet: [
        ['hatchling → packaging>=24.2', '24.1', 3],
        ['hatch-vcs → hatchling>=1.1.0 → packaging>=24.2', '24.1', 4],
        ['hatch-vcs → setuptools-scm>=8.2.0', 'missing', 4],
      ],
      accepted: [],
      invalid: [],
    });
  });

  test('markers decide, with the extras of the requirement that pulled a distribution in', () => {
    const env = environment({
      httpx: ['0.27.0', ['h2<5,>=3; extra == "http2"', 'anyio']],
      anyio: ['4.0', []],
    });
    expect(summary(checkRequirements(declared('httpx'), env)).unmet).toEqual([]);
    expect(summary(checkRequirements(declared('httpx[HTTP2]'), env)).unmet).toEqual([
      ['httpx[HTTP2] → h2<5,>=3; extra == "http2"', 'missing', 3],
    ]);
    expect(summary(checkRequirements(declared('tomli; python_version < "3.11"'), env)).unmet).toEqual([]);
  });

  test('pre-releases satisfy a specifier (as in pypa/build), cycles end, and an invalid string is reported', () => {
    const env = environment({
      setuptools: ['80.0.0rc1', []],
      a: ['1.0', ['b']],
      b: ['1.0', ['a', 'c']],
    });
    expect(summary(checkRequirements(declared('setuptools>=61', 'a', 'bad spec!!'), env))).toEqual({
      unmet: [['a → b → c', 'missing', 4]],
      accepted: [],
      invalid: ['bad spec!!'],
    });
  });

  test('only a missing `editables` that hatchling requires is accepted; every other gap is not', () => {
    const debian = environment({
      hatchling: ['1.12.2', ['editables>=0.3', 'packaging>=21.3']],
      'hatch-vcs': ['0.3.0', ['hatchling>=1.1.0']],
      'some-plugin': ['1.0', ['editables']],
      packaging: ['23.0', []],
    });
    expect(summary(checkRequirements(declared('hatchling', 'hatch-vcs'), debian))).toEqual({
      unmet: [],
      accepted: ['hatchling → editables>=0.3', 'hatch-vcs → hatchling>=1.1.0 → editables>=0.3'],
      invalid: [],
    });
    expect(summary(checkRequirements(declared('editables', 'some-plugin'), debian)).unmet).toEqual([
      ['editables', 'missing', 3],
      ['some-plugin → editables', 'missing', 4],
    ]);
    const tooOld = environment({ hatchling: ['1.12.2', ['editables>=0.3']], editables: ['0.2', []] });
    expect(summary(checkRequirements(declared('hatchling'), tooOld)).unmet).toEqual([
      ['hatchling → editables>=0.3', '0.2', 3],
    ]);
  });
});

describe('installCommand', () => {
  test("pip in the interpreter when it has pip, else uv's pip; arguments quoted for a POSIX shell", () => {
    expect(installCommand(environment({}), 'pip', ['setuptools-scm>=8', 'hatchling'])).toBe(
      "/venv/bin/python -m pip install 'setuptools-scm>=8' hatchling",
    );
    expect(installCommand(environment({}, false), 'pip', ['x<2'])).toBe(
      "uv pip install --python /venv/bin/python 'x<2'",
    );
    expect(installCommand(environment({}), 'uv', ['x'])).toBe('uv pip install --python /venv/bin/python x');
  });
});
