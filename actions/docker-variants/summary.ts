/** The job summary of docker-variants: one row per variant with its tags, platforms and digest. */
import type { DockerRelease } from '@otai-release/core/docker';
import { code, table } from '@otai-release/core/markdown';

/** Renders the release as Markdown. */
export function renderSummary(release: DockerRelease): string {
  const { plan } = release;
  const count = `${plan.variants.length} variant(s) of ${plan.version}`;
  const head = release.failed
    ? `### ❌ docker-variants: ${count} not released`
    : release.dryRun
      ? `### 📝 docker-variants (dry run): ${count} would be built with ${release.backend}`
      : release.pushed
        ? `### ✅ docker-variants: ${count} pushed`
        : `### ✅ docker-variants: ${count} built, not pushed (push: false)`;
  const rows = release.variants.map((v) => [
    `${code(v.name)}${v.isDefault ? ' (default)' : ''}`,
    v.tags.map(code).join('<br>'),
    v.platforms.join(', '),
    v.digest ? code(v.digest) : '—',
  ]);
  const parts = [head, '', table(['Variant', 'Tags', 'Platforms', 'Digest'], rows)];
  if (plan.prerelease)
    parts.push('', `${plan.version} is a pre-release: no variant got a moving tag (-latest, latest).`);
  if (release.wait?.ready) {
    parts.push(
      '',
      `The index listed every package after ${Math.round(release.wait.waitedMs / 1000)} s (${release.wait.polls} poll(s)).`,
    );
  }
  if (release.failed) parts.push('', `> ❌ ${release.failed.split('\n').join('\n> ')}`);
  if (release.dryRun)
    parts.push(
      '',
      '<details><summary>What would run</summary>',
      '',
      '```',
      release.described,
      '```',
      '</details>',
    );
  return `${parts.join('\n')}\n`;
}
