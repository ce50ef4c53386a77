import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { ConfigurationError } from '@otai-release/core/errors';
import {
  BUMP_SPECS,
  type BumpSpec,
  bumpVersion,
  compareVersions,
  formatVersion,
  isBumpSpec,
  isNormalized,
  type Version,
} from '@otai-release/core/pep440';

type Case = [current: string, spec: BumpSpec, expected: string];

function expectBumps(cases: Case[], options?: { firstPrereleaseNumber?: number }): void {
  for (const [current, spec, expected] of cases) {
    expect(`${current} ${spec} → ${bumpVersion(current, spec, options)}`).toBe(
      `${current} ${spec} → ${expected}`,
    );
  }
}

describe('major / minor / patch', () => {
  test('from a final release: bump the part, zero the rest, keep the segment count (at least 2 for minor, 3 for patch)', () => {
    expectBumps([
      ['1.2', 'patch', '1.2.1'],
      ['1.2.3', 'patch', '1.2.4'],
      ['1.2.3', 'minor', '1.3.0'],
      ['1.2.3', 'major', '2.0.0'],
      ['1', 'patch', '1.0.1'],
      ['1', 'minor', '1.1'],
      ['1', 'major', '2'],
      ['1.2.3.4', 'patch', '1.2.4.0'],
      ['1.2.3.4', 'major', '2.0.0.0'],
      ['2!1.2.3', 'patch', '2!1.2.4'],
    ]);
  });

  test('post releases (and dev releases of them) bump as finals', () => {
    expectBumps([
      ['1.0.0.post1', 'patch', '1.0.1'],
      ['1.0.0.post1', 'minor', '1.1.0'],
      ['1.0.0.post1.dev2', 'patch', '1.0.1'],
    ]);
  });

  test('from a pre/dev release: the base release when it already has the requested shape', () => {
    expectBumps([
      ['1.0.1rc2', 'patch', '1.0.1'],
      ['1.0.1.dev3', 'patch', '1.0.1'],
      ['1.0.1rc1.dev2', 'patch', '1.0.1'],
      ['1.1rc1', 'patch', '1.1'],
      ['1.1.0rc1', 'minor', '1.1.0'],
      ['1.1.1rc1', 'minor', '1.2.0'],
      ['2.0.0b1', 'major', '2.0.0'],
      ['2.1.0b1', 'major', '3.0.0'],
      ['2.0.1a1', 'major', '3.0.0'],
      ['1!2.0.0.dev1', 'major', '1!2.0.0'],
    ]);
  });
});

describe('alpha / beta / rc', () => {
  test('from a final release: the next patch, starting at firstPrereleaseNumber', () => {
    expectBumps([
      ['1.0.0', 'rc', '1.0.1rc1'],
      ['1.0.0', 'alpha', '1.0.1a1'],
      ['1.0.0.post1', 'beta', '1.0.1b1'],
    ]);
    expectBumps([['1.0.0', 'rc', '1.0.1rc0']], { firstPrereleaseNumber: 0 });
  });

  test('same phase increments; a later phase starts again at the first number', () => {
    expectBumps([
      ['1.0.1rc1', 'rc', '1.0.1rc2'],
      ['v1.0.1-rc.1', 'rc', '1.0.1rc2'],
      ['1.0.1a2', 'beta', '1.0.1b1'],
      ['1.0.1a2', 'rc', '1.0.1rc1'],
    ]);
    expectBumps([['1.0.1a2', 'beta', '1.0.1b0']], { firstPrereleaseNumber: 0 });
  });

  test('a dev release finalises to the pre-release it previews', () => {
    expectBumps([
      ['1.0.1rc1.dev3', 'rc', '1.0.1rc1'],
      ['1.0.1a1.dev3', 'rc', '1.0.1rc1'],
      ['1.0.1.dev2', 'rc', '1.0.1rc1'],
    ]);
  });

  test('an earlier phase is refused: it would go backwards', () => {
    expect(() => bumpVersion('1.0.1rc1', 'alpha')).toThrow(ConfigurationError);
    expect(() => bumpVersion('1.0.1rc1', 'alpha')).toThrow(
      'cannot bump "1.0.1rc1" with "alpha": alpha comes before rc, so the version would go backwards; ' +
        'to start alpha releases of the next version, bump "patch" then "alpha" or set the version explicitly (e.g. "1.0.2a1")',
    );
    expect(() => bumpVersion('1.0.1b1.dev1', 'alpha')).toThrow(/go backwards/);
  });
});

describe('post', () => {
  test('adds or increments .postN on a final release', () => {
    expectBumps([
      ['1.0.0', 'post', '1.0.0.post1'],
      ['1.0.0.post1', 'post', '1.0.0.post2'],
      ['1.0.0.post1.dev2', 'post', '1.0.0.post1'],
    ]);
    // A new post series is not a pre-release series: it starts at .post1 whatever the option says.
    expectBumps([['1.0.0', 'post', '1.0.0.post1']], { firstPrereleaseNumber: 0 });
  });

  test('is refused on a pre-release or dev release', () => {
    for (const current of ['1.0.1rc1', '1.0.1.dev1', '1.0a1.post1']) {
      expect(() => bumpVersion(current, 'post')).toThrow(ConfigurationError);
      expect(() => bumpVersion(current, 'post')).toThrow(
        /it is a pre-release; a post-release of a pre-release/,
      );
    }
  });
});

