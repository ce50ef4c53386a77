/** `otai-release gh-release`: the gh-release action as a command, with GITHUB_TOKEN and GITHUB_REPOSITORY from the environment. */
import { parseArgs } from 'node:util';
import { ConfigurationError } from '@otai-release/core/errors';
import {
  type AutoFlag,
  githubApi,
  NOTES_SOURCES,
  type NotesSource,
  parseRepositoryName,
  releasePlanText,
  syncRelease,
} from '@otai-release/core/github';
import { tagFromRef } from '@otai-release/core/pyproject';
import { oneOf } from '@otai-release/core/text';
import { consoleLogger } from '../logger.js';
import { UsageError } from '../usage.js';

function autoFlag(value: string, option: string): AutoFlag {
  const choice = oneOf(
    value,
    ['auto', 'true', 'false'] as const,
    (use) => new UsageError(`${option} is '${value}': ${use}`),
  );
  return choice === 'auto' ? 'auto' : choice === 'true';
}

/** Runs the command; returns the exit code. */
export async function ghReleaseCommand(args: string[], out: (text: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      tag: { type: 'string' },
      name: { type: 'string' },
      files: { type: 'string', multiple: true },
      'notes-from': { type: 'string' },
      body: { type: 'string' },
      prerelease: { type: 'string', default: 'auto' },
      draft: { type: 'boolean', default: false },
      'make-latest': { type: 'string', default: 'auto' },
      'no-overwrite-assets': { type: 'boolean', default: false },
      'target-commitish': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  const notesFrom =
    values['notes-from'] === undefined
      ? undefined
      : oneOf(
          values['notes-from'],
          NOTES_SOURCES,
          (use) => new UsageError(`--notes-from is '${values['notes-from']}': ${use}`),
        );
  const prerelease = autoFlag(values.prerelease, '--prerelease');
  const makeLatest = autoFlag(values['make-latest'], '--make-latest');
  // In a workflow's shell step, the pushed tag is the default, as in the action.
  const tag = values.tag ?? tagFromRef(process.env.GITHUB_REF);
  if (!tag) throw new UsageError('gh-release needs the tag to release: --tag v1.2.0');
  const token = process.env.GITHUB_TOKEN;
  if (!token) {
    throw new ConfigurationError(
      "GITHUB_TOKEN is not set: export a token that can write the repository's contents (a fine-grained token with " +
        'Contents read and write, a classic token with the repo scope, or `export GITHUB_TOKEN=$(gh auth token)`).',
    );
  }
  if (!process.env.GITHUB_REPOSITORY) {
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set: export it as owner/name, e.g. GITHUB_REPOSITORY=octo-org/octo-repo.',
    );
  }
  const repository = parseRepositoryName(process.env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY');
  const logger = consoleLogger({ verbose: !values.json && !values.quiet, color: process.stderr.isTTY });
  const report = await syncRelease(
    {
      tag,
      name: values.name,
      files: values.files ?? ['dist/*'],
      notesFrom: notesFrom as NotesSource | undefined,
      body: values.body,
      prerelease,
      draft: values.draft,
      makeLatest,
      overwriteAssets: !values['no-overwrite-assets'],
      targetCommitish: values['target-commitish'],
      dryRun: values['dry-run'],
      cwd: process.cwd(),
      filesInput: '--files',
    },
    {
      ...githubApi(token, process.env.GITHUB_API_URL, logger),
      repository,
      tokenSource: 'the token in GITHUB_TOKEN',
    },
  );
  if (values.json) out(`${JSON.stringify(report, null, 2)}\n`);
  else if (report.dryRun) out(`${releasePlanText(report)}\n`);
  else {
    for (const a of report.assets) out(`${a.action.padEnd(8)} ${a.name}${a.note ? ` (${a.note})` : ''}\n`);
    out(
      `${report.outcome === 'unchanged' ? 'Unchanged' : report.outcome === 'created' ? 'Created' : 'Updated'}: ${report.release?.htmlUrl ?? report.tag}\n`,
    );
  }
  return 0;
}
