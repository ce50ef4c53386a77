/**
 * Bundle → PEP 740 conversion on a bundle the real `sigstore` package makes at test time, against the
 * local Fulcio and Rekor, for the publish/v1 statement of a real published wheel (published-wheel.ts:
 * the public-good instance's bundles are not reachable from this machine, the npm registry here
 * answering 404 on /-/npm/v1/attestations/), and PyPI's statement checks.
 */
import { verify, X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  type AttestedDistribution,
  attestationStatement,
  bundleToAttestation,
  type Pep740Attestation,
  PUBLISH_PREDICATE_TYPE,
  publishStatement,
  validateAttestation,
} from '@otai-release/core/attestations';
import { isConfigurationError } from '@otai-release/core/errors';
import { type LocalSigstore, pae, startLocalSigstore } from '../support/local-sigstore.js';
import { createTestIssuer } from '../support/trusted-publishing-server.js';
import {
  type DsseBundle,
  describeWithPipAndOpenssl,
  localBundle,
  publishedDistribution,
  PYPI_SHA256,
  WHEEL,
} from './published-wheel.js';

jest.setTimeout(60_000);

function rejection(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    expect(isConfigurationError(error)).toBe(true);
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('publishStatement', () => {
  it('is an in-toto Statement v1 with one subject and the publish predicate', () => {
    expect(publishStatement({ filename: 'pkg-1.0-py3-none-any.whl', sha256: 'ABCDEF' })).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'pkg-1.0-py3-none-any.whl', digest: { sha256: 'abcdef' } }],
      predicateType: 'https://docs.pypi.org/attestations/publish/v1',
      predicate: {},
    });
  });
});

describeWithPipAndOpenssl(
  'a bundle of a published wheel, signed by sigstore against local Fulcio and Rekor',
  () => {
    let sigstore: LocalSigstore;
    let dist: AttestedDistribution;
    let bundle: DsseBundle;
    beforeAll(async () => {
      const issuer = createTestIssuer();
      sigstore = await startLocalSigstore(issuer);
      dist = publishedDistribution();
      bundle = await localBundle(sigstore, issuer, dist);
    });
    afterAll(async () => {
      await sigstore?.close();
    });

    it('is the wheel PyPI publishes, and a v0.3 DSSE bundle with one Rekor entry', () => {
      expect(dist).toEqual({ filename: WHEEL, sha256: PYPI_SHA256 });
      expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
      expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
      expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
      expect(sigstore.entries).toHaveLength(1);
    });

    it('its DSSE signature verifies over the PAE with the leaf certificate’s key, and not over altered bytes', () => {
      const certificate = new X509Certificate(
        Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'),
      );
      const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64');
      const signature = Buffer.from(bundle.dsseEnvelope.signatures[0]!.sig, 'base64');
      expect(certificate.issuer).toContain('sigstore-intermediate');
      expect(certificate.verify(sigstore.caCertificate.publicKey)).toBe(true);
      expect(
        verify('sha256', pae(bundle.dsseEnvelope.payloadType, payload), certificate.publicKey, signature),
      ).toBe(true);
      const altered = Buffer.from(payload.toString('utf8').replace('"predicate":{}', '"predicate":null'));
      expect(altered.equals(payload)).toBe(false);
      expect(
        verify('sha256', pae(bundle.dsseEnvelope.payloadType, altered), certificate.publicKey, signature),
      ).toBe(false);
    });

    describe('bundleToAttestation', () => {
      it('has PyPI’s shape and carries every field byte for byte', () => {
        const ours = bundleToAttestation(bundle);
        expect(Object.keys(ours).sort()).toEqual(['envelope', 'verification_material', 'version']);
        expect(ours.version).toBe(1);
        expect(Object.keys(ours.verification_material).sort()).toEqual([
          'certificate',
          'transparency_entries',
        ]);
        // base64 of the DER leaf: the certificate Fulcio issued (PEM) for this signature.
        expect(ours.verification_material.certificate).toBe(
          new X509Certificate(sigstore.issued[0]!).raw.toString('base64'),
        );
        expect(ours.verification_material.certificate).toBe(bundle.verificationMaterial.certificate.rawBytes);
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

      it('its statement’s single subject is the wheel’s name and sha256, and passes PyPI’s checks', () => {
        const ours = bundleToAttestation(bundle);
        const statement = attestationStatement(ours);
        expect(statement.subject).toEqual([{ name: WHEEL, digest: { sha256: PYPI_SHA256 } }]);
        expect(statement.predicateType).toBe(PUBLISH_PREDICATE_TYPE);
        expect(() => validateAttestation(ours, dist)).not.toThrow();
      });

      it('takes the leaf of x509CertificateChain from a v0.2 bundle (derived from the generated v0.3 one)', () => {
        const leaf = bundle.verificationMaterial.certificate.rawBytes;
        // Bundles before v0.3 carry the chain, leaf first, as Fulcio answered it.
        const older = {
          ...bundle,
          mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
          verificationMaterial: {
            x509CertificateChain: {
              certificates: [{ rawBytes: leaf }, { rawBytes: sigstore.caCertificate.raw.toString('base64') }],
            },
            tlogEntries: bundle.verificationMaterial.tlogEntries,
          },
        };
        const converted = bundleToAttestation(older);
        expect(converted.verification_material.certificate).toBe(leaf);
        expect(converted.verification_material.transparency_entries).toEqual(
          bundle.verificationMaterial.tlogEntries,
        );
        expect(converted.envelope).toEqual({
          statement: bundle.dsseEnvelope.payload,
          signature: bundle.dsseEnvelope.signatures[0]!.sig,
        });
      });

      it('refuses bundles PyPI could not verify, saying why', () => {
        const { certificate: _certificate, ...keyOnly } = bundle.verificationMaterial;
        expect(
          rejection(() =>
            bundleToAttestation({
              ...bundle,
              verificationMaterial: { ...keyOnly, publicKey: { hint: 'k' } },
            }),
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
      let ours: Pep740Attestation;
      beforeAll(() => {
        ours = bundleToAttestation(bundle);
      });
      const withStatement = (statement: object): Pep740Attestation => ({
        ...ours,
        envelope: { ...ours.envelope, statement: Buffer.from(JSON.stringify(statement)).toString('base64') },
      });

      it('refuses an attestation for another file name', () => {
        expect(
          rejection(() => validateAttestation(ours, { ...dist, filename: 'other-1.0.tar.gz' })).message,
        ).toBe(
          `The attestation for other-1.0.tar.gz would be refused by the index: its subject is '${WHEEL}', not the ` +
            "file name 'other-1.0.tar.gz'. Nothing was uploaded.",
        );
      });

      it('refuses a digest that is not the file’s', () => {
        expect(
          rejection(() => validateAttestation(ours, { ...dist, sha256: '0'.repeat(64) })).message,
        ).toContain(`its subject's sha256 is ${dist.sha256}, but the file's is ${'0'.repeat(64)}`);
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
  },
);
