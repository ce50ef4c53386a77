/** The job summary of build-python-dist: per package, its files with size and sha256. */
import { code, table } from '@otai-release/core/markdown';
import type { Result } from './run.js';

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Renders the result as Markdown. */
export function renderSummary(result: Result): string {
  const { build, outputs } = result;
  const rows = build.packages.flatMap((p) =>
    p.files.map((f, i) => [
      i === 0 ? `**${p.name}**` : '',
      i === 0 ? code(p.path) : '',
      code(f.filename),
      size(f.size),
      code(f.sha256),
    ]),
  );
  const parts = [
    `### 📦 build-python-dist: ${build.files.length} file(s) from ${build.packages.length} package(s)`,
    '',
    `Collected in ${code(outputs['dist-dir'])}${outputs['artifact-name'] ? ` · artifact ${code(outputs['artifact-name'])}` : ''}${build.sourceDateEpoch ? ` · SOURCE_DATE_EPOCH ${code(build.sourceDateEpoch)}` : ''}`,
    '',
    table(['Package', 'Path', 'File', 'Size', 'sha256'], rows),
  ];
  return `${parts.join('\n')}\n`;
}
