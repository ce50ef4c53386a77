/** Presenting a check report the same way in the action's log, its summary and the CLI. */
import { displayPath } from '../text/index.js';
import type { CheckReport, FileReport } from './check.js';
import type { Finding } from './findings.js';

const STATUS_TEXT = {
  passed: 'PASSED',
  'passed-with-warnings': 'PASSED with warnings',
  failed: 'FAILED',
} as const;

/** twine's word for a file's result: PASSED, PASSED with warnings, FAILED due to warnings, FAILED. */
export function statusText(file: FileReport): string {
  const dueToWarnings = file.status === 'failed' && !file.findings.some((f) => f.severity === 'error');
  return dueToWarnings ? 'FAILED due to warnings' : STATUS_TEXT[file.status];
}

/** The first five member names joined with commas, `…` when there are more. */
export function memberList(members: readonly string[]): string {
  return `${members.slice(0, 5).join(', ')}${members.length > 5 ? ', …' : ''}`;
}

/** One finding as a log line: `file: CODE message [members] — fix: …` (twine-check, verify-metadata, the pipeline). */
export function findingLine(filename: string, finding: Finding): string {
  const members = finding.members ? ` [${memberList(finding.members)}]` : '';
  return `${filename}: ${finding.code} ${finding.message}${members} — fix: ${finding.fix}`;
}

/** The report with each file's path as the user should read it (relative to `cwd` when inside it). */
export function reportRelativeTo(report: CheckReport, cwd: string): CheckReport {
  return { ...report, files: report.files.map((f) => ({ ...f, file: displayPath(f.file, cwd) })) };
}

/** Which docutils rendered the run's reStructuredText, in one line; undefined when none was rendered. */
export function rendererText(report: CheckReport): string | undefined {
  const rst = report.renderers?.rst;
  if (!rst) return undefined;
  const pypi = rst.docutils === rst.pypiDocutils ? ', as PyPI does' : `; PyPI runs ${rst.pypiDocutils}`;
  return `reStructuredText rendered by docutils ${rst.docutils} (${rst.location}, run by ${rst.python})${pypi}.`;
}
