/**
 * The release checks a user relies on before anything is built: versions agree, pins admit the
 * release, the tag matches, and every version is one PyPI accepts. Each finding must say where and
 * what to change.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { type VersionCheckOptions, checkConsistency, validateRelease } from '@otai-release/core/consistency';
import { HttpClient } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import { readRepository } from '@otai-release/core/pyproject';
import { cleanup, hatchProject as project, layouts, lf, materialize } from '../fixtures/layouts.js';

afterAll(cleanup);

const check = (files: Record<string, string>, options: VersionCheckOptions = {}) =>
  checkConsistency(readRepository(materialize(files)), options);
const errors = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.level === 'error');

const OTAI = layouts['otai-monorepo'].files;
const HF = 'packages/otai_hf_local/pyproject.toml';
const ZNUNY = 'packages/otai_otobo_znuny/pyproject.toml';

/** The Open Ticket AI monorepo with every version (and pin) moved from 1.4.0 to `version`. */
const otaiAt = (version: string) =>
  Object.fromEntries(Object.entries(OTAI).map(([f, t]) => [f, t.replaceAll('1.4.0', version)]));

describe('lockstep', () => {
  test('all versions equal: no findings, one version and tag', () => {
    const result = check(OTAI);
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({
      policy: 'lockstep',
      version: '1.4.0',
      tag: 'v1.4.0',
      isPrerelease: false,
    });
    expect(result.packages.map((p) => [p.name, p.version, p.tag])).toEqual([
      ['open-ticket-ai', '1.4.0', 'v1.4.0'],
      ['otai-hf-local', '1.4.0', 'v1.4.0'],
      ['otai-otobo-znuny', '1.4.0', 'v1.4.0'],
    ]);
  });

  test('one package behind: an error at its version saying what to change it to', () => {
    const result = check({
      ...OTAI,
      [ZNUNY]: OTAI[ZNUNY].replace('version = "1.4.0"', 'version = "1.3.9"'),
    });
    expect(errors(result)).toHaveLength(1);
    const [finding] = errors(result);
    expect(finding).toMatchObject({
      code: 'version-mismatch',
      package: 'otai-otobo-znuny',
      file: ZNUNY,
      line: 3,
      column: 12,
    });
    expect(finding.message).toContain('change "1.3.9" to "1.4.0"');
    expect(finding.message).toContain(`${ZNUNY}:3`);
    expect(result.version).toBe('1.4.0');
  });

  test('a copy inside one package that lags: the error names the build version it disagrees with', () => {
    const files = {
      ...layouts['module-copies'].files,
      'src/acme_multi/_version.py': lf("__version__ = '5.0.9'  # x-release-please-version"),
    };
    const result = check(files);
    expect(errors(result)).toHaveLength(1);
    const [finding] = errors(result);
    expect(finding).toMatchObject({
      file: 'src/acme_multi/_version.py',
      line: 1,
    });
    expect(finding.message).toContain('change "5.0.9" to "5.1.0"');
    // A single package has no "other packages": the reason is its own [project].version.
    expect(finding.message).toContain('[project].version');
    expect(finding.message).not.toMatch(/other packages/);
  });

  test('a repository-wide version-files entry that lags is an error at that file', () => {
    const files = {
      ...OTAI,
      'pyproject.toml': `${OTAI['pyproject.toml']}\n[tool.otai-release]\nversion-files = ["docs/conf.py"]\n`,
      'docs/conf.py': lf('project = "Open Ticket AI"', 'release = "1.3.0"', '__version__ = "1.3.0"'),
    };
    const [finding, ...rest] = errors(check(files));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'version-mismatch',
      file: 'docs/conf.py',
      line: 3,
    });
    expect(finding.message).toContain('"1.4.0"');
  });
});

