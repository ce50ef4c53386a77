/**
 * Building Python distributions: pypa/build or uv per package, in parallel, reproducibly
 * (SOURCE_DATE_EPOCH from the last commit), build requirements checked first when there is no
 * isolation, and every file verified (a tag plugin's fallback version explained) before it reaches the output.
 */
export {
  type BuildOptions,
  type BuildResult,
  type BuildTarget,
  type BuiltFile,
  buildDistributions,
  type PackageBuild,
} from './build.js';
export { type ChosenEpoch, chooseSourceDateEpoch, sourceDateEpochOf } from './epoch.js';
export { BuildError, TAIL_LINES } from './errors.js';
export { tagsAtHead } from './checkout.js';
export { type Frontend } from './frontend.js';
export { resolveBuildTargets, type TargetSelection } from './targets.js';
export type { TagVersion } from './verify.js';
export { defaultPython, type FileOutput, fileOutputs } from './outputs.js';
export { explainFallback, fallbackShape } from './fallback.js';
export type { BuildRequires } from './build-requires.js';
export { checkRequirements, installCommand } from './requirement-check.js';
export { evaluateMarker, type MarkerEnvironment } from './markers.js';
export type { InstalledDistribution, PythonEnvironment } from './python-environment.js';
