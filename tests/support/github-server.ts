/**
 * A local GitHub REST server for the release endpoints, answering as docs.github.com documents them
 * (reference/release-docker.md §2) and with the shapes @octokit/fixtures recorded
 * (scenarios/api.github.com/release-assets and release-assets-conflict; tests/github/server-fixtures
 * replays those recordings against it). Two origins on 127.0.0.1, port 0 each: the API, and the upload
 * host that a release's `upload_url` points to, as uploads.github.com is separate from api.github.com.
 *
 * API origin, under /repos/{owner}/{repo}:
 * - GET  /releases/tags/{tag}       a published release; drafts are 404 ("Get a published release").
 * - GET  /releases                  every release, newest first, drafts only for a token with write access;
 *                                   `per_page` (default 30, max 100) and `page`, with a Link header.
 * - POST /releases                  201; 422 `already_exists` (Release, tag_name) when a published release
 *                                   holds the tag and the new one is not a draft; 422 `missing_field` without
 *                                   tag_name. A published release on a missing tag creates the tag.
 * - GET|PATCH|DELETE /releases/{id} PATCH publishing a draft whose tag another published release holds is 422
 *                                   already_exists; `make_latest` ("true" | "false" | "legacy") as documented.
 * - GET  /releases/latest           the release marked latest (published, not a pre-release); 404 when none.
 * - POST /releases/generate-notes   200 {name, body}: the body lists the compared range; with no
 *                                   previous_tag_name GitHub compares with the latest release.
 * - GET  /releases/{id}/assets      paginated like the list.
 * - GET|PATCH|DELETE /releases/assets/{id}   GET with `Accept: application/octet-stream` sends the bytes.
 * - GET  /git/ref/tags/{tag}, GET /git/matching-refs/tags/{prefix}   404 / [] for absent tags.
 * Upload origin: POST /repos/{owner}/{repo}/releases/{id}/assets?name=&label= — needs Content-Type and
 * Content-Length; 422 `already_exists` (ReleaseAsset, name) for a taken name (also while that asset is
 * still uploading); the asset exists in state "starter" from the first byte and becomes "uploaded" with
 * `size` and `digest` ("sha256:…") when the body is complete — an upload cut off stays "starter".
 *
 * An immutable release (addRelease({immutable: true})) refuses uploads and asset deletions with 422.
 *
 * Tokens: `Authorization: token T` or `Bearer T`; an unknown token is 401 "Bad credentials"; a read-only
 * token's writes are 403 "Resource not accessible by integration" with `X-Accepted-GitHub-Permissions:
 * contents=write`, as GITHUB_TOKEN without `contents: write` gets. Faults: failNext() answers 502/503 or
 * drops the connection (for uploads, after part of the body, leaving a "starter" asset), or stores only
 * half an upload; barrier() holds requests until several have arrived (to force a race); before() runs
 * another job's move just before a given request.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getOctokit } from '@actions/github';
import { githubClientOptions } from '@otai-release/core/github';
import { type Logger, silentLogger } from '@otai-release/core/log';
import { retry } from '@octokit/plugin-retry';

/** A token the server knows, with its access. */
export interface TokenSpec {
  token: string;
  access: 'write' | 'read';
}

/** How the server starts. */
export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  /** Default: one token `ghs_write` with write access and `ghs_read` with read access. */
  tokens?: TokenSpec[];
  /** The first id given to releases and assets (octokit/fixtures normalises ids to 1000). */
  firstId?: number;
  /** Keep uploaded bytes for download (default true); false keeps only size and digest, for big files. */
  keepBytes?: boolean;
}

/** Injected trouble for the next `count` matching requests. */
export interface FaultPlan {
  count: number;
  /** Answer this status (default 502), unless `drop`. */
  status?: number;
  /** Close the connection without an answer (uploads: after receiving part of the body). */
  drop?: boolean;
  /** Uploads: answer 201 but keep only the first half of the bytes (a lost tail the client must notice). */
  short?: boolean;
  /** Which origin (default both). */
  origin?: 'api' | 'uploads';
  method?: string;
  path?: RegExp;
}

