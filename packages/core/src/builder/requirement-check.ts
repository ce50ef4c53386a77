/**
 * The build requirements of every package, checked against the interpreter of a build without
 * isolation before any build starts, the way pypa/build's own check does it (build/_util.py
 * `check_dependency`): a requirement counts when its marker holds, its distribution is installed at a
 * version its specifier admits, and that distribution's own requirements count too, recursively.
 * Every unmet requirement of every package is named at its line, with the command that installs it.
 */
import { ConfigurationError } from '../errors/index.js';
import { formatRequirement, parseRequirement } from '../pep508/index.js';
import { canonicalizeName } from '../names/index.js';
import { specifierSetContains } from '../pep440/index.js';
import { type BuildRequires, type DeclaredRequirement, readBuildRequires } from './build-requires.js';
import { evaluateMarker } from './markers.js';
import { formatCommand } from './process.js';
import { inspectPythonEnvironment, type PythonEnvironment } from './python-environment.js';
import { describeTarget } from './verify.js';

/** A requirement the interpreter does not satisfy, and the chain of requirements that leads to it. */
export interface UnmetRequirement {
  declared: DeclaredRequirement;
  /** From the declared requirement down to the unmet one, each as `str(Requirement)` writes it. */
  chain: string[];
  /** Project names along the chain. */
  names: string[];
  /** The unmet requirement without its marker, as an installer takes it. */
  install: string;
  /** The installed version, when one is installed but its specifier does not admit it. */
  installed?: string;
}

/** What the check found for one package. */
export interface PackageRequirements {
  requires: BuildRequires;
  unmet: UnmetRequirement[];
  /** Declared strings that are not PEP 508 requirements, with packaging's complaint. */
  invalid: { declared: DeclaredRequirement; message: string }[];
  /** Unmet requirements accepted on purpose (see isAcceptedGap); pypa/build's own check would refuse them. */
  accepted: UnmetRequirement[];
}

/** One package to check: a name for messages and its repository-relative directory. */
export interface RequirementTarget {
  name: string;
  path: string;
}

/**
 * The one gap accepted: `editables` required by hatchling. Debian and Ubuntu package hatchling
 * without it (python3-editables does not exist there), while hatchling imports it only to build
 * editable wheels (PEP 660), never for an sdist or a wheel; refusing it would refuse the
 * distribution's own hatchling. Required by anything else, or merely too old, it is not accepted.
 */
function isAcceptedGap(unmet: UnmetRequirement): boolean {
  const { names } = unmet;
  return (
    unmet.installed === undefined &&
    names.length >= 2 &&
    canonicalizeName(names.at(-1)!) === 'editables' &&
    canonicalizeName(names.at(-2)!) === 'hatchling'
  );
}

function unmetOf(
  text: string,
  declared: DeclaredRequirement,
  ancestors: { chain: string[]; names: string[] },
  parentExtras: readonly string[],
  environment: PythonEnvironment,
  out: UnmetRequirement[],
): void {
  const parsed = parseRequirement(text);
  // An installed distribution's malformed Requires-Dist is not the project's to fix; pip installed it.
  if (!parsed.ok) return;
  const requirement = parsed.requirement;
  const normalized = formatRequirement(requirement);
  if (ancestors.chain.includes(normalized)) return; // a cycle, already being checked
  if (requirement.marker) {
    const extras = ['', ...parentExtras];
    const applies = extras.some((extra) =>
      evaluateMarker(requirement.marker!, { ...environment.markers, extra }),
    );
    if (!applies) return;
  }
  const chain = [...ancestors.chain, normalized];
  const names = [...ancestors.names, requirement.name];
  const install = formatRequirement({ ...requirement, marker: undefined, url: requirement.url });
  const dist = environment.distribution(requirement.name);
  if (!dist) {
    out.push({ declared, chain, names, install });
    return;
  }
  if (
    requirement.specifier &&
    !specifierSetContains(requirement.specifier, dist.version, { prereleases: true })
  ) {
    out.push({ declared, chain, names, install, installed: dist.version });
    return;
  }
  for (const line of dist.requires) {
    unmetOf(line, declared, { chain, names }, requirement.extras, environment, out);
  }
}

/** Checks one package's declared requirements against `environment` (pure; no process runs). */
export function checkRequirements(
  requires: BuildRequires,
  environment: PythonEnvironment,
): PackageRequirements {
  const result: PackageRequirements = { requires, unmet: [], invalid: [], accepted: [] };
  for (const declared of requires.requires) {
    const parsed = parseRequirement(declared.text);
    if (!parsed.ok) {
      result.invalid.push({ declared, message: parsed.message });
      continue;
    }
    const found: UnmetRequirement[] = [];
    unmetOf(declared.text, declared, { chain: [], names: [] }, [], environment, found);
    for (const unmet of found) (isAcceptedGap(unmet) ? result.accepted : result.unmet).push(unmet);
  }
  return result;
}