describe('dev', () => {
  test('starts or continues a dev series; dev numbers start at firstPrereleaseNumber too', () => {
    expectBumps([
      ['1.0.0', 'dev', '1.0.1.dev1'],
      ['1.0.1.dev1', 'dev', '1.0.1.dev2'],
      ['1.0.1rc1', 'dev', '1.0.1rc2.dev1'],
      ['1.0.1rc2.dev1', 'dev', '1.0.1rc2.dev2'],
      ['1.0.0.post1', 'dev', '1.0.1.dev1'],
      ['1.0.0.post1.dev1', 'dev', '1.0.0.post1.dev2'],
    ]);
    expectBumps(
      [
        ['1.0.0', 'dev', '1.0.1.dev0'],
        ['1.0.1rc1', 'dev', '1.0.1rc2.dev0'],
      ],
      { firstPrereleaseNumber: 0 },
    );
  });
});

describe('release', () => {
  test('drops the pre and dev segments', () => {
    expectBumps([
      ['1.0.1rc2', 'release', '1.0.1'],
      ['1.0.1.dev2', 'release', '1.0.1'],
      ['1.0.1rc1.dev1', 'release', '1.0.1'],
      ['1.0a1.post1', 'release', '1.0'],
      ['1.0.0.post1.dev1', 'release', '1.0.0.post1'],
    ]);
  });

  test('is refused on a final release', () => {
    for (const current of ['1.0.0', '1.0.0.post1']) {
      expect(() => bumpVersion(current, 'release')).toThrow(
        `cannot bump ${JSON.stringify(current)} with "release": it is already a final release; use "patch", "minor" or "major"`,
      );
    }
  });
});

describe('input checks', () => {
  test('refuses local versions, invalid versions, unknown bumps and bad start numbers', () => {
    expect(() => bumpVersion('1.0.0+local', 'patch')).toThrow(/local versions cannot be released to PyPI/);
    expect(() => bumpVersion('1.0.0-alpha.beta', 'patch')).toThrow(/is not a valid PEP 440 version/);
    expect(() => bumpVersion('1.0.0', 'micro' as BumpSpec)).toThrow(
      '"micro" is not a version bump; use one of "major", "minor", "patch", "alpha", "beta", "rc", "post", "dev", "release"',
    );
    expect(() => bumpVersion('1.0.0', 'rc', { firstPrereleaseNumber: -1 })).toThrow(ConfigurationError);
    expect(() => bumpVersion('1.0.0', 'rc', { firstPrereleaseNumber: 1.5 })).toThrow(ConfigurationError);
  });

  test('isBumpSpec and BUMP_SPECS', () => {
    expect(BUMP_SPECS).toEqual(['major', 'minor', 'patch', 'alpha', 'beta', 'rc', 'post', 'dev', 'release']);
    expect(BUMP_SPECS.every(isBumpSpec)).toBe(true);
    expect(isBumpSpec('micro')).toBe(false);
    expect(isBumpSpec('Patch')).toBe(false);
  });
});

describe('properties', () => {
  const FORWARD: BumpSpec[] = ['major', 'minor', 'patch', 'alpha', 'beta', 'rc', 'dev', 'post'];
  const finals = fc.record({
    epoch: fc.oneof(fc.constant(0), fc.nat(5)),
    release: fc.array(fc.nat(2000), { minLength: 1, maxLength: 5 }),
  });
  const first = fc.constantFrom(0, 1, 2);

  test('from any final release, every forward bump gives a strictly greater, normalised version', () => {
    fc.assert(
      fc.property(finals, fc.constantFrom(...FORWARD), first, (final, spec, firstPrereleaseNumber) => {
        const current = formatVersion(final);
        const next = bumpVersion(current, spec, { firstPrereleaseNumber });
        expect(isNormalized(next)).toBe(true);
        expect(compareVersions(next, current)).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  test('from any public version, every bump goes forward or is refused with a ConfigurationError', () => {
    const versions = fc
      .record(
        {
          epoch: fc.nat(2),
          release: fc.array(fc.nat(20), { minLength: 1, maxLength: 4 }),
          pre: fc.tuple(fc.constantFrom('a' as const, 'b' as const, 'rc' as const), fc.nat(5)),
          post: fc.nat(5),
          dev: fc.nat(5),
        },
        { requiredKeys: ['epoch', 'release'] },
      )
      .map((v): Version => v);
    fc.assert(
      fc.property(versions, fc.constantFrom(...BUMP_SPECS), first, (version, spec, firstPrereleaseNumber) => {
        const current = formatVersion(version);
        let next: string;
        try {
          next = bumpVersion(current, spec, { firstPrereleaseNumber });
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
          return;
        }
        expect(isNormalized(next)).toBe(true);
        expect(compareVersions(next, current)).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });
});
