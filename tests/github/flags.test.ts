/** The pre-release flag (PEP 440) and the make-latest decision, backports included. */
import { describe, expect, test } from '@jest/globals';
import { decideLatest, decidePrerelease } from '@otai-release/core/github';

describe('decidePrerelease', () => {
  test.each([
    ['1.2.0rc1', true],
    ['1.2.0a1', true],
    ['1.2.0.dev3', true],
    ['1.2.0', false],
    ['1.2.0.post1', false],
  ])('auto: %s → %s', (version, expected) => {
    expect(decidePrerelease('auto', version)).toBe(expected);
  });

  test('a fixed answer wins; a tag without a version is not a pre-release', () => {
    expect(decidePrerelease(true, '1.0.0')).toBe(true);
    expect(decidePrerelease(false, '1.0.0rc1')).toBe(false);
    expect(decidePrerelease('auto', undefined)).toBe(false);
  });
});

describe('decideLatest', () => {
  const release = (tag: string, extra: { draft?: boolean; prerelease?: boolean; id?: number } = {}) => ({
    tag,
    draft: false,
    prerelease: false,
    ...extra,
  });

  test('a backport lower than the latest release stays behind it', () => {
    expect(decideLatest('auto', release('v1.2.5'), { id: 7, tag_name: 'v1.3.0' })).toEqual({
      latest: false,
      reason: '1.2.5 is lower than the latest release v1.3.0 (a backport stays behind it)',
    });
    expect(decideLatest('auto', release('v1.3.1'), { id: 7, tag_name: 'v1.3.0' }).latest).toBe(true);
  });

  test('versions compare by PEP 440, not as text (1.10.0 > 1.9.0)', () => {
    expect(decideLatest('auto', release('v1.10.0'), { id: 7, tag_name: 'v1.9.0' }).latest).toBe(true);
  });

  test('never a draft or a pre-release, whatever the setting', () => {
    expect(decideLatest(true, release('v2.0.0rc1', { prerelease: true }), undefined).latest).toBe(false);
    expect(decideLatest('auto', release('v2.0.0', { draft: true }), undefined).latest).toBe(false);
  });

  test('the first release, a rerun of the latest, another tag format, and fixed answers', () => {
    expect(decideLatest('auto', release('v1.0.0'), undefined).latest).toBe(true);
    expect(decideLatest('auto', release('v1.0.0', { id: 7 }), { id: 7, tag_name: 'v1.0.0' }).latest).toBe(
      true,
    );
    expect(decideLatest('auto', release('hf-local-v0.1.0'), { id: 7, tag_name: 'v2.0.0' }).latest).toBe(true);
    expect(decideLatest(false, release('v3.0.0'), { id: 7, tag_name: 'v2.0.0' }).latest).toBe(false);
    expect(decideLatest(true, release('v1.0.0'), { id: 7, tag_name: 'v2.0.0' }).latest).toBe(true);
  });
});
