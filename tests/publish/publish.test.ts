/**
 * publishDistributions against the local index (tests/support/index-server.ts), which answers as
 * Warehouse (or pypiserver) is documented to: what ends up stored, what the report says, and what a
 * rerun does.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { HttpClient } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import {
  type CredentialSource,
  fixedCredentials,
  publishDistributions,
  type PublishOptions,
  repositoryEndpoints,
} from '@otai-release/core/publish';
import { makeSdist, makeWheel } from '../support/archives.js';
import { type IndexServer, type IndexServerOptions, startIndexServer } from '../support/index-server.js';
import { tempDir } from '../support/temp-dir.js';

jest.setTimeout(30_000);

let server: IndexServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = 'pypi-test-token';

async function index(options: IndexServerOptions = {}): Promise<IndexServer> {
  server = await startIndexServer(options);
  server.state.addToken(TOKEN);
  return server;
}

/** A core and a plugin that requires it, each as wheel and sdist. */
function monorepo(version = '1.0.0'): string[] {
  const dir = tempDir('publish');
  const pluginMeta: [string, string][] = [
    ['Summary', 'A plugin.'],
    ['Requires-Dist', 'open-ticket-ai>=1.0'],
  ];
  return [
    makeWheel(dir, { name: 'otai-plugin', version, metadata: pluginMeta }),
    makeSdist(dir, { name: 'otai-plugin', version, pkgInfo: pluginMeta }),
    makeWheel(dir, { name: 'open-ticket-ai', version }),
    makeSdist(dir, { name: 'open-ticket-ai', version }),
  ];
}

const waits: number[] = [];
function options(paths: string[], extra: Partial<PublishOptions> = {}): PublishOptions {
  const target = repositoryEndpoints(extra.uploadUrl ?? `${server!.url}legacy/`);
  return {
    paths,
    uploadUrl: target.uploadUrl,
    index: target.index,
    skipExisting: false,
    dryRun: false,
    concurrency: 4,
    ...extra,
  };
}

function deps(
  credentials: CredentialSource = fixedCredentials('__token__', TOKEN),
  logger = new MemoryLogger(),
) {
  waits.length = 0;
  return {
    logger,
    http: new HttpClient({ retries: 0, timeoutMs: 5000 }),
    credentials,
    transport: {
      sleep: async (ms: number) => {
        waits.push(ms);
      },
      random: () => 0.5,
      stallTimeoutMs: 2000,
    },
  };
}

const storedNames = () =>
  [...server!.state.projects.values()]
    .flatMap((p) => p.releases.flatMap((r) => r.files.map((f) => f.filename)))
    .sort();

