/**
 * Publishing a set of distributions: plan and check them all, then upload up to `concurrency` at a
 * time in the planned order, deciding per file from the index's answer. A failure stops new files
 * from starting (files already on their way finish), and the report says what is on the index and
 * what is not, so a rerun with skip-existing completes the rest.
 */
import { availableParallelism } from 'node:os';
import { runLimited } from '../concurrency/index.js';
import { DigestWorkers, type FileDigests } from '../hashing/index.js';
import type { HttpClient } from '../http/index.js';
import type { Logger } from '../log/index.js';
import type { IndexEndpoints } from '../package-index/index.js';
import type { CredentialSource } from './credentials.js';
import { compareWithIndex, type Comparison, type ExistingFiles, existingFiles } from './existing.js';
import { digestFields, type FormField, uploadFormFields } from './form.js';
import { multipartBody } from './multipart.js';
import { type PlannedFile, planUpload } from './plan.js';
import { sizeText } from './progress.js';
import { uploadAgent, uploadFile, type UploadTransport } from './upload.js';

/** Signs one distribution (PEP 740): the attestation object sent in the `attestations` field. */
export type Attester = (dist: { filename: string; sha256: string }) => Promise<object>;

/** What to publish and how. */
export interface PublishOptions {
  /** The distribution files (already expanded from packages-dir). */
  paths: string[];
  /** The upload URL, used exactly as given. */
  uploadUrl: string;
  /** Where to ask which files exist (JSON API, simple API, credentials for private indexes). */
  index: Pick<IndexEndpoints, 'jsonApiBase' | 'simpleUrl' | 'credentials' | 'projectUrl'>;
  skipExisting: boolean;
  /** Upload nothing: check, ask the index what exists, report the plan. */
  dryRun: boolean;
  /** Get credentials before anything else (with trusted publishing: the whole exchange), also in a dry run. */
  verifyAuth?: boolean;
  concurrency: number;
  attest?: Attester;
  /** Log each file's sha256 and BLAKE2b-256. */
  printHash?: boolean;
  /** Log the form fields and the index's answers. */
  verbose?: boolean;
}

/** What publishing needs from outside. */
export interface PublishDeps {
  logger: Logger;
  /** For the index's JSON and simple APIs. */
  http: HttpClient;
  credentials: CredentialSource;
  transport?: Omit<UploadTransport, 'url'>;
}

/** What became of one file. */
export type FileStatus =
  | 'uploaded'
  /** The index already had this exact file (Warehouse's 200 on an identical re-upload, or found by digest). */
  | 'identical'
  /** The index has a file of this name with other (or unknown) content, and skip-existing was on. */
  | 'skipped'
  | 'failed'
  /** Not started because an earlier file failed. */
  | 'not-attempted'
  /** dry-run: would be uploaded. */
  | 'would-upload'
  /** dry-run: the index has it (identical or, with skip-existing, skipped). */
  | 'would-skip'
  /** dry-run: the index has another file of this name; the upload would fail. */
  | 'would-fail';

/** One file of the report. */
export interface FileReport {
  filename: string;
  path: string;
  project: string;
  version: string;
  kind: 'wheel' | 'sdist';
  size: number;
  sha256?: string;
  blake2_256?: string;
  status: FileStatus;
  /** The file (or its release page) on the index, when known. */
  url?: string;
  message?: string;
  hint?: string;
  attempts?: number;
}

/** The result of publishing. */
export interface PublishReport {
  uploadUrl: string;
  dryRun: boolean;
  files: FileReport[];
  notes: string[];
  /** Set when something was not published: the step fails with this text. */
  failed?: string;
}

/** Publishes; throws ConfigurationError for problems found before anything was sent. */
export async function publishDistributions(
  options: PublishOptions,
  deps: PublishDeps,
): Promise<PublishReport> {
  const { logger } = deps;
  // Hashing is the costliest part of an upload: it runs on worker threads, one file per core, while
  // the main thread sends. The threads start now, while the files are being checked.
  const hashes = new DigestWorkers({
    threads: Math.min(availableParallelism(), options.paths.length),
    onFallback: (reason) => logger.info(reason),
  });
  hashes.start();
  try {
    return await publishWith(hashes, options, deps);
  } finally {
    await hashes.close();
  }
}

