/** The job summary of validate-versions: one table of packages, locations and index state, then findings. */
import type { ValidationResult } from '@otai-release/core/consistency';
import { code, table } from '@otai-release/core/markdown';

const INDEX_TEXT: Record<string, string> = {
  'new-project': 'new project',
  'version-free': 'version free',
  released: 'already released',
  partial: 'partially uploaded',
  unreachable: 'unreachable',
  'not-checked': 'not checked',
};

/** Renders the result as Markdown. */
export function renderSummary(result: ValidationResult): string {
  const errors = result.findings.filter((f) => f.level === 'error');
  const head = result.ok
    ? `### ✅ validate-versions: ${result.version ? `${result.version}` : 'versions'} ready to release`
    : `### ❌ validate-versions: ${errors.length} problem(s) stop this release`;
  const rows = result.packages.flatMap((p) => {
    const index =
      p.index.state === 'not-checked'
        ? INDEX_TEXT[p.index.state]
        : `${INDEX_TEXT[p.index.state]}${p.index.detail ? ` (${p.index.detail})` : ''}`;
    const locations = p.fromTag
      ? [[p.name, p.path, `from the tag (${p.fromTag})`, p.version ?? '?', p.tag ?? '', index]]
      : p.locations.map((l, i) => [
          i === 0 ? p.name : '',
          i === 0 ? p.path : '',
          `${code(`${l.file}:${l.line}`)} ${l.label}`,
          code(l.raw),
          i === 0 ? (p.tag ?? '') : '',
          i === 0 ? index : '',
        ]);
    return locations;
  });
  const parts = [
    head,
    '',
    `Policy: **${result.policy}**${result.tag ? ` · tag ${code(result.tag)}` : ''}${result.index ? ` · index ${result.index.name}` : ''}${result.isPrerelease ? ' · pre-release' : ''}`,
    '',
    table(['Package', 'Path', 'Location', 'Version', 'Tag', 'Index'], rows),
  ];
  if (result.findings.length > 0) {
    parts.push('', '#### Findings', '');
    for (const f of result.findings) {
      const icon = f.level === 'error' ? '❌' : f.level === 'warning' ? '⚠️' : 'ℹ️';
      parts.push(
        `- ${icon} ${f.file ? `${code(`${f.file}${f.line ? `:${f.line}` : ''}`)} ` : ''}${f.message}`,
      );
    }
  }
  return `${parts.join('\n')}\n`;
}