describe('the tag', () => {
  const beta = { 'pyproject.toml': project('otai-beta', '0.2.0b1') };

  test('v0.2.0-beta.1 matches the version 0.2.0b1 (same release after normalisation)', () => {
    const result = check(beta, { tag: 'v0.2.0-beta.1' });
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({
      version: '0.2.0b1',
      tag: 'v0.2.0-beta.1',
      isPrerelease: true,
    });
  });

  test('a tag for another version: an error at every package version, saying the tag wins', () => {
    const result = check(OTAI, { tag: 'v1.5.0' });
    const mismatches = result.findings.filter((f) => f.code === 'tag-version-mismatch');
    expect(mismatches.map((f) => [f.file, f.line])).toEqual([
      ['pyproject.toml', 3],
      [HF, 3],
      [ZNUNY, 3],
    ]);
    for (const f of mismatches) {
      expect(f.level).toBe('error');
      expect(f.message).toContain('v1.5.0');
      expect(f.message).toContain('change "1.4.0" to "1.5.0"');
    }
    expect(result.version).toBe('1.5.0');
  });

  test('a tag that fits no format names the formats and the tag this release needs', () => {
    const result = check(OTAI, { tag: 'release-1.4.0' });
    const [finding, ...rest] = errors(result);
    expect(rest).toEqual([]);
    expect(finding.code).toBe('tag-format-mismatch');
    expect(finding.message).toBe(
      'The tag "release-1.4.0" does not match the tag formats "v{version}", "{version}"; this release needs the tag "v1.4.0", or set tag-format in [tool.otai-release].',
    );
  });

  test('a tag that fits the format but carries no valid version is refused, with the tag to use', () => {
    const [finding] = errors(check(OTAI, { tag: 'vlatest' }));
    expect(finding.code).toBe('tag-format-mismatch');
    expect(finding.message).toBe(
      'The tag "vlatest" carries "latest", which is not a valid PEP 440 version; this release needs the tag "v1.4.0".',
    );
  });
});

