/** Core metadata validation: twine's (packaging's) rules, then PyPI's own. */
import type { Finding } from '../findings.js';
import type { ParsedMetadata } from './parse.js';
import { coreMetadataFindings } from './validate-core.js';
import { pypiMetadataFindings } from './validate-pypi.js';

/** What validateMetadata needs besides the metadata. */
export interface ValidateOptions {
  kind: 'wheel' | 'sdist';
}

/** Everything twine 7 + packaging 26 reject (M rules) and everything Warehouse rejects in metadata (P rules). */
export function validateMetadata(parsed: ParsedMetadata, options: ValidateOptions): Finding[] {
  return [...coreMetadataFindings(parsed, options.kind), ...pypiMetadataFindings(parsed)];
}
