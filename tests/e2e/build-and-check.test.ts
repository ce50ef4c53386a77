/**
 * build-python-dist and twine-check bundled, run as a runner runs them (node dist/<action>/index.js
 * with INPUT_* and GITHUB_*): real pypa/build with Debian's hatchling on the example monorepo, then
 * the native checker on what it built, on a broken wheel beside good files, and a failing backend.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { makeWheel } from '../support/archives.js';
import { bundled, copyExample, runNode, runnerEnv } from '../support/run-node.js';
import { tempDir } from '../support/temp-dir.js';

jest.setTimeout(180_000);

const BUILD = bundled('build-python-dist');
const CHECK = bundled('twine-check');
const CLI = bundled('cli');
const PYTHON = '/usr/bin/python3';
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function action(
  script: string,
  repo: string,
  inputs: Record<string, string>,
  ref = 'refs/tags/v1.4.0',
) {
  const runner = runnerEnv(inputs, { GITHUB_REF: ref, GITHUB_WORKSPACE: repo });
  const result = await runNode(script, [], { env: runner.env, cwd: repo });
  return { ...result, outputs: runner.outputs(), summary: runner.summary() };
}

const BUILD_INPUTS = { python: PYTHON, isolation: 'false', 'upload-artifact': 'false', cache: 'false' };

let repo: string;
let built: Awaited<ReturnType<typeof action>>;
beforeAll(async () => {
  repo = copyExample('otai-monorepo');
  built = await action(BUILD, repo, BUILD_INPUTS);
});

describe('build-python-dist', () => {
  test('builds every package of the monorepo and lists each file with its real sha256 and size', () => {
    expect(built.stdout).not.toContain('::error');
    expect(built.code).toBe(0);
    const files = JSON.parse(built.outputs.files) as {
      path: string;
      project: string;
      version: string;
      kind: string;
      sha256: string;
      size: number;
    }[];
    expect(files.map((f) => [f.project, f.kind, f.path])).toEqual([
      ['open-ticket-ai', 'sdist', 'dist/open_ticket_ai-1.4.0.tar.gz'],
      ['open-ticket-ai', 'wheel', 'dist/open_ticket_ai-1.4.0-py3-none-any.whl'],
      ['otai-hf-local', 'sdist', 'dist/otai_hf_local-1.4.0.tar.gz'],
      ['otai-hf-local', 'wheel', 'dist/otai_hf_local-1.4.0-py3-none-any.whl'],
      ['otai-otobo-znuny', 'sdist', 'dist/otai_otobo_znuny-1.4.0.tar.gz'],
      ['otai-otobo-znuny', 'wheel', 'dist/otai_otobo_znuny-1.4.0-py3-none-any.whl'],
    ]);
    for (const f of files) {
      expect(f.version).toBe('1.4.0');
      expect(f.sha256).toBe(sha256(join(repo, f.path)));
      expect(f.size).toBe(readFileSync(join(repo, f.path)).length);
    }
    expect(readdirSync(join(repo, 'dist')).sort()).toEqual(files.map((f) => f.path.slice(5)).sort());
    expect(built.outputs['dist-dir']).toBe('dist');
    expect(built.outputs['artifact-name']).toBe('');
    expect(built.summary).toContain('6 file(s) from 3 package(s)');
    expect(built.summary).toContain(`\`${files[2].sha256}\``);
  });

  test('a failing backend fails the step with the package, its path and the backend’s own last lines', async () => {
    const broken = copyExample('otai-monorepo');
    const manifest = join(broken, 'packages/otai_hf_local/pyproject.toml');
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace(
        /build-backend = "[^"]+"/,
        'build-backend = "hatchling.no_such_backend"',
      ),
    );
    const run = await action(BUILD, broken, BUILD_INPUTS);
    expect(run.code).toBe(1);
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error'))!;
    expect(error).toContain('otai-hf-local');
    expect(error).toContain('packages/otai_hf_local');
    expect(error).toMatch(
      /No module named 'hatchling\.no_such_backend'|ModuleNotFoundError|BackendUnavailable/,
    );
    expect(error).not.toMatch(/at \w+ \(.*\.js:\d+/); // no stack of ours
    expect(existsSync(join(broken, 'dist'))).toBe(false);
  });
});

describe('twine-check', () => {
  test('what build-python-dist built passes, every file reported', async () => {
    const run = await action(CHECK, repo, {
      files: built.outputs['dist-dir'],
      python: PYTHON,
      strict: 'true',
    });
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(run.outputs.failed).toBe('0');
    const report = JSON.parse(run.outputs.report);
    expect(report.schema).toBe(1);
    expect(report.files).toHaveLength(6);
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(Array(6).fill('passed'));
    expect(report.files[0]).toMatchObject({
      file: 'dist/open_ticket_ai-1.4.0-py3-none-any.whl',
      kind: 'wheel',
      project: 'open-ticket-ai',
      version: '1.4.0',
    });
    expect(run.summary).toContain('6 file(s) passed (strict)');
  });

  test('a broken wheel among good files: all are checked, the broken one fails with its code, the report is written', async () => {
    const dir = tempDir('mixed');
    for (const f of readdirSync(join(repo, 'dist')))
      writeFileSync(join(dir, f), readFileSync(join(repo, 'dist', f)));
    // RECORD claims other bytes for the module: pip would refuse to install it.
    const escaped = 'tampered_pkg';
    makeWheel(dir, {
      name: 'tampered-pkg',
      version: '0.1.0',
      metadata: [
        ['Summary', 'x'],
        ['Description-Content-Type', 'text/markdown'],
      ],
      files: { [`${escaped}/__init__.py`]: 'print("hi")\n' },
      record: [
        `${escaped}/__init__.py,sha256=${Buffer.alloc(32).toString('base64url')},12`,
        `${escaped}-0.1.0.dist-info/METADATA,,`,
        `${escaped}-0.1.0.dist-info/WHEEL,,`,
        `${escaped}-0.1.0.dist-info/RECORD,,`,
        '',
      ].join('\n'),
    });
    const reportPath = join(dir, 'reports', 'check.json');
    const run = await action(CHECK, dir, { files: dir, python: PYTHON, report: reportPath });
    expect(run.code).toBe(1);
    expect(run.outputs.failed).toBe('1');
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report.files).toHaveLength(7);
    const bad = report.files.find((f: { filename: string }) => f.filename.startsWith('tampered'));
    expect(bad.status).toBe('failed');
    expect(bad.findings.map((f: { code: string }) => f.code)).toContain('R021');
    expect(report.files.filter((f: { status: string }) => f.status === 'passed')).toHaveLength(6);
    expect(run.stdout).toMatch(/::error::tampered_pkg-0\.1\.0-py3-none-any\.whl: R021 /);
    expect(run.summary).toContain('1 of 7 file(s) failed');
  });

  test('a typo in ignore is refused before checking anything', async () => {
    const run = await action(CHECK, repo, { files: 'dist', ignore: 'W0O1' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input ignore: 'W0O1' matches no check code/);
  });
});

describe('the CLI', () => {
  test('build, then check-dist --strict on the result; check-dist on nothing says what it looked for', async () => {
    const out = tempDir('cli-dist');
    const b = await runNode(CLI, ['build', repo, '--no-isolation', '--python', PYTHON, '--out-dir', out]);
    expect(b.stderr).not.toMatch(/error/);
    expect(b.code).toBe(0);
    expect(b.stdout.trim().split('\n')).toHaveLength(6);
    const c = await runNode(CLI, ['check-dist', out, '--strict', '--python', PYTHON]);
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/^Checking .*open_ticket_ai-1\.4\.0\.tar\.gz: PASSED$/m);
    expect(c.stdout).toContain('6 file(s) passed.');
    const none = await runNode(CLI, ['check-dist', join(out, 'nothing-*.whl')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("Cannot find file (or expand pattern): '");
  });
});