async function publishWith(
  hashes: DigestWorkers,
  options: PublishOptions,
  deps: PublishDeps,
): Promise<PublishReport> {
  const { logger } = deps;
  const plan = await planUpload(options.paths);
  for (const note of plan.notes) logger.warning(note);
  logger.info(
    `${options.dryRun ? 'Would upload' : 'Uploading'} ${plan.files.length} file(s) of ${plan.projects.join(', ')} to ${options.uploadUrl}: ${plan.files.map((f) => f.dist.filename).join(', ')}`,
  );
  const reports: FileReport[] = plan.files.map((f) => ({
    filename: f.dist.filename,
    path: f.dist.path,
    project: f.project,
    version: f.version,
    kind: f.dist.kind,
    size: f.dist.size,
    status: 'not-attempted',
  }));

  if (options.verifyAuth) {
    await deps.credentials.get();
    logger.info(
      deps.credentials.kind === 'trusted-publishing'
        ? 'verify-auth: the index minted an upload token for this workflow, so trusted publishing is configured.'
        : 'verify-auth: a token was given; only an upload can prove it (indexes have no endpoint to test one).',
    );
  }
  // Answers about what a release already holds, shared by its files.
  const existing = perRelease((file) => existingFiles(deps.http, options.index, file.project, file.version));

  // With attestations, every file is hashed and signed before the first upload: a signing failure
  // must not leave half a release on the index.
  const digests = new Map<number, FileDigests>();
  const attestations = new Map<number, object>();
  const recordDigests = (i: number, d: FileDigests) => {
    digests.set(i, d);
    reports[i]!.sha256 = d.sha256;
    reports[i]!.blake2_256 = d.blake2_256;
    if (options.printHash) {
      logger.info(
        `${plan.files[i]!.dist.filename}: sha256 ${d.sha256}, BLAKE2b-256 ${d.blake2_256}, ${sizeText(d.size)}`,
      );
    }
    return d;
  };
  const hashing = new Map<number, Promise<FileDigests>>();
  const digestOf = (i: number) => {
    let digest = hashing.get(i);
    if (!digest) {
      digest = hashes.digest(plan.files[i]!.dist.path).then((d) => recordDigests(i, d));
      // Awaited later, or never when an earlier failure stops the run.
      digest.catch(() => undefined);
      hashing.set(i, digest);
    }
    return digest;
  };
  if (options.attest && !options.dryRun) {
    await logger.group('Signing PEP 740 attestations', async () => {
      for (let i = 0; i < plan.files.length; i++) {
        const d = await digestOf(i);
        attestations.set(
          i,
          await options.attest!({ filename: plan.files[i]!.dist.filename, sha256: d.sha256 }),
        );
        logger.info(`${plan.files[i]!.dist.filename}: attestation signed`);
      }
    });
  }

  if (options.dryRun) {
    await runPool(plan.files, options.concurrency, async (file, i) => {
      const d = await digestOf(i);
      const found = await existing.get(file);
      const report = reports[i]!;
      if (!found.files) {
        report.status = 'would-upload';
        report.message = `could not ask the index which files exist: ${found.source}`;
        return true;
      }
      const indexed = found.files.get(file.dist.filename);
      report.url = indexed?.url;
      const comparison = compareWithIndex(d, indexed);
      dryRunStatus(report, comparison, options.skipExisting);
      return true;
    });
    return { uploadUrl: options.uploadUrl, dryRun: true, files: reports, notes: plan.notes };
  }

  const agent = uploadAgent(options.uploadUrl, options.concurrency);
  // Every file is queued for hashing now, in upload order, so the workers run ahead of the sends.
  for (let i = 0; i < plan.files.length; i++) if (!digests.has(i)) void digestOf(i);
  const transport: UploadTransport = { agent, ...deps.transport, url: options.uploadUrl };
  // A release's file URLs are asked for as soon as all its files are on the index, while the others
  // upload: the answers are ready at the end.
  // Never fails: without an answer the report gives the release page.
  const listed = perRelease((file) =>
    existingFiles(deps.http, options.index, file.project, file.version).catch(() => ({ source: '' })),
  );
  const lookUpWhenDone = (file: PlannedFile) => {
    const done = plan.files.every((f, j) => !sameRelease(f, file) || ON_INDEX.includes(reports[j]!.status));
    if (done) void listed.get(file);
  };
  const uploadOne = async (file: PlannedFile, i: number): Promise<boolean> => {
    const report = reports[i]!;
    try {
      if (options.skipExisting) {
        const found = await existing.get(file);
        const indexed = found.files?.get(file.dist.filename);
        // Hashed first only when the index lists the name; otherwise hashing happens while sending.
        const comparison = indexed ? compareWithIndex(await digestOf(i), indexed) : 'absent';
        if (comparison !== 'absent') {
          report.status = comparison === 'identical' ? 'identical' : 'skipped';
          report.url = found.files?.get(file.dist.filename)?.url;
          report.message =
            comparison === 'identical'
              ? 'already on the index with the same content'
              : `already on the index (${comparison === 'different' ? 'with different content' : 'content not comparable'}); skipped`;
          logger.info(`${file.dist.filename}: ${report.message}.`);
          return true;
        }
      }
      const attestation = attestations.get(i);
      const extras = attestation ? { attestations: [attestation] } : {};
      // Digests known already (signed, or compared with the index) go where twine puts them; otherwise
      // they follow the file, so sending starts while a worker is still hashing.
      const known = digests.get(i);
      const fields = uploadFormFields(file.dist, known, extras);
      if (options.verbose) logFields(logger, file.dist.filename, fields);
      const trailer = known
        ? undefined
        : {
            template: digestFields({ sha256: '0'.repeat(64), blake2_256: '0'.repeat(64) }),
            values: async () => {
              const d = await digestOf(i);
              if (d.size !== file.dist.size) {
                throw new Error(
                  `${file.dist.filename} changed while it was being uploaded (${d.size} bytes hashed, ${file.dist.size} expected): do not modify the distributions during the upload.`,
                );
              }
              return digestFields(d);
            },
          };
      const body = multipartBody(
        fields,
        { path: file.dist.path, filename: file.dist.filename, size: file.dist.size },
        undefined,
        trailer,
      );
      logger.info(`Uploading ${file.dist.filename} (${sizeText(file.dist.size)})`);
      const result = await uploadFile(
        {
          filename: file.dist.filename,
          size: file.dist.size,
          body,
        },
        deps.credentials,
        transport,
        logger,
      );
      const d = known ?? (await digestOf(i));
      report.attempts = result.attempts;
      switch (result.kind) {
        case 'uploaded':
          report.status = 'uploaded';
          for (const w of result.warnings) logger.warning(`${file.dist.filename}: the index says: ${w}`);
          logger.info(
            `${file.dist.filename}: uploaded${result.attempts > 1 ? ` (after ${result.attempts} attempts)` : ''}.`,
          );
          return true;
        case 'exists': {
          existing.forget(file);
          const found = await existing.get(file);
          const comparison = compareWithIndex(d, found.files?.get(file.dist.filename));
          report.url = found.files?.get(file.dist.filename)?.url;
          if (comparison === 'identical') {
            report.status = 'identical';
            report.message = result.uncertain
              ? 'stored by an earlier attempt whose answer was lost (the index has the same content)'
              : 'already on the index with the same content';
            logger.info(`${file.dist.filename}: ${report.message}.`);
            return true;
          }
          if (options.skipExisting) {
            report.status = 'skipped';
            report.message = `already on the index (${result.message}); skipped`;
            logger.info(`${file.dist.filename}: ${report.message}.`);
            return true;
          }
          report.status = 'failed';
          report.message = result.message;
          report.hint =
            'the index already has a file of this name with other content, and a file name can never be reused: bump the version and rebuild. If the files on the index are the ones you want, set skip-existing: true.';
          logger.error(`${file.dist.filename}: ${result.message} — ${report.hint}`);
          return false;
        }
        case 'retry':
          report.status = 'failed';
          report.message = `${result.message} after ${result.attempts} attempts`;
          report.hint =
            'the index kept failing: run the job again with skip-existing: true to upload what is missing.';
          logger.error(`${file.dist.filename}: ${report.message} — ${report.hint}`);
          return false;
        case 'refused':
          report.status = 'failed';
          report.message = result.message;
          report.hint = result.hint;
          logger.error(`${file.dist.filename}: ${result.message}${result.hint ? ` — ${result.hint}` : ''}`);
          return false;
      }
    } catch (error) {
      report.status = 'failed';
      report.message = error instanceof Error ? error.message : String(error);
      logger.error(`${file.dist.filename}: ${report.message}`);
      return false;
    }
  };
  await runPool(plan.files, options.concurrency, async (file, i) => {
    const ok = await uploadOne(file, i);
    if (ok) lookUpWhenDone(file);
    return ok;
  });

  agent.destroy();
  await fillUrls(plan.files, reports, options, listed);
  const failedFiles = reports.filter((r) => r.status === 'failed');
  const notAttempted = reports.filter((r) => r.status === 'not-attempted');
  let failed: string | undefined;
  if (failedFiles.length > 0) {
    const first = failedFiles[0]!;
    const done = reports.filter((r) => ON_INDEX.includes(r.status)).length;
    failed = `${first.filename}: ${first.message}${first.hint ? ` — ${first.hint}` : ''} (${done} of ${reports.length} file(s) are on the index, ${failedFiles.length} failed, ${notAttempted.length} not attempted; see the summary).`;
  }
  return { uploadUrl: options.uploadUrl, dryRun: false, files: reports, notes: plan.notes, failed };
}

