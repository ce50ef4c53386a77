/**
 * Sigstore bundle → PEP 740 attestation: a lossless reshaping (pypi-attestations' from_bundle;
 * reference/pypi-publish.md §4.2, §4.4). The leaf certificate, the transparency-log entries exactly as
 * the bundle holds them (protobuf JSON), and the DSSE payload and signature, all still base64.
 */
import { ConfigurationError } from '../errors/index.js';
import { IN_TOTO_PAYLOAD_TYPE } from './statement.js';

/** A transparency-log (Rekor) entry in protobuf JSON, passed through untouched. */
export type TransparencyEntry = Record<string, unknown>;

/** The attestation object PyPI's upload API takes (one per file, in the `attestations` JSON array). */
export interface Pep740Attestation {
  version: 1;
  verification_material: {
    /** base64 of the DER leaf certificate. */
    certificate: string;
    transparency_entries: TransparencyEntry[];
  };
  envelope: {
    /** base64 of the signed in-toto statement. */
    statement: string;
    /** base64 of the DSSE signature. */
    signature: string;
  };
}

/** The parts of a Sigstore bundle (v0.2/v0.3 JSON) the conversion reads. */
export interface SigstoreBundle {
  mediaType?: string;
  verificationMaterial?: {
    certificate?: { rawBytes?: string };
    x509CertificateChain?: { certificates?: { rawBytes?: string }[] };
    publicKey?: unknown;
    tlogEntries?: TransparencyEntry[];
  };
  dsseEnvelope?: { payload?: string; payloadType?: string; signatures?: { sig?: string; keyid?: string }[] };
  messageSignature?: unknown;
}

/**
 * The PEP 740 attestation for a DSSE bundle: `certificate` from verificationMaterial.certificate (or the
 * first of x509CertificateChain in older bundles), transparency_entries = tlogEntries, the envelope's
 * payload and first signature. Throws when the bundle cannot become an attestation PyPI accepts.
 */
export function bundleToAttestation(bundle: SigstoreBundle): Pep740Attestation {
  const material = bundle.verificationMaterial;
  const certificate =
    material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes;
  if (!certificate) {
    throw bundleError(
      material?.publicKey !== undefined
        ? 'it is signed with a public key, not a Fulcio certificate (PyPI verifies the signer’s identity from the certificate)'
        : 'it has no signing certificate',
    );
  }
  const entries = material?.tlogEntries ?? [];
  if (entries.length === 0) {
    throw bundleError(
      'it has no transparency-log entry (PyPI requires the Rekor entry; sign with Rekor enabled)',
    );
  }
  const envelope = bundle.dsseEnvelope;
  if (!envelope) {
    throw bundleError('it signs a message digest, not a DSSE envelope holding an in-toto statement');
  }
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw bundleError(
      `its envelope's payloadType is '${envelope.payloadType ?? ''}', not '${IN_TOTO_PAYLOAD_TYPE}'`,
    );
  }
  const signatures = envelope.signatures ?? [];
  if (signatures.length !== 1 || !signatures[0]?.sig) {
    throw bundleError(`its envelope must hold exactly one signature (it holds ${signatures.length})`);
  }
  if (!envelope.payload) throw bundleError('its envelope has no payload');
  return {
    version: 1,
    verification_material: { certificate, transparency_entries: entries },
    envelope: { statement: envelope.payload, signature: signatures[0].sig },
  };
}

function bundleError(reason: string): ConfigurationError {
  return new ConfigurationError(`The Sigstore bundle cannot become a PEP 740 attestation: ${reason}.`);
}
