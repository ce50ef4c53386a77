/** Release notes: a version's CHANGELOG section, the default source, and refused combinations. */
import { describe, expect, test } from '@jest/globals';
import { checkNotesRequest, notesSource, readTagVersion, releaseNotes } from '@otai-release/core/github';
import { changelogSection } from '@otai-release/core/versioning';

const CHANGELOG = `# Changelog
All notable changes.

## [Unreleased]
### Added
- Not yet released.

## [v1.2.0-rc.1] - 2026-01-20
### Changed
- Release candidate.

## 1.1.0 (2025-12-01)
- Plain heading.

## [1.0] - 2025-06-01
### Fixed
- First fix.

[Unreleased]: https://example.test/compare/v1.2.0rc1...HEAD
[1.2.0rc1]: https://example.test/compare/v1.1.0...v1.2.0rc1
`;

describe('changelogSection', () => {
  test('matches the heading by PEP 440 normal form, with or without v and brackets', () => {
    expect(changelogSection(CHANGELOG, '1.2.0rc1')).toBe('### Changed\n- Release candidate.');
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('- Plain heading.');
    expect(changelogSection(CHANGELOG, '1.0.0')).toBe('### Fixed\n- First fix.');
  });

  test('leaves out the link definitions at the end and never returns Unreleased', () => {
    expect(changelogSection(CHANGELOG, '1.0')).not.toContain('[Unreleased]:');
    expect(changelogSection(CHANGELOG, '2.0.0')).toBeUndefined();
    expect(changelogSection(CHANGELOG, 'Unreleased')).toBeUndefined();
  });

  test('CRLF files give LF notes; a subsection (###) does not end the section', () => {
    const text = '## [2.0.0]\r\n### Added\r\n- A\r\n### Fixed\r\n- B\r\n## [1.0.0]\r\n- C\r\n';
    expect(changelogSection(text, '2.0.0')).toBe('### Added\n- A\n### Fixed\n- B');
  });
});

describe('the notes source', () => {
  const v = (tag: string) => ({ tag, tagVersion: readTagVersion(tag) });
  const file = 'CHANGELOG.md';

  test('default: changelog when it has the section, else generate; a body alone means text', () => {
    expect(notesSource({ ...v('v1.1.0'), changelog: { file, text: CHANGELOG } })).toBe('changelog');
    expect(notesSource({ ...v('v3.0.0'), changelog: { file, text: CHANGELOG } })).toBe('generate');
    expect(notesSource({ ...v('v1.1.0'), changelog: { file } })).toBe('generate');
    expect(notesSource({ ...v('v1.1.0'), body: 'x', changelog: { file, text: CHANGELOG } })).toBe('text');
  });

  test('combinations that would ignore an input, or cannot work, are refused with the fix', () => {
    expect(() => checkNotesRequest({ ...v('v1.1.0'), source: 'text', changelog: { file } })).toThrow(
      "notes-from is 'text' but body is empty",
    );
    expect(() =>
      checkNotesRequest({ ...v('v1.1.0'), source: 'generate', body: 'x', changelog: { file } }),
    ).toThrow("body is given but notes-from is 'generate', which would ignore it: set notes-from: text");
    expect(() => checkNotesRequest({ ...v('v1.1.0'), source: 'changelog', changelog: { file } })).toThrow(
      "notes-from is 'changelog' but CHANGELOG.md does not exist",
    );
    expect(() =>
      checkNotesRequest({ ...v('nightly'), source: 'changelog', changelog: { file, text: CHANGELOG } }),
    ).toThrow("the tag 'nightly' carries no version");
  });

  test('generated notes ask GitHub with the previous tag and the target', async () => {
    const asked: unknown[] = [];
    const notes = await releaseNotes({
      ...v('hf-local-v1.2.0'),
      source: 'generate',
      targetCommitish: 'main',
      changelog: { file },
      previousTag: async () => 'hf-local-v1.1.0',
      generate: async (request) => {
        asked.push(request);
        return 'generated';
      },
    });
    expect(notes).toEqual({ source: 'generate', body: 'generated', previousTag: 'hf-local-v1.1.0' });
    expect(asked).toEqual([
      { tag_name: 'hf-local-v1.2.0', target_commitish: 'main', previous_tag_name: 'hf-local-v1.1.0' },
    ]);
  });
});
