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
  version SPEC [PATH]
                   Set the version of every package: every version location, the pins between the
                   repository's own packages and the CHANGELOG; all files are written or none.
                   SPEC is a version (1.2.0, 1.2.0rc1, 1.2.0-rc.1) or a bump: major, minor, patch,
                   alpha, beta, rc, post, dev, release (1.0.0 rc → 1.0.1rc1 → rc → 1.0.1rc2 → release → 1.0.1)
                   --package P      independent policy: the package to change (name or path)
                   --commit         commit the changed files (refused with other changes in the tree)
                   --tag            create the annotated tag (refused when it exists)
                   --push           push the commit and tag to origin, atomically
                   --dry-run        print the unified diff and the tag; change nothing
                   --force          allow a version lower than or equal to the current one
                   --first-prerelease-number N   first a/b/rc/dev number (default: config, else 1)
                   --quiet          print only problems

Exit codes: 0 consistent (check) or done (version), 1 problems found or refused (a configuration
error), 2 usage error.
`;
