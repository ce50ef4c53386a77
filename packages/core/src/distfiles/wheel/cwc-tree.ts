/**
 * The file tree check-wheel-contents builds from RECORD: directories and files with their size and
 * hash, the purelib/platlib sections, and the structural errors (`validate_tree`) for which cwc
 * rejects a wheel before running any check.
 */
import { isPyIdentifier, isPyKeyword, pyRepr } from '../python-text.js';
import { conflictingRecordPaths, type RecordRow, recordPathProblem } from './record.js';

/** A file of the tree, with RECORD's size and `algorithm=digest` when given. */
export interface TreeFile {
  kind: 'file';
  path: string;
  parts: string[];
  size?: number;
  hash?: string;
}

/** A directory of the tree; entries keep RECORD order, as cwc's dicts do. */
export interface TreeDir {
  kind: 'dir';
  /** `a/b/`, or undefined for a root. */
  path?: string;
  entries: Map<string, TreeFile | TreeDir>;
}

// cwc's util.py patterns.
const MODULE_EXT = /(?<=.)\.(?:py|pyd|so|[-A-Za-z0-9_]+\.(?:pyd|so))$/;
const DIST_INFO_DIR = /^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?-[A-Za-z0-9_.!+]+\.dist-info$/;
const DATA_DIR = /^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?-[A-Za-z0-9_.!+]+\.data$/;

/** The name without its module extension (`.py`, `.so`, `.cpython-312-x86_64-linux-gnu.so`, …), or undefined for a non-module. */
export function moduleBasename(name: string): string | undefined {
  const m = MODULE_EXT.exec(name);
  return m ? name.slice(0, m.index) : undefined;
}

/** os.path.splitext's extension: leading dots do not start one. */
export function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || /^\.+$/.test(name.slice(0, dot + 1))) return '';
  return name.slice(dot);
}

/** A PEP 561 stub-only package directory (`<identifier>-stubs`). */
export function isStubsDir(name: string): boolean {
  if (!name.endsWith('-stubs')) return false;
  const base = name.slice(0, -'-stubs'.length);
  return isPyIdentifier(base) && !isPyKeyword(base);
}

/** An empty directory at `path`. */
export function newDir(path?: string): TreeDir {
  return { kind: 'dir', path, entries: new Map() };
}

/** Every file below `dir`, depth first in entry order. */
export function allFiles(dir: TreeDir): TreeFile[] {
  const out: TreeFile[] = [];
  for (const entry of dir.entries.values()) {
    if (entry.kind === 'dir') out.push(...allFiles(entry));
    else out.push(entry);
  }
  return out;
}

/** The path cwc prints for a toplevel entry: a file's path, or a directory's with a trailing `/`. */
export function entryPath(name: string, entry: TreeFile | TreeDir): string {
  return entry.kind === 'file' ? entry.path : (entry.path ?? `${name}/`);
}

/** Builds cwc's tree from RECORD; rows with invalid or conflicting paths (reported by checkRecord) are skipped. */
export function buildTree(rows: readonly RecordRow[]): { root: TreeDir; files: TreeFile[] } {
  const root = newDir();
  const files: TreeFile[] = [];
  const conflicts = new Set(conflictingRecordPaths(rows));
  for (const row of rows) {
    if (recordPathProblem(row.path) || conflicts.has(row.path)) continue;
    const isDir = row.path.endsWith('/');
    const parts = row.path.replace(/\/$/, '').split('/');
    // Most RECORDs have no conflicts: skip building every prefix of every path then.
    if (conflicts.size > 0 && parts.some((p, i) => conflicts.has(parts.slice(0, i + 1).join('/')))) continue;
    let current = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const existing = current.entries.get(parts[i]!);
      if (existing?.kind === 'dir') current = existing;
      else {
        const dir = newDir(`${parts.slice(0, i + 1).join('/')}/`);
        current.entries.set(parts[i]!, dir);
        current = dir;
      }
    }
    const base = parts[parts.length - 1]!;
    if (current.entries.has(base)) continue;
    if (isDir) current.entries.set(base, newDir(row.path));
    else {
      const file: TreeFile = { kind: 'file', path: row.path, parts };
      if (row.size !== undefined) file.size = row.size;
      if (row.algorithm !== undefined && row.digest !== undefined)
        file.hash = `${row.algorithm}=${row.digest}`;
      current.entries.set(base, file);
      files.push(file);
    }
  }
  return { root, files };
}

