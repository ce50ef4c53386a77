/** The job summary of pypi-publish-oidc: one row per file with its size, digests and place on the index. */
import { code, table } from '@otai-release/core/markdown';
import { type FileStatus, ON_INDEX, type PackagesDirResult, sizeText } from '@otai-release/core/publish';

const STATUS: Record<FileStatus, string> = {
  uploaded: '✅ uploaded',
  identical: '☑️ already there (identical)',
  skipped: '⏭️ skipped (exists)',
  failed: '❌ failed',
  'not-attempted': '⏸️ not attempted',
  'would-upload': '🔍 would upload',
  'would-skip': '🔍 would skip (exists)',
  'would-fail': '🔍 would fail (exists, other content)',
};

/** Renders the result as Markdown. */
export function renderSummary(result: PackagesDirResult): string {
  const parts: string[] = [];
  const report = result.report;
  if (!report) {
    parts.push('### ❌ pypi-publish-oidc: nothing was uploaded', '', result.failed ?? '');
    for (const file of result.check?.files.filter((f) => f.status === 'failed') ?? []) {
      parts.push(
        '',
        `- ${code(file.filename)}: ${file.findings
          .filter((f) => f.severity === 'error')
          .map((f) => `${f.code} ${f.message}`)
          .join('; ')}`,
      );
    }
    return `${parts.join('\n')}\n`;
  }
  const onIndex = report.files.filter((f) => ON_INDEX.includes(f.status)).length;
  const head = report.dryRun
    ? `### 🔍 pypi-publish-oidc (dry run): ${report.files.length} file(s) checked against ${report.uploadUrl}`
    : report.failed
      ? `### ❌ pypi-publish-oidc: ${onIndex} of ${report.files.length} file(s) on ${report.uploadUrl}`
      : `### ✅ pypi-publish-oidc: ${report.files.length} file(s) on ${report.uploadUrl}`;
  parts.push(head, '');
  parts.push(
    `Credentials: ${result.credentials === 'trusted-publishing' ? 'trusted publishing (OIDC)' : 'API token'}; PEP 740 attestations: ${result.attestations ? 'sent' : 'not sent'}.`,
    '',
  );
  parts.push(
    table(
      ['File', 'Status', 'Size', 'SHA256', 'BLAKE2b-256', 'On the index'],
      report.files.map((f) => [
        code(f.filename),
        STATUS[f.status],
        sizeText(f.size),
        f.sha256 ? code(f.sha256) : '—',
        f.blake2_256 ? code(f.blake2_256) : '—',
        f.url ?? '—',
      ]),
    ),
  );
  const problems = report.files.filter(
    (f) => f.message && (f.status === 'failed' || f.status === 'would-fail'),
  );
  for (const f of problems) {
    parts.push('', `**${f.filename}**: ${f.message}${f.hint ? `  \nFix: ${f.hint}` : ''}`);
  }
  if (report.failed) {
    parts.push(
      '',
      '> Files marked uploaded, already there or skipped are on the index. Run the job again with `skip-existing: true` to upload the rest.',
    );
  }
  for (const note of [...result.notices, ...report.notes]) parts.push('', `> ${note}`);
  return `${parts.join('\n')}\n`;
}
