/**
 * check-wheel-contents' checks over a wheel's RECORD (cwc reads RECORD, not the zip listing):
 * W001–W010, W101/W102 (with `package`/`src_dir`) and W201/W202 (with `toplevel`), each with the
 * project change that fixes it.
 */
import { hash } from 'node:crypto';
import { type Finding, finding, type Rule } from '../findings.js';
import { type CwcConfig, expandCheckPrefixes } from './cwc-settings.js';
import { packageTreeFiles } from './package-tree.js';
import type { RecordRow } from './record.js';
import {
  allFiles,
  buildTree,
  entryPath,
  extension,
  isStubsDir,
  isValidModulePath,
  libParts,
  libraryTree,
  moduleBasename,
  structuralErrors,
  type TreeDir,
  type TreeFile,
} from './cwc-tree.js';
import { CWC_CODES, CWC_RULES, WHEEL_RULES } from './rules.js';

// Where `config` comes from, for messages about it.
const CONFIG_FILE = 'pyproject.toml';
const IGNORED_TOPLEVEL = /.\.pth$/;
const BYTECODE = new Set(['.pyc', '.pyo']);
const COMMON_NAMES = new Set(
  '.eggs .nox .tox .venv app build cli data dist doc docs example examples lib scripts src test tests venv'.split(
    ' ',
  ),
);

function signatureOf(bytes: string): string {
  const data = Buffer.from(bytes, 'utf8');
  return `${data.length}|sha256=${hash('sha256', data, 'base64url')}`;
}

// Contents common enough that cwc does not count copies of them as duplicates.
const ALLOWED_DUPLICATES = new Set(
  [
    '',
    '\n',
    '\r\n',
    '# -*- coding: utf-8 -*-',
    '# -*- coding: utf-8 -*-\n',
    '# -*- coding: utf-8 -*-\n\r',
  ].map(signatureOf),
);

// `toplevel` must list every toplevel entry the wheel should have, not only the flagged ones.
const TOPLEVEL_FIX = (tops: string[]): string =>
  `if they belong in the wheel, list all toplevel entries: [tool.check-wheel-contents] toplevel = ` +
  `[${tops.map((n) => JSON.stringify(n)).join(', ')}] in pyproject.toml`;

const FIXES: Readonly<Record<string, (tops: string[]) => string>> = {
  W001: () =>
    'keep bytecode out of the wheel: with setuptools put `global-exclude *.py[co]` last in MANIFEST.in and delete ' +
    'build/ before building; with hatchling remove *.pyc from [tool.hatch.build] artifacts/include',
  W002: () =>
    'delete the copied file (a copy where a rename was meant), or delete build/ and rebuild if a rename left a stale ' +
    'copy; if the copies are intended, set [tool.check-wheel-contents] ignore = ["W002"]',
  W003: () =>
    'move the file into the package (as package data), license files into [project] license-files; the README is ' +
    'already the long description in METADATA',
  W004: () =>
    'rename the package directories/modules to Python identifiers (e.g. "-" → "_", no keywords); for generated ' +
    'migrations such as 0001_initial.py set [tool.check-wheel-contents] ignore = ["W004"]',
  W005: (tops) =>
    'exclude these directories from the wheel: e.g. [tool.hatch.build.targets.wheel] packages = ["src/<pkg>"], or ' +
    'setuptools packages = find: with exclude = ["tests", "tests.*"]; ' +
    TOPLEVEL_FIX(tops),
  W006: () =>
    'remove __init__.py from the library root (in a src layout, src/ itself is not a package) and declare the ' +
    'package directory: [tool.hatch.build.targets.wheel] packages = ["src/<pkg>"] or setuptools package-dir',
  W007: () =>
    'declare the package or modules: [tool.hatch.build.targets.wheel] packages = ["src/<pkg>"], or [tool.setuptools] ' +
    'packages / py-modules (a single-file module goes in py-modules); for a data-only wheel set ' +
    '[tool.check-wheel-contents] ignore = ["W007"]',
  W008: () =>
    'declare the package or modules in the build backend configuration; for an intentionally empty meta-package set ' +
    '[tool.check-wheel-contents] ignore = ["W008"]',
  W009: (tops) =>
    "ship only the project's own package: exclude the others (tests, stale build/ leftovers) from the wheel; " +
    TOPLEVEL_FIX(tops),
  W010: () =>
    'add the Python modules the directory should hold, move its data files inside the package, or exclude it from ' +
    'the wheel; type-stub packages must be named <pkg>-stubs',
  W101: () =>
    'include the missing files in the wheel (package data settings of the build backend), or add their pattern to ' +
    '[tool.check-wheel-contents] package_omit',
  W102: () =>
    'exclude the extra files from the wheel, or add them to the source tree named by [tool.check-wheel-contents] ' +
    'package/src_dir',
  W201: () =>
    'make the build include these toplevel entries, or remove them from [tool.check-wheel-contents] toplevel',
  W202: () => 'exclude these entries from the wheel, or add them to [tool.check-wheel-contents] toplevel',
};

