/**
 * Trusted publishing's two remote peers, on 127.0.0.1 port 0, behaving as they are documented to
 * (reference/pypi-publish.md §1.3, §1.4, §1.7; pypi/warehouse warehouse/oidc/views.py and
 * models/github.py):
 *
 * - GitHub's ID-token endpoint (`startIdTokenServer`): `GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=…`
 *   with `Authorization: bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>` answers `{"count":…,"value":<JWT>}`;
 *   the JWT is RS256, signed with a key made at test time (`createTestIssuer`), and carries GitHub's
 *   claims (sub, repository, repository_owner, repository_owner_id, workflow_ref, job_workflow_ref, ref,
 *   sha, environment, event_name, a unique jti, iss, aud, iat, nbf, exp). A wrong or missing bearer
 *   token gets 401; no audience gives the default (the owner's URL), as GitHub does.
 * - Warehouse's routes (`TrustedPublishingRoutes`): `GET /_/oidc/audience` → `{"audience": …}`, or 403
 *   `{"message": "Trusted publishing functionality not enabled"}` when disabled; `POST
 *   /_/oidc/mint-token` (and the legacy `/_/oidc/github/mint-token`) takes `{"token": <JWT>}`, verifies
 *   it for real (RS256 signature with the issuer's public key, iss, aud, exp/nbf/iat), checks the
 *   required claims, looks the publisher up as Warehouse does (repository name case-insensitive, owner
 *   and owner id exact, the workflow file of job_workflow_ref, environment: a matching one first, else
 *   one without), verifies the claims (sub, job_workflow_ref = OWNER/REPO/.github/workflows/FILE@ref or
 *   @sha, event_name ≠ pull_request_target, jti not used before) and answers 422 `{"message": "Token
 *   request failed", "errors": [{code, description}]}` or 200 `{"success": true, "token": "pypi-…",
 *   "expires": now + 900}`. A jti is remembered only after a successful mint (as Warehouse stores it).
 *   Pending publishers are reified on first use, or refused with invalid-pending-publisher when their
 *   project already exists.
 *
 * `startTrustedPublishingServer` serves the routes alone; the index server mounts them (its `mount`
 * option) so one local Warehouse both mints and accepts the tokens.
 */
import {
  createSign,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  randomUUID,
  verify,
} from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** GitHub Actions' OIDC issuer. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** A key pair that signs ID tokens the way GitHub does (RS256 with a key id). */
export interface TestIssuer {
  publicKey: KeyObject;
  kid: string;
  /** A signed JWT with these claims. */
  sign(claims: Record<string, unknown>): string;
}

/** A fresh RSA key for this test run. */
export function createTestIssuer(): TestIssuer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  return {
    publicKey,
    kid,
    sign(claims) {
      const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
      const payload = base64url(JSON.stringify(claims));
      const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
      return `${header}.${payload}.${signature.toString('base64url')}`;
    },
  };
}

/** The job the ID tokens describe. */
export interface JobSettings {
  /** `owner/name`. */
  repository: string;
  repositoryOwnerId: string;
  /** The workflow file of the run (workflow_ref). */
  workflow: string;
  ref: string;
  sha: string;
  environment?: string;
  eventName: string;
  /** The workflow running the job when it differs from `workflow` (a reusable workflow): full claim value. */
  jobWorkflowRef?: string;
  /** Claims to replace or, with undefined, to leave out. */
  overrides?: Record<string, unknown>;
}

/** A default job: octo-org/octo-repo's release.yml on a tag push. */
export function defaultJob(): JobSettings {
  return {
    repository: 'octo-org/octo-repo',
    repositoryOwnerId: '8675309',
    workflow: 'release.yml',
    ref: 'refs/tags/v1.0.0',
    sha: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    eventName: 'push',
  };
}

