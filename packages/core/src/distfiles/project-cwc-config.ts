/**
 * Finding `[tool.check-wheel-contents]` for each wheel: in a monorepo each package may carry its own
 * (its pyproject.toml), else the repository root's applies, as check-wheel-contents itself would find
 * it when run from the root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isConfigurationError } from '../errors/index.js';
import { canonicalizeName } from '../names/index.js';
import { readRepository } from '../pyproject/index.js';
import { type CwcConfig, readCwcConfig } from './wheel/index.js';

/** A package's check-wheel-contents settings and the directory `package`/`src_dir` paths start from. */
export interface ProjectCwcConfig {
  config: CwcConfig;
  projectDir: string;
}

function configAt(root: string, dir: string): ProjectCwcConfig | undefined {
  const file = join(dir, 'pyproject.toml').split('\\').join('/');
  const full = join(root, file);
  if (!existsSync(full)) return undefined;
  const config = readCwcConfig(readFileSync(full, 'utf8'), file);
  return config ? { config, projectDir: join(root, dir) } : undefined;
}

/** The config lookup for the repository at `root` (by canonical project name, falling back to the root's). */
export function cwcConfigsOf(root: string): (project: string | undefined) => ProjectCwcConfig | undefined {
  // Not a project root (the CLI run from anywhere): there is no configuration to find, and walking
  // the directory tree for packages would cost more than the check.
  if (!existsSync(join(root, 'pyproject.toml')) && !existsSync(join(root, 'otai-release.toml')))
    return () => undefined;
  const fallback = configAt(root, '.');
  const byProject = new Map<string, ProjectCwcConfig>();
  let packages: { name: string; path: string }[] = [];
  try {
    packages = readRepository(root).packages;
  } catch (error) {
    // A repository we cannot read as a release still has a root config; wheels may come from elsewhere.
    if (!isConfigurationError(error)) throw error;
  }
  for (const p of packages) {
    const config = p.path === '.' ? fallback : configAt(root, p.path);
    if (config) byProject.set(canonicalizeName(p.name), config);
  }
  return (project) => (project && byProject.get(canonicalizeName(project))) || fallback;
}
