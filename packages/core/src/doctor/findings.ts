/** What the doctor reports: one finding per thing that would break a release, each with its fix. */
import type { SourcePosition } from '../errors/index.js';

/** Stable codes, for `--json`, for tests and for the troubleshooting docs. */
export type DoctorCode =
  | 'unreadable-config'
  | 'unreadable-workflow'
  | 'versions-out-of-sync'
  | 'tag-trigger-mismatch'
  | 'publish-without-id-token'
  | 'publish-in-reusable-workflow'
  | 'publish-environment-mismatch'
  | 'shallow-checkout-tag-version'
  | 'docker-before-index';

/** One problem (error: the release fails) or risk (warning: it may), at its file and line. */
export interface DoctorFinding extends SourcePosition {
  level: 'error' | 'warning';
  code: DoctorCode;
  message: string;
  /** What to change, concretely (the YAML or TOML to write). */
  fix: string;
}