/** The claims GitHub puts in an ID token for `job`. */
export function jobClaims(job: JobSettings, audience: string, nowSeconds: number, lifetime = 300) {
  const [owner = ''] = job.repository.split('/');
  const workflowRef = `${job.repository}/.github/workflows/${job.workflow}@${job.ref}`;
  const claims: Record<string, unknown> = {
    jti: randomUUID(),
    sub: job.environment
      ? `repo:${job.repository}:environment:${job.environment}`
      : `repo:${job.repository}:ref:${job.ref}`,
    aud: audience,
    ref: job.ref,
    sha: job.sha,
    repository: job.repository,
    repository_owner: owner,
    repository_owner_id: job.repositoryOwnerId,
    repository_id: '1296269',
    repository_visibility: 'public',
    run_id: '42',
    run_number: '7',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'Release',
    head_ref: '',
    base_ref: '',
    event_name: job.eventName,
    ref_type: job.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    workflow_ref: workflowRef,
    workflow_sha: job.sha,
    job_workflow_ref: job.jobWorkflowRef ?? workflowRef,
    job_workflow_sha: job.sha,
    runner_environment: 'github-hosted',
    iss: GITHUB_ISSUER,
    nbf: nowSeconds - 5,
    iat: nowSeconds,
    exp: nowSeconds + lifetime,
  };
  if (job.environment) claims.environment = job.environment;
  for (const [name, value] of Object.entries(job.overrides ?? {})) {
    if (value === undefined) delete claims[name];
    else claims[name] = value;
  }
  return claims;
}

/** One token the ID-token server gave out. */
export interface IssuedToken {
  audience: string;
  jti: string;
  token: string;
}

/** A running GitHub ID-token endpoint. */
export interface IdTokenServer {
  /** ACTIONS_ID_TOKEN_REQUEST_URL (with its api-version query, as GitHub's has). */
  requestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  /** The job the tokens describe; change it between requests. */
  job: JobSettings;
  issued: IssuedToken[];
  /** Requests refused (bad bearer token). */
  refused: number;
  /** The runner environment of a job with `id-token: write`: GITHUB_* and ACTIONS_ID_TOKEN_REQUEST_*. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

/** Starts GitHub's ID-token endpoint for `job` (default: defaultJob()). */
export async function startIdTokenServer(
  issuer: TestIssuer,
  job: JobSettings = defaultJob(),
): Promise<IdTokenServer> {
  const requestToken = randomBytes(16).toString('hex');
  const issued: IssuedToken[] = [];
  const state = { job, refused: 0 };
  const server = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const auth = req.headers.authorization ?? '';
    // GitHub takes the scheme in any case (@actions/core sends Bearer, di/id sends bearer).
    if (
      req.method !== 'GET' ||
      url.pathname !== '/_apis/token' ||
      auth.toLowerCase() !== `bearer ${requestToken}`
    ) {
      state.refused++;
      send(res, 401, { message: 'Unauthorized' });
      return;
    }
    const owner = state.job.repository.split('/')[0];
    const audience = url.searchParams.get('audience') ?? `https://github.com/${owner}`;
    const claims = jobClaims(state.job, audience, Math.floor(Date.now() / 1000));
    const token = issuer.sign(claims);
    issued.push({ audience, jti: String(claims.jti), token });
    send(res, 200, { count: 2000, value: token });
  });
  const requestUrl = `${server.url}_apis/token?api-version=2.0`;
  return {
    requestUrl,
    requestToken,
    issued,
    get job() {
      return state.job;
    },
    set job(value: JobSettings) {
      state.job = value;
    },
    get refused() {
      return state.refused;
    },
    env() {
      return {
        GITHUB_ACTIONS: 'true',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_EVENT_NAME: state.job.eventName,
        GITHUB_REPOSITORY: state.job.repository,
        GITHUB_WORKFLOW_REF: `${state.job.repository}/.github/workflows/${state.job.workflow}@${state.job.ref}`,
        ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      };
    },
    close: server.close,
  };
}

/** A trusted publisher as PyPI's form stores it. */
export interface TrustedPublisher {
  owner: string;
  /** The repository name without the owner. */
  repository: string;
  ownerId: string;
  /** Workflow file name, e.g. release.yml. */
  workflow: string;
  /** '' or absent: any environment. */
  environment?: string;
  projects: string[];
  /** A pending publisher: creates its (single) project on first use. */
  pending?: boolean;
}

