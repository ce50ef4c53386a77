/**
 * The import packages a distribution ships, from what its build backend is told (poetry `packages`,
 * hatch `packages`/`only-include`, setuptools `packages`/`packages.find`/`package-dir`, flit's module,
 * pdm's `package-dir`, maturin's `python-source`, setup.cfg `[options]`), else the src/flat layout
 * guess from the project name. Their module files are where version copies hide: poetry-core keeps
 * `__version__` in src/poetry/core/__init__.py, a package inside the `poetry` namespace.
 */
import { joinRel, type RepoFiles } from './repo-files.js';
import { getPath, type TomlTable } from './toml.js';

/** What `shippedPackageDirs` needs from a manifest. */
export interface ShippedManifest {
  dir: string;
  file: string;
  doc: TomlTable;
  name: string;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

// fnmatch as setuptools applies it to dotted package names.
function fnmatch(pattern: string, name: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(name);
}

function hasPython(files: RepoFiles, dir: string): boolean {
  return files.isFile(joinRel(dir, '__init__.py'));
}

// setuptools' find: top-level directories under each `where` that include/exclude admit.
function findPackages(files: RepoFiles, base: string, where: string[], include: string[], exclude: string[]) {
  const dirs: string[] = [];
  for (const w of where.length ? where : ['.']) {
    for (const name of files.subdirs(joinRel(base, w))) {
      const dir = joinRel(base, w, name);
      if (name.startsWith('.') || name.includes('-')) continue;
      if (include.length && !include.some((p) => fnmatch(p, name) || fnmatch(p, `${name}.x`))) continue;
      if (exclude.some((p) => fnmatch(p, name))) continue;
      // Without an include list only real packages count (tests/ and docs/ are directories too).
      if (include.length || hasPython(files, dir)) dirs.push(dir);
    }
  }
  return dirs;
}

// Dotted package names laid out by a setuptools package_dir mapping ({"" = "src"}, {"pkg" = "lib/pkg"}).
function mapPackages(base: string, names: string[], packageDir: Record<string, string>): string[] {
  return names
    .filter((n) => !n.includes('.'))
    .map((n) => joinRel(base, packageDir[n] ?? joinRel(packageDir[''] ?? '.', n)));
}

function fromPyproject(files: RepoFiles, m: ShippedManifest): string[] {
  const { doc, dir } = m;
  const dirs: string[] = [];
  // poetry: packages = [{ include = "poetry", from = "src" }]
  const poetry = getPath(doc, ['tool', 'poetry', 'packages']);
  if (Array.isArray(poetry)) {
    for (const entry of poetry) {
      const include = (entry as TomlTable)?.include;
      if (typeof include !== 'string' || include.endsWith('.py') || /[*?[]/.test(include)) continue;
      const from = (entry as TomlTable).from;
      dirs.push(joinRel(dir, typeof from === 'string' ? from : '.', include));
    }
  }
  // hatch: packages / only-include, on the wheel target or the build as a whole.
  for (const key of [
    ['tool', 'hatch', 'build', 'targets', 'wheel', 'packages'],
    ['tool', 'hatch', 'build', 'packages'],
    ['tool', 'hatch', 'build', 'targets', 'wheel', 'only-include'],
    ['tool', 'hatch', 'build', 'only-include'],
  ]) {
    dirs.push(...strings(getPath(doc, key)).map((p) => joinRel(dir, p.replace(/^\/+/, ''))));
  }
  // setuptools: packages = [...] or packages.find, laid out by package-dir.
  const packageDir = (getPath(doc, ['tool', 'setuptools', 'package-dir']) ?? {}) as Record<string, string>;
  const st = getPath(doc, ['tool', 'setuptools', 'packages']);
  if (Array.isArray(st)) dirs.push(...mapPackages(dir, strings(st), packageDir));
  const find = (st as TomlTable | undefined)?.find as TomlTable | undefined;
  if (find && typeof find === 'object') {
    const where = strings(find.where);
    dirs.push(
      ...findPackages(
        files,
        dir,
        where.length ? where : [packageDir[''] ?? '.'],
        strings(find.include),
        strings(find.exclude),
      ),
    );
  } else if (packageDir[''] && !Array.isArray(st)) {
    dirs.push(...findPackages(files, dir, [packageDir['']], [], []));
  }
  // flit: the module (dotted: the top package).
  const flitModule = getPath(doc, ['tool', 'flit', 'module', 'name']);
  if (typeof flitModule === 'string') {
    const top = flitModule.split('.')[0];
    dirs.push(joinRel(dir, 'src', top), joinRel(dir, top));
  }
  // pdm-backend: package-dir (src when it exists), includes.
  const pdmDir = getPath(doc, ['tool', 'pdm', 'build', 'package-dir']);
  if (typeof pdmDir === 'string') dirs.push(...findPackages(files, dir, [pdmDir], [], []));
  dirs.push(
    ...strings(getPath(doc, ['tool', 'pdm', 'build', 'includes']))
      .filter((p) => !p.endsWith('.py') && !/[*?[]/.test(p))
      .map((p) => joinRel(dir, p)),
  );
  // maturin: python-source holds the Python part, module-name says which package.
  const source = getPath(doc, ['tool', 'maturin', 'python-source']);
  const module = getPath(doc, ['tool', 'maturin', 'module-name']);
  if (typeof source === 'string') {
    dirs.push(
      ...(typeof module === 'string'
        ? [joinRel(dir, source, module.split('.')[0])]
        : findPackages(files, dir, [source], [], [])),
    );
  }
  return dirs;
}

// An INI value with its indented continuation lines (`package_dir =\n    =src`), as one string.
function iniBlock(text: string, section: string, key: string): string | undefined {
  let current = '';
  let value: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      current = header[1].trim();
      if (value !== undefined) break;
      continue;
    }
    if (current !== section) continue;
    if (value !== undefined) {
      if (/^[ \t]+\S/.test(line)) value += ` ${line.trim()}`;
      else if (line.trim() !== '') break;
      continue;
    }
    const m = /^([\w.-]+)[ \t]*[=:][ \t]*(.*)$/.exec(line);
    if (m && m[1] === key) value = m[2].trim();
  }
  return value;
}

const words = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

// setup.cfg [options]: packages = find: / a list, package_dir = =src, [options.packages.find].
function fromSetupCfg(files: RepoFiles, dir: string): string[] {
  const cfg = joinRel(dir, 'setup.cfg');
  if (!files.isFile(cfg)) return [];
  const text = files.text(cfg);
  const root = /(?:^|\s)=\s*(\S+)/.exec(iniBlock(text, 'options', 'package_dir') ?? '')?.[1];
  const packages = iniBlock(text, 'options', 'packages') ?? '';
  if (packages === '' || /^find(_namespace)?:/.test(packages)) {
    const find = (key: string) => words(iniBlock(text, 'options.packages.find', key));
    const where = find('where');
    return findPackages(files, dir, where.length ? where : [root ?? '.'], find('include'), find('exclude'));
  }
  return mapPackages(dir, words(packages), root ? { '': root } : {});
}

/**
 * The directories of the import packages the distribution ships, with the subpackages of a namespace
 * package (a directory without `__init__.py`, whose subpackages carry the code), most likely first.
 */
export function shippedPackageDirs(files: RepoFiles, m: ShippedManifest): string[] {
  const guess = m.name.toLowerCase().replace(/[-.]+/g, '_');
  const candidates = [
    ...fromPyproject(files, m),
    ...fromSetupCfg(files, m.dir),
    joinRel(m.dir, 'src', guess),
    joinRel(m.dir, guess),
  ];
  const dirs = new Set<string>();
  for (const dir of candidates) {
    if (hasPython(files, dir)) dirs.add(dir);
    else {
      for (const sub of files.subdirs(dir)) {
        const child = joinRel(dir, sub);
        if (!/^_?vendor(ed)?$|^tests?$/.test(sub) && hasPython(files, child)) dirs.add(child);
      }
    }
  }
  return [...dirs];
}
