/**
 * Core metadata (METADATA / PKG-INFO): parsing as packaging does, twine's checks (M rules) and
 * PyPI's upload checks (P rules), with the SPDX, PEP 508 (pep508/) and classifier checks they need.
 */
export {
  type ClassifierList,
  CLASSIFIER_CATEGORIES,
  classifierProblem,
  troveClassifiers,
} from './classifiers.js';
export {
  FIELDS,
  type FieldSpec,
  METADATA_VERSIONS,
  type MetadataVersion,
  PYPI_METADATA_VERSIONS,
} from './fields.js';
export { type ParsedMetadata, parseCoreMetadata, type RawMetadata } from './parse.js';
export { METADATA_RULES } from './rules.js';
export { licenseExpressionProblem } from './spdx.js';
export { isValidPypiUrl } from './url.js';
export { validateMetadata, type ValidateOptions } from './validate.js';
export { type MetadataView, metadataView } from './view.js';