/** What a minted token may do, as handed to the index for its uploads. */
export interface TokenGrant {
  projects: string[];
  /** ms since the epoch. */
  expiresAt: number;
}

/** How the Warehouse routes behave. */
export interface TrustedPublishingRoutesOptions {
  issuer: Pick<TestIssuer, 'publicKey'>;
  /** Default `pypi`. */
  audience?: string;
  publishers?: TrustedPublisher[];
  /** false: the audience endpoint answers 403 (trusted publishing disabled). */
  enabled?: boolean;
  /** false: mint answers not-enabled. */
  mintEnabled?: boolean;
  /** Seconds a minted token lives (Warehouse: 900). */
  lifetimeSeconds?: number;
  /** Whether a project exists on the index (for pending publishers). */
  projectExists?: (name: string) => boolean;
  /** Called with every minted token (the index server registers it for uploads). */
  onMint?: (token: string, grant: TokenGrant) => void;
}

/** One mint the routes answered. */
export interface MintRecord {
  status: number;
  jti?: string;
  codes: string[];
  token?: string;
}

class MintRefusal extends Error {
  constructor(
    readonly code: string,
    readonly description: string,
  ) {
    super(description);
  }
}

// Warehouse's __required_verifiable_claims__ and __required_unverifiable_claims__ for GitHub.
const REQUIRED_CLAIMS = [
  'sub',
  'repository',
  'repository_owner',
  'repository_owner_id',
  'job_workflow_ref',
  'jti',
];
const REQUIRED_UNVERIFIABLE = ['ref', 'sha'];
const WORKFLOW_FILENAME = /([^/]+\.(yml|yaml))(?=@)/;
const LEEWAY_SECONDS = 30;

/** What the routes need of the index they are mounted on (IndexState has both). */
export interface MountingIndex {
  addToken(token: string, options: { projects?: string[]; expiresAt?: number }): void;
  project(name: string): unknown;
}

/** Warehouse's /_/oidc/ routes over configurable publishers; serve with handle() or the index's mount. */
export class TrustedPublishingRoutes {
  readonly publishers: TrustedPublisher[];
  /** jti → exp of every token used for a successful mint. */
  readonly usedJtis = new Map<string, number>();
  readonly mints: MintRecord[] = [];
  audienceRequests = 0;

  constructor(readonly options: TrustedPublishingRoutesOptions) {
    this.publishers = options.publishers ?? [];
  }

  private index: MountingIndex | undefined;

  /**
   * For the index server's `mount` option: answers the routes there, registers every minted token with
   * the index (so its uploads accept it for the publisher's projects until it expires), and takes the
   * index's projects as the ones that exist.
   */
  readonly mount = (req: IncomingMessage, res: ServerResponse, index: MountingIndex): boolean => {
    this.index = index;
    return this.handle(req, res);
  };

