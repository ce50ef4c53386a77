/**
 * Bundle → PEP 740 conversion on a real Sigstore bundle (tests/fixtures/sigstore/README.md), compared
 * with the attestation pypi-attestations made from the same bundle, and PyPI's statement checks.
 */
import { createHash, verify, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import {
  attestationStatement,
  bundleToAttestation,
  type Pep740Attestation,
  PUBLISH_PREDICATE_TYPE,
  publishStatement,
  type SigstoreBundle,
  validateAttestation,
} from '@otai-release/core/attestations';
import { isConfigurationError } from '@otai-release/core/errors';

const FIXTURES = fileURLToPath(new URL('../fixtures/sigstore/', import.meta.url));
const SDIST = 'pypi_attestation_models-0.0.4a2.tar.gz';
const sdistBytes = readFileSync(`${FIXTURES}${SDIST}`);
const bundleText = readFileSync(`${FIXTURES}${SDIST}.sigstore`, 'utf8');
const bundle = JSON.parse(bundleText) as Required<SigstoreBundle> & {
  dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string }[] };
};
const theirs = JSON.parse(readFileSync(`${FIXTURES}${SDIST}.attestation`, 'utf8')) as Pep740Attestation;
const dist = { filename: SDIST, sha256: createHash('sha256').update(sdistBytes).digest('hex') };

/** DSSE's pre-authentication encoding, the bytes a DSSE signature covers (DSSE spec, protocol.md). */
function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType);
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ]);
}

function rejection(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    expect(isConfigurationError(error)).toBe(true);
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('the fixture is a real Sigstore bundle', () => {
  it('its DSSE signature verifies over the PAE with the leaf certificate’s key, and not over altered bytes', () => {
    const certificate = new X509Certificate(
      Buffer.from(bundle.verificationMaterial.certificate!.rawBytes!, 'base64'),
    );
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64');
    const signature = Buffer.from(bundle.dsseEnvelope.signatures[0]!.sig, 'base64');
    expect(certificate.issuer).toContain('sigstore-intermediate');
    expect(
      verify('sha256', pae(bundle.dsseEnvelope.payloadType, payload), certificate.publicKey, signature),
    ).toBe(true);
    const altered = Buffer.from(payload.toString('utf8').replace('"predicate":{}', '"predicate":null'));
    expect(
      verify('sha256', pae(bundle.dsseEnvelope.payloadType, altered), certificate.publicKey, signature),
    ).toBe(false);
  });
});

describe('bundleToAttestation', () => {
  it('gives exactly the attestation pypi-attestations made from the same bundle', () => {
    expect(bundleToAttestation(bundle)).toEqual(theirs);
  });

  it('has PyPI’s shape and carries every field byte for byte', () => {
    const ours = bundleToAttestation(bundle);
    expect(Object.keys(ours).sort()).toEqual(['envelope', 'verification_material', 'version']);
    expect(ours.version).toBe(1);
    expect(ours.verification_material.certificate).toBe(bundle.verificationMaterial.certificate!.rawBytes);
    expect(JSON.stringify(ours.verification_material.transparency_entries)).toBe(
      JSON.stringify(bundle.verificationMaterial.tlogEntries),
    );
    expect(ours.envelope).toEqual({
      statement: bundle.dsseEnvelope.payload,
      signature: bundle.dsseEnvelope.signatures[0]!.sig,
    });
    expect(ours.verification_material.transparency_entries[0]).toMatchObject({
      kindVersion: { kind: 'dsse', version: '0.0.1' },
    });
  });

  it('its statement’s subject is the file the bundle signed, and passes PyPI’s checks', () => {
    const ours = bundleToAttestation(bundle);
    const statement = attestationStatement(ours);
    expect(statement.subject).toEqual([{ name: SDIST, digest: { sha256: dist.sha256 } }]);
    expect(statement.predicateType).toBe(PUBLISH_PREDICATE_TYPE);
    expect(() => validateAttestation(ours, dist)).not.toThrow();
  });

  it('takes the leaf of x509CertificateChain from older bundles', () => {
    const leaf = bundle.verificationMaterial.certificate!.rawBytes!;
    const older = {
      ...bundle,
      mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
      verificationMaterial: {
        x509CertificateChain: { certificates: [{ rawBytes: leaf }, { rawBytes: 'aW50ZXJtZWRpYXRl' }] },
        tlogEntries: bundle.verificationMaterial.tlogEntries,
      },
    };
    expect(bundleToAttestation(older)).toEqual(theirs);
  });

  it('refuses bundles PyPI could not verify, saying why', () => {
    const { certificate: _certificate, ...keyOnly } = bundle.verificationMaterial;
    expect(
      rejection(() =>
        bundleToAttestation({ ...bundle, verificationMaterial: { ...keyOnly, publicKey: { hint: 'k' } } }),
      ).message,
    ).toBe(
      'The Sigstore bundle cannot become a PEP 740 attestation: it is signed with a public key, not a Fulcio ' +
        'certificate (PyPI verifies the signer’s identity from the certificate).',
    );
    expect(
      rejection(() =>
        bundleToAttestation({
          ...bundle,
          verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: [] },
        }),
      ).message,
    ).toContain('it has no transparency-log entry');
    const { dsseEnvelope: _envelope, ...rest } = bundle;
    expect(rejection(() => bundleToAttestation({ ...rest, messageSignature: {} })).message).toContain(
      'it signs a message digest, not a DSSE envelope',
    );
  });
});

