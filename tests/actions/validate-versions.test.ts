/** validate-versions' parseInputs and run(inputs, deps), with a memory logger and a local index. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parseInputs } from '../../actions/validate-versions/inputs.js';
import { run } from '../../actions/validate-versions/run.js';
import { renderSummary } from '../../actions/validate-versions/summary.js';
import { inputsFrom } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';
import { HttpClient } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { copyExample } from '../support/run-node.js';

const EXAMPLE = 'examples/otai-monorepo';
let index: IndexServer;
beforeAll(async () => {
  index = await startIndexServer();
});
afterAll(() => index.close());

const deps = () => ({ logger: new MemoryLogger(), http: new HttpClient({ retries: 0, timeoutMs: 5000 }) });

describe('parseInputs', () => {
  test('defaults: path ".", index check required, tag from a tag ref, none from a branch', () => {
    expect(parseInputs(inputsFrom({}), 'refs/tags/v1.4.0')).toEqual({
      path: '.',
      tag: 'v1.4.0',
      policy: undefined,
      index: undefined,
      'index-check': 'required',
      'allow-existing': false,
    });
    expect(parseInputs(inputsFrom({}), 'refs/heads/main').tag).toBeUndefined();
  });

  test('an explicit tag wins over the ref', () => {
    expect(parseInputs(inputsFrom({ tag: 'v2.0.0' }), 'refs/tags/v1.4.0').tag).toBe('v2.0.0');
  });

  test('unknown policy, malformed boolean and an unusable index are refused with the input named', () => {
    expect(() => parseInputs(inputsFrom({ policy: 'together' }))).toThrow(
      "Input 'policy' is 'together': use one of 'lockstep', 'independent'.",
    );
    expect(() => parseInputs(inputsFrom({ 'allow-existing': 'maybe' }))).toThrow(
      "Input 'allow-existing' is 'maybe', which is not a boolean",
    );
    expect(() => parseInputs(inputsFrom({ index: 'ftp://example.org/simple/' }))).toThrow(ConfigurationError);
  });
});

describe('run', () => {
  test('outputs carry the version, tag and a matrix of every lockstep package', async () => {
    const result = await run(
      { path: EXAMPLE, tag: 'v1.4.0', index: index.url, 'index-check': 'required', 'allow-existing': false },
      deps(),
    );
    expect(result.validation.ok).toBe(true);
    expect(result.failed).toBeUndefined();
    expect(result.outputs.version).toBe('1.4.0');
    expect(result.outputs.matrix.include.map((m) => m.package)).toEqual([
      'open-ticket-ai',
      'otai-hf-local',
      'otai-otobo-znuny',
    ]);
  });

  test('independent policy refuses packages that would share one tag format', async () => {
    await expect(
      run(
        {
          path: EXAMPLE,
          policy: 'independent',
          index: 'none',
          'index-check': 'off',
          'allow-existing': false,
        },
        deps(),
      ),
    ).rejects.toThrow('open-ticket-ai and otai-hf-local both use "v{version}"');
  });

  test('independent policy: the tag selects its package and only that one is released', async () => {
    // Without a tag-format, independent packages are tagged {name}-v{version}.
    const repo = copyExample('otai-monorepo');
    const config = join(repo, 'pyproject.toml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('tag-format = "v{version}"\n', ''));
    const result = await run(
      {
        path: repo,
        tag: 'otai-hf-local-v1.4.0',
        policy: 'independent',
        index: 'none',
        'index-check': 'off',
        'allow-existing': false,
      },
      deps(),
    );
    expect(result.validation.findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(result.validation.selected).toBe('otai-hf-local');
    expect(result.outputs.matrix.include).toEqual([
      {
        package: 'otai-hf-local',
        path: 'packages/otai_hf_local',
        version: '1.4.0',
        tag: 'otai-hf-local-v1.4.0',
      },
    ]);
  });

  test('without tag-format, a bare tag is accepted and the outputs carry it as given', async () => {
    const repo = copyExample('otai-monorepo');
    const config = join(repo, 'pyproject.toml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('tag-format = "v{version}"\n', ''));
    const result = await run(
      { path: repo, tag: '1.4.0', index: 'none', 'index-check': 'off', 'allow-existing': false },
      deps(),
    );
    expect(result.validation.ok).toBe(true);
    expect(result.outputs.tag).toBe('1.4.0');
    expect(result.outputs.matrix.include.map((m) => m.tag)).toEqual(['1.4.0', '1.4.0', '1.4.0']);
    expect(result.outputs.packages).toContainEqual(
      expect.objectContaining({ name: 'otai-hf-local', tag: '1.4.0' }),
    );
  });

  test('with tag-format = "v{version}", a bare tag is refused with the tag the release needs', async () => {
    const logger = new MemoryLogger();
    const result = await run(
      { path: EXAMPLE, tag: '1.4.0', index: 'none', 'index-check': 'off', 'allow-existing': false },
      { ...deps(), logger },
    );
    expect(result.validation.ok).toBe(false);
    expect(logger.messages('error')).toContain(
      'The tag "1.4.0" does not match the tag format "v{version}"; this release needs the tag "v1.4.0", or set tag-format in [tool.otai-release].',
    );
    // The step fails with the first problem, after the outputs (still set) and the summary.
    expect(result.failed).toBe(
      '1 problem(s) stop this release; the first: The tag "1.4.0" does not match the tag format "v{version}"; this release needs the tag "v1.4.0", or set tag-format in [tool.otai-release]. (all are annotated above and in the job summary).',
    );
    expect(result.outputs.version).toBe('1.4.0');
  });

  test('the summary shows each location with its raw version and the index state', async () => {
    const result = await run(
      { path: EXAMPLE, index: index.url, 'index-check': 'required', 'allow-existing': false },
      deps(),
    );
    const summary = renderSummary(result.validation);
    expect(summary).toContain('| otai-otobo-znuny | packages/otai_otobo_znuny |');
    expect(summary).toContain('`src/open_ticket_ai/__init__.py:3` __version__ in __init__.py | `1.4.0`');
    expect(summary).toContain('new project');
  });
});