  /** Answers the request when it is one of the routes (true), else leaves it alone (false). */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/_/oidc/audience') {
      this.audienceRequests++;
      req.resume();
      req.on('end', () => this.audience(req, res));
      return true;
    }
    if (path === '/_/oidc/mint-token' || path === '/_/oidc/github/mint-token') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.mint(req, res, Buffer.concat(chunks)));
      return true;
    }
    return false;
  }

  private audience(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') {
      send(res, 405, { message: 'Method Not Allowed' });
      return;
    }
    if (this.options.enabled === false) {
      send(res, 403, { message: 'Trusted publishing functionality not enabled' });
      return;
    }
    send(res, 200, { audience: this.options.audience ?? 'pypi' });
  }

  private mint(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const record: MintRecord = { status: 422, codes: [] };
    this.mints.push(record);
    if (req.method !== 'POST') {
      record.status = 405;
      send(res, 405, { message: 'Method Not Allowed' });
      return;
    }
    try {
      const { token, expires, jti } = this.exchange(body);
      record.status = 200;
      record.token = token;
      record.jti = jti;
      send(res, 200, { success: true, token, expires });
    } catch (error) {
      if (!(error instanceof MintRefusal)) throw error;
      record.codes.push(error.code);
      send(res, 422, {
        message: 'Token request failed',
        errors: [{ code: error.code, description: error.description }],
      });
    }
  }

  private exchange(body: Buffer): { token: string; expires: number; jti: string } {
    if (this.options.mintEnabled === false) {
      throw new MintRefusal('not-enabled', 'GitHub-based trusted publishing functionality not enabled');
    }
    const jwt = tokenPayload(body);
    const parts = jwt.split('.');
    const header = parts.length === 3 ? parseJson(parts[0]!) : undefined;
    const claims = parts.length === 3 ? parseJson(parts[1]!) : undefined;
    if (!header || !claims) throw new MintRefusal('invalid-payload', 'malformed JWT');
    if (claims.iss !== GITHUB_ISSUER)
      throw new MintRefusal('invalid-payload', 'unknown trusted publishing issuer');
    const now = Math.floor(Date.now() / 1000);
    const signatureValid =
      header.alg === 'RS256' &&
      verify(
        'RSA-SHA256',
        Buffer.from(`${parts[0]}.${parts[1]}`),
        this.options.issuer.publicKey,
        Buffer.from(parts[2]!, 'base64url'),
      );
    const audience = this.options.audience ?? 'pypi';
    const audienceValid = Array.isArray(claims.aud) ? claims.aud.includes(audience) : claims.aud === audience;
    const timeValid =
      typeof claims.exp === 'number' &&
      claims.exp > now - LEEWAY_SECONDS &&
      (typeof claims.nbf !== 'number' || claims.nbf <= now + LEEWAY_SECONDS) &&
      (typeof claims.iat !== 'number' || claims.iat <= now + LEEWAY_SECONDS);
    if (!signatureValid || !audienceValid || !timeValid) {
      throw new MintRefusal('invalid-token', 'malformed or invalid token');
    }
    for (const name of [...REQUIRED_CLAIMS, ...REQUIRED_UNVERIFIABLE]) {
      if (claims[name] === undefined || claims[name] === null) throw noPublisher(`Missing claim '${name}'`);
    }

    // Pending publishers first: a match creates the project, unless it exists already.
    const pending = this.lookup(claims, true);
    if (pending) {
      const [project = ''] = pending.projects;
      const exists =
        this.options.projectExists ?? ((name: string) => this.index?.project(name) !== undefined);
      if (exists(project)) {
        this.publishers.splice(this.publishers.indexOf(pending), 1);
        throw new MintRefusal('invalid-pending-publisher', 'valid token, but project already exists');
      }
      this.verifyClaims(pending, claims);
      pending.pending = false;
    }
    const publisher = this.lookup(claims, false);
    if (!publisher) throw noPublisher('Publisher with matching claims was not found');
    this.verifyClaims(publisher, claims);

    const jti = String(claims.jti);
    this.usedJtis.set(jti, Number(claims.exp));
    const lifetime = this.options.lifetimeSeconds ?? 900;
    const expires = now + lifetime;
    const token = `pypi-${randomBytes(48).toString('base64url')}`;
    const grant = { projects: [...publisher.projects], expiresAt: expires * 1000 };
    this.index?.addToken(token, grant);
    this.options.onMint?.(token, grant);
    return { token, expires, jti };
  }

  // GitHubPublisherMixin.lookup_by_claims: owner/name from `repository`, the owner id, and the file of
  // job_workflow_ref; among those, the one with the job's environment, else one without.
  private lookup(claims: Record<string, unknown>, pending: boolean): TrustedPublisher | undefined {
    const [owner, name] = String(claims.repository).split('/', 2);
    const file = String(claims.job_workflow_ref).match(WORKFLOW_FILENAME)?.[1];
    if (!file) throw noPublisher('Could not job extract workflow filename from OIDC claims');
    const candidates = this.publishers.filter(
      (p) =>
        Boolean(p.pending) === pending &&
        p.owner === owner &&
        p.repository.toLowerCase() === name?.toLowerCase() &&
        p.ownerId === String(claims.repository_owner_id) &&
        p.workflow === file,
    );
    const environment = typeof claims.environment === 'string' ? claims.environment.toLowerCase() : '';
    return (
      (environment
        ? candidates.find((p) => (p.environment ?? '').toLowerCase() === environment)
        : undefined) ?? candidates.find((p) => !p.environment)
    );
  }

  // OIDCPublisherMixin.verify_claims with GitHub's checks, in Warehouse's order.
  private verifyClaims(publisher: TrustedPublisher, claims: Record<string, unknown>): void {
    const repository = `${publisher.owner}/${publisher.repository}`;
    const [org, repo] = String(claims.sub).split(':');
    if (!org || !repo || `${org}:${repo}`.toLowerCase() !== `repo:${repository}`.toLowerCase()) {
      throw noPublisher("Check failed for required claim 'sub'");
    }
    if (String(claims.repository).toLowerCase() !== repository.toLowerCase()) {
      throw noPublisher("Check failed for required claim 'repository'");
    }
    if (claims.repository_owner !== publisher.owner) {
      throw noPublisher("Check failed for required claim 'repository_owner'");
    }
    if (String(claims.repository_owner_id) !== publisher.ownerId) {
      throw noPublisher("Check failed for required claim 'repository_owner_id'");
    }
    const groundTruth = `${repository}/.github/workflows/${publisher.workflow}`;
    const expected = [claims.ref, claims.sha].filter(Boolean).map((ref) => `${groundTruth}@${String(ref)}`);
    if (!expected.includes(String(claims.job_workflow_ref))) {
      const list = [...expected].sort().map((e) => `'${e}'`);
      throw noPublisher(
        `The job_workflow_ref claim does not match, expecting one of [${list.join(', ')}], got '${String(claims.job_workflow_ref)}'`,
      );
    }
    if (this.usedJtis.has(String(claims.jti))) {
      throw new MintRefusal('invalid-reuse-token', 'invalid token: already used');
    }
    if (claims.event_name === 'pull_request_target') {
      throw noPublisher("Publishing from a workflow invoked via 'pull_request_target' is not supported.");
    }
    if (publisher.environment) {
      const environment = typeof claims.environment === 'string' ? claims.environment : '';
      if (environment.toLowerCase() !== publisher.environment.toLowerCase()) {
        throw noPublisher("Check failed for optional claim 'environment'");
      }
    }
  }
}

