/**
 * Distribution file names: what twine, packaging and PyPI require of a wheel's or an sdist's file
 * name, on its own and against the file's metadata (rules F001…F014).
 */
export { checkFilenameAgainstMetadata } from './against-metadata.js';
export { checkDistKind, checkFilenameBasics, type DistKind, distKindOf } from './file-kind.js';
export { isPyPIPlatformTag } from './platform-tags.js';
export { NAME_RULES } from './rules.js';
export {
  checkSdistFilename,
  expectedSdistFilename,
  parseSdistFilename,
  type SdistNameParse,
} from './sdist-filename.js';
export {
  checkWheelFilename,
  expandTags,
  parseWheelFilename,
  type WheelName,
  type WheelNameParse,
} from './wheel-filename.js';