/** A request as the server saw it. */
export interface SeenRequest {
  origin: 'api' | 'uploads';
  method: string;
  path: string;
  status?: number;
  /** True when the request changed the server's state. */
  wrote: boolean;
}

interface Release {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  assets: number[];
  immutable: boolean;
}

interface Asset {
  id: number;
  release: number;
  name: string;
  label: string | null;
  content_type: string;
  state: 'starter' | 'uploaded';
  size: number;
  digest: string | null;
  bytes: Buffer;
  created_at: string;
}

const DOCS = 'https://docs.github.com/rest/releases';

/** The server; start it with startGitHubServer(). */
export class GitHubServer {
  readonly owner: string;
  readonly repo: string;
  apiUrl = '';
  uploadsUrl = '';
  /** Every request, in arrival order. */
  readonly requests: SeenRequest[] = [];
  readonly tags = new Map<string, string>();
  private readonly releases = new Map<number, Release>();
  private readonly assets = new Map<number, Asset>();
  private latestId: number | undefined;
  private nextId: number;
  private readonly tokens: TokenSpec[];
  private faults: FaultPlan[] = [];
  private readonly barriers: { path: RegExp; count: number; waiting: (() => void)[] }[] = [];
  private hooks: { path: RegExp; action: () => void }[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly servers: Server[] = [];
  private clock = Date.parse('2026-01-01T00:00:00Z');
  private readonly keepBytes: boolean;

  constructor(options: GitHubServerOptions = {}) {
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'octo-repo';
    this.tokens = options.tokens ?? [
      { token: 'ghs_write', access: 'write' },
      { token: 'ghs_read', access: 'read' },
    ];
    this.nextId = options.firstId ?? 1;
    this.keepBytes = options.keepBytes ?? true;
  }

  /** Adds a tag (pointing at a made-up commit). */
  addTag(name: string): void {
    this.tags.set(name, createHash('sha1').update(name).digest('hex'));
  }

  /** Adds a release (and its tag, unless it is a draft) with optional assets, as if made earlier. */
  addRelease(spec: {
    tag: string;
    name?: string;
    body?: string;
    draft?: boolean;
    prerelease?: boolean;
    latest?: boolean;
    /** Published with GitHub's immutable releases setting: its assets and tag can no longer change. */
    immutable?: boolean;
    assets?: {
      name: string;
      label?: string;
      content: string | Buffer;
      digest?: boolean;
      state?: 'starter';
    }[];
  }): number {
    const release = this.createRelease({
      tag_name: spec.tag,
      name: spec.name ?? spec.tag,
      body: spec.body ?? '',
      draft: spec.draft ?? false,
      prerelease: spec.prerelease ?? false,
    });
    if (!release.draft && !this.tags.has(spec.tag)) this.addTag(spec.tag);
    release.immutable = spec.immutable === true;
    if (!release.draft && !release.prerelease && spec.latest !== false) this.latestId = release.id;
    for (const a of spec.assets ?? []) {
      const bytes = Buffer.from(a.content);
      const asset = this.newAsset(release, a.name, a.label ?? null, 'application/octet-stream');
      if (a.state !== 'starter') {
        asset.bytes = bytes;
        asset.size = bytes.length;
        asset.state = 'uploaded';
        asset.digest =
          a.digest === false ? null : `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      }
    }
    return release.id;
  }

  /**
   * Holds the first `count` requests whose path matches until all of them have arrived, then answers
   * them together: two jobs both past the same point before either goes on (a race made certain).
   */
  barrier(path: RegExp, count: number): void {
    this.barriers.push({ path, count, waiting: [] });
  }

  /** Runs `action` once, just before the first request whose path matches is handled (another job's move). */
  before(path: RegExp, action: () => void): void {
    this.hooks.push({ path, action });
  }

  /** The next `count` matching requests fail as `plan` says. */
  failNext(plan: FaultPlan): void {
    this.faults.push({ ...plan });
  }

  /** Every release, drafts included, oldest first, as the API shows them. */
  allReleases(): Record<string, unknown>[] {
    return [...this.releases.values()].sort((a, b) => a.id - b.id).map((r) => this.releaseJson(r));
  }

  /** The id of the release GitHub would call latest. */
  latest(): number | undefined {
    return this.latestId;
  }

  /** The bytes of an asset. */
  assetBytes(id: number): Buffer | undefined {
    return this.assets.get(id)?.bytes;
  }

  /** The requests that changed something. */
  writes(): SeenRequest[] {
    return this.requests.filter((r) => r.wrote);
  }

  /** Starts both origins on 127.0.0.1. */
  async listen(): Promise<void> {
    const api = createServer((req, res) => void this.handle('api', req, res));
    const uploads = createServer((req, res) => void this.handle('uploads', req, res));
    for (const server of [api, uploads]) {
      server.on('connection', (socket) => {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      this.servers.push(server);
    }
    this.apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    this.uploadsUrl = `http://127.0.0.1:${(uploads.address() as AddressInfo).port}`;
  }

  /** Stops both origins, cutting open connections. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await Promise.all(this.servers.map((s) => new Promise<void>((done) => s.close(() => done()))));
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private createRelease(fields: Record<string, unknown>): Release {
    const release: Release = {
      id: this.nextId++,
      tag_name: String(fields.tag_name),
      target_commitish: typeof fields.target_commitish === 'string' ? fields.target_commitish : 'main',
      name: typeof fields.name === 'string' ? fields.name : null,
      body: typeof fields.body === 'string' ? fields.body : null,
      draft: fields.draft === true,
      prerelease: fields.prerelease === true,
      created_at: this.now(),
      published_at: null,
      assets: [],
      immutable: false,
    };
    if (!release.draft) release.published_at = release.created_at;
    this.releases.set(release.id, release);
    return release;
  }

  private newAsset(release: Release, name: string, label: string | null, contentType: string): Asset {
    const asset: Asset = {
      id: this.nextId++,
      release: release.id,
      name,
      label,
      content_type: contentType,
      state: 'starter',
      size: 0,
      digest: null,
      bytes: Buffer.alloc(0),
      created_at: this.now(),
    };
    this.assets.set(asset.id, asset);
    release.assets.push(asset.id);
    return asset;
  }

  private base(): string {
    return `${this.apiUrl}/repos/${this.owner}/${this.repo}`;
  }

  private user() {
    return { login: 'github-actions[bot]', id: 41898282, type: 'Bot', site_admin: false };
  }

  private assetJson(a: Asset) {
    const release = this.releases.get(a.release)!;
    return {
      url: `${this.base()}/releases/assets/${a.id}`,
      id: a.id,
      node_id: Buffer.from(`ReleaseAsset${a.id}`).toString('base64'),
      name: a.name,
      label: a.label,
      uploader: this.user(),
      content_type: a.content_type,
      state: a.state,
      size: a.size,
      digest: a.digest,
      download_count: 0,
      created_at: a.created_at,
      updated_at: a.created_at,
      browser_download_url: `https://github.com/${this.owner}/${this.repo}/releases/download/${release.tag_name}/${encodeURIComponent(a.name)}`,
    };
  }

  private releaseJson(r: Release) {
    const tagPath = r.draft
      ? `untagged-${createHash('sha1').update(String(r.id)).digest('hex').slice(0, 20)}`
      : r.tag_name;
    return {
      url: `${this.base()}/releases/${r.id}`,
      assets_url: `${this.base()}/releases/${r.id}/assets`,
      upload_url: `${this.uploadsUrl}/repos/${this.owner}/${this.repo}/releases/${r.id}/assets{?name,label}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/releases/tag/${tagPath}`,
      id: r.id,
      author: this.user(),
      node_id: Buffer.from(`Release${r.id}`).toString('base64'),
      tag_name: r.tag_name,
      target_commitish: r.target_commitish,
      name: r.name,
      draft: r.draft,
      immutable: r.immutable,
      prerelease: r.prerelease,
      created_at: r.created_at,
      published_at: r.published_at,
      assets: r.assets.map((id) => this.assetJson(this.assets.get(id)!)),
      tarball_url: `${this.base()}/tarball/${r.tag_name}`,
      zipball_url: `${this.base()}/zipball/${r.tag_name}`,
      body: r.body,
    };
  }

  private takeFault(origin: 'api' | 'uploads', method: string, path: string): FaultPlan | undefined {
    const fault = this.faults.find(
      (f) =>
        f.count > 0 &&
        (!f.origin || f.origin === origin) &&
        (!f.method || f.method === method) &&
        (!f.path || f.path.test(path)),
    );
    if (fault) fault.count--;
    return fault;
  }

  private async handle(origin: 'api' | 'uploads', req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://github.test');
    const method = req.method ?? 'GET';
    const seen: SeenRequest = { origin, method, path: url.pathname + url.search, wrote: false };
    this.requests.push(seen);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      seen.status = status;
      if (body === undefined) {
        res.writeHead(status, headers).end();
        return;
      }
      const text = JSON.stringify(body);
      res
        .writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'x-github-media-type': 'github.v3; format=json',
          'x-github-api-version-selected': '2022-11-28',
          ...headers,
        })
        .end(text);
    };
    const barrier = this.barriers.find((b) => b.count > 0 && b.path.test(url.pathname));
    if (barrier) {
      barrier.count--;
      await new Promise<void>((release) => {
        barrier.waiting.push(release);
        if (barrier.count === 0) for (const go of barrier.waiting) go();
      });
    }
    const hook = this.hooks.find((h) => h.path.test(url.pathname));
    if (hook) {
      this.hooks = this.hooks.filter((h) => h !== hook);
      hook.action();
    }
    const fault = this.takeFault(origin, method, url.pathname);
    if (fault && !((fault.drop || fault.short) && origin === 'uploads')) {
      if (fault.drop) {
        req.socket.destroy();
        return;
      }
      await drain(req);
      const status = fault.status ?? 502;
      send(status, { message: status === 502 ? 'Server Error' : 'Service Unavailable' });
      return;
    }
    const auth = /^(?:token|bearer) (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = this.tokens.find((t) => t.token === auth);
    if (!token) {
      await drain(req);
      send(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
      return;
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!url.pathname.startsWith(`${prefix}/`)) {
      await drain(req);
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      return;
    }
    const isWrite =
      method !== 'GET' && method !== 'HEAD' && !url.pathname.endsWith('/releases/generate-notes');
    if ((isWrite || url.pathname.endsWith('/releases/generate-notes')) && token.access !== 'write') {
      await drain(req);
      send(
        403,
        {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/releases`,
          status: '403',
        },
        { 'x-accepted-github-permissions': 'contents=write' },
      );
      return;
    }
    // Octokit sends `tags/v1.0` in {ref} as tags%2Fv1.0; GitHub reads both spellings.
    const path = decodeURIComponent(url.pathname.slice(prefix.length));
    if (origin === 'uploads') {
      await this.upload(path, url, req, send, seen, fault);
      return;
    }
    const body = method === 'GET' || method === 'DELETE' ? {} : await readJson(req);
    this.route(method, path, url, req, res, body, send, seen, token.access === 'write');
  }

  private route(
    method: string,
    path: string,
    url: URL,
    req: IncomingMessage,
    res: ServerResponse,
    body: Record<string, unknown>,
    send: (status: number, body?: unknown, headers?: Record<string, string>) => void,
    seen: SeenRequest,
    canWrite: boolean,
  ): void {
    const notFound = (doc: string) =>
      send(404, { message: 'Not Found', documentation_url: `${DOCS}/${doc}`, status: '404' });
    const invalid = (errors: Record<string, string>[], doc: string) =>
      send(422, { message: 'Validation Failed', errors, documentation_url: `${DOCS}/${doc}`, status: '422' });
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /^\/releases\/tags\/(.+)$/.exec(path))) {
      const tag = decodeURIComponent(m[1]);
      const found = [...this.releases.values()].find((r) => r.tag_name === tag && !r.draft);
      if (!found) return notFound('releases#get-a-release-by-tag-name');
      return send(200, this.releaseJson(found));
    }
    if (method === 'GET' && path === '/releases') {
      const list = [...this.releases.values()]
        .filter((r) => canWrite || !r.draft)
        .sort((a, b) => b.id - a.id);
      return this.page(
        list.map((r) => this.releaseJson(r)),
        url,
        send,
      );
    }
    if (method === 'GET' && path === '/releases/latest') {
      const latest = this.latestId === undefined ? undefined : this.releases.get(this.latestId);
      if (!latest) return notFound('releases#get-the-latest-release');
      return send(200, this.releaseJson(latest));
    }
    if (method === 'POST' && path === '/releases') {
      if (typeof body.tag_name !== 'string' || body.tag_name === '') {
        return invalid(
          [{ resource: 'Release', code: 'missing_field', field: 'tag_name' }],
          'releases#create-a-release',
        );
      }
      const taken = [...this.releases.values()].some((r) => r.tag_name === body.tag_name && !r.draft);
      if (taken && body.draft !== true) {
        return invalid(
          [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
          'releases#create-a-release',
        );
      }
      const release = this.createRelease(body);
      if (!release.draft) this.published(release, body.make_latest);
      seen.wrote = true;
      return send(201, this.releaseJson(release), { location: `${this.base()}/releases/${release.id}` });
    }
    if (method === 'POST' && path === '/releases/generate-notes') {
      const tag = String(body.tag_name ?? '');
      if (!tag)
        return invalid(
          [{ resource: 'Release', code: 'missing_field', field: 'tag_name' }],
          'releases#generate-release-notes',
        );
      if (!this.tags.has(tag) && typeof body.target_commitish !== 'string') {
        return invalid(
          [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }],
          'releases#generate-release-notes',
        );
      }
      const latest = this.latestId === undefined ? undefined : this.releases.get(this.latestId)?.tag_name;
      const previous = typeof body.previous_tag_name === 'string' ? body.previous_tag_name : latest;
      const compare = previous
        ? `https://github.com/${this.owner}/${this.repo}/compare/${previous}...${tag}`
        : `https://github.com/${this.owner}/${this.repo}/commits/${tag}`;
      return send(200, {
        name: tag,
        body: `## What's Changed\n* Changes of ${tag}\n\n**Full Changelog**: ${compare}`,
      });
    }
    if ((m = /^\/releases\/(\d+)$/.exec(path))) {
      const release = this.releases.get(Number(m[1]));
      if (!release) return notFound('releases#get-a-release');
      if (method === 'GET') return send(200, this.releaseJson(release));
      if (method === 'DELETE') {
        for (const id of release.assets) this.assets.delete(id);
        this.releases.delete(release.id);
        if (this.latestId === release.id) this.latestId = undefined;
        seen.wrote = true;
        return send(204);
      }
      if (method === 'PATCH') {
        const publishing = release.draft && body.draft === false;
        const tag = typeof body.tag_name === 'string' ? body.tag_name : release.tag_name;
        if (
          (publishing || (!release.draft && tag !== release.tag_name)) &&
          [...this.releases.values()].some((r) => r.id !== release.id && r.tag_name === tag && !r.draft)
        ) {
          return invalid(
            [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
            'releases#update-a-release',
          );
        }
        for (const key of ['tag_name', 'target_commitish', 'name', 'body'] as const) {
          if (typeof body[key] === 'string') release[key] = body[key] as string;
        }
        if (typeof body.prerelease === 'boolean') release.prerelease = body.prerelease;
        if (typeof body.draft === 'boolean') release.draft = body.draft;
        if (publishing) {
          release.published_at = this.now();
          this.published(release, body.make_latest);
        } else if (!release.draft && body.make_latest === 'true' && !release.prerelease) {
          this.latestId = release.id;
        }
        if (release.prerelease && this.latestId === release.id) this.latestId = undefined;
        seen.wrote = true;
        return send(200, this.releaseJson(release));
      }
    }
    if (method === 'GET' && (m = /^\/releases\/(\d+)\/assets$/.exec(path))) {
      const release = this.releases.get(Number(m[1]));
      if (!release) return notFound('assets#list-release-assets');
      return this.page(
        release.assets.map((id) => this.assetJson(this.assets.get(id)!)),
        url,
        send,
      );
    }
    if ((m = /^\/releases\/assets\/(\d+)$/.exec(path))) {
      const asset = this.assets.get(Number(m[1]));
      if (!asset) return notFound('assets#get-a-release-asset');
      if (method === 'GET') {
        if (req.headers.accept === 'application/octet-stream') {
          seen.status = 200;
          res.writeHead(200, {
            'content-type': 'application/octet-stream',
            'content-length': asset.bytes.length,
          });
          res.end(asset.bytes);
          return;
        }
        return send(200, this.assetJson(asset));
      }
      if (method === 'DELETE') {
        if (this.releases.get(asset.release)?.immutable) {
          return send(422, {
            message: 'Cannot delete assets of an immutable release.',
            documentation_url: `${DOCS}/assets#delete-a-release-asset`,
            status: '422',
          });
        }
        this.assets.delete(asset.id);
        const release = this.releases.get(asset.release);
        if (release) release.assets = release.assets.filter((id) => id !== asset.id);
        seen.wrote = true;
        return send(204);
      }
      if (method === 'PATCH') {
        if (typeof body.name === 'string') asset.name = body.name;
        if (typeof body.label === 'string') asset.label = body.label;
        seen.wrote = true;
        return send(200, this.assetJson(asset));
      }
    }
    if (method === 'GET' && (m = /^\/git\/ref\/tags\/(.+)$/.exec(path))) {
      const tag = decodeURIComponent(m[1]);
      const sha = this.tags.get(tag);
      if (!sha) return notFound('git/refs#get-a-reference');
      return send(200, this.refJson(tag, sha));
    }
    if (method === 'GET' && (m = /^\/git\/matching-refs\/tags\/?(.*)$/.exec(path))) {
      const prefix = decodeURIComponent(m[1]);
      return send(
        200,
        [...this.tags].filter(([t]) => t.startsWith(prefix)).map(([t, sha]) => this.refJson(t, sha)),
      );
    }
    notFound('releases');
  }

  private refJson(tag: string, sha: string) {
    return {
      ref: `refs/tags/${tag}`,
      node_id: Buffer.from(`Ref${tag}`).toString('base64'),
      url: `${this.base()}/git/refs/tags/${tag}`,
      object: { sha, type: 'commit', url: `${this.base()}/git/commits/${sha}` },
    };
  }

  /** GitHub's publishing rule for `make_latest` (default "true"): drafts and pre-releases never become latest. */
  private published(release: Release, makeLatest: unknown): void {
    if (!this.tags.has(release.tag_name)) this.addTag(release.tag_name);
    if (release.prerelease || makeLatest === 'false') return;
    this.latestId = release.id;
  }

  private page(
    items: unknown[],
    url: URL,
    send: (status: number, body?: unknown, headers?: Record<string, string>) => void,
  ): void {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const target = new URL(`${this.apiUrl}${url.pathname}`);
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(p));
      return `<${target.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    send(
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    );
  }

  private async upload(
    path: string,
    url: URL,
    req: IncomingMessage,
    send: (status: number, body?: unknown, headers?: Record<string, string>) => void,
    seen: SeenRequest,
    fault: FaultPlan | undefined,
  ): Promise<void> {
    const m = /^\/releases\/(\d+)\/assets$/.exec(path);
    const release = m ? this.releases.get(Number(m[1])) : undefined;
    if (req.method !== 'POST' || !release) {
      await drain(req);
      send(404, {
        message: 'Not Found',
        documentation_url: `${DOCS}/assets#upload-a-release-asset`,
        status: '404',
      });
      return;
    }
    const name = url.searchParams.get('name');
    const type = req.headers['content-type'];
    const length = Number(req.headers['content-length']);
    const invalid = (errors: Record<string, string>[]) =>
      // The upload host's error bodies carry a request_id (as recorded in octokit/fixtures).
      send(422, {
        message: 'Validation Failed',
        request_id: `0000:${this.requests.length}`,
        documentation_url: 'https://docs.github.com/rest',
        errors,
      });
    if (!name) {
      await drain(req);
      return invalid([{ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' }]);
    }
    if (!type || !Number.isFinite(length)) {
      await drain(req);
      return invalid([
        { resource: 'ReleaseAsset', code: 'missing_field', field: type ? 'size' : 'content_type' },
      ]);
    }
    if (release.immutable) {
      await drain(req);
      return send(422, {
        message: 'Cannot upload assets to an immutable release.',
        documentation_url: `${DOCS}/assets#upload-a-release-asset`,
        status: '422',
      });
    }
    if (release.assets.some((id) => this.assets.get(id)?.name === name)) {
      await drain(req);
      return invalid([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    }
    const asset = this.newAsset(release, name, url.searchParams.get('label'), type);
    seen.wrote = true;
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let received = 0;
    const complete = await new Promise<boolean>((done) => {
      req.on('data', (chunk: Buffer) => {
        received += chunk.length;
        hash.update(chunk);
        if (this.keepBytes) chunks.push(chunk);
        if (fault?.drop) {
          // Cut off mid-body: GitHub keeps the asset it started, in state "starter".
          req.socket.destroy();
          done(false);
        }
      });
      req.on('end', () => done(true));
      req.on('aborted', () => done(false));
      req.on('error', () => done(false));
      req.on('close', () => done(req.complete));
    });
    if (!complete || !this.assets.has(asset.id)) return;
    asset.bytes = Buffer.concat(chunks);
    asset.size = received;
    asset.state = 'uploaded';
    asset.digest = `sha256:${hash.digest('hex')}`;
    if (fault?.short) {
      asset.bytes = asset.bytes.subarray(0, Math.floor(received / 2));
      asset.size = asset.bytes.length;
      asset.digest = `sha256:${createHash('sha256').update(asset.bytes).digest('hex')}`;
    }
    send(201, this.assetJson(asset));
  }
}

async function drain(req: IncomingMessage): Promise<void> {
  for await (const _ of req) void _;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  return JSON.parse(text) as Record<string, unknown>;
}

/** Starts a server; close it in afterEach/afterAll. */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const server = new GitHubServer(options);
  await server.listen();
  return server;
}

/**
 * An Octokit for `server` built as the action builds it (@actions/github's getOctokit with the retry
 * plugin), with retry pauses shortened to milliseconds and the throttling plugin left out: its
 * process-wide one-write-per-second pacing would only slow the tests (the end-to-end tests keep it).
 */
export function testOctokit(server: GitHubServer, token = 'ghs_write', logger: Logger = silentLogger) {
  const options = githubClientOptions(server.apiUrl, logger);
  return getOctokit(
    token,
    { baseUrl: options.baseUrl, log: options.log, retry: { retryAfterBaseValue: 1 } },
    retry,
  );
}
