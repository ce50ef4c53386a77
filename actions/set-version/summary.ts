/** The job summary of set-version: the version change, the tag, and one row per rewritten span. */
import { code, table } from '@otai-release/core/markdown';
import type { Replacement, SetVersionResult } from '@otai-release/core/versioning';

// Changelog replacements span lines; show the lines they add rather than a multi-line code span.
function describe(r: Replacement): string {
  if (r.kind !== 'changelog') return `${code(r.old)} → ${code(r.new)}`;
  const added = r.new.split(/\r?\n/).filter((line) => line.trim() !== '' && !r.old.includes(line));
  return added.map((line) => `+ ${code(line)}`).join('<br>');
}

/** Renders the result as Markdown. */
export function renderSummary(result: SetVersionResult): string {
  const { plan } = result;
  const change = `${plan.previous ? `${code(plan.previous)} → ` : ''}${code(plan.next)}`;
  const head = result.dryRun
    ? `### 🔍 set-version (dry run): ${change}, nothing was changed`
    : `### ✅ set-version: ${change}`;
  const tagState = result.tags.length
    ? result.dryRun
      ? 'would be created'
      : result.pushed
        ? 'created and pushed'
        : 'created'
    : 'not created (tag: false)';
  const facts = [
    `Tag ${plan.tags.map(code).join(', ')} ${tagState}`,
    ...(result.committed ? [`commit ${code(result.commitSha ?? '')} ${code(plan.commitMessage)}`] : []),
    `policy **${plan.policy}**`,
  ];
  const rows = plan.edits.flatMap((e) =>
    e.replacements.map((r) => [code(`${e.file}:${r.line}`), r.label, describe(r)]),
  );
  for (const p of plan.packages) {
    if (p.fromTag) rows.push(['', `${p.name}: version from the tag (${p.fromTag})`, `tag ${code(p.tag)}`]);
  }
  const parts = [head, '', facts.join(' · '), '', table(['File', 'Location', 'Change'], rows)];
  if (plan.notices.length > 0) {
    parts.push('', ...plan.notices.map((n) => `- ℹ️ ${n}`));
  }
  if (result.dryRun && result.diff) {
    parts.push(
      '',
      '<details><summary>Diff</summary>',
      '',
      '```diff',
      result.diff.trimEnd(),
      '```',
      '',
      '</details>',
    );
  }
  return `${parts.join('\n')}\n`;
}
