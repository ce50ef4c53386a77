/**
 * The `[tool.otai-release]` table / `otai-release.toml`: defaults, accepted shapes, and errors that
 * point at the key and suggest the intended spelling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import { readRepository } from '@otai-release/core/pyproject';
import { cleanup, hatchProject as project, lf, materialize } from '../fixtures/layouts.js';

afterAll(cleanup);

/** A root package `acme` plus whatever configuration lines go under [tool.otai-release]. */
const withConfig = (...config: string[]) => ({
  'pyproject.toml': project('acme', '1.0.0', '', '[tool.otai-release]', ...config),
});

function errorOf(files: Record<string, string>): ConfigurationError {
  try {
    readRepository(materialize(files));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('readRepository did not throw');
}

describe('defaults', () => {
  test('no configuration: lockstep, tag v{version}, discovery', () => {
    const repo = readRepository(materialize({ 'pyproject.toml': project('acme', '1.0.0') }));
    expect(repo.config).toMatchObject({
      policy: 'lockstep',
      tagFormat: 'v{version}',
      exclude: [],
      versionFiles: [],
    });
    expect(repo.config.file).toBeUndefined();
    expect(repo.config.packages).toBeUndefined();
    expect(repo.policy).toBe('lockstep');
    expect(repo.packages[0].tagFormat).toBe('v{version}');
  });

  test('an empty [tool.otai-release] table gives the same defaults, from pyproject.toml', () => {
    const repo = readRepository(materialize(withConfig()));
    expect(repo.config).toMatchObject({
      file: 'pyproject.toml',
      policy: 'lockstep',
      tagFormat: 'v{version}',
    });
  });

  test('independent without a tag-format names the tags after the packages', () => {
    const repo = readRepository(
      materialize({
        'a/pyproject.toml': project('otai-a', '1.0.0'),
        'b/pyproject.toml': project('otai-b', '2.0.0'),
        'otai-release.toml': 'policy = "independent"\n',
      }),
    );
    expect(repo.packages.map((p) => p.tagFormat)).toEqual(['{name}-v{version}', '{name}-v{version}']);
  });
});

describe('policy', () => {
  test.each(['lockstep', 'independent'])('policy = "%s" is accepted', (policy) => {
    expect(readRepository(materialize(withConfig(`policy = "${policy}"`))).policy).toBe(policy);
  });

  test('any other policy is an error at its line naming the two choices', () => {
    const error = errorOf(withConfig('policy = "locked"'));
    expect(error.message).toMatch(/policy = "locked" is not a policy: use "lockstep" or "independent"/);
    expect(error).toMatchObject({ file: 'pyproject.toml', line: 10 });
  });

  test('the policy option (action input / CLI flag) overrides the file', () => {
    const dir = materialize(withConfig('policy = "lockstep"'));
    expect(readRepository(dir, { policy: 'independent' }).policy).toBe('independent');
  });
});

describe('packages', () => {
  const files = {
    'pyproject.toml': lf(
      '[tool.otai-release]',
      'tag-format = "v{version}"',
      'packages = [',
      '  "core",',
      '  { path = "plugins/hf", tag-format = "hf-local-v{version}", version-files = [',
      '    { path = "plugins/hf/chart/Chart.yaml", pattern = \'^appVersion: "(?P<version>[^"]+)"\' },',
      '  ] },',
      ']',
    ),
    'core/pyproject.toml': project('otai-core', '1.2.0'),
    'plugins/hf/pyproject.toml': project('otai-hf-local', '1.2.0'),
    'plugins/hf/chart/Chart.yaml': lf(
      'apiVersion: v2',
      'name: hf-local',
      'version: 0.1.0',
      'appVersion: "1.2.0"',
    ),
    // Not listed, so not read even though discovery would find it.
    'examples/demo/pyproject.toml': project('demo', '0.0.1'),
  };

  test('as strings and tables, in the order given, with per-package tag formats', () => {
    const repo = readRepository(materialize(files));
    expect(repo.config.packages).toEqual([
      { path: 'core', versionFiles: [] },
      {
        path: 'plugins/hf',
        tagFormat: 'hf-local-v{version}',
        versionFiles: [
          {
            path: 'plugins/hf/chart/Chart.yaml',
            pattern: '^appVersion: "(?P<version>[^"]+)"',
          },
        ],
      },
    ]);
    expect(repo.packages.map((p) => [p.name, p.tagFormat])).toEqual([
      ['otai-core', 'v{version}'],
      ['otai-hf-local', 'hf-local-v{version}'],
    ]);
  });

  test("a package's version-files become locations of that package", () => {
    const hf = readRepository(materialize(files)).packages[1];
    expect(hf.locations.map((l) => [l.file, l.line, l.raw, l.kind])).toEqual([
      ['plugins/hf/pyproject.toml', 7, '1.2.0', 'project'],
      ['plugins/hf/chart/Chart.yaml', 4, '1.2.0', 'configured'],
    ]);
  });

  test('a version-files entry for a file found anyway is one location, not two edits of the same bytes', () => {
    const repo = readRepository(
      materialize({
        'pyproject.toml': project(
          'acme',
          '1.0.0',
          '',
          '[tool.otai-release]',
          'version-files = ["VERSION", "docs/VERSION"]',
        ),
        VERSION: '1.0.0\n',
        'docs/VERSION': '1.0.0\n',
      }),
    );
    const all = [...repo.packages[0].locations, ...repo.versionFiles];
    expect(all.map((l) => l.file).sort()).toEqual(['VERSION', 'docs/VERSION', 'pyproject.toml']);
  });

  test('as an array of tables, an unknown key is reported at its line with a suggestion', () => {
    const error = errorOf({
      'pyproject.toml': lf(
        '[[tool.otai-release.packages]]',
        'path = "core"',
        '',
        '[[tool.otai-release.packages]]',
        'path = "plugins/hf"',
        'tag_format = "hf-local-v{version}"',
      ),
      'core/pyproject.toml': project('otai-core', '1.2.0'),
      'plugins/hf/pyproject.toml': project('otai-hf-local', '1.2.0'),
    });
    expect(error.message).toMatch(
      /Unknown key 'tag_format' in \[tool\.otai-release\.packages\]: did you mean 'tag-format'\?/,
    );
    expect(error).toMatchObject({ file: 'pyproject.toml', line: 6 });
  });

  test('an unknown key in an inline package table points at the packages key', () => {
    const error = errorOf({
      'otai-release.toml': lf(
        'policy = "lockstep"',
        'packages = [{ path = "a", tagformat = "a-v{version}" }]',
      ),
    });
    expect(error.message).toMatch(/Unknown key 'tagformat' in \[packages\]: did you mean 'tag-format'\?/);
    expect(error).toMatchObject({ file: 'otai-release.toml', line: 2 });
  });

  test('otai-release.toml with a [tool.otai-release] header says the keys go at the top level', () => {
    const error = errorOf({
      'otai-release.toml': lf('# release settings', '[tool.otai-release]', 'policy = "independent"'),
    });
    expect(error.message).toMatch(
      /In otai-release\.toml the keys go at the top level, without a \[tool\.otai-release\] header/,
    );
    expect(error.message).not.toMatch(/Unknown key 'tool'/);
    expect(error).toMatchObject({ file: 'otai-release.toml', line: 2 });
  });

  test('a package table without path says path is missing', () => {
    const error = errorOf({
      'otai-release.toml': lf('[[packages]]', 'tag-format = "a-v{version}"'),
    });
    expect(error.message).toMatch(/packages\.path\] must be a non-empty string/);
    expect(error.file).toBe('otai-release.toml');
  });

  test('a per-package tag-format is validated too', () => {
    const error = errorOf({
      'otai-release.toml': lf('packages = [', '  "a",', '  { path = "b", tag-format = "b-v{major}" },', ']'),
    });
    expect(error.message).toMatch(
      /packages\[1\]\.tag-format = "b-v\{major\}" uses the unknown placeholder \{major\}/,
    );
  });

  test('a listed path without a manifest is an error naming it', () => {
    const error = errorOf({ 'otai-release.toml': 'packages = ["nowhere"]\n' });
    expect(error.message).toMatch(/packages lists "nowhere", which has no pyproject\.toml or setup\.cfg/);
  });

  test('a listed manifest that is not publishable is an error, not a silent skip', () => {
    const error = errorOf({
      'otai-release.toml': 'packages = ["private"]\n',
      'private/pyproject.toml': project('secret', '1.0.0', 'classifiers = ["Private :: Do Not Upload"]'),
    });
    expect(error.message).toMatch(
      /private\/pyproject\.toml is listed .* not publishable: classifier "Private :: Do Not Upload"/,
    );
  });

  test('independent packages sharing one tag format are refused', () => {
    const error = errorOf({
      'otai-release.toml': lf('policy = "independent"', 'tag-format = "v{version}"'),
      'a/pyproject.toml': project('otai-a', '1.0.0'),
      'b/pyproject.toml': project('otai-b', '1.0.0'),
    });
    expect(error.message).toMatch(/otai-a and otai-b both use "v\{version\}"/);
  });
});

