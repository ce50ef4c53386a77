/** The whole validation of a release, shared by the validate-versions action and `otai-release check`. */
import type { HttpClient } from '../http/index.js';
import { type IndexEndpoints, resolveIndex } from '../package-index/index.js';
import type { Logger } from '../log/index.js';
import { readRepository, type Repository, type VersionPolicy } from '../pyproject/index.js';
import { checkConsistency } from './check.js';
import { checkIndex } from './index-check.js';
import { mayBeIndependent } from './policy-evidence.js';
import { Git } from '../versioning/git.js';
import type { ConsistencyResult, VersionFinding } from './types.js';

/** What to validate and how strictly. */
export interface ValidateOptions {
  path: string;
  tag?: string;
  policy?: VersionPolicy;
  /** `pypi` | `testpypi` | URL | `none`; undefined → configuration, else `pypi`. */
  index?: string;
  indexCheck: 'required' | 'best-effort' | 'off';
  allowExisting: boolean;
}

/** What validation needs from outside. */
export interface ValidateDeps {
  logger: Logger;
  http: HttpClient;
}

/** The outcome: the consistency result plus index states, and whether the release may go on. */
export interface ValidationResult extends ConsistencyResult {
  ok: boolean;
  /** The index that was asked, when one was. */
  index?: { name: string; simpleUrl: string };
  /** The packages this release publishes (all in lockstep; the tagged one in independent mode). */
  releasing: string[];
  repository: Repository;
}

/** The error count of a list of findings. */
export function errorCount(findings: VersionFinding[]): number {
  return findings.filter((f) => f.level === 'error').length;
}

/** Reads, checks and (unless off) asks the index; logs every finding at its file and line. */
export async function validateRelease(
  options: ValidateOptions,
  deps: ValidateDeps,
): Promise<ValidationResult> {
  const { logger } = deps;
  const repository = await logger.group('Read the repository', async () => {
    const repo = readRepository(options.path, { policy: options.policy });
    for (const pkg of repo.packages) {
      logger.info(
        `${pkg.name} (${pkg.manifest}): ${pkg.tagDerived ? `version from the git tag (${pkg.tagDerived.tool})` : `${pkg.locations.length} version location(s)`}${
          pkg.evidence?.startsWith('below') ? `; ${pkg.evidence}` : ''
        }`,
      );
    }
    for (const s of repo.skipped) logger.info(`skipped ${'file' in s ? s.file : s.path}: ${s.reason}`);
    return repo;
  });
  const policyGiven = options.policy !== undefined;
  // The tags only suggest a tag format; without git (or outside a work tree) there are none.
  const tags = mayBeIndependent(repository, policyGiven)
    ? await new Git(repository.root).tags().catch(() => [])
    : [];
  const result = await logger.group('Check versions, pins and tag', async () =>
    checkConsistency(repository, { tag: options.tag, policyGiven, tags }),
  );
  // Packages whose version could not be read come first: each is one error, at the place to fix.
  result.findings.unshift(
    ...repository.unreadable.map((u): VersionFinding => ({
      level: 'error',
      code: 'unreadable-version',
      message: u.error.message,
      file: u.error.file,
      line: u.error.line,
      column: u.error.column,
    })),
  );
  const releasing =
    result.policy === 'independent'
      ? result.selected
        ? [result.selected]
        : repository.packages.map((p) => p.name)
      : repository.packages.map((p) => p.name);

  const spec = options.index ?? repository.config.index ?? 'pypi';
  let endpoints: IndexEndpoints | undefined;
  const localErrors = errorCount(result.findings);
  if (spec !== 'none' && options.indexCheck !== 'off') {
    endpoints = resolveIndex(spec);
    const asked = result.packages.filter((p) => releasing.includes(p.name));
    const found = await logger.group(`Check ${endpoints.name}`, () =>
      checkIndex(deps.http, endpoints!, asked, {
        strictness: options.indexCheck as 'required' | 'best-effort',
        allowExisting: options.allowExisting,
        existingIsError: result.policy === 'lockstep' || result.selected !== undefined,
      }),
    );
    result.findings.push(...found);
  }
  for (const f of result.findings) {
    const position = f.file ? { file: f.file, line: f.line, column: f.column } : undefined;
    logger[f.level](f.message, position);
  }
  const errors = errorCount(result.findings);
  logger.info(
    errors === 0
      ? okLine(result)
      : `${errors} problem(s) found (${localErrors} in the repository, ${errors - localErrors} on the index).`,
  );
  return {
    ...result,
    ok: errors === 0,
    index: endpoints ? { name: endpoints.name, simpleUrl: endpoints.simpleUrl } : undefined,
    releasing,
    repository,
  };
}

// What passed: the one version of a lockstep release, the released package of an independent one.
function okLine(result: ConsistencyResult): string {
  if (result.policy === 'lockstep') {
    return `OK: ${result.version ? `version ${result.version}` : 'versions'} consistent across ${result.packages.length} package(s).`;
  }
  const released = result.packages.find((p) => p.name === result.selected);
  if (released) {
    return `OK: ${released.name} ${released.version ?? '(version from its tag)'}${released.tag ? ` (tag ${released.tag})` : ''} is consistent.`;
  }
  const shown = result.packages.slice(0, 4).map((p) => `${p.name} ${p.version ?? '(from its tag)'}`);
  const more =
    result.packages.length > shown.length ? `, and ${result.packages.length - shown.length} more` : '';
  return `OK: ${result.packages.length} package(s), each consistent at its own version: ${shown.join(', ')}${more}.`;
}
