/**
 * Finding the publishable packages of a repository without configuration: every pyproject.toml (or
 * setup.cfg) below the root, except in places that never hold a published package.
 */
import { type Dirent, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

// Directory names that hold environments, caches, build output or test data, never a package to publish.
const SKIP_DIRS = new Set([
  '.git',
  '.hg',
  'node_modules',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.eggs',
  'site-packages',
  'build',
  'dist',
  'tests',
  'test',
  'testing',
  'fixtures',
  'testdata',
  '__fixtures__',
  'templates',
]);
// Markers of a virtualenv or a project template.
const SKIP_MARKERS = ['pyvenv.cfg', 'cookiecutter.json', 'copier.yml', 'copier.yaml'];

/** A directory discovery passed over, and why (reported so nobody wonders where a package went). */
export interface SkippedDir {
  path: string;
  reason: string;
}

/** Turns `examples/*` style globs into a matcher over repo-relative posix paths. */
export function globMatcher(globs: string[]): (path: string) => boolean {
  const res = globs.map((g) => {
    const source = g
      .replace(/\/+$/, '')
      .split('**')
      .map((part) =>
        part
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '[^/]'),
      )
      .join('.*');
    return new RegExp(`^${source}(/.*)?$`);
  });
  return (path) => res.some((re) => re.test(path));
}

/**
 * Repo-relative directories that contain a pyproject.toml or setup.cfg, root first then in path
 * order, with the directories skipped and why.
 */
export function discoverPackageDirs(
  root: string,
  exclude: string[] = [],
): { dirs: string[]; skipped: SkippedDir[] } {
  const excluded = globMatcher(exclude);
  const dirs: string[] = [];
  const skipped: SkippedDir[] = [];
  const walk = (rel: string) => {
    const entries = readdirSync(rel === '.' ? root : join(root, rel), { withFileTypes: true });
    const names = new Set(entries.map((e) => e.name));
    const marker = SKIP_MARKERS.find((m) => names.has(m));
    if (marker && rel !== '.') {
      skipped.push({
        path: rel,
        reason: marker === 'pyvenv.cfg' ? 'a virtualenv' : `a project template (${marker})`,
      });
      return;
    }
    if (names.has('pyproject.toml') || names.has('setup.cfg')) dirs.push(rel);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (!entry.isDirectory()) continue;
      const child = rel === '.' ? entry.name : posix.join(rel, entry.name);
      if (SKIP_DIRS.has(entry.name)) {
        if (hasManifestBelow(root, child))
          skipped.push({ path: child, reason: `'${entry.name}' directories are never published` });
        continue;
      }
      if (entry.name.startsWith('.')) continue;
      if (/\{\{|\{%/.test(entry.name)) {
        if (hasManifestBelow(root, child)) {
          skipped.push({ path: child, reason: 'a project template ({{ }} in its name)' });
        }
        continue;
      }
      if (excluded(child)) {
        skipped.push({ path: child, reason: 'matches [tool.otai-release] exclude' });
        continue;
      }
      walk(child);
    }
  };
  walk('.');
  return { dirs, skipped };
}

// Only worth reporting a skipped directory when it would otherwise have contributed a package.
function hasManifestBelow(root: string, rel: string, depth = 3): boolean {
  if (depth === 0) return false;
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch {
    return false;
  }
  if (entries.some((e) => e.isFile() && e.name === 'pyproject.toml')) return true;
  // Look through nested skip directories too (tests/fixtures/x), only not into the heavy ones.
  return entries.some(
    (e) =>
      e.isDirectory() &&
      e.name !== '.git' &&
      e.name !== 'node_modules' &&
      hasManifestBelow(root, posix.join(rel, e.name), depth - 1),
  );
}
