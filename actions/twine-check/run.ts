/** twine-check: check every file, annotate each finding, fail when a file fails; never reads the runner's env. */
import type { ActionOutcome } from '@otai-release/core/action';
import {
  type CheckReport,
  checkDistFiles,
  type DocutilsInstaller,
  type FileReport,
  findingLine,
  rendererText,
  statusText,
} from '@otai-release/core/distfiles';
import type { Logger } from '@otai-release/core/log';
import type { Inputs } from './inputs.js';

/** What run() needs from outside. */
export interface RunDeps {
  logger: Logger;
  /** The working directory the inputs' relative paths start from. */
  cwd: string;
  /** Installs PyPI's docutils when the interpreter's is older (main.ts: pip, behind the Actions cache). */
  docutils?: DocutilsInstaller;
}

/** The action's result: the report, its outputs, and the failure when a file failed. */
export interface Result extends ActionOutcome {
  report: CheckReport;
  outputs: { report: CheckReport; failed: number };
}

/** Checks the files; logs one annotation per finding. */
export async function run(inputs: Inputs, deps: RunDeps): Promise<Result> {
  const { logger, cwd } = deps;
  const report = await checkDistFiles(
    {
      paths: inputs.files,
      strict: inputs.strict,
      maxFileSize: inputs['max-file-size'],
      select: inputs.select,
      ignore: inputs.ignore,
      project: inputs.path,
      python: inputs.python,
      report: inputs.report,
    },
    { cwd, docutils: deps.docutils },
  );
  for (const file of report.files) logFile(file, inputs.strict, logger);
  const renderer = rendererText(report);
  if (renderer) logger.info(renderer);
  for (const note of report.notes) logger.warning(note);
  return { report, outputs: { report, failed: report.failed }, failed: failure(report) };
}

function logFile(file: FileReport, strict: boolean, logger: Logger): void {
  logger.info(`Checking ${file.file}: ${statusText(file)}`);
  for (const f of file.findings) {
    const text = findingLine(file.filename, f);
    if (f.severity === 'error' || (strict && f.severity === 'warning')) logger.error(text);
    else if (f.severity === 'warning') logger.warning(text);
    else logger.notice(text);
  }
}

function failure(report: CheckReport): string | undefined {
  const first = report.files.find((f) => f.status === 'failed');
  if (!first) return undefined;
  const finding = first.findings[0];
  return `${report.failed} of ${report.files.length} distribution file(s) failed the check; the first: ${first.filename} (${finding?.code} ${finding?.message.split('\n')[0]}). Every finding is annotated above and in the job summary.`;
}
