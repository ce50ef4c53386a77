/**
 * Which version each package must build: what a user's tag asks of it. A repository without
 * configuration is read as lockstep, but its per-package tags (hatch's `hatch-v1.16.5`) must still set
 * the version of the package they name, not another package's.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { resolveBuildTargets } from '@otai-release/core/builder';
import { cleanup, hatchProject as project, materialize } from '../fixtures/layouts.js';

afterAll(cleanup);

// hatch's shape: the tool and its backend, released under their own tags, no [tool.otai-release].
const hatchRepo = () =>
  materialize({
    'pyproject.toml': project('hatch', '1.16.5'),
    'backend/pyproject.toml': project('hatchling', '1.27.0'),
  });

const expectations = (root: string, tag?: string) =>
  resolveBuildTargets(root, { tag }).map((t) => [t.name, t.version]);

describe('build targets from a per-package tag in an unconfigured repository', () => {
  test('hatch-v1.16.5 expects hatch 1.16.5 and leaves hatchling at its own version', () => {
    expect(expectations(hatchRepo(), 'hatch-v1.16.5')).toEqual([
      ['hatch', '1.16.5'],
      ['hatchling', '1.27.0'],
    ]);
  });

  test('hatchling-1.27.0 (no v) selects hatchling', () => {
    expect(expectations(hatchRepo(), 'hatchling-1.27.0')).toEqual([
      ['hatch', '1.16.5'],
      ['hatchling', '1.27.0'],
    ]);
  });

  test('a tag ahead of its package is what that package must build, so the build is refused later', () => {
    expect(expectations(hatchRepo(), 'hatch-v1.16.6')).toEqual([
      ['hatch', '1.16.6'],
      ['hatchling', '1.27.0'],
    ]);
  });

  test('a lockstep tag still sets every package of a lockstep repository', () => {
    const root = materialize({
      'pyproject.toml': project('core', '2.0.0'),
      'plugin/pyproject.toml': project('plugin', '1.9.0'),
    });
    expect(expectations(root, 'v2.0.0')).toEqual([
      ['core', '2.0.0'],
      ['plugin', '2.0.0'],
    ]);
  });
});
