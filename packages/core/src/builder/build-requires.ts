/**
 * A package's declared build requirements (`[build-system] requires`), each with the file and line it
 * is written on, as a frontend reads them: without a pyproject.toml, or without [build-system],
 * pypa/build and uv both fall back to setuptools' legacy backend and `setuptools>=40.8.0`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRequirement } from '../pep508/index.js';
import { canonicalizeName } from '../names/index.js';
import {
  arrayStringsAt,
  getPath,
  keyLine,
  locateValue,
  parseToml,
  type TomlTable,
} from '../pyproject/toml.js';

/** One requirement string as the package declares it. */
export interface DeclaredRequirement {
  text: string;
  /** Repository-relative file that declares it. */
  file: string;
  line?: number;
}

/** The build requirements of one package directory. */
export interface BuildRequires {
  /** Repository-relative pyproject.toml (or the setup.py / setup.cfg of a legacy project). */
  file: string;
  requires: DeclaredRequirement[];
  /** True when nothing is declared and the frontend's default applies. */
  defaulted: boolean;
}

/** What pypa/build (build/_builder.py) and uv assume for a project that declares no build system. */
export const DEFAULT_BUILD_REQUIRES = 'setuptools>=40.8.0';

function relative(path: string, name: string): string {
  return path === '.' ? name : `${path.replace(/\/+$/, '')}/${name}`;
}

/**
 * The `[build-system] requires` of the package at `path` (repository-relative) under `root`; undefined
 * when the frontend itself will refuse the project (pyproject.toml that is not valid TOML, `requires`
 * missing or not a list of strings), so that the build reports it in the frontend's own words.
 */
export function readBuildRequires(root: string, path: string): BuildRequires | undefined {
  const file = relative(path, 'pyproject.toml');
  const absolute = join(root, file);
  if (!existsSync(absolute)) {
    const legacy = ['setup.py', 'setup.cfg'].find((name) => existsSync(join(root, relative(path, name))));
    if (!legacy) return undefined;
    const at = relative(path, legacy);
    return { file: at, requires: [{ text: DEFAULT_BUILD_REQUIRES, file: at }], defaulted: true };
  }
  const text = readFileSync(absolute, 'utf8');
  let doc: TomlTable;
  try {
    doc = parseToml(text, file);
  } catch {
    return undefined;
  }
  if (getPath(doc, ['build-system']) === undefined) {
    return { file, requires: [{ text: DEFAULT_BUILD_REQUIRES, file }], defaulted: true };
  }
  const requires = getPath(doc, ['build-system', 'requires']);
  if (!Array.isArray(requires) || !requires.every((r) => typeof r === 'string')) return undefined;
  const keyAt = keyLine(text, ['build-system', 'requires']);
  const offset = locateValue(text, ['build-system', 'requires']);
  const spans = offset === undefined ? [] : arrayStringsAt(text, offset);
  // The spans hold the strings as written (escapes undecoded); used only for lines, and only when
  // every element was found, so that a line always belongs to its own string.
  const lines = spans.length === requires.length ? spans.map((s) => s.line) : undefined;
  return {
    file,
    requires: (requires as string[]).map((r, i) => ({ text: r, file, line: lines?.[i] ?? keyAt })),
    defaulted: false,
  };
}

/** The canonical project names `requires` declares (strings that are not requirements left out). */
export function declaredNames(requires: BuildRequires): string[] {
  return requires.requires.flatMap((r) => {
    const parsed = parseRequirement(r.text);
    return parsed.ok ? [canonicalizeName(parsed.requirement.name)] : [];
  });
}