describe('validateAttestation', () => {
  const ours = bundleToAttestation(bundle);
  const withStatement = (statement: object): Pep740Attestation => ({
    ...ours,
    envelope: { ...ours.envelope, statement: Buffer.from(JSON.stringify(statement)).toString('base64') },
  });

  it('refuses an attestation for another file name', () => {
    expect(
      rejection(() => validateAttestation(ours, { ...dist, filename: 'other-1.0.tar.gz' })).message,
    ).toBe(
      `The attestation for other-1.0.tar.gz would be refused by the index: its subject is '${SDIST}', not the ` +
        "file name 'other-1.0.tar.gz'. Nothing was uploaded.",
    );
  });

  it('refuses a digest that is not the file’s', () => {
    expect(rejection(() => validateAttestation(ours, { ...dist, sha256: '0'.repeat(64) })).message).toContain(
      `its subject's sha256 is ${dist.sha256}, but the file's is ${'0'.repeat(64)}`,
    );
  });

  it('refuses two subjects and another predicate type', () => {
    const two = publishStatement(dist);
    two.subject.push({ name: 'x.whl', digest: { sha256: 'ab' } });
    expect(rejection(() => validateAttestation(withStatement(two), dist)).message).toContain(
      'its statement must have exactly one subject (it has 2)',
    );
    const slsa = { ...publishStatement(dist), predicateType: 'https://slsa.dev/provenance/v1' };
    expect(rejection(() => validateAttestation(withStatement(slsa), dist)).message).toContain(
      "its predicateType is 'https://slsa.dev/provenance/v1', not PyPI's 'https://docs.pypi.org/attestations/publish/v1'",
    );
  });
});

describe('publishStatement', () => {
  it('is an in-toto Statement v1 with one subject and the publish predicate', () => {
    expect(publishStatement({ filename: 'pkg-1.0-py3-none-any.whl', sha256: 'ABCDEF' })).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'pkg-1.0-py3-none-any.whl', digest: { sha256: 'abcdef' } }],
      predicateType: 'https://docs.pypi.org/attestations/publish/v1',
      predicate: {},
    });
  });

  it('matches, field for field, the statement the real bundle signed for the same file', () => {
    const signed = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as unknown;
    expect(publishStatement(dist)).toEqual(signed);
  });
});
