/** The job summary of twine-check: one row per file, then each failing or warned file's findings. */
import { type CheckReport, memberList, rendererText } from '@otai-release/core/distfiles';
import { cell, code, table } from '@otai-release/core/markdown';

const ICON = { passed: '✅', 'passed-with-warnings': '⚠️', failed: '❌' };

/** Renders the report as Markdown. */
export function renderSummary(report: CheckReport): string {
  const total = report.files.length;
  const head =
    report.failed === 0
      ? `### ✅ twine-check: ${total} file(s) passed${report.strict ? ' (strict)' : ''}`
      : `### ❌ twine-check: ${report.failed} of ${total} file(s) failed${report.strict ? ' (strict)' : ''}`;
  const rows = report.files.map((f) => [
    `${ICON[f.status]} ${code(f.filename)}`,
    f.kind ?? '?',
    `${f.project ?? '?'} ${f.version ?? ''}`.trim(),
    `${(f.size / 1024).toFixed(1)} KiB`,
    f.findings.length === 0 ? '—' : f.findings.map((x) => x.code).join(', '),
  ]);
  const parts = [head, '', table(['File', 'Kind', 'Project', 'Size', 'Findings'], rows)];
  for (const f of report.files.filter((x) => x.findings.length > 0)) {
    parts.push('', `#### ${code(f.filename)}`, '');
    parts.push(
      table(
        ['Code', 'Level', 'Problem', 'Fix'],
        f.findings.map((x) => [
          code(x.code),
          x.severity,
          cell(x.message + (x.members ? ` (${memberList(x.members)})` : '')),
          cell(x.fix),
        ]),
      ),
    );
  }
  const renderer = rendererText(report);
  if (renderer) parts.push('', renderer);
  if (report.notes.length > 0) parts.push('', ...report.notes.map((n) => `> ⚠️ ${n}`));
  return `${parts.join('\n')}\n`;
}