/** A running server with only the trusted-publishing routes. */
export interface TrustedPublishingServer {
  /** `http://127.0.0.1:PORT/`: the oidcBaseUrl. */
  url: string;
  routes: TrustedPublishingRoutes;
  close(): Promise<void>;
}

/** Serves TrustedPublishingRoutes alone (404 for anything else). */
export async function startTrustedPublishingServer(
  options: TrustedPublishingRoutesOptions,
): Promise<TrustedPublishingServer> {
  const routes = new TrustedPublishingRoutes(options);
  const server = await listen((req, res) => {
    if (!routes.handle(req, res)) {
      req.resume();
      send(res, 404, { message: 'Not Found' });
    }
  });
  return { url: server.url, routes, close: server.close };
}

function tokenPayload(body: Buffer): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new MintRefusal(
      'invalid-payload',
      `1 validation error for TokenPayload\n  Invalid JSON: ${(error as Error).message} [type=json_invalid]`,
    );
  }
  const token = (parsed as { token?: unknown } | null)?.token;
  if (typeof token !== 'string') {
    throw new MintRefusal(
      'invalid-payload',
      token === undefined
        ? '1 validation error for TokenPayload\ntoken\n  Field required [type=missing]'
        : '1 validation error for TokenPayload\ntoken\n  Input should be a valid string [type=string_type]',
    );
  }
  return token;
}

function noPublisher(detail: string): MintRefusal {
  return new MintRefusal('invalid-publisher', `valid token, but no corresponding publisher (${detail})`);
}

function parseJson(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) });
  res.end(bytes);
}

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
