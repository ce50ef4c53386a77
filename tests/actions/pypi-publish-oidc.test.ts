/**
 * pypi-publish-oidc's parseInputs, run(inputs, deps) against the local index (tokens, and trusted
 * publishing through the index's mounted /_/oidc/ routes and a local GitHub ID-token endpoint), and the
 * job summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { inputsFrom } from '@otai-release/core/action';
import { MemoryLogger } from '@otai-release/core/log';
import { type Inputs, parseInputs } from '../../actions/pypi-publish-oidc/inputs.js';
import { type RunDeps, run } from '../../actions/pypi-publish-oidc/run.js';
import { renderSummary } from '../../actions/pypi-publish-oidc/summary.js';
import { makeSdist, makeWheel } from '../support/archives.js';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { tempDir } from '../support/temp-dir.js';
import {
  createTestIssuer,
  type IdTokenServer,
  startIdTokenServer,
  type TestIssuer,
  TrustedPublishingRoutes,
} from '../support/trusted-publishing-server.js';

jest.setTimeout(60_000);

let issuer: TestIssuer;
let index: IndexServer | undefined;
let github: IdTokenServer | undefined;
let routes: TrustedPublishingRoutes | undefined;
beforeAll(() => {
  issuer = createTestIssuer();
});
afterEach(async () => {
  await index?.close();
  await github?.close();
  index = undefined;
  github = undefined;
  routes = undefined;
});

const TOKEN = 'pypi-action-token';

async function startIndex(): Promise<IndexServer> {
  github = await startIdTokenServer(issuer);
  routes = new TrustedPublishingRoutes({
    issuer,
    publishers: [
      {
        owner: 'octo-org',
        repository: 'octo-repo',
        ownerId: '8675309',
        workflow: 'release.yml',
        projects: ['demo-core'],
      },
    ],
  });
  index = await startIndexServer({ mount: routes.mount });
  index.state.addToken(TOKEN);
  return index;
}

/** A workspace with dist/ holding demo-core's wheel and sdist. */
function workspace(): string {
  const cwd = tempDir('ws');
  const dist = join(cwd, 'dist');
  makeWheel(dist, { name: 'demo-core', version: '0.3.0' });
  makeSdist(dist, { name: 'demo-core', version: '0.3.0' });
  return cwd;
}

function inputs(values: Record<string, string>): Inputs {
  return parseInputs(inputsFrom({ 'repository-url': `${index!.url}legacy/`, ...values }));
}

function deps(cwd: string, logger = new MemoryLogger(), masked: string[] = []): RunDeps {
  return {
    logger,
    cwd,
    env: github!.env(),
    mask: (s) => masked.push(s),
    oidcBaseUrl: index!.url,
    transport: { sleep: async () => {}, stallTimeoutMs: 5000 },
    sleep: async () => {},
  };
}

describe('parseInputs', () => {
  test("gh-action-pypi-publish's defaults, plus ours", () => {
    const masked: string[] = [];
    const parsed = parseInputs(inputsFrom({ password: 'pypi-secret' }, (s) => masked.push(s)));
    expect(parsed).toEqual({
      'repository-url': 'https://upload.pypi.org/legacy/',
      'packages-dir': 'dist',
      user: '__token__',
      password: 'pypi-secret',
      'skip-existing': false,
      'verify-metadata': true,
      attestations: true,
      'print-hash': true,
      verbose: true,
      'dry-run': false,
      'verify-auth': false,
      concurrency: 4,
    });
    // The token and the Basic-auth form it travels in.
    expect(masked).toEqual(['pypi-secret', Buffer.from('__token__:pypi-secret').toString('base64')]);
  });

  test('a bad concurrency or boolean names the input and the fix', () => {
    expect(() => parseInputs(inputsFrom({ concurrency: '0' }))).toThrow(
      /Input 'concurrency' is '0': .*1 to 32/,
    );
    expect(() => parseInputs(inputsFrom({ concurrency: 'many' }))).toThrow(/Input 'concurrency'/);
    expect(() => parseInputs(inputsFrom({ 'skip-existing': 'yes please' }))).toThrow(/Input 'skip-existing'/);
  });
});

