/**
 * A local Sigstore (Fulcio and Rekor v1) on 127.0.0.1 port 0, so the real `sigstore` package can sign
 * end to end in tests. It answers the two calls sigstore-js makes as the public-good services are
 * documented to:
 *
 * - Fulcio `POST /api/v2/signingCert` ({credentials.oidcIdentityToken, publicKeyRequest{publicKey
 *   {algorithm, content: PEM}, proofOfPossession}}): verifies the ID token (RS256 with the test
 *   issuer's key, audience `sigstore`, not expired), verifies the proof of possession (the token's `sub`
 *   signed with the submitted key), and issues a 10-minute code-signing certificate for that key, signed
 *   by a CA made at start-up (openssl), with the job's identity as Fulcio puts it: SAN URI
 *   `https://github.com/<job_workflow_ref>`, OIDC issuer (1.3.6.1.4.1.57264.1.8) and Build Config URI
 *   (…1.18). Answers 201 `{signedCertificateEmbeddedSct: {chain: {certificates: [leaf, CA]}}}`, or
 *   401/400 `{code, message}`.
 * - Rekor `POST /api/v1/log/entries` with a `dsse` 0.0.1 proposed entry: verifies the envelope's
 *   signature over the DSSE PAE with the verifier certificate's key, stores the canonicalized body
 *   (envelopeHash, payloadHash, signatures with verifier), and answers 201 `{<uuid>: {body,
 *   integratedTime, logID, logIndex, verification: {signedEntryTimestamp, inclusionProof}}}` with a SET
 *   signed by its own key over the canonical {body, integratedTime, logID, logIndex} and an RFC 6962
 *   inclusion proof in a log that already holds a few entries (so no index is 0) and grows by one leaf
 *   per entry, its global index offset as a later shard's is.
 *
 * The trust roots are this run's own, so bundles from here verify against `caCertificate` and
 * `rekorPublicKey`, never against the public-good instance.
 */
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, type KeyObject, sign, verify, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';
import type { TestIssuer } from './trusted-publishing-server.js';

/** A running local Sigstore. */
export interface LocalSigstore {
  fulcioUrl: string;
  rekorUrl: string;
  /** The CA that signs every leaf certificate. */
  caCertificate: X509Certificate;
  rekorPublicKey: KeyObject;
  /** Every certificate issued, PEM. */
  issued: string[];
  /** Every canonicalized Rekor body stored, decoded. */
  entries: Record<string, unknown>[];
  close(): Promise<void>;
}

