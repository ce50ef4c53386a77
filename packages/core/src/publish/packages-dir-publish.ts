/**
 * Publishing a packages-dir, as the pypi-publish-oidc action and `otai-release publish` both do:
 * check the distributions, pick the credentials (an API token, or trusted publishing when there is no
 * password), sign PEP 740 attestations where the index takes them, and upload. The environment comes
 * in as a record; nothing here reads process.env.
 */
import { resolve } from 'node:path';
import type { AttestationSigner } from '../attestations/index.js';
import { attestationPolicy } from '../attestations/policy.js';
import type { CheckReport } from '../distfiles/index.js';
import { ConfigurationError } from '../errors/index.js';
import { HttpClient } from '../http/index.js';
import type { Logger } from '../log/index.js';
import {
  type Env,
  trustedPublishing,
  type TrustedPublishingOptions,
  uploadAuthFailureHint,
} from '../oidc/index.js';
import { type CredentialSource, fixedCredentials } from './credentials.js';
import { packagesDirFiles } from './packages-dir.js';
import { publishDistributions, type PublishReport } from './publish.js';
import { repositoryEndpoints } from './repository.js';
import type { UploadTransport } from './upload.js';

/** The settings, as gh-action-pypi-publish names them. */
export interface PackagesDirOptions {
  'repository-url': string;
  'packages-dir': string;
  user: string;
  /** Undefined: trusted publishing. */
  password?: string;
  'skip-existing': boolean;
  'verify-metadata': boolean;
  /** false: never; true: where the index takes them (trusted publishing to PyPI/TestPyPI). */
  attestations: boolean;
  'print-hash': boolean;
  verbose: boolean;
  'dry-run': boolean;
  'verify-auth': boolean;
  concurrency: number;
}

/** What publishPackagesDir needs from outside. */
export interface PackagesDirDeps {
  logger: Logger;
  /** The directory packages-dir is relative to (the workspace). */
  cwd: string;
  /** The environment (ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_*), for trusted publishing and signing. */
  env: Env;
  /** Hides a secret in the log (core.setSecret on a runner): minted tokens. */
  mask: (secret: string) => void;
  fetch?: typeof fetch;
  /** Upload transport settings (tests: short stall timeout, no real sleeping). */
  transport?: Omit<UploadTransport, 'url'>;
  /** Replaces `https://{host}/` as the base of `/_/oidc/…` (tests). */
  oidcBaseUrl?: string;
  /** The PEP 740 signer (default: Sigstore's public-good instance). */
  signer?: AttestationSigner;
  /** Waits between retries of index API requests. */
  sleep?: (ms: number) => Promise<void>;
}

/** One file of the `uploaded`/`skipped` outputs. */
export interface OutputFile {
  file: string;
  sha256?: string;
  url?: string;
}

/** What publishing a packages-dir gave; `failed` says why the step (or command) fails. */
export interface PackagesDirResult {
  failed?: string;
  report?: PublishReport;
  /** The verify-metadata report when it failed a file (nothing was uploaded then). */
  check?: CheckReport;
  credentials: 'token' | 'trusted-publishing';
  attestations: boolean;
  notices: string[];
  outputs: { uploaded: OutputFile[]; skipped: OutputFile[] };
}