describe('run with an API token', () => {
  test('uploads packages-dir; outputs and summary list each file with its hashes and URL', async () => {
    await startIndex();
    const cwd = workspace();
    const logger = new MemoryLogger();
    const result = await run(inputs({ password: TOKEN }), deps(cwd, logger));
    expect(result.failed).toBeUndefined();
    expect(result.credentials).toBe('token');
    expect(result.outputs.uploaded.map((f) => f.file)).toEqual([
      'demo_core-0.3.0-py3-none-any.whl',
      'demo_core-0.3.0.tar.gz',
    ]);
    for (const file of result.outputs.uploaded) {
      const stored = index!.state.findFile((f) => f.filename === file.file)!;
      expect(file.sha256).toBe(stored.sha256);
      expect(file.url).toContain(`/${file.file}`);
    }
    // print-hash and verbose (the defaults) log the hashes and the form.
    const info = logger.messages('info').join('\n');
    expect(info).toContain(`demo_core-0.3.0-py3-none-any.whl: sha256 ${result.outputs.uploaded[0]!.sha256}`);
    expect(info).toMatch(/form fields: name=demo-core; version=0\.3\.0; filetype=bdist_wheel/);
    // Attestations need trusted publishing: a notice, not an error.
    expect(logger.messages('notice').join('\n')).toMatch(/attestations skipped/);
    const summary = renderSummary(result);
    expect(summary).toContain('### ✅ pypi-publish-oidc: 2 file(s)');
    expect(summary).toContain(result.outputs.uploaded[1]!.sha256!);
    expect(summary).toContain(result.outputs.uploaded[1]!.url!);

    const requests = index!.uploads.length;
    const again = await run(
      inputs({ password: TOKEN, 'skip-existing': 'true', 'print-hash': 'false', verbose: 'false' }),
      deps(cwd),
    );
    expect(again.failed).toBeUndefined();
    expect(index!.uploads).toHaveLength(requests);
    expect(again.outputs.uploaded).toEqual([]);
    expect(again.outputs.skipped.map((f) => f.file)).toEqual(result.outputs.uploaded.map((f) => f.file));
  });

  test('verify-metadata stops a broken file before anything is uploaded', async () => {
    await startIndex();
    const cwd = workspace();
    makeWheel(join(cwd, 'dist'), {
      name: 'demo-core',
      version: '0.3.0',
      tag: 'py2-none-any',
      metadata: [['Classifier', 'Programming Language :: Cobol :: 3']],
    });
    const result = await run(inputs({ password: TOKEN }), deps(cwd));
    expect(result.failed).toMatch(/^Nothing was uploaded: 1 of 3 distribution\(s\) failed verify-metadata/);
    expect(index!.uploads).toHaveLength(0);
    expect(renderSummary(result)).toContain('demo_core-0.3.0-py2-none-any.whl');
  });

  test('packages-dir problems name the directory and the fix', async () => {
    await startIndex();
    const cwd = workspace();
    await expect(run(inputs({ password: TOKEN, 'packages-dir': 'nope' }), deps(cwd))).rejects.toThrow(
      /packages-dir 'nope' does not exist/,
    );
    writeFileSync(join(cwd, 'dist', 'notes.txt'), 'x');
    await expect(run(inputs({ password: TOKEN }), deps(cwd))).rejects.toThrow(
      /packages-dir 'dist' holds files that are not distributions: notes\.txt/,
    );
    const other = tempDir('ws2');
    mkdirSync(join(other, 'dist', 'demo_core-0.3.0-py3-none-any.whl'), { recursive: true });
    await expect(run(inputs({ password: TOKEN, 'verify-metadata': 'false' }), deps(other))).rejects.toThrow(
      /is not a regular file \(a directory\); download-artifact/,
    );
  });

  test('a user and password on PyPI is refused before anything is read, as gh-action-pypi-publish does', async () => {
    await startIndex();
    const get = inputsFrom({ 'repository-url': 'pypi', user: 'alice', password: 'hunter2' });
    await expect(run(parseInputs(get), deps(workspace()))).rejects.toThrow(
      /Password-based uploads are disabled on upload\.pypi\.org/,
    );
  });
});

describe('run with trusted publishing (password empty)', () => {
  test('mints through the index and uploads; the minted token is masked', async () => {
    await startIndex();
    const masked: string[] = [];
    const result = await run(inputs({}), deps(workspace(), new MemoryLogger(), masked));
    expect(result.failed).toBeUndefined();
    expect(result.credentials).toBe('trusted-publishing');
    expect(result.outputs.uploaded).toHaveLength(2);
    expect(routes!.mints.filter((m) => m.status === 200)).toHaveLength(1);
    const minted = routes!.mints.find((m) => m.token)!.token!;
    expect(masked).toContain(minted);
  });

  test('dry-run with verify-auth mints once and uploads nothing; without verify-auth nothing is minted', async () => {
    await startIndex();
    const cwd = workspace();
    const plain = await run(inputs({ 'dry-run': 'true' }), deps(cwd));
    expect(plain.report!.files.map((f) => f.status)).toEqual(['would-upload', 'would-upload']);
    expect(routes!.mints).toHaveLength(0);
    const logger = new MemoryLogger();
    const verified = await run(inputs({ 'dry-run': 'true', 'verify-auth': 'true' }), deps(cwd, logger));
    expect(verified.failed).toBeUndefined();
    expect(routes!.mints.filter((m) => m.status === 200)).toHaveLength(1);
    expect(index!.uploads).toHaveLength(0);
    expect(logger.messages('info').join('\n')).toContain('trusted publishing is configured');
    expect(renderSummary(verified)).toContain('(dry run)');
  });

  test('a publisher for another project: the upload is refused with the fix', async () => {
    await startIndex();
    const cwd = tempDir('other');
    makeWheel(join(cwd, 'dist'), { name: 'demo-plugin', version: '0.3.0' });
    const result = await run(inputs({}), deps(cwd));
    expect(result.report!.files[0]!.message).toMatch(
      /^403 The given token isn't allowed to upload to project 'demo-plugin'/,
    );
    expect(result.report!.files[0]!.hint).toMatch(/not registered for project 'demo-plugin'/);
    expect(renderSummary(result)).toContain('Fix:');
  });
});