describe('tags without the v', () => {
  const acme = { 'pyproject.toml': project('acme', '4.0.0') };
  const configured = (format: string) => ({
    'pyproject.toml': project('acme', '4.0.0', '', '[tool.otai-release]', `tag-format = "${format}"`),
  });

  test('with no tag-format, the bare tag 4.0.0 is accepted and reported as given', () => {
    const result = check(acme, { tag: '4.0.0' });
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ version: '4.0.0', tag: '4.0.0' });
    expect(result.packages[0]).toMatchObject({ tag: '4.0.0', tagFormat: '{version}' });
  });

  test('with no tag-format, v4.0.0 is still accepted', () => {
    const result = check(acme, { tag: 'v4.0.0' });
    expect(result.findings).toEqual([]);
    expect(result.packages[0]).toMatchObject({ tag: 'v4.0.0', tagFormat: 'v{version}' });
  });

  test('a bare tag gives every lockstep package a bare tag', () => {
    const result = check(OTAI, { tag: '1.4.0' });
    expect(result.findings).toEqual([]);
    expect(result.tag).toBe('1.4.0');
    expect(result.packages.map((p) => p.tag)).toEqual(['1.4.0', '1.4.0', '1.4.0']);
  });

  test('a bare tag for another version is compared like any tag', () => {
    const [finding, ...rest] = errors(check(acme, { tag: '4.1.0' }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'tag-version-mismatch', file: 'pyproject.toml', line: 7 });
    expect(finding.message).toContain('the tag "4.1.0" gives 4.1.0; change "4.0.0" to "4.1.0"');
  });

  test('an explicit tag-format stays strict, and the message shows the tag the release needs', () => {
    const [finding, ...rest] = errors(check(configured('v{version}'), { tag: '4.0.0' }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'tag-format-mismatch', file: 'pyproject.toml' });
    expect(finding.message).toBe(
      'The tag "4.0.0" does not match the tag format "v{version}"; this release needs the tag "v4.0.0", or set tag-format in [tool.otai-release].',
    );
  });

  test('tag-format = "{version}" reports bare tags even without a tag given', () => {
    expect(check(configured('{version}')).tag).toBe('4.0.0');
    expect(errors(check(configured('{version}'), { tag: '4.0.0' }))).toEqual([]);
  });

  test('without a tag, the reported tag is the default v4.0.0', () => {
    const result = check(acme);
    expect(result.tag).toBe('v4.0.0');
    expect(result.packages[0].tag).toBe('v4.0.0');
  });

  test('a tag-derived version is read from a bare tag', () => {
    const result = check(layouts['setuptools-scm'].files, { tag: '2.1.0' });
    expect(result.findings).toEqual([]);
    expect(result.packages[0]).toMatchObject({ version: '2.1.0', tag: '2.1.0', fromTag: 'setuptools-scm' });
  });

  describe('independent policy without tag-format', () => {
    const repo = {
      'otai-release.toml': lf('policy = "independent"'),
      'libs/core/pyproject.toml': project('otai-core', '2.0.0'),
      'libs/hf-local/pyproject.toml': project('otai-hf-local', '0.3.0'),
    };

    test.each(['otai-hf-local-v0.3.0', 'otai-hf-local-0.3.0'])('%s selects otai-hf-local', (tag) => {
      const result = check(repo, { tag });
      expect(errors(result)).toEqual([]);
      expect(result).toMatchObject({ selected: 'otai-hf-local', version: '0.3.0', tag });
      expect(result.packages.find((p) => p.name === 'otai-hf-local')?.tag).toBe(tag);
    });

    test('a tag of no package lists the tag each package would need', () => {
      const [finding] = errors(check(repo, { tag: 'hf-local-0.3.0' }));
      expect(finding.message).toBe(
        'The tag "hf-local-0.3.0" does not match the tag formats "otai-core-v{version}", "otai-core-{version}", "otai-hf-local-v{version}", "otai-hf-local-{version}"; each package is released under its own tag: "otai-core-v2.0.0", "otai-hf-local-v0.3.0", or set tag-format in [tool.otai-release].',
      );
    });

    test('an explicit {name}-v{version} refuses the tag without the v', () => {
      const strict = {
        ...repo,
        'otai-release.toml': lf('policy = "independent"', 'tag-format = "{name}-v{version}"'),
      };
      const [finding] = errors(check(strict, { tag: 'otai-hf-local-0.3.0' }));
      expect(finding.code).toBe('tag-format-mismatch');
      expect(finding.message).toContain('"otai-hf-local-v0.3.0"');
    });
  });
});

describe('independent policy', () => {
  const files = layouts['independent-tags'].files;

  test.each([
    ['hf-local-v0.3.0', 'otai-hf-local', '0.3.0'],
    ['otai-core-v2.0.0', 'otai-core', '2.0.0'],
    ['otai-cli-v0.4.31', 'otai-cli', '0.4.31'],
    ['sdk==0.4.3', 'otai-sdk', '0.4.3'],
  ])('the tag %s selects %s', (tag, name, version) => {
    const result = check(files, { tag });
    expect(errors(result)).toEqual([]);
    expect(result).toMatchObject({
      policy: 'independent',
      selected: name,
      version,
      tag,
    });
  });

  test("a tag ahead of its package's version is an error at that package only", () => {
    const result = check(files, { tag: 'hf-local-v0.3.1' });
    const [finding, ...rest] = errors(result);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'tag-version-mismatch',
      package: 'otai-hf-local',
      file: 'libs/hf-local/pyproject.toml',
      line: 7,
    });
    expect(finding.message).toContain('change "0.3.0" to "0.3.1"');
    expect(result.packages.find((p) => p.name === 'otai-core')?.version).toBe('2.0.0');
  });

  test('packages keep their own versions without a tag', () => {
    const result = check(files);
    expect(errors(result)).toEqual([]);
    expect(result.packages.map((p) => [p.name, p.version, p.tag])).toEqual([
      ['otai-core', '2.0.0', 'otai-core-v2.0.0'],
      ['otai-hf-local', '0.3.0', 'hf-local-v0.3.0'],
      ['otai-cli', '0.4.31', 'otai-cli-v0.4.31'],
      ['otai-sdk', '0.4.3', 'sdk==0.4.3'],
    ]);
  });

  test('with {name}-{version}, a tag selects the package whose name it carries, not one whose name is a prefix', () => {
    const repo = {
      'otai-release.toml': lf('policy = "independent"', 'tag-format = "{name}-{version}"'),
      'libs/checkpoint/pyproject.toml': project('langgraph-checkpoint', '4.2.0'),
      'libs/checkpoint-postgres/pyproject.toml': project('langgraph-checkpoint-postgres', '3.1.2'),
    };
    const result = check(repo, { tag: 'langgraph-checkpoint-postgres-3.1.2' });
    expect(errors(result)).toEqual([]);
    expect(result).toMatchObject({
      selected: 'langgraph-checkpoint-postgres',
      version: '3.1.2',
    });
    expect(check(repo, { tag: 'langgraph-checkpoint-4.2.0' })).toMatchObject({
      selected: 'langgraph-checkpoint',
      version: '4.2.0',
    });
  });

  test('a pin on a sibling that excludes its version is an error', () => {
    const bumped = {
      ...files,
      'libs/core/pyproject.toml': files['libs/core/pyproject.toml'].replace('2.0.0', '3.0.0'),
    };
    const [finding] = errors(check(bumped));
    expect(finding).toMatchObject({
      code: 'pin-excludes-version',
      package: 'otai-hf-local',
      file: 'libs/hf-local/pyproject.toml',
      line: 8,
    });
  });
});