describe('publishing to a Warehouse-like index', () => {
  test('uploads every file; the core before its plugin, wheels before sdists; URLs from the index', async () => {
    await index();
    const paths = monorepo();
    const report = await publishDistributions(options(paths, { concurrency: 1 }), deps());
    expect(report.failed).toBeUndefined();
    expect(report.files.map((f) => [f.filename, f.status])).toEqual([
      ['open_ticket_ai-1.0.0-py3-none-any.whl', 'uploaded'],
      ['open_ticket_ai-1.0.0.tar.gz', 'uploaded'],
      ['otai_plugin-1.0.0-py3-none-any.whl', 'uploaded'],
      ['otai_plugin-1.0.0.tar.gz', 'uploaded'],
    ]);
    // The order the index saw them in.
    expect(server!.uploads.map((u) => u.filename)).toEqual(report.files.map((f) => f.filename));
    expect(storedNames()).toEqual(report.files.map((f) => f.filename).sort());
    for (const file of report.files) {
      const stored = server!.state.findFile((f) => f.filename === file.filename)!;
      expect(file.sha256).toBe(stored.sha256);
      expect(file.blake2_256).toBe(stored.blake2b_256);
      expect(file.url).toMatch(new RegExp(`^${server!.url}packages/.*/${file.filename}$`));
    }
    // Streamed with a Content-Length, not chunked.
    expect(server!.uploads[0]!.headers.contentLength).toBeDefined();
    expect(server!.uploads[0]!.headers.transferEncoding).toBeUndefined();
  });

  test('with concurrency 4 the plugin still waits for the core', async () => {
    await index();
    const report = await publishDistributions(options(monorepo()), deps());
    expect(report.failed).toBeUndefined();
    const order = server!.uploads.map((u) => u.filename!);
    const last = (prefix: string) => Math.max(...order.map((f, i) => (f.startsWith(prefix) ? i : -1)));
    const first = (prefix: string) => order.findIndex((f) => f.startsWith(prefix));
    expect(last('open_ticket_ai')).toBeLessThan(first('otai_plugin'));
    expect(order.indexOf('otai_plugin-1.0.0-py3-none-any.whl')).toBeLessThan(
      order.indexOf('otai_plugin-1.0.0.tar.gz'),
    );
  });

  test('an identical re-upload counts as success and stores nothing twice', async () => {
    await index();
    const paths = monorepo();
    await publishDistributions(options(paths), deps());
    const again = await publishDistributions(options(paths), deps());
    expect(again.failed).toBeUndefined();
    expect(again.files.every((f) => f.status === 'uploaded' || f.status === 'identical')).toBe(true);
    expect([...server!.stored.values()].every((n) => n === 1)).toBe(true);
  });

  test('a file of the same name with other content fails, saying the version must be bumped', async () => {
    await index();
    const dir = tempDir('other');
    const wheel = makeWheel(dir, { name: 'open-ticket-ai', version: '1.0.0' });
    await publishDistributions(options([wheel]), deps());
    const changed = makeWheel(tempDir('changed'), {
      name: 'open-ticket-ai',
      version: '1.0.0',
      files: { 'open_ticket_ai/__init__.py': 'changed = True\n' },
    });
    const report = await publishDistributions(options([changed]), deps());
    expect(report.files[0]!.status).toBe('failed');
    expect(report.files[0]!.message).toMatch(
      /^400 File already exists \('open_ticket_ai-1\.0\.0-py3-none-any\.whl', with blake2_256 hash '[0-9a-f]{64}'\)/,
    );
    expect(report.files[0]!.hint).toMatch(/bump the version/);
    expect(report.failed).toMatch(/bump the version/);

    const skipped = await publishDistributions(options([changed], { skipExisting: true }), deps());
    expect(skipped.failed).toBeUndefined();
    expect(skipped.files[0]!.status).toBe('skipped');
  });

  test("a refusal shows Warehouse's reason phrase verbatim with its hint, and is not retried", async () => {
    await index();
    const dir = tempDir('deleted');
    const wheel = makeWheel(dir, { name: 'open-ticket-ai', version: '1.0.0' });
    server!.state.deletedFilenames.add('open_ticket_ai-1.0.0-py3-none-any.whl');
    const report = await publishDistributions(options([wheel]), deps());
    expect(report.files[0]!.message).toBe(
      '400 This filename was previously used by a file that has since been deleted. Use a different version. See https://pypi.org/help/#file-name-reuse for more information.',
    );
    expect(report.files[0]!.hint).toMatch(/post-release/);
    expect(server!.uploads).toHaveLength(1);
  });

  test("bad credentials: 403 with the index's words and a hint, one attempt", async () => {
    await index();
    const wheel = makeWheel(tempDir('auth'), { name: 'open-ticket-ai', version: '1.0.0' });
    const report = await publishDistributions(
      options([wheel]),
      deps(fixedCredentials('__token__', 'pypi-wrong')),
    );
    expect(report.files[0]!.message).toBe(
      '403 Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.',
    );
    expect(report.files[0]!.hint).toMatch(/token is wrong, expired/);
    expect(server!.uploads).toHaveLength(1);
  });

  test('a trusted-publishing source is asked before every file, and once more after a 403', async () => {
    await index();
    let calls = 0;
    const minted = ['pypi-expired', TOKEN];
    const source: CredentialSource = {
      kind: 'trusted-publishing',
      get: async () => ({ username: '__token__', password: minted[Math.min(calls++, 1)]! }),
    };
    const paths = monorepo();
    const report = await publishDistributions(options(paths, { concurrency: 1 }), deps(source));
    expect(report.failed).toBeUndefined();
    // 4 files, plus one fresh token after the first file's 403.
    expect(calls).toBe(5);
  });

  test('429 is retried after the Retry-After the index asks for; a lasting one fails with its status', async () => {
    await index({ chaos: { seed: 1, rate: 1, modes: ['429'], retryAfter: 7 } });
    const wheel = makeWheel(tempDir('retry'), { name: 'open-ticket-ai', version: '1.0.0' });
    const d = deps();
    const report = await publishDistributions(options([wheel]), {
      ...d,
      transport: { ...d.transport, retries: 2 },
    });
    expect(report.files[0]!.status).toBe('failed');
    expect(report.files[0]!.message).toBe('429 Too Many Requests after 3 attempts');
    expect(waits).toEqual([7000, 7000]);
    expect(server!.uploads).toHaveLength(3);
  });

  test('503 is retried with growing, jittered backoff', async () => {
    await index({ chaos: { seed: 1, rate: 1, modes: ['503'] } });
    const wheel = makeWheel(tempDir('retry'), { name: 'open-ticket-ai', version: '1.0.0' });
    const d = deps();
    const report = await publishDistributions(options([wheel]), {
      ...d,
      transport: { ...d.transport, retries: 3, backoffMs: 1000, random: () => 0.5 },
    });
    expect(report.files[0]!.attempts).toBe(4);
    // Half fixed, half random (0.5 here): 0.75 × 1 s, 2 s, 4 s.
    expect(waits).toEqual([750, 1500, 3000]);
  });

  test('a failure stops the rest; a rerun with skip-existing completes it', async () => {
    await index();
    const paths = monorepo();
    server!.state.deletedFilenames.add('open_ticket_ai-1.0.0.tar.gz');
    const report = await publishDistributions(options(paths, { concurrency: 1 }), deps());
    expect(report.files.map((f) => f.status)).toEqual([
      'uploaded',
      'failed',
      'not-attempted',
      'not-attempted',
    ]);
    expect(report.failed).toMatch(/1 of 4 file\(s\) are on the index, 1 failed, 2 not attempted/);
    server!.state.deletedFilenames.clear();
    const rerun = await publishDistributions(options(paths, { skipExisting: true }), deps());
    expect(rerun.failed).toBeUndefined();
    expect(rerun.files.map((f) => f.status)).toEqual(['identical', 'uploaded', 'uploaded', 'uploaded']);
    expect(storedNames()).toHaveLength(4);
  });

  test('PEP 740: each file is signed before the first upload and sends its attestation as a JSON array', async () => {
    await index();
    const paths = monorepo();
    const signed: string[] = [];
    const attest = async (dist: { filename: string; sha256: string }) => {
      // Every file is signed before anything is sent: a signing failure leaves nothing half-published.
      expect(server!.uploads).toHaveLength(0);
      signed.push(dist.filename);
      return { version: 1, subject: dist };
    };
    const report = await publishDistributions(options(paths, { attest }), deps());
    expect(report.failed).toBeUndefined();
    expect(signed).toHaveLength(4);
    for (const upload of server!.uploads) {
      const fields = new Map(upload.fields);
      const sent = JSON.parse(fields.get('attestations')!) as {
        subject: { filename: string; sha256: string };
      }[];
      expect(sent).toEqual([
        { version: 1, subject: { filename: upload.filename, sha256: fields.get('sha256_digest') } },
      ]);
      expect(fields.get('sha256_digest')).toBe(
        server!.state.findFile((f) => f.filename === upload.filename)!.sha256,
      );
    }
  });

  test('a file deleted after it was checked fails at once with its name, not as a connection to retry', async () => {
    await index();
    const paths = monorepo();
    const gone = paths[2]!; // open-ticket-ai's wheel: the first to be uploaded
    // The signer runs after planning and before the first upload: the moment to make the file vanish.
    const attest = async (dist: { filename: string; sha256: string }) => {
      if (gone.endsWith(dist.filename)) rmSync(gone);
      return { version: 1, subject: dist };
    };
    const report = await publishDistributions(options(paths, { attest }), deps());
    const failed = report.files.find((f) => f.status === 'failed')!;
    expect(failed.filename).toBe('open_ticket_ai-1.0.0-py3-none-any.whl');
    expect(failed.message).toMatch(/^open_ticket_ai-1\.0\.0-py3-none-any\.whl could not be read: ENOENT/);
    // No backoff waits: the missing file is not mistaken for a dropped connection.
    expect(waits).toEqual([]);
    expect(server!.state.findFile((f) => f.filename === failed.filename)).toBeUndefined();
  });

  test('a signing failure stops the run before anything is uploaded', async () => {
    await index();
    const attest = async () => {
      throw new Error('Attestation generation failure: Fulcio is down');
    };
    await expect(publishDistributions(options(monorepo(), { attest }), deps())).rejects.toThrow(
      /Fulcio is down/,
    );
    expect(server!.uploads).toHaveLength(0);
  });

  test('dry-run uploads nothing and reports what the index has', async () => {
    await index();
    const paths = monorepo();
    await publishDistributions(options([paths[2]!]), deps());
    const uploads = server!.uploads.length;
    const report = await publishDistributions(options(paths, { dryRun: true }), deps());
    expect(server!.uploads).toHaveLength(uploads);
    expect(report.files.map((f) => [f.filename, f.status])).toEqual([
      ['open_ticket_ai-1.0.0-py3-none-any.whl', 'would-skip'],
      ['open_ticket_ai-1.0.0.tar.gz', 'would-upload'],
      ['otai_plugin-1.0.0-py3-none-any.whl', 'would-upload'],
      ['otai_plugin-1.0.0.tar.gz', 'would-upload'],
    ]);
  });
});

