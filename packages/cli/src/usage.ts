/** Usage errors (exit code 2) and the help text. */

/** A mistake in how the command was called: exit code 2 and the usage line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The top-level help. */
export const HELP = `otai-release — release Python projects to PyPI, container registries and GitHub Releases, safely.

Usage: otai-release <command> [options]

Commands:
  check [PATH]     Check that versions, pins and tag agree and the version is free on the index.
                   --tag T          the tag being released (compared after PEP 440 normalisation)
                   --index I        pypi | testpypi | an index URL | none   (default: config, else pypi)
                   --index-check C  required | best-effort | off            (default: best-effort)
                   --policy P       lockstep | independent                  (default: config, else lockstep)
                   --allow-existing accept a version already (partly) on the index
                   --json           print the result as JSON on stdout
                   --quiet          print only problems

Exit codes: 0 consistent, 1 problems found (or a configuration error), 2 usage error.
`;
