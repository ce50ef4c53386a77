/** `otai-release version`: the set-version action as a command. */
import { parseArgs } from 'node:util';
import { execGit, gitStepsProblem, setVersion } from '@otai-release/core/versioning';
import { consoleLogger } from '../logger.js';
import { UsageError } from '../usage.js';

/** Runs the command; returns the exit code. */
export async function versionCommand(args: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      package: { type: 'string' },
      commit: { type: 'boolean', default: false },
      tag: { type: 'boolean', default: false },
      push: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'first-prerelease-number': { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const [spec, path, ...extra] = positionals;
  if (spec === undefined) {
    throw new UsageError(
      'version needs SPEC: a version such as 1.2.0, or one of major, minor, patch, alpha, beta, rc, post, dev, release',
    );
  }
  if (extra.length > 0) throw new UsageError(`version takes SPEC and one PATH, got also: ${extra.join(' ')}`);
  const first = values['first-prerelease-number'];
  if (first !== undefined && !/^\d+$/.test(first)) {
    throw new UsageError(`--first-prerelease-number ${first}: use a non-negative integer such as 1 or 0.`);
  }
  const problem = gitStepsProblem(values, { commit: '--commit', tag: '--tag', push: '--push' });
  if (problem) throw new UsageError(problem);
  const logger = consoleLogger({
    verbose: !values.quiet,
    notices: !values.quiet,
    color: process.stderr.isTTY,
  });
  const result = await setVersion(
    {
      path: path ?? '.',
      spec,
      package: values.package,
      commit: values.commit,
      tag: values.tag,
      push: values.push,
      dryRun: values['dry-run'],
      force: values.force,
      firstPrereleaseNumber: first === undefined ? undefined : Number(first),
    },
    { logger, clock: () => new Date(), git: execGit },
  );
  const { plan } = result;
  if (result.dryRun) {
    out(result.diff);
    out(
      `${plan.previous ?? '(no version)'} → ${plan.next}; tag ${plan.tags.join(', ')}${result.tags.length ? ' would be created' : ' (not created without --tag)'}; nothing was changed (dry run)\n`,
    );
    return 0;
  }
  for (const file of result.changedFiles) out(`${file}\n`);
  const done = [
    result.committed ? `committed ${result.commitSha?.slice(0, 12)}` : '',
    result.tags.length ? `tagged ${result.tags.join(', ')}` : '',
    result.pushed ? 'pushed to origin' : '',
  ].filter(Boolean);
  out(
    `${plan.previous ?? '(no version)'} → ${plan.next}; tag ${plan.tag}${done.length ? `; ${done.join(', ')}` : ''}\n`,
  );
  return 0;
}