function dryRunStatus(report: FileReport, comparison: Comparison, skipExisting: boolean): void {
  switch (comparison) {
    case 'absent':
      report.status = 'would-upload';
      return;
    case 'identical':
      report.status = 'would-skip';
      report.message = 'already on the index with the same content';
      return;
    default:
      report.status = skipExisting ? 'would-skip' : 'would-fail';
      report.message =
        comparison === 'different'
          ? 'the index has a file of this name with other content'
          : 'the index has a file of this name (it gives no digest to compare)';
      if (!skipExisting)
        report.hint = 'bump the version, or set skip-existing: true to leave the index as it is.';
  }
}

function logFields(logger: Logger, filename: string, fields: FormField[]): void {
  const shown = fields.map(([k, v]) =>
    k === 'description' || k === 'attestations' ? `${k}=<${v.length} characters>` : `${k}=${v}`,
  );
  logger.info(`${filename}: form fields: ${shown.join('; ')}`);
}

/** The statuses of files that are on the index after the run. */
export const ON_INDEX: readonly FileStatus[] = ['uploaded', 'identical', 'skipped'];

/** One answer per release (project and version), asked for once and shared by its files. */
interface PerRelease<T> {
  get(file: PlannedFile): Promise<T>;
  /** The next get() asks again. */
  forget(file: PlannedFile): void;
}