describe('pins between the packages of the repository', () => {
  test('open-ticket-ai>=1.4.0,<1.5 with the release 1.5.0: an error at the pin', () => {
    const files = otaiAt('1.5.0');
    files[HF] = files[HF].replace('"open-ticket-ai>=1.5.0,<2"', '"open-ticket-ai>=1.4.0,<1.5"');
    const result = check(files);
    const [finding, ...rest] = errors(result);
    expect(rest).toEqual([]);
    // `    "open-ticket-ai>=1.4.0,<1.5",`: the specifier starts in column 20.
    expect(finding).toMatchObject({
      code: 'pin-excludes-version',
      package: 'otai-hf-local',
      file: HF,
      line: 7,
      column: 20,
    });
    expect(finding.message).toContain('"open-ticket-ai>=1.4.0,<1.5"');
    expect(finding.message).toContain('does not admit 1.5.0');
    expect(finding.message).toContain('">=1.4.0,<1.5"');
  });

  test('an exact pin left behind by a bump is an error', () => {
    const files = otaiAt('1.5.0');
    files[ZNUNY] = files[ZNUNY].replace('open-ticket-ai==1.5.0', 'open-ticket-ai==1.4.0');
    const [finding] = errors(check(files));
    expect(finding).toMatchObject({
      code: 'pin-excludes-version',
      file: ZNUNY,
      line: 6,
    });
    expect(finding.message).toContain('does not admit 1.5.0');
  });

  test('range pins that admit the release are fine, pre-releases included', () => {
    const files = otaiAt('1.5.0rc1');
    files[ZNUNY] = files[ZNUNY].replace('open-ticket-ai==1.5.0rc1', 'open-ticket-ai>=1.4.0,<2');
    expect(errors(check(files))).toEqual([]);
  });

  test("a pin on a sibling that is not valid PEP 508 is an error with packaging's message", () => {
    const files = {
      ...OTAI,
      [ZNUNY]: OTAI[ZNUNY].replace(
        'open-ticket-ai==1.4.0',
        'open-ticket-ai==1.4.0; python_versions > \\"3\\"',
      ),
    };
    const [finding] = errors(check(files));
    expect(finding).toMatchObject({ code: 'invalid-pin', file: ZNUNY, line: 6 });
    expect(finding.message).toContain(
      'is not a valid dependency specifier: Expected a marker variable or quoted string',
    );
  });

  test('an invalid specifier on a sibling is an error at the pin', () => {
    const files = {
      ...OTAI,
      [ZNUNY]: OTAI[ZNUNY].replace('open-ticket-ai==1.4.0', 'open-ticket-ai=>1.4.0'),
    };
    const [finding] = errors(check(files));
    expect(finding).toMatchObject({
      code: 'invalid-pin',
      file: ZNUNY,
      line: 6,
    });
  });
});

