/**
 * `otai-release publish [DIR]`: the pypi-publish-oidc action as a command. The token comes from
 * OTAI_RELEASE_TOKEN or TWINE_PASSWORD (never from an option, so it stays out of shell history and
 * process lists); without one, trusted publishing runs only inside GitHub Actions.
 */
import { parseArgs } from 'node:util';
import { ConfigurationError } from '@otai-release/core/errors';
import { type FileReport, publishPackagesDir, sizeText } from '@otai-release/core/publish';
import { consoleLogger } from '../logger.js';
import { indexSettingsFromEnv } from '../index-settings.js';
import { UsageError } from '../usage.js';

const STATUS: Record<FileReport['status'], string> = {
  uploaded: 'uploaded',
  identical: 'already there (identical)',
  skipped: 'skipped (exists)',
  failed: 'FAILED',
  'not-attempted': 'not attempted',
  'would-upload': 'would upload',
  'would-skip': 'would skip (exists)',
  'would-fail': 'would FAIL (exists, other content)',
};

/** Runs the command; returns the exit code. */
export async function publishCommand(
  args: string[],
  out: (text: string) => void,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'repository-url': { type: 'string' },
      'skip-existing': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'verify-auth': { type: 'boolean', default: false },
      'no-verify-metadata': { type: 'boolean', default: false },
      'no-attestations': { type: 'boolean', default: false },
      concurrency: { type: 'string' },
      'print-hash': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) {
    throw new UsageError(`publish takes one DIR, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  const concurrencyText = values.concurrency ?? '4';
  const concurrency = Number(concurrencyText);
  if (!/^\d+$/.test(concurrencyText) || concurrency < 1 || concurrency > 32) {
    throw new UsageError(`--concurrency ${concurrencyText}: give a whole number from 1 to 32.`);
  }
  const { password, user, repositoryUrl } = indexSettingsFromEnv(env);
  const onActions = env.GITHUB_ACTIONS === 'true';
  const needsCredentials = !values['dry-run'] || values['verify-auth'];
  if (password === undefined && !onActions && needsCredentials) {
    throw new ConfigurationError(
      'No token: set OTAI_RELEASE_TOKEN (or TWINE_PASSWORD) to an API token of the index. Trusted publishing works only inside a GitHub Actions job with `permissions: id-token: write`.',
    );
  }
  const logger = consoleLogger({
    verbose: !values.json && !values.quiet,
    notices: !values.quiet,
    color: process.stderr.isTTY,
  });
  const result = await publishPackagesDir(
    {
      'repository-url': values['repository-url'] ?? repositoryUrl ?? 'pypi',
      'packages-dir': positionals[0] ?? 'dist',
      user,
      password,
      'skip-existing': values['skip-existing'],
      'verify-metadata': !values['no-verify-metadata'],
      attestations: !values['no-attestations'],
      'print-hash': values['print-hash'],
      verbose: values.verbose,
      'dry-run': values['dry-run'],
      'verify-auth': values['verify-auth'],
      concurrency,
    },
    // Outside a runner nothing collects masks: the CLI never prints a token.
    { logger, cwd: process.cwd(), env, mask: () => {} },
  );
  if (values.json) {
    out(
      `${JSON.stringify({ failed: result.failed ?? null, ...result.outputs, files: result.report?.files ?? [] }, null, 2)}\n`,
    );
  } else if (result.report) {
    const rows = result.report.files.map(
      (f) =>
        `  ${STATUS[f.status].padEnd(26)} ${f.filename} (${sizeText(f.size)})${f.url ? `  ${f.url}` : ''}`,
    );
    out(
      `${result.report.dryRun ? 'Dry run, nothing uploaded' : 'Published'} to ${result.report.uploadUrl}:\n${rows.join('\n')}\n`,
    );
  }
  if (result.failed) {
    process.stderr.write(`error: ${result.failed}\n`);
    return 1;
  }
  return 0;
}