/** Starts Fulcio and Rekor on one port (their paths do not overlap), trusting `issuer`'s ID tokens. */
export async function startLocalSigstore(issuer: Pick<TestIssuer, 'publicKey'>): Promise<LocalSigstore> {
  const dir = tempDir('sigstore');
  const caKey = join(dir, 'ca.key');
  const caCert = join(dir, 'ca.crt');
  const dummyCsr = join(dir, 'dummy.csr');
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', caKey]);
  openssl(
    ['req', '-x509', '-new', '-key', caKey, '-subj', '/O=sigstore.local/CN=sigstore-intermediate'].concat([
      '-days',
      '1',
      '-out',
      caCert,
    ]),
  );
  // openssl 3.0 issues a certificate only from a request; -force_pubkey then puts the signer's key in.
  openssl(['req', '-new', '-key', caKey, '-subj', '/', '-out', dummyCsr]);
  const caPem = readFileSync(caCert, 'utf8');
  const rekor = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const rekorKeyDer = rekor.publicKey.export({ type: 'spki', format: 'der' });
  const logId = createHash('sha256').update(rekorKeyDer).digest('hex');
  // A log that already holds entries, on a later shard, as the public one does: indices are never 0
  // (protobuf JSON leaves zero-valued fields out, which no real entry shows).
  const leaves: Buffer[] = [1, 2, 3].map((n) => Buffer.from(`earlier entry ${n}`));
  const SHARD_OFFSET = 14_000;
  const issued: string[] = [];
  const entries: Record<string, unknown>[] = [];
  let serial = 1000;

  function fulcio(body: Record<string, unknown>): [number, unknown] {
    const request = body as {
      credentials?: { oidcIdentityToken?: string };
      publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string };
    };
    const token = request.credentials?.oidcIdentityToken ?? '';
    const claims = verifyJwt(token, issuer.publicKey);
    if (!claims || claims.aud !== 'sigstore') {
      return [401, { code: 16, message: 'There was an error processing the identity token' }];
    }
    const pem = request.publicKeyRequest?.publicKey?.content ?? '';
    const proof = Buffer.from(request.publicKeyRequest?.proofOfPossession ?? '', 'base64');
    let proven = false;
    try {
      proven = verify('sha256', Buffer.from(String(claims.sub)), pem, proof);
    } catch {
      proven = false;
    }
    if (!proven)
      return [400, { code: 3, message: 'The signature supplied in the request could not be verified' }];
    const n = serial++;
    const keyFile = join(dir, `key-${n}.pem`);
    const extFile = join(dir, `ext-${n}.cnf`);
    const leafFile = join(dir, `leaf-${n}.pem`);
    const identity = `https://github.com/${String(claims.job_workflow_ref)}`;
    writeFileSync(keyFile, pem);
    writeFileSync(
      extFile,
      [
        'keyUsage = critical, digitalSignature',
        'extendedKeyUsage = codeSigning',
        `subjectAltName = critical, URI:${identity}`,
        `1.3.6.1.4.1.57264.1.8 = ASN1:UTF8String:${String(claims.iss)}`,
        `1.3.6.1.4.1.57264.1.18 = ASN1:UTF8String:${identity}`,
        '',
      ].join('\n'),
    );
    openssl(
      ['x509', '-req', '-in', dummyCsr, '-CA', caCert, '-CAkey', caKey, '-force_pubkey', keyFile].concat([
        '-set_serial',
        String(n),
        '-days',
        '1',
        '-extfile',
        extFile,
        '-out',
        leafFile,
      ]),
    );
    const leaf = readFileSync(leafFile, 'utf8');
    issued.push(leaf);
    return [201, { signedCertificateEmbeddedSct: { chain: { certificates: [leaf, caPem] } } }];
  }

  function rekorEntry(body: Record<string, unknown>): [number, unknown] {
    const proposed = body as {
      apiVersion?: string;
      kind?: string;
      spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
    };
    if (proposed.kind !== 'dsse' || proposed.apiVersion !== '0.0.1') {
      return [400, { code: 400, message: `unsupported entry ${proposed.kind}/${proposed.apiVersion}` }];
    }
    const envelopeText = proposed.spec?.proposedContent?.envelope ?? '';
    const verifier = proposed.spec?.proposedContent?.verifiers?.[0] ?? '';
    const envelope = JSON.parse(envelopeText) as {
      payload: string;
      payloadType: string;
      signatures: { sig: string }[];
    };
    const payload = Buffer.from(envelope.payload, 'base64');
    const certificate = new X509Certificate(Buffer.from(verifier, 'base64'));
    const valid = verify(
      'sha256',
      pae(envelope.payloadType, payload),
      certificate.publicKey,
      Buffer.from(envelope.signatures[0]?.sig ?? '', 'base64'),
    );
    if (!valid) return [400, { code: 400, message: 'verification failed for envelope signature' }];
    const canonical = canonicalJson({
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: {
        envelopeHash: { algorithm: 'sha256', value: sha256Hex(Buffer.from(envelopeText)) },
        payloadHash: { algorithm: 'sha256', value: sha256Hex(payload) },
        signatures: [{ signature: envelope.signatures[0]!.sig, verifier }],
      },
    });
    entries.push(JSON.parse(canonical) as Record<string, unknown>);
    const leaf = Buffer.from(canonical);
    leaves.push(leaf);
    const treeIndex = leaves.length - 1;
    const logIndex = SHARD_OFFSET + treeIndex;
    const integratedTime = Math.floor(Date.now() / 1000);
    const encodedBody = leaf.toString('base64');
    const set = sign(
      'sha256',
      Buffer.from(canonicalJson({ body: encodedBody, integratedTime, logID: logId, logIndex })),
      rekor.privateKey,
    );
    const { rootHash, hashes } = inclusionProof(leaves, treeIndex);
    const checkpointBody = `sigstore.local - 1\n${leaves.length}\n${rootHash.toString('base64')}\n`;
    const checkpointSig = sign('sha256', Buffer.from(checkpointBody), rekor.privateKey);
    const keyHint = Buffer.from(logId, 'hex').subarray(0, 4);
    const checkpoint = `${checkpointBody}\n— sigstore.local ${Buffer.concat([keyHint, checkpointSig]).toString('base64')}\n`;
    const uuid = createHash('sha256')
      .update(Buffer.concat([Buffer.from([0]), leaf]))
      .digest('hex');
    return [
      201,
      {
        [uuid]: {
          body: encodedBody,
          integratedTime,
          logID: logId,
          logIndex,
          verification: {
            signedEntryTimestamp: set.toString('base64'),
            inclusionProof: {
              logIndex: treeIndex,
              treeSize: leaves.length,
              rootHash: rootHash.toString('hex'),
              hashes: hashes.map((h) => h.toString('hex')),
              checkpoint,
            },
          },
        },
      },
    ];
  }

  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        send(res, 400, { code: 400, message: 'malformed JSON' });
        return;
      }
      if (req.method === 'POST' && req.url === '/api/v2/signingCert') send(res, ...fulcio(body));
      else if (req.method === 'POST' && req.url === '/api/v1/log/entries') send(res, ...rekorEntry(body));
      else send(res, 404, { code: 404, message: 'Not Found' });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    fulcioUrl: url,
    rekorUrl: url,
    caCertificate: new X509Certificate(caPem),
    rekorPublicKey: rekor.publicKey,
    issued,
    entries,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** DSSE's pre-authentication encoding: the bytes a DSSE signature covers. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType);
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ]);
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