describe('what PyPI accepts', () => {
  test('an invalid version is an error at its line', () => {
    const result = check({ 'pyproject.toml': project('acme', '1.4.0-final') });
    const [finding, ...rest] = errors(result);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'invalid-version',
      file: 'pyproject.toml',
      line: 7,
    });
    expect(finding.message).toMatch(/"1\.4\.0-final" .* is not a valid PEP 440 version/);
    expect(result.version).toBeUndefined();
  });

  test('a local version 1.0+abc is refused, saying what to remove', () => {
    const [finding, ...rest] = errors(check({ 'pyproject.toml': project('acme', '1.0+abc') }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'local-version',
      file: 'pyproject.toml',
      line: 7,
    });
    expect(finding.message).toContain('Remove "+abc"');
  });

  test('1.0.0-rc.1 is accepted with a notice giving the normal form 1.0.0rc1', () => {
    const result = check({ 'pyproject.toml': project('acme', '1.0.0-rc.1') });
    expect(errors(result)).toEqual([]);
    const notices = result.findings.filter((f) => f.code === 'not-normalized');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      level: 'notice',
      file: 'pyproject.toml',
      line: 7,
    });
    expect(notices[0].message).toContain('"1.0.0rc1"');
    expect(result).toMatchObject({
      version: '1.0.0rc1',
      tag: 'v1.0.0rc1',
      isPrerelease: true,
    });
  });

  test('the location report keeps the raw text beside its normal form', () => {
    const result = check({ 'pyproject.toml': project('acme', '1.0.0-rc.1') });
    expect(result.packages[0].locations[0]).toMatchObject({
      raw: '1.0.0-rc.1',
      normalized: '1.0.0rc1',
      line: 7,
    });
  });
});

describe('versions from the git tag', () => {
  test('a setuptools-scm package takes the version of the tag', () => {
    const result = check(layouts['setuptools-scm'].files, { tag: 'v2.1.0' });
    expect(result.findings).toEqual([]);
    expect(result.packages[0]).toMatchObject({
      name: 'scm-app',
      version: '2.1.0',
      tag: 'v2.1.0',
      fromTag: 'setuptools-scm',
    });
    expect(result.version).toBe('2.1.0');
  });

  test('every tag-derived package of a lockstep repository gets the tag version', () => {
    const result = check(layouts['uv-dynamic-versioning'].files, {
      tag: 'v2.33.0b2',
    });
    expect(result.findings).toEqual([]);
    expect(result.packages.map((p) => [p.name, p.version, p.fromTag])).toEqual([
      ['pydantic-ai', '2.33.0b2', 'uv-dynamic-versioning'],
      ['pydantic-ai-slim', '2.33.0b2', 'uv-dynamic-versioning'],
    ]);
    expect(result.isPrerelease).toBe(true);
  });

  test('without a tag the version is unknown, with a notice that says how to give one', () => {
    const result = check(layouts['hatch-vcs'].files);
    expect(errors(result)).toEqual([]);
    expect(result.packages[0].version).toBeUndefined();
    const [notice] = result.findings;
    expect(notice).toMatchObject({
      level: 'notice',
      code: 'version-unknown',
      file: 'pyproject.toml',
      line: 10,
    });
    expect(notice.message).toMatch(/hatch-vcs/);
    expect(notice.message).toMatch(/--tag/);
  });
});