describe('publishing to other indexes', () => {
  test('pypiserver: uploads at /, 409 for an existing file; identical by sha256 from the simple page', async () => {
    await index({ pypiserver: true });
    const wheel = makeWheel(tempDir('pypiserver'), { name: 'open-ticket-ai', version: '1.0.0' });
    const first = await publishDistributions(options([wheel], { uploadUrl: server!.url }), deps());
    expect(first.files[0]!.status).toBe('uploaded');
    const again = await publishDistributions(options([wheel], { uploadUrl: server!.url }), deps());
    expect(server!.uploads.at(-1)!.status).toBe(409);
    expect(again.failed).toBeUndefined();
    expect(again.files[0]!.status).toBe('identical');
  });

  test('pypiserver: another file of that name is a failure, or a skip with skip-existing', async () => {
    await index({ pypiserver: true });
    const wheel = makeWheel(tempDir('a'), { name: 'open-ticket-ai', version: '1.0.0' });
    await publishDistributions(options([wheel], { uploadUrl: server!.url }), deps());
    const other = makeWheel(tempDir('b'), {
      name: 'open-ticket-ai',
      version: '1.0.0',
      files: { 'open_ticket_ai/x.py': 'x' },
    });
    const failed = await publishDistributions(options([other], { uploadUrl: server!.url }), deps());
    expect(failed.files[0]!.status).toBe('failed');
    expect(failed.files[0]!.message).toMatch(
      /^409 Conflict: Package 'open_ticket_ai-1\.0\.0-py3-none-any\.whl' already exists!/,
    );
    const skipped = await publishDistributions(
      options([other], { uploadUrl: server!.url, skipExisting: true }),
      deps(),
    );
    expect(skipped.files[0]!.status).toBe('skipped');
    // With skip-existing the index is asked first, so nothing is sent.
    expect(server!.uploads).toHaveLength(2);
  });

  test('a JSON API without blake2b_256 compares by sha256 alone', async () => {
    await index({ jsonWithoutBlake2: true });
    const wheel = makeWheel(tempDir('nexus'), { name: 'open-ticket-ai', version: '1.0.0' });
    await publishDistributions(options([wheel]), deps());
    const dry = await publishDistributions(options([wheel], { dryRun: true }), deps());
    expect(dry.files[0]!.status).toBe('would-skip');
    expect(dry.files[0]!.message).toBe('already on the index with the same content');
  });
});

