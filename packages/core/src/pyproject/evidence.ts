/**
 * Whether a project below an example/test folder is released after all, by evidence rather than by the
 * folder's name: a workspace of the repository lists it, or a released package of the repository
 * requires it (PyPI packages can only depend on packages on PyPI).
 */
import { globMatcher } from './discover.js';
import { joinRel, type RepoFiles } from './repo-files.js';
import { getPath, type TomlTable } from './toml.js';

interface Workspace {
  manifest: string;
  tool: string;
  members: (dir: string) => boolean;
}

// Member entries: uv's and pdm's globs, hatch's strings or {path = …} tables.
function globs(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) =>
    typeof v === 'string'
      ? [v]
      : v && typeof v === 'object' && typeof (v as TomlTable).path === 'string'
        ? [String((v as TomlTable).path)]
        : [],
  );
}

function workspacesOf(files: RepoFiles, dir: string): Workspace[] {
  const manifest = joinRel(dir, 'pyproject.toml');
  if (!files.isFile(manifest)) return [];
  let doc: TomlTable;
  try {
    doc = files.toml(manifest);
  } catch {
    return [];
  }
  const found: { tool: string; members: string[]; exclude: string[] }[] = [
    {
      tool: 'uv',
      members: globs(getPath(doc, ['tool', 'uv', 'workspace', 'members'])),
      exclude: globs(getPath(doc, ['tool', 'uv', 'workspace', 'exclude'])),
    },
    { tool: 'pdm', members: globs(getPath(doc, ['tool', 'pdm', 'workspace', 'packages'])), exclude: [] },
    { tool: 'hatch', members: globs(getPath(doc, ['tool', 'hatch', 'workspace', 'members'])), exclude: [] },
  ];
  // hatch keeps workspaces per environment, in pyproject.toml or hatch.toml.
  const hatchToml = joinRel(dir, 'hatch.toml');
  const envTables = [getPath(doc, ['tool', 'hatch', 'envs'])];
  if (files.isFile(hatchToml)) {
    try {
      envTables.push(getPath(files.toml(hatchToml), ['envs']));
    } catch {
      // A broken hatch.toml is reported where it is read for a version, not here.
    }
  }
  for (const envs of envTables) {
    if (!envs || typeof envs !== 'object') continue;
    for (const env of Object.values(envs as TomlTable)) {
      const members = globs(getPath(env as TomlTable, ['workspace', 'members']));
      const exclude = globs(getPath(env as TomlTable, ['workspace', 'exclude']));
      if (members.length) found.push({ tool: 'hatch', members, exclude });
    }
  }
  const rel = (g: string) => joinRel(dir, g);
  return found
    .filter((w) => w.members.length > 0)
    .map((w) => {
      const excluded = globMatcher(w.exclude.map(rel));
      return {
        manifest,
        tool: w.tool,
        // A glob names member directories themselves, not what lies below them.
        members: (d: string) => !excluded(d) && w.members.some((g) => exact(rel(g), d)),
      };
    });
}

function exact(glob: string, dir: string): boolean {
  return globMatcher([glob])(dir) && glob.split('/').length === dir.split('/').length;
}

/** A function telling which workspace of the given manifests' directories lists a directory. */
export function workspaceMembership(files: RepoFiles, dirs: string[]): (dir: string) => string | undefined {
  const workspaces = dirs.flatMap((d) => workspacesOf(files, d));
  return (dir) => {
    const w = workspaces.find((ws) => ws.members(dir));
    return w ? `listed by the ${w.tool} workspace of ${w.manifest}` : undefined;
  };
}