function verifyJwt(token: string, key: KeyObject): Record<string, unknown> | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  if (!verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))) {
    return undefined;
  }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (typeof claims.exp !== 'number' || claims.exp < Date.now() / 1000) return undefined;
  return claims;
}

function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// RFC 8785 for the plain JSON Rekor signs (strings, integers, objects, arrays): sorted keys, no spaces.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(object[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

// RFC 6962 Merkle tree: leaf hash H(0x00 || leaf), node hash H(0x01 || left || right).
function leafHash(leaf: Buffer): Buffer {
  return createHash('sha256')
    .update(Buffer.concat([Buffer.from([0]), leaf]))
    .digest();
}

function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256')
    .update(Buffer.concat([Buffer.from([1]), left, right]))
    .digest();
}

function treeHash(hashes: Buffer[]): Buffer {
  if (hashes.length === 1) return hashes[0]!;
  const split = 2 ** Math.floor(Math.log2(hashes.length - 1));
  return nodeHash(treeHash(hashes.slice(0, split)), treeHash(hashes.slice(split)));
}

// RFC 6962 §2.1.1 audit path for leaf `index` in the tree of `leaves`.
function inclusionProof(leaves: Buffer[], index: number): { rootHash: Buffer; hashes: Buffer[] } {
  const hashes = leaves.map(leafHash);
  const path = (items: Buffer[], m: number): Buffer[] => {
    if (items.length <= 1) return [];
    const split = 2 ** Math.floor(Math.log2(items.length - 1));
    return m < split
      ? [...path(items.slice(0, split), m), treeHash(items.slice(split))]
      : [...path(items.slice(split), m - split), treeHash(items.slice(0, split))];
  };
  return { rootHash: treeHash(hashes), hashes: path(hashes, index) };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) });
  res.end(bytes);
}