describe('checked before the first byte', () => {
  test('every problem of every file at once, and nothing sent', async () => {
    await index();
    const dir = tempDir('bad');
    const paths = [
      makeWheel(dir, { name: 'open-ticket-ai', version: '1.0.0+local' }),
      makeWheel(dir, { name: 'otai-plugin', version: '1.0.0' }),
      makeSdist(dir, { name: 'otai-plugin', version: '1.0.1' }),
    ];
    const notes = join(dir, 'notes.txt.whl');
    writeFileSync(notes, 'not a wheel');
    const attempt = publishDistributions(options([...paths, notes, join(dir, 'missing-1.0.tar.gz')]), deps());
    const error = (await attempt.catch((e: unknown) => e)) as Error;
    expect(error.name).toBe('ConfigurationError');
    expect(error.message).toMatch(/^Nothing was uploaded: 4 problems in the distributions:/);
    expect(error.message).toContain('version 1.0.0+local has a local part');
    expect(error.message).toContain(
      'otai-plugin: the files disagree on the version (otai_plugin-1.0.0-py3-none-any.whl is 1.0.0, otai_plugin-1.0.1.tar.gz is 1.0.1)',
    );
    expect(error.message).toContain(
      "notes.txt.whl: Invalid wheel filename (wrong number of parts): 'notes.txt'",
    );
    expect(error.message).toMatch(/missing-1\.0\.tar\.gz does not exist/);
    expect(server!.uploads).toHaveLength(0);
  });
});
