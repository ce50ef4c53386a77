/**
 * buildDistributions: builds the sdist and/or wheel of each target with pypa/build or uv, several at a
 * time, each into its own fresh temporary directory. Without isolation, every package's build
 * requirements are checked in the interpreter first, so a missing one stops everything before any
 * build starts. Nothing reaches the output directory until every build has succeeded and its files
 * are verified (kinds, project, version), so a failed release build never leaves a partial set behind
 * to be uploaded.
 */
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { type LimitedOutcome, runLimited } from '../concurrency/index.js';
import { ConfigurationError, errorMessage } from '../errors/index.js';
import type { Logger } from '../log/index.js';
import { canonicalizeName } from '../names/index.js';
import { chooseSourceDateEpoch, type ChosenEpoch } from './epoch.js';
import { BuildError, TAIL_LINES } from './errors.js';
import { digestFile, distributionFilesIn, moveInto } from './files.js';
import { declaredNames, readBuildRequires } from './build-requires.js';
import { type CheckoutState, inspectCheckout } from './checkout.js';
import { PLUGIN_DISTRIBUTIONS } from './fallback.js';
import {
  buildInterpreter,
  type Frontend,
  frontendCommand,
  prepareFrontend,
  type ReadyFrontend,
} from './frontend.js';
import { lastLines, runToFile, stripAnsi } from './process.js';
import { checkBuildRequirements, type RequirementReport } from './requirement-check.js';
import {
  describeTarget,
  type ProducedFile,
  type VersionContext,
  type VerifyTarget,
  verifyProducedFiles,
} from './verify.js';

/** One package to build. */
export interface BuildTarget extends VerifyTarget {
  /** The project name the files must carry (compared canonically). */
  name: string;
  /** Repository-relative directory of the package, '.' for the root. */
  path: string;
  /**
   * The version the files must carry (compared as canonical PEP 440). When absent, a package whose
   * version comes from a git tag must carry the version of one of its `headTags`; otherwise unchecked.
   */
  version?: string;
}

/** What to build, how, and where to put it. */
export interface BuildOptions {
  /** The repository root; target paths and a relative `python` are taken from here. */
  root: string;
  targets: BuildTarget[];
  /** Absolute directory the files end up in; created when missing. */
  outDir: string;
  sdist: boolean;
  wheel: boolean;
  /** False builds with the backend installed in `python` (`--no-isolation`). */
  isolation: boolean;
  /** The interpreter: a command on PATH, a path, or (for uv) a version request such as `3.12`. */
  python: string;
  frontend: Frontend;
  /** Builds at a time; default os.availableParallelism(). */
  jobs?: number;
  /**
   * Unix seconds for SOURCE_DATE_EPOCH. Unset: a SOURCE_DATE_EPOCH already in `env`, else the time of
   * the last commit in `root` (`git log -1 --pretty=%ct`).
   */
  sourceDateEpoch?: string;
  /** The whole environment of the builds (default process.env); SOURCE_DATE_EPOCH is added to it. */
  env?: NodeJS.ProcessEnv;
  logger: Logger;
  /**
   * Where a failed build's whole output can be read, given its log group's title (`Build pkg (dir)`);
   * the error itself carries only the last lines. Default: the log group, as the action has one.
   */
  fullOutputHint?: (groupTitle: string) => string;
}

/** One file that was built, verified and moved into the output directory. */
export interface BuiltFile {
  /** Absolute path in outDir. */
  path: string;
  filename: string;
  /** The project name as the file name writes it. */
  project: string;
  /** The version as the file name writes it. */
  version: string;
  kind: 'sdist' | 'wheel';
  sha256: string;
  size: number;
}

/** The files of one target and how long its build took. */
export interface PackageBuild {
  name: string;
  path: string;
  /** sdist first, then wheel. */
  files: BuiltFile[];
  /** Wall-clock seconds of the frontend run. */
  seconds: number;
}

/** Everything built, in target order. */
export interface BuildResult {
  files: BuiltFile[];
  packages: PackageBuild[];
  /** The SOURCE_DATE_EPOCH the builds ran with, when there was one. */
  sourceDateEpoch?: string;
}

// A built file still in its build's temporary directory.
interface StagedFile extends ProducedFile {
  staged: string;
  sha256: string;
  size: number;
}

interface StagedBuild {
  target: BuildTarget;
  files: StagedFile[];
  seconds: number;
}

