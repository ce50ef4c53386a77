/** `otai-release doctor`: what in the repository and its workflows would break a release, with fixes. */
import { parseArgs } from 'node:util';
import { type DoctorFinding, runDoctor } from '@otai-release/core/doctor';
import { formatPosition } from '@otai-release/core/errors';
import { UsageError } from '../usage.js';

/** Runs the command; returns the exit code (1 when any finding is an error). */
export async function doctorCommand(args: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      environment: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1)
    throw new UsageError(`doctor takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
  if (values.environment !== undefined && values.environment.trim() === '')
    throw new UsageError(
      "--environment needs the environment name entered in PyPI's publisher form (e.g. pypi).",
    );
  const report = await runDoctor({ path: positionals[0] ?? '.', environment: values.environment });
  const errors = report.findings.filter((f) => f.level === 'error').length;
  if (values.json) {
    out(`${JSON.stringify(report, null, 2)}\n`);
    return errors > 0 ? 1 : 0;
  }
  for (const finding of report.findings) out(render(finding));
  const warnings = report.findings.length - errors;
  const looked = `${report.packages.length} package(s), ${report.workflows.length} workflow file(s)`;
  out(
    report.findings.length === 0
      ? `No problems found in ${looked}.\n`
      : `${errors} error(s), ${warnings} warning(s) in ${looked}.\n`,
  );
  return errors > 0 ? 1 : 0;
}

function render(finding: DoctorFinding): string {
  const fix = finding.fix
    .split('\n')
    .map((line, i) => (i === 0 ? `  fix: ${line}` : `       ${line}`))
    .join('\n');
  return `${formatPosition(finding)}${finding.level}: ${finding.message} [${finding.code}]\n${fix}\n`;
}