/** Publishes the distributions in packages-dir. */
export async function publishPackagesDir(
  inputs: PackagesDirOptions,
  deps: PackagesDirDeps,
): Promise<PackagesDirResult> {
  const { logger } = deps;
  const target = repositoryEndpoints(inputs['repository-url']);
  logger.info(
    `Publishing ${inputs['packages-dir']} to ${target.uploadUrl}${inputs['dry-run'] ? ' (dry run: nothing is uploaded)' : ''}`,
  );
  const notices: string[] = [];
  const password = inputs.password;
  if (password === undefined && inputs.user !== '__token__') {
    throw new ConfigurationError(
      `Input 'user' is '${inputs.user}' but 'password' is empty: give the password (as a secret), or leave user as __token__ and password empty to use trusted publishing.`,
    );
  }
  if (password !== undefined && inputs.user !== '__token__' && target.warehouse) {
    throw new ConfigurationError(
      `Password-based uploads are disabled on ${new URL(target.uploadUrl).host} (two-factor authentication is required): set user to __token__ and password to an API token, or leave password empty to use trusted publishing.`,
    );
  }
  if (
    password !== undefined &&
    inputs.user === '__token__' &&
    target.warehouse &&
    !password.startsWith('pypi-')
  ) {
    const notice = `The password does not start with 'pypi-', as ${target.index.name} API tokens do: check that the secret holds the whole token.`;
    logger.warning(notice);
    notices.push(notice);
  }

  const dir = resolve(deps.cwd, inputs['packages-dir']);
  const paths = await packagesDirFiles(dir, inputs['packages-dir']);
  const empty = { uploaded: [], skipped: [] };

  if (inputs['verify-metadata']) {
    // Loaded when used: the checker is most of the bundle, and the first log line should not wait for it.
    const { checkDistFiles, findingLine, PYPI_MAX_FILE_SIZE, statusText } =
      await import('../distfiles/index.js');
    const check = await logger.group('Checking the distributions (verify-metadata)', () =>
      checkDistFiles(
        {
          paths,
          strict: false,
          maxFileSize: target.warehouse ? PYPI_MAX_FILE_SIZE : Number.MAX_SAFE_INTEGER,
          project: deps.cwd,
        },
        { cwd: deps.cwd },
      ),
    );
    for (const file of check.files) {
      logger.info(`${file.filename}: ${statusText(file)}`);
      for (const f of file.findings.filter((x) => x.severity === 'error')) {
        logger.error(findingLine(file.filename, f));
      }
    }
    if (check.failed > 0) {
      return {
        check,
        credentials: password === undefined ? 'trusted-publishing' : 'token',
        attestations: false,
        notices,
        outputs: empty,
        failed: `Nothing was uploaded: ${check.failed} of ${check.files.length} distribution(s) failed verify-metadata (each error is annotated above). Fix them and rebuild, or set verify-metadata: false to leave the decision to the index.`,
      };
    }
  }

  const http = new HttpClient({
    fetch: deps.fetch,
    logger,
    sleep: deps.sleep,
    timeoutMs: 15_000,
    retries: 2,
  });
  let credentials: CredentialSource;
  if (password !== undefined) credentials = fixedCredentials(inputs.user, password);
  else {
    const options: TrustedPublishingOptions = {
      uploadUrl: target.uploadUrl,
      oidcBaseUrl: deps.oidcBaseUrl,
      env: deps.env,
      mask: deps.mask,
      logger,
      http,
      fetch: deps.fetch,
      sleep: deps.sleep,
    };
    credentials = trustedPublishing(options);
    logger.info('No password given: publishing by trusted publishing (OIDC).');
  }
  const decision = attestationPolicy(
    target.uploadUrl,
    credentials.kind === 'trusted-publishing',
    inputs.attestations,
  );
  if (decision.notice) {
    logger.notice(decision.notice);
    notices.push(decision.notice);
  }
  const attest = decision.use
    ? (deps.signer ??
      (await import('../attestations/index.js')).sigstoreSigner({
        env: deps.env,
        mask: deps.mask,
        logger,
        http,
        fetch: deps.fetch,
      }))
    : undefined;

  const report = await publishDistributions(
    {
      paths,
      uploadUrl: target.uploadUrl,
      index: target.index,
      skipExisting: inputs['skip-existing'],
      dryRun: inputs['dry-run'],
      verifyAuth: inputs['verify-auth'],
      concurrency: inputs.concurrency,
      attest,
      printHash: inputs['print-hash'] || inputs.verbose,
      verbose: inputs.verbose,
    },
    { logger, http, credentials, transport: deps.transport },
  );
  for (const file of report.files) {
    if (file.status !== 'failed' || !/^40[13]\b/.test(file.message ?? '')) continue;
    const hint = uploadAuthFailureHint({
      status: Number(file.message!.slice(0, 3)),
      message: file.message!,
      credentialKind: credentials.kind,
      project: file.project,
      uploadUrl: target.uploadUrl,
    });
    if (hint) file.hint = hint;
  }
  const pick = (statuses: string[]) =>
    report.files
      .filter((f) => statuses.includes(f.status))
      .map((f) => ({ file: f.filename, sha256: f.sha256, url: f.url }));
  return {
    report,
    credentials: credentials.kind,
    attestations: attest !== undefined && !inputs['dry-run'],
    notices,
    outputs: {
      uploaded: pick(['uploaded']),
      skipped: pick(['identical', 'skipped']),
    },
    failed: report.failed,
  };
}
