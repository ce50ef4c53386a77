/** set-version: the version change as a typed result, with the outputs the next steps read. */
import type { ActionOutcome } from '@otai-release/core/action';
import type { Logger } from '@otai-release/core/log';
import {
  type FileIo,
  type GitRunner,
  type SetVersionResult,
  setVersion,
} from '@otai-release/core/versioning';
import type { Inputs } from './inputs.js';

/** What the action needs from outside: no process.env, no runner inputs. */
export interface RunDeps {
  logger: Logger;
  clock: () => Date;
  git: GitRunner;
  /** The GitHub server the token is for (GITHUB_SERVER_URL); default https://github.com. */
  serverUrl?: string;
  io?: FileIo;
}

/** The action's result: what set-version did, plus its outputs, ready to set. */
export interface Result extends ActionOutcome {
  change: SetVersionResult;
  outputs: {
    'previous-version': string;
    version: string;
    tag: string;
    'changed-files': string[];
    'commit-sha': string;
  };
}

/** Runs set-version with the inputs; in a dry run the diff goes to the log. */
export async function run(inputs: Inputs, deps: RunDeps): Promise<Result> {
  const change = await setVersion(
    {
      path: inputs.path,
      spec: inputs.version,
      package: inputs.package,
      commit: inputs.commit,
      tag: inputs.tag,
      push: inputs.push,
      dryRun: inputs['dry-run'],
      force: inputs.force,
      firstPrereleaseNumber: inputs['first-prerelease-number'],
      auth: inputs.token
        ? { token: inputs.token, serverUrl: deps.serverUrl ?? 'https://github.com' }
        : undefined,
    },
    { logger: deps.logger, clock: deps.clock, git: deps.git, io: deps.io },
  );
  if (change.dryRun) {
    await deps.logger.group('Diff (dry run: nothing was written)', async () =>
      deps.logger.info(change.diff || '(no file changes)'),
    );
  }
  const { plan } = change;
  return {
    change,
    outputs: {
      'previous-version': plan.previous ?? '',
      version: plan.next,
      tag: plan.tag,
      'changed-files': change.changedFiles,
      'commit-sha': change.commitSha ?? '',
    },
  };
}
