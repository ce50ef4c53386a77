/**
 * Whether to make PEP 740 attestations for an upload. PyPI accepts them only on uploads authenticated by
 * trusted publishing, and only PyPI and TestPyPI are known to take them, so they are on by default
 * there and skipped elsewhere with a notice saying why (reference/pypi-publish.md §2, §4.3).
 */
import { publicIndex } from '../oidc/index.js';

/** The decision, and what to tell the user about it. */
export interface AttestationDecision {
  use: boolean;
  /** Why attestations are skipped (or what to expect), for a notice. */
  notice?: string;
}

/**
 * Decides on attestations. `enabled` is the `attestations` setting (gh-action-pypi-publish's meaning):
 * true makes them wherever the index takes them — PyPI and TestPyPI with trusted publishing — and
 * skips them elsewhere with a notice; false never makes them.
 */
export function attestationPolicy(
  uploadUrl: string,
  trustedPublishing: boolean,
  enabled: boolean,
): AttestationDecision {
  if (!enabled) return { use: false };
  if (!trustedPublishing) {
    return {
      use: false,
      notice:
        'PEP 740 attestations skipped: the index accepts them only with trusted publishing, and this upload ' +
        'uses a password or API token.',
    };
  }
  if (publicIndex(uploadUrl) === undefined) {
    return {
      use: false,
      notice: `PEP 740 attestations skipped: ${safeHost(uploadUrl)} is not PyPI or TestPyPI, the indexes known to accept them.`,
    };
  }
  return { use: true };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