describe('version-files', () => {
  const confPy = lf('# Sphinx configuration', "project = 'acme'", "release = '1.0.0'", 'version = "1.0"');

  test('with a pattern: the version group, located exactly', () => {
    const dir = materialize({
      ...withConfig(
        'version-files = [',
        '  { path = "docs/conf.py", pattern = "^release = \'(?P<version>[^\']+)\'" },',
        '  "chart/VERSION",',
        ']',
      ),
      'docs/conf.py': confPy,
      'chart/VERSION': '\n1.0.0\n',
    });
    const repo = readRepository(dir);
    expect(repo.config.versionFiles).toEqual([
      { path: 'docs/conf.py', pattern: "^release = '(?P<version>[^']+)'" },
      { path: 'chart/VERSION' },
    ]);
    expect(repo.versionFiles.map((l) => [l.file, l.line, l.raw])).toEqual([
      ['docs/conf.py', 3, '1.0.0'],
      ['chart/VERSION', 2, '1.0.0'],
    ]);
    for (const l of repo.versionFiles)
      expect(readFileSync(join(dir, l.file), 'utf8').slice(l.start, l.end)).toBe('1.0.0');
  });

  test('an unknown key in an entry suggests the right one', () => {
    const error = errorOf({
      ...withConfig('version-files = [{ path = "docs/conf.py", patern = "x" }]'),
      'docs/conf.py': confPy,
    });
    expect(error.message).toMatch(
      /Unknown key 'patern' in \[tool\.otai-release\.version-files\]: did you mean 'pattern'\?/,
    );
    expect(error).toMatchObject({ file: 'pyproject.toml', line: 10 });
  });

  test("an unknown key in a package entry's version-files names that table", () => {
    const error = errorOf({
      'otai-release.toml': lf(
        '[[packages]]',
        'path = "a"',
        'version-files = [{ path = "a/VERSION", patern = "x" }]',
      ),
    });
    expect(error.message).toMatch(
      /Unknown key 'patern' in \[packages\.version-files\]: did you mean 'pattern'\?/,
    );
    expect(error).toMatchObject({ file: 'otai-release.toml', line: 3 });
  });

  test('a pattern without a version group is refused', () => {
    const error = errorOf({
      ...withConfig('version-files = [{ path = "docs/conf.py", pattern = "^release = .*" }]'),
      'docs/conf.py': confPy,
    });
    expect(error.message).toMatch(/has no named group 'version'/);
  });

  test('a path that does not exist is refused', () => {
    const error = errorOf(withConfig('version-files = ["docs/missing.py"]'));
    expect(error.message).toMatch(/version-files lists "docs\/missing\.py", which does not exist/);
  });

  test('top-level version-files with the independent policy are refused', () => {
    const error = errorOf({
      ...withConfig('policy = "independent"', 'version-files = ["docs/conf.py"]'),
      'docs/conf.py': confPy,
    });
    expect(error.message).toMatch(/move them into the packages entry/);
  });
});

