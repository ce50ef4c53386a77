/** twine-check's parseInputs, run(inputs, deps) and summary, with a memory logger. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parseInputs } from '../../actions/twine-check/inputs.js';
import { run } from '../../actions/twine-check/run.js';
import { renderSummary } from '../../actions/twine-check/summary.js';
import { inputsFrom } from '../../packages/core/src/action/index.js';
import { MemoryLogger } from '../../packages/core/src/log/index.js';
import { cleanup, materialize } from '../fixtures/layouts.js';
import { makeWheel } from '../support/archives.js';

afterAll(cleanup);

const md = (name: string, version: string) =>
  `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nDescription-Content-Type: text/markdown\n\n# ${name}\n`;

describe('parseInputs', () => {
  test('defaults: dist, not strict, 100 MiB, every check', () => {
    expect(parseInputs(inputsFrom({}))).toEqual({
      files: ['dist'],
      strict: false,
      'max-file-size': 100 * 1024 * 1024,
      select: undefined,
      ignore: undefined,
      report: undefined,
      path: '.',
      python: undefined,
    });
  });

  test('files split on newlines and commas; sizes in decimal and binary units; code lists', () => {
    const inputs = parseInputs(
      inputsFrom({
        files: 'dist/*.whl\nother, third',
        'max-file-size': '50 MB',
        select: 'W, M00',
        ignore: 'W002',
      }),
    );
    expect(inputs.files).toEqual(['dist/*.whl', 'other', 'third']);
    expect(inputs['max-file-size']).toBe(50_000_000);
    expect([inputs.select, inputs.ignore]).toEqual([['W', 'M00'], ['W002']]);
    expect(parseInputs(inputsFrom({ 'max-file-size': '1GiB' }))['max-file-size']).toBe(1024 ** 3);
  });

  test.each([
    [{ 'max-file-size': 'huge' }, /'max-file-size' is 'huge', which is not a size/],
    [{ select: 'X9' }, /select: 'X9' matches no check code/],
    [{ strict: 'maybe' }, /not a boolean/],
  ])('%j is refused up front', (values, message) => {
    expect(() => parseInputs(inputsFrom(values))).toThrow(message);
  });
});

describe('run', () => {
  test('checks a directory, writes the report where asked, annotates each finding with its code and fix', async () => {
    const dir = materialize({});
    makeWheel(join(dir, 'dist'), { name: 'fine', version: '1.0', metadata: md('fine', '1.0') });
    makeWheel(join(dir, 'dist'), { name: 'localv', version: '1.0+x', metadata: md('localv', '1.0+x') });
    const logger = new MemoryLogger();
    const inputs = parseInputs(inputsFrom({ report: 'out/report.json', python: '/usr/bin/python3' }));
    const result = await run(inputs, { logger, cwd: dir });
    expect(result.outputs.failed).toBe(1);
    const written = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    expect(written.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ['dist/fine-1.0-py3-none-any.whl', 'passed'],
      ['dist/localv-1.0+x-py3-none-any.whl', 'failed'],
    ]);
    const errors = logger.entries.filter((e) => e.level === 'error').map((e) => e.message);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^localv-1\.0\+x-py3-none-any\.whl: P002 Version: The use of local versions in .* — fix: Version comes from `version` in \[project\]/,
      ),
    );
    const summary = renderSummary(result.report);
    expect(summary).toContain('### ❌ twine-check: 1 of 2 file(s) failed');
    expect(summary).toMatch(/\| `P002` \| error \| .*local versions/);
  });

  test('an empty directory is an error that says to build first', async () => {
    const dir = materialize({ 'dist/.gitignore': '*' });
    await expect(run(parseInputs(inputsFrom({})), { logger: new MemoryLogger(), cwd: dir })).rejects.toThrow(
      /No distribution files in 'dist': build first/,
    );
  });
});