describe('independent versions under the lockstep default (no policy configured)', () => {
  // kedro-plugins' shape: four plugins, each at its own version, and no [tool.otai-release].
  const plugins = {
    'kedro-airflow/pyproject.toml': project('kedro-airflow', '0.11.0'),
    'kedro-datasets/pyproject.toml': project('kedro-datasets', '9.6.0'),
    'kedro-docker/pyproject.toml': project('kedro-docker', '0.6.2'),
    'kedro-telemetry/pyproject.toml': project('kedro-telemetry', '0.7.0'),
  };

  test('one notice first, with the configuration to write, instead of an error per package', () => {
    const result = check(plugins);
    expect(errors(result)).toEqual([]);
    expect(result.findings).toHaveLength(1);
    const [notice] = result.findings;
    expect(notice).toMatchObject({ level: 'notice', code: 'policy-inferred' });
    expect(notice.message).toContain('[tool.otai-release]\npolicy = "independent"');
    expect(notice.message).toContain('kedro-datasets 9.6.0');
    expect(result.policy).toBe('independent');
  });

  test("every package reports the version its own files say, never another package's", () => {
    const result = check(plugins);
    expect(result.packages.map((p) => [p.name, p.version])).toEqual([
      ['kedro-airflow', '0.11.0'],
      ['kedro-datasets', '9.6.0'],
      ['kedro-docker', '0.6.2'],
      ['kedro-telemetry', '0.7.0'],
    ]);
  });

  test('the tag format the existing tags follow is suggested', () => {
    const tags = ['kedro-datasets/v9.5.0', 'kedro-datasets/v9.6.0', 'kedro-airflow/v0.10.0', 'unrelated'];
    const [notice] = check(plugins, { tags }).findings;
    expect(notice.message).toContain('policy = "independent"\ntag-format = "{name}/v{version}"');
    expect(notice.message).toContain('3 tag(s) such as "kedro-airflow/v0.10.0"');
  });

  test('tags that already fit the independent default need no tag-format line', () => {
    const [notice] = check(plugins, { tags: ['kedro-datasets-9.6.0'] }).findings;
    expect(notice.message).not.toContain('tag-format =');
  });

  test('a tag of one package selects it, as in the independent policy', () => {
    const result = check(plugins, { tag: 'kedro-datasets-9.6.0' });
    expect(errors(result)).toEqual([]);
    expect(result).toMatchObject({ selected: 'kedro-datasets', version: '9.6.0' });
  });

  test('a configured policy, or one given by the caller, is never second-guessed', () => {
    const configured = check({ ...plugins, 'otai-release.toml': lf('policy = "lockstep"') });
    expect(configured.findings.some((f) => f.code === 'policy-inferred')).toBe(false);
    expect(errors(configured).length).toBeGreaterThan(0);
    const given = check(plugins, { policyGiven: true });
    expect(given.policy).toBe('lockstep');
    expect(errors(given).length).toBeGreaterThan(0);
  });

  test('when most packages agree, the one behind is a lockstep error as before', () => {
    const result = check({
      'a/pyproject.toml': project('pkg-a', '1.5.0'),
      'b/pyproject.toml': project('pkg-b', '1.5.0'),
      'c/pyproject.toml': project('pkg-c', '1.4.0'),
    });
    expect(result.findings.some((f) => f.code === 'policy-inferred')).toBe(false);
    expect(errors(result)).toHaveLength(1);
    expect(errors(result)[0]!.message).toContain('change "1.4.0" to "1.5.0"');
  });

  test('two packages that differ stay lockstep errors: a forgotten bump looks the same', () => {
    const result = check({
      'a/pyproject.toml': project('pkg-a', '1.5.0'),
      'b/pyproject.toml': project('pkg-b', '1.4.0'),
    });
    expect(result.policy).toBe('lockstep');
    expect(errors(result)).toHaveLength(1);
  });
});

