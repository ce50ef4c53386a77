/**
 * Whether to make PEP 740 attestations for an upload. PyPI accepts them only on uploads authenticated by
 * trusted publishing, and only PyPI and TestPyPI are known to take them, so they are on by default
 * there and skipped elsewhere with a notice saying why (reference/pypi-publish.md §2, §4.3).
 */
import { ConfigurationError } from '../errors/index.js';
import { publicIndex } from '../oidc/index.js';

/** The decision, and what to tell the user about it. */
export interface AttestationDecision {
  use: boolean;
  /** Why attestations are skipped (or what to expect), for a notice. */
  notice?: string;
}

/**
 * Decides on attestations. `wanted` is the `attestations` setting: undefined (default: on for PyPI
 * and TestPyPI with trusted publishing), false (off), or true (asked for; an error without trusted
 * publishing, since the index would refuse them, and tried on other indexes with a notice).
 */
export function attestationPolicy(
  uploadUrl: string,
  trustedPublishing: boolean,
  wanted: boolean | undefined,
): AttestationDecision {
  if (wanted === false) return { use: false };
  if (!trustedPublishing) {
    if (wanted === true) {
      throw new ConfigurationError(
        'attestations: true needs trusted publishing: PyPI accepts PEP 740 attestations only on uploads ' +
          'authenticated by a trusted publisher, and this upload uses a password or API token. Remove the ' +
          'password to publish by trusted publishing, or set attestations: false.',
      );
    }
    return {
      use: false,
      notice:
        'PEP 740 attestations skipped: the index accepts them only with trusted publishing, and this upload ' +
        'uses a password or API token.',
    };
  }
  const index = publicIndex(uploadUrl);
  if (index === undefined) {
    const host = safeHost(uploadUrl);
    if (wanted === true) {
      return {
        use: true,
        notice: `Making PEP 740 attestations for ${host} as asked; only PyPI and TestPyPI are known to accept them.`,
      };
    }
    return {
      use: false,
      notice:
        `PEP 740 attestations skipped: ${host} is not PyPI or TestPyPI, the indexes known to accept them ` +
        '(set attestations: true to send them anyway).',
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
