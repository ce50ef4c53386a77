/**
 * PEP 508 marker evaluation against packaging itself (Debian's python3-packaging, the library
 * pypa/build's own check uses): the same markers in the same environments must give the same answers.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from '@jest/globals';
import { parseRequirement } from '@otai-release/core/pep508';
import { evaluateMarker, type MarkerEnvironment } from '@otai-release/core/builder';

const LINUX: MarkerEnvironment = {
  implementation_name: 'cpython',
  implementation_version: '3.11.2',
  os_name: 'posix',
  platform_machine: 'x86_64',
  platform_release: '6.1.0-18-amd64',
  platform_system: 'Linux',
  platform_version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)',
  python_full_version: '3.11.2',
  platform_python_implementation: 'CPython',
  python_version: '3.11',
  sys_platform: 'linux',
};
const OLD_WINDOWS: MarkerEnvironment = {
  ...LINUX,
  os_name: 'nt',
  sys_platform: 'win32',
  platform_system: 'Windows',
  platform_machine: 'AMD64',
  python_version: '3.8',
  python_full_version: '3.8.0rc1',
  implementation_name: 'pypy',
  platform_python_implementation: 'PyPy',
};

const MARKERS = [
  'python_version < "3.11"',
  'python_version >= "3.9"',
  // As versions 3.11 > 3.8, as strings it is smaller: packaging compares versions.
  'python_version > "3.8"',
  '"3.8" < python_version',
  'python_version == "3.11.*"',
  'python_version != "3.8"',
  'python_version ~= "3.8"',
  'python_full_version >= "3.8.0"',
  'python_full_version < "3.8"',
  'python_full_version === "3.11.2"',
  'sys_platform == "linux"',
  'sys_platform != "win32"',
  '"linux" in sys_platform',
  '"win" not in sys_platform',
  'os_name == "nt" or python_version < "3"',
  'os_name == "posix" and (platform_machine == "x86_64" or platform_machine == "aarch64")',
  'os_name == "nt" and platform_machine == "AMD64" or implementation_name == "pypy"',
  'platform_python_implementation != "PyPy" and python_version >= "3.8"',
  'platform_system < "M"',
  'extra == "tls"',
  'extra == "Foo_Bar.baz"',
  'extra != "tls" and python_version >= "3"',
  'python_version < "3.11" or extra == "all"',
];
const EXTRAS = ['', 'tls', 'foo-bar-baz'];

function packagingAnswers(environment: MarkerEnvironment): boolean[][] {
  const script = [
    'import json, sys',
    'from packaging.markers import Marker',
    'env, markers, extras = json.loads(sys.argv[1])',
    'print(json.dumps([[Marker(m).evaluate(dict(env, extra=e)) for e in extras] for m in markers]))',
  ].join('\n');
  const out = execFileSync(
    '/usr/bin/python3',
    ['-c', script, JSON.stringify([environment, MARKERS, EXTRAS])],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as boolean[][];
}

describe('evaluateMarker', () => {
  test.each([
    ['Linux, CPython 3.11', LINUX],
    ['Windows, PyPy 3.8 pre-release', OLD_WINDOWS],
  ])('agrees with packaging on every marker and extra (%s)', (_name, environment) => {
    const expected = packagingAnswers(environment);
    const ours = MARKERS.map((text) => {
      const parsed = parseRequirement(`x; ${text}`);
      if (!parsed.ok) throw new Error(`${text}: ${parsed.message}`);
      return EXTRAS.map((extra) => evaluateMarker(parsed.requirement.marker!, { ...environment, extra }));
    });
    expect(ours).toEqual(expected);
    // Not vacuous: both answers occur.
    expect(new Set(ours.flat())).toEqual(new Set([true, false]));
  });
});
