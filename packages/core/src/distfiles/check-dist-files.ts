/**
 * The check twine-check and `otai-release check-dist` share, from the user's paths to the report:
 * each entry point only reads its settings and presents the report its own way.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type CheckReport, checkDistributions } from './check.js';
import { expandDistributionPaths } from './files.js';
import { cwcConfigsOf } from './project-cwc-config.js';
import type { DocutilsInstaller } from './readme/index.js';
import { reportRelativeTo } from './report.js';
import type { CodeFilter } from './select.js';

/** What the user asked to check, and how. */
export interface CheckDistFilesOptions extends CodeFilter {
  /** Files, globs and directories, relative to the working directory. */
  paths: readonly string[];
  /** Warnings fail the file too. */
  strict: boolean;
  /** Per-file size limit in bytes. */
  maxFileSize: number;
  /** The directory whose pyproject.toml holds `[tool.check-wheel-contents]`. */
  project: string;
  /** The interpreter that renders reStructuredText; default: the first of python3, python with docutils. */
  python?: string;
  /** Where the JSON report is written (its directory is created); nowhere when undefined. */
  report?: string;
}

/** What checkDistFiles needs from outside. */
export interface CheckDistFilesDeps {
  /** The working directory relative paths start from and the report's paths are shown relative to. */
  cwd: string;
  /** Installs PyPI's docutils when the interpreter's is older (the action puts the Actions cache in front). */
  docutils?: DocutilsInstaller;
}

/** Expands the paths, checks every file, and writes the report where asked; paths in it are relative to cwd. */
export async function checkDistFiles(
  options: CheckDistFilesOptions,
  deps: CheckDistFilesDeps,
): Promise<CheckReport> {
  const { cwd } = deps;
  const files = await expandDistributionPaths(options.paths, cwd);
  const report = reportRelativeTo(
    await checkDistributions(files, {
      strict: options.strict,
      maxFileSize: options.maxFileSize,
      select: options.select,
      ignore: options.ignore,
      cwcConfigFor: cwcConfigsOf(resolve(cwd, options.project)),
      python: options.python,
      docutils: deps.docutils,
    }),
    cwd,
  );
  if (options.report) {
    const target = resolve(cwd, options.report);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(report, null, 2)}\n`);
  }
  return report;
}