describe('other keys', () => {
  test('exclude skips matching directories and says so', () => {
    const repo = readRepository(
      materialize({
        ...withConfig('exclude = ["examples/*"]'),
        'examples/demo/pyproject.toml': project('demo', '0.1.0'),
      }),
    );
    expect(repo.packages.map((p) => p.name)).toEqual(['acme']);
    expect(repo.skipped).toContainEqual({
      path: 'examples/demo',
      reason: 'matches [tool.otai-release] exclude',
    });
  });

  test('index is kept as written', () => {
    expect(readRepository(materialize(withConfig('index = "testpypi"'))).config.index).toBe('testpypi');
  });

  test('an unknown top-level key suggests the nearest one', () => {
    const error = errorOf(withConfig('polcy = "lockstep"'));
    expect(error.message).toMatch(/Unknown key 'polcy' in \[tool\.otai-release\]: did you mean 'policy'\?/);
    expect(error.line).toBe(10);
  });

  test('a key nothing resembles lists the known keys without a guess', () => {
    const error = errorOf(withConfig('docker-image = "ghcr.io/acme/app"'));
    expect(error.message).toMatch(/Unknown key 'docker-image' in \[tool\.otai-release\]\. Known keys:/);
  });
});

describe('where the configuration lives', () => {
  test('otai-release.toml alone is used, with top-level keys', () => {
    const repo = readRepository(
      materialize({
        'otai-release.toml': 'tag-format = "release-{version}"\n',
        'pyproject.toml': project('acme', '1.0.0'),
      }),
    );
    expect(repo.config).toMatchObject({
      file: 'otai-release.toml',
      tagFormat: 'release-{version}',
    });
    expect(repo.packages[0].tagFormat).toBe('release-{version}');
  });

  test('otai-release.toml and [tool.otai-release] together are refused', () => {
    const error = errorOf({
      ...withConfig('policy = "lockstep"'),
      'otai-release.toml': 'policy = "lockstep"\n',
    });
    expect(error.message).toMatch(/in both otai-release\.toml and \[tool\.otai-release\].*keep one of them/);
    expect(error.file).toBe('otai-release.toml');
  });

  test('errors in otai-release.toml point into that file', () => {
    const error = errorOf({
      'otai-release.toml': lf('# release settings', 'tag-format = "{version}-{version}"'),
      'pyproject.toml': project('acme', '1.0.0'),
    });
    expect(error.message).toMatch(/must contain \{version\} exactly once/);
    expect(error).toMatchObject({ file: 'otai-release.toml', line: 2 });
  });

  test('[tool.otai-release] that is not a table is refused', () => {
    const error = errorOf({
      'pyproject.toml': lf(
        '[tool]',
        '"otai-release" = "lockstep"',
        '',
        '[project]',
        'name = "acme"',
        'version = "1.0.0"',
      ),
    });
    expect(error.message).toMatch(/\[tool\.otai-release\] must be a table/);
  });
});