describe('pin advice', () => {
  test("never proposes a version below the pin's lower bound: the sibling must be released first", () => {
    const result = check({
      'otai-release.toml': lf('policy = "independent"'),
      'core/pyproject.toml': project('dbt-core-lib', '1.11.0rc1'),
      'adapter/pyproject.toml': project(
        'dbt-adapter',
        '1.3.0',
        'dependencies = ["dbt-core-lib>=1.24.1,<2.0"]',
      ),
    });
    const [finding] = errors(result);
    expect(finding).toMatchObject({ code: 'pin-excludes-version', package: 'dbt-adapter' });
    expect(finding!.message).toContain('dbt-core-lib must first be released at 1.24.1 or later');
    expect(finding!.message).not.toContain('==1.11.0rc1');
  });

  test('a pin left behind by a bump still gets "change it to" the new version', () => {
    const result = check({
      'core/pyproject.toml': project('core-lib', '2.0.0'),
      'plugin/pyproject.toml': project('plugin', '2.0.0', 'dependencies = ["core-lib>=1.0,<2.0"]'),
    });
    expect(errors(result)[0]!.message).toContain('change ">=1.0,<2.0" to e.g. "==2.0.0"');
  });
});

describe('the OK line', () => {
  const independent = {
    'otai-release.toml': lf('policy = "independent"'),
    'core/pyproject.toml': project('core-lib', '2.0.0'),
    'plugin/pyproject.toml': project('plugin-x', '0.3.0'),
  };
  const okLine = async (files: Record<string, string>, tag?: string) => {
    const logger = new MemoryLogger();
    const http = new HttpClient({ retries: 0, timeoutMs: 1000 });
    await validateRelease(
      { path: materialize(files), tag, index: 'none', indexCheck: 'off', allowExisting: false },
      { logger, http },
    );
    return logger.messages('info').find((m) => m.startsWith('OK'));
  };

  test('independent with a tag: names the released package and its version', async () => {
    expect(await okLine(independent, 'plugin-x-v0.3.0')).toBe(
      'OK: plugin-x 0.3.0 (tag plugin-x-v0.3.0) is consistent.',
    );
  });

  test('independent without a tag: each package at its own version, not "consistent across"', async () => {
    expect(await okLine(independent)).toBe(
      'OK: 2 package(s), each consistent at its own version: core-lib 2.0.0, plugin-x 0.3.0.',
    );
  });

  test('lockstep: one version across the packages', async () => {
    expect(await okLine(OTAI)).toBe('OK: version 1.4.0 consistent across 3 package(s).');
  });
});

describe('a per-package tag in a repository with no policy configured', () => {
  const hatch = {
    'pyproject.toml': project('hatch', '1.16.5'),
    'backend/pyproject.toml': project('hatchling', '1.27.0'),
  };

  test('hatch-v1.16.5 releases hatch alone, with a notice instead of a tag-format error', () => {
    const result = check(hatch, { tag: 'hatch-v1.16.5' });
    expect(errors(result)).toEqual([]);
    expect(result).toMatchObject({ policy: 'independent', selected: 'hatch', version: '1.16.5' });
    expect(result.findings[0]).toMatchObject({ level: 'notice', code: 'policy-inferred' });
    expect(result.findings[0]!.message).toContain('the tag "hatch-v1.16.5" names the package hatch');
  });

  test('the tagged package must still match its tag', () => {
    const [finding] = errors(check(hatch, { tag: 'hatch-v1.16.6' }));
    expect(finding).toMatchObject({ code: 'tag-version-mismatch', package: 'hatch' });
  });

  test('a lockstep tag is read as lockstep', () => {
    const result = check(hatch, { tag: 'v1.16.5' });
    expect(result.policy).toBe('lockstep');
    expect(errors(result)).toHaveLength(1);
  });
});

describe('notices that would mislead', () => {
  test("Cargo.toml's SemVer pre-release gets no advice to write PEP 440's spelling, which Cargo rejects", () => {
    const files = layouts['maturin-cargo'].files;
    const rc = Object.fromEntries(
      Object.entries(files).map(([f, t]) => [f, t.replaceAll('2.41.5', '2.42.0-rc.1')]),
    );
    const result = check(rc);
    expect(result.findings.filter((f) => f.code === 'not-normalized')).toEqual([]);
    expect(result.packages[0]).toMatchObject({ version: '2.42.0rc1' });
  });

  test('a tag that fits no format is one error, without a "no tag was given" notice after it', () => {
    const result = check(layouts['hatch-vcs'].files, { tag: 'release-2.0' });
    expect(result.findings.map((f) => f.code)).toEqual(['tag-format-mismatch']);
  });
});

