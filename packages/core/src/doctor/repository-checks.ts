/** The repository's own state: configuration readable, and every version location and pin in step. */
import { checkConsistency, mayBeIndependent } from '../consistency/index.js';
import { isConfigurationError } from '../errors/index.js';
import { readRepository, type Repository } from '../pyproject/index.js';
import { Git } from '../versioning/git.js';
import type { DoctorFinding } from './findings.js';

const OUT_OF_SYNC = new Set([
  'version-mismatch',
  'pin-excludes-version',
  'invalid-version',
  'local-version',
  'invalid-pin',
]);

/** Reads the repository; a configuration it cannot read is a finding, not an exception. */
export function readForDoctor(root: string): { repository?: Repository; findings: DoctorFinding[] } {
  try {
    const repository = readRepository(root);
    const findings = repository.unreadable.map((u): DoctorFinding => ({
      level: 'error',
      code: 'unreadable-config',
      message: u.error.message,
      file: u.error.file,
      line: u.error.line,
      fix: 'Correct the file as the message says; `otai-release check --explain` shows what was read.',
    }));
    return { repository, findings };
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    return {
      findings: [
        {
          level: 'error',
          code: 'unreadable-config',
          message: error.message,
          file: error.file,
          line: error.line,
          fix: 'Correct the configuration as the message says; every action reads the same settings.',
        },
      ],
    };
  }
}

/** Versions and internal pins that disagree: validate-versions would stop the release. */
export async function versionFindings(repository: Repository): Promise<DoctorFinding[]> {
  const tags = mayBeIndependent(repository, false)
    ? await new Git(repository.root).tags().catch(() => [])
    : [];
  const result = checkConsistency(repository, { tags });
  return result.findings
    .filter((f) => f.level === 'error' && OUT_OF_SYNC.has(f.code))
    .map((f) => {
      const expected = result.packages.find((p) => p.name === f.package)?.expected;
      return {
        level: 'error',
        code: 'versions-out-of-sync',
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        fix:
          f.code === 'pin-excludes-version' || f.code === 'invalid-pin'
            ? 'Change the pin as the message says; `otai-release version` keeps internal pins in step from then on.'
            : `Run \`otai-release version ${expected ?? 'X.Y.Z'}\`: it writes one version to every location and pin at once.`,
      };
    });
}
