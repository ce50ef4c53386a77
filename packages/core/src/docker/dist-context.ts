/**
 * `install-from: dist`: the wheels this run built are copied into the build context, so the image
 * installs exactly those files and the build cannot race the index. Every variant's packages must have
 * a wheel at the release version, checked before anything is built.
 */
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ConfigurationError } from '../errors/index.js';
import { canonicalizeName } from '../names/index.js';
import { parseDistFilename } from '../package-index/index.js';
import { canonicalizeVersion } from '../pep440/index.js';

/** The directory inside the build context that receives the wheels (passed to the Dockerfile as DIST_DIR). */
export const DIST_CONTEXT_DIR = '.otai-release-dist';

/** The wheels found for a release. */
export interface StagedDists {
  /** Absolute path of the directory inside the context. */
  dir: string;
  /** DIST_DIR: the directory relative to the context, forward slashes. */
  relative: string;
  files: string[];
}

/**
 * Finds the wheels of `version` in `distDir` (a directory, as build-python-dist writes it) and checks
 * that every one of `projects` has one. Throws ConfigurationError naming what is missing.
 */
export async function findReleaseWheels(
  distDir: string,
  projects: readonly string[],
  version: string,
): Promise<string[]> {
  const info = await stat(distDir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ConfigurationError(
      `install-from: dist copies this run's wheels from '${distDir}', which is not a directory; build them first (build-python-dist) or point dist at them.`,
    );
  }
  const wanted = canonicalizeVersion(version);
  const wheels = (await readdir(distDir)).filter((name) => {
    const parsed = parseDistFilename(name);
    return parsed?.kind === 'wheel' && canonicalizeVersion(parsed.version) === wanted;
  });
  const have = new Set(wheels.map((w) => canonicalizeName(parseDistFilename(w)!.name)));
  const missing = projects.filter((p) => !have.has(canonicalizeName(p)));
  if (missing.length > 0) {
    throw new ConfigurationError(
      `install-from: dist needs a wheel of ${missing.map((p) => `${p} ${version}`).join(', ')} in '${distDir}', which has ${
        wheels.length ? wheels.join(', ') : 'no wheel of that version'
      }; build every package the variants install, or install from the index.`,
    );
  }
  return wheels.sort();
}

/** Copies the wheels into `<context>/.otai-release-dist/` (emptied first). */
export async function stageWheels(
  distDir: string,
  wheels: readonly string[],
  context: string,
): Promise<StagedDists> {
  const dir = resolve(context, DIST_CONTEXT_DIR);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const wheel of wheels) await copyFile(join(distDir, wheel), join(dir, wheel));
  return { dir, relative: relative(context, dir).split('\\').join('/'), files: [...wheels] };
}

/** Removes the staged wheels from the context, so the checkout is left as it was. */
export async function unstageWheels(staged: StagedDists): Promise<void> {
  await rm(staged.dir, { recursive: true, force: true });
}
