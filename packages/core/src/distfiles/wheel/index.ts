/**
 * Wheel structure (rules R001…R027: dist-info layout, WHEEL, RECORD, License-File, entry points)
 * and check-wheel-contents' checks (W001…W202), as pure functions over what the archive reader
 * extracted: member names, file texts and computed digests.
 */
export { checkWheelContents } from './contents.js';
export { type CwcConfig, expandCheckPrefixes, readCwcConfig } from './cwc-settings.js';
export { checkEntryPoints } from './entry-points.js';
export { checkWheelLayout, type WheelMembers } from './layout.js';
export { checkLicenseFiles } from './license-files.js';
export { checkRecord, type ComputedDigest, hashAlgorithmFor, parseRecord, type RecordRow } from './record.js';
export { CWC_CODES, CWC_RULES, WHEEL_RULES } from './rules.js';
export { checkWheelFile, parseWheelMetadataFile, rootIsPurelib } from './wheel-file.js';
