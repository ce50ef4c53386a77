/**
 * The local GitHub server against @octokit/fixtures' recordings of the real API
 * (scenarios/api.github.com/release-assets and release-assets-conflict): the same requests get the same
 * statuses and responses with the recorded fields; and the upload code, meeting the recorded conflict,
 * makes the recorded sequence of calls (upload → 422 already_exists → list → delete → upload).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import {
  applyAssetStep,
  contentTypeFor,
  type GitHubContext,
  type ReleaseRecord,
} from '@otai-release/core/github';
import { silentLogger } from '@otai-release/core/log';
import { type GitHubServer, startGitHubServer, testOctokit } from '../support/github-server.js';
import { tempDir } from '../support/temp-dir.js';

interface Recorded {
  scope: string;
  method: string;
  path: string;
  body: unknown;
  status: number;
  reqheaders: Record<string, string | number>;
  response: unknown;
}

const SCENARIOS = join(process.cwd(), 'node_modules/@octokit/fixtures/scenarios/api.github.com');
const recording = (name: string) =>
  JSON.parse(readFileSync(join(SCENARIOS, name, 'normalized-fixture.json'), 'utf8')) as Recorded[];

let server: GitHubServer;
afterEach(() => server.close());

/** Every key the recording has is in ours with a value of the same JSON type (ours may have more: `digest`). */
function sameShape(ours: unknown, recorded: unknown, where: string): string[] {
  if (Array.isArray(recorded)) {
    // The recording's release shows `assets: []` though its asset exists (captured apart): the type is what counts then.
    if (recorded.length === 0) return Array.isArray(ours) ? [] : [`${where}: not an array`];
    if (!Array.isArray(ours) || ours.length !== recorded.length)
      return [`${where}: ${JSON.stringify(ours)?.slice(0, 80)}`];
    return recorded.flatMap((r, i) => sameShape(ours[i], r, `${where}[${i}]`));
  }
  if (recorded === null || typeof recorded !== 'object') {
    return typeof ours === typeof recorded || recorded === null
      ? []
      : [`${where}: ${typeof ours} ≠ ${typeof recorded}`];
  }
  if (typeof ours !== 'object' || ours === null) return [`${where}: missing`];
  return Object.entries(recorded).flatMap(([key, value]) =>
    key in ours
      ? key === 'uploader' || key === 'author'
        ? []
        : sameShape((ours as Record<string, unknown>)[key], value, `${where}.${key}`)
      : [`${where}.${key}: missing`],
  );
}

