/** twine-check: expand the files, check them all, report findings; never reads the runner's env. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  type CheckReport,
  type FileReport,
  checkDistributions,
  cwcConfigsOf,
  expandDistributionPaths,
  type DocutilsInstaller,
  memberList,
  rendererText,
  reportRelativeTo,
  statusText,
} from '@otai-release/core/distfiles';
import type { Logger } from '@otai-release/core/log';
import type { Inputs } from './inputs.js';

/** What run() needs from outside. */
export interface CheckDeps {
  logger: Logger;
  /** The working directory the inputs' relative paths start from. */
  cwd: string;
  /** Installs PyPI's docutils when the interpreter's is older (main.ts: pip, behind the Actions cache). */
  docutils?: DocutilsInstaller;
}

/** The action's result and its outputs. */
export interface Result {
  report: CheckReport;
  outputs: { report: CheckReport; failed: number };
}

/** Checks the files; logs one annotation per finding. */
export async function run(inputs: Inputs, deps: CheckDeps): Promise<Result> {
  const { logger, cwd } = deps;
  const paths = await expandDistributionPaths(inputs.files, cwd);
  const full = await checkDistributions(paths, {
    strict: inputs.strict,
    maxFileSize: inputs['max-file-size'],
    select: inputs.select,
    ignore: inputs.ignore,
    cwcConfigFor: cwcConfigsOf(resolve(cwd, inputs.path)),
    python: inputs.python,
    docutils: deps.docutils,
  });
  const report = reportRelativeTo(full, cwd);
  for (const file of report.files) logFile(file, inputs.strict, logger);
  const renderer = rendererText(report);
  if (renderer) logger.info(renderer);
  for (const note of report.notes) logger.warning(note);
  if (inputs.report) {
    const target = resolve(cwd, inputs.report);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(report, null, 2)}\n`);
  }
  return { report, outputs: { report, failed: report.failed } };
}

function logFile(file: FileReport, strict: boolean, logger: Logger): void {
  logger.info(`Checking ${file.file}: ${statusText(file)}`);
  for (const f of file.findings) {
    const text = `${file.filename}: ${f.code} ${f.message}${f.members ? ` [${memberList(f.members)}]` : ''} — fix: ${f.fix}`;
    if (f.severity === 'error' || (strict && f.severity === 'warning')) logger.error(text);
    else if (f.severity === 'warning') logger.warning(text);
    else logger.notice(text);
  }
}
