/** Checking the long description as twine and PyPI do, rendering RST with docutils through Python. */
export {
  planDescription,
  renderedDescriptionFindings,
  rstRenderingNotes,
  translateDocutilsMessages,
} from './description.js';
export type { DescriptionFields, DescriptionPlan } from './description.js';
export {
  type DocutilsInstaller,
  docutilsCacheDir,
  installedDocutils,
  isCurrentDocutils,
  type PipInstallOptions,
  pipDocutilsInstaller,
  PYPI_DOCUTILS_VERSION,
} from './docutils.js';
export { pythonCandidates, renderRst, RstFeed } from './rst-renderer.js';
export type { RstRenderer, RstRendering, RstRenderOptions } from './rst-renderer.js';
export { README_RULES } from './rules.js';