type CwcCode = keyof typeof CWC_RULES;

// The wheel as cwc's checks look at it.
interface WheelLayout {
  root: TreeDir;
  files: TreeFile[];
  distInfo: string;
  purelib: TreeDir;
  platlib: TreeDir;
  libs: TreeDir[];
  libFiles: TreeFile[];
  /** `[tool.check-wheel-contents] toplevel`. */
  toplevel?: string[];
  /** The files of `package`/`src_dir`, relative to the library root. */
  pkgFiles?: Set<string>;
}

// One check: the path lists it fails with (W002 fails once per group of copies); none when it passes.
type CwcCheck = (wheel: WheelLayout) => string[][];

const failing = (paths: string[]): string[][] => (paths.length > 0 ? [paths] : []);

// The toplevel entries of the libraries that pass `keep`, shown as paths.
const toplevelPaths = (libs: TreeDir[], keep: (name: string, entry: TreeFile | TreeDir) => boolean) =>
  libs.flatMap((lib) =>
    [...lib.entries].filter(([name, e]) => keep(name, e)).map(([n, e]) => entryPath(n, e)),
  );

const isPth = (name: string, entry: TreeFile | TreeDir) =>
  entry.kind === 'file' && IGNORED_TOPLEVEL.test(name);

const CHECKS: Record<CwcCode, CwcCheck> = {
  W001: ({ root }) =>
    failing(
      allFiles(root)
        .filter((f) => BYTECODE.has(extension(f.parts[f.parts.length - 1]!)))
        .map((f) => f.path),
    ),
  W002: ({ files }) => {
    const bySignature = new Map<string, string[]>();
    for (const f of files) {
      const signature = `${f.size ?? ''}|${f.hash ?? ''}`;
      if (signature === '|' || ALLOWED_DUPLICATES.has(signature)) continue;
      bySignature.set(signature, [...(bySignature.get(signature) ?? []), f.path]);
    }
    return [...bySignature.values()].filter((paths) => paths.length > 1);
  },
  W003: ({ libs }) =>
    failing(
      toplevelPaths(
        libs,
        (name, e) => e.kind === 'file' && !IGNORED_TOPLEVEL.test(name) && !moduleBasename(name),
      ),
    ),
  W004: ({ libFiles }) =>
    failing(
      libFiles
        .filter((f) => moduleBasename(f.parts[f.parts.length - 1]!) && !isValidModulePath(f))
        .map((f) => f.path),
    ),
  W005: ({ libs, toplevel }) => {
    const exempt = new Set(toplevel ?? []);
    return failing(toplevelPaths(libs, (name) => COMMON_NAMES.has(name) && !exempt.has(name)));
  },
  W006: ({ libs }) =>
    failing(
      libs.flatMap((lib) => {
        const init = lib.entries.get('__init__.py');
        return init?.kind === 'file' ? [init.path] : [];
      }),
    ),
  W007: ({ purelib, platlib }) => (purelib.entries.size === 0 && platlib.entries.size === 0 ? [[]] : []),
  W008: ({ root, distInfo }) => ([...root.entries.keys()].some((name) => name !== distInfo) ? [] : [[]]),
  W009: ({ libs, toplevel, pkgFiles }) => {
    if (toplevel !== undefined || pkgFiles !== undefined) return [];
    const tops = toplevelPaths(libs, (name, e) => !name.startsWith('_') && !isPth(name, e));
    return tops.length > 1 ? [tops] : [];
  },
  W010: ({ libs }) =>
    failing(
      toplevelPaths(
        libs,
        (name, e) =>
          e.kind === 'dir' && !isStubsDir(name) && !allFiles(e).some((f) => moduleBasename(f.parts.at(-1)!)),
      ),
    ),
  W101: ({ libFiles, pkgFiles }) => {
    if (!pkgFiles) return [];
    const present = new Set(libFiles.map((f) => libParts(f)?.join('/')));
    return failing([...pkgFiles].filter((p) => !present.has(p)).sort());
  },
  W102: ({ libFiles, pkgFiles }) => {
    if (!pkgFiles) return [];
    return failing(libFiles.filter((f) => !pkgFiles.has(libParts(f)?.join('/') ?? '')).map((f) => f.path));
  },
  W201: ({ purelib, platlib, toplevel }) => {
    if (toplevel === undefined) return [];
    return failing(toplevel.filter((name) => !purelib.entries.has(name) && !platlib.entries.has(name)));
  },
  W202: ({ libs, toplevel }) => {
    if (toplevel === undefined) return [];
    const expected = new Set(toplevel);
    return failing(toplevelPaths(libs, (name, e) => !expected.has(name) && !isPth(name, e)));
  },
};

