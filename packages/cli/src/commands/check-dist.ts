/** `otai-release check-dist`: the twine-check action as a command. */
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import {
  ALL_RULES,
  checkDistFiles,
  docutilsCacheDir,
  memberList,
  parseSize,
  pipDocutilsInstaller,
  PYPI_DOCUTILS_VERSION,
  rendererText,
  splitCodes,
  statusText,
  TROVE_CLASSIFIERS_VERSION,
  validateCodeFilter,
} from '@otai-release/core/distfiles';
import { UsageError } from '../usage.js';

/** Runs the command; returns the exit code. */
export async function checkDistCommand(args: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      select: { type: 'string' },
      ignore: { type: 'string' },
      'max-file-size': { type: 'string', default: '100MiB' },
      report: { type: 'string' },
      python: { type: 'string' },
      project: { type: 'string', default: '.' },
      'list-rules': { type: 'boolean', default: false },
    },
  });
  if (values['list-rules']) {
    // The data the rules are judged by, so that a finding can be traced to the list that produced it.
    const data = { troveClassifiers: TROVE_CLASSIFIERS_VERSION, pypiDocutils: PYPI_DOCUTILS_VERSION };
    if (values.json) out(`${JSON.stringify({ ...data, rules: ALL_RULES }, null, 2)}\n`);
    else {
      out(
        `Classifiers: trove-classifiers ${data.troveClassifiers} (bundled). reStructuredText: docutils ${data.pypiDocutils}, as PyPI renders it.\n`,
      );
      for (const r of ALL_RULES)
        out(`${r.code}  ${r.severity.padEnd(7)}  ${r.source.padEnd(20)}  ${r.title}\n`);
    }
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError('check-dist needs the files to check: paths, globs or a directory (dist)');
  const filter = { select: splitCodes(values.select), ignore: splitCodes(values.ignore) };
  validateCodeFilter(filter, ALL_RULES, 'Option');
  const report = await checkDistFiles(
    {
      paths: positionals,
      strict: values.strict,
      maxFileSize: parseSize(values['max-file-size'], '--max-file-size'),
      ...filter,
      project: values.project,
      python: values.python,
      report: values.report,
    },
    {
      cwd: process.cwd(),
      docutils: pipDocutilsInstaller(docutilsCacheDir(process.env, process.platform, homedir())),
    },
  );
  if (values.json) {
    out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const f of report.files) {
      out(`Checking ${f.file}: ${statusText(f)}\n`);
      for (const x of f.findings) {
        const members = x.members ? ` [${memberList(x.members)}]` : '';
        out(
          `  ${x.severity} ${x.code}: ${x.message.replace(/\n/g, '\n    ')}${members}\n      fix: ${x.fix}\n`,
        );
      }
    }
    const renderer = rendererText(report);
    if (renderer) out(`${renderer}\n`);
    for (const note of report.notes) out(`note: ${note}\n`);
    out(
      report.failed === 0
        ? `${report.files.length} file(s) passed.\n`
        : `${report.failed} of ${report.files.length} file(s) failed.\n`,
    );
  }
  return report.failed === 0 ? 0 : 1;
}
