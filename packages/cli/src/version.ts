/** `otai-release --version`: our version and the versions of the PyPI data the checks follow. */
import { PYPI_DOCUTILS_VERSION, TROVE_CLASSIFIERS_VERSION } from '@otai-release/core/distfiles';

/** otai-release's own version; kept equal to package.json's by tests/cli/version.test.ts. */
export const OTAI_RELEASE_VERSION = '0.1.0';

/** The text `--version` prints. */
export function versionText(): string {
  return [
    `otai-release ${OTAI_RELEASE_VERSION}`,
    `trove-classifiers ${TROVE_CLASSIFIERS_VERSION} (PyPI's classifier list, bundled)`,
    `docutils ${PYPI_DOCUTILS_VERSION} (PyPI's reStructuredText renderer, installed into the cache when needed)`,
    '',
  ].join('\n');
}
