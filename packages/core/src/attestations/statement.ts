/**
 * The statement a PEP 740 publish attestation signs: an in-toto Statement v1 with exactly one subject,
 * the distribution file, and PyPI's publish predicate (reference/pypi-publish.md §4.2).
 */

/** The in-toto Statement type URI. */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** PyPI's publish attestation predicate (docs.pypi.org/attestations/publish/v1). */
export const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
/** The DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** A distribution file as an attestation names it. */
export interface AttestedDistribution {
  /** The exact file name uploaded (PyPI compares it with the subject's name). */
  filename: string;
  /** Lower-case hex SHA-256 of the file. */
  sha256: string;
}

/** An in-toto Statement v1. */
export interface InTotoStatement {
  _type: string;
  subject: { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: unknown;
}

/** The publish/v1 statement for one distribution (predicate `{}`, which the spec allows as well as null). */
export function publishStatement(dist: AttestedDistribution): InTotoStatement {
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: dist.filename, digest: { sha256: dist.sha256.toLowerCase() } }],
    predicateType: PUBLISH_PREDICATE_TYPE,
    predicate: {},
  };
}