/**
 * check-wheel-contents' checks over RECORD's rows, with `[tool.check-wheel-contents]` honoured:
 * `select`/`ignore` prefixes, `toplevel` (exempts its names from W005, replaces W009 with
 * W201/W202) and `package`/`src_dir` (W101/W102, resolved against `projectDir`, the directory of
 * pyproject.toml). When RECORD's structure is invalid for cwc, only that (R027) is reported, as cwc
 * reports nothing else then; rows with invalid or conflicting paths are skipped (checkRecord reports them).
 */
export function checkWheelContents(
  rows: RecordRow[],
  distInfo: string,
  rootIsPurelib: boolean,
  config?: CwcConfig,
  projectDir?: string,
): Finding[] {
  const { root, files } = buildTree(rows);
  const dataDir = `${distInfo.slice(0, -'.dist-info'.length)}.data`;
  const errors = structuralErrors(root, distInfo, dataDir, rootIsPurelib);
  if (errors.length > 0) {
    return errors.map((e) =>
      finding(
        WHEEL_RULES.R027,
        `invalid wheel: ${e}`,
        'rebuild the wheel with its build backend (with setuptools delete build/ first); check-wheel-contents ' +
          'rejects it before running any check',
      ),
    );
  }
  const codes = selectedChecks(config);
  const purelib = libraryTree(root, distInfo, dataDir, rootIsPurelib, 'purelib');
  const platlib = libraryTree(root, distInfo, dataDir, !rootIsPurelib, 'platlib');
  const libs = [purelib, platlib];
  const wheel: WheelLayout = {
    root,
    files,
    distInfo,
    purelib,
    platlib,
    libs,
    libFiles: libs.flatMap(allFiles),
    toplevel: config?.toplevel,
    pkgFiles: packageFiles(config, projectDir),
  };
  const failures = codes.flatMap((code) => CHECKS[code](wheel).map((paths) => ({ code, paths })));
  const tops = libs.flatMap((lib) =>
    [...lib.entries].filter(([name, e]) => !isPth(name, e)).map(([name]) => name),
  );
  return failures.map(({ code, paths }) => {
    const rule: Rule = CWC_RULES[code];
    const message = paths.length > 0 ? `${rule.title}: ${paths.join(', ')}` : rule.title;
    // W101 lists local files and W201 toplevel names, not archive members.
    const members = code === 'W101' || code === 'W201' ? undefined : paths;
    return finding(rule, message, FIXES[code]!(tops), members);
  });
}

// The codes `select` and `ignore` leave, in cwc's order.
function selectedChecks(config: CwcConfig | undefined): CwcCode[] {
  const selected = new Set<string>(
    config?.select
      ? expandCheckPrefixes(config.select, `${CONFIG_FILE}: [tool.check-wheel-contents] select`)
      : CWC_CODES,
  );
  if (config?.ignore) {
    for (const code of expandCheckPrefixes(
      config.ignore,
      `${CONFIG_FILE}: [tool.check-wheel-contents] ignore`,
    )) {
      selected.delete(code);
    }
  }
  return CWC_CODES.filter((c) => selected.has(c));
}

// The files `package`/`src_dir` name, when configured (W101/W102 compare the wheel with them).
function packageFiles(
  config: CwcConfig | undefined,
  projectDir: string | undefined,
): Set<string> | undefined {
  if (!config || (config.package === undefined && config.srcDir === undefined)) return undefined;
  if (projectDir === undefined) {
    throw new Error(
      'checkWheelContents: [tool.check-wheel-contents] package/src_dir need the project directory',
    );
  }
  return packageTreeFiles(config, projectDir, CONFIG_FILE);
}
