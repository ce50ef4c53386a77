/**
 * planVersionChange: the new version (explicit, SemVer-spelled or bumped), every span it rewrites,
 * pins between the repository's own packages, changelogs, tag-derived packages and the refusals.
 * Expected texts are written out by hand.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import { readRepository } from '@otai-release/core/pyproject';
import { planVersionChange, type PlanOptions } from '@otai-release/core/versioning';
import { cleanup, crlf, layouts, lf, materialize } from '../fixtures/layouts.js';

afterAll(cleanup);

const NOW = new Date('2025-03-14T23:59:00Z');
const HATCHLING = ['[build-system]', 'requires = ["hatchling"]', 'build-backend = "hatchling.build"'];
const project = (name: string, version: string, ...more: string[]) =>
  lf(...HATCHLING, '', '[project]', `name = "${name}"`, `version = "${version}"`, ...more);

function plan(files: Record<string, string>, spec: string, options: PlanOptions = {}) {
  return planVersionChange(readRepository(materialize(files)), spec, { now: NOW, ...options });
}

function refusal(files: Record<string, string>, spec: string, options: PlanOptions = {}): ConfigurationError {
  try {
    plan(files, spec, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('planVersionChange did not refuse');
}

const updated = (p: ReturnType<typeof plan>, file: string) => p.edits.find((e) => e.file === file)?.updated;

describe('the new version', () => {
  const single = (version: string, ...config: string[]) => ({
    'pyproject.toml': project('acme', version, ...config),
  });

  test.each([
    ['1.0.0', 'rc', '1.0.1rc1'],
    ['1.0.1rc1', 'rc', '1.0.1rc2'],
    ['1.0.1rc2', 'release', '1.0.1'],
    ['1.0.1rc2', 'patch', '1.0.1'],
    ['1.4.0', 'minor', '1.5.0'],
    ['1.4.0', 'major', '2.0.0'],
    ['1.4.0', 'post', '1.4.0.post1'],
    ['1.4.0', 'dev', '1.4.1.dev1'],
    ['1.4.0', 'alpha', '1.4.1a1'],
    ['1.4.1a1', 'beta', '1.4.1b1'],
  ])('%s bumped %s is %s', (current, spec, next) => {
    const p = plan(single(current), spec);
    expect(p.previous).toBe(current);
    expect(p.next).toBe(next);
    expect(p.tag).toBe(`v${next}`);
    expect(updated(p, 'pyproject.toml')).toContain(`version = "${next}"`);
  });

  test('the first pre-release number comes from the option, else the configuration, else 1', () => {
    expect(plan(single('1.0.0'), 'rc', { firstPrereleaseNumber: 0 }).next).toBe('1.0.1rc0');
    expect(plan(single('1.0.0', '', '[tool.otai-release]', 'first-prerelease-number = 0'), 'rc').next).toBe(
      '1.0.1rc0',
    );
    expect(
      plan(single('1.0.0', '', '[tool.otai-release]', 'first-prerelease-number = 0'), 'rc', {
        firstPrereleaseNumber: 5,
      }).next,
    ).toBe('1.0.1rc5');
  });

  test('an invalid first-prerelease-number in the configuration is refused at its line', () => {
    const error = (() => {
      try {
        readRepository(
          materialize(single('1.0.0', '', '[tool.otai-release]', 'first-prerelease-number = -1')),
        );
      } catch (e) {
        return e as ConfigurationError;
      }
      throw new Error('not refused');
    })();
    expect(error.message).toMatch(/first-prerelease-number = -1 must be a non-negative integer/);
    expect(error.line).toBe(10);
  });

  test('a SemVer spelling is accepted and written normalised, with a notice', () => {
    const p = plan(single('0.1.0'), '0.2.0-beta.1');
    expect(p.next).toBe('0.2.0b1');
    expect(updated(p, 'pyproject.toml')).toContain('version = "0.2.0b1"');
    expect(p.notices).toContain('"0.2.0-beta.1" is written in its PEP 440 normal form "0.2.0b1".');
  });

  test('an explicit normal-form version gives no notice', () => {
    expect(plan(single('0.1.0'), '0.2.0').notices).toEqual([]);
  });

  test('an unparsable spec names itself and the bumps', () => {
    const error = refusal(single('1.0.0'), 'next');
    expect(error.message).toMatch(/^"next" is not a valid PEP 440 version/);
    expect(error.message).toContain(
      'or give a bump: one of major, minor, patch, alpha, beta, rc, post, dev, release',
    );
    expect(refusal(single('1.0.0'), '  ').message).toMatch(/^No version given/);
  });

  test('a lower or equal version is refused unless forced', () => {
    expect(refusal(single('1.4.0'), '1.3.9').message).toBe(
      '1.3.9 is lower than the current version 1.4.0; a release must go forward. Set a higher version, bump one of major, minor, patch, alpha, beta, rc, post, dev, release, or force it (force: true / --force).',
    );
    expect(refusal(single('1.4.0'), '1.4').message).toMatch(
      /^1\.4 is the same as the current version 1\.4\.0/,
    );
    expect(refusal(single('1.4.0'), '1.4.0rc1').message).toMatch(/lower than/);
    expect(plan(single('1.4.0'), '1.3.9', { force: true }).next).toBe('1.3.9');
  });

  test('a local version is refused', () => {
    expect(refusal(single('1.4.0'), '1.5.0+ubuntu.1').message).toBe(
      '"1.5.0+ubuntu.1" has a local label ("+ubuntu.1"), which PyPI refuses; set a public version such as "1.5.0".',
    );
  });

  test('a bump of a local current version is refused', () => {
    expect(refusal(single('1.4.0+dev'), 'patch').message).toMatch(/local versions cannot be released/);
  });

  test('disagreeing locations: a bump is refused, an explicit version brings them in line', () => {
    const files = {
      'pyproject.toml': project('acme', '1.4.0'),
      'src/acme/__init__.py': lf('__version__ = "1.3.0"'),
    };
    const error = refusal(files, 'patch');
    expect(error.message).toContain('the version locations disagree');
    expect(error.message).toContain('src/acme/__init__.py:1 __version__ in __init__.py "1.3.0"');
    const p = plan(files, '1.5.0');
    expect(p.previous).toBe('1.4.0');
    expect(updated(p, 'src/acme/__init__.py')).toBe(lf('__version__ = "1.5.0"'));
    expect(p.notices[0]).toMatch(/^The version locations disagreed/);
  });
});

describe('lockstep monorepo (otai-monorepo layout)', () => {
  const p = plan(layouts['otai-monorepo'].files, 'minor');

  test('one version and one tag for all packages', () => {
    expect(p.previous).toBe('1.4.0');
    expect(p.next).toBe('1.5.0');
    expect(p.tags).toEqual(['v1.5.0']);
    expect(p.commitMessage).toBe('chore(release): v1.5.0');
    expect(p.packages.map((x) => [x.name, x.previous, x.next])).toEqual([
      ['open-ticket-ai', '1.4.0', '1.5.0'],
      ['otai-hf-local', '1.4.0', '1.5.0'],
      ['otai-otobo-znuny', '1.4.0', '1.5.0'],
    ]);
  });

  test('exact pins move with the version; a range that admits it stays untouched', () => {
    expect(p.edits.map((e) => e.file)).toEqual([
      'packages/otai_hf_local/pyproject.toml',
      'packages/otai_otobo_znuny/pyproject.toml',
      'pyproject.toml',
    ]);
    const root = p.edits.find((e) => e.file === 'pyproject.toml')!;
    expect(root.replacements.map((r) => [r.kind, r.line, r.old, r.new])).toEqual([
      ['version', 3, '1.4.0', '1.5.0'],
      ['pin', 13, '1.4.0', '1.5.0'],
    ]);
    expect(root.updated).toContain('hf-local = ["otai-hf-local==1.5.0"]');
    const hf = p.edits.find((e) => e.file === 'packages/otai_hf_local/pyproject.toml')!;
    expect(hf.replacements.map((r) => r.kind)).toEqual(['version']);
    expect(hf.updated).toContain('"open-ticket-ai>=1.4.0,<2",');
    const znuny = p.edits.find((e) => e.file === 'packages/otai_otobo_znuny/pyproject.toml')!;
    expect(znuny.updated).toContain('dependencies = ["open-ticket-ai==1.5.0", "otobo-znuny>=1.4"]');
  });

  test('an upper bound that would exclude the version is refused at the pin', () => {
    const error = refusal(layouts['otai-monorepo'].files, 'major');
    expect(error.message).toBe(
      'otai-hf-local: the requirement "open-ticket-ai>=1.4.0,<2" ([project].dependencies, packages/otai_hf_local/pyproject.toml:7) excludes 2.0.0 through "<2", which set-version does not move; raise the upper bound (e.g. "<3") in packages/otai_hf_local/pyproject.toml:7, or set another version.',
    );
    expect(error.file).toBe('packages/otai_hf_local/pyproject.toml');
    expect(error.line).toBe(7);
  });

  test('package is refused in lockstep', () => {
    expect(refusal(layouts['otai-monorepo'].files, 'patch', { package: 'otai-hf-local' }).message).toMatch(
      /package "otai-hf-local" was given, but the policy is lockstep/,
    );
  });
});

describe('independent policy (independent-tags layout)', () => {
  const files = layouts['independent-tags'].files;

  test('only the selected package changes, with its own tag and commit message', () => {
    const p = plan(files, 'patch', { package: 'otai_hf_local' });
    expect(p.next).toBe('0.3.1');
    expect(p.tags).toEqual(['hf-local-v0.3.1']);
    expect(p.commitMessage).toBe('chore(release): otai-hf-local 0.3.1');
    expect(p.edits.map((e) => e.file)).toEqual(['libs/hf-local/pyproject.toml']);
  });

  test('a package can be named by its path', () => {
    expect(plan(files, 'minor', { package: 'libs/sdk' }).tag).toBe('sdk==0.5.0');
  });

  test('a pin on the changed package that admits the new version is left alone', () => {
    const p = plan(files, '2.5.0', { package: 'otai-core' });
    expect(p.edits.map((e) => e.file)).toEqual(['libs/core/pyproject.toml']);
  });

  test('an upper bound of a pin on it refuses a version it excludes', () => {
    expect(refusal(files, 'major', { package: 'otai-core' }).message).toMatch(
      /^otai-hf-local: the requirement "otai-core>=2,<3" .* excludes 3\.0\.0 through "<3"/,
    );
  });

  test('an unknown package is refused with the nearest name and the list', () => {
    expect(refusal(files, 'patch', { package: 'otai-hf-locl' }).message).toBe(
      'There is no package "otai-hf-locl" in this repository; did you mean "otai-hf-local"? The packages are `otai-core`, `otai-hf-local`, `otai-cli` and `otai-sdk`.',
    );
  });

  test('without package, several packages are refused', () => {
    expect(refusal(files, 'patch').message).toMatch(/say which one to change with package/);
  });
});

describe('pins', () => {
  const repo = (...deps: string[]) => ({
    'pyproject.toml': lf('[tool.otai-release]', 'packages = ["core", "plugin"]'),
    'core/pyproject.toml': project('acme-core', '1.4.0'),
    'plugin/pyproject.toml': project(
      'acme-plugin',
      '1.4.0',
      'dependencies = [',
      ...deps.map((d) => `  "${d}",`),
      ']',
    ),
  });
  const pinsAfter = (spec: string, ...deps: string[]) => {
    const text = updated(plan(repo(...deps), spec), 'plugin/pyproject.toml')!;
    return text.split('\n').filter((l) => l.startsWith('  "'));
  };

  test.each([
    ['acme-core==1.4.0', '1.5.0', 'acme-core==1.5.0'],
    ['acme-core == 1.4.0', '1.5.0', 'acme-core == 1.5.0'],
    ['Acme_Core (==1.4.0)', '1.5.0', 'Acme_Core (==1.5.0)'],
    ["acme-core==1.4.0 ; python_version >= '3.9'", '1.5.0', "acme-core==1.5.0 ; python_version >= '3.9'"],
    ['acme-core[extra]==1.4.0', '1.5.0rc1', 'acme-core[extra]==1.5.0rc1'],
    ['acme-core==1.4.*', '1.5.0', 'acme-core==1.5.*'],
    ['acme-core===1.4.0', '1.5.0', 'acme-core===1.5.0'],
    ['acme-core~=1.4.0', '1.5.0', 'acme-core~=1.5.0'],
    ['acme-core~=1.4.0', '2.0.0', 'acme-core~=2.0.0'],
    ['acme-core~=1.4', '2.0.0', 'acme-core~=2.0'],
    ['acme-core~=1.4', '2.0.0rc1', 'acme-core~=2.0rc1'],
    ['acme-core~=1.4', '2.0.3rc1', 'acme-core~=2.0'],
    ['acme-core>=1.4.0', '1.4.1rc1', 'acme-core>=1.4.0'],
    ['acme-core>=1.5.0', '1.5.0rc1', 'acme-core>=1.5.0rc1'],
    ['acme-core>1.4.0', '1.4.0.post1', 'acme-core>=1.4.0.post1'],
    ['acme-core >= 1.4.0, == 1.4.0', '1.5.0', 'acme-core >= 1.4.0, == 1.5.0'],
    ['acme-core~=1.4', '1.9.0', 'acme-core~=1.4'],
    ['acme-core', '1.5.0', 'acme-core'],
    [
      'acme-core==1.4.0; python_version >= \\"3.9\\"',
      '1.5.0',
      'acme-core==1.5.0; python_version >= \\"3.9\\"',
    ],
    [
      'acme-core @ https://example.org/acme_core-1.4.0.whl',
      '1.5.0',
      'acme-core @ https://example.org/acme_core-1.4.0.whl',
    ],
  ])('%s with %s → %s', (dep, spec, after) => {
    expect(pinsAfter(spec, dep)).toEqual([`  "${after}",`]);
  });

  test('an exclusion of the new version is refused, naming the pin and its line', () => {
    const error = refusal(repo('acme-core!=1.5.0,>=1.4'), '1.5.0');
    expect(error.message).toMatch(
      /excludes 1\.5\.0 through "!=1\.5\.0", which set-version does not move; remove "!=1\.5\.0"/,
    );
    expect([error.file, error.line]).toEqual(['plugin/pyproject.toml', 9]);
  });

  test('an invalid pin is refused before anything else', () => {
    expect(refusal(repo('acme-core=>1.4'), '1.5.0').message).toMatch(
      /the requirement "acme-core=>1\.4" .* is not a valid dependency specifier: Expected semicolon \(after name with no version specifier\) or end;/,
    );
  });
});

describe('changelogs', () => {
  const changelog = (eol: (...lines: string[]) => string) =>
    eol(
      '# Changelog',
      '',
      '## [Unreleased]',
      '### Added',
      '- Plugins can be pinned.',
      '',
      '## [1.4.0] - 2025-01-02',
      '- First.',
      '',
      '[Unreleased]: https://github.com/acme/acme/compare/v1.4.0...HEAD',
      '[1.4.0]: https://github.com/acme/acme/compare/v1.3.0...v1.4.0',
    );

  test('the Unreleased section becomes the release, with its date and compare link', () => {
    const p = plan({ 'pyproject.toml': project('acme', '1.4.0'), 'CHANGELOG.md': changelog(lf) }, 'minor');
    expect(updated(p, 'CHANGELOG.md')).toBe(
      lf(
        '# Changelog',
        '',
        '## [Unreleased]',
        '',
        '## [1.5.0] - 2025-03-14',
        '### Added',
        '- Plugins can be pinned.',
        '',
        '## [1.4.0] - 2025-01-02',
        '- First.',
        '',
        '[Unreleased]: https://github.com/acme/acme/compare/v1.5.0...HEAD',
        '[1.5.0]: https://github.com/acme/acme/compare/v1.4.0...v1.5.0',
        '[1.4.0]: https://github.com/acme/acme/compare/v1.3.0...v1.4.0',
      ),
    );
  });

  test('a CRLF changelog stays CRLF', () => {
    const p = plan({ 'pyproject.toml': project('acme', '1.4.0'), 'CHANGELOG.md': changelog(crlf) }, 'minor');
    const text = updated(p, 'CHANGELOG.md')!;
    expect(text).toContain('## [Unreleased]\r\n\r\n## [1.5.0] - 2025-03-14\r\n### Added');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('package changelogs use their package tag; none without an Unreleased heading', () => {
    const files = {
      'pyproject.toml': lf(
        '[tool.otai-release]',
        'packages = [{ path = "core" }, { path = "plugin", tag-format = "plugin-v{version}" }]',
      ),
      'core/pyproject.toml': project('acme-core', '1.4.0'),
      'core/CHANGELOG.md': lf('# Changelog', '', '## [1.4.0]'),
      'plugin/pyproject.toml': project('acme-plugin', '1.4.0'),
      'plugin/CHANGELOG.md': lf(
        '## [Unreleased]',
        '',
        '[unreleased]: https://x.example/compare/plugin-v1.4.0...HEAD',
      ),
    };
    const p = plan(files, 'patch');
    expect(p.edits.map((e) => e.file)).toEqual([
      'core/pyproject.toml',
      'plugin/CHANGELOG.md',
      'plugin/pyproject.toml',
    ]);
    expect(updated(p, 'plugin/CHANGELOG.md')).toBe(
      lf(
        '## [Unreleased]',
        '',
        '## [1.4.1] - 2025-03-14',
        '',
        '[unreleased]: https://x.example/compare/plugin-v1.4.1...HEAD',
        '[1.4.1]: https://x.example/compare/plugin-v1.4.0...plugin-v1.4.1',
      ),
    );
  });

  test('a changelog that already has the release section is left alone, with a notice', () => {
    const p = plan(
      {
        'pyproject.toml': project('acme', '1.4.0'),
        'CHANGELOG.md': lf('## [Unreleased]', '', '## [1.5.0] - 2025-03-01', '- Done.'),
      },
      '1.5.0',
    );
    expect(p.edits.map((e) => e.file)).toEqual(['pyproject.toml']);
    expect(p.notices).toContain(
      'CHANGELOG.md: it already has a "## [1.5.0]" section, so its "## [Unreleased]" section was left as it is.',
    );
  });
});

describe('other locations', () => {
  test('version-files of the configuration are rewritten', () => {
    const p = plan(
      {
        'pyproject.toml': project(
          'acme',
          '1.4.0',
          '',
          '[tool.otai-release]',
          `version-files = ["docs/VERSION", { path = "docs/conf.py", pattern = '^release = "(?P<version>[^"]+)"' }]`,
        ),
        'docs/VERSION': '1.4.0\n',
        'docs/conf.py': lf('project = "acme"', 'release = "1.4.0"  # keep'),
      },
      '1.4.1',
    );
    expect(updated(p, 'docs/VERSION')).toBe('1.4.1\n');
    expect(updated(p, 'docs/conf.py')).toBe(lf('project = "acme"', 'release = "1.4.1"  # keep'));
  });

  test('a v kept inside a version span stays', () => {
    const p = plan(
      {
        'pyproject.toml': project(
          'acme',
          '1.4.0',
          '',
          '[tool.otai-release]',
          'version-files = ["VERSION.txt"]',
        ),
        'VERSION.txt': 'v1.4.0\n',
      },
      '1.4.1',
    );
    expect(updated(p, 'VERSION.txt')).toBe('v1.4.1\n');
  });
});

describe('tag-derived packages', () => {
  test('no file changes; the current version is the highest tag in the format', () => {
    const p = plan(layouts['setuptools-scm'].files, 'minor', {
      tags: ['v0.1.0', 'v0.2.0rc1', 'v0.1.5', 'other-9.0.0'],
    });
    expect(p.previous).toBe('0.2.0rc1');
    expect(p.next).toBe('0.2.0');
    expect(p.edits).toEqual([]);
    expect(p.tag).toBe('v0.2.0');
    expect(p.packages[0].fromTag).toBe('setuptools-scm');
  });

  test('without a tag, a bump is refused and an explicit first version is fine', () => {
    expect(refusal(layouts['hatch-vcs'].files, 'patch').message).toBe(
      'Cannot bump "patch": the version comes from git tags and no tag matches `v{version}` or `{version}`. For the first release, set an explicit version such as "0.1.0".',
    );
    expect(plan(layouts['hatch-vcs'].files, '0.1.0').tag).toBe('v0.1.0');
  });

  test('bare tags give the current version, and the new tag is bare too', () => {
    const p = plan(layouts['setuptools-scm'].files, 'patch', { tags: ['0.9.0', '1.0.0', 'nightly'] });
    expect(p.previous).toBe('1.0.0');
    expect(p.tag).toBe('1.0.1');
  });
});

describe('the form of the new tag without tag-format', () => {
  const acme = { 'pyproject.toml': project('acme', '4.0.0') };
  const bareNotice =
    'No tag-format is configured and the latest release tag "4.0.0" has the form "{version}" rather than "v{version}", so the new tag follows it; set tag-format in [tool.otai-release] to choose.';

  test('a repository with no tags gets the default v4.1.0', () => {
    const p = plan(acme, 'minor', { tags: [] });
    expect(p.tag).toBe('v4.1.0');
    expect(p.notices).toEqual([]);
  });

  test('a repository tagged 3.9.0 and 4.0.0 gets 4.1.0, and the log says why', () => {
    const p = plan(acme, 'minor', { tags: ['3.9.0', '4.0.0', 'docs-preview'] });
    expect(p.tag).toBe('4.1.0');
    expect(p.tags).toEqual(['4.1.0']);
    expect(p.commitMessage).toBe('chore(release): 4.1.0');
    expect(p.notices).toContain(bareNotice);
  });

  test('the latest release decides: v-tags after bare ones give a v-tag, and the other way round', () => {
    expect(plan(acme, 'minor', { tags: ['3.0.0', 'v4.0.0'] }).tag).toBe('v4.1.0');
    expect(plan(acme, 'minor', { tags: ['v3.0.0', '4.0.0'] }).tag).toBe('4.1.0');
    // Both spellings of one release: the default wins.
    expect(plan(acme, 'minor', { tags: ['4.0.0', 'v4.0.0'] }).tag).toBe('v4.1.0');
  });

  test('every lockstep package follows the bare form, with one notice', () => {
    const p = plan(layouts['otai-monorepo'].files, 'minor', { tags: ['1.4.0'] });
    expect(p.tags).toEqual(['1.5.0']);
    expect(p.packages.map((x) => x.tag)).toEqual(['1.5.0', '1.5.0', '1.5.0']);
    expect(p.notices.filter((n) => n.startsWith('No tag-format'))).toHaveLength(1);
  });

  test('independent packages without tag-format follow their own bare tags', () => {
    const repo = {
      'otai-release.toml': lf('policy = "independent"'),
      'libs/core/pyproject.toml': project('otai-core', '2.0.0'),
      'libs/hf-local/pyproject.toml': project('otai-hf-local', '0.3.0'),
    };
    const tags = ['otai-core-v2.0.0', 'otai-hf-local-0.3.0'];
    expect(plan(repo, 'patch', { package: 'otai-hf-local', tags }).tag).toBe('otai-hf-local-0.3.1');
    expect(plan(repo, 'patch', { package: 'otai-core', tags }).tag).toBe('otai-core-v2.0.1');
  });

  test('a configured tag-format is used whatever the existing tags look like', () => {
    const configured = {
      'pyproject.toml': project('acme', '4.0.0', '[tool.otai-release]', 'tag-format = "v{version}"'),
    };
    const p = plan(configured, 'minor', { tags: ['4.0.0'] });
    expect(p.tag).toBe('v4.1.0');
    expect(p.notices).toEqual([]);
  });
});