function perRelease<T>(ask: (file: PlannedFile) => Promise<T>): PerRelease<T> {
  const answers = new Map<string, Promise<T>>();
  const key = (file: PlannedFile) => `${file.project}\n${file.version}`;
  return {
    get(file) {
      let answer = answers.get(key(file));
      if (!answer) {
        answer = ask(file);
        answers.set(key(file), answer);
      }
      return answer;
    },
    forget: (file) => answers.delete(key(file)),
  };
}

function sameRelease(a: PlannedFile, b: PlannedFile): boolean {
  return a.project === b.project && a.version === b.version;
}

// After the uploads: each file's URL as the index lists it (releases not asked yet, a few at a
// time), else its release page.
async function fillUrls(
  files: PlannedFile[],
  reports: FileReport[],
  options: PublishOptions,
  listed: PerRelease<ExistingFiles>,
): Promise<void> {
  const wanted = files
    .map((file, i) => ({ file, report: reports[i]! }))
    .filter(({ report }) => !report.url && ON_INDEX.includes(report.status));
  await runLimited(wanted, Math.max(1, options.concurrency), async ({ file, report }) => {
    const found = await listed.get(file);
    report.url =
      found.files?.get(report.filename)?.url ?? options.index.projectUrl(report.project, report.version);
  });
}

/**
 * Runs `fn` over the plan, at most `limit` at once, each file only after the files it waits for have
 * succeeded. After a failure (fn returns false) nothing new starts.
 */
async function runPool(
  files: PlannedFile[],
  limit: number,
  fn: (file: PlannedFile, index: number) => Promise<boolean>,
): Promise<void> {
  const state: ('waiting' | 'running' | 'ok' | 'failed')[] = files.map(() => 'waiting');
  let stopped = false;
  await new Promise<void>((resolve, reject) => {
    let running = 0;
    const pump = () => {
      if (!stopped) {
        for (let i = 0; i < files.length && running < limit; i++) {
          if (state[i] !== 'waiting') continue;
          if (!files[i]!.after.every((j) => state[j] === 'ok')) continue;
          state[i] = 'running';
          running++;
          fn(files[i]!, i).then(
            (ok) => {
              state[i] = ok ? 'ok' : 'failed';
              if (!ok) stopped = true;
              running--;
              pump();
            },
            (error: unknown) => {
              stopped = true;
              reject(error);
            },
          );
        }
      }
      if (running === 0) resolve();
    };
    pump();
  });
}
