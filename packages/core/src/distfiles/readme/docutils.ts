/**
 * Which docutils renders reStructuredText: PyPI's own version when we can get it. The runtime's
 * docutils may be years older (Debian 12 has 0.19) and reject what PyPI renders, so a current one is
 * installed with pip into a private directory — a cache shared by every run — when the interpreter's
 * is older. The directory holds docutils alone and is put first on the renderer's sys.path.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareVersions, tryParseVersion } from '../../pep440/index.js';

/** The docutils PyPI renders descriptions with (readme_renderer 45.0 on Warehouse, as baipp pins it). */
export const PYPI_DOCUTILS_VERSION = '0.23';

/** Puts PyPI's docutils into a private directory that a renderer can import it from. */
export interface DocutilsInstaller {
  /** The directory (it holds `docutils/` and its dist-info once installed). */
  readonly dir: string;
  /** Installs it with `python`'s pip unless it is there; says why when it could not. */
  install(python: string): Promise<{ ok: true } | { ok: false; reason: string }>;
}

/** Whether `version` is at least PyPI's docutils (an unparsable version is not). */
export function isCurrentDocutils(version: string | undefined): boolean {
  const parsed = version === undefined ? undefined : tryParseVersion(version);
  const pypi = tryParseVersion(PYPI_DOCUTILS_VERSION)!;
  return parsed !== undefined && compareVersions(parsed, pypi) >= 0;
}

/** The docutils version installed in `dir` (from its dist-info's name), if any. */
export function installedDocutils(dir: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  for (const name of names) {
    const match = /^docutils-(.+)\.dist-info$/i.exec(name);
    if (match && existsSync(join(dir, 'docutils', '__init__.py'))) return match[1];
  }
  return undefined;
}

/**
 * Where the CLI keeps PyPI's docutils: the user's cache directory (XDG_CACHE_HOME, else ~/.cache; on
 * Windows LOCALAPPDATA), one subdirectory per docutils version so that a new pin never sees an old copy.
 */
export function docutilsCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
  home: string,
): string {
  const base =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
      : env.XDG_CACHE_HOME || join(home, '.cache');
  return join(base, 'otai-release', `docutils-${PYPI_DOCUTILS_VERSION}`);
}

/** How pipDocutilsInstaller runs pip. */
export interface PipInstallOptions {
  /** pip's network timeout per request, in seconds (default 15). */
  timeoutSeconds?: number;
  /** The environment pip runs in (default: ours, so the user's pip configuration applies). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Installs PyPI's docutils into `dir` with `<python> -m pip install --target`. pip writes into a
 * fresh sibling directory that is renamed into place, so an interrupted or concurrent install never
 * leaves a half-written `dir` that a later run would take for a complete one.
 */
export function pipDocutilsInstaller(dir: string, options: PipInstallOptions = {}): DocutilsInstaller {
  return {
    dir,
    install: async (python) => {
      if (installedDocutils(dir) === PYPI_DOCUTILS_VERSION) return { ok: true };
      mkdirSync(dirname(dir), { recursive: true });
      const staging = mkdtempSync(`${dir}.partial-`);
      try {
        const failure = await runPip(python, staging, options);
        if (failure) return { ok: false, reason: failure };
        if (installedDocutils(staging) !== PYPI_DOCUTILS_VERSION) {
          return { ok: false, reason: `pip installed no docutils ${PYPI_DOCUTILS_VERSION} into ${staging}` };
        }
        // A stale or broken copy is replaced; a complete one another run put there meanwhile is kept.
        if (installedDocutils(dir) === PYPI_DOCUTILS_VERSION) return { ok: true };
        rmSync(dir, { recursive: true, force: true });
        try {
          renameSync(staging, dir);
        } catch (error) {
          if (installedDocutils(dir) !== PYPI_DOCUTILS_VERSION) {
            return { ok: false, reason: `could not move docutils into ${dir}: ${(error as Error).message}` };
          }
        }
        return { ok: true };
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
    },
  };
}

// pip gives up after this long in all, whatever its per-request timeout.
const PIP_DEADLINE_MS = 5 * 60 * 1000;

/** Runs pip; resolves to undefined on success, else to a one-line reason. */
function runPip(python: string, target: string, options: PipInstallOptions): Promise<string | undefined> {
  const args = [
    '-m',
    'pip',
    'install',
    // No retries: an offline runner should fall back at once rather than wait out five attempts.
    '--retries',
    '0',
    '--timeout',
    String(options.timeoutSeconds ?? 15),
    '--no-deps',
    // A wheel only: never run a downloaded setup.py during a check.
    '--only-binary=:all:',
    '--disable-pip-version-check',
    '--no-input',
    '--quiet',
    '--target',
    target,
    `docutils==${PYPI_DOCUTILS_VERSION}`,
  ];
  const command = `${python} -m pip install --target … docutils==${PYPI_DOCUTILS_VERSION}`;
  return new Promise((resolve) => {
    let stderr = '';
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(python, args, {
        env: options.env ? { ...options.env } : process.env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (error) {
      resolve(`${command} could not start: ${(error as Error).message}`);
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), PIP_DEADLINE_MS);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(`${command} could not start: ${error.message}`);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(undefined);
      // pip's last error line says why (no network, no such version, no pip); its warnings do not.
      const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !/^WARNING:/.test(l));
      const why = lines.findLast((l) => /^ERROR:|No module named/.test(l)) ?? lines.at(-1) ?? '';
      resolve(`${command} failed (${signal ?? `exit ${code}`})${why ? `: ${why}` : ''}`);
    });
  });
}
