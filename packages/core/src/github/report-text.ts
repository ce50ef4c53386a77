/** A dry run's report as plain text, for the action's log and the CLI. */
import type { ReleaseReport } from './sync-release.js';

/** The release a dry run would create or update, in plain text: title, flags, notes, assets. */
export function releasePlanText(report: ReleaseReport): string {
  const verb = {
    'would-create': 'would create',
    'would-update': 'would update',
    unchanged: 'would leave unchanged',
  }[report.outcome as 'would-create' | 'would-update' | 'unchanged'];
  const lines = [
    `Dry run: ${verb} the release of ${report.tag} in ${report.repository}${report.release ? ` (${report.release.htmlUrl})` : ''}.`,
    `  title:       ${report.name}`,
    `  draft:       ${report.draft}`,
    `  prerelease:  ${report.prerelease}`,
    `  latest:      ${report.latest.latest} (${report.latest.reason})`,
    `  changes:     ${report.changes.length > 0 ? report.changes.join(', ') : 'none'}`,
    `  notes from:  ${report.notes.source}${report.notes.file ? ` (${report.notes.file})` : ''}${report.notes.previousTag ? ` (since ${report.notes.previousTag})` : ''}`,
    ...report.notes.body.split('\n').map((l) => `    | ${l}`),
    `  assets:`,
    ...report.assets.map(
      (a) => `    ${a.action.padEnd(8)} ${a.name} (${a.size} bytes, ${a.contentType}, sha256:${a.sha256})`,
    ),
  ];
  return lines.join('\n');
}
