/**
 * Asking the index about each package's version: new project, free, already released, or partly
 * uploaded. This is the one network step of validation, run after everything local has been checked.
 */
import { errorMessage } from '../errors/index.js';
import type { HttpClient } from '../http/index.js';
import { checkRelease, type IndexEndpoints } from '../package-index/index.js';
import type { VersionFinding, PackageReport } from './types.js';

/** How the index answers are judged. */
export interface IndexCheckOptions {
  /** `required`: an unreachable index is an error; `best-effort`: a warning. */
  strictness: 'required' | 'best-effort';
  /** Accept versions already (partly) on the index. */
  allowExisting: boolean;
  /** False when an existing version is expected (independent packages not being released now). */
  existingIsError: boolean;
  /** Parallel requests (the index is asked once per package). */
  concurrency?: number;
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Fills `index` of each report with a known version and returns the findings of the index check. */
export async function checkIndex(
  http: HttpClient,
  endpoints: IndexEndpoints,
  reports: PackageReport[],
  options: IndexCheckOptions,
): Promise<VersionFinding[]> {
  const findings: VersionFinding[] = [];
  const where =
    endpoints.name === 'pypi' ? 'PyPI' : endpoints.name === 'testpypi' ? 'TestPyPI' : endpoints.name;
  await mapLimit(
    reports.filter((r) => r.version !== undefined),
    options.concurrency ?? 8,
    async (report) => {
      const version = report.version!;
      const at = { package: report.name, file: report.manifest };
      try {
        const answer = await checkRelease(http, endpoints, report.name, version);
        if (answer.state === 'new-project' || answer.state === 'version-free') {
          report.index = { state: answer.state, url: endpoints.projectUrl(report.name) };
          return;
        }
        report.index = { state: answer.state, url: answer.url };
        if (answer.state === 'released') {
          report.index.detail = `${answer.files.length} file(s)`;
          const level = options.allowExisting || !options.existingIsError ? 'notice' : 'error';
          findings.push({
            level,
            code: 'index-released',
            ...at,
            message:
              `${report.name} ${version} is already on ${where} (${answer.url})` +
              (answer.note ? `. ${answer.note}` : '') +
              (level === 'error'
                ? '. Bump the version (otai-release version patch), or set allow-existing: true if you are re-running this release.'
                : '.'),
          });
        } else {
          report.index.detail = `missing ${answer.missing.join(', ')}`;
          findings.push({
            level: options.allowExisting ? 'warning' : 'error',
            code: 'index-partial',
            ...at,
            message:
              `${report.name} ${version} is partly uploaded to ${where}: missing ${answer.missing.join(', ')} (present: ${answer.files.join(', ')}). ` +
              (options.allowExisting
                ? 'The publish step will upload only the missing files.'
                : 'Set allow-existing: true to complete this release, or release a new version.'),
          });
        }
      } catch (error) {
        report.index = { state: 'unreachable', detail: errorMessage(error) };
        findings.push({
          level: options.strictness === 'required' ? 'error' : 'warning',
          code: 'index-unreachable',
          ...at,
          message: `Could not ask ${where} about ${report.name} ${version}: ${errorMessage(error)}${
            options.strictness === 'required'
              ? '. Retry, or set index-check: best-effort to go on without this check.'
              : ''
          }`,
        });
      }
    },
  );
  return findings;
}
