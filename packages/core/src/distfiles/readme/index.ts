/** Checking the long description as twine and PyPI do, with Python's readme_renderer for RST. */
export { planDescription, renderedDescriptionFindings, translateDocutilsMessages } from './description.js';
export type { DescriptionFields, DescriptionPlan } from './description.js';
export { pythonCandidates, startPythonProbe } from './python-probe.js';
export type { PythonProbe, PythonProbeRequest, PythonProbeResult } from './python-probe.js';
export { README_RULES } from './rules.js';
