/**
 * What a build without isolation can use: the distributions installed in its interpreter and the
 * values of PEP 508's marker variables there. One Python process answers for every package, before
 * any build starts; the requirements themselves are evaluated in TypeScript, so the interpreter needs
 * nothing beyond the standard library (not even `packaging`).
 */
import { execFile } from 'node:child_process';
import { ConfigurationError } from '../errors/index.js';
import { canonicalizeName } from '../names/index.js';
import type { MarkerEnvironment } from './markers.js';

/** One installed distribution, as importlib.metadata reads it. */
export interface InstalledDistribution {
  name: string;
  version: string;
  /** Its Requires-Dist lines, markers included. */
  requires: string[];
}

/** The interpreter a build without isolation runs in, as far as its build requirements matter. */
export interface PythonEnvironment {
  /** sys.executable. */
  executable: string;
  markers: MarkerEnvironment;
  /** Whether `python -m pip` is there, to give an install command that works. */
  hasPip: boolean;
  /** The installed distribution of a (canonical) project name; undefined when it is not installed. */
  distribution(name: string): InstalledDistribution | undefined;
}

// Follows every name that Requires-Dist mentions, whatever its marker or extra, so that one answer
// covers any path TypeScript's exact evaluation then takes; the set is bounded by what is installed.
// The marker values are computed as PEP 508's reference implementation (and packaging) computes them.
// `-c` puts the working directory first on sys.path; it goes before any import but the built-in sys,
// so a repository's own json.py or platform.py cannot stand in for the standard library's.
const SCRIPT = String.raw`
import sys
if sys.path and sys.path[0] == "":
    del sys.path[0]
import json, os, platform, re
try:
    import importlib.metadata as md
except ImportError:
    sys.stderr.write("Python %s has no importlib.metadata (Python 3.8 or later is needed)\n" % platform.python_version())
    sys.exit(3)
import importlib.util
def full(info):
    v = "%d.%d.%d" % (info.major, info.minor, info.micro)
    if info.releaselevel != "final":
        v += info.releaselevel[0] + str(info.serial)
    return v
markers = {
    "implementation_name": sys.implementation.name,
    "implementation_version": full(sys.implementation.version),
    "os_name": os.name,
    "platform_machine": platform.machine(),
    "platform_release": platform.release(),
    "platform_system": platform.system(),
    "platform_version": platform.version(),
    "python_full_version": platform.python_version(),
    "platform_python_implementation": platform.python_implementation(),
    "python_version": ".".join(platform.python_version_tuple()[:2]),
    "sys_platform": sys.platform,
}
NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
found = {}
queue = list(json.loads(sys.argv[1]))
while queue:
    name = queue.pop()
    key = re.sub(r"[-_.]+", "-", name).lower()
    if key in found:
        continue
    try:
        dist = md.distribution(name)
    except md.PackageNotFoundError:
        found[key] = None
        continue
    requires = list(dist.requires or [])
    found[key] = {"name": dist.metadata["Name"] or name, "version": dist.version, "requires": requires}
    for line in requires:
        m = NAME.match(line)
        if m:
            queue.append(m.group(1))
print(json.dumps({
    "executable": sys.executable,
    "markers": markers,
    "pip": importlib.util.find_spec("pip") is not None,
    "found": found,
}))
`;

interface RawAnswer {
  executable: string;
  markers: Record<string, string>;
  pip: boolean;
  found: Record<string, InstalledDistribution | null>;
}

/**
 * Asks `python` for its marker values and for the installed distributions `names` lead to (their
 * requirements, recursively). Runs with the builds' environment, so PYTHONPATH and user site-packages
 * count as they will for the backend.
 */
export async function inspectPythonEnvironment(
  python: string,
  names: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<PythonEnvironment> {
  const answer = await new Promise<{ stdout: string; stderr: string; failure?: string }>((resolve) => {
    execFile(
      python,
      ['-c', SCRIPT, JSON.stringify(names)],
      {
        env: options.env,
        cwd: options.cwd,
        encoding: 'utf8',
        windowsHide: true,
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (!error) resolve({ stdout, stderr });
        else {
          const code = (error as NodeJS.ErrnoException).code;
          resolve({ stdout, stderr, failure: typeof code === 'string' ? code : `exit code ${String(code)}` });
        }
      },
    );
  });
  let raw: RawAnswer | undefined;
  if (!answer.failure) {
    try {
      raw = JSON.parse(answer.stdout) as RawAnswer;
    } catch {
      raw = undefined;
    }
  }
  if (!raw) {
    const said = answer.stderr.trim().split('\n').at(-1)?.trim() || answer.failure || 'no answer';
    throw new ConfigurationError(
      `Could not list the packages installed in ${python} to check the build requirements before building ` +
        `without isolation (${said}). Build with isolation, or set \`python\` to a working Python 3.8+ interpreter.`,
    );
  }
  const found = new Map(Object.entries(raw.found).map(([key, dist]) => [canonicalizeName(key), dist]));
  return {
    executable: raw.executable || python,
    markers: raw.markers,
    hasPip: raw.pip,
    distribution: (name) => found.get(canonicalizeName(name)) ?? undefined,
  };
}