describe('the lockstep default when packages disagree', () => {
  test('two packages at different versions: the error stays, and one notice first names the independent policy', () => {
    const result = check({
      'pyproject.toml': project('pydantic', '2.12.4', 'dependencies = ["pydantic-core>=2.0"]'),
      'pydantic-core/pyproject.toml': project('pydantic-core', '2.41.5'),
    });
    expect(result.findings[0]).toMatchObject({ level: 'notice', code: 'policy-hint' });
    expect(result.findings[0]!.message).toContain('pydantic-core 2.41.5');
    expect(result.findings[0]!.message).toContain('policy = "independent"');
    expect(errors(result).length).toBeGreaterThan(0);
  });

  test('packages that agree with each other but not with the tag get no such hint', () => {
    const result = check(
      { 'a/pyproject.toml': project('pkg-a', '1.0.0'), 'b/pyproject.toml': project('pkg-b', '1.0.0') },
      { tag: 'v9.9.9' },
    );
    expect(errors(result).length).toBeGreaterThan(0);
    expect(result.findings.some((f) => f.code === 'policy-hint')).toBe(false);
  });

  test('a configured lockstep policy gets no hint', () => {
    const result = check({
      'otai-release.toml': lf('policy = "lockstep"'),
      'a/pyproject.toml': project('pkg-a', '1.5.0'),
      'b/pyproject.toml': project('pkg-b', '1.4.0'),
    });
    expect(result.findings.some((f) => f.code === 'policy-hint')).toBe(false);
  });
});

describe('separate release lines shown by exact pins (no policy configured)', () => {
  test("pydantic requiring pydantic-core at exactly core's own version: two lines, no errors", () => {
    const result = check({
      'pyproject.toml': project('pydantic', '2.14.0b1', 'dependencies = ["pydantic-core==2.48.0"]'),
      'pydantic-core/pyproject.toml': project('pydantic-core', '2.48.0'),
    });
    expect(errors(result)).toEqual([]);
    expect(result.policy).toBe('independent');
    expect(result.findings[0]).toMatchObject({ level: 'notice', code: 'policy-inferred' });
    expect(result.findings[0]!.message).toContain(
      'pydantic 2.14.0b1 requires pydantic-core==2.48.0, its own version',
    );
  });

  test("opentelemetry's two tracks: the 0.x package is pinned exactly by a 1.x one", () => {
    const result = check({
      'api/pyproject.toml': project('otel-api', '1.45.0.dev0'),
      'sdk/pyproject.toml': project(
        'otel-sdk',
        '1.45.0.dev0',
        'dependencies = ["otel-api==1.45.0.dev0", "otel-semconv==0.66b0.dev0"]',
      ),
      'proto/pyproject.toml': project('otel-proto', '1.45.0.dev0'),
      'semconv/pyproject.toml': project('otel-semconv', '0.66b0.dev0'),
    });
    expect(errors(result)).toEqual([]);
    expect(result.policy).toBe('independent');
  });

  test('a package left behind whose pins were not moved either is still a lockstep error', () => {
    // core bumped to 1.5.0, the plugin forgotten at 1.4.0 and still pinning core==1.4.0.
    const result = check({
      'core/pyproject.toml': project('core-lib', '1.5.0'),
      'plugin/pyproject.toml': project('plugin', '1.4.0', 'dependencies = ["core-lib==1.4.0"]'),
      'other/pyproject.toml': project('other', '1.5.0', 'dependencies = ["core-lib==1.5.0"]'),
    });
    expect(result.policy).toBe('lockstep');
    expect(errors(result).length).toBeGreaterThan(0);
  });
});