async function replay(name: string, seed: (server: GitHubServer) => void) {
  server = await startGitHubServer({ owner: 'octokit-fixture-org', repo: name, firstId: 1000 });
  seed(server);
  // Recorded ids (normalised to 1000, 1001…) → ours, releases and assets apart.
  const ids = { releases: new Map<string, string>(), assets: new Map<string, string>() };
  const problems: string[] = [];
  for (const r of recording(name)) {
    const origin = r.scope.includes('uploads.') ? server.uploadsUrl : server.apiUrl;
    const path = r.path
      .replace(/\/releases\/assets\/(\d+)/, (m, id: string) => `/releases/assets/${ids.assets.get(id) ?? id}`)
      .replace(/\/releases\/(\d+)/, (m, id: string) => `/releases/${ids.releases.get(id) ?? id}`);
    const headers: Record<string, string> = {
      authorization: 'token ghs_write',
      accept: String(r.reqheaders.accept),
    };
    if (r.reqheaders['content-type']) headers['content-type'] = String(r.reqheaders['content-type']);
    const body = typeof r.body === 'string' ? (r.body === '' ? undefined : r.body) : JSON.stringify(r.body);
    const response = await fetch(`${origin}${path}`, { method: r.method.toUpperCase(), headers, body });
    const text = await response.text();
    const ours = text ? JSON.parse(text) : '';
    if (response.status !== r.status)
      problems.push(`${r.method} ${r.path}: ${response.status}, recorded ${r.status}`);
    problems.push(...sameShape(ours, r.response, `${r.method} ${r.path}`));
    const rec = r.response as { id?: number; name?: string; label?: string; state?: string; size?: number };
    for (const [i, item] of (Array.isArray(rec) ? rec : []).entries()) {
      ids.assets.set(String((item as { id: number }).id), String(ours[i]?.id));
    }
    if (rec && typeof rec === 'object' && !Array.isArray(rec) && rec.id !== undefined) {
      (/\/releases\/tags\//.test(r.path) ? ids.releases : ids.assets).set(String(rec.id), String(ours.id));
      for (const key of ['name', 'label', 'state', 'size', 'content_type', 'tag_name'] as const) {
        if (key in rec && (rec as Record<string, unknown>)[key] !== ours[key]) {
          problems.push(
            `${r.method} ${r.path}: ${key} ${ours[key]}, recorded ${(rec as Record<string, unknown>)[key]}`,
          );
        }
      }
    }
    if ((r.response as { errors?: unknown })?.errors) {
      expect(ours.errors).toEqual((r.response as { errors: unknown }).errors);
      expect(ours.message).toBe((r.response as { message: string }).message);
    }
  }
  return problems;
}

describe('the local server answers as the recordings of api.github.com', () => {
  test('release-assets: get by tag, upload on the upload host, list, get, rename, delete', async () => {
    const problems = await replay('release-assets', (s) => {
      s.addRelease({ tag: 'v1.0.0', name: 'Version 1.0.0' });
    });
    expect(problems).toEqual([]);
  });

  test('release-assets-conflict: a taken name is 422 already_exists (ReleaseAsset, name) until deleted', async () => {
    const problems = await replay('release-assets-conflict', (s) => {
      s.addRelease({
        tag: 'v1.0.0',
        name: 'Version 1.0.0',
        assets: [{ name: 'test-upload.txt', label: 'test', content: 'Hello, world!\n' }],
      });
    });
    expect(problems).toEqual([]);
  });
});

describe('the upload code meets the recorded conflict', () => {
  test('upload → 422 → list → delete → upload, as recorded, when the taken asset differs', async () => {
    server = await startGitHubServer({
      owner: 'octokit-fixture-org',
      repo: 'release-assets-conflict',
      firstId: 1000,
    });
    const id = server.addRelease({
      tag: 'v1.0.0',
      assets: [{ name: 'test-upload.txt', content: 'Goodbye\n' }],
    });
    const dir = tempDir('gh-fixture');
    const path = join(dir, 'test-upload.txt');
    writeFileSync(path, 'Hello, world!\n');
    const release = (await (
      await fetch(`${server.apiUrl}/repos/octokit-fixture-org/release-assets-conflict/releases/${id}`, {
        headers: { authorization: 'token ghs_write' },
      })
    ).json()) as ReleaseRecord;
    const ctx: GitHubContext = {
      octokit: testOctokit(server),
      repository: { owner: 'octokit-fixture-org', repo: 'release-assets-conflict' },
      tokenSource: 'the test token',
      logger: silentLogger,
      sleep: async () => {},
    };
    const before = server.requests.length;
    const local = {
      path,
      name: 'test-upload.txt',
      size: 14,
      sha256: 'd9014c4624844aa5bac314773d6b689ad467fa4e1d1a50a1b8a99d5a95f72ff5',
      contentType: contentTypeFor('test-upload.txt'),
    };
    const outcome = await applyAssetStep(
      ctx,
      release,
      { local, action: 'upload', reason: 'new' },
      { overwrite: true },
    );
    expect(outcome.action).toBe('uploaded');
    const calls = server.requests
      .slice(before)
      .map((r) => `${r.method.toLowerCase()} ${r.origin} ${r.path.replace(/\?.*/, '')} ${r.status}`);
    const recorded = recording('release-assets-conflict')
      .slice(1)
      .map(
        (r) =>
          `${r.method} ${r.scope.includes('uploads.') ? 'uploads' : 'api'} ${r.path.replace(/\?.*/, '')} ${r.status}`,
      );
    const normalise = (lines: string[]) => lines.map((l) => l.replace(/\/\d+/g, '/N'));
    expect(normalise(calls)).toEqual(normalise(recorded));
    expect(server.assetBytes(outcome.asset.id)?.toString()).toBe('Hello, world!\n');
  });
});