/** The names whose installed distributions a check of `requires` may look at first. */
function topNames(requires: readonly BuildRequires[]): string[] {
  return requires.flatMap((r) =>
    r.requires.flatMap((d) => {
      const parsed = parseRequirement(d.text);
      return parsed.ok ? [parsed.requirement.name] : [];
    }),
  );
}

/** The outcome for every package that could be read (in target order), and the environment checked. */
export interface RequirementReport {
  environment: PythonEnvironment;
  /** Keyed by the target's path. */
  packages: Map<string, PackageRequirements>;
}

/**
 * Checks the build requirements of every target in `python` before anything is built; throws one
 * ConfigurationError naming every unmet or malformed requirement of every package, at its line.
 * `alsoAsk` names further distributions whose presence the caller wants to know (version plugins).
 */
export async function checkBuildRequirements(options: {
  root: string;
  targets: readonly RequirementTarget[];
  python: string;
  env: NodeJS.ProcessEnv;
  /** How the fix installs: pip in that interpreter, or `uv pip` (the uv frontend). */
  installer: 'pip' | 'uv';
  alsoAsk?: readonly string[];
}): Promise<RequirementReport> {
  const read = options.targets.map((target) => ({
    target,
    requires: readBuildRequires(options.root, target.path),
  }));
  const known = read.filter((r): r is { target: RequirementTarget; requires: BuildRequires } => !!r.requires);
  const environment = await inspectPythonEnvironment(
    options.python,
    [...new Set([...topNames(known.map((k) => k.requires)), ...(options.alsoAsk ?? [])])],
    { env: options.env, cwd: options.root },
  );
  const packages = new Map<string, PackageRequirements>();
  for (const { target, requires } of known)
    packages.set(target.path, checkRequirements(requires, environment));
  const failing = known.filter(({ target }) => {
    const p = packages.get(target.path)!;
    return p.unmet.length > 0 || p.invalid.length > 0;
  });
  if (failing.length > 0) {
    throw unmetError(
      failing.map(({ target }) => ({ target, result: packages.get(target.path)! })),
      environment,
      options.installer,
    );
  }
  return { environment, packages };
}

function describeUnmet(unmet: UnmetRequirement): string {
  const leaf = unmet.names.at(-1)!;
  const state =
    unmet.installed === undefined ? 'which is not installed' : `but ${leaf} ${unmet.installed} is installed`;
  if (unmet.chain.length === 1) return `requires ${unmet.install}, ${state}`;
  const via = unmet.chain.slice(1).join(', which requires ');
  return `requires ${unmet.chain[0]}, which requires ${via}, ${state}`;
}

/** `python -m pip install 'a>=1' 'b'`, or `uv pip install --python PY …` where pip is not the way. */
export function installCommand(
  environment: PythonEnvironment,
  installer: 'pip' | 'uv',
  requirements: readonly string[],
): string {
  const python = environment.executable;
  return installer === 'uv' || !environment.hasPip
    ? formatCommand('uv', ['pip', 'install', '--python', python, ...requirements])
    : formatCommand(python, ['-m', 'pip', 'install', ...requirements]);
}

function unmetError(
  failing: { target: RequirementTarget; result: PackageRequirements }[],
  environment: PythonEnvironment,
  installer: 'pip' | 'uv',
): ConfigurationError {
  const problems: { file: string; line?: number; text: string }[] = [];
  for (const { target, result } of failing) {
    const who = describeTarget(target);
    for (const { declared, message } of result.invalid) {
      problems.push({
        ...declared,
        text:
          `${who}: [build-system] requires "${declared.text}" is not a valid requirement (${message}); ` +
          'write it as PEP 508 says, e.g. "setuptools>=64".',
      });
    }
    for (const unmet of result.unmet) {
      const defaulted = result.requires.defaulted
        ? ` (the default of a project that declares no [build-system])`
        : '';
      problems.push({ ...unmet.declared, text: `${who} ${describeUnmet(unmet)}${defaulted}.` });
    }
  }
  const toInstall = [...new Set(failing.flatMap(({ result }) => result.unmet.map((u) => u.install)))];
  const [first, ...rest] = problems;
  const where = (p: { file: string; line?: number }) => `${p.file}${p.line ? `:${p.line}` : ''}: `;
  const fix =
    toInstall.length === 0
      ? 'Nothing was built.'
      : `Nothing was built: without isolation a build uses only what ${environment.executable} has installed. ` +
        `Install ${toInstall.length === 1 ? 'it' : 'them'} there with \`${installCommand(environment, installer, toInstall)}\`, ` +
        "or build with isolation (the action's default `isolation: true`; the CLI without --no-isolation), " +
        "which installs each package's [build-system] requires into a fresh environment.";
  return new ConfigurationError([first!.text, ...rest.map((p) => `${where(p)}${p.text}`), fix].join('\n'), {
    file: first!.file,
    line: first!.line,
  });
}