function subdir(dir: TreeDir, name: string): TreeFile | TreeDir | undefined {
  return dir.entries.get(name);
}

/** cwc's `validate_tree`: the structural errors for which it rejects the wheel outright. */
export function structuralErrors(
  root: TreeDir,
  distInfo: string,
  dataDir: string,
  rootIsPurelib: boolean,
): string[] {
  const dirs = [...root.entries].filter(([, e]) => e.kind === 'dir').map(([name]) => name);
  const distInfos = dirs.filter((d) => DIST_INFO_DIR.test(d));
  if (distInfos.length > 1) return ['Wheel contains multiple .dist-info directories in RECORD'];
  if (distInfos.length === 0) return ['No .dist-info directory in RECORD'];
  if (distInfos[0] !== distInfo) {
    return [
      `.dist-info directory in RECORD (${pyRepr(distInfos[0]!)}) does not match actual directory name (${pyRepr(distInfo)})`,
    ];
  }
  const dataDirs = dirs.filter((d) => DATA_DIR.test(d));
  if (dataDirs.length > 1) return ['Wheel contains multiple .data directories in RECORD'];
  if (dataDirs.length === 1 && dataDirs[0] !== dataDir) {
    return [
      `.data directory in RECORD (${pyRepr(dataDirs[0]!)}) does not match actual directory name (${pyRepr(dataDir)})`,
    ];
  }
  const data = subdir(root, dataDir);
  if (data?.kind === 'dir') {
    const [same, other] = rootIsPurelib ? ['purelib', 'platlib'] : ['platlib', 'purelib'];
    if (data.entries.has(same)) return [`Wheel is ${same} yet contains *.data/${same}`];
    const lib = data.entries.get(other);
    if (lib && lib.kind !== 'dir') return [`*.data/${other} is not a directory`];
  }
  return [];
}

/** The purelib or platlib section: the root (minus .dist-info/.data) for the root's kind, else `.data/<kind>`. */
export function libraryTree(
  root: TreeDir,
  distInfo: string,
  dataDir: string,
  atRoot: boolean,
  kind: string,
): TreeDir {
  if (atRoot) {
    const lib = newDir();
    for (const [name, entry] of root.entries)
      if (name !== distInfo && name !== dataDir) lib.entries.set(name, entry);
    return lib;
  }
  const data = subdir(root, dataDir);
  const lib = data?.kind === 'dir' ? data.entries.get(kind) : undefined;
  return lib?.kind === 'dir' ? lib : newDir(`${dataDir}/${kind}/`);
}

/** The file's path inside its library section (cwc's `libparts`), or undefined outside purelib/platlib. */
export function libParts(file: TreeFile): string[] | undefined {
  const [first] = file.parts;
  if (DATA_DIR.test(first!)) {
    return file.parts.length > 2 && (file.parts[1] === 'purelib' || file.parts[1] === 'platlib')
      ? file.parts.slice(2)
      : undefined;
  }
  return DIST_INFO_DIR.test(first!) ? undefined : file.parts;
}

/** A module importable from its library path: every component an identifier and no keyword. */
export function isValidModulePath(file: TreeFile): boolean {
  const parts = libParts(file);
  if (!parts || parts.length === 0) return false;
  const base = moduleBasename(parts[parts.length - 1]!);
  if (base === undefined) return false;
  return [...parts.slice(0, -1), base].every((p) => isPyIdentifier(p) && !isPyKeyword(p));
}