interface Context {
  root: string;
  options: BuildOptions;
  frontend: ReadyFrontend;
  env: NodeJS.ProcessEnv;
  checkout?: CheckoutState;
  /** Without isolation: what the requirement check found, per target path. */
  requirements?: RequirementReport;
  workDirs: string[];
  /** Runs one log group after the previous one has closed, so parallel builds never interleave. */
  log(title: string, write: (logger: Logger) => void): Promise<void>;
}

/** Builds every target (see the module comment); throws ConfigurationError / BuildError on the first failure in target order. */
export async function buildDistributions(options: BuildOptions): Promise<BuildResult> {
  const root = resolve(options.root);
  const env = options.env ?? process.env;
  const { logger } = options;
  await checkOptions(options, root);

  const epoch = await chooseSourceDateEpoch(options.sourceDateEpoch, env, root);
  logger.info(describeEpoch(epoch));
  const [frontend, checkout] = await Promise.all([
    prepareFrontend({ frontend: options.frontend, python: options.python, env, root }),
    inspectCheckout(root),
  ]);
  if (options.targets.length === 0) return { files: [], packages: [], sourceDateEpoch: epoch?.value };
  for (const line of describeExpectations(options.targets)) logger.info(line);
  const jobs = Math.min(options.jobs ?? availableParallelism(), options.targets.length);
  logger.info(
    `Building ${options.targets.length} package(s) with ${frontend.frontend === 'build' ? `pypa/build ${frontend.version}` : frontend.version} ` +
      `(${frontend.python}), ${jobs} at a time.`,
  );

  let logChain: Promise<void> = Promise.resolve();
  const context: Context = {
    root,
    options,
    frontend,
    env: {
      ...env,
      ...(epoch ? { SOURCE_DATE_EPOCH: epoch.value } : {}),
      // Python buffers a pipe's output until exit; unbuffered, the backend's lines stay in order with its traceback.
      PYTHONUNBUFFERED: env.PYTHONUNBUFFERED ?? '1',
    },
    checkout,
    workDirs: [],
    log(title, write) {
      logChain = logChain.then(() => logger.group(title, async () => write(logger)).catch(() => undefined));
      return logChain;
    },
  };

  if (!options.isolation) context.requirements = await checkRequirements(context);

  try {
    const outcomes = await runInPhases(options.targets, jobs, (target) => buildOne(context, target));
    const failed = outcomes.findIndex((o) => o.status !== 'fulfilled');
    if (failed !== -1) throw firstFailure(options.targets, outcomes, failed);
    const staged = outcomes.map((o) => (o as { value: StagedBuild }).value);
    return { ...(await moveIntoOutDir(staged, options.outDir, logger)), sourceDateEpoch: epoch?.value };
  } finally {
    await Promise.all(context.workDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

async function checkOptions(options: BuildOptions, root: string): Promise<void> {
  if (!options.sdist && !options.wheel) {
    throw new ConfigurationError(
      'Nothing to build: both sdist and wheel are off; turn on at least one of them.',
    );
  }
  if (!isAbsolute(options.outDir)) {
    throw new ConfigurationError(`The output directory '${options.outDir}' must be an absolute path.`);
  }
  if (options.jobs !== undefined && !(Number.isInteger(options.jobs) && options.jobs >= 1)) {
    throw new ConfigurationError(`jobs is ${options.jobs}; write a whole number of at least 1.`);
  }
  const names = new Map<string, BuildTarget>();
  const paths = new Map<string, BuildTarget>();
  for (const target of options.targets) {
    const name = canonicalizeName(target.name);
    const dir = resolve(root, target.path);
    const twin = names.get(name) ?? paths.get(dir);
    if (twin) {
      throw new ConfigurationError(
        `${describeTarget(target)} and ${describeTarget(twin)} are the same package listed twice; list each package once.`,
      );
    }
    names.set(name, target);
    paths.set(dir, target);
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) {
      throw new ConfigurationError(
        `Cannot build ${target.name}: its directory '${target.path}' does not exist in ${root}. Fix the package's path.`,
      );
    }
  }
}

function describeEpoch(epoch: ChosenEpoch | undefined): string {
  if (!epoch) {
    return 'SOURCE_DATE_EPOCH: none (not a git repository, and none was given); archive timestamps will be build times.';
  }
  const date = new Date(Number(epoch.value) * 1000);
  const when = Number.isNaN(date.getTime()) ? '' : `${date.toISOString().replace('.000Z', 'Z')}, `;
  return `SOURCE_DATE_EPOCH=${epoch.value} (${when}from ${epoch.source === 'option' ? 'the sourceDateEpoch option' : `the ${epoch.source}`}).`;
}

/** One line per package whose version comes from a git tag: what its build must give, and why. */
function describeExpectations(targets: readonly BuildTarget[]): string[] {
  return targets.flatMap((t) => {
    if (!t.versionPlugin) return [];
    const from = `${describeTarget(t)}: version from the git tag (${t.versionPlugin.tool})`;
    if (t.version !== undefined) return [`${from}; expecting ${t.version}.`];
    if (t.headTags?.length) {
      const tags = t.headTags.map((h) => `${h.version} (${h.tag})`).join(' or ');
      return [`${from}; HEAD carries its release tag, expecting ${tags}.`];
    }
    return [
      `${from}; no release tag on HEAD and none given, so any version it derives is accepted except 0.0.0.`,
    ];
  });
}

/**
 * Checks the build requirements of every target in the build interpreter (one Python process);
 * throws, before anything is built, when one is missing. Also learns whether each tag-deriving
 * package's version plugin is installed there, for explaining a 0.0.0 later.
 */
async function checkRequirements(context: Context): Promise<RequirementReport> {
  const { options, frontend, env, root } = context;
  const python = await buildInterpreter(frontend, env);
  const plugins = options.targets.flatMap((t) =>
    t.versionPlugin ? [PLUGIN_DISTRIBUTIONS[t.versionPlugin.tool] ?? t.versionPlugin.tool] : [],
  );
  const report = await checkBuildRequirements({
    root,
    targets: options.targets,
    python,
    env,
    installer: frontend.frontend === 'uv' ? 'uv' : 'pip',
    alsoAsk: plugins,
  });
  const checked = [...report.packages.values()].reduce((n, p) => n + p.requires.requires.length, 0);
  options.logger.info(
    `Build requirements: all ${checked} declared by ${report.packages.size} package(s) are installed in ${report.environment.executable}.`,
  );
  for (const target of options.targets) {
    const accepted = report.packages.get(target.path)?.accepted ?? [];
    if (accepted.length === 0) continue;
    const gaps = accepted.map((a) => `${a.install} (required by ${a.chain.slice(0, -1).join(' → ')})`);
    options.logger.info(
      `${describeTarget(target)}: ${gaps.join(', ')} is not installed; accepted, since ` +
        'hatchling imports editables only for editable installs' +
        (frontend.frontend === 'build'
          ? ", and pypa/build's own check (which would refuse it) is skipped for this package."
          : '.'),
    );
  }
  return report;
}

/** True when `inner`'s directory lies inside `outer`'s. */
function contains(outer: BuildTarget, inner: BuildTarget): boolean {
  if (outer === inner || outer.path === inner.path) return false;
  return outer.path === '.' || inner.path.startsWith(`${outer.path.replace(/\/+$/, '')}/`);
}

/**
 * Runs the targets that contain other targets first, then the rest: a root package's sdist takes in
 * its sub-packages' folders, which must not be half-written build leftovers (egg-info, build/) of a
 * build running at the same time.
 */
async function runInPhases<R>(
  targets: readonly BuildTarget[],
  limit: number,
  fn: (item: BuildTarget) => Promise<R>,
): Promise<LimitedOutcome<R>[]> {
  const outer = targets.filter((t) => targets.some((o) => contains(t, o)));
  if (outer.length === 0) return runLimited(targets, limit, fn);
  const inner = targets.filter((t) => !outer.includes(t));
  const first = await runLimited(outer, limit, fn);
  const failed = first.some((o) => o.status !== 'fulfilled');
  const second = failed
    ? inner.map(() => ({ status: 'skipped' }) as const)
    : await runLimited(inner, limit, fn);
  return targets.map((t) => (outer.includes(t) ? first[outer.indexOf(t)]! : second[inner.indexOf(t)]!));
}

function firstFailure(
  targets: readonly BuildTarget[],
  outcomes: readonly LimitedOutcome<unknown>[],
  index: number,
): unknown {
  const error = (outcomes[index] as PromiseRejectedResult).reason;
  const others = (status: string) =>
    targets.filter((_, i) => i !== index && outcomes[i]!.status === status).map(describeTarget);
  const notes = [
    others('rejected').length > 0
      ? `Also failed (see their log groups): ${others('rejected').join(', ')}.`
      : '',
    others('skipped').length > 0 ? `Not built because of the failure: ${others('skipped').join(', ')}.` : '',
  ].filter(Boolean);
  if (notes.length > 0 && error instanceof Error) error.message += `\n${notes.join('\n')}`;
  return error;
}

async function buildOne(context: Context, target: BuildTarget): Promise<StagedBuild> {
  const { options, frontend } = context;
  const who = describeTarget(target);
  const work = await mkdtemp(join(tmpdir(), 'otai-build-'));
  context.workDirs.push(work);
  const outdir = join(work, 'out');
  await mkdir(outdir);
  const srcdir = resolve(context.root, target.path);
  const command = frontendCommand(frontend, {
    srcdir,
    outdir,
    sdist: options.sdist,
    wheel: options.wheel,
    isolation: options.isolation,
    skipDependencyCheck: (context.requirements?.packages.get(target.path)?.accepted.length ?? 0) > 0,
  });

  const started = performance.now();
  let outcome;
  try {
    outcome = await runToFile(command.command, command.args, {
      cwd: srcdir,
      env: context.env,
      logFile: join(work, 'output.log'),
    });
  } catch (error) {
    throw new ConfigurationError(
      `Could not start \`${command.display}\` to build ${who}: ${errorMessage(error)}.`,
    );
  }
  const seconds = Math.round(performance.now() - started) / 1000;

  let files: StagedFile[] = [];
  let failure: unknown;
  try {
    if (outcome.code !== 0) {
      throw new BuildError(
        target.name,
        target.path,
        command.display,
        outcome.code,
        lastLines(stripAnsi(outcome.output), TAIL_LINES),
        failureHint(options.isolation, frontend, (options.fullOutputHint ?? inLogGroup)(`Build ${who}`)),
        outcome.signal,
      );
    }
    const written = (await readdir(outdir)).filter((name) => !name.startsWith('.'));
    const produced = verifyProducedFiles(target, written, options, versionContext(context, target));
    files = await Promise.all(
      produced.map(async (file) => {
        const staged = join(outdir, file.filename);
        return { ...file, staged, ...(await digestFile(staged)) };
      }),
    );
  } catch (error) {
    failure = error;
  }

  await context.log(`Build ${who}`, (logger) => {
    logger.info(`$ ${command.display}`);
    const output = outcome.output.replace(/\s+$/, '');
    if (output !== '') logger.info(output);
    for (const file of files) logger.info(`${file.filename}: ${file.size} bytes, sha256 ${file.sha256}`);
    logger.info(failure ? `Failed after ${seconds} s.` : `Built in ${seconds} s.`);
  });
  if (failure) throw failure;
  return { target, files, seconds };
}

/** What verification needs to explain a tag plugin's fallback version for `target`. */
function versionContext(context: Context, target: BuildTarget): VersionContext {
  const { options, requirements } = context;
  const plugin = target.versionPlugin;
  const dist = plugin ? (PLUGIN_DISTRIBUTIONS[plugin.tool] ?? plugin.tool) : undefined;
  const requires = dist ? readBuildRequires(context.root, target.path) : undefined;
  const declared = requires ? declaredNames(requires).includes(dist!) : undefined;
  return {
    isolation: options.isolation,
    python: requirements?.environment.executable,
    pluginInstalled:
      dist && requirements ? requirements.environment.distribution(dist) !== undefined : undefined,
    pluginDeclared: declared,
    checkout: context.checkout,
  };
}

const inLogGroup = () => 'The full output is in its log group.';

function failureHint(isolation: boolean, frontend: ReadyFrontend, fullOutput: string): string {
  return isolation
    ? `Fix what the backend reports above in that package, then build again. ${fullOutput}`
    : `The build ran without isolation, so the build backend and everything it requires must be installed in ${frontend.python}; ` +
        `otherwise fix what the backend reports above in that package. ${fullOutput}`;
}

async function moveIntoOutDir(
  builds: readonly StagedBuild[],
  outDir: string,
  logger: Logger,
): Promise<Omit<BuildResult, 'sourceDateEpoch'>> {
  await mkdir(outDir, { recursive: true });
  const before = await distributionFilesIn(outDir);
  const packages: PackageBuild[] = [];
  for (const build of builds) {
    const files: BuiltFile[] = [];
    for (const file of build.files) {
      files.push({
        path: await moveInto(file.staged, outDir, file.filename),
        filename: file.filename,
        project: file.project,
        version: file.version,
        kind: file.kind,
        sha256: file.sha256,
        size: file.size,
      });
    }
    packages.push({ name: build.target.name, path: build.target.path, files, seconds: build.seconds });
  }
  const built = new Set(packages.flatMap((p) => p.files.map((f) => f.filename)));
  const others = before.filter((name) => !built.has(name));
  if (others.length > 0) {
    logger.warning(
      `${outDir} already held distribution files that this build did not produce: ${others.join(', ')}. ` +
        'They are not part of this build; remove them, or build into an empty directory, so they are not published with it.',
    );
  }
  return { files: packages.flatMap((p) => p.files), packages };
}
