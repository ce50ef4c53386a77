/**
 * What the example monorepo (examples/otai-monorepo: open-ticket-ai and two plugins at 1.4.0) builds,
 * and the suite wrapper for tests that build it for real with Debian's Python.
 */
import { BUILD_PYTHON, pythonImports, requireTool } from './require-tool.js';

/** The six files a release of the example builds, sorted, as written by hand from its three packages. */
export const EXAMPLE_RELEASE_FILES = [
  'open_ticket_ai-1.4.0-py3-none-any.whl',
  'open_ticket_ai-1.4.0.tar.gz',
  'otai_hf_local-1.4.0-py3-none-any.whl',
  'otai_hf_local-1.4.0.tar.gz',
  'otai_otobo_znuny-1.4.0-py3-none-any.whl',
  'otai_otobo_znuny-1.4.0.tar.gz',
];

/** `describe` for suites that build the example: BUILD_PYTHON needs pypa/build and hatchling. */
export const describeBuildingExample = requireTool(pythonImports(BUILD_PYTHON, ['build', 'hatchling']), {
  name: `${BUILD_PYTHON} with build and hatchling`,
  install: 'apt-get install python3-build python3-hatchling',
});
