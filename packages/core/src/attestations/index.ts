/** PEP 740 publish attestations: the statement, Sigstore signing, bundle conversion, and PyPI's checks. */
export {
  bundleToAttestation,
  type Pep740Attestation,
  type SigstoreBundle,
  type TransparencyEntry,
} from './convert.js';
export { type AttestationDecision, attestationPolicy } from './policy.js';
export {
  type AttestationSigner,
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL,
  type SigstoreAttest,
  sigstoreSigner,
  type SigstoreSignerOptions,
} from './sigstore-signer.js';
export {
  type AttestedDistribution,
  IN_TOTO_PAYLOAD_TYPE,
  type InTotoStatement,
  PUBLISH_PREDICATE_TYPE,
  publishStatement,
  STATEMENT_TYPE,
} from './statement.js';
export { attestationStatement, validateAttestation } from './validate.js';
